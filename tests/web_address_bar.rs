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

    next_frame().await;
    sleep(Duration::ZERO).await;
    assert_eq!(search(), "?team=roma&lang=en");
    assert_eq!(history.length().unwrap(), entries + 1, "one entry for both");
}

#[wasm_bindgen_test]
async fn with_a_document_per_view_the_view_tabs_and_the_address_bar_name_the_views_document() {
    let history = window().history().unwrap();
    let location = window().location();
    let start = location.pathname().unwrap();
    let folder = start[..=start.rfind('/').unwrap()].to_owned();
    // A view's own document of a release: it names the view over the query's.
    history
        .replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!(
                "{folder}scorers.html?view=bracket&team=roma&lang=en"
            )),
        )
        .unwrap();
    let root = leptos::prelude::document().document_element().unwrap();
    root.set_attribute(DOCUMENTS_ATTRIBUTE, "").unwrap();
    let app = mount_in(container(), None, App).await;
    assert_eq!(
        app.attr("main#coppa-main", "data-view").as_deref(),
        Some("scorers")
    );
    assert_eq!(app.count(".notice"), 0, "no note about the ignored view");
    assert_eq!(
        app.attrs("nav.view-tabs > a[data-view-tab]", "href"),
        [
            "standings.html?team=roma&lang=en",
            "bracket.html?team=roma&lang=en",
            "scorers.html?team=roma&lang=en"
        ]
    );

    app.click("a[data-view-tab=bracket]").await;
    next_frame().await;
    sleep(Duration::ZERO).await;
    let written = (location.pathname().unwrap(), location.search().unwrap());
    root.remove_attribute(DOCUMENTS_ATTRIBUTE).unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&start))
        .unwrap();
    assert_eq!(
        written,
        (
            format!("{folder}bracket.html"),
            "?team=roma&lang=en".to_owned()
        )
    );
}

#[wasm_bindgen_test]
async fn a_views_document_under_another_name_shows_its_view_and_keeps_its_name() {
    let history = window().history().unwrap();
    let location = window().location();
    let start = location.pathname().unwrap();
    let folder = start[..=start.rfind('/').unwrap()].to_owned();
    // A blog that uploaded bracket.html as coppa-bracket.html: the mark still names the view.
    history
        .replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{folder}coppa-bracket.html?team=roma&lang=en")),
        )
        .unwrap();
    let root = leptos::prelude::document().document_element().unwrap();
    root.set_attribute(DOCUMENTS_ATTRIBUTE, "").unwrap();
    root.set_attribute(DOCUMENT_ATTRIBUTE, "bracket").unwrap();
    let app = mount_in(container(), None, App).await;
    let shown = app.attr("main#coppa-main", "data-view");

    let input = one(&app.root, "#team-filter");
    type_text(&input, "Genoa");
    press(&input, "Enter");
    leptos::task::tick().await;
    next_frame().await;
    sleep(Duration::ZERO).await;
    let written = (location.pathname().unwrap(), location.search().unwrap());
    root.remove_attribute(DOCUMENTS_ATTRIBUTE).unwrap();
    root.remove_attribute(DOCUMENT_ATTRIBUTE).unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&start))
        .unwrap();
    assert_eq!(shown.as_deref(), Some("bracket"));
    assert_eq!(
        written,
        (
            format!("{folder}coppa-bracket.html"),
            "?team=genoa&lang=en".to_owned()
        )
    );
}
