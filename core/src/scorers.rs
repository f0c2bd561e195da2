//! The top-scorer ranking, with competition ranks ("1, 2, 2, 2, 5") so shared places are explicit, and
//! each tally checked against the goals the match data lists.

use crate::journey::{journey, Appearance};
use crate::model::{GoalKind, Leg, Scorer, Season};
use crate::sort::sort_by;

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
    sort_by(&mut sorted, |a, b| {
        b.goals.cmp(&a.goals).then(a.player.cmp(b.player))
    });
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

/// What the listed goals say about one scorer's tally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TallyCheck {
    /// Goals the match data credits to the player for his club (own goals are nobody's).
    pub counted: u8,
    /// Every match the club played has a complete goal list, so `counted` is the whole tally. Group
    /// matches have no goal lists, so a club that played in the groups never has this.
    pub every_match_listed: bool,
}

impl TallyCheck {
    /// The listed goals add up to exactly the tally.
    pub const fn confirms(self, tally: u8) -> bool {
        self.counted == tally
    }

    /// The listed goals rule the tally out: more goals than it, or fewer when every match is listed.
    pub const fn contradicts(self, tally: u8) -> bool {
        self.counted > tally || (self.every_match_listed && self.counted < tally)
    }
}

/// Whether a listed name is the scorer: the same text, or his surname ("Delvecchio" for "Marco
/// Delvecchio", "Tomasson" for "Jon Dahl Tomasson"). Sources list scorers by surname.
fn same_player(full: &str, listed: &str) -> bool {
    full == listed
        || full
            .strip_suffix(listed)
            .is_some_and(|first| first.ends_with(' '))
}

/// Counts the scorer's goals in the legs his club played, from the lists the data file gives.
pub fn check_tally(season: &Season, scorer: &Scorer) -> TallyCheck {
    let run = journey(season, scorer.club);
    let mut counted: u8 = 0;
    let mut every_match_listed = true;
    for appearance in run.appearances {
        let Appearance::Leg { tie, leg } = appearance else {
            every_match_listed = false;
            continue;
        };
        let leg: &Leg = &crate::bracket::tie(season, tie).legs[leg];
        every_match_listed &= leg.goals_complete;
        let own = leg.goals.iter().filter(|g| {
            leg.club(g.side) == scorer.club
                && g.kind != GoalKind::OwnGoal
                && same_player(scorer.player, g.player)
        });
        counted = counted.saturating_add(u8::try_from(own.count()).unwrap_or(u8::MAX));
    }
    TallyCheck {
        counted,
        every_match_listed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::SEASON;

    #[test]
    fn a_listed_name_is_the_full_name_or_the_surname() {
        assert!(same_player("Marco Delvecchio", "Delvecchio"));
        assert!(same_player("Jon Dahl Tomasson", "Tomasson"));
        assert!(same_player("Miccoli", "Miccoli"));
        assert!(!same_player("Marco Delvecchio", "Vecchio"));
        assert!(!same_player("Filippo Inzaghi", "S. Inzaghi"));
    }

    #[test]
    fn a_tally_is_confirmed_only_by_an_equal_count_and_contradicted_by_a_certain_one() {
        let partial = TallyCheck {
            counted: 2,
            every_match_listed: false,
        };
        assert!(!partial.confirms(4) && !partial.contradicts(4));
        assert!(partial.confirms(2));
        assert!(partial.contradicts(1), "more goals listed than the tally");
        let whole = TallyCheck {
            counted: 2,
            every_match_listed: true,
        };
        assert!(
            whole.contradicts(3),
            "every match listed, the tally is too high"
        );
    }

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
