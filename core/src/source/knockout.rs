//! The knockout ties: two legs with host and guest swapped, scores that fit the rules and the recorded
//! winner, goal lists that add up.

use std::ops::Range;

use toml::Spanned;

use super::raw::{self, Text};
use super::values::parse_minute;
use super::{leak, leak_slice, Reader};
use crate::model::{ClubId, Goal, GoalKind, Leg, Score, Side, Stage, Tie};
use crate::tie::TieError;

/// A tie as read: `Valid` when its clubs resolved and its scores fit the rules.
pub(super) enum ReadTie {
    Valid {
        stage: Stage,
        tie: Tie,
        /// Lines of the first leg's host and guest, where a club's presence is reported.
        lines: [usize; 2],
    },
    Broken {
        clubs: Vec<ClubId>,
    },
}

impl Reader<'_> {
    pub(super) fn tie(&mut self, entry: &Spanned<raw::Tie>) -> ReadTie {
        let raw = entry.get_ref();
        let stage = self.stage(&raw.stage);
        if stage == Some(Stage::Group) {
            self.fail(
                &raw.stage.span(),
                "a knockout tie cannot be in the group stage",
            );
        }
        let what = format!(
            "the tie {} v {}",
            raw.first.get_ref().host.get_ref(),
            raw.first.get_ref().guest.get_ref()
        );
        let sources = self.cite(&raw.sources, &entry.span(), &what);
        let winner = self.club(&raw.winner);
        let first = self.leg(&raw.first);
        let second = self.leg(&raw.second);
        let (Some(stage), Some(winner), Some(first), Some(second)) = (stage, winner, first, second)
        else {
            let clubs = [&first, &second]
                .into_iter()
                .flatten()
                .flat_map(|leg| [leg.host, leg.guest])
                .collect();
            return ReadTie::Broken { clubs };
        };
        let tie = Tie {
            legs: [first, second],
            winner,
            sources,
        };
        if stage == Stage::Group {
            return ReadTie::Broken {
                clubs: tie.clubs().to_vec(),
            };
        }
        if let Err(error) = tie.check() {
            let span = self.tie_error_span(raw, error);
            self.fail(&span, error.to_string());
            return ReadTie::Broken {
                clubs: tie.clubs().to_vec(),
            };
        }
        let first = raw.first.get_ref();
        ReadTie::Valid {
            stage,
            tie,
            lines: [
                self.line(first.host.span().start),
                self.line(first.guest.span().start),
            ],
        }
    }

    /// The entry a [`TieError`] is about, so the message points at the line to fix.
    fn tie_error_span(&self, raw: &raw::Tie, error: TieError) -> Range<usize> {
        let (first, second) = (raw.first.get_ref(), raw.second.get_ref());
        let flag = |flag: &Option<Spanned<bool>>| flag.as_ref().map(Spanned::span);
        let text = |text: &Option<Text>| text.as_ref().map(Spanned::span);
        let specific = match error {
            TieError::WinnerNotInTie | TieError::ContradictsWinner { .. } => {
                Some(raw.winner.span())
            }
            TieError::LegsNotSwapped => Some(second.host.span()),
            TieError::SameClubTwice => Some(first.guest.span()),
            TieError::ExtrasInFirstLeg => Some(raw.first.span()),
            TieError::NoPenaltiesWhenLevel => text(&second.score),
            TieError::PenaltiesWithoutLevelTie
            | TieError::PenaltiesWithoutExtraTime
            | TieError::PenaltiesLevel => text(&second.penalties),
            TieError::ExtraTimeNotNeeded => flag(&second.extra_time),
            TieError::AfterNinetyWithoutExtraTime | TieError::AfterNinetyExceedsScore => {
                text(&second.after_90)
            }
            TieError::GoldenGoalMisplaced => flag(&second.golden_goal),
        };
        specific.unwrap_or_else(|| raw.second.span())
    }

    fn leg(&mut self, entry: &Spanned<raw::Leg>) -> Option<Leg> {
        let leg = entry.get_ref();
        let host = self.club(&leg.host);
        let guest = self.club(&leg.guest);
        let date = self.match_date(&leg.date);
        let score = self.score(&leg.score);
        let after_90 = self.score(&leg.after_90);
        let penalties = self.score(&leg.penalties);
        let flag = |flag: &Option<Spanned<bool>>| flag.as_ref().is_some_and(|f| *f.get_ref());
        let goals = self.goals(leg);
        let [note, note_it] = self.notes(&leg.note, &leg.note_it);
        let leg = Leg {
            host: host?,
            guest: guest?,
            date,
            venue: leg.venue.as_deref().map(leak),
            score,
            after_90,
            extra_time: flag(&leg.extra_time),
            golden_goal: flag(&leg.golden_goal),
            penalties,
            goals: leak_slice(goals?),
            // A goalless leg needs no list to be complete.
            goals_complete: !leg.goals_partial.unwrap_or(false)
                && (leg.goals.is_some() || score == Some(Score { home: 0, away: 0 })),
            note,
            note_it,
        };
        // A malformed score is reported already: its goals cannot be checked against it.
        let score_unreadable = leg.score.is_none() && entry.get_ref().score.is_some();
        if let (Some(listed), false) = (&entry.get_ref().goals, score_unreadable) {
            self.check_goals(&leg, &listed.span());
        }
        Some(leg)
    }

    /// A leg's goals; `None` when one of them is malformed (reported).
    fn goals(&mut self, leg: &raw::Leg) -> Option<Vec<Goal>> {
        let Some(listed) = &leg.goals else {
            return Some(Vec::new());
        };
        let mut goals = Vec::new();
        let mut valid = true;
        for entry in listed.get_ref() {
            let goal = entry.get_ref();
            let side = self.keyword(
                &goal.side,
                "side",
                &[("host", Side::Host), ("guest", Side::Guest)],
            );
            let minute = goal.minute.as_ref().map(|text| {
                let minute = parse_minute(text.get_ref());
                if minute.is_none() {
                    self.fail(
                        &text.span(),
                        format!(
                            "malformed minute \"{}\": expected a minute of 1–120 like \"62\", \
                             stoppage time like \"90+3\", a leading ~ when approximate",
                            text.get_ref()
                        ),
                    );
                }
                minute
            });
            let kind = match &goal.kind {
                None => Some(GoalKind::Regular),
                Some(kind) => self.keyword(
                    kind,
                    "goal kind",
                    &[
                        ("penalty", GoalKind::Penalty),
                        ("own-goal", GoalKind::OwnGoal),
                        ("golden-goal", GoalKind::GoldenGoal),
                    ],
                ),
            };
            if goal.player.trim().is_empty() {
                self.fail(&entry.span(), "a goal needs its player");
                valid = false;
            }
            match (side, minute, kind) {
                (Some(side), None | Some(Some(_)), Some(kind)) => goals.push(Goal {
                    side,
                    player: leak(goal.player.trim()),
                    minute: minute.flatten(),
                    kind,
                }),
                _ => valid = false,
            }
        }
        valid.then_some(goals)
    }

    /// A complete goal list must add up to the score on each side; a partial one may not exceed it.
    fn check_goals(&mut self, leg: &Leg, span: &Range<usize>) {
        let (host, guest) = (self.name(leg.host), self.name(leg.guest));
        let listed = leg.listed_score();
        let Some(score) = leg.score else {
            self.fail(
                span,
                "goals are listed but the score is not recorded: a partial fact belongs in note",
            );
            return;
        };
        let show = |s: Score| format!("{host} {}, {guest} {}", s.home, s.away);
        if leg.goals_complete && listed != score {
            self.fail(
                span,
                format!(
                    "the goals do not add up to the score: listed {}, score {}",
                    show(listed),
                    show(score)
                ),
            );
        } else if listed.home > score.home || listed.away > score.away {
            self.fail(
                span,
                format!(
                    "more goals listed than the score holds: listed {}, score {}",
                    show(listed),
                    show(score)
                ),
            );
        }
        if !leg.golden_goal && leg.goals.iter().any(|g| g.kind == GoalKind::GoldenGoal) {
            self.fail(
                span,
                "a golden goal is listed but the leg has no golden_goal = true",
            );
        }
    }
}
