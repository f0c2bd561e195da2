//! Season totals computed from the data, and where a published figure disagrees with them.

use crate::model::{Score, Season};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Totals {
    pub clubs: u32,
    /// Group matches plus two legs per knockout tie.
    pub matches: u32,
    pub known_scores: u32,
    pub unknown_scores: u32,
    /// Goals in the matches with a known score: a lower bound when `unknown_scores > 0`.
    pub goals_known: u32,
    pub group_goals: u32,
    pub knockout_goals: u32,
}

impl Totals {
    /// Whether `goals_known` is the whole story or only "at least".
    pub fn goals_are_lower_bound(&self) -> bool {
        self.unknown_scores > 0
    }
}

pub fn totals(season: &Season) -> Totals {
    let group_scores = season
        .groups
        .iter()
        .flat_map(|g| g.matches)
        .map(|m| m.score);
    let knockout_scores = season
        .rounds
        .iter()
        .flat_map(|r| r.ties)
        .flat_map(|t| &t.legs)
        .map(|leg| leg.score);
    let group = tally(group_scores);
    let knockout = tally(knockout_scores);
    Totals {
        clubs: u32::try_from(season.clubs.len()).unwrap_or(u32::MAX),
        matches: group.known + group.unknown + knockout.known + knockout.unknown,
        known_scores: group.known + knockout.known,
        unknown_scores: group.unknown + knockout.unknown,
        goals_known: group.goals + knockout.goals,
        group_goals: group.goals,
        knockout_goals: knockout.goals,
    }
}

/// A figure the published infobox states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Figure {
    Matches,
    Goals,
    Clubs,
    TopScorerGoals,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Disagreement {
    pub figure: Figure,
    pub published: u32,
    pub computed: u32,
    /// The data only shows "at least `computed`" (some scores are unknown).
    pub computed_is_lower_bound: bool,
}

/// Published figures the data contradicts. A published number above a lower bound is not a
/// contradiction: the unknown scores could account for it.
pub fn disagreements(season: &Season) -> Vec<Disagreement> {
    let t = totals(season);
    let top_scorer = season.scorers.iter().map(|s| u32::from(s.goals)).max();
    let p = &season.published;
    let figures = [
        (Figure::Matches, p.matches, Some(t.matches), false),
        (
            Figure::Goals,
            p.goals,
            Some(t.goals_known),
            t.goals_are_lower_bound(),
        ),
        (Figure::Clubs, p.clubs, Some(t.clubs), false),
        (
            Figure::TopScorerGoals,
            p.top_scorer_goals.map(u32::from),
            top_scorer,
            false,
        ),
    ];
    figures
        .into_iter()
        .filter_map(|(figure, published, computed, computed_is_lower_bound)| {
            let (published, computed) = (published?, computed?);
            let contradicts = if computed_is_lower_bound {
                published < computed
            } else {
                published != computed
            };
            contradicts.then_some(Disagreement {
                figure,
                published,
                computed,
                computed_is_lower_bound,
            })
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    known: u32,
    unknown: u32,
    goals: u32,
}

fn tally(scores: impl Iterator<Item = Option<Score>>) -> Tally {
    scores.fold(Tally::default(), |mut t, score| {
        match score {
            Some(s) => {
                t.known += 1;
                t.goals += s.total();
            }
            None => t.unknown += 1,
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::SEASON;
    use crate::model::Published;

    #[test]
    fn totals_count_every_match_and_only_known_goals() {
        assert_eq!(
            totals(&SEASON),
            Totals {
                clubs: 12,
                matches: 22,
                known_scores: 19,
                unknown_scores: 3,
                goals_known: 36,
                group_goals: 20,
                knockout_goals: 16,
            }
        );
        assert!(totals(&SEASON).goals_are_lower_bound());
    }

    #[test]
    fn a_published_goal_count_below_the_lower_bound_disagrees() {
        assert_eq!(
            disagreements(&SEASON),
            vec![Disagreement {
                figure: Figure::Goals,
                published: 30,
                computed: 36,
                computed_is_lower_bound: true,
            }]
        );
    }

    fn published(season: &Season, p: Published) -> Vec<Disagreement> {
        disagreements(&Season {
            published: p,
            ..*season
        })
    }

    #[test]
    fn a_published_goal_count_above_the_lower_bound_is_not_contradicted() {
        let p = Published {
            goals: Some(40),
            ..SEASON.published
        };
        assert_eq!(published(&SEASON, p), vec![]);
    }

    #[test]
    fn exact_figures_disagree_either_way_and_missing_ones_never() {
        let p = Published {
            matches: Some(23),
            goals: None,
            clubs: Some(11),
            top_scorer_goals: Some(4),
            source: "test",
        };
        let figures: Vec<(Figure, u32, u32)> = published(&SEASON, p)
            .iter()
            .map(|d| (d.figure, d.published, d.computed))
            .collect();
        assert_eq!(
            figures,
            vec![
                (Figure::Matches, 23, 22),
                (Figure::Clubs, 11, 12),
                (Figure::TopScorerGoals, 4, 3),
            ]
        );
    }
}
