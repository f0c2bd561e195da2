//! The season, compiled in from `data/coppa-italia-2002-03.toml` by the build script.

use coppa_core::model::*;

include!(concat!(env!("OUT_DIR"), "/season.rs"));
