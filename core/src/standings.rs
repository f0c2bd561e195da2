//! Group tables, computed from the results (never typed in) and ordered by the season's tiebreak rule.

use std::cmp::{Ordering, Reverse};

use crate::model::{ClubId, Group, GroupTiebreak, Season};
use crate::sort::{sort_by, sort_by_key};

/// One club's line in a group table. Only matches with a recorded score count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Row {
    pub club: ClubId,
    pub played: u8,
    pub won: u8,
    pub drawn: u8,
    pub lost: u8,
    pub goals_for: u8,
    pub goals_against: u8,
    pub points: u8,
}

impl Row {
    fn empty(club: ClubId) -> Row {
        Row {
            club,
            played: 0,
            won: 0,
            drawn: 0,
            lost: 0,
            goals_for: 0,
            goals_against: 0,
            points: 0,
        }
    }

    pub fn goal_difference(&self) -> i16 {
        i16::from(self.goals_for) - i16::from(self.goals_against)
    }

    /// Saturating, so absurd data can only give absurd numbers, never a panic.
    fn record(&mut self, scored: u8, conceded: u8, season: &Season) {
        self.played = self.played.saturating_add(1);
        self.goals_for = self.goals_for.saturating_add(scored);
        self.goals_against = self.goals_against.saturating_add(conceded);
        let (won, drawn, lost, points) = match scored.cmp(&conceded) {
            Ordering::Greater => (1, 0, 0, season.rules.points_win),
            Ordering::Equal => (0, 1, 0, season.rules.points_draw),
            Ordering::Less => (0, 0, 1, 0),
        };
        self.won = self.won.saturating_add(won);
        self.drawn = self.drawn.saturating_add(drawn);
        self.lost = self.lost.saturating_add(lost);
        self.points = self.points.saturating_add(points);
    }
}

/// The groups the standings show: `only_club`'s group alone, else every group in number order (also
/// when that club played in no group). The followed club's card is shown first by CSS: the cards keep
/// this order in the document, so a change of club moves none of them.
pub fn visible_groups(season: &Season, only_club: Option<ClubId>) -> Vec<&'static Group> {
    match only_club.and_then(|club| group_of(season, club)) {
        Some(group) => vec![group],
        None => season.groups.iter().collect(),
    }
}

/// The group's table in final order (first = group winner).
pub fn standings(season: &Season, group: &Group) -> Vec<Row> {
    let mut rows = table(season, group, group.clubs);
    match season.rules.group_tiebreak {
        GroupTiebreak::OverallGoalDifference => sort_by(&mut rows, |a, b| {
            b.points
                .cmp(&a.points)
                .then_with(|| by_goals(a, b))
                .then_with(|| by_name(season, a, b))
        }),
        GroupTiebreak::HeadToHead => {
            sort_by_key(&mut rows, |r| Reverse(r.points));
            for level in rows.chunk_by_mut(|a, b| a.points == b.points) {
                order_by_head_to_head(season, group, level);
            }
        }
    }
    rows
}

/// 1-based position of `club` in a table, `None` if it is not in it.
pub fn position(rows: &[Row], club: ClubId) -> Option<u8> {
    rows.iter()
        .position(|r| r.club == club)
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// The group `club` played in; `None` for clubs that entered in the knockout rounds.
pub fn group_of(season: &Season, club: ClubId) -> Option<&'static Group> {
    let groups: &'static [Group] = season.groups;
    groups.iter().find(|g| g.clubs.contains(&club))
}

/// The club that topped the group (and so went through).
///
/// # Panics
/// If the group has no clubs, which the data file's validator rejects.
pub fn group_winner(season: &Season, group: &Group) -> ClubId {
    standings(season, group)[0].club
}

/// Unordered rows for `clubs`, counting only the group's matches played between two of them.
fn table(season: &Season, group: &Group, clubs: &[ClubId]) -> Vec<Row> {
    let mut rows: Vec<Row> = clubs.iter().map(|&c| Row::empty(c)).collect();
    for game in group.matches {
        let Some(score) = game.score else { continue };
        if !clubs.contains(&game.home) || !clubs.contains(&game.away) {
            continue;
        }
        for row in rows.iter_mut() {
            if row.club == game.home {
                row.record(score.home, score.away, season);
            } else if row.club == game.away {
                row.record(score.away, score.home, season);
            }
        }
    }
    rows
}

/// Orders clubs level on points by the matches between them, then overall goals, then name.
fn order_by_head_to_head(season: &Season, group: &Group, level: &mut [Row]) {
    if level.len() < 2 {
        return;
    }
    let clubs: Vec<ClubId> = level.iter().map(|r| r.club).collect();
    let mini = table(season, group, &clubs);
    let mini_row = |club: ClubId| mini.iter().find(|r| r.club == club).copied();
    sort_by(level, |a, b| {
        let (ma, mb) = (mini_row(a.club), mini_row(b.club));
        let head_to_head = match (ma, mb) {
            (Some(ma), Some(mb)) => mb.points.cmp(&ma.points).then_with(|| by_goals(&ma, &mb)),
            _ => Ordering::Equal,
        };
        head_to_head
            .then_with(|| by_goals(a, b))
            .then_with(|| by_name(season, a, b))
    });
}

/// Better goal difference first, then more goals scored.
fn by_goals(a: &Row, b: &Row) -> Ordering {
    b.goal_difference()
        .cmp(&a.goal_difference())
        .then(b.goals_for.cmp(&a.goals_for))
}

fn by_name(season: &Season, a: &Row, b: &Row) -> Ordering {
    season.club(a.club).name.cmp(season.club(b.club).name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::*;

    /// (club, P, W, D, L, GF, GA, Pts)
    type Line = (ClubId, u8, u8, u8, u8, u8, u8, u8);

    fn lines(rows: &[Row]) -> Vec<Line> {
        rows.iter()
            .map(|r| {
                (
                    r.club,
                    r.played,
                    r.won,
                    r.drawn,
                    r.lost,
                    r.goals_for,
                    r.goals_against,
                    r.points,
                )
            })
            .collect()
    }

    #[test]
    fn overall_goal_difference_orders_level_clubs_by_goals() {
        let rows = standings(&SEASON, &SEASON.groups[0]);
        assert_eq!(
            lines(&rows),
            vec![
                (AURORA, 3, 2, 1, 0, 4, 1, 7),
                (CITTA, 3, 1, 1, 1, 4, 2, 4),
                (BORGO, 3, 1, 1, 1, 2, 3, 4),
                (DORA, 3, 0, 1, 2, 1, 5, 1),
            ]
        );
    }

    #[test]
    fn head_to_head_puts_the_winner_of_the_match_between_level_clubs_first() {
        let rows = standings(&HEAD_TO_HEAD, &HEAD_TO_HEAD.groups[0]);
        let order: Vec<ClubId> = rows.iter().map(|r| r.club).collect();
        assert_eq!(order, vec![AURORA, BORGO, CITTA, DORA]);
    }

    #[test]
    fn matches_without_a_score_are_not_counted() {
        let rows = standings(&SEASON, &SEASON.groups[1]);
        assert_eq!(
            lines(&rows),
            vec![
                (ETNA, 2, 2, 0, 0, 3, 0, 6),
                (GOLFO, 2, 1, 1, 0, 3, 1, 4),
                (FIUME, 3, 1, 0, 2, 2, 3, 3),
                (LAGO, 3, 0, 1, 2, 1, 5, 1),
            ]
        );
    }

    static LEVEL: Group = Group {
        number: 9,
        clubs: &[DORA, AURORA],
        matches: &[game(DORA, AURORA, score(1, 1))],
        sources: &[],
    };

    #[test]
    fn clubs_level_on_everything_are_ordered_by_name_under_both_rules() {
        for season in [&SEASON, &HEAD_TO_HEAD] {
            let order: Vec<ClubId> = standings(season, &LEVEL).iter().map(|r| r.club).collect();
            assert_eq!(order, vec![AURORA, DORA]);
        }
    }

    #[test]
    fn goal_difference_can_be_negative() {
        let rows = standings(&SEASON, &SEASON.groups[0]);
        let diffs: Vec<i16> = rows.iter().map(Row::goal_difference).collect();
        assert_eq!(diffs, vec![3, 2, -1, -4]);
    }

    #[test]
    fn position_is_one_based_and_absent_for_outsiders() {
        let rows = standings(&SEASON, &SEASON.groups[0]);
        assert_eq!(position(&rows, AURORA), Some(1));
        assert_eq!(position(&rows, BORGO), Some(3));
        assert_eq!(position(&rows, ETNA), None);
    }

    #[test]
    fn group_of_finds_the_group_and_nothing_for_later_entrants() {
        assert_eq!(group_of(&SEASON, GOLFO).map(|g| g.number), Some(2));
        assert_eq!(group_of(&SEASON, MONTE), None);
    }

    #[test]
    fn the_club_s_group_alone_else_every_group() {
        let numbers = |club| -> Vec<u8> {
            visible_groups(&SEASON, club)
                .iter()
                .map(|g| g.number)
                .collect()
        };
        assert_eq!(numbers(None), [1, 2]);
        assert_eq!(numbers(Some(GOLFO)), [2]);
        assert_eq!(numbers(Some(AURORA)), [1]);
        assert_eq!(numbers(Some(MONTE)), [1, 2], "a later entrant has no group");
    }

    #[test]
    fn group_winner_is_the_top_of_the_table() {
        assert_eq!(group_winner(&SEASON, &SEASON.groups[0]), AURORA);
        assert_eq!(group_winner(&SEASON, &SEASON.groups[1]), ETNA);
    }
}
