//! The one translation table: every fixed text the reader sees, English and Italian side by side.
//! [`texts!`] turns each line `Key => "English" / "Italiano",` into a variant of [`Text`], an entry of
//! [`Text::ALL`] and a branch of [`Text::get`], so a key without both languages does not compile.
//! Values go into a text through named placeholders (`{club}`), filled by [`Text::fill`]; both
//! languages of a key name the same placeholders.
//!
//! A line without its Italian text is rejected by the compiler:
//!
//! ```compile_fail
//! coppa_core::texts! { Greeting => "Hello", }
//! ```
//!
//! ```
//! coppa_core::texts! { Greeting => "Hello" / "Ciao", }
//! assert_eq!(Text::Greeting.get(coppa_core::url::Lang::It), "Ciao");
//! ```

use crate::url::Lang;

/// Declares [`Text`] from the translation table; used once, below (exported only so that a doctest
/// can show a missing language failing to compile).
#[doc(hidden)]
#[macro_export]
macro_rules! texts {
    ($($(#[$doc:meta])* $key:ident => $en:literal / $it:literal,)*) => {
        /// A fixed text the reader sees; [`Text::get`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($(#[$doc])* $key,)*
        }

        impl Text {
            /// Every key, in the table's order.
            pub const ALL: &'static [Text] = &[$(Text::$key),*];

            pub const fn get(self, lang: $crate::url::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Text::$key, $crate::url::Lang::En) => $en,
                        (Text::$key, $crate::url::Lang::It) => $it,
                    )*
                }
            }
        }
    };
}

texts! {
    // The shell: header, filter, tabs, switches, journey card, messages.
    AppTitle => "Coppa Italia 2002–03" / "Coppa Italia 2002–03",
    /// The title's name part, shown before [`Text::AppTitleSeason`] in the header.
    AppTitleName => "Coppa Italia" / "Coppa Italia",
    /// The title's season part, kept on one line in the header.
    AppTitleSeason => "2002–03" / "2002–03",
    AppTagline => "Group standings, knockout bracket and top scorers"
        / "Classifiche dei gironi, tabellone e marcatori",
    SkipToContent => "Skip to the results" / "Vai ai risultati",
    FilterLabel => "Follow a club" / "Segui una squadra",
    FilterPlaceholder => "Type a club, e.g. Lazio" / "Scrivi una squadra, es. Lazio",
    FilterHint => "Use the up and down arrows to pick a club, Enter to choose it, Escape to close the list."
        / "Usa le frecce su e giù per scegliere una squadra, Invio per selezionarla, Esc per chiudere l'elenco.",
    FilterClear => "Clear the club filter" / "Azzera il filtro squadra",
    FilterSuggestions => "Matching clubs" / "Squadre trovate",
    /// The filter's message when nothing matches; the query as typed (shortened).
    NoMatch => "No club matches “{query}”" / "Nessuna squadra corrisponde a “{query}”",
    ViewTabs => "Views" / "Viste",
    ViewStandings => "Standings" / "Gironi",
    ViewBracket => "Bracket" / "Tabellone",
    ViewScorers => "Scorers" / "Marcatori",
    ThemeLabel => "Theme" / "Tema",
    ThemeAuto => "Auto" / "Auto",
    ThemeLight => "Light" / "Chiaro",
    ThemeDark => "Dark" / "Scuro",
    LangLabel => "Language" / "Lingua",
    Champion => "Champion: {club}" / "Vincitore: {club}",
    JourneyTitle => "{club} in the cup" / "{club} in coppa",
    JourneyHome => "home" / "in casa",
    JourneyAway => "away" / "in trasferta",
    JourneyFirstLeg => "1st leg" / "andata",
    JourneySecondLeg => "2nd leg" / "ritorno",
    JourneyWonCup => "Won the cup" / "Ha vinto la coppa",
    JourneyShowAll => "Show all clubs" / "Mostra tutte le squadre",
    /// `{stage}` is one of the `In…` keys below.
    JourneyEntered => "Entered in {stage}" / "Entra {stage}",
    /// `{position}` is "2nd" in English, "2" in Italian.
    JourneyExitGroup => "Finished {position} in group {group}" / "Chiude {position}ª nel girone {group}",
    /// `{stage}` is one of the `In…` keys below.
    JourneyExitKnockout => "Out in {stage} against {club}" / "Eliminata {stage} contro {club}",
    JourneyLostFinal => "Lost the final to {club}" / "Perde la finale contro {club}",
    GroupName => "Group {number}" / "Girone {number}",
    Matchday => "Matchday {number}" / "Giornata {number}",
    Referee => "Referee: {name}" / "Arbitro: {name}",
    Spectators => "{count} spectators" / "{count} spettatori",
    /// Between groups of three digits: "7,595" / "7.595".
    ThousandsSeparator => "," / ".",
    ScoreNotRecorded => "score not recorded" / "risultato non disponibile",
    DateNotRecorded => "date not recorded" / "data non disponibile",
    WarningDismiss => "Dismiss" / "Chiudi",
    PanicMessage => "Sorry, something went wrong while showing the cup. Reload the page to try again."
        / "Spiacenti, qualcosa è andato storto nel mostrare la coppa. Ricarica la pagina per riprovare.",
    FooterData => "Results from Wikipedia and contemporary reports. Scores no source gives are shown as not recorded; totals are computed from the results."
        / "Risultati da Wikipedia e dalle cronache dell'epoca. I risultati che nessuna fonte riporta sono indicati come non disponibili; i totali sono calcolati dai risultati.",

    // A value the page did not understand; `{place}` is `PlaceLink` or `PlaceAttribute`.
    WarningTeam => "Unknown team “{value}” {place}; showing all clubs"
        / "Squadra “{value}” sconosciuta {place}; mostro tutte le squadre",
    WarningView => "Unknown view “{value}” {place}; showing the standings"
        / "Vista “{value}” sconosciuta {place}; mostro i gironi",
    WarningLang => "Unknown language “{value}” {place}; using the browser's language"
        / "Lingua “{value}” sconosciuta {place}; uso la lingua del browser",
    WarningTheme => "Unknown theme “{value}” {place}; following the system setting"
        / "Tema “{value}” sconosciuto {place}; seguo l'impostazione di sistema",
    WarningEmbed => "Ignored “{value}” for “embed” {place}" / "Ignorato “{value}” per “embed” {place}",
    PlaceLink => "in the link" / "nel link",
    PlaceAttribute => "in the widget's data-coppa-{key} attribute" / "nell'attributo data-coppa-{key} del widget",

    // The season's totals and where a published figure disagrees with them.
    Totals => "{clubs} clubs, {matches} matches, {goals} goals" / "{clubs} squadre, {matches} partite, {goals} gol",
    /// `{unknown}` is `UnknownScore` or `UnknownScores`.
    TotalsAtLeast => "{clubs} clubs, {matches} matches, at least {goals} goals ({unknown})"
        / "{clubs} squadre, {matches} partite, almeno {goals} gol ({unknown})",
    UnknownScore => "{count} score not recorded" / "{count} risultato non disponibile",
    UnknownScores => "{count} scores not recorded" / "{count} risultati non disponibili",
    /// `{noun}` is one of the `Figure…` keys.
    Disagreement => "The infobox's figure of {published} {noun} disagrees with the results: {computed}."
        / "Il dato dell'infobox, {published} {noun}, non concorda con i risultati: {computed}.",
    DisagreementAtLeast => "The infobox's figure of {published} {noun} disagrees with the results: at least {computed}."
        / "Il dato dell'infobox, {published} {noun}, non concorda con i risultati: almeno {computed}.",
    FigureGoals => "goals" / "gol",
    FigureMatches => "matches" / "partite",
    FigureClubs => "clubs" / "squadre",
    FigureTopScorerGoals => "goals for the top scorer" / "gol del capocannoniere",

    // The stages, as headings and in the middle of a sentence ("Entra agli ottavi di finale").
    RoundGroup => "Group stage" / "Fase a gironi",
    RoundSecond => "Second round" / "Secondo turno",
    RoundOf16 => "Round of 16" / "Ottavi di finale",
    RoundQuarterFinals => "Quarter-finals" / "Quarti di finale",
    RoundSemiFinals => "Semi-finals" / "Semifinali",
    RoundFinal => "Final" / "Finale",
    InGroupStage => "the group stage" / "nella fase a gironi",
    InSecondRound => "the second round" / "al secondo turno",
    InRoundOf16 => "the round of 16" / "agli ottavi di finale",
    InQuarterFinals => "the quarter-finals" / "ai quarti di finale",
    InSemiFinals => "the semi-finals" / "in semifinale",
    InFinal => "the final" / "in finale",

    // How a tie was settled, winner first; `{score}` is the winner's goals first ("6–3").
    TieAggregate => "{club} {score} on aggregate" / "{club} {score} nel doppio confronto",
    TieAfterExtraTime => "{club} {score} on aggregate, a.e.t." / "{club} {score} nel doppio confronto, d.t.s.",
    TieAwayGoals => "{club} on away goals" / "{club} per la regola dei gol in trasferta",
    TiePenalties => "{club} {score} on penalties" / "{club} {score} ai rigori",
    TieGoldenGoal => "{club}, golden goal in extra time" / "{club}, golden gol ai tempi supplementari",
    TieScoreNotRecorded => "{club} went through (score not recorded)" / "Passa {club} (risultato non disponibile)",

    // Dates and minutes.
    January => "January" / "gennaio",
    February => "February" / "febbraio",
    March => "March" / "marzo",
    April => "April" / "aprile",
    May => "May" / "maggio",
    June => "June" / "giugno",
    July => "July" / "luglio",
    August => "August" / "agosto",
    September => "September" / "settembre",
    October => "October" / "ottobre",
    November => "November" / "novembre",
    December => "December" / "dicembre",
    /// The first day of a month, as a date writes it.
    FirstDay => "1" / "1º",
    /// A date or minute the sources give only roughly.
    Approximately => "c. {value}" / "ca. {value}",
    GoalPenalty => "pen." / "rig.",
    GoalOwn => "o.g." / "aut.",
    GoalGolden => "golden goal" / "golden gol",

    // The standings.
    StandingsHeading => "Group stage" / "Fase a gironi",
    ColPositionAbbr => "Pos" / "Pos",
    ColPosition => "Position" / "Posizione",
    ColClub => "Club" / "Squadra",
    ColPlayedAbbr => "P" / "G",
    ColPlayed => "Played" / "Giocate",
    ColWonAbbr => "W" / "V",
    ColWon => "Won" / "Vinte",
    ColDrawnAbbr => "D" / "N",
    ColDrawn => "Drawn" / "Pareggiate",
    ColLostAbbr => "L" / "P",
    ColLost => "Lost" / "Perse",
    ColGoalsForAbbr => "GF" / "GF",
    ColGoalsFor => "Goals for" / "Gol fatti",
    ColGoalsAgainstAbbr => "GA" / "GS",
    ColGoalsAgainst => "Goals against" / "Gol subiti",
    ColGoalDifferenceAbbr => "GD" / "DR",
    ColGoalDifference => "Goal difference" / "Differenza reti",
    ColPointsAbbr => "Pts" / "Pt",
    ColPoints => "Points" / "Punti",
    Qualified => "qualified" / "qualificata",
    SelectedClub => "selected club" / "squadra selezionata",
    GroupResults => "Results" / "Risultati",
    ShowOnlyGroup => "Show only this group" / "Mostra solo questo girone",
    ShowAllGroups => "Show all groups" / "Mostra tutti i gironi",
    NoGroupForClub => "{club} did not play in the group stage." / "{club} non ha giocato la fase a gironi.",
    RuleHeading => "How the tables are ordered" / "Criteri di classifica",
    RulePoints => "{win} points for a win, {draw} for a draw, none for a defeat."
        / "{win} punti per la vittoria, {draw} per il pareggio, nessuno per la sconfitta.",
    RuleOverallGoalDifference => "Clubs level on points are ordered by overall goal difference, then goals scored."
        / "A parità di punti conta la differenza reti complessiva, poi i gol fatti.",
    RuleHeadToHead => "Clubs level on points are ordered by the matches between them, then overall goal difference."
        / "A parità di punti contano gli scontri diretti, poi la differenza reti complessiva.",
    RuleWinnerOnly => "Only the group winner goes through to the second round."
        / "Solo la prima classificata passa al secondo turno.",
    RuleTopN => "The top {n} of each group go through to the second round."
        / "Le prime {n} di ogni girone passano al secondo turno.",
    RulePublishedTables => "The published tables of this season order clubs level on points by overall goal \
        difference, not by the match between them; these tables do the same."
        / "Le classifiche pubblicate di questa stagione ordinano le squadre a pari punti per \
        differenza reti complessiva, non per lo scontro diretto; queste tabelle fanno lo stesso.",

    // The bracket and a tie's details.
    BracketHeading => "Knockout rounds" / "Fase a eliminazione diretta",
    RoundTabs => "Rounds" / "Turni",
    FirstLeg => "1st leg" / "Andata",
    SecondLeg => "2nd leg" / "Ritorno",
    Aggregate => "Aggregate {score}" / "Totale {score}",
    AggregateUnknown => "Aggregate unknown" / "Totale non disponibile",
    OnPath => "a tie of the selected club" / "una sfida della squadra selezionata",
    NoKnockoutForClub => "{club} did not reach the knockout rounds."
        / "{club} non ha raggiunto la fase a eliminazione diretta.",
    DetailsClose => "Close" / "Chiudi",
    DetailsDate => "Date" / "Data",
    DetailsVenue => "Venue" / "Stadio",
    DetailsScore => "Score" / "Risultato",
    DetailsGoals => "Goals" / "Marcatori",
    DetailsNote => "Note" / "Nota",
    DetailsSources => "Sources" / "Fonti",
    VenueNotRecorded => "venue not recorded" / "stadio non disponibile",
    GoalsNotRecorded => "scorers not recorded" / "marcatori non disponibili",
    /// After a side's goals when the sources list only some of the leg's goals.
    GoalsIncomplete => "not every scorer is recorded" / "non tutti i marcatori sono noti",
    AfterNinety => "{score} after 90 minutes" / "{score} al 90'",
    AfterExtraTime => "after extra time" / "dopo i tempi supplementari",
    /// The abbreviation beside a leg's score, "a.e.t." / "d.t.s.".
    AfterExtraTimeShort => "a.e.t." / "d.t.s.",
    GoldenGoal => "ended by a golden goal" / "deciso da un golden gol",
    PenaltiesScore => "{score} on penalties" / "{score} ai rigori",

    // The scorers.
    ScorersHeading => "Top scorers" / "Classifica marcatori",
    ChartTitle => "Top scorers: goals per player" / "Classifica marcatori: gol per giocatore",
    ChartDescription => "Horizontal bar chart, one bar per player, longer for more goals: {items}."
        / "Grafico a barre orizzontali, una barra per giocatore, più lunga per più gol: {items}.",
    ChartDescriptionItem => "rank {rank}, {player} ({club}), {goals} goals"
        / "posizione {rank}, {player} ({club}), {goals} gol",
    ChartSelectHint => "Select a bar to follow the player's club."
        / "Seleziona una barra per seguire la squadra del giocatore.",
    TableCaption => "Top scorers and how sure the sources are of each tally"
        / "Marcatori e quanto sono certe le fonti di ogni totale",
    ColRank => "Rank" / "Pos.",
    ColPlayer => "Player" / "Giocatore",
    ColGoals => "Goals" / "Gol",
    ColCertainty => "Tally" / "Totale",
    CertaintyStated => "stated" / "dichiarato",
    CertaintyInferred => "inferred" / "dedotto",
    /// Beside a tally the goals listed per match add up to.
    TallyConfirmed => "confirmed by the match data" / "confermato dai tabellini",
    CertaintyNote => "Stated: a named source gives the player's tally. Inferred: counted from match reports \
        or deduced from a source listing the player at that rank."
        / "Dichiarato: il totale del giocatore è indicato da una fonte citata. Dedotto: contato dai \
        resoconti delle partite o ricavato da una fonte che elenca il giocatore in quella posizione.",
    SharedRankNote => "“=” marks a rank shared with other players."
        / "“=” indica una posizione a pari merito con altri giocatori.",
    SelectClub => "Follow {club}" / "Segui {club}",

    // The embed builder and the HTML-only fragment's credit line.
    EmbedOpen => "Embed" / "Incorpora",
    EmbedHeading => "Embed in your site" / "Incorpora nel tuo sito",
    EmbedIntro => "Choose what to show: the preview and the code follow your choices."
        / "Scegli cosa mostrare: anteprima e codice seguono le tue scelte.",
    EmbedViewLabel => "View" / "Vista",
    EmbedClubLabel => "Highlighted club" / "Squadra evidenziata",
    EmbedClubNone => "None" / "Nessuna",
    EmbedStyleLabel => "Embed as" / "Incorpora come",
    EmbedStyleIframe => "iframe: a separate page that sizes itself"
        / "iframe: una pagina a parte che si ridimensiona da sola",
    EmbedStyleScript => "script tag: a widget in your page, styles kept apart"
        / "tag script: un widget nella tua pagina, stili separati",
    EmbedStyleHtml => "HTML only: a snapshot of the data, no script, no iframe"
        / "solo HTML: un'istantanea dei dati, senza script né iframe",
    EmbedPreviewHeading => "Preview" / "Anteprima",
    EmbedPreviewTitle => "Preview of the embedded explorer" / "Anteprima dell'esploratore incorporato",
    EmbedSnippetHeading => "Code to paste into your post" / "Codice da incollare nell'articolo",
    EmbedSnippetNote => "The script resizes the iframe to its content and mounts script-tag widgets; one copy per page is enough."
        / "Lo script adatta l'altezza dell'iframe al contenuto e monta i widget; ne basta una copia per pagina.",
    EmbedCrossOriginNote => "If these files live on another site than your blog, that server must send the header Access-Control-Allow-Origin: *."
        / "Se questi file stanno su un altro sito rispetto al blog, quel server deve inviare l'intestazione Access-Control-Allow-Origin: *.",
    EmbedHtmlNote => "Plain HTML with its styles inline, for platforms that allow neither scripts nor iframes; it does not change when the app does."
        / "HTML semplice con gli stili in linea, per le piattaforme che non accettano script né iframe; non cambia quando cambia l'app.",
    EmbedFragmentCredit => "Every match and source: the Coppa Italia 2002–03 explorer"
        / "Tutte le partite e le fonti: l'esploratore della Coppa Italia 2002–03",
    EmbedCopy => "Copy code" / "Copia codice",
    EmbedCopied => "Copied to the clipboard." / "Copiato negli appunti.",
    EmbedCopyManually => "The code is selected: press Ctrl+C (⌘C on a Mac) to copy it."
        / "Il codice è selezionato: premi Ctrl+C (⌘C su Mac) per copiarlo.",
    EmbedClose => "Close" / "Chiudi",
    // A part of the page loaded on demand (the embed builder, a tie's details).
    PartLoading => "Loading…" / "Caricamento…",
    PartFailed => "This part of the page could not be loaded. Check the connection and try again."
        / "Impossibile caricare questa parte della pagina. Controlla la connessione e riprova.",
    // The prerendered page before the app has taken over (`prerender/select.js` shows them).
    AppLoading => "Loading the interactive explorer…" / "Caricamento dell'esploratore interattivo…",
    AppFailed => "The interactive explorer could not be loaded. Check the connection and try again: the tables stay readable."
        / "Impossibile caricare l'esploratore interattivo. Controlla la connessione e riprova: le tabelle restano leggibili.",
    // Image export: the controls, and the text drawn into the images.
    ImageExport => "Export image" / "Esporta immagine",
    ImageDownloadPng => "Download PNG" / "Scarica PNG",
    ImageDownloadSvg => "Download SVG" / "Scarica SVG",
    ImageBuilderNote => "The chosen view as a picture for social posts and newsletters: PNG 2400 px wide, or SVG. With a club chosen, the standings show its group."
        / "La vista scelta come immagine per i social e le newsletter: PNG largo 2400 px, oppure SVG. Con una squadra scelta, le classifiche mostrano il suo girone.",
    ImageHighlighted => "Highlighted: {club}" / "In evidenza: {club}",
    ImageCredit => "Data: Wikipedia and contemporary reports · Made with the Coppa Italia 2002–03 explorer"
        / "Dati: Wikipedia e cronache dell'epoca · Realizzata con l'esploratore della Coppa Italia 2002–03",
}

impl Text {
    /// This key's text in `lang` with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
        fill(self.get(lang), values)
    }
}

/// Replaces each `{name}` in `template` by its value in one pass, so a value that itself contains braces
/// is never expanded again; unknown placeholders are left as they are.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
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

    #[test]
    fn every_key_has_text_in_both_languages_with_the_same_placeholders() {
        for &key in Text::ALL {
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
    fn the_placeholder_reader_sees_every_name() {
        assert_eq!(
            placeholders(Text::RulePoints.get(Lang::It)),
            BTreeSet::from(["win", "draw"])
        );
        assert_eq!(
            placeholders("{a} and {b"),
            BTreeSet::from(["a"]),
            "an unclosed brace names nothing"
        );
        assert!(placeholders(Text::AppTitle.get(Lang::En)).is_empty());
    }

    #[test]
    fn fill_replaces_named_placeholders_and_leaves_others() {
        assert_eq!(
            Text::SelectClub.fill(Lang::It, &[("club", "Milan")]),
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
}
