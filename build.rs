//! Reads and validates the season's data file, then writes it as Rust statics to `$OUT_DIR/season.rs`
//! (included by `src/season.rs`). A mistake in the data fails the build with `file:line: reason`.

use std::path::Path;

use coppa_core::scorers::check_tally;
use coppa_core::source::{load, season_rs};
use coppa_core::totals::{disagreements, Figure};

const DATA: &str = "data/coppa-italia-2002-03.toml";

fn main() {
    println!("cargo::rerun-if-changed={DATA}");
    // The splitter (scripts/split/wasm-bindgen) reads the linker's relocations to find what each chunk
    // needs.
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
    let season = match load(Path::new(DATA)) {
        Ok(season) => season,
        Err(errors) => {
            for error in &errors {
                println!("cargo::error={error}");
            }
            std::process::exit(1);
        }
    };
    for d in disagreements(&season) {
        let figure = match d.figure {
            Figure::Matches => "matches",
            Figure::Goals => "goals",
            Figure::Clubs => "clubs",
            Figure::TopScorerGoals => "top scorer's goals",
        };
        let bound = if d.computed_is_lower_bound {
            "at least "
        } else {
            ""
        };
        println!(
            "cargo::warning={DATA}: published {figure} {} disagrees with the data: {bound}{}",
            d.published, d.computed
        );
    }
    // A stated or inferred tally the listed goals rule out: more goals listed than the tally, or fewer
    // when every match of the club has its full goal list.
    for scorer in season.scorers {
        let check = check_tally(&season, scorer);
        if check.contradicts(scorer.goals) {
            println!(
                "cargo::warning={DATA}: {}'s tally of {} contradicts the match data, which lists {} goals{}",
                scorer.player,
                scorer.goals,
                check.counted,
                if check.every_match_listed {
                    " in full"
                } else {
                    ""
                }
            );
        }
    }
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let target = Path::new(&out_dir).join("season.rs");
    std::fs::write(&target, season_rs(&season, DATA))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
}
