//! The 2002–03 Coppa Italia explorer: Leptos components rendering the season compiled in by `build.rs`.

pub mod embed;
pub mod panic;
pub mod season;
pub mod ui;

/// Mounts the full-page app on `<body>`; a panic is logged and shown as a short message.
pub fn start() {
    let body = leptos::prelude::document().body().map(Into::into);
    panic::install(body);
    leptos::mount::mount_to_body(ui::app::App);
}
