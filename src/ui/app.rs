//! The full-page app: the URL is the source of truth. The state is read from the query string, every
//! change is written back (a new history entry for a view or team, a replaced one for language or
//! theme) once the change has painted, and the back button restores the state. Only the query
//! changes, or in a prerendered release the view's document in the same folder, so any sub-path works.

use coppa_core::i18n::Text;
use coppa_core::url::{
    address, is_new_entry, parse_location, AppState, Documents, Page, UrlWarning,
    DOCUMENTS_ATTRIBUTE, DOCUMENT_ATTRIBUTE,
};
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::season::SEASON;
use crate::ui::explorer::Explorer;
use crate::ui::state::{browser_lang, provide_ui, Ui};

#[component]
pub fn App() -> impl IntoView {
    let (initial, found) = current_state();
    if initial.embed {
        crate::embed::report_height_to_parent();
    }
    let ui = Ui::new(&SEASON, initial).with_fallback_lang(browser_lang());
    provide_ui(ui);
    let warnings = RwSignal::new(found);
    sync_with_url(ui, warnings);
    mirror_lang_on_document(ui);
    view! { <Explorer warnings /> }
}

/// The state the address bar shows: its page (a view's own document) and its query.
fn current_state() -> (AppState, Vec<UrlWarning>) {
    let query = window().location().search().unwrap_or_default();
    with_page(|page| parse_location(&SEASON, page, &query))
}

/// Whether this page has a document per view beside it: a prerendered release's, or a view's own.
pub fn documents() -> Documents {
    with_page(|page| page.documents())
}

/// Reads this page: its address's path and the marks `scripts/prerender.mjs` put on `<html>`.
fn with_page<T>(read: impl FnOnce(&Page) -> T) -> T {
    let path = window().location().pathname().unwrap_or_default();
    let root = document().document_element();
    let document = root
        .as_ref()
        .and_then(|root| root.get_attribute(DOCUMENT_ATTRIBUTE));
    read(&Page {
        path: &path,
        marked: root
            .as_ref()
            .is_some_and(|root| root.has_attribute(DOCUMENTS_ATTRIBUTE)),
        document: document.as_deref(),
    })
}

/// Writes each state change into the address bar and restores the state on back/forward.
///
/// The write waits until the change has painted: `pushState` costs 0.4 ms and up to 1.5 ms in
/// Chromium, which a reader would otherwise wait for before seeing the club they picked. Changes
/// within one frame make one write, of the latest state.
fn sync_with_url(ui: Ui, warnings: RwSignal<Vec<UrlWarning>>) {
    // The state the address bar currently shows, so restoring it from history never re-pushes it.
    let shown = StoredValue::new(ui.now());
    let write_pending = StoredValue::new(false);
    let state = ui.state();
    let write_latest = move || {
        // Unmounted meanwhile (a test's app, say): nothing to write.
        let Some(last) = shown.try_get_value() else {
            return;
        };
        write_pending.set_value(false);
        let next = ui.now();
        if next != last {
            shown.set_value(next);
            write_url(&next, is_new_entry(&last, &next));
        }
    };
    Effect::new(move |_| {
        if state.get() == shown.get_value() || write_pending.get_value() {
            return;
        }
        write_pending.set_value(true);
        // The animation frame comes before the paint; the task it queues, after it.
        request_animation_frame(move || set_timeout(write_latest, Duration::ZERO));
    });
    let listener = window_event_listener(ev::popstate, move |_| {
        let (state, found) = current_state();
        shown.set_value(state);
        warnings.set(found);
        ui.restore(state);
    });
    on_cleanup(move || listener.remove());
}

/// Replaces the query, or the view's document, only: the folder (a blog's `/posts/widgets/coppa/`)
/// and the fragment are kept.
fn write_url(state: &AppState, new_entry: bool) {
    let hash = window().location().hash().unwrap_or_default();
    let url = with_page(|page| address(&SEASON, state, page, &hash));
    let history = match window().history() {
        Ok(history) => history,
        Err(_) => return,
    };
    let written = if new_entry {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
    if written.is_err() {
        leptos::logging::warn!("could not write the state into the address bar");
    }
}

/// `<html lang>` and the document title follow the language in effect.
fn mirror_lang_on_document(ui: Ui) {
    let lang = ui.lang();
    Effect::new(move |_| {
        let lang = lang.get();
        let document = document();
        if let Some(html) = document.document_element() {
            // An attribute write on <html> cannot fail.
            let _ = html.set_attribute("lang", lang.key());
        }
        document.set_title(Text::AppTitle.get(lang));
    });
}
