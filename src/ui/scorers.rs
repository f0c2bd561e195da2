//! Top scorers: a horizontal SVG bar chart (sized by its viewBox, so it scales down to a phone) with a
//! worded description, and the same data as a table. A bar or a club in the table selects that club.

use coppa_core::i18n::views::{fill, ViewText};
use coppa_core::model::{Certainty, ClubId};
use coppa_core::scorers::{check_tally, ranking, Ranked};
use coppa_core::url::Lang;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::ui::dom_id;
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
        view! {
            <section class="coppa-view scorers" aria-labelledby=heading_id.clone()>
                <h2 class="coppa-view__heading" id=heading_id.clone()>
                    {ViewText::ScorersHeading.get(lang)}
                </h2>
                <p class="scorers__hint">{ViewText::ChartSelectHint.get(lang)}</p>
                <div class="scorers__body">
                    <ScorersChart ranked=ranked.clone() lang />
                    <ScorersTable ranked=ranked.clone() lang />
                </div>
            </section>
        }
    }
}

/// "1", or "=2" for a rank shared with other players.
fn rank_label(ranked: &Ranked) -> String {
    if ranked.shared {
        format!("={}", ranked.rank)
    } else {
        ranked.rank.to_string()
    }
}

/// Chart geometry in viewBox units; CSS scales the whole drawing with the page width.
const VIEW_WIDTH: u32 = 360;
const ROW_HEIGHT: u32 = 52;
const BAR_X: u32 = 32;
const BAR_HEIGHT: u32 = 24;
/// Room kept right of the longest bar for its goal count.
const COUNT_ROOM: u32 = 26;
/// Narrower bars print the club name after the bar instead of inside it.
const LABEL_INSIDE_MIN: u32 = 110;

#[component]
fn ScorersChart(ranked: Vec<Ranked>, lang: Lang) -> impl IntoView {
    let season = use_ui().season;
    let title_id = dom_id::unique("scorers-title");
    let desc_id = dom_id::unique("scorers-desc");
    let most = ranked
        .iter()
        .map(|r| r.scorer.goals)
        .max()
        .unwrap_or(1)
        .max(1);
    let height = u32::try_from(ranked.len()).unwrap_or(0) * ROW_HEIGHT + 4;
    let items: Vec<String> = ranked
        .iter()
        .map(|r| {
            fill(
                ViewText::ChartDescriptionItem.get(lang),
                &[
                    ("rank", &rank_label(r)),
                    ("player", r.scorer.player),
                    ("club", season.club(r.scorer.club).name),
                    ("goals", &r.scorer.goals.to_string()),
                ],
            )
        })
        .collect();
    let description = fill(
        ViewText::ChartDescription.get(lang),
        &[("items", &items.join("; "))],
    );
    let bars = ranked
        .iter()
        .zip(0u32..)
        .map(|(r, row)| view! { <ScorerBar ranked=*r row most lang /> })
        .collect_view();
    // `<title>` is built by hand here and in the bars: the view macro makes it an HTML element.
    let title = leptos::svg::title()
        .id(title_id.clone())
        .child(ViewText::ChartTitle.get(lang));
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
fn ScorerBar(ranked: Ranked, row: u32, most: u8, lang: Lang) -> impl IntoView {
    let ui = use_ui();
    let scorer = ranked.scorer;
    let club = ui.season.club(scorer.club);
    let team = ui.team();
    let highlighted = move || team.get() == Some(scorer.club);
    let select = move || ui.select_team(Some(scorer.club));
    let on_keydown = move |ev: KeyboardEvent| {
        if matches!(ev.key().as_str(), "Enter" | " ") {
            ev.prevent_default();
            select();
        }
    };
    let top = row * ROW_HEIGHT;
    let full = VIEW_WIDTH - BAR_X - COUNT_ROOM;
    let width = (full * u32::from(scorer.goals) / u32::from(most)).max(2);
    let bar_y = top + 22;
    let text_y = bar_y + BAR_HEIGHT / 2 + 5;
    let inside = width >= LABEL_INSIDE_MIN;
    let count_x = BAR_X + width + 6;
    let club_x = if inside { BAR_X + 8 } else { count_x + 22 };
    let name = move || {
        if highlighted() {
            format!("▶ {}", scorer.player)
        } else {
            scorer.player.to_owned()
        }
    };
    let tooltip = fill(
        ViewText::ChartDescriptionItem.get(lang),
        &[
            ("rank", &rank_label(&ranked)),
            ("player", scorer.player),
            ("club", club.name),
            ("goals", &scorer.goals.to_string()),
        ],
    );
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
                y=top + 2
                width=VIEW_WIDTH
                height=ROW_HEIGHT - 4
                rx="4"
            />
            <text class="scorers-chart__player" x=BAR_X y=top + 16>
                {name}
            </text>
            <text class="scorers-chart__rank" x="2" y=text_y>
                {rank_label(&ranked)}
            </text>
            <rect
                class="scorers-chart__fill"
                x=BAR_X
                y=bar_y
                width=width
                height=BAR_HEIGHT
                rx="3"
            />
            <text
                class="scorers-chart__club"
                class:is-outside=!inside
                x=club_x
                y=text_y
            >
                {club.name}
            </text>
            <text class="scorers-chart__goals" x=count_x y=text_y>
                {scorer.goals}
            </text>
        </g>
    }
}

#[component]
fn ScorersTable(ranked: Vec<Ranked>, lang: Lang) -> impl IntoView {
    let ui = use_ui();
    let note_id = dom_id::unique("scorers-note");
    let team = ui.team();
    let rows = ranked
        .into_iter()
        .map(|r| {
            let scorer = r.scorer;
            let club_id: ClubId = scorer.club;
            let club = ui.season.club(club_id);
            let highlighted = move || team.get() == Some(club_id);
            let certainty = match scorer.certainty {
                Certainty::Stated => ViewText::CertaintyStated,
                Certainty::Inferred => ViewText::CertaintyInferred,
            };
            let confirmed = check_tally(ui.season, scorer)
                .confirms(scorer.goals)
                .then(|| {
                    view! {
                        <span class="scorers-table__confirmed">
                            <span class="visually-hidden">", "</span>
                            {ViewText::TallyConfirmed.get(lang)}
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
                                                {format!(" ({})", ViewText::SelectedClub.get(lang))}
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
                            aria-label=fill(ViewText::SelectClub.get(lang), &[("club", club.name)])
                            on:click=move |_| ui.select_team(Some(club_id))
                        >
                            {club.name}
                        </button>
                    </td>
                    <td class="scorers-table__goals">{scorer.goals}</td>
                    <td class="scorers-table__certainty">{certainty.get(lang)}{confirmed}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="scorers__data">
            <table class="scorers-table">
                <caption>{ViewText::TableCaption.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{ViewText::ColRank.get(lang)}</th>
                        <th scope="col">{ViewText::ColPlayer.get(lang)}</th>
                        <th scope="col">{ViewText::ColClub.get(lang)}</th>
                        <th scope="col">{ViewText::ColGoals.get(lang)}</th>
                        <th scope="col" aria-describedby=note_id.clone()>
                            {ViewText::ColCertainty.get(lang)}
                            <span aria-hidden="true">"*"</span>
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="scorers__note" id=note_id>
                <span aria-hidden="true">"* "</span>
                {ViewText::CertaintyNote.get(lang)}
                " "
                {ViewText::SharedRankNote.get(lang)}
            </p>
        </div>
    }
}
