//! The standings' words and numbers: a table row's cells, the followed club's note, a result, the
//! classification rule.

use crate::i18n::{entered, score, Text};
use crate::model::{ClubId, Group, GroupMatch, GroupTiebreak, Rules, Season};
use crate::standings::{group_of, standings, Row};
use crate::url::Lang;

/// One line of a group's table as shown: its place, whether that place goes through, the numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TableLine {
    /// 1 for the group winner.
    pub position: usize,
    pub qualified: bool,
    pub row: Row,
}

/// The group's table in order, each line with its place and whether it qualified (the season's top
/// `group_qualifiers`).
pub fn table(season: &Season, group: &Group) -> Vec<TableLine> {
    let qualifiers = usize::from(season.rules.group_qualifiers);
    standings(season, group)
        .into_iter()
        .enumerate()
        .map(|(index, row)| TableLine {
            position: index + 1,
            qualified: index < qualifiers,
            row,
        })
        .collect()
}

/// "+3", "0", "−4" (a true minus sign, as tables print it).
pub fn signed(value: i16) -> String {
    match value {
        v if v > 0 => format!("+{v}"),
        v if v < 0 => format!("−{}", v.unsigned_abs()),
        _ => "0".to_owned(),
    }
}

/// A row's number cells in the order of [`crate::i18n::views::STANDINGS_NUMBER_COLUMNS`]: played,
/// won, drawn, lost, goals for and against, goal difference (signed), points.
pub fn numbers(row: &Row) -> [String; 8] {
    [
        row.played.to_string(),
        row.won.to_string(),
        row.drawn.to_string(),
        row.lost.to_string(),
        row.goals_for.to_string(),
        row.goals_against.to_string(),
        signed(row.goal_difference()),
        row.points.to_string(),
    ]
}

/// For a followed club that played in no group: "Monte did not play in the group stage. Entered in the
/// second round."; `None` for a club with a group.
pub fn club_note(season: &Season, club: ClubId, lang: Lang) -> Option<String> {
    if group_of(season, club).is_some() {
        return None;
    }
    let club = season.club(club);
    Some(format!(
        "{} {}.",
        Text::NoGroupForClub.fill(lang, &[("club", club.name)]),
        entered(club.enters, lang)
    ))
}

/// The toggle's label: back to every group when only the followed club's is shown, else the narrowing.
pub fn toggle_label(only_followed: bool, lang: Lang) -> &'static str {
    if only_followed {
        Text::ShowAllGroups.get(lang)
    } else {
        Text::ShowOnlyGroup.get(lang)
    }
}

/// A group match's result between the club names: "2–0", or "score not recorded".
pub fn result(game: &GroupMatch, lang: Lang) -> String {
    game.score
        .map_or_else(|| Text::ScoreNotRecorded.get(lang).to_owned(), score)
}

/// The classification rule as the season's data states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleNote {
    /// Points, tiebreak and who goes through, in one paragraph.
    pub rule: String,
    /// Why overall goal difference, where the tables use it.
    pub published: Option<&'static str>,
}

pub fn rule_note(rules: &Rules, lang: Lang) -> RuleNote {
    let points = Text::RulePoints.fill(
        lang,
        &[
            ("win", &rules.points_win.to_string()),
            ("draw", &rules.points_draw.to_string()),
        ],
    );
    let tiebreak = match rules.group_tiebreak {
        GroupTiebreak::OverallGoalDifference => Text::RuleOverallGoalDifference,
        GroupTiebreak::HeadToHead => Text::RuleHeadToHead,
    };
    let qualifiers = match rules.group_qualifiers {
        1 => Text::RuleWinnerOnly.get(lang).to_owned(),
        n => Text::RuleTopN.fill(lang, &[("n", &n.to_string())]),
    };
    RuleNote {
        rule: format!("{points} {} {qualifiers}", tiebreak.get(lang)),
        published: (rules.group_tiebreak == GroupTiebreak::OverallGoalDifference)
            .then(|| Text::RulePublishedTables.get(lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{game, score as goals, AURORA, BORGO, CITTA, MONTE, PIETRA, SEASON};

    #[test]
    fn a_table_numbers_its_lines_and_marks_the_qualifiers() {
        let places = |season: &Season| -> Vec<(usize, bool, ClubId)> {
            table(season, &season.groups[0])
                .iter()
                .map(|line| (line.position, line.qualified, line.row.club))
                .collect()
        };
        let got = places(&SEASON);
        assert_eq!(got.len(), 4);
        assert_eq!(got[0], (1, true, AURORA));
        assert_eq!(got[1], (2, false, CITTA));
        assert!(got[2..].iter().all(|&(_, qualified, _)| !qualified));
        let two_go_through = Season {
            rules: Rules {
                group_qualifiers: 2,
                ..SEASON.rules
            },
            ..SEASON
        };
        let qualified: Vec<bool> = places(&two_go_through).iter().map(|p| p.1).collect();
        assert_eq!(qualified, [true, true, false, false]);
    }

    #[test]
    fn signed_numbers_use_a_true_minus() {
        assert_eq!(signed(3), "+3");
        assert_eq!(signed(0), "0");
        assert_eq!(signed(-4), "−4");
        assert_eq!(signed(i16::MIN), "−32768");
    }

    #[test]
    fn a_row_s_numbers_follow_the_columns() {
        let rows = standings(&SEASON, &SEASON.groups[0]);
        assert_eq!(rows[0].club, AURORA);
        assert_eq!(numbers(&rows[0]), ["3", "2", "1", "0", "4", "1", "+3", "7"]);
        let last = rows.last().unwrap();
        assert_eq!(numbers(last)[6], "−4");
    }

    #[test]
    fn a_club_without_a_group_is_told_where_it_entered() {
        assert_eq!(
            club_note(&SEASON, MONTE, Lang::En).as_deref(),
            Some("Monte did not play in the group stage. Entered in the second round.")
        );
        assert_eq!(
            club_note(&SEASON, PIETRA, Lang::It).as_deref(),
            Some("Pietra non ha giocato la fase a gironi. Entra agli ottavi di finale.")
        );
        assert_eq!(club_note(&SEASON, BORGO, Lang::En), None);
    }

    #[test]
    fn the_toggle_offers_the_other_state() {
        assert_eq!(toggle_label(false, Lang::En), "Show only this group");
        assert_eq!(toggle_label(true, Lang::En), "Show all groups");
        assert_eq!(toggle_label(false, Lang::It), "Mostra solo questo girone");
        assert_eq!(toggle_label(true, Lang::It), "Mostra tutti i gironi");
    }

    #[test]
    fn a_result_is_the_score_or_says_it_is_missing() {
        assert_eq!(result(&game(AURORA, BORGO, goals(2, 0)), Lang::En), "2–0");
        assert_eq!(
            result(&game(AURORA, BORGO, None), Lang::En),
            "score not recorded"
        );
        assert_eq!(
            result(&game(AURORA, BORGO, None), Lang::It),
            "risultato non disponibile"
        );
    }

    #[test]
    fn the_rule_note_states_the_season_s_rules() {
        let en = rule_note(&SEASON.rules, Lang::En);
        assert_eq!(
            en.rule,
            "3 points for a win, 1 for a draw, none for a defeat. Clubs level on points are ordered \
             by overall goal difference, then goals scored. Only the group winner goes through to \
             the second round."
        );
        assert!(en.published.unwrap().starts_with("The published tables"));
        let head_to_head = Rules {
            group_tiebreak: GroupTiebreak::HeadToHead,
            group_qualifiers: 2,
            ..SEASON.rules
        };
        let it = rule_note(&head_to_head, Lang::It);
        assert_eq!(
            it.rule,
            "3 punti per la vittoria, 1 per il pareggio, nessuno per la sconfitta. A parità di punti \
             contano gli scontri diretti, poi la differenza reti complessiva. Le prime 2 di ogni \
             girone passano al secondo turno."
        );
        assert_eq!(it.published, None);
    }
}
