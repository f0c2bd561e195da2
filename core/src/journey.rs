//! One club's season: every match it played, in order, and where it went out.

use crate::bracket::{self, TieRef};
use crate::model::{ClubId, Season, Stage};
use crate::standings;

/// A match the club played.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Appearance {
    /// `match_index` indexes the group's `matches`.
    Group { group: u8, match_index: usize },
    /// `leg` is 0 for the first leg, 1 for the second.
    Leg { tie: TieRef, leg: usize },
}

/// How the club's season ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Exit {
    Champion,
    /// Not first in its group (only group winners went through).
    Group {
        group: u8,
        position: u8,
    },
    Knockout {
        stage: Stage,
        by: ClubId,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Journey {
    pub club: ClubId,
    pub appearances: Vec<Appearance>,
    pub exit: Exit,
}

/// The club's journey. A club that won its last tie won the final: every other winner plays on.
///
/// # Panics
/// If `club` played no match in this season (not one of its clubs).
pub fn journey(season: &Season, club: ClubId) -> Journey {
    let group = standings::group_of(season, club);
    let ties = bracket::path(season, club);
    let group_games = group.into_iter().flat_map(|g| {
        g.matches
            .iter()
            .enumerate()
            .filter(move |(_, m)| m.home == club || m.away == club)
            .map(move |(match_index, _)| Appearance::Group {
                group: g.number,
                match_index,
            })
    });
    let legs = ties
        .iter()
        .flat_map(|&tie| [0, 1].map(|leg| Appearance::Leg { tie, leg }));
    let appearances = group_games.chain(legs).collect();
    let exit = match (ties.last(), group) {
        (Some(&last), _) => match bracket::tie(season, last).winner {
            winner if winner == club => Exit::Champion,
            by => Exit::Knockout {
                stage: last.stage,
                by,
            },
        },
        (None, Some(g)) => Exit::Group {
            group: g.number,
            position: standings::position(&standings::standings(season, g), club)
                .expect("a group's table has a row for each of its clubs"),
        },
        (None, None) => panic!("club {club:?} played no match in {}", season.name),
    };
    Journey {
        club,
        appearances,
        exit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::*;

    const fn leg(stage: Stage, index: usize, leg: usize) -> Appearance {
        Appearance::Leg {
            tie: TieRef { stage, index },
            leg,
        }
    }

    const fn game(group: u8, match_index: usize) -> Appearance {
        Appearance::Group { group, match_index }
    }

    #[test]
    fn the_champion_played_its_group_then_every_leg() {
        let j = journey(&SEASON, AURORA);
        assert_eq!(j.club, AURORA);
        assert_eq!(j.exit, Exit::Champion);
        assert_eq!(
            j.appearances,
            vec![
                game(1, 0),
                game(1, 3),
                game(1, 4),
                leg(Stage::SecondRound, 0, 0),
                leg(Stage::SecondRound, 0, 1),
                leg(Stage::RoundOf16, 1, 0),
                leg(Stage::RoundOf16, 1, 1),
                leg(Stage::Final, 0, 0),
                leg(Stage::Final, 0, 1),
            ]
        );
    }

    #[test]
    fn a_group_loser_exits_with_its_position() {
        let j = journey(&SEASON, BORGO);
        assert_eq!(
            j.exit,
            Exit::Group {
                group: 1,
                position: 3
            }
        );
        assert_eq!(j.appearances, vec![game(1, 0), game(1, 2), game(1, 5)]);
        assert_eq!(
            journey(&HEAD_TO_HEAD, BORGO).exit,
            Exit::Group {
                group: 1,
                position: 2
            }
        );
    }

    #[test]
    fn a_knockout_loser_exits_to_the_tie_winner_even_without_scores() {
        let j = journey(&SEASON, ETNA);
        assert_eq!(
            j.exit,
            Exit::Knockout {
                stage: Stage::SecondRound,
                by: NETTUNO
            }
        );
        assert_eq!(
            j.appearances.len(),
            3 + 2,
            "unknown group score still played"
        );
    }

    #[test]
    fn a_late_entrant_has_only_legs() {
        let j = journey(&SEASON, PIETRA);
        assert_eq!(
            j.exit,
            Exit::Knockout {
                stage: Stage::Final,
                by: AURORA
            }
        );
        assert!(j
            .appearances
            .iter()
            .all(|a| matches!(a, Appearance::Leg { .. })));
        assert_eq!(j.appearances.len(), 4);
    }
}
