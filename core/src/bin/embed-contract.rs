//! Prints what the build stamps into `embed.js` and `prerender/select.js` of the embed contract, as
//! one JSON object (`coppa_core::contract::build_constants`), for `scripts/contract.mjs`.

fn main() {
    println!("{}", coppa_core::contract::build_constants());
}
