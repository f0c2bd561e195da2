//! Two-legged tie resolution under the 2002–03 rules: aggregate, then away goals (goals scored away,
//! extra time included), then penalties. Extra time, a golden goal and a shoot-out belong to the second leg.

use std::cmp::Ordering;
use std::fmt;

use crate::model::{ClubId, Leg, Score, Tie};

/// What settled a tie, so a view can word it in its own language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decided {
    /// More goals over the two legs in normal time.
    Aggregate,
    /// More goals over the two legs once extra time in the second leg was played.
    AfterExtraTime,
    /// A golden goal in extra time of the second leg.
    GoldenGoal,
    /// Level on aggregate, more goals scored away.
    AwayGoals,
    /// Level on aggregate and away goals after extra time; the shoot-out, winner's kicks first.
    Penalties { winner: u8, loser: u8 },
    /// At least one leg's score is unknown: the recorded winner went through.
    ScoreNotRecorded,
}

/// Who went through and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Outcome {
    pub winner: ClubId,
    pub loser: ClubId,
    /// Goals over both legs, the winner's first; `None` if any leg's score is unknown.
    pub aggregate: Option<(u8, u8)>,
    pub decided: Decided,
}

impl Outcome {
    /// More goals over the two legs settled it, extra time included: the aggregate is the whole story.
    pub fn settled_by_aggregate(&self) -> bool {
        matches!(self.decided, Decided::Aggregate | Decided::AfterExtraTime)
            && self.aggregate.is_some()
    }
}

/// A tie whose recorded facts do not fit the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TieError {
    /// The recorded winner is not one of the two clubs.
    WinnerNotInTie,
    /// The second leg is not the first with host and guest swapped.
    LegsNotSwapped,
    /// A club is drawn against itself.
    SameClubTwice,
    /// Extra time, a golden goal, a shoot-out or a score after 90 minutes on the first leg.
    ExtrasInFirstLeg,
    /// The scores send the other club through.
    ContradictsWinner { by_scores: ClubId, decided: Decided },
    /// Level on aggregate and away goals, but no shoot-out recorded.
    NoPenaltiesWhenLevel,
    /// A shoot-out recorded although aggregate or away goals separate the clubs.
    PenaltiesWithoutLevelTie,
    /// A shoot-out recorded without extra time.
    PenaltiesWithoutExtraTime,
    /// A shoot-out that ends level.
    PenaltiesLevel,
    /// Extra time flagged although the score after 90 minutes already separates the clubs.
    ExtraTimeNotNeeded,
    /// A score after 90 minutes given without extra time.
    AfterNinetyWithoutExtraTime,
    /// The score after 90 minutes has more goals for a side than the final score.
    AfterNinetyExceedsScore,
    /// A golden goal without extra time, or with a shoot-out after it.
    GoldenGoalMisplaced,
}

impl fmt::Display for TieError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            TieError::WinnerNotInTie => "the winner is not one of the two clubs",
            TieError::LegsNotSwapped => "the second leg must swap the first leg's host and guest",
            TieError::SameClubTwice => "a club cannot play itself",
            TieError::ExtrasInFirstLeg => {
                "extra time, golden goal, penalties and after_90 belong to the second leg"
            }
            TieError::ContradictsWinner { decided, .. } => {
                return write!(
                    f,
                    "the scores contradict the recorded winner: the other club goes through {}",
                    match decided {
                        Decided::AwayGoals => "on away goals",
                        Decided::Penalties { .. } => "on penalties",
                        _ => "on aggregate",
                    }
                );
            }
            TieError::NoPenaltiesWhenLevel => {
                "level on aggregate and away goals, but no penalty shoot-out is recorded"
            }
            TieError::PenaltiesWithoutLevelTie => {
                "penalties recorded, but aggregate and away goals are not level"
            }
            TieError::PenaltiesWithoutExtraTime => "penalties recorded without extra time",
            TieError::PenaltiesLevel => "a penalty shoot-out cannot end level",
            TieError::ExtraTimeNotNeeded => {
                "extra time flagged, but after 90 minutes the tie was not level"
            }
            TieError::AfterNinetyWithoutExtraTime => "after_90 given without extra time",
            TieError::AfterNinetyExceedsScore => {
                "after_90 has more goals for a side than the final score"
            }
            TieError::GoldenGoalMisplaced => {
                "a golden goal needs extra time and ends the tie (no penalties)"
            }
        };
        f.write_str(text)
    }
}

impl std::error::Error for TieError {}

/// Goals for the first-leg host (`.0`) and guest (`.1`): over both legs and scored away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Tally {
    aggregate: (u8, u8),
    away: (u8, u8),
}

impl Tally {
    /// `second` is the second leg's score at the moment considered (after 90 or at the end).
    fn of(first: Score, second: Score) -> Tally {
        Tally {
            aggregate: (
                first.home.saturating_add(second.away),
                first.away.saturating_add(second.home),
            ),
            away: (second.away, first.away),
        }
    }

    /// `Less` favours the first-leg host (index 0), `Greater` the guest, `Equal` means still level.
    fn order(self) -> (Ordering, Decided) {
        match self.aggregate.1.cmp(&self.aggregate.0) {
            Ordering::Equal => (self.away.1.cmp(&self.away.0), Decided::AwayGoals),
            other => (other, Decided::Aggregate),
        }
    }
}

impl Tie {
    /// The two clubs, first-leg host first.
    pub fn clubs(&self) -> [ClubId; 2] {
        [self.legs[0].host, self.legs[0].guest]
    }

    pub fn involves(&self, club: ClubId) -> bool {
        self.clubs().contains(&club)
    }

    /// The club that went out (the other one of [`Tie::clubs`]).
    pub fn loser(&self) -> ClubId {
        let [a, b] = self.clubs();
        if self.winner == a {
            b
        } else {
            a
        }
    }

    /// Goals `club` scored over both legs; `None` if it is not in the tie or a score is unknown.
    pub fn aggregate_of(&self, club: ClubId) -> Option<u8> {
        if !self.involves(club) {
            return None;
        }
        self.legs.iter().try_fold(0u8, |sum, leg| {
            let score = leg.score?;
            let goals = if leg.host == club {
                score.home
            } else {
                score.away
            };
            Some(sum.saturating_add(goals))
        })
    }

    /// How the tie ended. Never fails: when the facts do not fit the rules (which the build-time
    /// validator rejects) it falls back on the recorded winner, like a tie with an unknown score.
    pub fn outcome(&self) -> Outcome {
        self.check().unwrap_or_else(|_| self.recorded_outcome())
    }

    /// Resolves the tie from its scores and checks that the result agrees with the recorded winner and
    /// that extra time, golden goal and penalties are recorded where the rules allow them.
    pub fn check(&self) -> Result<Outcome, TieError> {
        let [first, second] = &self.legs;
        if first.host == first.guest {
            return Err(TieError::SameClubTwice);
        }
        if second.host != first.guest || second.guest != first.host {
            return Err(TieError::LegsNotSwapped);
        }
        if !self.involves(self.winner) {
            return Err(TieError::WinnerNotInTie);
        }
        if has_extras(first) {
            return Err(TieError::ExtrasInFirstLeg);
        }
        check_second_leg_flags(second)?;
        let (Some(first_score), Some(second_score)) = (first.score, second.score) else {
            return Ok(self.recorded_outcome());
        };
        if let Some(after_90) = second.after_90 {
            if after_90.home > second_score.home || after_90.away > second_score.away {
                return Err(TieError::AfterNinetyExceedsScore);
            }
            if Tally::of(first_score, after_90).order().0 != Ordering::Equal {
                return Err(TieError::ExtraTimeNotNeeded);
            }
        }
        let tally = Tally::of(first_score, second_score);
        let (order, decided) = match tally.order() {
            (Ordering::Equal, _) => self.shoot_out(second)?,
            _ if second.penalties.is_some() => return Err(TieError::PenaltiesWithoutLevelTie),
            (order, Decided::Aggregate) if second.golden_goal => (order, Decided::GoldenGoal),
            (order, Decided::Aggregate) if second.extra_time => (order, Decided::AfterExtraTime),
            found => found,
        };
        let [host, guest] = self.clubs();
        let (winner, loser, aggregate) = if order == Ordering::Less {
            (host, guest, tally.aggregate)
        } else {
            (guest, host, (tally.aggregate.1, tally.aggregate.0))
        };
        if winner != self.winner {
            return Err(TieError::ContradictsWinner {
                by_scores: winner,
                decided,
            });
        }
        Ok(Outcome {
            winner,
            loser,
            aggregate: Some(aggregate),
            decided,
        })
    }

    /// The shoot-out after a tie level on aggregate and away goals, as an order like [`Tally::order`].
    fn shoot_out(&self, second: &Leg) -> Result<(Ordering, Decided), TieError> {
        let Some(kicks) = second.penalties else {
            return Err(TieError::NoPenaltiesWhenLevel);
        };
        // The second leg's host is the first leg's guest, so its kicks count for index 1.
        let order = kicks.away.cmp(&kicks.home).reverse();
        let (winner, loser) = match order {
            Ordering::Equal => return Err(TieError::PenaltiesLevel),
            Ordering::Less => (kicks.away, kicks.home),
            Ordering::Greater => (kicks.home, kicks.away),
        };
        Ok((order, Decided::Penalties { winner, loser }))
    }

    fn recorded_outcome(&self) -> Outcome {
        let loser = self.loser();
        let aggregate = self.aggregate_of(self.winner).zip(self.aggregate_of(loser));
        Outcome {
            winner: self.winner,
            loser,
            aggregate,
            decided: Decided::ScoreNotRecorded,
        }
    }
}

fn has_extras(leg: &Leg) -> bool {
    leg.extra_time || leg.golden_goal || leg.penalties.is_some() || leg.after_90.is_some()
}

/// The flags of a second leg that contradict each other whatever the scores.
fn check_second_leg_flags(leg: &Leg) -> Result<(), TieError> {
    if leg.after_90.is_some() && !leg.extra_time {
        return Err(TieError::AfterNinetyWithoutExtraTime);
    }
    if leg.golden_goal && (!leg.extra_time || leg.penalties.is_some()) {
        return Err(TieError::GoldenGoalMisplaced);
    }
    if leg.penalties.is_some() && !leg.extra_time {
        return Err(TieError::PenaltiesWithoutExtraTime);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{leg, score, AURORA, BORGO, MONTE, SEASON};
    use crate::i18n::tie_label;
    use crate::url::Lang;

    /// The outcome as the reader sees it, in English and in Italian.
    fn labels(outcome: &Outcome) -> [String; 2] {
        Lang::ALL.map(|lang| tie_label(&SEASON, outcome, lang))
    }

    /// Aurora host the first leg against Monte; `second` is Monte's home leg.
    fn aurora_monte(first: Option<Score>, second: Leg, winner: ClubId) -> Tie {
        Tie {
            legs: [leg(AURORA, MONTE, first), second],
            winner,
            sources: &[],
        }
    }

    fn after_extra_time(after_90: Option<Score>, end: Option<Score>) -> Leg {
        Leg {
            after_90,
            extra_time: true,
            ..leg(MONTE, AURORA, end)
        }
    }

    #[test]
    fn a_tie_won_in_extra_time_on_aggregate() {
        let tie = aurora_monte(
            score(1, 0),
            after_extra_time(score(1, 0), score(2, 0)),
            MONTE,
        );
        let outcome = tie.check().unwrap();
        assert_eq!(outcome.decided, Decided::AfterExtraTime);
        assert_eq!(outcome.aggregate, Some((2, 1)));
        assert_eq!(
            labels(&outcome),
            [
                "Monte 2–1 on aggregate, a.e.t.",
                "Monte 2–1 nel doppio confronto, d.t.s."
            ]
        );
    }

    #[test]
    fn an_away_goal_in_extra_time_counts() {
        let tie = aurora_monte(
            score(1, 0),
            after_extra_time(score(1, 0), score(2, 1)),
            AURORA,
        );
        let outcome = tie.check().unwrap();
        assert_eq!((outcome.winner, outcome.loser), (AURORA, MONTE));
        assert_eq!(outcome.decided, Decided::AwayGoals);
        assert_eq!(outcome.aggregate, Some((2, 2)));
        assert_eq!(
            labels(&outcome),
            [
                "Aurora on away goals",
                "Aurora per la regola dei gol in trasferta"
            ]
        );
    }

    #[test]
    fn a_shoot_out_won_by_the_first_leg_host() {
        let second = Leg {
            penalties: score(3, 5),
            ..after_extra_time(score(0, 0), score(0, 0))
        };
        let outcome = aurora_monte(score(0, 0), second, AURORA).check().unwrap();
        assert_eq!(
            outcome.decided,
            Decided::Penalties {
                winner: 5,
                loser: 3
            }
        );
        assert_eq!(
            labels(&outcome),
            ["Aurora 5–3 on penalties", "Aurora 5–3 ai rigori"]
        );
    }

    #[test]
    fn flags_that_break_the_rules_are_rejected() {
        let level = || after_extra_time(score(0, 0), score(0, 0));
        let cases = [
            (
                Leg {
                    penalties: score(4, 4),
                    ..level()
                },
                TieError::PenaltiesLevel,
            ),
            (
                Leg {
                    golden_goal: true,
                    ..leg(MONTE, AURORA, score(1, 0))
                },
                TieError::GoldenGoalMisplaced,
            ),
            (
                after_extra_time(score(2, 0), score(1, 0)),
                TieError::AfterNinetyExceedsScore,
            ),
            (
                Leg {
                    after_90: score(0, 0),
                    ..leg(MONTE, AURORA, score(1, 0))
                },
                TieError::AfterNinetyWithoutExtraTime,
            ),
            (leg(AURORA, MONTE, score(0, 0)), TieError::LegsNotSwapped),
        ];
        for (second, error) in cases {
            assert_eq!(aurora_monte(score(0, 0), second, MONTE).check(), Err(error));
        }
        let mut extras_first = aurora_monte(score(0, 0), leg(MONTE, AURORA, score(1, 0)), MONTE);
        extras_first.legs[0].extra_time = true;
        assert_eq!(extras_first.check(), Err(TieError::ExtrasInFirstLeg));
        let outsider = aurora_monte(score(0, 0), leg(MONTE, AURORA, score(1, 0)), BORGO);
        assert_eq!(outsider.check(), Err(TieError::WinnerNotInTie));
        let itself = Tie {
            legs: [leg(AURORA, AURORA, None), leg(AURORA, AURORA, None)],
            winner: AURORA,
            sources: &[],
        };
        assert_eq!(itself.check(), Err(TieError::SameClubTwice));
    }

    #[test]
    fn outcome_falls_back_on_the_recorded_winner_when_the_scores_disagree() {
        let tie = aurora_monte(score(3, 0), leg(MONTE, AURORA, score(1, 0)), MONTE);
        assert_eq!(
            tie.check(),
            Err(TieError::ContradictsWinner {
                by_scores: AURORA,
                decided: Decided::Aggregate
            })
        );
        let outcome = tie.outcome();
        assert_eq!((outcome.winner, outcome.loser), (MONTE, AURORA));
        assert_eq!(outcome.aggregate, Some((1, 3)));
        assert_eq!(outcome.decided, Decided::ScoreNotRecorded);
        assert_eq!(
            labels(&outcome),
            [
                "Monte went through (score not recorded)",
                "Passa Monte (risultato non disponibile)"
            ]
        );
    }

    #[test]
    fn aggregate_of_a_club_outside_the_tie_is_none() {
        let tie = aurora_monte(score(3, 0), leg(MONTE, AURORA, score(1, 0)), AURORA);
        assert_eq!(tie.aggregate_of(AURORA), Some(3));
        assert_eq!(tie.aggregate_of(MONTE), Some(1));
        assert_eq!(tie.aggregate_of(BORGO), None);
        assert_eq!(tie.clubs(), [AURORA, MONTE]);
        assert_eq!(tie.loser(), MONTE);
    }
}
