//! The page header: title, the season at a glance and the language and theme switches.

use coppa_core::i18n::Text;
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
                    {move || Text::AppTitleName.get(lang.get())}
                    " "
                    <span class="coppa-header__season">{move || Text::AppTitleSeason.get(lang.get())}</span>
                </h1>
                <p class="coppa-header__tagline">{move || Text::AppTagline.get(lang.get())}</p>
            </div>
            <Settings />
            <EmbedBuilder />
            <Summary />
        </header>
    }
}
