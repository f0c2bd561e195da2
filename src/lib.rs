//! The 2002–03 Coppa Italia explorer: Leptos components rendering the season compiled in by `build.rs`.

pub mod embed;
pub mod panic;
pub mod season;
pub mod takeover;
pub mod ui;

/// Mounts the full-page app on `<body>`, taking over the prerendered page if there is one; a panic is
/// logged and shown as a short message.
pub fn start() {
    let body = leptos::prelude::document().body().map(Into::into);
    panic::install(body);
    let prerendered = takeover::Prerendered::find();
    leptos::mount::mount_to_body(ui::app::App);
    // In the task that mounted the live app, so no frame shows both or neither, and no keystroke
    // falls between the copy and the live filter.
    if let Some(carried) = prerendered.and_then(takeover::Prerendered::remove) {
        carried.hand_over();
    }
}
