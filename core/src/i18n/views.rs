//! Strings of the three views (standings, bracket, scorers). A key without both translations does not
//! compile: [`ViewText::get`] is an exhaustive `match`. Placeholders in braces (`{n}`, `{club}`) are filled
//! by the views with [`fill`].

use crate::model::{Goal, GoalKind, Minute};
use crate::tie::Outcome;
use crate::url::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewText {
    // Standings.
    StandingsHeading,
    ColPositionAbbr,
    ColPosition,
    ColClub,
    ColPlayedAbbr,
    ColPlayed,
    ColWonAbbr,
    ColWon,
    ColDrawnAbbr,
    ColDrawn,
    ColLostAbbr,
    ColLost,
    ColGoalsForAbbr,
    ColGoalsFor,
    ColGoalsAgainstAbbr,
    ColGoalsAgainst,
    ColGoalDifferenceAbbr,
    ColGoalDifference,
    ColPointsAbbr,
    ColPoints,
    Qualified,
    SelectedClub,
    GroupResults,
    ShowOnlyGroup,
    ShowAllGroups,
    NoGroupForClub,
    RuleHeading,
    RulePoints,
    RuleOverallGoalDifference,
    RuleHeadToHead,
    RuleWinnerOnly,
    RuleTopN,
    RulePublishedTables,
    // Bracket.
    BracketHeading,
    RoundTabs,
    FirstLeg,
    SecondLeg,
    Aggregate,
    AggregateUnknown,
    OnPath,
    NoKnockoutForClub,
    DetailsClose,
    DetailsDate,
    DetailsVenue,
    DetailsScore,
    DetailsGoals,
    DetailsNote,
    DetailsSources,
    VenueNotRecorded,
    GoalsNotRecorded,
    /// After a side's goals when the sources list only some of the leg's goals.
    GoalsIncomplete,
    AfterNinety,
    AfterExtraTime,
    /// The abbreviation beside a leg's score, "a.e.t." / "d.t.s.".
    AfterExtraTimeShort,
    GoldenGoal,
    PenaltiesScore,
    // Scorers.
    ScorersHeading,
    ChartTitle,
    ChartDescription,
    ChartDescriptionItem,
    ChartSelectHint,
    TableCaption,
    ColRank,
    ColPlayer,
    ColGoals,
    ColCertainty,
    CertaintyStated,
    CertaintyInferred,
    /// Beside a tally the goals listed per match add up to.
    TallyConfirmed,
    CertaintyNote,
    SharedRankNote,
    SelectClub,
}

impl ViewText {
    pub const ALL: &'static [ViewText] = &[
        ViewText::StandingsHeading,
        ViewText::ColPositionAbbr,
        ViewText::ColPosition,
        ViewText::ColClub,
        ViewText::ColPlayedAbbr,
        ViewText::ColPlayed,
        ViewText::ColWonAbbr,
        ViewText::ColWon,
        ViewText::ColDrawnAbbr,
        ViewText::ColDrawn,
        ViewText::ColLostAbbr,
        ViewText::ColLost,
        ViewText::ColGoalsForAbbr,
        ViewText::ColGoalsFor,
        ViewText::ColGoalsAgainstAbbr,
        ViewText::ColGoalsAgainst,
        ViewText::ColGoalDifferenceAbbr,
        ViewText::ColGoalDifference,
        ViewText::ColPointsAbbr,
        ViewText::ColPoints,
        ViewText::Qualified,
        ViewText::SelectedClub,
        ViewText::GroupResults,
        ViewText::ShowOnlyGroup,
        ViewText::ShowAllGroups,
        ViewText::NoGroupForClub,
        ViewText::RuleHeading,
        ViewText::RulePoints,
        ViewText::RuleOverallGoalDifference,
        ViewText::RuleHeadToHead,
        ViewText::RuleWinnerOnly,
        ViewText::RuleTopN,
        ViewText::RulePublishedTables,
        ViewText::BracketHeading,
        ViewText::RoundTabs,
        ViewText::FirstLeg,
        ViewText::SecondLeg,
        ViewText::Aggregate,
        ViewText::AggregateUnknown,
        ViewText::OnPath,
        ViewText::NoKnockoutForClub,
        ViewText::DetailsClose,
        ViewText::DetailsDate,
        ViewText::DetailsVenue,
        ViewText::DetailsScore,
        ViewText::DetailsGoals,
        ViewText::DetailsNote,
        ViewText::DetailsSources,
        ViewText::VenueNotRecorded,
        ViewText::GoalsNotRecorded,
        ViewText::GoalsIncomplete,
        ViewText::AfterNinety,
        ViewText::AfterExtraTime,
        ViewText::AfterExtraTimeShort,
        ViewText::GoldenGoal,
        ViewText::PenaltiesScore,
        ViewText::ScorersHeading,
        ViewText::ChartTitle,
        ViewText::ChartDescription,
        ViewText::ChartDescriptionItem,
        ViewText::ChartSelectHint,
        ViewText::TableCaption,
        ViewText::ColRank,
        ViewText::ColPlayer,
        ViewText::ColGoals,
        ViewText::ColCertainty,
        ViewText::CertaintyStated,
        ViewText::CertaintyInferred,
        ViewText::TallyConfirmed,
        ViewText::CertaintyNote,
        ViewText::SharedRankNote,
        ViewText::SelectClub,
    ];

    pub fn get(self, lang: Lang) -> &'static str {
        use Lang::{En, It};
        use ViewText::*;
        match (self, lang) {
            (StandingsHeading, En) => "Group stage",
            (StandingsHeading, It) => "Fase a gironi",
            (ColPositionAbbr, En) => "Pos",
            (ColPositionAbbr, It) => "Pos",
            (ColPosition, En) => "Position",
            (ColPosition, It) => "Posizione",
            (ColClub, En) => "Club",
            (ColClub, It) => "Squadra",
            (ColPlayedAbbr, En) => "P",
            (ColPlayedAbbr, It) => "G",
            (ColPlayed, En) => "Played",
            (ColPlayed, It) => "Giocate",
            (ColWonAbbr, En) => "W",
            (ColWonAbbr, It) => "V",
            (ColWon, En) => "Won",
            (ColWon, It) => "Vinte",
            (ColDrawnAbbr, En) => "D",
            (ColDrawnAbbr, It) => "N",
            (ColDrawn, En) => "Drawn",
            (ColDrawn, It) => "Pareggiate",
            (ColLostAbbr, En) => "L",
            (ColLostAbbr, It) => "P",
            (ColLost, En) => "Lost",
            (ColLost, It) => "Perse",
            (ColGoalsForAbbr, En) => "GF",
            (ColGoalsForAbbr, It) => "GF",
            (ColGoalsFor, En) => "Goals for",
            (ColGoalsFor, It) => "Gol fatti",
            (ColGoalsAgainstAbbr, En) => "GA",
            (ColGoalsAgainstAbbr, It) => "GS",
            (ColGoalsAgainst, En) => "Goals against",
            (ColGoalsAgainst, It) => "Gol subiti",
            (ColGoalDifferenceAbbr, En) => "GD",
            (ColGoalDifferenceAbbr, It) => "DR",
            (ColGoalDifference, En) => "Goal difference",
            (ColGoalDifference, It) => "Differenza reti",
            (ColPointsAbbr, En) => "Pts",
            (ColPointsAbbr, It) => "Pt",
            (ColPoints, En) => "Points",
            (ColPoints, It) => "Punti",
            (Qualified, En) => "qualified",
            (Qualified, It) => "qualificata",
            (SelectedClub, En) => "selected club",
            (SelectedClub, It) => "squadra selezionata",
            (GroupResults, En) => "Results",
            (GroupResults, It) => "Risultati",
            (ShowOnlyGroup, En) => "Show only this group",
            (ShowOnlyGroup, It) => "Mostra solo questo girone",
            (ShowAllGroups, En) => "Show all groups",
            (ShowAllGroups, It) => "Mostra tutti i gironi",
            (NoGroupForClub, En) => "{club} did not play in the group stage.",
            (NoGroupForClub, It) => "{club} non ha giocato la fase a gironi.",
            (RuleHeading, En) => "How the tables are ordered",
            (RuleHeading, It) => "Criteri di classifica",
            (RulePoints, En) => "{win} points for a win, {draw} for a draw, none for a defeat.",
            (RulePoints, It) => "{win} punti per la vittoria, {draw} per il pareggio, nessuno per la sconfitta.",
            (RuleOverallGoalDifference, En) => {
                "Clubs level on points are ordered by overall goal difference, then goals scored."
            }
            (RuleOverallGoalDifference, It) => {
                "A parità di punti conta la differenza reti complessiva, poi i gol fatti."
            }
            (RuleHeadToHead, En) => {
                "Clubs level on points are ordered by the matches between them, then overall goal difference."
            }
            (RuleHeadToHead, It) => {
                "A parità di punti contano gli scontri diretti, poi la differenza reti complessiva."
            }
            (RuleWinnerOnly, En) => "Only the group winner goes through to the second round.",
            (RuleWinnerOnly, It) => "Solo la prima classificata passa al secondo turno.",
            (RuleTopN, En) => "The top {n} of each group go through to the second round.",
            (RuleTopN, It) => "Le prime {n} di ogni girone passano al secondo turno.",
            (RulePublishedTables, En) => {
                "The published tables of this season order clubs level on points by overall goal \
                 difference, not by the match between them; these tables do the same."
            }
            (RulePublishedTables, It) => {
                "Le classifiche pubblicate di questa stagione ordinano le squadre a pari punti per \
                 differenza reti complessiva, non per lo scontro diretto; queste tabelle fanno lo stesso."
            }
            (BracketHeading, En) => "Knockout rounds",
            (BracketHeading, It) => "Fase a eliminazione diretta",
            (RoundTabs, En) => "Rounds",
            (RoundTabs, It) => "Turni",
            (FirstLeg, En) => "1st leg",
            (FirstLeg, It) => "Andata",
            (SecondLeg, En) => "2nd leg",
            (SecondLeg, It) => "Ritorno",
            (Aggregate, En) => "Aggregate {score}",
            (Aggregate, It) => "Totale {score}",
            (AggregateUnknown, En) => "Aggregate unknown",
            (AggregateUnknown, It) => "Totale non disponibile",
            (OnPath, En) => "a tie of the selected club",
            (OnPath, It) => "una sfida della squadra selezionata",
            (NoKnockoutForClub, En) => "{club} did not reach the knockout rounds.",
            (NoKnockoutForClub, It) => "{club} non ha raggiunto la fase a eliminazione diretta.",
            (DetailsClose, En) => "Close",
            (DetailsClose, It) => "Chiudi",
            (DetailsDate, En) => "Date",
            (DetailsDate, It) => "Data",
            (DetailsVenue, En) => "Venue",
            (DetailsVenue, It) => "Stadio",
            (DetailsScore, En) => "Score",
            (DetailsScore, It) => "Risultato",
            (DetailsGoals, En) => "Goals",
            (DetailsGoals, It) => "Marcatori",
            (DetailsNote, En) => "Note",
            (DetailsNote, It) => "Nota",
            (DetailsSources, En) => "Sources",
            (DetailsSources, It) => "Fonti",
            (VenueNotRecorded, En) => "venue not recorded",
            (VenueNotRecorded, It) => "stadio non disponibile",
            (GoalsNotRecorded, En) => "scorers not recorded",
            (GoalsNotRecorded, It) => "marcatori non disponibili",
            (GoalsIncomplete, En) => "not every scorer is recorded",
            (GoalsIncomplete, It) => "non tutti i marcatori sono noti",
            (AfterNinety, En) => "{score} after 90 minutes",
            (AfterNinety, It) => "{score} al 90'",
            (AfterExtraTime, En) => "after extra time",
            (AfterExtraTime, It) => "dopo i tempi supplementari",
            (AfterExtraTimeShort, En) => "a.e.t.",
            (AfterExtraTimeShort, It) => "d.t.s.",
            (GoldenGoal, En) => "ended by a golden goal",
            (GoldenGoal, It) => "deciso da un golden gol",
            (PenaltiesScore, En) => "{score} on penalties",
            (PenaltiesScore, It) => "{score} ai rigori",
            (ScorersHeading, En) => "Top scorers",
            (ScorersHeading, It) => "Classifica marcatori",
            (ChartTitle, En) => "Top scorers: goals per player",
            (ChartTitle, It) => "Classifica marcatori: gol per giocatore",
            (ChartDescription, En) => {
                "Horizontal bar chart, one bar per player, longer for more goals: {items}."
            }
            (ChartDescription, It) => {
                "Grafico a barre orizzontali, una barra per giocatore, più lunga per più gol: {items}."
            }
            (ChartDescriptionItem, En) => "rank {rank}, {player} ({club}), {goals} goals",
            (ChartDescriptionItem, It) => "posizione {rank}, {player} ({club}), {goals} gol",
            (ChartSelectHint, En) => "Select a bar to follow the player's club.",
            (ChartSelectHint, It) => "Seleziona una barra per seguire la squadra del giocatore.",
            (TableCaption, En) => "Top scorers and how sure the sources are of each tally",
            (TableCaption, It) => "Marcatori e quanto sono certe le fonti di ogni totale",
            (ColRank, En) => "Rank",
            (ColRank, It) => "Pos.",
            (ColPlayer, En) => "Player",
            (ColPlayer, It) => "Giocatore",
            (ColGoals, En) => "Goals",
            (ColGoals, It) => "Gol",
            (ColCertainty, En) => "Tally",
            (ColCertainty, It) => "Totale",
            (CertaintyStated, En) => "stated",
            (CertaintyStated, It) => "dichiarato",
            (CertaintyInferred, En) => "inferred",
            (CertaintyInferred, It) => "dedotto",
            (TallyConfirmed, En) => "confirmed by the match data",
            (TallyConfirmed, It) => "confermato dai tabellini",
            (CertaintyNote, En) => {
                "Stated: a named source gives the player's tally. Inferred: counted from match reports \
                 or deduced from a source listing the player at that rank."
            }
            (CertaintyNote, It) => {
                "Dichiarato: il totale del giocatore è indicato da una fonte citata. Dedotto: contato dai \
                 resoconti delle partite o ricavato da una fonte che elenca il giocatore in quella posizione."
            }
            (SharedRankNote, En) => "“=” marks a rank shared with other players.",
            (SharedRankNote, It) => "“=” indica una posizione a pari merito con altri giocatori.",
            (SelectClub, En) => "Follow {club}",
            (SelectClub, It) => "Segui {club}",
        }
    }
}

/// A tie's aggregate, winner first ("Aggregate 6–3"), or that it is unknown: on the tie's card and in
/// its details.
pub fn aggregate_text(outcome: &Outcome, lang: Lang) -> String {
    match outcome.aggregate {
        Some((winner, loser)) => fill(
            ViewText::Aggregate.get(lang),
            &[("score", &format!("{winner}–{loser}"))],
        ),
        None => ViewText::AggregateUnknown.get(lang).to_owned(),
    }
}

/// "90+3'", or "c. 98'" / "ca. 98'" for a minute the sources give only roughly.
pub fn minute_text(minute: Minute, lang: Lang) -> String {
    let about = match (minute.approximate, lang) {
        (false, _) => "",
        (true, Lang::En) => "c. ",
        (true, Lang::It) => "ca. ",
    };
    match minute.stoppage {
        Some(extra) => format!("{about}{}+{extra}'", minute.minute),
        None => format!("{about}{}'", minute.minute),
    }
}

/// One goal as a reader expects it in each language: "Serginho 61' (pen.)" / "Serginho 61' (rig.)",
/// "Maietta 34' (o.g.)" / "Maietta 34' (aut.)".
pub fn goal_text(goal: &Goal, lang: Lang) -> String {
    let kind = match (goal.kind, lang) {
        (GoalKind::Regular, _) => "",
        (GoalKind::Penalty, Lang::En) => " (pen.)",
        (GoalKind::Penalty, Lang::It) => " (rig.)",
        (GoalKind::OwnGoal, Lang::En) => " (o.g.)",
        (GoalKind::OwnGoal, Lang::It) => " (aut.)",
        (GoalKind::GoldenGoal, Lang::En) => " (golden goal)",
        (GoalKind::GoldenGoal, Lang::It) => " (golden gol)",
    };
    match goal.minute {
        Some(minute) => format!("{} {}{kind}", goal.player, minute_text(minute, lang)),
        None => format!("{}{kind}", goal.player),
    }
}

/// A standings table's number columns after Pos and Club, as (abbreviation, full name): the app's
/// table and the HTML-only fragment show the same columns.
pub const STANDINGS_NUMBER_COLUMNS: [(ViewText, ViewText); 8] = [
    (ViewText::ColPlayedAbbr, ViewText::ColPlayed),
    (ViewText::ColWonAbbr, ViewText::ColWon),
    (ViewText::ColDrawnAbbr, ViewText::ColDrawn),
    (ViewText::ColLostAbbr, ViewText::ColLost),
    (ViewText::ColGoalsForAbbr, ViewText::ColGoalsFor),
    (ViewText::ColGoalsAgainstAbbr, ViewText::ColGoalsAgainst),
    (ViewText::ColGoalDifferenceAbbr, ViewText::ColGoalDifference),
    (ViewText::ColPointsAbbr, ViewText::ColPoints),
];

/// Replaces each `{name}` in `template` by its value in one pass, so a value that itself contains braces
/// is never expanded again; unknown placeholders are left as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(text: &str) -> BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    /// The variants as declared in this file, so a key left out of `ALL` fails the test.
    fn declared_keys() -> Vec<&'static str> {
        let source = include_str!("views.rs");
        let body = source
            .split_once("pub enum ViewText {")
            .and_then(|(_, rest)| rest.split_once('}'))
            .map_or("", |(body, _)| body);
        body.lines()
            .map(str::trim)
            .filter(|line| !line.starts_with("//") && !line.is_empty())
            .map(|line| line.trim_end_matches(','))
            .collect()
    }

    #[test]
    fn all_lists_every_declared_key_once_in_order() {
        let listed: Vec<String> = ViewText::ALL.iter().map(|k| format!("{k:?}")).collect();
        assert_eq!(listed, declared_keys());
        assert_eq!(ViewText::ALL.len(), 72);
    }

    #[test]
    fn every_key_has_text_in_both_languages_with_the_same_placeholders() {
        for &key in ViewText::ALL {
            let (en, it) = (key.get(Lang::En), key.get(Lang::It));
            assert!(!en.trim().is_empty(), "{key:?} has no English text");
            assert!(!it.trim().is_empty(), "{key:?} has no Italian text");
            assert_eq!(
                placeholders(en),
                placeholders(it),
                "{key:?} placeholders differ"
            );
        }
    }

    #[test]
    fn italian_column_abbreviations_are_the_italian_ones() {
        let abbrs = [
            ViewText::ColPlayedAbbr,
            ViewText::ColWonAbbr,
            ViewText::ColDrawnAbbr,
            ViewText::ColLostAbbr,
            ViewText::ColGoalsForAbbr,
            ViewText::ColGoalsAgainstAbbr,
            ViewText::ColGoalDifferenceAbbr,
            ViewText::ColPointsAbbr,
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
    fn fill_replaces_named_placeholders_and_leaves_others() {
        assert_eq!(
            fill(ViewText::SelectClub.get(Lang::It), &[("club", "Milan")]),
            "Segui Milan"
        );
        assert_eq!(fill("{a} and {b}", &[("a", "x")]), "x and {b}");
        assert_eq!(fill("{a}{a}", &[("a", "1")]), "11");
        assert_eq!(
            fill("{club} in {round}", &[("club", "{round}"), ("round", "R")]),
            "{round} in R"
        );
        assert_eq!(fill("{ unclosed", &[("a", "x")]), "{ unclosed");
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
}
