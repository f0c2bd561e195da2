//! The selected club's season on one card: where it entered, every match it played (round, the match
//! with its score or "score not recorded", home or away, date, and the stadium, referee and attendance
//! where a source gives them) and how its cup ended.

use coppa_core::i18n::Text;
use coppa_core::present::journey::card;
use leptos::prelude::*;

use crate::ui::dom_id;
use crate::ui::state::use_ui;

#[component]
pub fn Journey() -> impl IntoView {
    let ui = use_ui();
    let team = ui.team();
    let lang = ui.lang();
    let heading_id = dom_id::unique("journey");
    move || {
        let club = team.get()?;
        let lang = lang.get();
        let season = ui.season;
        let (section_label, heading_id) = (heading_id.clone(), heading_id.clone());
        let card = card(season, club, lang);
        let matches = card
            .lines
            .into_iter()
            .map(|line| {
                view! {
                    <li class="journey__match" data-stage=line.stage.key()>
                        <span class="journey__round">{line.round}</span>
                        <span class="journey__result">{line.result}</span>
                        <span class="journey__venue">{line.venue}</span>
                        {match line.date.iso {
                            Some(iso) => view! { <time class="journey__date" datetime=iso>{line.date.text}</time> }.into_any(),
                            None => view! { <span class="journey__date">{line.date.text}</span> }.into_any(),
                        }}
                        {line.stadium.map(|name| view! { <span class="journey__stadium">{name}</span> })}
                        {line.officials.map(|text| view! { <span class="journey__officials">{text}</span> })}
                        {line.outcome.map(|text| view! { <span class="journey__outcome">{text}</span> })}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="journey" data-club=season.club(club).slug aria-labelledby=section_label>
                <h2 class="journey__title" id=heading_id>{card.title}</h2>
                <p class="journey__entered">{card.entered}</p>
                <p class="journey__exit">{card.exit}</p>
                <ol class="journey__matches">{matches}</ol>
                <button type="button" class="coppa-button journey__close" on:click=move |_| ui.select_team(None)>
                    {Text::JourneyShowAll.get(lang)}
                </button>
            </section>
        })
    }
}
