//! The knockout bracket, second round to final: five columns joined by connectors on wide screens, one
//! round at a time behind ARIA tabs on narrow ones (CSS container query). A tie opens its details.

use coppa_core::bracket::{first_stage, layout, tie, PairEnd, Slot, TieRef};
use coppa_core::i18n::views::aggregate_beside_label;
use coppa_core::i18n::{round_name, tie_label, Text};
use coppa_core::model::{ClubId, Stage};
use coppa_core::present::bracket::{club_note, leg_lines, LegLine};
use coppa_core::roving::{self, Step};
use coppa_core::url::Lang;
use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::dom_id;
use crate::ui::followed::Followed;
use crate::ui::state::{use_ui, view_memo};
use crate::ui::tie_details::TieDetails;

/// The bracket view. With a club selected its ties are marked `.is-on-path` and the rest `.is-dimmed`,
/// and on narrow screens the tabs jump to the club's first round.
#[component]
pub fn Bracket() -> impl IntoView {
    let ui = use_ui();
    let season = ui.season;
    let stages: Vec<Stage> = season.rounds.iter().map(|r| r.stage).collect();
    let opening = stages.first().copied().unwrap_or(Stage::Final);
    let team = ui.team();
    let first_of_club = view_memo(move || team.get().and_then(|club| first_stage(season, club)));
    let active = RwSignal::new(first_of_club.get_untracked().unwrap_or(opening));
    // Only when the club changes: `active` starts on its first round, and its first run comes after
    // the take-over has pressed the round tab the reader chose in the prerendered copy.
    Effect::new(move |ran: Option<()>| {
        let first = first_of_club.get();
        if let (Some(()), Some(stage)) = (ran, first) {
            active.set(stage);
        }
    });
    let open = RwSignal::new(None::<TieRef>);
    let section = NodeRef::<html::Section>::new();
    let columns = layout(season);
    let heading_id = dom_id::unique("bracket");
    let ids = dom_id::unique("round");
    // Only a language change rebuilds the view; a club change updates classes in place, keeping focus.
    let lang = ui.lang();
    move || {
        let lang = lang.get();
        let followed = Followed::all(ui);
        let tabs = stages
            .iter()
            .map(|&stage| view! { <RoundTab stage stages=stages.clone() active ids=ids.clone() lang /> })
            .collect_view();
        let rounds = columns
            .iter()
            .map(|column| {
                let (stage, slots) = (column.stage, column.slots.clone());
                view! { <RoundColumn stage slots active open followed ids=ids.clone() lang /> }
            })
            .collect_view();
        view! {
            <section class="coppa-view bracket" node_ref=section aria-labelledby=heading_id.clone()>
                <h2 class="coppa-view__heading" id=heading_id.clone()>
                    {Text::BracketHeading.get(lang)}
                </h2>
                <ClubNote lang />
                <div class="bracket__tabs" role="tablist" aria-label=Text::RoundTabs.get(lang)>
                    {tabs}
                </div>
                <div class="bracket__rounds">{rounds}</div>
                <TieDetails open section lang />
            </section>
        }
    }
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
        let Some(step) = Step::for_tab_key(&ev.key()) else {
            return;
        };
        let here = stages.iter().position(|&s| s == stage);
        let to = here.and_then(|here| roving::step(Some(here), stages.len(), step));
        let Some(target) = to.and_then(|to| stages.get(to).copied()) else {
            return;
        };
        ev.prevent_default();
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
    slots: Vec<Slot>,
    active: RwSignal<Stage>,
    open: RwSignal<Option<TieRef>>,
    followed: Followed,
    ids: String,
    lang: Lang,
) -> impl IntoView {
    let slots = slots
        .into_iter()
        .map(|slot| {
            let at = slot.at;
            view! {
                <li
                    class="bracket__slot"
                    class:has-next=slot.has_next
                    class:has-feeders=slot.has_feeders
                    class:is-pair-top=slot.pair == Some(PairEnd::Top)
                    class:is-pair-bottom=slot.pair == Some(PairEnd::Bottom)
                >
                    <TieCard at open followed lang />
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

/// One tie as a button: both legs host first, how it was decided, and the aggregate if that does not
/// say it.
#[component]
fn TieCard(
    at: TieRef,
    open: RwSignal<Option<TieRef>>,
    followed: Followed,
    lang: Lang,
) -> impl IntoView {
    let ui = use_ui();
    let season = ui.season;
    let tie = tie(season, at);
    let outcome = tie.outcome();
    let on_path = move || tie.clubs().into_iter().any(|club| followed.is(club));
    let dimmed = move || followed.any() && !on_path();
    let aggregate = aggregate_beside_label(&outcome, lang)
        .map(|aggregate| view! { <span class="tie__aggregate">{aggregate}</span> });
    let legs = leg_lines(season, tie, lang)
        .map(|line| view! { <LegRow line winner=outcome.winner /> })
        .into_iter()
        .collect_view();
    let marker = move || {
        on_path().then(|| {
            view! {
                <span class="tie__path-marker">
                    <span aria-hidden="true">"★"</span>
                    <span class="visually-hidden">{format!(" ({})", Text::OnPath.get(lang))}</span>
                </span>
            }
        })
    };
    view! {
        <button
            type="button"
            class="tie"
            data-tie=at.key()
            aria-haspopup="dialog"
            class:is-on-path=on_path
            class:is-dimmed=dimmed
            on:click=move |_| open.set(Some(at))
        >
            {marker}
            <span class="tie__legs">{legs}</span>
            {aggregate}
            <span class="tie__decided">
                <span class="tie__check" aria-hidden="true">"✓ "</span>
                {tie_label(season, &outcome, lang)}
            </span>
        </button>
    }
}

/// "Roma 1–4 Milan", or the pairing with "score not recorded": never a guessed number.
#[component]
fn LegRow(line: LegLine, winner: ClubId) -> impl IntoView {
    let club = |id: ClubId, name: &'static str, side: &'static str| {
        view! {
            <span class=format!("tie__club tie__club--{side}") class:is-winner=id == winner>
                {name}
            </span>
        }
    };
    let result = match line.score {
        Some(score) => view! { <span class="tie__score">{score}</span> }.into_any(),
        None => view! {
            <span class="tie__score is-unknown" aria-hidden="true">"–"</span>
        }
        .into_any(),
    };
    let extra_time = line.extra_time.map(|(short, long)| {
        view! {
            " "
            <abbr class="tie__aet" title=long>
                {short}
            </abbr>
        }
    });
    let unknown = line
        .unknown
        .map(|text| view! { <span class="tie__unknown">{text}</span> });
    view! {
        <span class="tie__leg">
            <span class="visually-hidden">{format!("{}: ", line.name)}</span>
            {club(line.host, line.host_name, "host")}
            " "
            {result}
            " "
            {club(line.guest, line.guest_name, "guest")}
            {extra_time}
            {unknown}
        </span>
    }
}

/// What the bracket means for a selected club that never reached it.
#[component]
fn ClubNote(lang: Lang) -> impl IntoView {
    let ui = use_ui();
    let team = ui.team();
    move || {
        let note = club_note(ui.season, team.get()?, lang)?;
        Some(view! {
            <p class="coppa-view__note" role="status">
                {note}
            </p>
        })
    }
}
