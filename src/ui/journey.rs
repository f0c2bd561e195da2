//! The selected club's season on one card: where it entered, every match it played (round, the match
//! with its score or "score not recorded", home or away, date, and the stadium, referee and attendance
//! where a source gives them) and how its cup ended.
//!
//! The card stays while the reader follows one club after another, and its match list is written by
//! hand ([`MatchList`]): only the words that differ change. Rebuilt as a view, the card was half of
//! what a selection cost, because a rebuilt element has each of its attributes removed and set again
//! (erased components keep an element's attributes as one list, which a rebuild replaces).

use coppa_core::i18n::Text;
use coppa_core::present::journey::{card, Card, Line};
use leptos::prelude::*;
use web_sys::{Document, Element};

use crate::ui::dom_id;
use crate::ui::state::{use_ui, view_memo};

#[component]
pub fn Journey() -> impl IntoView {
    let ui = use_ui();
    let team = ui.team();
    let lang = ui.lang();
    let heading_id = dom_id::unique("journey");
    let following = Memo::new(move |_| team.get().is_some());
    move || {
        if !following.get() {
            return None;
        }
        let club = view_memo(move || team.get());
        let lang = view_memo(move || lang.get());
        let card = view_memo(move || club.get().map(|club| card(ui.season, club, lang.get())));
        let text = move |part: fn(&Card) -> &str| {
            move || card.with(|c| c.as_ref().map(|c| part(c).to_owned()))
        };
        Some(view! {
            <section
                class="journey"
                data-club=move || club.get().map(|club| ui.season.club(club).slug)
                aria-labelledby=heading_id.clone()
            >
                <h2 class="journey__title" id=heading_id.clone()>{text(|c| &c.title)}</h2>
                <p class="journey__entered">{text(|c| &c.entered)}</p>
                <p class="journey__exit">{text(|c| &c.exit)}</p>
                <ol class="journey__matches" use:match_list=card></ol>
                <button type="button" class="coppa-button journey__close" on:click=move |_| ui.select_team(None)>
                    {move || Text::JourneyShowAll.get(lang.get())}
                </button>
            </section>
        })
    }
}

/// Writes the card's matches into `list` as it is made, so the card has its full height at once (the
/// take-over measures it), then again whenever the card changes: only what differs from what it shows.
fn match_list(list: Element, card: Memo<Option<Card>>) {
    let mut matches = MatchList::default();
    card.with_untracked(|card| matches.show(&list, lines(card)));
    Effect::watch(
        move || card.track(),
        move |_, _, _| card.with_untracked(|card| matches.show(&list, lines(card))),
        false,
    );
}

/// The card's lines; none without a card.
fn lines(card: &Option<Card>) -> &[Line] {
    card.as_ref().map_or(&[], |c| c.lines.as_slice())
}

/// The card's `<li>` elements and the lines they show.
#[derive(Default)]
struct MatchList {
    items: Vec<MatchItem>,
}

impl MatchList {
    /// Makes `list` show `lines`: items beyond them go, missing ones are made, and each item is given
    /// what differs from the line it showed.
    fn show(&mut self, list: &Element, lines: &[Line]) {
        for gone in self.items.drain(lines.len().min(self.items.len())..) {
            gone.li.remove();
        }
        let document = document();
        for (i, line) in lines.iter().enumerate() {
            if i == self.items.len() {
                let Some(item) = MatchItem::new(&document) else {
                    return;
                };
                // Appending a new element to the card's own list cannot fail.
                let _ = list.append_child(&item.li);
                self.items.push(item);
            }
            self.items[i].show(&document, line);
        }
    }
}

/// One match: `<li class="journey__match" data-stage>` with its round, result, venue and date, then the
/// stadium, officials, note and outcome where the line has them.
struct MatchItem {
    li: Element,
    round: Element,
    result: Element,
    venue: Element,
    /// `<time datetime>` when the date is known, else a `<span>`; made by the first [`MatchItem::show`].
    date: Option<Element>,
    stadium: Option<Element>,
    officials: Option<Element>,
    note: Option<Element>,
    outcome: Option<Element>,
    line: Option<Line>,
}

impl MatchItem {
    /// An item with its round, result and venue, empty until [`MatchItem::show`] gives it a line.
    fn new(document: &Document) -> Option<MatchItem> {
        let li = element(document, "li", "journey__match")?;
        let part = |class: &str| {
            let span = element(document, "span", class)?;
            let _ = li.append_child(&span);
            Some(span)
        };
        Some(MatchItem {
            round: part("journey__round")?,
            result: part("journey__result")?,
            venue: part("journey__venue")?,
            li,
            date: None,
            stadium: None,
            officials: None,
            note: None,
            outcome: None,
            line: None,
        })
    }

    fn show(&mut self, document: &Document, line: &Line) {
        if self.line.as_ref() == Some(line) {
            return;
        }
        let shown = self.line.take();
        self.write(document, line, shown.as_ref());
        self.line = Some(line.clone());
    }

    /// Writes what of `line` differs from `shown`, the line shown so far (`None` for a new item).
    fn write(&mut self, document: &Document, line: &Line, shown: Option<&Line>) {
        if shown.map(|l| l.stage) != Some(line.stage) {
            let _ = self.li.set_attribute("data-stage", line.stage.key());
        }
        set_text(&self.round, shown.map(|l| l.round.as_str()), &line.round);
        set_text(&self.result, shown.map(|l| l.result.as_str()), &line.result);
        set_text(&self.venue, shown.map(|l| l.venue), line.venue);
        if shown.map(|l| &l.date) != Some(&line.date) {
            if let Some(date) = date_element(document, line) {
                let _ = match &self.date {
                    Some(old) => old.replace_with_with_node_1(&date),
                    None => self.venue.after_with_node_1(&date),
                };
                self.date = Some(date);
            }
        }
        // The stadium, officials, note and outcome, in that order after the date, each where the line
        // has it.
        let mut after = self.date.clone();
        let parts = [
            (
                &mut self.stadium,
                "journey__stadium",
                line.stadium,
                shown.and_then(|l| l.stadium),
            ),
            (
                &mut self.officials,
                "journey__officials",
                line.officials.as_deref(),
                shown.and_then(|l| l.officials.as_deref()),
            ),
            (
                &mut self.note,
                "journey__note",
                line.note,
                shown.and_then(|l| l.note),
            ),
            (
                &mut self.outcome,
                "journey__outcome",
                line.outcome.as_deref(),
                shown.and_then(|l| l.outcome.as_deref()),
            ),
        ];
        for (slot, class, text, was) in parts {
            match (slot.take(), text) {
                (Some(span), Some(text)) => {
                    set_text(&span, was, text);
                    *slot = Some(span);
                }
                (Some(span), None) => span.remove(),
                (None, Some(text)) => {
                    *slot = element(document, "span", class);
                    if let (Some(span), Some(after)) = (slot.as_ref(), after.as_ref()) {
                        span.set_text_content(Some(text));
                        let _ = after.after_with_node_1(span);
                    }
                }
                (None, None) => {}
            }
            if slot.is_some() {
                after.clone_from(slot);
            }
        }
    }
}

fn element(document: &Document, tag: &str, class: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    element.set_class_name(class);
    Some(element)
}

/// The match's date as `<time datetime>` when it is known, else as a `<span>` ("date not recorded").
fn date_element(document: &Document, line: &Line) -> Option<Element> {
    let date = match &line.date.iso {
        Some(iso) => {
            let time = element(document, "time", "journey__date")?;
            let _ = time.set_attribute("datetime", iso);
            time
        }
        None => element(document, "span", "journey__date")?,
    };
    date.set_text_content(Some(&line.date.text));
    Some(date)
}

/// Sets `element`'s text to `text` unless it already shows it (`shown`).
fn set_text(element: &Element, shown: Option<&str>, text: &str) {
    if shown != Some(text) {
        element.set_text_content(Some(text));
    }
}
