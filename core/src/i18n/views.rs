//! Sentences of the three views (standings, bracket, scorers) that carry values; their texts are keys
//! of the translation table ([`Text`]).

use super::{approximately, Text};
use crate::model::{Goal, GoalKind, Minute};
use crate::tie::Outcome;
use crate::url::Lang;

/// A tie's aggregate beside its label ([`tie_label`](super::tie_label)), on its card, in its details and in
/// the HTML fragment, unless the label gives it already: "Milan 6–3 on aggregate" says it once, "Chievo on
/// away goals" needs "Aggregate 2–2" beside it.
pub fn aggregate_beside_label(outcome: &Outcome, lang: Lang) -> Option<String> {
    (!outcome.settled_by_aggregate()).then(|| aggregate_text(outcome, lang))
}

/// A tie's aggregate, winner first ("Aggregate 6–3"), or that it is unknown.
fn aggregate_text(outcome: &Outcome, lang: Lang) -> String {
    match outcome.aggregate {
        Some((winner, loser)) => {
            Text::Aggregate.fill(lang, &[("score", &format!("{winner}–{loser}"))])
        }
        None => Text::AggregateUnknown.get(lang).to_owned(),
    }
}

/// "90+3'", or "c. 98'" / "ca. 98'" for a minute the sources give only roughly.
pub fn minute_text(minute: Minute, lang: Lang) -> String {
    let text = match minute.stoppage {
        Some(extra) => format!("{}+{extra}'", minute.minute),
        None => format!("{}'", minute.minute),
    };
    approximately(text, minute.approximate, lang)
}

/// One goal as a reader expects it in each language: "Serginho 61' (pen.)" / "Serginho 61' (rig.)",
/// "Maietta 34' (o.g.)" / "Maietta 34' (aut.)".
pub fn goal_text(goal: &Goal, lang: Lang) -> String {
    let kind = match goal.kind {
        GoalKind::Regular => None,
        GoalKind::Penalty => Some(Text::GoalPenalty),
        GoalKind::OwnGoal => Some(Text::GoalOwn),
        GoalKind::GoldenGoal => Some(Text::GoalGolden),
    };
    let kind = kind.map_or_else(String::new, |kind| format!(" ({})", kind.get(lang)));
    match goal.minute {
        Some(minute) => format!("{} {}{kind}", goal.player, minute_text(minute, lang)),
        None => format!("{}{kind}", goal.player),
    }
}

/// A standings table's number columns after Pos and Club, as (abbreviation, full name): the app's
/// table and the HTML-only fragment show the same columns.
pub const STANDINGS_NUMBER_COLUMNS: [(Text, Text); 8] = [
    (Text::ColPlayedAbbr, Text::ColPlayed),
    (Text::ColWonAbbr, Text::ColWon),
    (Text::ColDrawnAbbr, Text::ColDrawn),
    (Text::ColLostAbbr, Text::ColLost),
    (Text::ColGoalsForAbbr, Text::ColGoalsFor),
    (Text::ColGoalsAgainstAbbr, Text::ColGoalsAgainst),
    (Text::ColGoalDifferenceAbbr, Text::ColGoalDifference),
    (Text::ColPointsAbbr, Text::ColPoints),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn italian_column_abbreviations_are_the_italian_ones() {
        let abbrs = [
            Text::ColPlayedAbbr,
            Text::ColWonAbbr,
            Text::ColDrawnAbbr,
            Text::ColLostAbbr,
            Text::ColGoalsForAbbr,
            Text::ColGoalsAgainstAbbr,
            Text::ColGoalDifferenceAbbr,
            Text::ColPointsAbbr,
        ];
        let it: Vec<&str> = abbrs.iter().map(|k| k.get(Lang::It)).collect();
        assert_eq!(it, ["G", "V", "N", "P", "GF", "GS", "DR", "Pt"]);
    }

    #[test]
    fn goals_read_with_their_minute_and_kind_in_each_language() {
        use crate::model::Side;
        let at = |minute, stoppage, approximate| {
            Some(Minute {
                minute,
                stoppage,
                approximate,
            })
        };
        let goal = |player, minute, kind| Goal {
            side: Side::Host,
            player,
            minute,
            kind,
        };
        let penalty = goal("Serginho", at(61, None, false), GoalKind::Penalty);
        assert_eq!(goal_text(&penalty, Lang::En), "Serginho 61' (pen.)");
        assert_eq!(goal_text(&penalty, Lang::It), "Serginho 61' (rig.)");
        let own = goal("Maietta", at(34, None, false), GoalKind::OwnGoal);
        assert_eq!(goal_text(&own, Lang::En), "Maietta 34' (o.g.)");
        assert_eq!(goal_text(&own, Lang::It), "Maietta 34' (aut.)");
        let late = goal("F. Inzaghi", at(90, Some(3), false), GoalKind::Regular);
        assert_eq!(goal_text(&late, Lang::It), "F. Inzaghi 90+3'");
        let golden = goal("Cristallini", at(98, None, true), GoalKind::GoldenGoal);
        assert_eq!(
            goal_text(&golden, Lang::En),
            "Cristallini c. 98' (golden goal)"
        );
        assert_eq!(
            goal_text(&golden, Lang::It),
            "Cristallini ca. 98' (golden gol)"
        );
        let unknown = goal("Schwoch", None, GoalKind::Penalty);
        assert_eq!(goal_text(&unknown, Lang::En), "Schwoch (pen.)");
    }

    #[test]
    fn the_aggregate_is_winner_first_or_unknown() {
        use crate::model::ClubId;
        use crate::tie::Decided;
        let outcome = |aggregate| Outcome {
            winner: ClubId(0),
            loser: ClubId(1),
            aggregate,
            decided: Decided::Aggregate,
        };
        assert_eq!(
            aggregate_text(&outcome(Some((6, 3))), Lang::En),
            "Aggregate 6–3"
        );
        assert_eq!(
            aggregate_text(&outcome(Some((6, 3))), Lang::It),
            "Totale 6–3"
        );
        assert_eq!(
            aggregate_text(&outcome(None), Lang::En),
            "Aggregate unknown"
        );
        assert_eq!(
            aggregate_text(&outcome(None), Lang::It),
            "Totale non disponibile"
        );
    }

    #[test]
    fn the_aggregate_goes_beside_a_label_that_does_not_give_it() {
        use crate::model::ClubId;
        use crate::tie::Decided;
        let beside = |decided, aggregate, lang| {
            let outcome = Outcome {
                winner: ClubId(0),
                loser: ClubId(1),
                aggregate,
                decided,
            };
            aggregate_beside_label(&outcome, lang)
        };
        assert_eq!(beside(Decided::Aggregate, Some((6, 3)), Lang::En), None);
        assert_eq!(
            beside(Decided::AfterExtraTime, Some((3, 2)), Lang::It),
            None
        );
        assert_eq!(
            beside(Decided::AwayGoals, Some((2, 2)), Lang::En).as_deref(),
            Some("Aggregate 2–2")
        );
        let shoot_out = Decided::Penalties {
            winner: 4,
            loser: 1,
        };
        assert_eq!(
            beside(shoot_out, Some((2, 2)), Lang::It).as_deref(),
            Some("Totale 2–2")
        );
        assert_eq!(
            beside(Decided::GoldenGoal, Some((3, 2)), Lang::En).as_deref(),
            Some("Aggregate 3–2")
        );
        // A winner whose score no source gives: the label says so, and the aggregate is unknown.
        assert_eq!(
            beside(Decided::Aggregate, None, Lang::En).as_deref(),
            Some("Aggregate unknown")
        );
    }
}
