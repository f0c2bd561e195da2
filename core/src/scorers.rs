//! The top-scorer ranking, with competition ranks ("1, 2, 2, 2, 5") so shared places are explicit.

use crate::model::{Scorer, Season};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ranked {
    /// 1-based; players level on goals share the rank of the first of them.
    pub rank: u8,
    /// Another player has the same number of goals (shown as "=2").
    pub shared: bool,
    pub scorer: &'static Scorer,
}

/// All scorers, most goals first, then by player name.
pub fn ranking(season: &Season) -> Vec<Ranked> {
    let scorers: &'static [Scorer] = season.scorers;
    let mut sorted: Vec<&'static Scorer> = scorers.iter().collect();
    sorted.sort_by(|a, b| b.goals.cmp(&a.goals).then(a.player.cmp(b.player)));
    let level = |goals: u8| sorted.iter().filter(|s| s.goals == goals).count();
    let mut ranked: Vec<Ranked> = Vec::with_capacity(sorted.len());
    for (i, &scorer) in sorted.iter().enumerate() {
        let rank = match ranked.last() {
            Some(prev) if prev.scorer.goals == scorer.goals => prev.rank,
            _ => u8::try_from(i + 1).unwrap_or(u8::MAX),
        };
        ranked.push(Ranked {
            rank,
            shared: level(scorer.goals) > 1,
            scorer,
        });
    }
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::SEASON;

    #[test]
    fn ranks_skip_after_a_shared_place_and_level_players_are_in_name_order() {
        let got: Vec<(u8, bool, &str, u8)> = ranking(&SEASON)
            .iter()
            .map(|r| (r.rank, r.shared, r.scorer.player, r.scorer.goals))
            .collect();
        assert_eq!(
            got,
            vec![
                (1, false, "Bruno Neri", 3),
                (2, true, "Aldo Verdi", 2),
                (2, true, "Mario Gialli", 2),
                (2, true, "Zeno Rossi", 2),
                (5, false, "Carlo Bianchi", 1),
            ]
        );
    }
}
