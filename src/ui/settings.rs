//! The language and theme switches: toggle buttons, the current choice marked with `aria-pressed`.

use coppa_core::i18n::{lang_name, theme_name, Text};
use coppa_core::url::{Lang, Theme};
use leptos::prelude::*;

use crate::ui::dom_id;
use crate::ui::state::use_ui;

#[component]
pub fn Settings() -> impl IntoView {
    let ui = use_ui();
    let lang = ui.lang();
    let theme = ui.theme();
    let lang_label = dom_id::unique("lang-label");
    let theme_label = dom_id::unique("theme-label");
    let lang_buttons = Lang::ALL
        .into_iter()
        .map(|choice| {
            view! {
                <button
                    type="button"
                    class="coppa-button settings__option"
                    lang=choice.key()
                    data-lang=choice.key()
                    aria-pressed=move || (lang.get() == choice).to_string()
                    on:click=move |_| ui.select_lang(choice)
                >
                    {lang_name(choice)}
                </button>
            }
        })
        .collect_view();
    let theme_buttons = Theme::ALL
        .into_iter()
        .map(|choice| {
            view! {
                <button
                    type="button"
                    class="coppa-button settings__option"
                    data-theme-choice=choice.key()
                    aria-pressed=move || (theme.get() == choice).to_string()
                    on:click=move |_| ui.select_theme(choice)
                >
                    {move || theme_name(choice).get(lang.get())}
                </button>
            }
        })
        .collect_view();
    let (lang_group, theme_group) = (lang_label.clone(), theme_label.clone());
    view! {
        <div class="settings">
            <div class="settings__group" role="group" aria-labelledby=lang_group>
                <span class="settings__label" id=lang_label>
                    {move || Text::LangLabel.get(lang.get())}
                </span>
                {lang_buttons}
            </div>
            <div class="settings__group" role="group" aria-labelledby=theme_group>
                <span class="settings__label" id=theme_label>
                    {move || Text::ThemeLabel.get(lang.get())}
                </span>
                {theme_buttons}
            </div>
        </div>
    }
}
