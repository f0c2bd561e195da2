//! Group standings: one card per group with its table (computed from the results, never typed in), the
//! group's six results, and the classification rule the tables apply.

use std::iter;

use coppa_core::i18n::views::{fill, ViewText, STANDINGS_NUMBER_COLUMNS};
use coppa_core::i18n::{entered, group_name, score, Text};
use coppa_core::model::{ClubId, Group, GroupMatch, GroupTiebreak, Season};
use coppa_core::standings::{group_of, standings, Row};
use coppa_core::url::Lang;
use leptos::prelude::*;

use crate::ui::dom_id;
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
    let heading_id = dom_id::unique("standings");
    let groups_id = dom_id::unique("standings-groups");
    // Only a language change rebuilds the view; a club change updates classes in place, keeping focus.
    let lang = view_memo(move || ui.lang());
    move || {
        let lang = lang.get();
        let groups_id = groups_id.clone();
        view! {
            <section class="coppa-view standings" aria-labelledby=heading_id.clone()>
                <h2 class="coppa-view__heading" id=heading_id.clone()>
                    {ViewText::StandingsHeading.get(lang)}
                </h2>
                <SelectionBar toggle=only_selected groups_id=groups_id.clone() lang />
                <div class="standings__groups" id=groups_id>
                    // Rebuilt when toggled: a keyed list leaves a record of every card it ever removed with
                    // its owner, which here lives as long as the view, so the toggle would grow memory.
                    {move || {
                        let only = only_selected.get();
                        let team = view_memo(move || ui.team());
                        view! {
                            <For
                                each=move || visible_groups(ui.season, team.get(), only)
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

/// The selected club's group first (or alone), then the others in number order.
fn visible_groups(
    season: &'static Season,
    team: Option<ClubId>,
    only_selected: bool,
) -> Vec<&'static Group> {
    let all: &'static [Group] = season.groups;
    match team.and_then(|club| group_of(season, club)) {
        Some(first) if only_selected => vec![first],
        Some(first) => iter::once(first)
            .chain(all.iter().filter(|g| g.number != first.number))
            .collect(),
        None => all.iter().collect(),
    }
}

/// The "only this group" toggle, or a note when the selected club never played in a group.
#[component]
fn SelectionBar(toggle: RwSignal<bool>, groups_id: String, lang: Lang) -> impl IntoView {
    let ui = use_ui();
    move || {
        let id = ui.team()?;
        let club = ui.season.club(id);
        let only_selected = view_memo(move || toggle.get());
        Some(match group_of(ui.season, id) {
            Some(_) => view! {
                <div class="standings__toolbar">
                    <button
                        type="button"
                        class="coppa-button standings__toggle"
                        aria-controls=groups_id.clone()
                        on:click=move |_| toggle.update(|only| *only = !*only)
                    >
                        {move || {
                            if only_selected.get() {
                                ViewText::ShowAllGroups.get(lang)
                            } else {
                                ViewText::ShowOnlyGroup.get(lang)
                            }
                        }}
                    </button>
                </div>
            }
            .into_any(),
            None => view! {
                <p class="coppa-view__note" role="status">
                    {fill(ViewText::NoGroupForClub.get(lang), &[("club", club.name)])}
                    " "
                    {entered(club.enters, lang)}
                    "."
                </p>
            }
            .into_any(),
        })
    }
}

#[component]
fn GroupCard(group: &'static Group, lang: Lang) -> impl IntoView {
    let ui = use_ui();
    let rows = standings(ui.season, group);
    let qualifiers = usize::from(ui.season.rules.group_qualifiers);
    let team = view_memo(move || ui.team());
    let caption_id = dom_id::unique("group");
    let results_id = dom_id::unique("group-results");
    let columns = STANDINGS_NUMBER_COLUMNS.map(|(abbr, title)| {
        view! {
            <th scope="col" class="standings-table__num">
                <abbr title=title.get(lang)>{abbr.get(lang)}</abbr>
            </th>
        }
    });
    view! {
        <article class="group-card" data-group=group.number aria-labelledby=caption_id.clone()>
            <table class="standings-table">
                <caption class="standings-table__caption" id=caption_id.clone()>
                    {group_name(group.number, lang)}
                </caption>
                <thead>
                    <tr>
                        <th scope="col" class="standings-table__pos">
                            <abbr title=ViewText::ColPosition
                                .get(lang)>{ViewText::ColPositionAbbr.get(lang)}</abbr>
                        </th>
                        <th scope="col" class="standings-table__club">
                            {ViewText::ColClub.get(lang)}
                        </th>
                        {columns}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .enumerate()
                        .map(|(i, row)| {
                            view! { <StandingsRow row position=i + 1 qualified=i < qualifiers team lang /> }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <p class="group-card__label" id=results_id.clone()>
                {ViewText::GroupResults.get(lang)}
            </p>
            <ol class="group-results" aria-labelledby=results_id.clone()>
                {group
                    .matches
                    .iter()
                    .map(|game| view! { <ResultLine game team lang /> })
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
    team: Memo<Option<ClubId>>,
    lang: Lang,
) -> impl IntoView {
    let ui = use_ui();
    let club = ui.season.club(row.club);
    let selected = move || team.get() == Some(row.club);
    let mark = qualified.then(|| {
        view! {
            <span class="standings-table__qualified">
                <span aria-hidden="true">"✓"</span>
                <span class="visually-hidden">{format!(" ({})", ViewText::Qualified.get(lang))}</span>
            </span>
        }
    });
    view! {
        <tr
            data-club=club.slug
            class="standings-table__row"
            class:is-qualified=qualified
            class:is-selected=selected
            aria-current=move || selected().then_some("true")
        >
            <td class="standings-table__pos">{position}</td>
            <th scope="row" class="standings-table__club">
                <span class="standings-table__name">{club.name}</span>
                {mark}
            </th>
            <td class="standings-table__num">{row.played}</td>
            <td class="standings-table__num">{row.won}</td>
            <td class="standings-table__num">{row.drawn}</td>
            <td class="standings-table__num">{row.lost}</td>
            <td class="standings-table__num">{row.goals_for}</td>
            <td class="standings-table__num">{row.goals_against}</td>
            <td class="standings-table__num">{signed(row.goal_difference())}</td>
            <td class="standings-table__num standings-table__points">{row.points}</td>
        </tr>
    }
}

/// "+3", "0", "−4" (a true minus sign, as tables print it).
fn signed(value: i16) -> String {
    match value {
        v if v > 0 => format!("+{v}"),
        v if v < 0 => format!("−{}", v.unsigned_abs()),
        _ => "0".to_owned(),
    }
}

#[component]
fn ResultLine(game: &'static GroupMatch, team: Memo<Option<ClubId>>, lang: Lang) -> impl IntoView {
    let ui = use_ui();
    let involved = move || {
        team.get()
            .is_some_and(|club| club == game.home || club == game.away)
    };
    let result = game
        .score
        .map_or_else(|| Text::ScoreNotRecorded.get(lang).to_owned(), score);
    view! {
        <li class="group-results__match" class:is-selected=involved>
            <span class="group-results__club">{ui.season.club(game.home).name}</span>
            " "
            <span class="group-results__score" class:is-unknown=game.score.is_none()>
                {result}
            </span>
            " "
            <span class="group-results__club">{ui.season.club(game.away).name}</span>
        </li>
    }
}

/// The classification rule as the season's data states it.
#[component]
fn RuleNote(lang: Lang) -> impl IntoView {
    let rules = use_ui().season.rules;
    let points = fill(
        ViewText::RulePoints.get(lang),
        &[
            ("win", &rules.points_win.to_string()),
            ("draw", &rules.points_draw.to_string()),
        ],
    );
    let tiebreak = match rules.group_tiebreak {
        GroupTiebreak::OverallGoalDifference => ViewText::RuleOverallGoalDifference,
        GroupTiebreak::HeadToHead => ViewText::RuleHeadToHead,
    };
    let qualifiers = match rules.group_qualifiers {
        1 => ViewText::RuleWinnerOnly.get(lang).to_owned(),
        n => fill(ViewText::RuleTopN.get(lang), &[("n", &n.to_string())]),
    };
    let published = (rules.group_tiebreak == GroupTiebreak::OverallGoalDifference)
        .then(|| view! { <p>{ViewText::RulePublishedTables.get(lang)}</p> });
    view! {
        <footer class="standings__rule">
            <h3 class="standings__rule-heading">{ViewText::RuleHeading.get(lang)}</h3>
            <p>{points} " " {tiebreak.get(lang)} " " {qualifiers}</p>
            {published}
        </footer>
    }
}
