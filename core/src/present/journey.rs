//! The journey card in words: where the club entered, how its cup ended and every match it played,
//! one ready line each.

use super::{note_in, DateText};
use crate::bracket;
use crate::i18n::{self, Text};
use crate::journey::{journey, Appearance, Exit};
use crate::model::{ClubId, Season, Stage};
use crate::url::Lang;

/// The whole card of one club.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    /// "Milan in the cup".
    pub title: String,
    /// "Entered in the round of 16".
    pub entered: String,
    /// "Won the cup", "Finished 2nd in group 1", "Out in the round of 16 against Roma".
    pub exit: String,
    pub lines: Vec<Line>,
}

/// One match of the journey, already in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub stage: Stage,
    /// "Group 1 · Matchday 2", "Final · 2nd leg".
    pub round: String,
    /// "Roma 1–4 Milan", or the pairing and "score not recorded".
    pub result: String,
    /// "home" or "away", for the club.
    pub venue: &'static str,
    pub date: DateText,
    /// The stadium, where a source names it.
    pub stadium: Option<&'static str>,
    /// "Referee: Collina · 7,595 spectators", each part where a source gives it.
    pub officials: Option<String>,
    /// A group match's note in the reader's language ("Played at Nardò: …"); a leg's is in its tie's
    /// details.
    pub note: Option<&'static str>,
    /// After a tie's second leg: how the tie was settled.
    pub outcome: Option<String>,
}

/// The card of `club`, one of the season's clubs.
pub fn card(season: &Season, club: ClubId, lang: Lang) -> Card {
    let run = journey(season, club);
    let entry = season.club(club);
    Card {
        title: i18n::journey_title(entry.name, lang),
        entered: i18n::entered(entry.enters, lang),
        exit: exit_sentence(season, run.exit, lang),
        lines: run
            .appearances
            .iter()
            .filter_map(|&appearance| line(season, club, appearance, lang))
            .collect(),
    }
}

fn line(season: &Season, club: ClubId, appearance: Appearance, lang: Lang) -> Option<Line> {
    let venue = |host: ClubId| {
        if host == club {
            Text::JourneyHome.get(lang)
        } else {
            Text::JourneyAway.get(lang)
        }
    };
    match appearance {
        Appearance::Group { group, match_index } => {
            let game = season
                .groups
                .iter()
                .find(|g| g.number == group)?
                .matches
                .get(match_index)?;
            let round = match game.matchday {
                Some(day) => format!(
                    "{} · {}",
                    i18n::group_name(group, lang),
                    i18n::matchday(day, lang)
                ),
                None => i18n::group_name(group, lang),
            };
            let officials: Vec<String> = game
                .referee
                .map(|name| i18n::referee(name, lang))
                .into_iter()
                .chain(game.attendance.map(|n| i18n::attendance(n, lang)))
                .collect();
            Some(Line {
                stage: Stage::Group,
                round,
                result: i18n::match_line(season, game.home, game.away, game.score, lang),
                venue: venue(game.home),
                date: DateText::of(game.date, lang),
                stadium: game.venue,
                officials: (!officials.is_empty()).then(|| officials.join(" · ")),
                note: note_in(lang, game.note, game.note_it),
                outcome: None,
            })
        }
        Appearance::Leg { tie, leg } => {
            let played = bracket::tie(season, tie);
            let this = played.legs.get(leg)?;
            let which = if leg == 0 {
                Text::JourneyFirstLeg
            } else {
                Text::JourneySecondLeg
            };
            Some(Line {
                stage: tie.stage,
                round: format!(
                    "{} · {}",
                    i18n::round_name(tie.stage, lang),
                    which.get(lang)
                ),
                result: i18n::match_line(season, this.host, this.guest, this.score, lang),
                venue: venue(this.host),
                date: DateText::of(this.date, lang),
                stadium: this.venue,
                officials: None,
                note: None,
                outcome: (leg == 1).then(|| i18n::tie_label(season, &played.outcome(), lang)),
            })
        }
    }
}

fn exit_sentence(season: &Season, exit: Exit, lang: Lang) -> String {
    match exit {
        Exit::Champion => Text::JourneyWonCup.get(lang).to_owned(),
        Exit::Group { group, position } => i18n::exit_group(position, group, lang),
        Exit::Knockout { stage, by } => i18n::exit_knockout(stage, season.club(by).name, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{game, score, AURORA, BORGO, ETNA, PIETRA, SEASON};
    use crate::model::{Date, Group};

    #[test]
    fn the_champion_s_card_ends_with_the_cup() {
        let en = card(&SEASON, AURORA, Lang::En);
        assert_eq!(en.title, "Aurora in the cup");
        assert_eq!(en.entered, "Entered in the group stage");
        assert_eq!(en.exit, "Won the cup");
        let rounds: Vec<&str> = en.lines.iter().map(|l| l.round.as_str()).collect();
        assert_eq!(
            rounds,
            [
                "Group 1",
                "Group 1",
                "Group 1",
                "Second round · 1st leg",
                "Second round · 2nd leg",
                "Round of 16 · 1st leg",
                "Round of 16 · 2nd leg",
                "Final · 1st leg",
                "Final · 2nd leg"
            ]
        );
        let last = en.lines.last().unwrap();
        assert_eq!(last.stage, Stage::Final);
        assert_eq!(last.result, "Aurora 3–1 Pietra");
        assert_eq!(last.venue, "home");
        assert_eq!(last.outcome.as_deref(), Some("Aurora 4–2 on aggregate"));
        assert_eq!(en.lines[7].outcome, None, "only a second leg settles a tie");
        assert_eq!(en.lines[7].venue, "away");
        let it = card(&SEASON, AURORA, Lang::It);
        assert_eq!(it.title, "Aurora in coppa");
        assert_eq!(it.exit, "Ha vinto la coppa");
        assert_eq!(it.lines[8].round, "Finale · ritorno");
        assert_eq!(it.lines[8].venue, "in casa");
        assert_eq!(
            it.lines[8].outcome.as_deref(),
            Some("Aurora 4–2 nel doppio confronto")
        );
    }

    #[test]
    fn exits_name_the_group_place_or_the_club_that_won() {
        assert_eq!(
            card(&SEASON, BORGO, Lang::En).exit,
            "Finished 3rd in group 1"
        );
        assert_eq!(
            card(&SEASON, BORGO, Lang::It).exit,
            "Chiude 3ª nel girone 1"
        );
        assert_eq!(
            card(&SEASON, ETNA, Lang::En).exit,
            "Out in the second round against Nettuno"
        );
        let pietra = card(&SEASON, PIETRA, Lang::It);
        assert_eq!(pietra.exit, "Perde la finale contro Aurora");
        assert_eq!(pietra.entered, "Entra agli ottavi di finale");
    }

    #[test]
    fn unknown_scores_and_dates_are_said_and_known_facts_joined() {
        let etna = card(&SEASON, ETNA, Lang::En);
        let unknown = &etna.lines[1];
        assert_eq!(unknown.result, "Etna – Golfo, score not recorded");
        assert_eq!(unknown.date.text, "date not recorded");
        assert_eq!(unknown.date.iso, None);
        assert_eq!(
            (unknown.stadium, unknown.officials.clone(), unknown.note),
            (None, None, None)
        );

        let mut detailed = game(AURORA, BORGO, score(2, 0));
        detailed.matchday = Some(2);
        detailed.date = Some(Date {
            year: 2002,
            month: 8,
            day: 18,
            approximate: false,
        });
        detailed.venue = Some("Stadio Aurora");
        detailed.referee = Some("Collina (Viareggio)");
        detailed.attendance = Some(7595);
        detailed.note = "Played at the Stadio Aurora.";
        detailed.note_it = "Giocata allo Stadio Aurora.";
        let groups = [Group {
            matches: Box::leak(Box::new([detailed])),
            ..SEASON.groups[0]
        }];
        let season = Season {
            groups: Box::leak(Box::new(groups)),
            ..SEASON
        };
        let at = Appearance::Group {
            group: 1,
            match_index: 0,
        };
        assert_eq!(
            line(&season, BORGO, at, Lang::En).unwrap().note,
            Some("Played at the Stadio Aurora.")
        );
        let line = line(&season, BORGO, at, Lang::It).unwrap();
        assert_eq!(line.round, "Girone 1 · Giornata 2");
        assert_eq!(line.result, "Aurora 2–0 Borgo San Pietro");
        assert_eq!(line.venue, "in trasferta");
        assert_eq!(line.date.text, "18 agosto 2002");
        assert_eq!(line.date.iso.as_deref(), Some("2002-08-18"));
        assert_eq!(line.stadium, Some("Stadio Aurora"));
        assert_eq!(
            line.officials.as_deref(),
            Some("Arbitro: Collina (Viareggio) · 7.595 spettatori")
        );
        assert_eq!(line.note, Some("Giocata allo Stadio Aurora."));
    }
}
