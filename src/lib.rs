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
    if let Some(carried) = prerendered.and_then(takeover::Prerendered::remove) {
        // After the app's first effects, which set the filter to the followed club's name.
        leptos::task::spawn_local(async move { carried.hand_over() });
    }
}
