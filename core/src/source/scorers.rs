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
        let certainty = self
            .keyword(
                &raw.certainty,
                "certainty",
                &[
                    ("stated", Certainty::Stated),
                    ("inferred", Certainty::Inferred),
                ],
            )
            .unwrap_or(Certainty::Inferred);
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
