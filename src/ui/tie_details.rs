//! A tie's details in a modal `<dialog>`: per leg the date, venue, score, extra time, golden goal,
//! penalties, goals per side and notes, then the tie's sources. The browser's dialog traps focus and
//! closes on Escape; on close, focus goes back to the tie that opened it.

use coppa_core::bracket::{tie, TieRef};
use coppa_core::i18n::views::{aggregate_text, fill, goal_text, ViewText};
use coppa_core::i18n::{format_date, round_name, score, tie_label, Text};
use coppa_core::model::{Leg, Side, Source};
use coppa_core::url::Lang;
use leptos::ev::MouseEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::dom_id;
use crate::ui::lazy::{chunk_entry, load, Chunk};
use crate::ui::state::use_ui;

/// The dialog, shown while `open` holds a tie. `section` is searched for the tie to refocus on close.
#[component]
pub fn TieDetails(
    open: RwSignal<Option<TieRef>>,
    section: NodeRef<html::Section>,
    lang: Lang,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let title_id = dom_id::unique("tie-details");
    let chunk = RwSignal::new(Chunk::Idle);
    Effect::new(move |_| {
        if open.get().is_some() {
            load(chunk, details_entry);
        }
    });
    Effect::new(move |_| {
        // Shown once there is something to show (the details, or why they are missing): never empty.
        let ready = !matches!(chunk.get(), Chunk::Idle | Chunk::Loading);
        let wanted = open.get().is_some() && ready;
        if let Some(dialog) = dialog.get() {
            if wanted && !dialog.open() {
                // Fails only if the dialog is detached; the details then stay closed.
                let _ = dialog.show_modal();
            } else if !wanted && dialog.open() {
                dialog.close();
            }
        }
    });
    let close = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let on_close = move |_| {
        // `close` fires a task after the dialog closed; by then another tie may have reopened it.
        let reopened = dialog.get_untracked().is_some_and(|dialog| dialog.open());
        let Some(at) = open.get_untracked().filter(|_| !reopened) else {
            return;
        };
        open.set(None);
        // Browsers put focus back on the tie themselves, and the reader may already have moved on (a
        // quick Tab after Escape): only focus left in the closed dialog, or nowhere, is brought back.
        if dialog
            .get_untracked()
            .is_some_and(|dialog| focus_is_lost(&dialog))
        {
            refocus(section, at);
        }
    };
    // A click on the dialog element itself (not its body) is a click on the backdrop. Leptos delegates
    // clicks to the document, so compare with the dialog rather than `current_target`.
    let on_backdrop = move |ev: MouseEvent| {
        let on_dialog = dialog.get_untracked().is_some_and(|dialog| {
            ev.target()
                .is_some_and(|target| dialog.is_same_node(target.dyn_ref::<web_sys::Node>()))
        });
        if on_dialog {
            close();
        }
    };
    let labelled_by = title_id.clone();
    view! {
        <dialog
            class="tie-details"
            node_ref=dialog
            aria-labelledby=labelled_by
            on:close=on_close
            on:click=on_backdrop
        >
            {move || {
                // Read first, whether a tie is open or not: when the chunk arrives, the details are drawn
                // before the effect above shows the dialog (which then focuses their first control).
                let chunk = chunk.get();
                open.get().and_then(|at| match chunk {
                    Chunk::Ready(details) => Some(details(TieOpen {
                        at,
                        title_id: title_id.clone(),
                        dialog,
                        lang,
                    })),
                    Chunk::Failed => Some(view! {
                        <div class="tie-details__body">
                            <header class="tie-details__header">
                                <p class="tie-details__title" id=title_id.clone()>
                                    {Text::PartFailed.get(lang)}
                                </p>
                                <button type="button" class="coppa-button tie-details__close" on:click=move |_| close()>
                                    {ViewText::DetailsClose.get(lang)}
                                </button>
                            </header>
                        </div>
                    }
                    .into_any()),
                    Chunk::Idle | Chunk::Loading => None,
                })
            }}
        </dialog>
    }
}

/// Whether the focused element, looked for through open shadow roots (a widget's), is nothing, the
/// page's body or inside `dialog`.
fn focus_is_lost(dialog: &web_sys::HtmlDialogElement) -> bool {
    let document = document();
    let mut active = document.active_element();
    while let Some(inner) = active
        .as_ref()
        .and_then(|el| el.shadow_root())
        .and_then(|root| root.active_element())
    {
        active = Some(inner);
    }
    active.is_none_or(|el| {
        document
            .body()
            .is_some_and(|body| body.is_same_node(Some(&el)))
            || dialog.contains(Some(&el))
    })
}

fn refocus(section: NodeRef<html::Section>, at: TieRef) {
    let selector = format!(".tie[data-tie=\"{}-{}\"]", at.stage.key(), at.index);
    let opener = section
        .get_untracked()
        .and_then(|section| section.query_selector(&selector).ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(opener) = opener {
        // Focus can only fail on a detached element; nothing else to return to then.
        let _ = opener.focus();
    }
}

/// The tie a dialog shows, and where.
struct TieOpen {
    at: TieRef,
    title_id: String,
    dialog: NodeRef<html::Dialog>,
    lang: Lang,
}

chunk_entry! {
    /// A tie's details are opened by some readers only: they come in a chunk of their own.
    tie_details: fn details_entry() -> fn(TieOpen) -> AnyView = details_body;
}

fn details_body(
    TieOpen {
        at,
        title_id,
        dialog,
        lang,
    }: TieOpen,
) -> AnyView {
    let close = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    view! { <DetailsBody at title_id close lang /> }.into_any()
}

#[component]
fn DetailsBody(
    at: TieRef,
    title_id: String,
    close: impl Fn() + 'static,
    lang: Lang,
) -> impl IntoView {
    let season = use_ui().season;
    let tie = tie(season, at);
    let outcome = tie.outcome();
    let [host, guest] = tie.clubs().map(|c| season.club(c).name);
    let aggregate = aggregate_text(&outcome, lang);
    let legs = tie
        .legs
        .iter()
        .zip([ViewText::FirstLeg, ViewText::SecondLeg])
        .map(|(leg, name)| view! { <LegFacts leg name lang /> })
        .collect_view();
    let all: &'static [Source] = season.sources;
    let sources = tie
        .sources
        .iter()
        .map(|&key| {
            let source = all.iter().find(|s| s.key == key);
            let title = source.map_or(key, |s| s.title);
            match source.and_then(|s| s.url) {
                Some(url) => view! {
                    <li>
                        <a href=url rel="noopener noreferrer" target="_blank">
                            {title}
                        </a>
                    </li>
                }
                .into_any(),
                None => view! { <li>{title}</li> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <div class="tie-details__body">
            <header class="tie-details__header">
                <h3 class="tie-details__title" id=title_id>
                    {format!("{}: {host} – {guest}", round_name(at.stage, lang))}
                </h3>
                <button type="button" class="coppa-button tie-details__close" on:click=move |_| close()>
                    {ViewText::DetailsClose.get(lang)}
                </button>
            </header>
            <p class="tie-details__outcome">
                <span aria-hidden="true">"✓ "</span>
                {tie_label(season, &outcome, lang)}
                ". "
                {aggregate}
                "."
            </p>
            {legs}
            <h4 class="tie-details__subheading">{ViewText::DetailsSources.get(lang)}</h4>
            <ul class="tie-details__sources">{sources}</ul>
        </div>
    }
}

#[component]
fn LegFacts(leg: &'static Leg, name: ViewText, lang: Lang) -> impl IntoView {
    let season = use_ui().season;
    let (host, guest) = (season.club(leg.host).name, season.club(leg.guest).name);
    let date = leg.date.map_or_else(
        || Text::DateNotRecorded.get(lang).to_owned(),
        |d| format_date(d, lang),
    );
    let venue = leg.venue.unwrap_or(ViewText::VenueNotRecorded.get(lang));
    let result = match leg.score {
        Some(s) => format!("{host} {} {guest}", score(s)),
        None => Text::ScoreNotRecorded.get(lang).to_owned(),
    };
    let mut extras: Vec<String> = Vec::new();
    if let Some(s) = leg.after_90 {
        extras.push(fill(
            ViewText::AfterNinety.get(lang),
            &[("score", &score(s))],
        ));
    }
    if leg.extra_time {
        extras.push(ViewText::AfterExtraTime.get(lang).to_owned());
    }
    if leg.golden_goal {
        extras.push(ViewText::GoldenGoal.get(lang).to_owned());
    }
    if let Some(s) = leg.penalties {
        extras.push(fill(
            ViewText::PenaltiesScore.get(lang),
            &[("score", &format!("{host} {} {guest}", score(s)))],
        ));
    }
    let extras = (!extras.is_empty()).then(|| format!(" ({})", extras.join("; ")));
    // Goals are worth a line when the score says some were scored, or when the source lists them.
    let goals = match (leg.goals.is_empty(), leg.score) {
        (true, Some(s)) if s.total() > 0 => {
            Some(view! { <dd>{ViewText::GoalsNotRecorded.get(lang)}</dd> }.into_any())
        }
        (true, _) => None,
        (false, _) => Some(view! { <GoalsBySide leg lang /> }.into_any()),
    };
    let goals = goals.map(|goals| {
        view! {
            <dt>{ViewText::DetailsGoals.get(lang)}</dt>
            {goals}
        }
    });
    let note = (!leg.note.is_empty()).then(|| {
        view! {
            <dt>{ViewText::DetailsNote.get(lang)}</dt>
            <dd>{leg.note}</dd>
        }
    });
    view! {
        <section class="tie-details__leg">
            <h4 class="tie-details__subheading">{format!("{}: {host} – {guest}", name.get(lang))}</h4>
            <dl class="tie-details__facts">
                <dt>{ViewText::DetailsDate.get(lang)}</dt>
                <dd class="tie-details__date">{date}</dd>
                <dt>{ViewText::DetailsVenue.get(lang)}</dt>
                <dd class="tie-details__venue">{venue}</dd>
                <dt>{ViewText::DetailsScore.get(lang)}</dt>
                <dd class="tie-details__score">{result} {extras}</dd>
                {goals}
                {note}
            </dl>
        </section>
    }
}

/// The listed goals, one line per side that scored, host first: a reader never has to guess whose
/// goal a name was. A partial list says so.
#[component]
fn GoalsBySide(leg: &'static Leg, lang: Lang) -> impl IntoView {
    let season = use_ui().season;
    let sides = [(Side::Host, "host"), (Side::Guest, "guest")]
        .into_iter()
        .filter_map(|(side, key)| {
            let goals: Vec<String> = leg.goals_for(side).map(|g| goal_text(g, lang)).collect();
            (!goals.is_empty()).then(|| {
                view! {
                    <li class="tie-details__side" data-side=key>
                        <span class="tie-details__side-club">{season.club(leg.club(side)).name}</span>
                        ": "
                        <span class="tie-details__side-goals">{goals.join(", ")}</span>
                    </li>
                }
            })
        })
        .collect_view();
    let partial = (!leg.goals_complete).then(|| {
        view! { <p class="tie-details__goals-partial">{ViewText::GoalsIncomplete.get(lang)}</p> }
    });
    view! {
        <dd class="tie-details__goals">
            <ul class="tie-details__sides">{sides}</ul>
            {partial}
        </dd>
    }
}
