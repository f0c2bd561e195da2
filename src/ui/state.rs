//! The state every component reads: the season and one reactive [`AppState`], provided as context.

use coppa_core::model::{ClubId, Season};
use coppa_core::url::{AppState, Lang, Theme, View};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Ui {
    pub season: &'static Season,
    pub state: RwSignal<AppState>,
    /// The language when the state names none: the shell sets it from `navigator.language`.
    pub fallback_lang: Lang,
}

impl Ui {
    pub fn new(season: &'static Season, initial: AppState) -> Self {
        Ui {
            season,
            state: RwSignal::new(initial),
            fallback_lang: Lang::default(),
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
