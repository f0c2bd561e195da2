//! Prints what `embed.js` needs of the embed contract, as JSON, for `scripts/postbuild.mjs` to stamp
//! into it: `cargo run -q -p coppa-core --bin embed-contract`.

fn main() {
    println!("{}", coppa_core::contract::embed_js_constants());
}
