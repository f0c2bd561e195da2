//! English and Italian text for the app shell. Fixed strings are typed keys whose translations sit in
//! one exhaustive `match`, so a key without a translation does not compile; sentences that carry
//! values are functions. Club names are never translated.

pub mod embed;
pub mod views;

pub use crate::url::Lang;

use crate::model::{ClubId, Date, Score, Season, Stage};
use crate::tie::{Decided, Outcome};
use crate::totals::{Disagreement, Figure, Totals};
use crate::url::{Origin, Setting, Theme, UrlWarning, View};

/// The shell's fixed strings (header, filter, tabs, switches, journey card, messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    AppTitle,
    AppTagline,
    SkipToContent,
    FilterLabel,
    FilterPlaceholder,
    FilterHint,
    FilterClear,
    FilterSuggestions,
    ViewTabs,
    ViewStandings,
    ViewBracket,
    ViewScorers,
    ThemeLabel,
    ThemeAuto,
    ThemeLight,
    ThemeDark,
    LangLabel,
    Champion,
    JourneyHome,
    JourneyAway,
    JourneyFirstLeg,
    JourneySecondLeg,
    JourneyWonCup,
    JourneyShowAll,
    ScoreNotRecorded,
    DateNotRecorded,
    WarningDismiss,
    PanicMessage,
    PartLoading,
    PartFailed,
    FooterData,
}

impl Text {
    pub const ALL: &'static [Text] = &[
        Text::AppTitle,
        Text::AppTagline,
        Text::SkipToContent,
        Text::FilterLabel,
        Text::FilterPlaceholder,
        Text::FilterHint,
        Text::FilterClear,
        Text::FilterSuggestions,
        Text::ViewTabs,
        Text::ViewStandings,
        Text::ViewBracket,
        Text::ViewScorers,
        Text::ThemeLabel,
        Text::ThemeAuto,
        Text::ThemeLight,
        Text::ThemeDark,
        Text::LangLabel,
        Text::Champion,
        Text::JourneyHome,
        Text::JourneyAway,
        Text::JourneyFirstLeg,
        Text::JourneySecondLeg,
        Text::JourneyWonCup,
        Text::JourneyShowAll,
        Text::ScoreNotRecorded,
        Text::DateNotRecorded,
        Text::WarningDismiss,
        Text::PanicMessage,
        Text::PartLoading,
        Text::PartFailed,
        Text::FooterData,
    ];

    pub fn get(self, lang: Lang) -> &'static str {
        use Lang::{En, It};
        match (self, lang) {
            (Text::AppTitle, En) => "Coppa Italia 2002–03",
            (Text::AppTitle, It) => "Coppa Italia 2002–03",
            (Text::AppTagline, En) => "Group standings, knockout bracket and top scorers",
            (Text::AppTagline, It) => "Classifiche dei gironi, tabellone e marcatori",
            (Text::SkipToContent, En) => "Skip to the results",
            (Text::SkipToContent, It) => "Vai ai risultati",
            (Text::FilterLabel, En) => "Follow a club",
            (Text::FilterLabel, It) => "Segui una squadra",
            (Text::FilterPlaceholder, En) => "Type a club, e.g. Lazio",
            (Text::FilterPlaceholder, It) => "Scrivi una squadra, es. Lazio",
            (Text::FilterHint, En) => {
                "Use the up and down arrows to pick a club, Enter to choose it, Escape to close the list."
            }
            (Text::FilterHint, It) => {
                "Usa le frecce su e giù per scegliere una squadra, Invio per selezionarla, Esc per chiudere l'elenco."
            }
            (Text::FilterClear, En) => "Clear the club filter",
            (Text::FilterClear, It) => "Azzera il filtro squadra",
            (Text::FilterSuggestions, En) => "Matching clubs",
            (Text::FilterSuggestions, It) => "Squadre trovate",
            (Text::ViewTabs, En) => "Views",
            (Text::ViewTabs, It) => "Viste",
            (Text::ViewStandings, En) => "Standings",
            (Text::ViewStandings, It) => "Gironi",
            (Text::ViewBracket, En) => "Bracket",
            (Text::ViewBracket, It) => "Tabellone",
            (Text::ViewScorers, En) => "Scorers",
            (Text::ViewScorers, It) => "Marcatori",
            (Text::ThemeLabel, En) => "Theme",
            (Text::ThemeLabel, It) => "Tema",
            (Text::ThemeAuto, En) => "Auto",
            (Text::ThemeAuto, It) => "Auto",
            (Text::ThemeLight, En) => "Light",
            (Text::ThemeLight, It) => "Chiaro",
            (Text::ThemeDark, En) => "Dark",
            (Text::ThemeDark, It) => "Scuro",
            (Text::LangLabel, En) => "Language",
            (Text::LangLabel, It) => "Lingua",
            (Text::Champion, En) => "Champion",
            (Text::Champion, It) => "Vincitore",
            (Text::JourneyHome, En) => "home",
            (Text::JourneyHome, It) => "in casa",
            (Text::JourneyAway, En) => "away",
            (Text::JourneyAway, It) => "in trasferta",
            (Text::JourneyFirstLeg, En) => "1st leg",
            (Text::JourneyFirstLeg, It) => "andata",
            (Text::JourneySecondLeg, En) => "2nd leg",
            (Text::JourneySecondLeg, It) => "ritorno",
            (Text::JourneyWonCup, En) => "Won the cup",
            (Text::JourneyWonCup, It) => "Ha vinto la coppa",
            (Text::JourneyShowAll, En) => "Show all clubs",
            (Text::JourneyShowAll, It) => "Mostra tutte le squadre",
            (Text::ScoreNotRecorded, En) => "score not recorded",
            (Text::ScoreNotRecorded, It) => "risultato non disponibile",
            (Text::DateNotRecorded, En) => "date not recorded",
            (Text::DateNotRecorded, It) => "data non disponibile",
            (Text::WarningDismiss, En) => "Dismiss",
            (Text::WarningDismiss, It) => "Chiudi",
            (Text::PanicMessage, En) => {
                "Sorry, something went wrong while showing the cup. Reload the page to try again."
            }
            (Text::PanicMessage, It) => {
                "Spiacenti, qualcosa è andato storto nel mostrare la coppa. Ricarica la pagina per riprovare."
            }
            (Text::PartLoading, En) => "Loading…",
            (Text::PartLoading, It) => "Caricamento…",
            (Text::PartFailed, En) => {
                "This part of the page could not be loaded. Check the connection and try again."
            }
            (Text::PartFailed, It) => {
                "Impossibile caricare questa parte della pagina. Controlla la connessione e riprova."
            }
            (Text::FooterData, En) => {
                "Results from Wikipedia and contemporary reports. Scores no source gives are shown as not recorded; totals are computed from the results."
            }
            (Text::FooterData, It) => {
                "Risultati da Wikipedia e dalle cronache dell'epoca. I risultati che nessuna fonte riporta sono indicati come non disponibili; i totali sono calcolati dai risultati."
            }
        }
    }
}

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
    match lang {
        Lang::En => format!("No club matches “{query}”"),
        Lang::It => format!("Nessuna squadra corrisponde a “{query}”"),
    }
}

/// What the page did with a value it did not understand, and where the value was: the link, or the
/// widget's `data-coppa-*` attribute (a blogger fixes the attribute, not a link).
pub fn url_warning(warning: &UrlWarning, lang: Lang) -> String {
    let value = &warning.value;
    let place = value_place(warning.setting, warning.origin, lang);
    match (warning.setting, lang) {
        (Setting::Team, Lang::En) => format!("Unknown team “{value}” {place}; showing all clubs"),
        (Setting::Team, Lang::It) => {
            format!("Squadra “{value}” sconosciuta {place}; mostro tutte le squadre")
        }
        (Setting::View, Lang::En) => {
            format!("Unknown view “{value}” {place}; showing the standings")
        }
        (Setting::View, Lang::It) => {
            format!("Vista “{value}” sconosciuta {place}; mostro i gironi")
        }
        (Setting::Lang, Lang::En) => {
            format!("Unknown language “{value}” {place}; using the browser's language")
        }
        (Setting::Lang, Lang::It) => {
            format!("Lingua “{value}” sconosciuta {place}; uso la lingua del browser")
        }
        (Setting::Theme, Lang::En) => {
            format!("Unknown theme “{value}” {place}; following the system setting")
        }
        (Setting::Theme, Lang::It) => {
            format!("Tema “{value}” sconosciuto {place}; seguo l'impostazione di sistema")
        }
        (Setting::Embed, Lang::En) => format!("Ignored “{value}” for “embed” {place}"),
        (Setting::Embed, Lang::It) => format!("Ignorato “{value}” per “embed” {place}"),
    }
}

/// "in the link" / "in the widget's data-coppa-team attribute", for the middle of a warning.
fn value_place(setting: Setting, origin: Origin, lang: Lang) -> String {
    let key = setting.key();
    match (origin, lang) {
        (Origin::Link, Lang::En) => "in the link".to_owned(),
        (Origin::Link, Lang::It) => "nel link".to_owned(),
        (Origin::Attribute, Lang::En) => format!("in the widget's data-coppa-{key} attribute"),
        (Origin::Attribute, Lang::It) => format!("nell'attributo data-coppa-{key} del widget"),
    }
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
    format!("{}: {club_name}", Text::Champion.get(lang))
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
    match (lang, totals.goals_are_lower_bound()) {
        (Lang::En, true) => format!(
            "{clubs} clubs, {matches} matches, at least {goals_known} goals ({unknown_scores} {} not recorded)",
            if unknown_scores == 1 { "score" } else { "scores" }
        ),
        (Lang::En, false) => format!("{clubs} clubs, {matches} matches, {goals_known} goals"),
        (Lang::It, true) => format!(
            "{clubs} squadre, {matches} partite, almeno {goals_known} gol ({unknown_scores} {} non disponibil{})",
            if unknown_scores == 1 { "risultato" } else { "risultati" },
            if unknown_scores == 1 { "e" } else { "i" }
        ),
        (Lang::It, false) => format!("{clubs} squadre, {matches} partite, {goals_known} gol"),
    }
}

/// Where a published figure disagrees with the data, e.g.
/// "The infobox's figure of 185 goals disagrees with the results: at least 216."
pub fn disagreement(d: &Disagreement, lang: Lang) -> String {
    let (published, computed) = (d.published, d.computed);
    let noun = match (d.figure, lang) {
        (Figure::Goals, Lang::En) => "goals",
        (Figure::Goals, Lang::It) => "gol",
        (Figure::Matches, Lang::En) => "matches",
        (Figure::Matches, Lang::It) => "partite",
        (Figure::Clubs, Lang::En) => "clubs",
        (Figure::Clubs, Lang::It) => "squadre",
        (Figure::TopScorerGoals, Lang::En) => "goals for the top scorer",
        (Figure::TopScorerGoals, Lang::It) => "gol del capocannoniere",
    };
    match (lang, d.computed_is_lower_bound) {
        (Lang::En, true) => format!(
            "The infobox's figure of {published} {noun} disagrees with the results: at least {computed}."
        ),
        (Lang::En, false) => format!(
            "The infobox's figure of {published} {noun} disagrees with the results: {computed}."
        ),
        (Lang::It, true) => format!(
            "Il dato dell'infobox, {published} {noun}, non concorda con i risultati: almeno {computed}."
        ),
        (Lang::It, false) => format!(
            "Il dato dell'infobox, {published} {noun}, non concorda con i risultati: {computed}."
        ),
    }
}

/// "Group 1" / "Girone 1".
pub fn group_name(number: u8, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Group {number}"),
        Lang::It => format!("Girone {number}"),
    }
}

/// "Matchday 2" / "Giornata 2".
pub fn matchday(number: u8, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Matchday {number}"),
        Lang::It => format!("Giornata {number}"),
    }
}

/// The journey card's heading: "Milan in the cup".
pub fn journey_title(club_name: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{club_name} in the cup"),
        Lang::It => format!("{club_name} in coppa"),
    }
}

/// "Entered in the round of 16" / "Entra agli ottavi di finale".
pub fn entered(stage: Stage, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Entered in {}", stage_in_sentence_en(stage)),
        Lang::It => format!("Entra {}", stage_in_sentence_it(stage)),
    }
}

/// "Finished 2nd in group 1" / "Chiude 2ª nel girone 1".
pub fn exit_group(position: u8, group: u8, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Finished {} in group {group}", ordinal_en(position)),
        Lang::It => format!("Chiude {position}ª nel girone {group}"),
    }
}

/// "Out in the round of 16 against Roma" / "Eliminata agli ottavi di finale contro Roma";
/// for the final, "Lost the final to Milan" / "Perde la finale contro Milan".
pub fn exit_knockout(stage: Stage, by: &str, lang: Lang) -> String {
    match (lang, stage) {
        (Lang::En, Stage::Final) => format!("Lost the final to {by}"),
        (Lang::It, Stage::Final) => format!("Perde la finale contro {by}"),
        (Lang::En, _) => format!("Out in {} against {by}", stage_in_sentence_en(stage)),
        (Lang::It, _) => format!("Eliminata {} contro {by}", stage_in_sentence_it(stage)),
    }
}

/// The stage as a heading: "Round of 16" / "Ottavi di finale".
pub fn round_name(stage: Stage, lang: Lang) -> &'static str {
    match (stage, lang) {
        (Stage::Group, Lang::En) => "Group stage",
        (Stage::Group, Lang::It) => "Fase a gironi",
        (Stage::SecondRound, Lang::En) => "Second round",
        (Stage::SecondRound, Lang::It) => "Secondo turno",
        (Stage::RoundOf16, Lang::En) => "Round of 16",
        (Stage::RoundOf16, Lang::It) => "Ottavi di finale",
        (Stage::QuarterFinal, Lang::En) => "Quarter-finals",
        (Stage::QuarterFinal, Lang::It) => "Quarti di finale",
        (Stage::SemiFinal, Lang::En) => "Semi-finals",
        (Stage::SemiFinal, Lang::It) => "Semifinali",
        (Stage::Final, Lang::En) => "Final",
        (Stage::Final, Lang::It) => "Finale",
    }
}

/// "the round of 16", for the middle of an English sentence.
fn stage_in_sentence_en(stage: Stage) -> &'static str {
    match stage {
        Stage::Group => "the group stage",
        Stage::SecondRound => "the second round",
        Stage::RoundOf16 => "the round of 16",
        Stage::QuarterFinal => "the quarter-finals",
        Stage::SemiFinal => "the semi-finals",
        Stage::Final => "the final",
    }
}

/// "agli ottavi di finale": the stage with the preposition Italian uses for "in".
fn stage_in_sentence_it(stage: Stage) -> &'static str {
    match stage {
        Stage::Group => "nella fase a gironi",
        Stage::SecondRound => "al secondo turno",
        Stage::RoundOf16 => "agli ottavi di finale",
        Stage::QuarterFinal => "ai quarti di finale",
        Stage::SemiFinal => "in semifinale",
        Stage::Final => "in finale",
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
/// "Roma 4–1 on penalties", "Vicenza, golden goal in extra time".
pub fn tie_label(season: &Season, outcome: &Outcome, lang: Lang) -> String {
    let name = season.club(outcome.winner).name;
    match (outcome.decided, outcome.aggregate, lang) {
        (Decided::Penalties { winner, loser }, _, Lang::En) => {
            format!("{name} {winner}–{loser} on penalties")
        }
        (Decided::Penalties { winner, loser }, _, Lang::It) => {
            format!("{name} {winner}–{loser} ai rigori")
        }
        (Decided::AwayGoals, _, Lang::En) => format!("{name} on away goals"),
        (Decided::AwayGoals, _, Lang::It) => {
            format!("{name} per la regola dei gol in trasferta")
        }
        (Decided::GoldenGoal, _, Lang::En) => format!("{name}, golden goal in extra time"),
        (Decided::GoldenGoal, _, Lang::It) => format!("{name}, golden gol ai tempi supplementari"),
        (Decided::AfterExtraTime, Some((w, l)), Lang::En) => {
            format!("{name} {w}–{l} on aggregate, a.e.t.")
        }
        (Decided::AfterExtraTime, Some((w, l)), Lang::It) => {
            format!("{name} {w}–{l} nel doppio confronto, d.t.s.")
        }
        (Decided::Aggregate, Some((w, l)), Lang::En) => format!("{name} {w}–{l} on aggregate"),
        (Decided::Aggregate, Some((w, l)), Lang::It) => {
            format!("{name} {w}–{l} nel doppio confronto")
        }
        (Decided::ScoreNotRecorded | Decided::Aggregate | Decided::AfterExtraTime, _, Lang::En) => {
            format!("{name} went through ({})", Text::ScoreNotRecorded.get(lang))
        }
        (Decided::ScoreNotRecorded | Decided::Aggregate | Decided::AfterExtraTime, _, Lang::It) => {
            format!("Passa {name} ({})", Text::ScoreNotRecorded.get(lang))
        }
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MONTHS_IT: [&str; 12] = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
];

/// "20 May 2003" / "20 maggio 2003"; a date the sources give only roughly reads "c. 22 January 2003" /
/// "ca. 22 gennaio 2003". An impossible month is printed as a number rather than panicking.
pub fn format_date(date: Date, lang: Lang) -> String {
    let months = match lang {
        Lang::En => &MONTHS_EN,
        Lang::It => &MONTHS_IT,
    };
    let month = usize::from(date.month)
        .checked_sub(1)
        .and_then(|i| months.get(i))
        .map_or_else(|| date.month.to_string(), |m| (*m).to_owned());
    let day = match (lang, date.day) {
        (Lang::It, 1) => "1º".to_owned(),
        (_, d) => d.to_string(),
    };
    let about = match (date.approximate, lang) {
        (false, _) => "",
        (true, Lang::En) => "c. ",
        (true, Lang::It) => "ca. ",
    };
    format!("{about}{day} {month} {}", date.year)
}

/// "Referee: Collina (Viareggio)" / "Arbitro: Collina (Viareggio)", the name as the source gives it.
pub fn referee(name: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Referee: {name}"),
        Lang::It => format!("Arbitro: {name}"),
    }
}

/// "7,595 spectators" / "7.595 spettatori", thousands grouped the way each language writes them.
pub fn attendance(spectators: u32, lang: Lang) -> String {
    let separator = match lang {
        Lang::En => ',',
        Lang::It => '.',
    };
    let digits = spectators.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    match lang {
        Lang::En => format!("{grouped} spectators"),
        Lang::It => format!("{grouped} spettatori"),
    }
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

    /// One line per key enum: adding a key means adding it to `ALL` and raising this count.
    const KEY_COUNTS: &[(&str, usize, usize)] = &[("Text", Text::ALL.len(), 31)];

    #[test]
    fn every_key_enum_lists_all_its_keys() {
        for &(name, listed, declared) in KEY_COUNTS {
            assert_eq!(listed, declared, "{name}::ALL is missing a key");
        }
        for (i, key) in Text::ALL.iter().enumerate() {
            assert!(!Text::ALL[..i].contains(key), "{key:?} listed twice");
        }
    }

    #[test]
    fn every_key_has_a_non_empty_text_in_both_languages() {
        for &key in Text::ALL {
            for lang in Lang::ALL {
                assert!(!key.get(lang).trim().is_empty(), "{key:?} in {lang:?}");
            }
        }
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
    fn tie_labels_agree_with_the_reference_english_wording() {
        let decided = [
            (Decided::Aggregate, Some((6, 3))),
            (Decided::AwayGoals, Some((1, 1))),
            (Decided::GoldenGoal, Some((2, 2))),
            (
                Decided::Penalties {
                    winner: 4,
                    loser: 1,
                },
                Some((2, 2)),
            ),
        ];
        for (d, aggregate) in decided {
            let o = outcome(d, aggregate);
            assert_eq!(
                tie_label(&SEASON, &o, Lang::En),
                crate::tie::label_en(&SEASON, &o)
            );
        }
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
        let totals = Totals {
            clubs: 48,
            matches: 94,
            known_scores: 88,
            unknown_scores: 6,
            goals_known: 216,
            group_goals: 120,
            knockout_goals: 96,
        };
        assert_eq!(
            totals_sentence(&totals, Lang::En),
            "48 clubs, 94 matches, at least 216 goals (6 scores not recorded)"
        );
        assert_eq!(
            totals_sentence(&totals, Lang::It),
            "48 squadre, 94 partite, almeno 216 gol (6 risultati non disponibili)"
        );
        let complete = Totals {
            unknown_scores: 0,
            known_scores: 94,
            ..totals
        };
        assert_eq!(
            totals_sentence(&complete, Lang::En),
            "48 clubs, 94 matches, 216 goals"
        );
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
