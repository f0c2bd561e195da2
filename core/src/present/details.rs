//! A tie's details in words: the title, how it was settled, per leg the date, venue, score with its
//! extras (after 90 minutes, extra time, golden goal, penalties), the goals per side and the note, then
//! the sources.

use super::{note_in, DateText};
use crate::bracket::{tie, TieRef};
use crate::i18n::views::{aggregate_beside_label, goal_text};
use crate::i18n::{round_name, score, tie_label, Text};
use crate::model::{Leg, Season, Side, Source};
use crate::url::Lang;

/// Everything the details dialog shows of one tie.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TieDetails {
    /// "Final: Roma – Milan", first-leg host first.
    pub title: String,
    /// "Milan 6–3 on aggregate."; "Roma 4–1 on penalties. Aggregate 2–2." where the aggregate did not
    /// settle it.
    pub outcome: String,
    pub legs: [LegFacts; 2],
    pub sources: Vec<SourceLink>,
}

/// One leg's facts, each already in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegFacts {
    /// "1st leg: Roma – Milan".
    pub heading: String,
    pub date: DateText,
    /// The stadium, or "venue not recorded".
    pub venue: &'static str,
    /// "Roma 1–4 Milan", or "score not recorded".
    pub result: String,
    /// " (after extra time; Roma 4–1 Milan on penalties)", with its leading space; `None` without extras.
    pub extras: Option<String>,
    pub goals: Goals,
    /// The data's note on the leg in the reader's language, when there is one.
    pub note: Option<&'static str>,
}

/// What the details say about a leg's goals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Goals {
    /// Nothing: a goalless or unknown score and no goal listed.
    Unmentioned,
    /// Goals were scored but nobody listed them: "scorers not recorded".
    NotRecorded(&'static str),
    /// The listed goals per side that scored, host first; `partial` says not every scorer is known.
    Listed {
        sides: Vec<SideGoals>,
        partial: Option<&'static str>,
    },
}

/// One side's listed goals: "Milan: Shevchenko 25', Serginho 61' (pen.)".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SideGoals {
    /// "host" or "guest".
    pub side: &'static str,
    pub club: &'static str,
    pub goals: String,
}

/// A source the tie cites: its title, linked where it has an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceLink {
    pub title: &'static str,
    pub url: Option<&'static str>,
}

/// The details of the tie at `at`.
pub fn tie_details(season: &Season, at: TieRef, lang: Lang) -> TieDetails {
    let tie = tie(season, at);
    let outcome = tie.outcome();
    let [host, guest] = tie.clubs().map(|c| season.club(c).name);
    let [first, second] = &tie.legs;
    let label = tie_label(season, &outcome, lang);
    TieDetails {
        title: format!("{}: {host} – {guest}", round_name(at.stage, lang)),
        outcome: match aggregate_beside_label(&outcome, lang) {
            Some(aggregate) => format!("{label}. {aggregate}."),
            None => format!("{label}."),
        },
        legs: [
            leg_facts(season, first, Text::FirstLeg, lang),
            leg_facts(season, second, Text::SecondLeg, lang),
        ],
        sources: sources(season, tie.sources),
    }
}

fn leg_facts(season: &Season, leg: &Leg, name: Text, lang: Lang) -> LegFacts {
    let (host, guest) = (season.club(leg.host).name, season.club(leg.guest).name);
    LegFacts {
        heading: format!("{}: {host} – {guest}", name.get(lang)),
        date: DateText::of(leg.date, lang),
        venue: leg.venue.unwrap_or(Text::VenueNotRecorded.get(lang)),
        result: match leg.score {
            Some(s) => format!("{host} {} {guest}", score(s)),
            None => Text::ScoreNotRecorded.get(lang).to_owned(),
        },
        extras: extras(season, leg, lang),
        goals: goals(season, leg, lang),
        note: note_in(lang, leg.note, leg.note_it),
    }
}

/// How the leg went beyond its score, in the order it happened, in brackets after it.
fn extras(season: &Season, leg: &Leg, lang: Lang) -> Option<String> {
    let (host, guest) = (season.club(leg.host).name, season.club(leg.guest).name);
    let mut extras: Vec<String> = Vec::new();
    if let Some(s) = leg.after_90 {
        extras.push(Text::AfterNinety.fill(lang, &[("score", &score(s))]));
    }
    if leg.extra_time {
        extras.push(Text::AfterExtraTime.get(lang).to_owned());
    }
    if leg.golden_goal {
        extras.push(Text::GoldenGoal.get(lang).to_owned());
    }
    if let Some(s) = leg.penalties {
        extras.push(
            Text::PenaltiesScore.fill(lang, &[("score", &format!("{host} {} {guest}", score(s)))]),
        );
    }
    (!extras.is_empty()).then(|| format!(" ({})", extras.join("; ")))
}

/// Goals are worth a line when the score says some were scored, or when the source lists them; each
/// side on its own line, so a reader never has to guess whose goal a name was.
fn goals(season: &Season, leg: &Leg, lang: Lang) -> Goals {
    if leg.goals.is_empty() {
        return match leg.score {
            Some(s) if s.total() > 0 => Goals::NotRecorded(Text::GoalsNotRecorded.get(lang)),
            _ => Goals::Unmentioned,
        };
    }
    let sides = [(Side::Host, "host"), (Side::Guest, "guest")]
        .into_iter()
        .filter_map(|(side, key)| {
            let goals: Vec<String> = leg.goals_for(side).map(|g| goal_text(g, lang)).collect();
            (!goals.is_empty()).then(|| SideGoals {
                side: key,
                club: season.club(leg.club(side)).name,
                goals: goals.join(", "),
            })
        })
        .collect();
    Goals::Listed {
        sides,
        partial: (!leg.goals_complete).then(|| Text::GoalsIncomplete.get(lang)),
    }
}

/// The tie's sources by key, in its order; a key the season does not list shows as itself.
fn sources(season: &Season, keys: &[&'static str]) -> Vec<SourceLink> {
    let all: &'static [Source] = season.sources;
    keys.iter()
        .map(|&key| match all.iter().find(|s| s.key == key) {
            Some(source) => SourceLink {
                title: source.title,
                url: source.url,
            },
            None => SourceLink {
                title: key,
                url: None,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{leg, score as goals_of, AURORA, MONTE, SEASON};
    use crate::model::{Date, Goal, GoalKind, Minute, Stage};

    fn second_round(index: usize) -> TieRef {
        TieRef {
            stage: Stage::SecondRound,
            index,
        }
    }

    #[test]
    fn a_tie_is_titled_by_its_round_and_clubs_and_says_how_it_was_settled() {
        let en = tie_details(&SEASON, second_round(0), Lang::En);
        assert_eq!(en.title, "Second round: Aurora – Monte");
        assert_eq!(en.outcome, "Aurora 2–1 on aggregate.");
        assert_eq!(en.legs[0].heading, "1st leg: Aurora – Monte");
        assert_eq!(en.legs[1].heading, "2nd leg: Monte – Aurora");
        assert_eq!(en.legs[0].result, "Aurora 1–0 Monte");
        let it = tie_details(&SEASON, second_round(0), Lang::It);
        assert_eq!(it.title, "Secondo turno: Aurora – Monte");
        assert_eq!(it.outcome, "Aurora 2–1 nel doppio confronto.");
        assert_eq!(it.legs[1].heading, "Ritorno: Monte – Aurora");
    }

    #[test]
    fn unknown_facts_say_so_in_each_language() {
        let en = tie_details(&SEASON, second_round(1), Lang::En);
        assert_eq!(
            en.outcome,
            "Nettuno went through (score not recorded). Aggregate unknown."
        );
        let first = &en.legs[0];
        assert_eq!(first.result, "score not recorded");
        assert_eq!(first.venue, "venue not recorded");
        assert_eq!(first.date.text, "date not recorded");
        assert_eq!((first.extras.clone(), first.note), (None, None));
        assert_eq!(first.goals, Goals::Unmentioned);
        let it = &tie_details(&SEASON, second_round(1), Lang::It).legs[0];
        assert_eq!(it.result, "risultato non disponibile");
        assert_eq!(it.venue, "stadio non disponibile");
        assert_eq!(it.date.text, "data non disponibile");
        // A scoring leg with no goal listed.
        let scored = tie_details(&SEASON, second_round(0), Lang::It);
        assert_eq!(
            scored.legs[0].goals,
            Goals::NotRecorded("marcatori non disponibili")
        );
    }

    /// Monte's home leg against Aurora, 1–1 after 90 minutes, 2–2 after extra time, 5–4 on penalties.
    fn shoot_out() -> Leg {
        Leg {
            date: Some(Date {
                year: 2002,
                month: 9,
                day: 25,
                approximate: false,
            }),
            venue: Some("Stadio del Monte"),
            after_90: goals_of(1, 1),
            extra_time: true,
            penalties: goals_of(5, 4),
            goals: &[
                Goal {
                    side: Side::Guest,
                    player: "Neri",
                    minute: Some(Minute {
                        minute: 61,
                        stoppage: None,
                        approximate: false,
                    }),
                    kind: GoalKind::Penalty,
                },
                Goal {
                    side: Side::Guest,
                    player: "Rossi",
                    minute: None,
                    kind: GoalKind::Regular,
                },
            ],
            goals_complete: false,
            note: "Played behind closed doors.",
            note_it: "Giocata a porte chiuse.",
            ..leg(MONTE, AURORA, goals_of(2, 2))
        }
    }

    #[test]
    fn a_leg_s_extras_are_listed_in_the_order_they_happened() {
        let en = leg_facts(&SEASON, &shoot_out(), Text::SecondLeg, Lang::En);
        assert_eq!(
            en.extras.as_deref(),
            Some(" (1–1 after 90 minutes; after extra time; Monte 5–4 Aurora on penalties)")
        );
        assert_eq!(en.date.text, "25 September 2002");
        assert_eq!(en.date.iso.as_deref(), Some("2002-09-25"));
        assert_eq!(en.venue, "Stadio del Monte");
        assert_eq!(en.note, Some("Played behind closed doors."));
        let it = leg_facts(&SEASON, &shoot_out(), Text::SecondLeg, Lang::It);
        assert_eq!(it.note, Some("Giocata a porte chiuse."));
        assert_eq!(
            it.extras.as_deref(),
            Some(" (1–1 al 90'; dopo i tempi supplementari; Monte 5–4 Aurora ai rigori)")
        );
        let golden = Leg {
            golden_goal: true,
            after_90: None,
            penalties: None,
            ..shoot_out()
        };
        assert_eq!(
            extras(&SEASON, &golden, Lang::En).as_deref(),
            Some(" (after extra time; ended by a golden goal)")
        );
        assert_eq!(
            extras(&SEASON, &golden, Lang::It).as_deref(),
            Some(" (dopo i tempi supplementari; deciso da un golden gol)")
        );
    }

    #[test]
    fn listed_goals_go_under_the_side_that_scored_them() {
        assert_eq!(
            goals(&SEASON, &shoot_out(), Lang::En),
            Goals::Listed {
                sides: vec![SideGoals {
                    side: "guest",
                    club: "Aurora",
                    goals: "Neri 61' (pen.), Rossi".into()
                }],
                partial: Some("not every scorer is recorded")
            }
        );
        let complete = Leg {
            goals_complete: true,
            ..shoot_out()
        };
        assert_eq!(
            goals(&SEASON, &complete, Lang::It),
            Goals::Listed {
                sides: vec![SideGoals {
                    side: "guest",
                    club: "Aurora",
                    goals: "Neri 61' (rig.), Rossi".into()
                }],
                partial: None
            }
        );
    }

    #[test]
    fn sources_are_linked_where_the_season_gives_an_address() {
        let season = Season {
            sources: &[
                Source {
                    key: "wiki",
                    title: "Wikipedia",
                    url: Some("https://en.wikipedia.org/"),
                },
                Source {
                    key: "paper",
                    title: "La Gazzetta",
                    url: None,
                },
            ],
            ..SEASON
        };
        assert_eq!(
            sources(&season, &["paper", "wiki", "missing"]),
            vec![
                SourceLink {
                    title: "La Gazzetta",
                    url: None
                },
                SourceLink {
                    title: "Wikipedia",
                    url: Some("https://en.wikipedia.org/")
                },
                SourceLink {
                    title: "missing",
                    url: None
                },
            ]
        );
    }
}
