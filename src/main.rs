/// Mounts the full app only on its own page (`<body data-coppa-app>`): `embed.js` loads this same wasm
/// on a blog's page, where `main` runs too but must leave the page alone.
fn main() {
    let on_app_page = leptos::prelude::document()
        .body()
        .is_some_and(|body| body.has_attribute("data-coppa-app"));
    if on_app_page {
        coppa::start();
    }
}
