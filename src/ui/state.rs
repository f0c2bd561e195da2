//! The state every component reads: the season and one reactive [`AppState`], provided as context.
//!
//! The state is a long-lived signal, and reactive_graph 0.2 never takes a dropped effect or memo out
//! of the subscriber lists of the signals it read: a closure in a view that is rebuilt (a table row, a
//! suggestion, a view switched away from) reading that signal directly would leave a dead entry in its
//! list every time. So the signal is private: components read the state only through [`Ui`]'s
//! accessors, which return a memo scoped to the caller's owner (see [`view_memo`]), or through the
//! untracked [`Ui::now`]; they change it only through the `select_*` writers. `tests/web_leak.rs`
//! measures it. reactive_graph 0.3 (with Leptos 0.9, a release candidate so far) drops dead entries
//! when a subscriber list would grow, which makes this guard unnecessary.

use coppa_core::model::{ClubId, Season};
use coppa_core::url::{AppState, Lang, Theme, View};
use leptos::prelude::*;
use leptos::reactive::graph::{Subscriber, ToAnySubscriber};

#[derive(Clone, Copy)]
pub struct Ui {
    pub season: &'static Season,
    /// Never handed out: see the module documentation.
    state: RwSignal<AppState>,
    /// The language when the state names none: the shell sets it from `navigator.language`.
    fallback_lang: Lang,
    pub host: Host,
    /// One flag per club, set for the followed club alone: a mark that reads its club's flag (see
    /// [`Ui::follows`]) runs again only when that club is followed or left, not at every selection.
    followed: StoredValue<Vec<RwSignal<bool>>>,
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
        let followed = (0..season.clubs.len())
            .map(|i| RwSignal::new(initial.team.is_some_and(|club| usize::from(club.0) == i)))
            .collect();
        Ui {
            season,
            state: RwSignal::new(initial),
            fallback_lang: Lang::default(),
            host: Host::default(),
            followed: StoredValue::new(followed),
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

    /// The whole state, for the shell that mirrors it into the address bar and for links that carry it.
    pub fn state(&self) -> Memo<AppState> {
        self.scoped(|s| *s)
    }

    pub fn team(&self) -> Memo<Option<ClubId>> {
        self.scoped(|s| s.team)
    }

    /// Whether any club is followed.
    pub fn following(&self) -> Memo<bool> {
        self.scoped(|s| s.team.is_some())
    }

    /// Whether `club` is the followed club, as a memo owned by the caller's view that changes only
    /// when this club is followed or left.
    pub fn follows(&self, club: ClubId) -> Memo<bool> {
        let flag = self.flag(club);
        view_memo(move || flag.is_some_and(|flag| flag.get()))
    }

    fn flag(&self, club: ClubId) -> Option<RwSignal<bool>> {
        self.followed
            .with_value(|flags| flags.get(usize::from(club.0)).copied())
    }

    pub fn view(&self) -> Memo<View> {
        self.scoped(|s| s.view)
    }

    /// The language in effect: the state's, else the fallback (the browser's preference, else English).
    pub fn lang(&self) -> Memo<Lang> {
        let fallback = self.fallback_lang;
        self.scoped(move |s| s.lang.unwrap_or(fallback))
    }

    pub fn theme(&self) -> Memo<Theme> {
        self.scoped(|s| s.theme)
    }

    /// Embedded in a host page: the shell leaves out its chrome.
    pub fn embed(&self) -> Memo<bool> {
        self.scoped(|s| s.embed)
    }

    /// The state as it is now, read without subscribing (for event handlers and starting values).
    pub fn now(&self) -> AppState {
        self.state.get_untracked()
    }

    /// The language in effect now, read without subscribing.
    pub fn lang_now(&self) -> Lang {
        self.now().lang.unwrap_or(self.fallback_lang)
    }

    /// A part of the state as a memo owned by the caller's view, the only way a component observes it.
    fn scoped<T>(&self, part: impl Fn(&AppState) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        let state = self.state;
        view_memo(move || state.with(&part))
    }

    pub fn select_team(&self, team: Option<ClubId>) {
        self.follow(team);
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

    /// Puts back a whole state (the address bar's, after back or forward).
    pub fn restore(&self, state: AppState) {
        self.follow(state.team);
        self.state.set(state);
    }

    /// Moves the followed flag from the club followed now to `team`.
    fn follow(&self, team: Option<ClubId>) {
        let last = self.state.with_untracked(|s| s.team);
        if last == team {
            return;
        }
        for (club, followed) in [(last, false), (team, true)] {
            if let Some(flag) = club.and_then(|club| self.flag(club)) {
                flag.set(followed);
            }
        }
    }
}

/// A memo of `f` for one view, which stops observing its sources when that view is disposed.
///
/// A closure in a rebuilt view that read a longer-lived signal (the shared state, a view's own toggle)
/// directly would leave a dead entry in that signal's subscriber list every time it is rebuilt (see the
/// module documentation). Closures that read this memo instead subscribe to a node that dies with the
/// view, and the memo unsubscribes itself on cleanup. Created inside a reactive closure, it belongs to
/// that closure's run and is disposed before the next one.
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
