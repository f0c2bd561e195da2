//! The knockout tree, read from the rounds: which tie feeds which, and a club's way through it.

use crate::model::{ClubId, Round, Season, Stage, Tie};

/// Where a tie sits: its stage and its index in that round's `ties`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct TieRef {
    pub stage: Stage,
    pub index: usize,
}

impl TieRef {
    /// "round-of-16-3": the stage's key and the index, naming the tie in the page (`data-tie`).
    pub fn key(self) -> String {
        format!("{}-{}", self.stage.key(), self.index)
    }
}

/// The tie at `at`.
///
/// # Panics
/// If `at` does not come from this season (use refs from [`all_ties`], [`path`], ...).
pub fn tie(season: &Season, at: TieRef) -> &'static Tie {
    lookup(season, at).expect("a TieRef from this season")
}

/// Every tie, round by round in playing order.
pub fn all_ties(season: &Season) -> impl Iterator<Item = (TieRef, &'static Tie)> {
    let rounds: &'static [Round] = season.rounds;
    rounds.iter().flat_map(|round| {
        round.ties.iter().enumerate().map(move |(index, tie)| {
            (
                TieRef {
                    stage: round.stage,
                    index,
                },
                tie,
            )
        })
    })
}

/// The ties of the previous round whose winner plays in `at`, in index order. Empty in the first
/// knockout round (group winners and entrants come in); one where a club enters (round of 16).
pub fn feeders(season: &Season, at: TieRef) -> Vec<TieRef> {
    let Some(this) = lookup(season, at) else {
        return Vec::new();
    };
    let Some(previous) = neighbour(season, at.stage, -1) else {
        return Vec::new();
    };
    refs(previous)
        .filter(|&(_, t)| this.involves(t.winner))
        .map(|(r, _)| r)
        .collect()
}

/// The tie the winner of `at` played next; `None` after the final.
pub fn next(season: &Season, at: TieRef) -> Option<TieRef> {
    let winner = lookup(season, at)?.winner;
    refs(neighbour(season, at.stage, 1)?)
        .find(|&(_, t)| t.involves(winner))
        .map(|(r, _)| r)
}

/// Every tie `club` played, in playing order; empty for clubs out in the group stage.
pub fn path(season: &Season, club: ClubId) -> Vec<TieRef> {
    all_ties(season)
        .filter(|&(_, t)| t.involves(club))
        .map(|(r, _)| r)
        .collect()
}

/// The stage of `club`'s first knockout tie; `None` for a club out in the group stage.
pub fn first_stage(season: &Season, club: ClubId) -> Option<Stage> {
    path(season, club).first().map(|at| at.stage)
}

/// Which end of a pair of ties feeding the same next tie a slot is: the bracket joins the two.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PairEnd {
    Top,
    Bottom,
}

/// A tie's place in its round's column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Slot {
    pub at: TieRef,
    /// Its winner plays a tie in the next round.
    pub has_next: bool,
    /// A tie of the round before fed one of its clubs.
    pub has_feeders: bool,
    /// Set when this tie and its neighbour (below for `Top`, above for `Bottom`) feed the same tie.
    pub pair: Option<PairEnd>,
}

/// One round of the bracket, its ties in display order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub stage: Stage,
    pub slots: Vec<Slot>,
}

/// The bracket as drawn: each round's ties in [`columns`] order, with their connectors.
pub fn layout(season: &Season) -> Vec<Column> {
    columns(season)
        .into_iter()
        .map(|(stage, ties)| Column {
            stage,
            slots: slots(season, &ties),
        })
        .collect()
}

/// The slots of one column: two neighbours, the first at an even place, whose winners meet next
/// form a pair.
fn slots(season: &Season, ties: &[TieRef]) -> Vec<Slot> {
    let following: Vec<Option<TieRef>> = ties.iter().map(|&at| next(season, at)).collect();
    let shares_next = |a: usize, b: usize| {
        following.get(a).copied().flatten().is_some() && following.get(a) == following.get(b)
    };
    ties.iter()
        .enumerate()
        .map(|(i, &at)| Slot {
            at,
            has_next: following[i].is_some(),
            has_feeders: !feeders(season, at).is_empty(),
            pair: if i % 2 == 0 && shares_next(i, i + 1) {
                Some(PairEnd::Top)
            } else if i % 2 == 1 && shares_next(i - 1, i) {
                Some(PairEnd::Bottom)
            } else {
                None
            },
        })
        .collect()
}

/// The final's winner.
///
/// # Panics
/// If the season has no final, which the data file's validator rejects.
pub fn champion(season: &Season) -> ClubId {
    season
        .round(Stage::Final)
        .and_then(|r| r.ties.first())
        .expect("a season with a final")
        .winner
}

/// Each round's ties in display order: the ties feeding the same tie sit next to each other, so the
/// columns line up as a tree. Ties the tree does not reach (none in valid data) come last.
pub fn columns(season: &Season) -> Vec<(Stage, Vec<TieRef>)> {
    fn visit(season: &Season, at: TieRef, columns: &mut [(Stage, Vec<TieRef>)]) {
        for feeder in feeders(season, at) {
            visit(season, feeder, columns);
        }
        if let Some((_, ties)) = columns.iter_mut().find(|(stage, _)| *stage == at.stage) {
            if !ties.contains(&at) {
                ties.push(at);
            }
        }
    }
    let mut columns: Vec<(Stage, Vec<TieRef>)> = season
        .rounds
        .iter()
        .map(|round| (round.stage, Vec::new()))
        .collect();
    if let Some(last) = season.rounds.last() {
        for index in 0..last.ties.len() {
            let stage = last.stage;
            visit(season, TieRef { stage, index }, &mut columns);
        }
    }
    for (at, _) in all_ties(season) {
        visit(season, at, &mut columns);
    }
    columns
}

fn lookup(season: &Season, at: TieRef) -> Option<&'static Tie> {
    let rounds: &'static [Round] = season.rounds;
    rounds
        .iter()
        .find(|r| r.stage == at.stage)?
        .ties
        .get(at.index)
}

/// The round `step` rounds away from `stage` in playing order.
fn neighbour(season: &Season, stage: Stage, step: isize) -> Option<&'static Round> {
    let rounds: &'static [Round] = season.rounds;
    let here = rounds.iter().position(|r| r.stage == stage)?;
    rounds.get(here.checked_add_signed(step)?)
}

fn refs(round: &'static Round) -> impl Iterator<Item = (TieRef, &'static Tie)> {
    round.ties.iter().enumerate().map(move |(index, tie)| {
        (
            TieRef {
                stage: round.stage,
                index,
            },
            tie,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::*;

    const fn at(stage: Stage, index: usize) -> TieRef {
        TieRef { stage, index }
    }

    #[test]
    fn all_ties_are_listed_round_by_round() {
        let refs: Vec<TieRef> = all_ties(&SEASON).map(|(r, _)| r).collect();
        assert_eq!(
            refs,
            vec![
                at(Stage::SecondRound, 0),
                at(Stage::SecondRound, 1),
                at(Stage::RoundOf16, 0),
                at(Stage::RoundOf16, 1),
                at(Stage::Final, 0),
            ]
        );
        assert_eq!(tie(&SEASON, at(Stage::RoundOf16, 0)).winner, PIETRA);
    }

    #[test]
    fn feeders_follow_the_winners_back() {
        assert_eq!(feeders(&SEASON, at(Stage::SecondRound, 0)), vec![]);
        assert_eq!(
            feeders(&SEASON, at(Stage::RoundOf16, 0)),
            vec![at(Stage::SecondRound, 1)]
        );
        assert_eq!(
            feeders(&SEASON, at(Stage::RoundOf16, 1)),
            vec![at(Stage::SecondRound, 0)]
        );
        assert_eq!(
            feeders(&SEASON, at(Stage::Final, 0)),
            vec![at(Stage::RoundOf16, 0), at(Stage::RoundOf16, 1)]
        );
        assert_eq!(feeders(&SEASON, at(Stage::Final, 7)), vec![]);
    }

    #[test]
    fn next_follows_the_winner_forward() {
        assert_eq!(
            next(&SEASON, at(Stage::SecondRound, 0)),
            Some(at(Stage::RoundOf16, 1))
        );
        assert_eq!(
            next(&SEASON, at(Stage::SecondRound, 1)),
            Some(at(Stage::RoundOf16, 0))
        );
        assert_eq!(
            next(&SEASON, at(Stage::RoundOf16, 1)),
            Some(at(Stage::Final, 0))
        );
        assert_eq!(next(&SEASON, at(Stage::Final, 0)), None);
        assert_eq!(next(&SEASON, at(Stage::QuarterFinal, 0)), None);
    }

    #[test]
    fn path_lists_every_tie_of_a_club_in_order() {
        assert_eq!(
            path(&SEASON, AURORA),
            vec![
                at(Stage::SecondRound, 0),
                at(Stage::RoundOf16, 1),
                at(Stage::Final, 0)
            ]
        );
        assert_eq!(path(&SEASON, ORIONE), vec![at(Stage::RoundOf16, 1)]);
        assert_eq!(path(&SEASON, DORA), vec![]);
    }

    #[test]
    fn a_club_s_first_stage_is_where_its_path_starts() {
        assert_eq!(first_stage(&SEASON, AURORA), Some(Stage::SecondRound));
        assert_eq!(first_stage(&SEASON, PIETRA), Some(Stage::RoundOf16));
        assert_eq!(first_stage(&SEASON, DORA), None);
    }

    const fn slot(at: TieRef, has_next: bool, has_feeders: bool, pair: Option<PairEnd>) -> Slot {
        Slot {
            at,
            has_next,
            has_feeders,
            pair,
        }
    }

    #[test]
    fn the_layout_puts_the_ties_feeding_the_same_tie_side_by_side() {
        let got = layout(&SEASON);
        let stages: Vec<Stage> = got.iter().map(|c| c.stage).collect();
        assert_eq!(stages, [Stage::SecondRound, Stage::RoundOf16, Stage::Final]);
        // The second round's tie 1 feeds the round of 16's tie 0, so it is drawn first.
        assert_eq!(
            got[0].slots,
            vec![
                slot(at(Stage::SecondRound, 1), true, false, None),
                slot(at(Stage::SecondRound, 0), true, false, None),
            ]
        );
        // Both round-of-16 winners meet in the final: a pair. The first of them has an entrant only
        // on one side, yet one feeder is enough.
        assert_eq!(
            got[1].slots,
            vec![
                slot(at(Stage::RoundOf16, 0), true, true, Some(PairEnd::Top)),
                slot(at(Stage::RoundOf16, 1), true, true, Some(PairEnd::Bottom)),
            ]
        );
        assert_eq!(
            got[2].slots,
            vec![slot(at(Stage::Final, 0), false, true, None)]
        );
    }

    #[test]
    fn a_tie_s_key_names_its_stage_and_index() {
        assert_eq!(at(Stage::RoundOf16, 3).key(), "round-of-16-3");
        assert_eq!(at(Stage::Final, 0).key(), "final-0");
    }

    #[test]
    fn columns_put_the_ties_feeding_one_tie_side_by_side() {
        assert_eq!(
            columns(&SEASON),
            vec![
                (
                    Stage::SecondRound,
                    vec![at(Stage::SecondRound, 1), at(Stage::SecondRound, 0)]
                ),
                (
                    Stage::RoundOf16,
                    vec![at(Stage::RoundOf16, 0), at(Stage::RoundOf16, 1)]
                ),
                (Stage::Final, vec![at(Stage::Final, 0)]),
            ]
        );
    }

    #[test]
    fn champion_is_the_final_winner() {
        assert_eq!(champion(&SEASON), AURORA);
    }
}
