//! The explorer without the address bar: the state comes from the caller (an embed's attributes, a
//! test) and is never read from or written to the URL, so several widgets can share one host page.
//! Inside, it is a [`Host::Widget`](crate::ui::state::Host::Widget): tabs that are buttons, views in a
//! named region.

use coppa_core::url::{AppState, UrlWarning};
use leptos::prelude::*;

use crate::season::SEASON;
use crate::ui::explorer::Explorer;
use crate::ui::state::{browser_lang, provide_ui, Ui};

#[component]
pub fn Widget(
    initial: AppState,
    /// Values the caller could not use, shown as a dismissible note.
    #[prop(optional)]
    warnings: Vec<UrlWarning>,
) -> impl IntoView {
    provide_ui(
        Ui::new(&SEASON, initial)
            .with_fallback_lang(browser_lang())
            .in_widget(),
    );
    view! { <Explorer warnings=RwSignal::new(warnings) /> }
}
