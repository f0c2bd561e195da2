//! Top scorers: a horizontal SVG bar chart (sized by its viewBox, so it scales down to a phone) with a
//! worded description, and the same data as a table. A bar or a club in the table selects that club.

use coppa_core::i18n::Text;
use coppa_core::model::ClubId;
use coppa_core::present::chart::{chart, Bar, Chart, BAR_HEIGHT, BAR_X, ROW_HEIGHT, VIEW_WIDTH};
use coppa_core::present::scorers::{chart_description, chart_item, rank_label, sureness};
use coppa_core::roving::PRESS_KEYS;
use coppa_core::scorers::{ranking, Ranked};
use coppa_core::url::Lang;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::ui::dom_id;
use crate::ui::followed::Followed;
use crate::ui::state::use_ui;

/// The scorers view: chart, then the table alternative and its footnotes.
#[component]
pub fn Scorers() -> impl IntoView {
    let ui = use_ui();
    let ranked = ranking(ui.season);
    let heading_id = dom_id::unique("scorers");
    // Only a language change rebuilds the view; a club change updates classes in place, keeping focus.
    let lang = ui.lang();
    move || {
        let lang = lang.get();
        let followed = Followed::all(ui);
        view! {
            <section class="coppa-view scorers" aria-labelledby=heading_id.clone()>
                <h2 class="coppa-view__heading" id=heading_id.clone()>
                    {Text::ScorersHeading.get(lang)}
                </h2>
                <p class="scorers__hint">{Text::ChartSelectHint.get(lang)}</p>
                <div class="scorers__body">
                    <ScorersChart ranked=ranked.clone() followed lang />
                    <ScorersTable ranked=ranked.clone() followed lang />
                </div>
            </section>
        }
    }
}

#[component]
fn ScorersChart(ranked: Vec<Ranked>, followed: Followed, lang: Lang) -> impl IntoView {
    let season = use_ui().season;
    let title_id = dom_id::unique("scorers-title");
    let desc_id = dom_id::unique("scorers-desc");
    let Chart { height, bars } = chart(&ranked);
    let description = chart_description(season, &ranked, lang);
    let bars = bars
        .into_iter()
        .map(|bar| view! { <ScorerBar bar followed lang /> })
        .collect_view();
    // `<title>` is built by hand here and in the bars: the view macro makes it an HTML element.
    let title = leptos::svg::title()
        .id(title_id.clone())
        .child(Text::ChartTitle.get(lang));
    view! {
        <svg
            class="scorers-chart"
            role="img"
            aria-labelledby=format!("{title_id} {desc_id}")
            viewBox=format!("0 0 {VIEW_WIDTH} {height}")
            width=VIEW_WIDTH
            height=height
            preserveAspectRatio="xMinYMin meet"
        >
            {title}
            <desc id=desc_id.clone()>{description}</desc>
            {bars}
        </svg>
    }
}

/// One focusable bar; click, Enter or Space selects the player's club.
#[component]
fn ScorerBar(bar: Bar, followed: Followed, lang: Lang) -> impl IntoView {
    let ui = use_ui();
    let ranked = bar.ranked;
    let scorer = ranked.scorer;
    let club = ui.season.club(scorer.club);
    let highlighted = move || followed.is(scorer.club);
    let select = move || ui.select_team(Some(scorer.club));
    let on_keydown = move |ev: KeyboardEvent| {
        if PRESS_KEYS.contains(&ev.key().as_str()) {
            ev.prevent_default();
            select();
        }
    };
    let name = move || {
        if highlighted() {
            format!("▶ {}", scorer.player)
        } else {
            scorer.player.to_owned()
        }
    };
    let tooltip = chart_item(ui.season, &ranked, lang);
    view! {
        <g
            class="scorers-chart__bar"
            class:is-highlighted=highlighted
            data-player=scorer.player
            data-club=club.slug
            tabindex="0"
            on:click=move |_| select()
            on:keydown=on_keydown
        >
            {leptos::svg::title().child(tooltip)}
            <rect
                class="scorers-chart__focus"
                x="0"
                y=bar.top + 2
                width=VIEW_WIDTH
                height=ROW_HEIGHT - 4
                rx="4"
            />
            <text class="scorers-chart__player" x=BAR_X y=bar.name_y>
                {name}
            </text>
            <text class="scorers-chart__rank" x="2" y=bar.text_y>
                {rank_label(&ranked)}
            </text>
            <rect
                class="scorers-chart__fill"
                x=BAR_X
                y=bar.bar_y
                width=bar.width
                height=BAR_HEIGHT
                rx="3"
            />
            <text
                class="scorers-chart__club"
                class:is-outside=!bar.club_inside
                x=bar.club_x
                y=bar.text_y
            >
                {club.name}
            </text>
            <text class="scorers-chart__goals" x=bar.count_x y=bar.text_y>
                {scorer.goals}
            </text>
        </g>
    }
}

#[component]
fn ScorersTable(ranked: Vec<Ranked>, followed: Followed, lang: Lang) -> impl IntoView {
    let ui = use_ui();
    let note_id = dom_id::unique("scorers-note");
    let rows = ranked
        .into_iter()
        .map(|r| {
            let scorer = r.scorer;
            let club_id: ClubId = scorer.club;
            let club = ui.season.club(club_id);
            let highlighted = move || followed.is(club_id);
            let sureness = sureness(ui.season, scorer, lang);
            let confirmed = sureness.confirmed.map(|text| {
                view! {
                    <span class="scorers-table__confirmed">
                        <span class="visually-hidden">", "</span>
                        {text}
                    </span>
                }
            });
            view! {
                <tr
                    class="scorers-table__row"
                    class:is-highlighted=highlighted
                    data-player=scorer.player
                    data-club=club.slug
                >
                    <td class="scorers-table__rank">{rank_label(&r)}</td>
                    <th scope="row" class="scorers-table__player">
                        {scorer.player}
                        {move || {
                            highlighted()
                                .then(|| {
                                    view! {
                                        <span class="scorers-table__marker">
                                            <span aria-hidden="true">" ▶"</span>
                                            <span class="visually-hidden">
                                                {format!(" ({})", Text::SelectedClub.get(lang))}
                                            </span>
                                        </span>
                                    }
                                })
                        }}
                    </th>
                    <td class="scorers-table__club">
                        <button
                            type="button"
                            class="scorers-table__select"
                            aria-label=Text::SelectClub.fill(lang, &[("club", club.name)])
                            on:click=move |_| ui.select_team(Some(club_id))
                        >
                            {club.name}
                        </button>
                    </td>
                    <td class="scorers-table__goals">{scorer.goals}</td>
                    <td class="scorers-table__certainty">{sureness.certainty}{confirmed}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="scorers__data">
            <table class="scorers-table">
                <caption>{Text::TableCaption.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{Text::ColRank.get(lang)}</th>
                        <th scope="col">{Text::ColPlayer.get(lang)}</th>
                        <th scope="col">{Text::ColClub.get(lang)}</th>
                        <th scope="col">{Text::ColGoals.get(lang)}</th>
                        <th scope="col" aria-describedby=note_id.clone()>
                            {Text::ColCertainty.get(lang)}
                            <span aria-hidden="true">"*"</span>
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="scorers__note" id=note_id>
                <span aria-hidden="true">"* "</span>
                {Text::CertaintyNote.get(lang)}
                " "
                {Text::SharedRankNote.get(lang)}
            </p>
        </div>
    }
}
