//! The state every component reads: the season and one reactive [`AppState`], provided as context.

use coppa_core::model::{ClubId, Season};
use coppa_core::url::{AppState, Lang, Theme, View};
use leptos::prelude::*;
use leptos::reactive::graph::{Subscriber, ToAnySubscriber};

#[derive(Clone, Copy)]
pub struct Ui {
    pub season: &'static Season,
    pub state: RwSignal<AppState>,
    /// The language when the state names none: the shell sets it from `navigator.language`.
    pub fallback_lang: Lang,
    pub host: Host,
}

/// The standings' "only this group" toggle, provided by the explorer so that its image export draws
/// what the standings show.
#[derive(Clone, Copy)]
pub struct OnlyClubGroup(pub RwSignal<bool>);

/// What the explorer is part of, which decides what its view tabs are and what holds the views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Host {
    /// A page of its own (also inside an iframe) whose query carries the state: the view tabs are
    /// links to that page, and the views are the page's `<main>`.
    #[default]
    Page,
    /// One of possibly several script-tag widgets on someone else's page: the view tabs are buttons
    /// that change this widget only (a link would point at the host's page), and the views are a named
    /// region with no fixed id (the page has its own `<main>`).
    Widget,
}

impl Ui {
    pub fn new(season: &'static Season, initial: AppState) -> Self {
        Ui {
            season,
            state: RwSignal::new(initial),
            fallback_lang: Lang::default(),
            host: Host::default(),
        }
    }

    /// The same state, rendered as a widget on someone else's page.
    pub fn in_widget(self) -> Self {
        Ui {
            host: Host::Widget,
            ..self
        }
    }

    /// The same state, speaking `lang` unless the state names a language.
    pub fn with_fallback_lang(self, lang: Lang) -> Self {
        Ui {
            fallback_lang: lang,
            ..self
        }
    }

    pub fn team(&self) -> Option<ClubId> {
        self.state.with(|s| s.team)
    }

    pub fn view(&self) -> View {
        self.state.with(|s| s.view)
    }

    /// The language in effect: the state's, else the fallback (the browser's preference, else English).
    pub fn lang(&self) -> Lang {
        self.state.with(|s| s.lang.unwrap_or(self.fallback_lang))
    }

    pub fn theme(&self) -> Theme {
        self.state.with(|s| s.theme)
    }

    /// Embedded in a host page: the shell leaves out its chrome.
    pub fn embed(&self) -> bool {
        self.state.with(|s| s.embed)
    }

    pub fn select_team(&self, team: Option<ClubId>) {
        self.state.update(|s| s.team = team);
    }

    pub fn select_view(&self, view: View) {
        self.state.update(|s| s.view = view);
    }

    pub fn select_lang(&self, lang: Lang) {
        self.state.update(|s| s.lang = Some(lang));
    }

    pub fn select_theme(&self, theme: Theme) {
        self.state.update(|s| s.theme = theme);
    }
}

/// A memo of `f` for one view, which stops observing its sources when that view is disposed.
///
/// reactive_graph 0.2 never takes a dropped effect or memo out of the subscriber lists of the signals it
/// read, so a closure in a view that is rebuilt (a table row, a suggestion) reading long-lived state
/// directly leaves a dead entry in that state's list every time. Closures that read this memo instead
/// subscribe to a node that dies with the view, and the memo unsubscribes itself on cleanup.
pub fn view_memo<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    let memo = ArcMemo::new(move |_| f());
    let observer = memo.clone();
    on_cleanup(move || observer.clear_sources(&observer.to_any_subscriber()));
    memo.into()
}

/// Makes `ui` available to every component below; components call [`use_ui`].
pub fn provide_ui(ui: Ui) {
    provide_context(ui);
}

pub fn use_ui() -> Ui {
    expect_context::<Ui>()
}

/// The reader's language when a link names none: Italian if `navigator.language` is Italian, else English.
pub fn browser_lang() -> Lang {
    window()
        .navigator()
        .language()
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default()
}
