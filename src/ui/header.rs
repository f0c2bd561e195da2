//! The page header: title, the season at a glance and the language and theme switches.

use coppa_core::i18n::{Lang, Text};
use leptos::prelude::*;

use crate::ui::embed_builder::EmbedBuilder;
use crate::ui::settings::Settings;
use crate::ui::state::use_ui;
use crate::ui::summary::Summary;

#[component]
pub fn Header() -> impl IntoView {
    let ui = use_ui();
    let lang = ui.lang();
    view! {
        <header class="coppa-header">
            <div class="coppa-header__titles">
                <h1 class="coppa-header__title">
                    {move || title_parts(lang.get()).0}
                    <span class="coppa-header__season">{move || title_parts(lang.get()).1}</span>
                </h1>
                <p class="coppa-header__tagline">{move || Text::AppTagline.get(lang.get())}</p>
            </div>
            <Settings />
            <EmbedBuilder />
            <Summary />
        </header>
    }
}

/// The title split before its last word, the season ("2002–03"), which is kept on one line: a browser
/// may otherwise break it after the en dash.
fn title_parts(lang: Lang) -> (&'static str, &'static str) {
    let title = Text::AppTitle.get(lang);
    title.split_at(title.rfind(' ').map_or(0, |space| space + 1))
}
