//! Taking over the prerendered page. Each view's document (`dist/bracket.html`…, and `dist/index.html`
//! the default view's) holds the explorer rendered at build time by this same wasm
//! (`scripts/prerender.mjs`), that view in both languages, and a render-blocking script in `<head>`
//! shows the language the link asks for. When the wasm arrives, the live
//! app is mounted beside it and the prerendered page is removed in the same task, so no frame shows
//! both or neither; what the reader did meanwhile (text typed into the team filter, its focus and
//! caret, Enter pressed there, the bracket's round shown, a button pressed, a press under way, the
//! focus elsewhere, the text selected, the scroll position of the page and of what the reader scrolled
//! in it) is carried over to the live page.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::ev;
use leptos::prelude::{window_event_listener, WindowListenerHandle};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Array, Number};
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit,
    MouseEvent, MouseEventInit, Node, ResizeObserver, SvgElement,
};

/// The element holding the prerendered explorer; the take-over removes it.
const PRERENDER: &str = "[data-coppa-prerender]";
/// The attributes `prerender/select.js` sets on `<html>` to choose what shows and to hold the wasm back.
const CHOICE_ATTRIBUTES: [&str; 12] = [
    "data-coppa-show",
    "data-coppa-theme",
    "data-coppa-embed",
    FOLLOWED,
    "data-coppa-defer",
    ROUND,
    PENDING,
    ENTERED,
    FOCUSED,
    PRESSING,
    SELECTED,
    SCROLLED,
];
/// The live twin ([`LiveTwin::parse`]) of the bracket's round tab the reader chose in the prerendered
/// copy, which showed its round at once.
const ROUND: &str = "data-coppa-round";
/// The live twin of the button (or scorer's bar) the reader pressed in the prerendered copy, which
/// `prerender/select.js` records on `<html>`.
const PENDING: &str = "data-coppa-pending";
/// Set by `prerender/select.js` when the reader pressed Enter in the prerendered filter, with text in it.
const ENTERED: &str = "data-coppa-entered";
/// The live twin of what had the focus last in the prerendered copy.
const FOCUSED: &str = "data-coppa-focused";
/// The live twin of what a press under way (pressed down, not yet released) began on in the copy.
const PRESSING: &str = "data-coppa-pressing";
/// The text selected in the copy: for its anchor, then (after a line break) its focus, how far into its
/// element's text the end is, a space, and that element's live twin.
const SELECTED: &str = "data-coppa-selected";
/// How far the reader scrolled elements of the copy (the bracket's rounds, sideways): a line for each,
/// [`ScrolledElement::parse`].
const SCROLLED: &str = "data-coppa-scrolled";
/// The heights `prerender/select.js` keeps for a followed club's journey card, standings toolbar and
/// bracket note.
const RESERVES: [&str; 3] = [
    "--coppa-journey-reserve",
    "--coppa-standings-reserve",
    "--coppa-bracket-reserve",
];
const FILTER_INPUT: &str = ".team-filter__input";
/// Set by `prerender/select.js` when the link follows a club it knows, for which the copy keeps room.
const FOLLOWED: &str = "data-coppa-team";
/// The element holding the view, in the copy as in the live app.
const VIEW: &str = "main";

/// The prerendered page as the reader left it when the wasm arrived.
pub struct Prerendered {
    container: Element,
    scroll: (f64, f64),
    /// With a club in the link, where the copy showed what follows each room it kept ([`ROOM`]).
    room_ends: Option<[Option<f64>; 3]>,
}

/// Text in the prerendered filter (perhaps none), where its caret was if it had the focus, and whether
/// the reader pressed Enter after typing it.
struct Typed {
    text: String,
    focused: bool,
    caret: Option<(u32, u32)>,
    entered: bool,
}

impl Prerendered {
    /// The prerendered page, if this document has one (a dev build or a test page has none).
    pub fn find() -> Option<Prerendered> {
        let document = leptos::prelude::document();
        let container = document.query_selector(PRERENDER).ok()??;
        let window = leptos::prelude::window();
        let scroll = (
            window.scroll_x().unwrap_or_default(),
            window.scroll_y().unwrap_or_default(),
        );
        // Read before the live app is mounted beside the copy, which is laid out already then.
        let followed = document
            .document_element()
            .is_some_and(|html| html.has_attribute(FOLLOWED));
        let room_ends = followed.then(|| ROOM.map(|(_, next)| shown_top(&container, next)));
        Some(Prerendered {
            container,
            scroll,
            room_ends,
        })
    }

    /// Removes the prerendered copies (the live app is already mounted beside them) and puts the
    /// scroll position back, in the same task, so no frame paints in between.
    ///
    /// What the reader did is read here, not in [`Prerendered::find`]: keystrokes and presses until
    /// this moment (while the wasm starts) still reach the copy.
    pub fn remove(self) -> Option<Carried> {
        let document = leptos::prelude::document();
        let html = document.document_element();
        let entered = html
            .as_ref()
            .is_some_and(|html| html.has_attribute(ENTERED));
        let typed = typed(&document, &self.container, entered);
        let record = |name| html.as_ref().and_then(|html| html.get_attribute(name));
        let twin = |name| record(name).and_then(|record| LiveTwin::parse(&record));
        let round = twin(ROUND);
        let pressed = twin(PENDING);
        let pressing = twin(PRESSING);
        // Only where the focus still is: a reader may have clicked it away since.
        let focus_in_copy = document
            .active_element()
            .is_some_and(|active| self.container.contains(Some(&active)));
        let typed_focus = typed.as_ref().is_some_and(|typed| typed.focused);
        let focused = twin(FOCUSED).filter(|_| focus_in_copy && !typed_focus);
        // Not where the reader is typing: the filter's own selection goes over with its text.
        let selected = record(SELECTED)
            .filter(|_| !typed_focus)
            .and_then(|record| SelectedText::parse(&record));
        let scrolled: Vec<ScrolledElement> = record(SCROLLED)
            .map(|record| record.lines().filter_map(ScrolledElement::parse).collect())
            .unwrap_or_default();
        self.container.remove();
        if let Some(html) = document.document_element() {
            for name in CHOICE_ATTRIBUTES {
                // Removing an attribute cannot fail.
                let _ = html.remove_attribute(name);
            }
            if let Some(html) = html.dyn_ref::<HtmlElement>() {
                for reserve in RESERVES {
                    let _ = html.style().remove_property(reserve);
                }
            }
        }
        let (x, y) = self.scroll;
        let window = leptos::prelude::window();
        window.scroll_to_with_x_and_y(x, y);
        scrolled.iter().for_each(ScrolledElement::scroll);
        if let Some(room_ends) = self.room_ends {
            hold_room(room_ends);
            // A reader scrolled into the view keeps what they read where it was, should the live
            // app's journey card be taller than the room kept for it.
            let live_top =
                in_live_app::<Element>(VIEW).map(|main| main.get_bounding_client_rect().top());
            if let (Some(before), Some(after)) = (room_ends[0], live_top) {
                if before < 0.0 && after != before {
                    window.scroll_to_with_x_and_y(x, y + after - before);
                }
            }
        }
        let carried = Carried {
            typed,
            round,
            pressed,
            focused,
            pressing,
            selected,
        };
        carried.is_some().then_some(carried)
    }
}

/// An element of the copy the reader scrolled, how far, by its live twin. The page runs left to right,
/// so neither is negative (the offsets parse as the twin records' `u32`s do: no more parsing code).
struct ScrolledElement {
    left: u32,
    top: u32,
    twin: LiveTwin,
}

impl ScrolledElement {
    /// Reads a line of what `prerender/select.js` records in [`SCROLLED`]: how far left and down the
    /// element is scrolled, then its live twin; a line it did not write is none.
    fn parse(line: &str) -> Option<ScrolledElement> {
        let (left, rest) = line.split_once(' ')?;
        let (top, twin) = rest.split_once(' ')?;
        Some(ScrolledElement {
            left: left.parse().ok()?,
            top: top.parse().ok()?,
            twin: LiveTwin::parse(twin)?,
        })
    }

    /// Scrolls the live twin as far (the copies are gone: the twin is the live app's).
    fn scroll(&self) {
        if let Some(twin) = self.twin.find() {
            twin.set_scroll_left(self.left.try_into().unwrap_or(i32::MAX));
            twin.set_scroll_top(self.top.try_into().unwrap_or(i32::MAX));
        }
    }
}

/// Where the first shown element that `selector` names in the copy starts on the screen (the copy holds
/// both languages; the other one is not rendered).
fn shown_top(container: &Element, selector: &str) -> Option<f64> {
    let found = container.query_selector_all(selector).ok()?;
    (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|element| element.offset_parent().is_some())
        .map(|element| element.get_bounding_client_rect().top())
}

/// Where the copy kept room for what the live app shows for a followed club, as (what the app shows
/// there, what follows it): the journey card above the view, the standings' toggle or note above the
/// groups, the bracket's note above the rounds. In document order: each follows the ones before.
const ROOM: [(&str, &str); 3] = [
    ("section.journey", VIEW),
    (
        ".standings__toolbar, .standings > .coppa-view__note",
        ".standings__groups",
    ),
    (".bracket > .coppa-view__note", ".bracket__rounds"),
];

/// Where the live app's card, toggle or note is shorter than the room the copy kept for it (measured
/// at a few screen widths, where a line may wrap otherwise), a larger bottom margin keeps what follows
/// where it was, until one of them changes size (the reader follows another club, opens another view
/// or resizes the window). `room_ends`: where the copy showed what follows each, as [`ROOM`] lists them.
fn hold_room(room_ends: [Option<f64>; 3]) {
    let window = leptos::prelude::window();
    let mut held = Vec::new();
    for ((shown, next), copy_top) in ROOM.into_iter().zip(room_ends) {
        let (Some(copy_top), Some(shown), Some(next)) = (
            copy_top,
            in_live_app::<HtmlElement>(shown),
            in_live_app::<Element>(next),
        ) else {
            continue;
        };
        let short = copy_top - next.get_bounding_client_rect().top();
        let margin = window
            .get_computed_style(&shown)
            .ok()
            .flatten()
            .and_then(|style| style.get_property_value("margin-bottom").ok())
            .map(|value| Number::parse_float(&value))
            .filter(|margin| margin.is_finite());
        // JavaScript reads and writes the numbers: Rust's float parsing and formatting would add
        // 25 kB gzip to the wasm.
        let held_margin = margin
            .filter(|_| short >= 1.0)
            .and_then(|margin| Number::from(margin + short).to_string_with_radix(10).ok());
        if let Some(held_margin) = held_margin {
            let _ = shown
                .style()
                .set_property("margin-bottom", &format!("{}px", String::from(held_margin)));
            held.push(shown);
        }
    }
    if held.is_empty() {
        return;
    }
    // The observer reports each element once when it starts observing: only a later report is a change.
    let mut started = false;
    let release = Closure::<dyn FnMut(Array, ResizeObserver)>::new({
        let held = held.clone();
        move |_, observer: ResizeObserver| {
            if !std::mem::replace(&mut started, true) {
                return;
            }
            for element in &held {
                let _ = element.style().remove_property("margin-bottom");
            }
            observer.disconnect();
        }
    });
    let Ok(observer) = ResizeObserver::new(release.as_ref().unchecked_ref()) else {
        return;
    };
    for element in &held {
        observer.observe(element);
    }
    // JavaScript keeps the callback as long as the observer, which disconnects itself after one change.
    release.forget();
}

/// Text in the prerendered filter, if it holds text or the focus: a reader who clicked into the empty
/// filter types on into the live one. `entered`: select.js saw Enter pressed there.
fn typed(document: &web_sys::Document, container: &Element, entered: bool) -> Option<Typed> {
    let input: HtmlInputElement = found(container.query_selector(FILTER_INPUT))?;
    let has_focus = document.active_element().as_ref() == Some(input.unchecked_ref::<Element>());
    let text = input.value();
    (has_focus || !text.is_empty()).then(|| Typed {
        focused: has_focus,
        caret: has_focus.then(|| caret(&input)).flatten(),
        entered: entered && !text.trim().is_empty(),
        text,
    })
}

/// What the reader did before the app arrived, to hand to the live app right after it is mounted (the
/// live filter shows the followed club's name, or nothing): text typed into the filter or the focus
/// given to it, the bracket's round the copy shows, a button pressed, the focus given to anything else,
/// a press not yet released, and the text selected.
pub struct Carried {
    typed: Option<Typed>,
    round: Option<LiveTwin>,
    pressed: Option<LiveTwin>,
    focused: Option<LiveTwin>,
    pressing: Option<LiveTwin>,
    selected: Option<SelectedText>,
}

impl Carried {
    /// Whether the reader did anything to carry over.
    fn is_some(&self) -> bool {
        self.typed.is_some()
            || self.round.is_some()
            || self.pressed.is_some()
            || self.focused.is_some()
            || self.pressing.is_some()
            || self.selected.is_some()
    }

    /// Hands over the typed text and its focus (or selects what the focused filter shows), presses the
    /// live twin of the round tab the copy shows, then that of the pressed button (which focuses it),
    /// or else focuses the live twin of the element that had the focus; a press under way clicks its
    /// live twin if it is released there; the text selected is selected again.
    pub fn hand_over(self) {
        if let (Some(typed), Some(input)) = (self.typed, in_live_app(FILTER_INPUT)) {
            give_to_live_filter(typed, &input);
        }
        if let Some(round) = self.round.and_then(|round| round.find()) {
            click(&round);
        }
        if let Some(pressed) = self.pressed.and_then(|pressed| pressed.find()) {
            focus(&pressed);
            click(&pressed);
        } else if let Some(focused) = self.focused.and_then(|focused| focused.find()) {
            focus(&focused);
        }
        if let Some(pressing) = self.pressing {
            pressing.click_on_release();
        }
        if let Some(selected) = self.selected {
            selected.select();
        }
    }
}

/// Text selected in the copy, from its anchor to its focus, each as a point in its live twin's text.
struct SelectedText {
    anchor: TextPoint,
    focus: TextPoint,
}

/// A point `chars` UTF-16 code units into the text of a live twin.
struct TextPoint {
    chars: u32,
    holder: LiveTwin,
}

impl SelectedText {
    /// Reads what `prerender/select.js` records in [`SELECTED`]; a record it did not write is none.
    fn parse(record: &str) -> Option<SelectedText> {
        let point = |line: &str| {
            let (chars, twin) = line.split_once(' ')?;
            Some(TextPoint {
                chars: chars.parse().ok()?,
                holder: LiveTwin::parse(twin)?,
            })
        };
        let (anchor, focus) = record.split_once('\n')?;
        Some(SelectedText {
            anchor: point(anchor)?,
            focus: point(focus)?,
        })
    }

    /// Selects the same text in the live app; nothing if either end has no twin there.
    fn select(&self) {
        let (Some((anchor, anchor_offset)), Some((focus, focus_offset)), Ok(Some(selection))) = (
            self.anchor.in_live_app(),
            self.focus.in_live_app(),
            leptos::prelude::window().get_selection(),
        ) else {
            return;
        };
        let _ = selection.set_base_and_extent(&anchor, anchor_offset, &focus, focus_offset);
    }
}

impl TextPoint {
    /// The text node and offset in it that the point is at in the live twin, if it has that much text.
    fn in_live_app(&self) -> Option<(Node, u32)> {
        let holder: Node = self.holder.find()?.into();
        let mut left = self.chars;
        let mut next = holder.first_child();
        while let Some(node) = next {
            if node.node_type() == Node::TEXT_NODE {
                let length = node
                    .text_content()
                    .unwrap_or_default()
                    .encode_utf16()
                    .count() as u32;
                if left <= length {
                    return Some((node, left));
                }
                left -= length;
            }
            next = node.first_child().or_else(|| following(&node, &holder));
        }
        // A point at the very end of an element without text.
        (left == 0).then_some((holder, 0))
    }
}

/// The node after `node` and its descendants in document order, within `root`.
fn following(node: &Node, root: &Node) -> Option<Node> {
    let mut node = node.clone();
    loop {
        if let Some(sibling) = node.next_sibling() {
            return Some(sibling);
        }
        node = node.parent_node()?;
        if &node == root {
            return None;
        }
    }
}

/// The live app's twin of an element of the prerendered copy: the `nth` match of `selector`.
struct LiveTwin {
    nth: u32,
    selector: String,
}

impl LiveTwin {
    /// Reads what `prerender/select.js` records (`placeOf`: `nth`, a space, the selector); a record it
    /// did not write is none.
    fn parse(record: &str) -> Option<LiveTwin> {
        let (nth, selector) = record.split_once(' ')?;
        Some(LiveTwin {
            nth: nth.parse().ok()?,
            selector: selector.to_owned(),
        })
    }

    /// The twin in the live app; none for an invalid selector or one that matches fewer elements.
    fn find(&self) -> Option<Element> {
        leptos::prelude::document()
            .query_selector_all(&format!(".coppa {}", self.selector))
            .ok()?
            .item(self.nth)?
            .dyn_into()
            .ok()
    }

    /// A press begun on the copy and released after the take-over: the browser sends no click (the
    /// element pressed down on is gone), so a release on the twin clicks it; a release elsewhere, or
    /// a cancelled press, does nothing. The listeners go with the press's end.
    fn click_on_release(self) {
        let listening: Rc<RefCell<Vec<WindowListenerHandle>>> = Rc::default();
        let released = Rc::new({
            let listening = Rc::clone(&listening);
            move |event: Event| {
                listening
                    .take()
                    .into_iter()
                    .for_each(WindowListenerHandle::remove);
                let target = event
                    .target()
                    .and_then(|target| target.dyn_into::<Node>().ok());
                let twin = self.find().filter(|twin| twin.contains(target.as_ref()));
                if let Some(twin) = twin.filter(|_| event.type_() == "pointerup") {
                    click(&twin);
                }
            }
        });
        let up = Rc::clone(&released);
        listening.replace(vec![
            window_event_listener(ev::pointerup, move |event| up(event.into())),
            window_event_listener(ev::pointercancel, move |event| released(event.into())),
        ]);
    }
}

/// Focuses a live twin (an HTML element, or a chart's bar in SVG).
fn focus(twin: &Element) {
    // Focusing an element in the document cannot fail.
    if let Some(element) = twin.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    } else if let Some(element) = twin.dyn_ref::<SvgElement>() {
        let _ = element.focus();
    }
}

/// Clicks a live twin, as the reader's press would have clicked the copy's (a chart's bar in SVG has
/// no `click()`: it gets the event).
fn click(twin: &Element) {
    if let Some(element) = twin.dyn_ref::<HtmlElement>() {
        element.click();
        return;
    }
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    if let Ok(event) = MouseEvent::new_with_mouse_event_init_dict("click", &init) {
        let _ = twin.dispatch_event(&event);
    }
}

/// The live app's element that `selector` names, as a `T` (the prerendered copies are gone by then).
fn in_live_app<T: JsCast>(selector: &str) -> Option<T> {
    found(leptos::prelude::document().query_selector(&format!(".coppa {selector}")))
}

/// What a `query_selector` found, as a `T`: nothing for an invalid selector, no match or another type.
fn found<T: JsCast>(query: Result<Option<Element>, wasm_bindgen::JsValue>) -> Option<T> {
    query.ok().flatten()?.dyn_into::<T>().ok()
}

/// Puts the text into the live filter as if typed there (the app suggests clubs for it), with the
/// caret where it was, then presses Enter there if the reader did (the app follows the club meant);
/// with nothing typed, selects what the focused filter shows (the followed club's name), so the
/// reader's first keystroke replaces it as it would have in the empty box.
fn give_to_live_filter(typed: Typed, input: &HtmlInputElement) {
    let Typed {
        text,
        focused,
        caret,
        entered,
    } = typed;
    if focused {
        // Focusing an input in the document cannot fail.
        let _ = input.focus();
    }
    if text.is_empty() {
        if focused {
            input.select();
        }
        return;
    }
    input.set_value(&text);
    if let Some((start, end)) = caret {
        let _ = input.set_selection_range(start, end);
    }
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = Event::new_with_event_init_dict("input", &init) {
        // The app's listener answers it as it answers typing.
        let _ = input.dispatch_event(&event);
    }
    if entered {
        let init = KeyboardEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_key("Enter");
        if let Ok(event) = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init) {
            let _ = input.dispatch_event(&event);
        }
    }
}

fn caret(input: &HtmlInputElement) -> Option<(u32, u32)> {
    Some((input.selection_start().ok()??, input.selection_end().ok()??))
}
