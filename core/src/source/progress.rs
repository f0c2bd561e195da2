//! A club's way through the rounds: it plays a knockout round only when it enters there, won its group
//! or won its tie in the round before.

use std::collections::HashMap;

use super::groups::ReadGroup;
use super::knockout::ReadTie;
use super::{stage_words, tie_words, Reader};
use crate::model::{ClubId, Season, Stage};
use crate::standings::group_winner;

/// Where a club stands while the rounds are replayed in order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    /// May play in this stage next.
    Due(Stage),
    /// Went out in this stage.
    Out(Stage),
    /// Its earlier entries had errors of their own: not checked further.
    Unknown,
}

impl Reader<'_> {
    /// Replays the knockout rounds in order: a club may play a round only if it enters there, won its
    /// group (second round) or won a tie in the round before; never after it went out, never twice.
    pub(super) fn check_progress(
        &mut self,
        season: &Season,
        groups: &[ReadGroup],
        ties: &[ReadTie],
    ) {
        let mut status: Vec<Status> = self
            .clubs
            .iter()
            .map(|club| match club.enters {
                Stage::Group => Status::Unknown,
                stage => Status::Due(stage),
            })
            .collect();
        let mut group_of: HashMap<ClubId, u8> = HashMap::new();
        for read in groups.iter().filter(|g| g.complete) {
            let winner = group_winner(season, &read.group);
            for &club in read.group.clubs {
                group_of.insert(club, read.group.number);
                status[usize::from(club.0)] = if club == winner {
                    Status::Due(Stage::SecondRound)
                } else {
                    Status::Out(Stage::Group)
                };
            }
        }
        for read in ties {
            if let ReadTie::Broken { clubs } = read {
                for club in clubs {
                    status[usize::from(club.0)] = Status::Unknown;
                }
            }
        }
        for stage in Stage::KNOCKOUT {
            let mut playing: HashMap<ClubId, usize> = HashMap::new();
            let mut results = Vec::new();
            for read in ties {
                let ReadTie::Valid {
                    stage: tie_stage,
                    tie,
                    lines,
                } = read
                else {
                    continue;
                };
                if *tie_stage != stage {
                    continue;
                }
                let mut fits = true;
                for (club, line) in tie.clubs().into_iter().zip(*lines) {
                    let current = status[usize::from(club.0)];
                    let problem = self.progress_problem(club, current, stage, &group_of);
                    let twice = playing.insert(club, line);
                    if let Some(message) = problem {
                        self.fail_line(line, message);
                        fits = false;
                    } else if let Some(first) = twice {
                        let message = format!(
                            "{} already plays in another {} (line {first})",
                            self.name(club),
                            tie_words(stage)
                        );
                        self.fail_line(line, message);
                        fits = false;
                    }
                    fits &= current != Status::Unknown;
                }
                results.push((tie, fits));
            }
            for (tie, fits) in results {
                let (winner, loser) = (tie.winner, tie.loser());
                if fits {
                    if let Some(next) = stage.next() {
                        status[usize::from(winner.0)] = Status::Due(next);
                    }
                    status[usize::from(loser.0)] = Status::Out(stage);
                } else {
                    status[usize::from(winner.0)] = Status::Unknown;
                    status[usize::from(loser.0)] = Status::Unknown;
                }
            }
        }
    }

    /// Why `club`, standing at `status`, cannot play in `stage`; `None` when it can (or is unchecked).
    fn progress_problem(
        &self,
        club: ClubId,
        status: Status,
        stage: Stage,
        group_of: &HashMap<ClubId, u8>,
    ) -> Option<String> {
        let name = self.name(club);
        let where_ = stage_words(stage);
        match status {
            Status::Unknown => None,
            Status::Due(due) if due == stage => None,
            Status::Due(due) if due > stage => Some(format!(
                "{name} enters at the {} and cannot play in the {where_}",
                stage_words(due)
            )),
            Status::Due(due) => Some(format!(
                "{name} cannot have reached the {where_}: it played no {}",
                tie_words(due)
            )),
            Status::Out(Stage::Group) => Some(format!(
                "{name} did not win group {} and cannot play in the {where_}",
                group_of.get(&club).copied().unwrap_or_default()
            )),
            Status::Out(out) => Some(format!(
                "{name} was eliminated in the {} and cannot play in the {where_}",
                stage_words(out)
            )),
        }
    }
}
