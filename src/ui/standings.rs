//! Group standings: one card per group with its table (computed from the results, never typed in), the
//! group's six results, and the classification rule the tables apply.

use coppa_core::i18n::views::STANDINGS_NUMBER_COLUMNS;
use coppa_core::i18n::{group_name, Text};
use coppa_core::model::{Group, GroupMatch};
use coppa_core::present::standings::{
    club_note, numbers, result, rule_note, table, toggle_label, TableLine,
};
use coppa_core::standings::{visible_groups, Row};
use coppa_core::url::Lang;
use leptos::prelude::*;

use crate::ui::dom_id;
use crate::ui::followed::Followed;
use crate::ui::state::{use_ui, view_memo, OnlyClubGroup};

/// The standings view. With a club selected its row is highlighted and its group comes first; a toggle
/// narrows the view to that group alone.
#[component]
pub fn Standings() -> impl IntoView {
    let ui = use_ui();
    // Every group again whenever the view opens; the explorer's image export reads the same toggle.
    let only_selected =
        use_context::<OnlyClubGroup>().map_or_else(|| RwSignal::new(false), |o| o.0);
    only_selected.set(false);
    // The toggle outlives this view: read through a memo that dies with it.
    let only_club_group = view_memo(move || only_selected.get());
    let heading_id = dom_id::unique("standings");
    let groups_id = dom_id::unique("standings-groups");
    // Only a language change rebuilds the view; a club change updates classes in place, keeping focus.
    let lang = ui.lang();
    move || {
        let lang = lang.get();
        let groups_id = groups_id.clone();
        view! {
            <section class="coppa-view standings" aria-labelledby=heading_id.clone()>
                <h2 class="coppa-view__heading" id=heading_id.clone()>
                    {Text::StandingsHeading.get(lang)}
                </h2>
                <SelectionBar toggle=only_selected groups_id=groups_id.clone() lang />
                <div class="standings__groups" id=groups_id>
                    // Rebuilt when toggled: a keyed list leaves a record of every card it ever removed with
                    // its owner, which here lives as long as the view, so the toggle would grow memory.
                    // The cards keep the season's order; the followed club's card is shown first by
                    // standings.css. Reordered here, the keyed list moved every card whose place changed
                    // (following Bari moved seven), and each move cost the browser a card's style and layout.
                    {move || {
                        let only = only_club_group.get();
                        let team = ui.team();
                        view! {
                            <For
                                each=move || visible_groups(ui.season, only.then(|| team.get()).flatten())
                                key=|group| group.number
                                children=move |group| view! { <GroupCard group lang /> }
                            />
                        }
                    }}
                </div>
                <RuleNote lang />
            </section>
        }
    }
}

/// The "only this group" toggle, or a note when the selected club never played in a group.
#[component]
fn SelectionBar(toggle: RwSignal<bool>, groups_id: String, lang: Lang) -> impl IntoView {
    let ui = use_ui();
    let team = ui.team();
    move || {
        let id = team.get()?;
        let only_selected = view_memo(move || toggle.get());
        Some(match club_note(ui.season, id, lang) {
            None => view! {
                <div class="standings__toolbar">
                    <button
                        type="button"
                        class="coppa-button standings__toggle"
                        aria-controls=groups_id.clone()
                        on:click=move |_| toggle.update(|only| *only = !*only)
                    >
                        {move || toggle_label(only_selected.get(), lang)}
                    </button>
                </div>
            }
            .into_any(),
            Some(note) => view! {
                <p class="coppa-view__note" role="status">
                    {note}
                </p>
            }
            .into_any(),
        })
    }
}

#[component]
fn GroupCard(group: &'static Group, lang: Lang) -> impl IntoView {
    let ui = use_ui();
    let followed = Followed::of(ui, group.clubs);
    let caption_id = dom_id::unique("group");
    let results_id = dom_id::unique("group-results");
    let columns = STANDINGS_NUMBER_COLUMNS.map(|(abbr, title)| {
        view! {
            <th scope="col">
                <abbr title=title.get(lang)>{abbr.get(lang)}</abbr>
            </th>
        }
    });
    view! {
        <article
            class="group-card"
            class:group-card--followed=move || group.clubs.iter().any(|&club| followed.is(club))
            data-group=group.number
            aria-labelledby=caption_id.clone()
        >
            <table class="standings-table">
                <caption class="standings-table__caption" id=caption_id.clone()>
                    {group_name(group.number, lang)}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">
                            <abbr title=Text::ColPosition
                                .get(lang)>{Text::ColPositionAbbr.get(lang)}</abbr>
                        </th>
                        <th scope="col">
                            {Text::ColClub.get(lang)}
                        </th>
                        {columns}
                    </tr>
                </thead>
                <tbody>
                    {table(ui.season, group)
                        .into_iter()
                        .map(|line| {
                            let TableLine { position, qualified, row } = line;
                            view! { <StandingsRow row position qualified followed lang /> }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p class="group-card__label" id=results_id.clone()>
                {Text::GroupResults.get(lang)}
            </p>
            <ol class="group-results" aria-labelledby=results_id.clone()>
                {group
                    .matches
                    .iter()
                    .map(|game| view! { <ResultLine game followed lang /> })
                    .collect_view()}
            </ol>
        </article>
    }
}

#[component]
fn StandingsRow(
    row: Row,
    position: usize,
    qualified: bool,
    followed: Followed,
    lang: Lang,
) -> impl IntoView {
    let ui = use_ui();
    let club = ui.season.club(row.club);
    let selected = move || followed.is(row.club);
    let cells = numbers(&row)
        .into_iter()
        .map(|number| view! { <td>{number}</td> })
        .collect_view();
    let mark = qualified.then(|| {
        view! {
            <span class="standings-table__qualified">
                <span aria-hidden="true">"✓"</span>
                <span class="visually-hidden">{format!(" ({})", Text::Qualified.get(lang))}</span>
            </span>
        }
    });
    view! {
        <tr
            data-club=club.slug
            class:is-qualified=qualified
            class:is-selected=selected
            aria-current=move || selected().then_some("true")
        >
            <td>{position}</td>
            <th scope="row">
                <span class="standings-table__name">{club.name}</span>
                {mark}
            </th>
            {cells}
        </tr>
    }
}

#[component]
fn ResultLine(game: &'static GroupMatch, followed: Followed, lang: Lang) -> impl IntoView {
    let ui = use_ui();
    let involved = move || followed.is(game.home) || followed.is(game.away);
    let result = result(game, lang);
    view! {
        <li class:is-selected=involved>
            <span>{ui.season.club(game.home).name}</span>
            " "
            <span class="group-results__score" class:is-unknown=game.score.is_none()>
                {result}
            </span>
            " "
            <span>{ui.season.club(game.away).name}</span>
        </li>
    }
}

/// The classification rule as the season's data states it.
#[component]
fn RuleNote(lang: Lang) -> impl IntoView {
    let note = rule_note(&use_ui().season.rules, lang);
    let published = note.published.map(|text| view! { <p>{text}</p> });
    view! {
        <footer class="standings__rule">
            <h3 class="standings__rule-heading">{Text::RuleHeading.get(lang)}</h3>
            <p>{note.rule}</p>
            {published}
        </footer>
    }
}
