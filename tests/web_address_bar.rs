//! The full-page app and the address bar in headless Chromium: a change shows at once and is written
//! into the address bar after it has painted; changes within one frame make one history entry; in a
//! release with a document per view, the address names the view's document (or keeps the page's own).
#![cfg(target_arch = "wasm32")]

mod common;

use std::time::Duration;

use common::{container, mount_in, one, press, type_text};
use coppa::ui::app::App;
use coppa_core::url::{DOCUMENTS_ATTRIBUTE, DOCUMENT_ATTRIBUTE};
use gloo_timers::future::sleep;
use leptos::prelude::window;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Resolves in the next animation frame, after the callbacks requested before it.
async fn next_frame() {
    let frame = wasm_bindgen_futures::js_sys::Promise::new(&mut |resolve, _| {
        window()
            .request_animation_frame(&resolve)
            .expect("an animation frame");
    });
    JsFuture::from(frame).await.expect("the frame came");
}

#[wasm_bindgen_test]
async fn two_clubs_picked_in_one_frame_show_at_once_and_make_one_entry_after_the_paint() {
    let history = window().history().unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some("?lang=en"))
        .unwrap();
    let entries = history.length().unwrap();
    let app = mount_in(container(), None, App).await;
    let search = || window().location().search().unwrap();

    let input = one(&app.root, "#team-filter");
    type_text(&input, "Genoa");
    press(&input, "Enter");
    type_text(&input, "Roma");
    press(&input, "Enter");
    leptos::task::tick().await;
    assert_eq!(
        one(&app.root, "section.journey").get_attribute("data-club"),
        Some("roma".to_owned()),
        "the page shows the choice at once"
    );
    assert_eq!(search(), "?lang=en", "the address bar waits for the paint");

    written_after_the_paint().await;
    assert_eq!(search(), "?team=roma&lang=en");
    assert_eq!(history.length().unwrap(), entries + 1, "one entry for both");
}

/// The address bar on a file in the test page's folder, and `<html>` marked as a release's page (and as a
/// view's own document, if given), until `restore`.
struct ReleasePage {
    start: String,
    folder: String,
}

impl ReleasePage {
    fn at(file_and_query: &str, document: Option<&str>) -> ReleasePage {
        let start = window().location().pathname().unwrap();
        let folder = start[..=start.rfind('/').unwrap()].to_owned();
        let address = format!("{folder}{file_and_query}");
        window()
            .history()
            .unwrap()
            .replace_state_with_url(&JsValue::NULL, "", Some(&address))
            .unwrap();
        let root = html();
        root.set_attribute(DOCUMENTS_ATTRIBUTE, "").unwrap();
        if let Some(view) = document {
            root.set_attribute(DOCUMENT_ATTRIBUTE, view).unwrap();
        }
        ReleasePage { start, folder }
    }

    /// The file and query the app wrote meanwhile, read before the test page is itself again: restored
    /// before any assertion, so a failing one leaves the next test a clean page.
    fn restore(self) -> (String, String) {
        let location = window().location();
        let path = location.pathname().unwrap();
        let written = (
            path.strip_prefix(&self.folder).unwrap_or(&path).to_owned(),
            location.search().unwrap(),
        );
        let root = html();
        root.remove_attribute(DOCUMENTS_ATTRIBUTE).unwrap();
        root.remove_attribute(DOCUMENT_ATTRIBUTE).unwrap();
        window()
            .history()
            .unwrap()
            .replace_state_with_url(&JsValue::NULL, "", Some(&self.start))
            .unwrap();
        written
    }
}

fn html() -> web_sys::Element {
    leptos::prelude::document().document_element().unwrap()
}

/// Waits until the app has written the address: after the paint, in the task the frame queues.
async fn written_after_the_paint() {
    next_frame().await;
    sleep(Duration::ZERO).await;
}

#[wasm_bindgen_test]
async fn with_a_document_per_view_the_view_tabs_and_the_address_bar_name_the_views_document() {
    // A view's own document of a release: it names the view over the query's.
    let page = ReleasePage::at("scorers.html?view=bracket&team=roma&lang=en", None);
    let app = mount_in(container(), None, App).await;
    let shown = app.attr("main#coppa-main", "data-view");
    let notices = app.count(".notice");
    let tabs = app.attrs("nav.view-tabs > a[data-view-tab]", "href");
    app.click("a[data-view-tab=bracket]").await;
    written_after_the_paint().await;
    let written = page.restore();
    assert_eq!(shown.as_deref(), Some("scorers"));
    assert_eq!(notices, 0, "no note about the ignored view");
    assert_eq!(
        tabs,
        [
            "standings.html?team=roma&lang=en",
            "bracket.html?team=roma&lang=en",
            "scorers.html?team=roma&lang=en"
        ]
    );
    assert_eq!(
        written,
        ("bracket.html".to_owned(), "?team=roma&lang=en".to_owned())
    );
}

#[wasm_bindgen_test]
async fn a_views_document_under_another_name_shows_its_view_and_keeps_its_name() {
    // A blog that uploaded bracket.html as coppa-bracket.html: the mark still names the view.
    let page = ReleasePage::at("coppa-bracket.html?team=roma&lang=en", Some("bracket"));
    let app = mount_in(container(), None, App).await;
    let shown = app.attr("main#coppa-main", "data-view");
    let input = one(&app.root, "#team-filter");
    type_text(&input, "Genoa");
    press(&input, "Enter");
    leptos::task::tick().await;
    written_after_the_paint().await;
    let written = page.restore();
    assert_eq!(shown.as_deref(), Some("bracket"));
    assert_eq!(
        written,
        (
            "coppa-bracket.html".to_owned(),
            "?team=genoa&lang=en".to_owned()
        )
    );
}
