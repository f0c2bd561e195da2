//! What the wasm test files share: mounting a component into a fresh element of the page, letting the
//! reactive system and the browser catch up, and reading and poking the DOM.
// Each test file is its own crate and uses a different part of this module.
#![allow(dead_code)]

use std::any::Any;
use std::time::Duration;

use coppa::season::SEASON;
use coppa::ui::state::{provide_ui, Ui};
use coppa_core::model::ClubId;
use gloo_timers::future::sleep;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

// DOM helpers in JS: the crate's web-sys features include neither NodeList nor event constructors.
#[wasm_bindgen(inline_js = r#"
export function texts(root, selector) {
  return Array.from(root.querySelectorAll(selector), (e) => e.textContent.replace(/\s+/g, ' ').trim());
}
export function attrs(root, selector, name) {
  return Array.from(root.querySelectorAll(selector), (e) => e.getAttribute(name) ?? '');
}
export function count(root, selector) { return root.querySelectorAll(selector).length; }
export function typeText(input, text) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
export function press(el, key) {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}
export function click(el) {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
}
export function mouseDown(el) {
  el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }));
}
export function focusedMatches(root, selector) {
  const active = root.getRootNode().activeElement ?? document.activeElement;
  return active !== null && active.matches(selector);
}
"#)]
extern "C" {
    /// The text of every match, whitespace collapsed.
    pub fn texts(root: &Element, selector: &str) -> Vec<String>;
    /// The attribute of every match, "" where it is missing.
    pub fn attrs(root: &Element, selector: &str, name: &str) -> Vec<String>;
    pub fn count(root: &Element, selector: &str) -> u32;
    /// Sets an input's value and fires `input`, as typing does.
    #[wasm_bindgen(js_name = typeText)]
    pub fn type_text(input: &Element, text: &str);
    /// A `keydown` of `key`.
    pub fn press(el: &Element, key: &str);
    /// A primary-button click.
    pub fn click(el: &Element);
    #[wasm_bindgen(js_name = mouseDown)]
    pub fn mouse_down(el: &Element);
    /// Whether the focused element of `root`'s document or shadow root matches `selector`.
    #[wasm_bindgen(js_name = focusedMatches)]
    pub fn focused_matches(root: &Element, selector: &str) -> bool;
}

/// The first element under `root` matching `selector`; panics naming the selector if there is none.
pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

/// Lets reactive effects, Leptos's queued `value` writes (a microtask) and queued browser tasks (such
/// as a dialog's `close` event) catch up.
pub async fn settle() {
    leptos::task::tick().await;
    sleep(Duration::ZERO).await;
    leptos::task::tick().await;
}

/// A fresh `<div>` at the end of `<body>`.
pub fn container() -> HtmlElement {
    let document = document();
    let root: HtmlElement = document
        .create_element("div")
        .expect("a div")
        .unchecked_into();
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    root
}

/// A mounted component: its container, the state it reads (when the test provided it) and the handle
/// that keeps it mounted. Dropping it unmounts the component and removes the container.
pub struct Mounted {
    pub root: HtmlElement,
    ui: Option<Ui>,
    handle: Option<Box<dyn Any>>,
}

/// Mounts `view` into `root` with `ui` (if any) provided to it, and lets it settle.
pub async fn mount_in<V: IntoView + 'static>(
    root: HtmlElement,
    ui: Option<Ui>,
    view: impl FnOnce() -> V + 'static,
) -> Mounted {
    let handle = leptos::mount::mount_to(root.clone(), move || {
        if let Some(ui) = ui {
            provide_ui(ui);
        }
        view()
    });
    settle().await;
    Mounted {
        root,
        ui,
        handle: Some(Box::new(handle)),
    }
}

/// Mounts `view` into a fresh container with `ui` provided to it.
pub async fn mount_with_ui<V: IntoView + 'static>(
    ui: Ui,
    view: impl FnOnce() -> V + 'static,
) -> Mounted {
    mount_in(container(), Some(ui), view).await
}

impl Mounted {
    /// The state the test provided.
    pub fn ui(&self) -> Ui {
        self.ui.expect("mounted with a Ui")
    }

    pub fn one(&self, selector: &str) -> Element {
        one(&self.root, selector)
    }

    pub fn has(&self, selector: &str) -> bool {
        self.count(selector) > 0
    }

    pub fn count(&self, selector: &str) -> u32 {
        count(&self.root, selector)
    }

    pub fn texts(&self, selector: &str) -> Vec<String> {
        texts(&self.root, selector)
    }

    /// The text of the one element matching `selector`; panics if there are none or several.
    pub fn text(&self, selector: &str) -> String {
        let found = self.texts(selector);
        assert_eq!(
            found.len(),
            1,
            "{selector} should match once, got {found:?}"
        );
        found[0].clone()
    }

    pub fn attrs(&self, selector: &str, name: &str) -> Vec<String> {
        attrs(&self.root, selector, name)
    }

    /// An attribute of the first match, `None` where it is missing.
    pub fn attr(&self, selector: &str, name: &str) -> Option<String> {
        self.one(selector).get_attribute(name)
    }

    /// Clicks the first match and lets the page settle.
    pub async fn click(&self, selector: &str) {
        click(&self.one(selector));
        settle().await;
    }

    /// Presses `key` on the first match and lets the page settle.
    pub async fn press(&self, selector: &str, key: &str) {
        press(&self.one(selector), key);
        settle().await;
    }

    /// The team filter's input.
    pub fn filter(&self) -> HtmlInputElement {
        self.one("#team-filter").unchecked_into()
    }

    /// Types `text` into the team filter (replacing what was there) and lets the page settle.
    pub async fn type_into_filter(&self, text: &str) {
        type_text(&self.one("#team-filter"), text);
        settle().await;
    }

    /// Selects the club with `slug` through the provided state and lets the page settle.
    pub async fn select(&self, slug: &str) {
        self.ui().select_team(Some(club(slug)));
        settle().await;
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.handle.take();
        self.root.remove();
    }
}

pub fn club(slug: &str) -> ClubId {
    SEASON.club_by_slug(slug).expect("a club of the season")
}
