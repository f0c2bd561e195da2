//! The knockout bracket, second round to final: five columns joined by connectors on wide screens, one
//! round at a time behind ARIA tabs on narrow ones (CSS container query). A tie opens its details.

use coppa_core::bracket::{columns, feeders, next, path, tie, TieRef};
use coppa_core::i18n::views::{aggregate_text, fill, ViewText};
use coppa_core::i18n::{exit_group, round_name, score, tie_label, Text};
use coppa_core::journey::{journey, Exit};
use coppa_core::model::{Leg, Stage};
use coppa_core::url::Lang;
use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::dom_id;
use crate::ui::state::{use_ui, view_memo, Ui};
use crate::ui::tie_details::TieDetails;

/// The bracket view. With a club selected its ties are marked `.is-on-path` and the rest `.is-dimmed`,
/// and on narrow screens the tabs jump to the club's first round.
#[component]
pub fn Bracket() -> impl IntoView {
    let ui = use_ui();
    let season = ui.season;
    let stages: Vec<Stage> = season.rounds.iter().map(|r| r.stage).collect();
    let first_stage = stages.first().copied().unwrap_or(Stage::Final);
    let active = RwSignal::new(untrack(|| club_first_stage(ui)).unwrap_or(first_stage));
    let first_of_club = view_memo(move || club_first_stage(ui));
    Effect::new(move |_| {
        if let Some(stage) = first_of_club.get() {
            active.set(stage);
        }
    });
    let open = RwSignal::new(None::<TieRef>);
    let section = NodeRef::<html::Section>::new();
    let columns = columns(season);
    let heading_id = dom_id::unique("bracket");
    let ids = dom_id::unique("round");
    // Only a language change rebuilds the view; a club change updates classes in place, keeping focus.
    let lang = view_memo(move || ui.lang());
    move || {
        let lang = lang.get();
        let tabs = stages
            .iter()
            .map(|&stage| view! { <RoundTab stage stages=stages.clone() active ids=ids.clone() lang /> })
            .collect_view();
        let rounds = columns
            .iter()
            .map(|(stage, ties)| {
                view! { <RoundColumn stage=*stage ties=ties.clone() active open ids=ids.clone() lang /> }
            })
            .collect_view();
        view! {
            <section class="coppa-view bracket" node_ref=section aria-labelledby=heading_id.clone()>
                <h2 class="coppa-view__heading" id=heading_id.clone()>
                    {ViewText::BracketHeading.get(lang)}
                </h2>
                <ClubNote lang />
                <div class="bracket__tabs" role="tablist" aria-label=ViewText::RoundTabs.get(lang)>
                    {tabs}
                </div>
                <div class="bracket__rounds">{rounds}</div>
                <TieDetails open section lang />
            </section>
        }
    }
}

/// The stage of the selected club's first tie, if it played in the knockout rounds.
fn club_first_stage(ui: Ui) -> Option<Stage> {
    let club = ui.team()?;
    path(ui.season, club).first().map(|at| at.stage)
}

fn tab_id(ids: &str, stage: Stage) -> String {
    format!("{ids}-tab-{}", stage.key())
}

fn panel_id(ids: &str, stage: Stage) -> String {
    format!("{ids}-panel-{}", stage.key())
}

/// One round tab: arrows, Home and End move between tabs and show the round (automatic activation).
#[component]
fn RoundTab(
    stage: Stage,
    stages: Vec<Stage>,
    active: RwSignal<Stage>,
    ids: String,
    lang: Lang,
) -> impl IntoView {
    let selected = move || active.get() == stage;
    let on_keydown = move |ev: KeyboardEvent| {
        let Some(here) = stages.iter().position(|&s| s == stage) else {
            return;
        };
        let last = stages.len() - 1;
        let to = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => {
                if here == last {
                    0
                } else {
                    here + 1
                }
            }
            "ArrowLeft" | "ArrowUp" => {
                if here == 0 {
                    last
                } else {
                    here - 1
                }
            }
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        let target = stages[to];
        active.set(target);
        // `target`, not `current_target`: Leptos delegates keydown to the document.
        let tab = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.parent_element())
            .and_then(|list| {
                list.query_selector(&format!("[data-stage=\"{}\"]", target.key()))
                    .ok()
                    .flatten()
            })
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(tab) = tab {
            // A focus failure leaves focus where it was; the round is shown either way.
            let _ = tab.focus();
        }
    };
    view! {
        <button
            type="button"
            role="tab"
            class="coppa-button bracket__tab"
            id=tab_id(&ids, stage)
            data-stage=stage.key()
            aria-controls=panel_id(&ids, stage)
            aria-selected=move || selected().to_string()
            tabindex=move || if selected() { "0" } else { "-1" }
            on:click=move |_| active.set(stage)
            on:keydown=on_keydown
        >
            {round_name(stage, lang)}
        </button>
    }
}

#[component]
fn RoundColumn(
    stage: Stage,
    ties: Vec<TieRef>,
    active: RwSignal<Stage>,
    open: RwSignal<Option<TieRef>>,
    ids: String,
    lang: Lang,
) -> impl IntoView {
    let season = use_ui().season;
    let following: Vec<Option<TieRef>> = ties.iter().map(|&at| next(season, at)).collect();
    let shares_next = |a: usize, b: usize| {
        following.get(a).copied().flatten().is_some() && following.get(a) == following.get(b)
    };
    let slots = ties
        .iter()
        .enumerate()
        .map(|(i, &at)| {
            let pair_top = i % 2 == 0 && shares_next(i, i + 1);
            let pair_bottom = i % 2 == 1 && shares_next(i - 1, i);
            view! {
                <li
                    class="bracket__slot"
                    class:has-next=following[i].is_some()
                    class:has-feeders=!feeders(season, at).is_empty()
                    class:is-pair-top=pair_top
                    class:is-pair-bottom=pair_bottom
                >
                    <TieCard at open lang />
                </li>
            }
        })
        .collect_view();
    view! {
        <div
            class="bracket__round"
            class:is-active=move || active.get() == stage
            data-stage=stage.key()
            role="tabpanel"
            id=panel_id(&ids, stage)
            aria-labelledby=tab_id(&ids, stage)
        >
            <h3 class="bracket__round-title">{round_name(stage, lang)}</h3>
            <ol class="bracket__ties">{slots}</ol>
        </div>
    }
}

/// One tie as a button: both legs host first, the aggregate and how it was decided.
#[component]
fn TieCard(at: TieRef, open: RwSignal<Option<TieRef>>, lang: Lang) -> impl IntoView {
    let ui = use_ui();
    let season = ui.season;
    let tie = tie(season, at);
    let outcome = tie.outcome();
    let team = view_memo(move || ui.team());
    let on_path = move || team.get().is_some_and(|club| tie.involves(club));
    let dimmed = move || team.get().is_some_and(|club| !tie.involves(club));
    let aggregate = aggregate_text(&outcome, lang);
    let legs = tie
        .legs
        .iter()
        .zip([ViewText::FirstLeg, ViewText::SecondLeg])
        .map(|(leg, name)| view! { <LegLine leg name winner=outcome.winner lang /> })
        .collect_view();
    let marker = move || {
        on_path().then(|| {
            view! {
                <span class="tie__path-marker">
                    <span aria-hidden="true">"★"</span>
                    <span class="visually-hidden">{format!(" ({})", ViewText::OnPath.get(lang))}</span>
                </span>
            }
        })
    };
    view! {
        <button
            type="button"
            class="tie"
            data-tie=format!("{}-{}", at.stage.key(), at.index)
            aria-haspopup="dialog"
            class:is-on-path=on_path
            class:is-dimmed=dimmed
            on:click=move |_| open.set(Some(at))
        >
            {marker}
            <span class="tie__legs">{legs}</span>
            <span class="tie__aggregate">{aggregate}</span>
            <span class="tie__decided">
                <span class="tie__check" aria-hidden="true">"✓ "</span>
                {tie_label(season, &outcome, lang)}
            </span>
        </button>
    }
}

/// "Roma 1–4 Milan", or the pairing with "score not recorded": never a guessed number.
#[component]
fn LegLine(
    leg: &'static Leg,
    name: ViewText,
    winner: coppa_core::model::ClubId,
    lang: Lang,
) -> impl IntoView {
    let season = use_ui().season;
    let club = move |id, side: &'static str| {
        view! {
            <span class=format!("tie__club tie__club--{side}") class:is-winner=id == winner>
                {season.club(id).name}
            </span>
        }
    };
    let result = match leg.score {
        Some(s) => view! { <span class="tie__score">{score(s)}</span> }.into_any(),
        None => view! {
            <span class="tie__score is-unknown" aria-hidden="true">"–"</span>
        }
        .into_any(),
    };
    let extra_time = leg.extra_time.then(|| {
        view! {
            " "
            <abbr class="tie__aet" title=ViewText::AfterExtraTime.get(lang)>
                {ViewText::AfterExtraTimeShort.get(lang)}
            </abbr>
        }
    });
    let unknown = leg.score.is_none().then(|| {
        view! { <span class="tie__unknown">{Text::ScoreNotRecorded.get(lang)}</span> }
    });
    view! {
        <span class="tie__leg">
            <span class="visually-hidden">{format!("{}: ", name.get(lang))}</span>
            {club(leg.host, "host")}
            " "
            {result}
            " "
            {club(leg.guest, "guest")}
            {extra_time}
            {unknown}
        </span>
    }
}

/// What the bracket means for a selected club that never reached it.
#[component]
fn ClubNote(lang: Lang) -> impl IntoView {
    let ui = use_ui();
    move || {
        let club = ui.team()?;
        let Exit::Group { group, position } = journey(ui.season, club).exit else {
            return None;
        };
        let name = ui.season.club(club).name;
        Some(view! {
            <p class="coppa-view__note" role="status">
                {fill(ViewText::NoKnockoutForClub.get(lang), &[("club", name)])}
                " "
                {exit_group(position, group, lang)}
                "."
            </p>
        })
    }
}
