//! The season at a glance: champion, the final's legs and result, totals computed from the results,
//! and every published figure the results contradict (the infobox's 185 goals).

use coppa_core::bracket::champion;
use coppa_core::i18n;
use coppa_core::present::summary::final_sentence;
use coppa_core::totals::{disagreements, totals};
use leptos::prelude::*;

use crate::ui::state::use_ui;

#[component]
pub fn Summary() -> impl IntoView {
    let ui = use_ui();
    let lang = ui.lang();
    let season = ui.season;
    // Facts of the season, computed once; only their wording follows the language.
    let champion = season.club(champion(season)).name;
    let totals = totals(season);
    let disagreements = disagreements(season);
    view! {
        <div class="summary">
            <p class="summary__champion">{move || i18n::champion(champion, lang.get())}</p>
            {move || final_sentence(season, lang.get()).map(|text| view! { <p class="summary__final">{text}</p> })}
            <p class="summary__totals">{move || i18n::totals_sentence(&totals, lang.get())}</p>
            {move || {
                disagreements
                    .iter()
                    .map(|d| view! { <p class="summary__note">{i18n::disagreement(d, lang.get())}</p> })
                    .collect_view()
            }}
        </div>
    }
}
