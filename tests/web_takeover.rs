//! The take-over of a prerendered page in headless Chromium: what the reader typed into the copy they
//! saw is handed to the live filter, a button pressed there is pressed in the live app (its own twin
//! among buttons alike, after the tab of the bracket's round the copy shows), what the reader scrolled
//! there is scrolled as far, the text selected there is selected in the live app, the copies and the
//! choice `prerender/select.js` made are removed.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use coppa::takeover::Prerendered;
use gloo_events::EventListener;
use leptos::prelude::document;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The prerendered explorer as `scripts/prerender.mjs` writes it (one filter, each view in a part of its
/// own), the bracket shown; `<html>` carries select.js's choice.
fn prerendered_page() -> Element {
    let document = document();
    let html = document.document_element().unwrap();
    html.set_attribute("data-coppa-show", "bracket").unwrap();
    html.set_attribute("data-coppa-team", "").unwrap();
    let container = document.create_element("div").unwrap();
    container.set_attribute("data-coppa-prerender", "").unwrap();
    container.set_inner_html(
        r#"<div class="coppa"><input class="team-filter__input">
           <coppa-view data-coppa-state="standings"><main data-view="standings"></main></coppa-view>
           <coppa-view data-coppa-state="bracket"><main data-view="bracket"></main></coppa-view></div>"#,
    );
    document.body().unwrap().append_child(&container).unwrap();
    container
}

/// The filter of `prerendered_page`.
fn shown_input(container: &Element) -> HtmlInputElement {
    container
        .query_selector(".team-filter__input")
        .unwrap()
        .unwrap()
        .unchecked_into()
}

/// A stand-in for the live explorer holding `inner_html`, mounted beside the copy.
fn live_app(inner_html: &str) -> Element {
    let live = document().create_element("div").unwrap();
    live.set_class_name("coppa");
    live.set_inner_html(inner_html);
    document().body().unwrap().append_child(&live).unwrap();
    live
}

/// Which children of `live` are clicked, by index, in order, while the returned listeners are kept.
fn clicks_on_children(live: &Element) -> (Rc<RefCell<Vec<u32>>>, Vec<EventListener>) {
    let clicked: Rc<RefCell<Vec<u32>>> = Rc::default();
    let listeners = (0..live.children().length())
        .map(|i| {
            let clicked = Rc::clone(&clicked);
            let child = live.children().item(i).unwrap();
            EventListener::new(&child, "click", move |_| clicked.borrow_mut().push(i))
        })
        .collect();
    (clicked, listeners)
}

/// A stand-in for the live explorer's filter, counting the input events it receives while the returned
/// listener is kept.
fn live_filter() -> (Element, HtmlInputElement, Rc<Cell<u32>>, EventListener) {
    let live = live_app(r#"<input class="team-filter__input">"#);
    let input: HtmlInputElement = live.first_element_child().unwrap().unchecked_into();
    let events = Rc::new(Cell::new(0));
    let counted = Rc::clone(&events);
    let listener = EventListener::new(&input, "input", move |_| counted.set(counted.get() + 1));
    (live, input, events, listener)
}

#[wasm_bindgen_test]
fn text_typed_into_the_shown_copy_reaches_the_live_filter_with_its_focus_and_caret() {
    let container = prerendered_page();
    let shown = shown_input(&container);
    shown.set_value("juve");
    shown.focus().unwrap();
    shown.set_selection_range(1, 3).unwrap();

    let prerendered = Prerendered::find().expect("the page is prerendered");
    let (live, input, events, _listener) = live_filter();
    let carried = prerendered.remove().expect("the reader typed");

    let document = document();
    assert!(document
        .query_selector("[data-coppa-prerender]")
        .unwrap()
        .is_none());
    let html = document.document_element().unwrap();
    assert!(!html.has_attribute("data-coppa-show"));
    assert!(!html.has_attribute("data-coppa-team"));

    carried.hand_over();
    assert_eq!(input.value(), "juve");
    assert_eq!(
        events.get(),
        1,
        "the live filter is told, as if the text were typed"
    );
    assert_eq!(
        document.active_element(),
        Some(input.clone().unchecked_into())
    );
    assert_eq!(input.selection_start().unwrap(), Some(1));
    assert_eq!(input.selection_end().unwrap(), Some(3));
    live.remove();
}

#[wasm_bindgen_test]
fn nothing_typed_carries_nothing() {
    prerendered_page();
    let prerendered = Prerendered::find().expect("the page is prerendered");
    assert!(
        prerendered.remove().is_none(),
        "an empty filter without the focus carries nothing"
    );
    assert!(document()
        .query_selector("[data-coppa-prerender]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
fn a_page_without_copies_has_nothing_to_take_over() {
    assert!(Prerendered::find().is_none());
}

#[wasm_bindgen_test]
fn a_button_pressed_in_the_copy_is_pressed_in_the_live_app_with_the_focus() {
    prerendered_page();
    let html = document().document_element().unwrap();
    html.set_attribute("data-coppa-defer", "").unwrap();
    // The second of two buttons that differ only by their row (two players of one club).
    let follow = r#"button.scorers-table__select[aria-label="Follow Vicenza"]"#;
    html.set_attribute("data-coppa-pending", &format!("1 {follow}"))
        .unwrap();
    let prerendered = Prerendered::find().expect("the page is prerendered");

    let button = r#"<button class="scorers-table__select" aria-label="Follow Vicenza"></button>"#;
    let live = live_app(&format!("{button}{button}"));
    let (clicked, _listeners) = clicks_on_children(&live);

    let carried = prerendered.remove().expect("the reader pressed a button");
    assert!(!html.has_attribute("data-coppa-pending"));
    assert!(!html.has_attribute("data-coppa-defer"));
    carried.hand_over();
    assert_eq!(
        *clicked.borrow(),
        [1],
        "the second twin is pressed once, the first not"
    );
    assert_eq!(document().active_element(), live.last_element_child());
    live.remove();
}

#[wasm_bindgen_test]
fn the_round_the_copy_shows_is_pressed_in_the_live_app_before_a_button_pressed_in_it() {
    prerendered_page();
    let html = document().document_element().unwrap();
    html.set_attribute(
        "data-coppa-round",
        r#"0 button.bracket__tab[data-stage="final"]"#,
    )
    .unwrap();
    html.set_attribute("data-coppa-pending", r#"0 button.tie[data-tie="final-0"]"#)
        .unwrap();
    let prerendered = Prerendered::find().expect("the page is prerendered");

    let live = live_app(
        r#"<button class="bracket__tab" data-stage="semi-finals"></button>
           <button class="bracket__tab" data-stage="final"></button>
           <button class="tie" data-tie="final-0"></button>"#,
    );
    let (clicked, _listeners) = clicks_on_children(&live);

    let carried = prerendered.remove().expect("the reader chose a round");
    assert!(!html.has_attribute("data-coppa-round"));
    carried.hand_over();
    assert_eq!(
        *clicked.borrow(),
        [1, 2],
        "the final's tab, then the tie in it, each once"
    );
    assert_eq!(document().active_element(), live.last_element_child());
    live.remove();
}

#[wasm_bindgen_test]
fn what_the_reader_scrolled_in_the_copy_is_scrolled_as_far_in_the_live_app() {
    prerendered_page();
    let html = document().document_element().unwrap();
    html.set_attribute(
        "data-coppa-scrolled",
        "120 0 1 div.bracket__rounds\nnot a line\n5 5 0 div.gone",
    )
    .unwrap();
    let prerendered = Prerendered::find().expect("the page is prerendered");

    let rounds = r#"<div class="bracket__rounds" style="width: 100px; overflow-x: auto"><div style="width: 1000px; height: 10px"></div></div>"#;
    let live = live_app(&format!("{rounds}{rounds}"));

    let carried = prerendered.remove();
    assert!(carried.is_none(), "a scroll is put back as the copy goes");
    assert!(!html.has_attribute("data-coppa-scrolled"));
    let scrolled: Vec<i32> = (0..2)
        .map(|i| live.children().item(i).unwrap().scroll_left())
        .collect();
    assert_eq!(scrolled, [0, 120], "the second twin, as far as the copy's");
    live.remove();
}

#[wasm_bindgen_test]
fn a_pressed_button_without_a_live_twin_presses_nothing() {
    prerendered_page();
    let html = document().document_element().unwrap();
    html.set_attribute("data-coppa-pending", "0 button.gone, [")
        .unwrap();
    let carried = Prerendered::find()
        .expect("the page is prerendered")
        .remove()
        .expect("the reader pressed a button");
    carried.hand_over();
    assert!(!html.has_attribute("data-coppa-pending"));
}

#[wasm_bindgen_test]
fn a_record_select_js_did_not_write_carries_nothing() {
    prerendered_page();
    let html = document().document_element().unwrap();
    html.set_attribute("data-coppa-pending", "button.tie")
        .unwrap();
    html.set_attribute("data-coppa-selected", "3 0 td").unwrap();
    let prerendered = Prerendered::find().expect("the page is prerendered");
    assert!(prerendered.remove().is_none());
}

#[wasm_bindgen_test]
fn the_text_selected_in_the_copy_is_selected_in_the_live_app() {
    prerendered_page();
    let html = document().document_element().unwrap();
    // From 3 characters into the second caption to 2 into the first cell's name, counted across the
    // live app's nested texts and a Leptos marker.
    html.set_attribute(
        "data-coppa-selected",
        "3 1 caption.standings-table__caption
2 0 td.standings-table__name",
    )
    .unwrap();
    let prerendered = Prerendered::find().expect("the page is prerendered");
    let live = live_app(
        r#"<table><caption class="standings-table__caption">Girone 1</caption></table>
           <table><caption class="standings-table__caption">Gir<b>one</b> 2</caption>
           <tbody><tr><td class="standings-table__name"><!---->Ro<span>ma</span></td></tr></tbody></table>"#,
    );

    prerendered
        .remove()
        .expect("the reader selected text")
        .hand_over();
    let selection = leptos::prelude::window().get_selection().unwrap().unwrap();
    let selected = String::from(selection.to_string());
    assert!(
        selected.starts_with("one 2") && selected.ends_with("Ro") && !selected.contains("ma"),
        "{selected:?}"
    );
    assert!(!html.has_attribute("data-coppa-selected"));
    live.remove();
}

#[wasm_bindgen_test]
fn the_focus_of_the_empty_copy_selects_the_followed_clubs_name_in_the_live_filter() {
    let container = prerendered_page();
    let shown = shown_input(&container);
    shown.focus().unwrap();
    let prerendered = Prerendered::find().expect("the page is prerendered");
    let (live, input, events, _listener) = live_filter();
    input.set_value("Roma");
    prerendered
        .remove()
        .expect("the reader focused the filter")
        .hand_over();
    assert_eq!(input.value(), "Roma", "the followed club's name stays");
    assert_eq!(events.get(), 0, "nothing was typed");
    assert_eq!(
        document().active_element(),
        Some(input.clone().unchecked_into())
    );
    assert_eq!(input.selection_start().unwrap(), Some(0));
    assert_eq!(
        input.selection_end().unwrap(),
        Some(4),
        "typing replaces the name"
    );
    live.remove();
}

#[wasm_bindgen_test]
fn enter_pressed_after_typing_in_the_copy_is_pressed_in_the_live_filter_after_the_text() {
    let container = prerendered_page();
    shown_input(&container).set_value("gen");
    let html = document().document_element().unwrap();
    html.set_attribute("data-coppa-entered", "").unwrap();
    let prerendered = Prerendered::find().expect("the page is prerendered");
    let (live, input, events, _listener) = live_filter();
    // Each Enter records how many input events came before it: the text must be there first.
    let enters = Rc::new(std::cell::RefCell::new(Vec::new()));
    let (seen, typed) = (Rc::clone(&enters), Rc::clone(&events));
    let _keys = EventListener::new(&input, "keydown", move |event| {
        let key = event.unchecked_ref::<web_sys::KeyboardEvent>().key();
        seen.borrow_mut().push((key, typed.get()));
    });

    prerendered.remove().expect("the reader typed").hand_over();
    assert!(!html.has_attribute("data-coppa-entered"));
    assert_eq!(input.value(), "gen");
    assert_eq!(*enters.borrow(), [("Enter".to_owned(), 1)]);
    live.remove();
}

#[wasm_bindgen_test]
fn enter_on_blank_text_in_the_copy_presses_nothing() {
    let container = prerendered_page();
    let shown = shown_input(&container);
    shown.set_value("  ");
    let html = document().document_element().unwrap();
    html.set_attribute("data-coppa-entered", "").unwrap();
    let prerendered = Prerendered::find().expect("the page is prerendered");
    let (live, input, _events, _listener) = live_filter();
    let enters = Rc::new(Cell::new(0));
    let counted = Rc::clone(&enters);
    let _keys = EventListener::new(&input, "keydown", move |_| counted.set(counted.get() + 1));

    prerendered
        .remove()
        .expect("the reader typed spaces")
        .hand_over();
    assert!(!html.has_attribute("data-coppa-entered"));
    assert_eq!(enters.get(), 0);
    live.remove();
}
