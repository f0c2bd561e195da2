//! The top scorers: a club from the data and a certainty the format knows.

use toml::Spanned;

use super::raw;
use super::{leak, Reader};
use crate::model::{Certainty, ClubId, Scorer};

impl Reader<'_> {
    pub(super) fn scorer(&mut self, entry: &Spanned<raw::Scorer>) -> Scorer {
        let raw = entry.get_ref();
        let sources = self.cite(
            &raw.sources,
            &entry.span(),
            &format!("the scorer {}", raw.player),
        );
        let certainty = match raw.certainty.get_ref().as_str() {
            "stated" => Certainty::Stated,
            "inferred" => Certainty::Inferred,
            other => {
                self.fail(
                    &raw.certainty.span(),
                    format!("unknown certainty \"{other}\": expected stated or inferred"),
                );
                Certainty::Inferred
            }
        };
        Scorer {
            player: leak(&raw.player),
            nationality: leak(&raw.nationality),
            club: self.club(&raw.club).unwrap_or(ClubId(0)),
            goals: raw.goals,
            certainty,
            sources,
        }
    }
}
