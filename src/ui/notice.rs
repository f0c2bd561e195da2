//! Link values the app could not use, each said in words (as text, never markup) with what the page
//! shows instead; the reader can dismiss the note.

use coppa_core::i18n::{self, Text};
use coppa_core::url::UrlWarning;
use leptos::prelude::*;

use crate::ui::state::use_ui;

#[component]
pub fn Notice(warnings: RwSignal<Vec<UrlWarning>>) -> impl IntoView {
    let lang = use_ui().lang();
    move || {
        let lang = lang.get();
        let found = warnings.get();
        (!found.is_empty()).then(|| {
            view! {
                <div class="notice" role="status">
                    <ul class="notice__list">
                        {found
                            .iter()
                            .map(|w| view! { <li class="notice__item">{i18n::url_warning(w, lang)}</li> })
                            .collect_view()}
                    </ul>
                    <button type="button" class="coppa-button notice__dismiss" on:click=move |_| warnings.set(Vec::new())>
                        {Text::WarningDismiss.get(lang)}
                    </button>
                </div>
            }
        })
    }
}
