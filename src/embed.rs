//! Embedding in a host page. Two entry points:
//!
//! - [`mount_widget`], which `embed.js` calls for each `<div data-coppa-view=…>` on a blog's page: the
//!   explorer without chrome and without the address bar, in an element of the host's choosing, until
//!   `embed.js` frees the returned [`WidgetHandle`] (its element left the page);
//! - [`report_height_to_parent`], which the full-page shell starts inside an `?embed=1` iframe so that
//!   `embed.js` on the parent page can size the iframe to its content.
//!
//! The message an embedded iframe posts to its parent, on load and on every change of its height:
//!
//! ```text
//! { source: "coppa-italia-2002-03", type: "height", version: 1, height: <whole CSS pixels> }
//! ```
//!
//! It is posted with target origin `"*"`: the parent's origin is unknown in advance (any blog) and the
//! message carries nothing but a number that the page's own layout already reveals. A parent that
//! missed the first one may ask again with `{ source: "coppa-italia-2002-03", type: "height-request",
//! version: 1 }`; the answer is the same height message.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use coppa_core::url::{parse_pairs, AppState, Origin};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Object, Reflect};
use web_sys::{Element, HtmlElement, MessageEvent, ResizeObserver, Window};

use crate::panic;
use crate::season::SEASON;
use crate::ui::widget::Widget;

/// `source` of every message the app posts to a parent page; `embed.js` ignores any other.
pub const MESSAGE_SOURCE: &str = "coppa-italia-2002-03";
/// Bumped if the message's fields ever change meaning, so an old `embed.js` can ignore a new shape.
pub const MESSAGE_VERSION: u32 = 1;

/// A mounted widget. Freeing it (`handle.free()` in JavaScript, dropping it in Rust) unmounts the view
/// and disposes its reactive owner, and with it the widget's effects, listeners and observers: a
/// single-page blog that removes a widget's element gets the memory back.
#[wasm_bindgen]
pub struct WidgetHandle {
    /// Leptos's unmount handle, whose type names the whole view; only its `Drop` matters here.
    _mounted: Box<dyn Any>,
}

/// Mounts a widget into `host` (inside the shadow root `embed.js` made). Each value is one of the
/// element's `data-coppa-*` attributes, read with the same rules as the URL's query: an unknown or
/// hostile value falls back to the default and the widget's note names the attribute.
#[wasm_bindgen]
pub fn mount_widget(
    host: HtmlElement,
    view: Option<String>,
    team: Option<String>,
    lang: Option<String>,
    theme: Option<String>,
) -> WidgetHandle {
    panic::install(None);
    let attributes = [
        ("view", view),
        ("team", team),
        ("lang", lang),
        ("theme", theme),
    ];
    let given = attributes
        .into_iter()
        .filter_map(|(key, value)| value.map(|value| (key, value)));
    let (parsed, warnings) = parse_pairs(&SEASON, Origin::Attribute, given);
    let initial = AppState {
        embed: true,
        ..parsed
    };
    let mounted = leptos::mount::mount_to(host, move || view! { <Widget initial warnings /> });
    WidgetHandle {
        _mounted: Box::new(mounted),
    }
}

/// Inside an iframe, posts this document's height to the parent once mounted, after every change of
/// it, and whenever the parent asks (a host script that ran after the first message missed it). Does
/// nothing in a top-level window. Never touches storage.
///
/// The first message does not wait for the ResizeObserver: Chrome does not render a cross-origin
/// iframe below the fold, so its observers stay silent until the reader scrolls to it, while a
/// timer still runs and measuring forces the layout.
pub fn report_height_to_parent() {
    let window = window();
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if Object::is(&parent, &window) {
        return;
    }
    let Some(page) = document().document_element() else {
        return;
    };
    let report = {
        let (parent, page) = (parent.clone(), page.clone());
        let last = Cell::new(None);
        Rc::new(move |always: bool| {
            let height = content_height(&page);
            if last.replace(Some(height)) != Some(height) || always {
                post_height(&parent, height);
            }
        })
    };
    // Handed to JavaScript, which keeps it as long as the observer.
    let on_resize = {
        let report = Rc::clone(&report);
        Closure::<dyn Fn()>::new(move || report(false)).into_js_value()
    };
    let observer = match ResizeObserver::new(on_resize.unchecked_ref()) {
        Ok(observer) => observer,
        Err(_) => {
            leptos::logging::warn!("no ResizeObserver: the parent page cannot size this frame");
            return;
        }
    };
    observer.observe(&page);
    // The observer and the listener live as long as the page: nothing ever stops reporting, so the
    // listener's handle is dropped without removing it.
    std::mem::forget(observer);
    let on_request = Rc::clone(&report);
    drop(window_event_listener(ev::message, move |event| {
        if is_height_request(&event, &parent) {
            on_request(true);
        }
    }));
    // After the current task, which mounts the explorer.
    set_timeout(move || report(true), Duration::ZERO);
}

/// `{ source: "coppa-italia-2002-03", type: "height-request", version: 1 }`, from the parent window.
fn is_height_request(event: &MessageEvent, parent: &Window) -> bool {
    let from_parent = event
        .source()
        .is_some_and(|source| Object::is(&source, parent));
    let data = event.data();
    let field = |key: &str| Reflect::get(&data, &JsValue::from_str(key)).ok();
    from_parent
        && data.is_object()
        && field("source").and_then(|v| v.as_string()).as_deref() == Some(MESSAGE_SOURCE)
        && field("type").and_then(|v| v.as_string()).as_deref() == Some("height-request")
        && field("version").and_then(|v| v.as_f64()) == Some(f64::from(MESSAGE_VERSION))
}

/// The height of `<html>`, which in an embed (no margins, no minimum height) is the content's height;
/// rounded up so the iframe never shows a scrollbar for a fraction of a pixel.
fn content_height(page: &Element) -> u32 {
    let height = page.get_bounding_client_rect().height().ceil();
    if height.is_finite() && height > 0.0 {
        height as u32
    } else {
        0
    }
}

fn post_height(parent: &Window, height: u32) {
    let message = Object::new();
    let fields: [(&str, JsValue); 4] = [
        ("source", MESSAGE_SOURCE.into()),
        ("type", "height".into()),
        ("version", MESSAGE_VERSION.into()),
        ("height", height.into()),
    ];
    for (key, value) in fields {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&message, &key.into(), &value);
    }
    if parent.post_message(&message, "*").is_err() {
        leptos::logging::warn!("could not post the frame's height to the parent page");
    }
}
