//! Embedding in a host page. Two entry points:
//!
//! - [`mount_widget`], which `embed.js` calls for each script-tag widget's element on a blog's page
//!   with the element's [`WidgetSettings`]: the explorer without chrome and without the address bar,
//!   in an element of the host's choosing, until `embed.js` calls [`WidgetHandle::unmount`] (its
//!   element left the page);
//! - [`report_height_to_parent`], which the full-page shell starts inside an `?embed=1` iframe so that
//!   `embed.js` on the parent page can size the iframe to its content.
//!
//! Both follow the embed contract of [`coppa_core::contract`]: the settings, their attributes and
//! the height messages are declared there.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use coppa_core::contract::{FieldValue, FrameMessage};
use coppa_core::url::{parse_widget, Setting};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Object, Reflect};
use web_sys::{Element, HtmlElement, MessageEvent, ResizeObserver, Window};

use crate::panic;
use crate::season::SEASON;
use crate::ui::widget::Widget;

/// What a script-tag widget's element says: each of its `data-coppa-*` attributes, as written, for
/// the settings a widget carries ([`Setting::attribute`]).
#[wasm_bindgen]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WidgetSettings {
    given: Vec<(Setting, String)>,
}

#[wasm_bindgen]
impl WidgetSettings {
    /// The settings `element`'s attributes give (what `embed.js` passes to [`mount_widget`]).
    #[wasm_bindgen(js_name = fromElement)]
    pub fn from_element(element: &Element) -> WidgetSettings {
        let given = Setting::ALL
            .into_iter()
            .filter_map(|setting| Some((setting, element.get_attribute(&setting.attribute()?)?)))
            .collect();
        WidgetSettings { given }
    }
}

impl<V: Into<String>> FromIterator<(Setting, V)> for WidgetSettings {
    fn from_iter<I: IntoIterator<Item = (Setting, V)>>(given: I) -> Self {
        WidgetSettings {
            given: given
                .into_iter()
                .map(|(setting, value)| (setting, value.into()))
                .collect(),
        }
    }
}

/// A mounted widget. [`WidgetHandle::unmount`] (or dropping it in Rust, or `free()` in JavaScript)
/// unmounts the view and disposes its reactive owner, and with it the widget's effects, listeners and
/// observers: a single-page blog that removes a widget's element gets the memory back.
#[wasm_bindgen]
pub struct WidgetHandle {
    /// Leptos's unmount handle, whose type names the whole view; only its `Drop` matters here.
    mounted: Box<dyn Any>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Takes the widget out of its host element and frees it; the handle is spent.
    pub fn unmount(self) {
        drop(self.mounted);
    }
}

/// Mounts a widget into `host` (inside the shadow root `embed.js` made). The settings are read with
/// the same rules as the URL's query ([`parse_widget`]): an unknown or hostile value falls back to
/// the default and the widget's note names the attribute.
#[wasm_bindgen]
pub fn mount_widget(host: HtmlElement, settings: WidgetSettings) -> WidgetHandle {
    panic::install(None);
    let (initial, warnings) = parse_widget(&SEASON, settings.given);
    let mounted = leptos::mount::mount_to(host, move || view! { <Widget initial warnings /> });
    WidgetHandle {
        mounted: Box::new(mounted),
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

/// [`FrameMessage::HeightRequest`] from the parent window: every field of it (the app, unlike
/// `embed.js`, does not mind others).
fn is_height_request(event: &MessageEvent, parent: &Window) -> bool {
    let from_parent = event
        .source()
        .is_some_and(|source| Object::is(&source, parent));
    let data = event.data();
    from_parent
        && data.is_object()
        && FrameMessage::HeightRequest
            .fields()
            .into_iter()
            .all(|(key, value)| {
                let field = Reflect::get(&data, &JsValue::from_str(key)).unwrap_or_default();
                match value {
                    FieldValue::Text(text) => field.as_string().as_deref() == Some(text),
                    FieldValue::Number(number) => field.as_f64() == Some(f64::from(number)),
                }
            })
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
    for (key, value) in FrameMessage::Height(height).fields() {
        let value = match value {
            FieldValue::Text(text) => JsValue::from_str(text),
            FieldValue::Number(number) => JsValue::from(number),
        };
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&message, &key.into(), &value);
    }
    if parent.post_message(&message, "*").is_err() {
        leptos::logging::warn!("could not post the frame's height to the parent page");
    }
}
