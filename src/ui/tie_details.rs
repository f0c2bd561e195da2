//! A tie's details in a modal `<dialog>`: per leg the date, venue, score, extra time, golden goal,
//! penalties, goals per side and notes, then the tie's sources. The browser's dialog traps focus and
//! closes on Escape; on close, focus goes back to the tie that opened it.

use coppa_core::bracket::TieRef;
use coppa_core::i18n::Text;
use coppa_core::present::details::{tie_details, Goals, LegFacts, SideGoals};
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
                                    {Text::DetailsClose.get(lang)}
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
    let selector = format!(".tie[data-tie=\"{}\"]", at.key());
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
    let details = tie_details(use_ui().season, at, lang);
    let legs = details
        .legs
        .into_iter()
        .map(|facts| view! { <LegSection facts lang /> })
        .collect_view();
    let sources = details
        .sources
        .into_iter()
        .map(|source| match source.url {
            Some(url) => view! {
                <li>
                    <a href=url rel="noopener noreferrer" target="_blank">
                        {source.title}
                    </a>
                </li>
            }
            .into_any(),
            None => view! { <li>{source.title}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <div class="tie-details__body">
            <header class="tie-details__header">
                <h3 class="tie-details__title" id=title_id>
                    {details.title}
                </h3>
                <button type="button" class="coppa-button tie-details__close" on:click=move |_| close()>
                    {Text::DetailsClose.get(lang)}
                </button>
            </header>
            <p class="tie-details__outcome">
                <span aria-hidden="true">"✓ "</span>
                {details.outcome}
            </p>
            {legs}
            <h4 class="tie-details__subheading">{Text::DetailsSources.get(lang)}</h4>
            <ul class="tie-details__sources">{sources}</ul>
        </div>
    }
}

#[component]
fn LegSection(facts: LegFacts, lang: Lang) -> impl IntoView {
    let goals = match facts.goals {
        Goals::Unmentioned => None,
        Goals::NotRecorded(text) => Some(view! { <dd>{text}</dd> }.into_any()),
        Goals::Listed { sides, partial } => {
            Some(view! { <GoalsBySide sides partial /> }.into_any())
        }
    };
    let goals = goals.map(|goals| {
        view! {
            <dt>{Text::DetailsGoals.get(lang)}</dt>
            {goals}
        }
    });
    let note = facts.note.map(|note| {
        view! {
            <dt>{Text::DetailsNote.get(lang)}</dt>
            <dd>{note}</dd>
        }
    });
    view! {
        <section class="tie-details__leg">
            <h4 class="tie-details__subheading">{facts.heading}</h4>
            <dl class="tie-details__facts">
                <dt>{Text::DetailsDate.get(lang)}</dt>
                <dd class="tie-details__date">{facts.date.text}</dd>
                <dt>{Text::DetailsVenue.get(lang)}</dt>
                <dd class="tie-details__venue">{facts.venue}</dd>
                <dt>{Text::DetailsScore.get(lang)}</dt>
                <dd class="tie-details__score">{facts.result} {facts.extras}</dd>
                {goals}
                {note}
            </dl>
        </section>
    }
}

/// The listed goals, one line per side that scored, host first; a partial list says so.
#[component]
fn GoalsBySide(sides: Vec<SideGoals>, partial: Option<&'static str>) -> impl IntoView {
    let sides = sides
        .into_iter()
        .map(|side| {
            view! {
                <li class="tie-details__side" data-side=side.side>
                    <span class="tie-details__side-club">{side.club}</span>
                    ": "
                    <span class="tie-details__side-goals">{side.goals}</span>
                </li>
            }
        })
        .collect_view();
    let partial = partial.map(|text| view! { <p class="tie-details__goals-partial">{text}</p> });
    view! {
        <dd class="tie-details__goals">
            <ul class="tie-details__sides">{sides}</ul>
            {partial}
        </dd>
    }
}
