//! English and Italian text. Every fixed text is a key of the one translation table ([`Text`]);
//! sentences that carry values are functions that fill a key's placeholders. Club names are never
//! translated.

mod texts;
pub mod views;

pub use texts::Text;

pub use crate::url::Lang;

use crate::model::{ClubId, Date, Score, Season, Stage};
use crate::tie::{Decided, Outcome};
use crate::totals::{Disagreement, Figure, Totals};
use crate::url::{Origin, Setting, Theme, UrlWarning, View};

/// A language's own name, for the language switch ("English", "Italiano").
pub const fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::It => "Italiano",
    }
}

/// The filter's message when nothing matches; `query` is repeated as typed (shortened), as text.
pub fn no_match(query: &str, lang: Lang) -> String {
    let query = crate::url::shorten(query.trim());
    Text::NoMatch.fill(lang, &[("query", &query)])
}

/// What the page did with a value it did not understand, and where the value was: the link, or the
/// widget's `data-coppa-*` attribute (a blogger fixes the attribute, not a link).
pub fn url_warning(warning: &UrlWarning, lang: Lang) -> String {
    let key = match warning.setting {
        Setting::Team => Text::WarningTeam,
        Setting::View => Text::WarningView,
        Setting::Lang => Text::WarningLang,
        Setting::Theme => Text::WarningTheme,
        Setting::Embed => Text::WarningEmbed,
    };
    let place = match warning.origin {
        Origin::Link => Text::PlaceLink.get(lang).to_owned(),
        Origin::Attribute => Text::PlaceAttribute.fill(lang, &[("key", warning.setting.key())]),
    };
    key.fill(lang, &[("value", &warning.value), ("place", &place)])
}

/// The name of a view, as on its tab.
pub const fn view_name(view: View) -> Text {
    match view {
        View::Standings => Text::ViewStandings,
        View::Bracket => Text::ViewBracket,
        View::Scorers => Text::ViewScorers,
    }
}

/// The name of a theme, as on its switch.
pub const fn theme_name(theme: Theme) -> Text {
    match theme {
        Theme::Auto => Text::ThemeAuto,
        Theme::Light => Text::ThemeLight,
        Theme::Dark => Text::ThemeDark,
    }
}

/// What an embedded explorer shows, for its accessible name: the app, the view and the followed
/// club ("Coppa Italia 2002–03 – Bracket – Roma").
pub fn explorer_title(season: &Season, view: View, team: Option<ClubId>, lang: Lang) -> String {
    let app = Text::AppTitle.get(lang);
    let view = view_name(view).get(lang);
    match team.and_then(|t| season.clubs.get(usize::from(t.0))) {
        Some(club) => format!("{app} – {view} – {}", club.name),
        None => format!("{app} – {view}"),
    }
}

/// A score, host first, with an en dash: "1–4".
pub fn score(score: Score) -> String {
    format!("{}–{}", score.home, score.away)
}

/// A match as one line, host first: "Roma 1–4 Milan", or the pairing and "score not recorded".
pub fn match_line(
    season: &Season,
    host: ClubId,
    guest: ClubId,
    result: Option<Score>,
    lang: Lang,
) -> String {
    let (host, guest) = (season.club(host).name, season.club(guest).name);
    match result {
        Some(s) => format!("{host} {} {guest}", score(s)),
        None => format!("{host} – {guest}, {}", Text::ScoreNotRecorded.get(lang)),
    }
}

/// "Champion: Milan".
pub fn champion(club_name: &str, lang: Lang) -> String {
    Text::Champion.fill(lang, &[("club", club_name)])
}

/// "Final: Roma 1–4 Milan, Milan 2–2 Roma: Milan 6–3 on aggregate".
pub fn final_summary(legs: &[String], outcome: &str, lang: Lang) -> String {
    format!(
        "{}: {}: {outcome}",
        round_name(Stage::Final, lang),
        legs.join(", ")
    )
}

/// "48 clubs, 94 matches, at least 216 goals (6 scores not recorded)".
pub fn totals_sentence(totals: &Totals, lang: Lang) -> String {
    let Totals {
        clubs,
        matches,
        goals_known,
        unknown_scores,
        ..
    } = *totals;
    let (sentence, unknown) = match (totals.goals_are_lower_bound(), unknown_scores) {
        (false, _) => (Text::Totals, None),
        (true, 1) => (Text::TotalsAtLeast, Some(Text::UnknownScore)),
        (true, _) => (Text::TotalsAtLeast, Some(Text::UnknownScores)),
    };
    let unknown = unknown.map_or_else(String::new, |key| {
        key.fill(lang, &[("count", &unknown_scores.to_string())])
    });
    sentence.fill(
        lang,
        &[
            ("clubs", &clubs.to_string()),
            ("matches", &matches.to_string()),
            ("goals", &goals_known.to_string()),
            ("unknown", &unknown),
        ],
    )
}

/// Where a published figure disagrees with the data, e.g.
/// "The infobox's figure of 185 goals disagrees with the results: at least 216."
pub fn disagreement(d: &Disagreement, lang: Lang) -> String {
    let noun = match d.figure {
        Figure::Goals => Text::FigureGoals,
        Figure::Matches => Text::FigureMatches,
        Figure::Clubs => Text::FigureClubs,
        Figure::TopScorerGoals => Text::FigureTopScorerGoals,
    };
    let sentence = if d.computed_is_lower_bound {
        Text::DisagreementAtLeast
    } else {
        Text::Disagreement
    };
    sentence.fill(
        lang,
        &[
            ("published", &d.published.to_string()),
            ("noun", noun.get(lang)),
            ("computed", &d.computed.to_string()),
        ],
    )
}

/// "Group 1" / "Girone 1".
pub fn group_name(number: u8, lang: Lang) -> String {
    Text::GroupName.fill(lang, &[("number", &number.to_string())])
}

/// "Matchday 2" / "Giornata 2".
pub fn matchday(number: u8, lang: Lang) -> String {
    Text::Matchday.fill(lang, &[("number", &number.to_string())])
}

/// The journey card's heading: "Milan in the cup".
pub fn journey_title(club_name: &str, lang: Lang) -> String {
    Text::JourneyTitle.fill(lang, &[("club", club_name)])
}

/// "Entered in the round of 16" / "Entra agli ottavi di finale".
pub fn entered(stage: Stage, lang: Lang) -> String {
    Text::JourneyEntered.fill(lang, &[("stage", stage_in_sentence(stage).get(lang))])
}

/// "Finished 2nd in group 1" / "Chiude 2ª nel girone 1".
pub fn exit_group(position: u8, group: u8, lang: Lang) -> String {
    let position = match lang {
        Lang::En => ordinal_en(position),
        Lang::It => position.to_string(),
    };
    Text::JourneyExitGroup.fill(
        lang,
        &[("position", &position), ("group", &group.to_string())],
    )
}

/// "Out in the round of 16 against Roma" / "Eliminata agli ottavi di finale contro Roma";
/// for the final, "Lost the final to Milan" / "Perde la finale contro Milan".
pub fn exit_knockout(stage: Stage, by: &str, lang: Lang) -> String {
    match stage {
        Stage::Final => Text::JourneyLostFinal.fill(lang, &[("club", by)]),
        _ => Text::JourneyExitKnockout.fill(
            lang,
            &[("stage", stage_in_sentence(stage).get(lang)), ("club", by)],
        ),
    }
}

/// The stage as a heading: "Round of 16" / "Ottavi di finale".
pub const fn round_name(stage: Stage, lang: Lang) -> &'static str {
    let key = match stage {
        Stage::Group => Text::RoundGroup,
        Stage::SecondRound => Text::RoundSecond,
        Stage::RoundOf16 => Text::RoundOf16,
        Stage::QuarterFinal => Text::RoundQuarterFinals,
        Stage::SemiFinal => Text::RoundSemiFinals,
        Stage::Final => Text::RoundFinal,
    };
    key.get(lang)
}

/// The stage in the middle of a sentence: "the round of 16" / "agli ottavi di finale" (with the
/// preposition Italian uses for "in").
const fn stage_in_sentence(stage: Stage) -> Text {
    match stage {
        Stage::Group => Text::InGroupStage,
        Stage::SecondRound => Text::InSecondRound,
        Stage::RoundOf16 => Text::InRoundOf16,
        Stage::QuarterFinal => Text::InQuarterFinals,
        Stage::SemiFinal => Text::InSemiFinals,
        Stage::Final => Text::InFinal,
    }
}

fn ordinal_en(n: u8) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// How a tie was settled, winner first: "Milan 6–3 on aggregate", "Chievo on away goals",
/// "Roma 4–1 on penalties", "Vicenza, golden goal in extra time", "Ancona went through (score not
/// recorded)".
pub fn tie_label(season: &Season, outcome: &Outcome, lang: Lang) -> String {
    let (key, score) = match (outcome.decided, outcome.aggregate) {
        (Decided::Penalties { winner, loser }, _) => (Text::TiePenalties, Some((winner, loser))),
        (Decided::AwayGoals, _) => (Text::TieAwayGoals, None),
        (Decided::GoldenGoal, _) => (Text::TieGoldenGoal, None),
        (Decided::AfterExtraTime, Some(aggregate)) => (Text::TieAfterExtraTime, Some(aggregate)),
        (Decided::Aggregate, Some(aggregate)) => (Text::TieAggregate, Some(aggregate)),
        (Decided::ScoreNotRecorded | Decided::Aggregate | Decided::AfterExtraTime, _) => {
            (Text::TieScoreNotRecorded, None)
        }
    };
    let score = score.map(|(w, l)| format!("{w}–{l}")).unwrap_or_default();
    key.fill(
        lang,
        &[
            ("club", season.club(outcome.winner).name),
            ("score", &score),
        ],
    )
}

const MONTHS: [Text; 12] = [
    Text::January,
    Text::February,
    Text::March,
    Text::April,
    Text::May,
    Text::June,
    Text::July,
    Text::August,
    Text::September,
    Text::October,
    Text::November,
    Text::December,
];

/// "c. 22 January 2003" / "ca. 22 gennaio 2003" for a value the sources give only roughly.
fn approximately(value: String, approximate: bool, lang: Lang) -> String {
    if approximate {
        Text::Approximately.fill(lang, &[("value", &value)])
    } else {
        value
    }
}

/// "20 May 2003" / "20 maggio 2003"; a date the sources give only roughly reads "c. 22 January 2003" /
/// "ca. 22 gennaio 2003". An impossible month is printed as a number rather than panicking.
pub fn format_date(date: Date, lang: Lang) -> String {
    let month = usize::from(date.month)
        .checked_sub(1)
        .and_then(|i| MONTHS.get(i))
        .map_or_else(|| date.month.to_string(), |m| m.get(lang).to_owned());
    let day = match date.day {
        1 => Text::FirstDay.get(lang).to_owned(),
        d => d.to_string(),
    };
    approximately(
        format!("{day} {month} {}", date.year),
        date.approximate,
        lang,
    )
}

/// "Referee: Collina (Viareggio)" / "Arbitro: Collina (Viareggio)", the name as the source gives it.
pub fn referee(name: &str, lang: Lang) -> String {
    Text::Referee.fill(lang, &[("name", name)])
}

/// "7,595 spectators" / "7.595 spettatori", thousands grouped the way each language writes them.
pub fn attendance(spectators: u32, lang: Lang) -> String {
    let separator = Text::ThousandsSeparator.get(lang);
    let digits = spectators.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    Text::Spectators.fill(lang, &[("count", &grouped)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{AURORA, BORGO, SEASON};

    #[test]
    fn referee_and_attendance_are_worded_per_language() {
        assert_eq!(
            referee("Collina (Viareggio)", Lang::En),
            "Referee: Collina (Viareggio)"
        );
        assert_eq!(
            referee("Collina (Viareggio)", Lang::It),
            "Arbitro: Collina (Viareggio)"
        );
        assert_eq!(attendance(7595, Lang::En), "7,595 spectators");
        assert_eq!(attendance(7595, Lang::It), "7.595 spettatori");
        assert_eq!(attendance(500, Lang::En), "500 spectators");
        assert_eq!(attendance(30000, Lang::It), "30.000 spettatori");
    }

    #[test]
    fn languages_differ_where_a_word_is_translated() {
        assert_eq!(Text::ViewStandings.get(Lang::It), "Gironi");
        assert_eq!(Text::ThemeDark.get(Lang::It), "Scuro");
        assert_ne!(
            Text::FilterLabel.get(Lang::En),
            Text::FilterLabel.get(Lang::It)
        );
    }

    fn day(year: u16, month: u8, day: u8, approximate: bool) -> Date {
        Date {
            year,
            month,
            day,
            approximate,
        }
    }

    #[test]
    fn dates_are_written_out_in_each_language() {
        assert_eq!(
            format_date(day(2003, 5, 20, false), Lang::En),
            "20 May 2003"
        );
        assert_eq!(
            format_date(day(2003, 5, 20, false), Lang::It),
            "20 maggio 2003"
        );
        assert_eq!(
            format_date(day(2002, 12, 4, false), Lang::En),
            "4 December 2002"
        );
        assert_eq!(
            format_date(day(2003, 5, 1, false), Lang::It),
            "1º maggio 2003"
        );
    }

    #[test]
    fn approximate_dates_are_marked() {
        assert_eq!(
            format_date(day(2003, 1, 22, true), Lang::En),
            "c. 22 January 2003"
        );
        assert_eq!(
            format_date(day(2003, 1, 22, true), Lang::It),
            "ca. 22 gennaio 2003"
        );
    }

    #[test]
    fn an_impossible_month_does_not_panic() {
        assert_eq!(format_date(day(2003, 13, 1, false), Lang::En), "1 13 2003");
        assert_eq!(format_date(day(2003, 0, 1, false), Lang::En), "1 0 2003");
    }

    #[test]
    fn round_names() {
        let en: Vec<_> = Stage::KNOCKOUT
            .iter()
            .map(|&s| round_name(s, Lang::En))
            .collect();
        let it: Vec<_> = Stage::KNOCKOUT
            .iter()
            .map(|&s| round_name(s, Lang::It))
            .collect();
        assert_eq!(
            en,
            [
                "Second round",
                "Round of 16",
                "Quarter-finals",
                "Semi-finals",
                "Final"
            ]
        );
        assert_eq!(
            it,
            [
                "Secondo turno",
                "Ottavi di finale",
                "Quarti di finale",
                "Semifinali",
                "Finale"
            ]
        );
    }

    fn outcome(decided: Decided, aggregate: Option<(u8, u8)>) -> Outcome {
        Outcome {
            winner: AURORA,
            loser: BORGO,
            aggregate,
            decided,
        }
    }

    fn labels(decided: Decided, aggregate: Option<(u8, u8)>) -> (String, String) {
        let o = outcome(decided, aggregate);
        (
            tie_label(&SEASON, &o, Lang::En),
            tie_label(&SEASON, &o, Lang::It),
        )
    }

    #[test]
    fn tie_labels_name_the_winner_and_how() {
        assert_eq!(
            labels(Decided::Aggregate, Some((6, 3))),
            (
                "Aurora 6–3 on aggregate".into(),
                "Aurora 6–3 nel doppio confronto".into()
            )
        );
        assert_eq!(
            labels(Decided::AwayGoals, Some((1, 1))),
            (
                "Aurora on away goals".into(),
                "Aurora per la regola dei gol in trasferta".into()
            )
        );
        assert_eq!(
            labels(
                Decided::Penalties {
                    winner: 4,
                    loser: 1
                },
                Some((2, 2))
            ),
            (
                "Aurora 4–1 on penalties".into(),
                "Aurora 4–1 ai rigori".into()
            )
        );
        assert_eq!(
            labels(Decided::GoldenGoal, Some((3, 2))),
            (
                "Aurora, golden goal in extra time".into(),
                "Aurora, golden gol ai tempi supplementari".into()
            )
        );
        assert_eq!(
            labels(Decided::AfterExtraTime, Some((3, 2))),
            (
                "Aurora 3–2 on aggregate, a.e.t.".into(),
                "Aurora 3–2 nel doppio confronto, d.t.s.".into()
            )
        );
        assert_eq!(
            labels(Decided::ScoreNotRecorded, None),
            (
                "Aurora went through (score not recorded)".into(),
                "Passa Aurora (risultato non disponibile)".into()
            )
        );
        assert_eq!(
            labels(Decided::Aggregate, None).0,
            "Aurora went through (score not recorded)"
        );
    }

    #[test]
    fn the_no_match_message_quotes_the_query() {
        assert_eq!(no_match("xyz", Lang::En), "No club matches “xyz”");
        assert_eq!(
            no_match("<b>", Lang::It),
            "Nessuna squadra corrisponde a “<b>”"
        );
        let long = no_match(&"x".repeat(10_000), Lang::En);
        assert_eq!(long, format!("No club matches “{}…”", "x".repeat(39)));
    }

    #[test]
    fn url_warnings_say_what_the_page_did_instead() {
        let team = UrlWarning {
            setting: Setting::Team,
            origin: Origin::Link,
            value: "atlantis".into(),
        };
        assert_eq!(
            url_warning(&team, Lang::En),
            "Unknown team “atlantis” in the link; showing all clubs"
        );
        assert_eq!(
            url_warning(&team, Lang::It),
            "Squadra “atlantis” sconosciuta nel link; mostro tutte le squadre"
        );
        let embed = UrlWarning {
            setting: Setting::Embed,
            origin: Origin::Link,
            value: "maybe".into(),
        };
        assert_eq!(
            url_warning(&embed, Lang::En),
            "Ignored “maybe” for “embed” in the link"
        );
    }

    #[test]
    fn a_widget_attribute_is_named_as_such_not_as_the_link() {
        let team = UrlWarning {
            setting: Setting::Team,
            origin: Origin::Attribute,
            value: "atlantis".into(),
        };
        assert_eq!(
            url_warning(&team, Lang::En),
            "Unknown team “atlantis” in the widget's data-coppa-team attribute; showing all clubs"
        );
        assert_eq!(
            url_warning(&team, Lang::It),
            "Squadra “atlantis” sconosciuta nell'attributo data-coppa-team del widget; mostro tutte le squadre"
        );
        for setting in Setting::ALL {
            for lang in Lang::ALL {
                let warning = UrlWarning {
                    setting,
                    origin: Origin::Attribute,
                    value: "x".into(),
                };
                let text = url_warning(&warning, lang);
                assert!(
                    text.contains(&format!("data-coppa-{}", setting.key())),
                    "{text}"
                );
                assert!(!text.contains("link"), "{text}");
            }
        }
    }

    #[test]
    fn the_title_has_an_en_dash_in_both_languages() {
        assert_eq!(Text::AppTitle.get(Lang::En), "Coppa Italia 2002–03");
        assert_eq!(Text::AppTitle.get(Lang::It), "Coppa Italia 2002–03");
    }

    #[test]
    fn the_header_s_title_parts_are_the_title_s_words() {
        for lang in Lang::ALL {
            let title = Text::AppTitle.get(lang);
            let (name, season) = (Text::AppTitleName.get(lang), Text::AppTitleSeason.get(lang));
            assert!(title.contains(name) && title.contains(season), "{lang:?}");
            assert_eq!(title.len(), name.len() + 1 + season.len(), "{lang:?}");
        }
        assert_eq!(Text::AppTitleName.get(Lang::It), "Coppa Italia");
        assert_eq!(Text::AppTitleSeason.get(Lang::En), "2002–03");
    }

    #[test]
    fn an_explorer_title_names_the_view_and_the_club() {
        assert_eq!(
            explorer_title(&SEASON, View::Bracket, Some(AURORA), Lang::It),
            format!(
                "Coppa Italia 2002–03 – Tabellone – {}",
                SEASON.club(AURORA).name
            )
        );
        assert_eq!(
            explorer_title(&SEASON, View::Scorers, None, Lang::En),
            "Coppa Italia 2002–03 – Scorers"
        );
    }

    #[test]
    fn summary_sentences() {
        assert_eq!(champion("Milan", Lang::En), "Champion: Milan");
        assert_eq!(champion("Milan", Lang::It), "Vincitore: Milan");
        let legs = ["Roma 1–4 Milan".to_owned(), "Milan 2–2 Roma".to_owned()];
        assert_eq!(
            final_summary(&legs, "Milan 6–3 on aggregate", Lang::En),
            "Final: Roma 1–4 Milan, Milan 2–2 Roma: Milan 6–3 on aggregate"
        );
        let totals = |unknown_scores| Totals {
            clubs: 48,
            matches: 94,
            known_scores: 94 - unknown_scores,
            unknown_scores,
            goals_known: 216,
            group_goals: 120,
            knockout_goals: 96,
        };
        for (unknown_scores, read) in [
            (
                6,
                [
                    "48 clubs, 94 matches, at least 216 goals (6 scores not recorded)",
                    "48 squadre, 94 partite, almeno 216 gol (6 risultati non disponibili)",
                ],
            ),
            (
                1,
                [
                    "48 clubs, 94 matches, at least 216 goals (1 score not recorded)",
                    "48 squadre, 94 partite, almeno 216 gol (1 risultato non disponibile)",
                ],
            ),
            (
                0,
                [
                    "48 clubs, 94 matches, 216 goals",
                    "48 squadre, 94 partite, 216 gol",
                ],
            ),
        ] {
            let totals = totals(unknown_scores);
            assert_eq!(Lang::ALL.map(|lang| totals_sentence(&totals, lang)), read);
        }
    }

    #[test]
    fn disagreements_give_both_figures() {
        let goals = Disagreement {
            figure: Figure::Goals,
            published: 185,
            computed: 216,
            computed_is_lower_bound: true,
        };
        assert_eq!(
            disagreement(&goals, Lang::En),
            "The infobox's figure of 185 goals disagrees with the results: at least 216."
        );
        assert_eq!(
            disagreement(&goals, Lang::It),
            "Il dato dell'infobox, 185 gol, non concorda con i risultati: almeno 216."
        );
        let matches = Disagreement {
            figure: Figure::Matches,
            published: 94,
            computed: 93,
            computed_is_lower_bound: false,
        };
        assert_eq!(
            disagreement(&matches, Lang::En),
            "The infobox's figure of 94 matches disagrees with the results: 93."
        );
    }

    #[test]
    fn journey_sentences() {
        assert_eq!(exit_group(2, 1, Lang::En), "Finished 2nd in group 1");
        assert_eq!(exit_group(2, 1, Lang::It), "Chiude 2ª nel girone 1");
        assert_eq!(exit_group(3, 8, Lang::En), "Finished 3rd in group 8");
        assert_eq!(
            exit_knockout(Stage::RoundOf16, "Roma", Lang::En),
            "Out in the round of 16 against Roma"
        );
        assert_eq!(
            exit_knockout(Stage::RoundOf16, "Roma", Lang::It),
            "Eliminata agli ottavi di finale contro Roma"
        );
        assert_eq!(
            exit_knockout(Stage::Final, "Milan", Lang::En),
            "Lost the final to Milan"
        );
        assert_eq!(
            entered(Stage::RoundOf16, Lang::En),
            "Entered in the round of 16"
        );
        assert_eq!(entered(Stage::Group, Lang::It), "Entra nella fase a gironi");
    }

    #[test]
    fn ordinals() {
        let got: Vec<_> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101]
            .into_iter()
            .map(ordinal_en)
            .collect();
        assert_eq!(
            got,
            ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]
        );
    }

    #[test]
    fn match_lines_put_the_host_first() {
        let result = Some(Score { home: 1, away: 4 });
        assert_eq!(
            match_line(&SEASON, BORGO, AURORA, result, Lang::En),
            "Borgo San Pietro 1–4 Aurora"
        );
        assert_eq!(
            match_line(&SEASON, BORGO, AURORA, None, Lang::It),
            "Borgo San Pietro – Aurora, risultato non disponibile"
        );
    }
}
