//! Every knockout tie of the real data file resolved under the rules and checked against the research
//! notes (`/work/shared/reference/knockout-research.md`).
#![cfg(feature = "source")]

use std::path::Path;

use coppa_core::i18n::tie_label;
use coppa_core::i18n::views::goal_text;
use coppa_core::model::{GoalKind, Leg, Score, Season, Side, Stage, Tie};
use coppa_core::source::load;
use coppa_core::tie::Decided;
use coppa_core::url::Lang;

fn season() -> Season {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/coppa-italia-2002-03.toml");
    load(&path).unwrap_or_else(|errors| panic!("{errors:?}"))
}

fn tie<'s>(season: &'s Season, stage: Stage, host: &str, guest: &str) -> &'s Tie {
    let host = season.club_by_slug(host).expect(host);
    let guest = season.club_by_slug(guest).expect(guest);
    let round = season.round(stage).expect("round");
    round
        .ties
        .iter()
        .find(|t| t.clubs() == [host, guest])
        .unwrap_or_else(|| panic!("no {stage:?} tie {host:?} v {guest:?}"))
}

/// One tie as the research notes record it.
struct Expected {
    stage: Stage,
    /// First-leg host and guest.
    host: &'static str,
    guest: &'static str,
    winner: &'static str,
    /// Winner's goals first.
    aggregate: Option<(u8, u8)>,
    /// How the app words the outcome, in English and in Italian.
    labels: [&'static str; 2],
}

const fn tie_of(
    stage: Stage,
    host: &'static str,
    guest: &'static str,
    winner: &'static str,
    aggregate: Option<(u8, u8)>,
    labels: [&'static str; 2],
) -> Expected {
    Expected {
        stage,
        host,
        guest,
        winner,
        aggregate,
        labels,
    }
}

const EXPECTED: [Expected; 23] = [
    tie_of(
        Stage::SecondRound,
        "sampdoria",
        "atalanta",
        "sampdoria",
        Some((2, 1)),
        [
            "Sampdoria 2–1 on aggregate",
            "Sampdoria 2–1 nel doppio confronto",
        ],
    ),
    tie_of(
        Stage::SecondRound,
        "vicenza",
        "parma",
        "vicenza",
        Some((3, 2)),
        [
            "Vicenza, golden goal in extra time",
            "Vicenza, golden gol ai tempi supplementari",
        ],
    ),
    tie_of(
        Stage::SecondRound,
        "bari",
        "udinese",
        "bari",
        Some((4, 2)),
        ["Bari 4–2 on aggregate", "Bari 4–2 nel doppio confronto"],
    ),
    tie_of(
        Stage::SecondRound,
        "ancona",
        "brescia",
        "ancona",
        None,
        [
            "Ancona went through (score not recorded)",
            "Passa Ancona (risultato non disponibile)",
        ],
    ),
    tie_of(
        Stage::SecondRound,
        "triestina",
        "como",
        "triestina",
        None,
        [
            "Triestina went through (score not recorded)",
            "Passa Triestina (risultato non disponibile)",
        ],
    ),
    tie_of(
        Stage::SecondRound,
        "ternana",
        "piacenza",
        "piacenza",
        None,
        [
            "Piacenza went through (score not recorded)",
            "Passa Piacenza (risultato non disponibile)",
        ],
    ),
    tie_of(
        Stage::SecondRound,
        "reggina",
        "modena",
        "reggina",
        None,
        [
            "Reggina went through (score not recorded)",
            "Passa Reggina (risultato non disponibile)",
        ],
    ),
    tie_of(
        Stage::SecondRound,
        "empoli",
        "torino",
        "empoli",
        Some((3, 2)),
        ["Empoli 3–2 on aggregate", "Empoli 3–2 nel doppio confronto"],
    ),
    tie_of(
        Stage::RoundOf16,
        "triestina",
        "roma",
        "roma",
        Some((2, 2)),
        ["Roma 4–1 on penalties", "Roma 4–1 ai rigori"],
    ),
    tie_of(
        Stage::RoundOf16,
        "vicenza",
        "bologna",
        "vicenza",
        Some((3, 1)),
        [
            "Vicenza 3–1 on aggregate",
            "Vicenza 3–1 nel doppio confronto",
        ],
    ),
    tie_of(
        Stage::RoundOf16,
        "reggina",
        "juventus",
        "juventus",
        Some((2, 1)),
        [
            "Juventus 2–1 on aggregate",
            "Juventus 2–1 nel doppio confronto",
        ],
    ),
    tie_of(
        Stage::RoundOf16,
        "piacenza",
        "chievo",
        "chievo",
        Some((1, 1)),
        [
            "Chievo on away goals",
            "Chievo per la regola dei gol in trasferta",
        ],
    ),
    tie_of(
        Stage::RoundOf16,
        "ancona",
        "milan",
        "milan",
        Some((6, 2)),
        ["Milan 6–2 on aggregate", "Milan 6–2 nel doppio confronto"],
    ),
    tie_of(
        Stage::RoundOf16,
        "sampdoria",
        "perugia",
        "perugia",
        None,
        [
            "Perugia went through (score not recorded)",
            "Passa Perugia (risultato non disponibile)",
        ],
    ),
    tie_of(
        Stage::RoundOf16,
        "lazio",
        "empoli",
        "lazio",
        Some((4, 1)),
        ["Lazio 4–1 on aggregate", "Lazio 4–1 nel doppio confronto"],
    ),
    tie_of(
        Stage::RoundOf16,
        "bari",
        "inter",
        "bari",
        Some((3, 1)),
        ["Bari 3–1 on aggregate", "Bari 3–1 nel doppio confronto"],
    ),
    tie_of(
        Stage::QuarterFinal,
        "milan",
        "chievo",
        "milan",
        Some((5, 2)),
        ["Milan 5–2 on aggregate", "Milan 5–2 nel doppio confronto"],
    ),
    tie_of(
        Stage::QuarterFinal,
        "juventus",
        "perugia",
        "perugia",
        Some((4, 1)),
        [
            "Perugia 4–1 on aggregate",
            "Perugia 4–1 nel doppio confronto",
        ],
    ),
    tie_of(
        Stage::QuarterFinal,
        "lazio",
        "bari",
        "lazio",
        Some((2, 1)),
        ["Lazio 2–1 on aggregate", "Lazio 2–1 nel doppio confronto"],
    ),
    tie_of(
        Stage::QuarterFinal,
        "vicenza",
        "roma",
        "roma",
        Some((8, 4)),
        ["Roma 8–4 on aggregate", "Roma 8–4 nel doppio confronto"],
    ),
    tie_of(
        Stage::SemiFinal,
        "lazio",
        "roma",
        "roma",
        Some((3, 1)),
        ["Roma 3–1 on aggregate", "Roma 3–1 nel doppio confronto"],
    ),
    tie_of(
        Stage::SemiFinal,
        "perugia",
        "milan",
        "milan",
        Some((2, 1)),
        ["Milan 2–1 on aggregate", "Milan 2–1 nel doppio confronto"],
    ),
    tie_of(
        Stage::Final,
        "roma",
        "milan",
        "milan",
        Some((6, 3)),
        ["Milan 6–3 on aggregate", "Milan 6–3 nel doppio confronto"],
    ),
];

#[test]
fn every_tie_resolves_to_the_researched_winner_aggregate_and_label() {
    let season = season();
    for Expected {
        stage,
        host,
        guest,
        winner,
        aggregate,
        labels,
    } in EXPECTED
    {
        let tie = tie(&season, stage, host, guest);
        let outcome = tie
            .check()
            .unwrap_or_else(|e| panic!("{host} v {guest}: {e}"));
        assert_eq!(outcome, tie.outcome(), "{host} v {guest}");
        assert_eq!(season.club(outcome.winner).slug, winner, "{host} v {guest}");
        assert_eq!(outcome.loser, tie.loser(), "{host} v {guest}");
        assert_eq!(outcome.aggregate, aggregate, "{host} v {guest}");
        let read = Lang::ALL.map(|lang| tie_label(&season, &outcome, lang));
        assert_eq!(read, labels, "{host} v {guest}");
    }
}

#[test]
fn the_expected_table_covers_every_tie_once() {
    let season = season();
    let total: usize = season.rounds.iter().map(|r| r.ties.len()).sum();
    assert_eq!(total, EXPECTED.len());
}

#[test]
fn special_decisions_are_named() {
    let season = season();
    let decided = |stage, host, guest| tie(&season, stage, host, guest).outcome().decided;
    assert_eq!(
        decided(Stage::RoundOf16, "triestina", "roma"),
        Decided::Penalties {
            winner: 4,
            loser: 1
        }
    );
    assert_eq!(
        decided(Stage::RoundOf16, "piacenza", "chievo"),
        Decided::AwayGoals
    );
    assert_eq!(
        decided(Stage::SecondRound, "vicenza", "parma"),
        Decided::GoldenGoal
    );
    assert_eq!(
        decided(Stage::SecondRound, "ancona", "brescia"),
        Decided::ScoreNotRecorded
    );
    assert_eq!(decided(Stage::Final, "roma", "milan"), Decided::Aggregate);
}

#[test]
fn roma_and_triestina_are_level_on_aggregate_and_away_goals_before_penalties() {
    let season = season();
    let tie = tie(&season, Stage::RoundOf16, "triestina", "roma");
    let roma = season.club_by_slug("roma").unwrap();
    let triestina = season.club_by_slug("triestina").unwrap();
    assert_eq!(tie.aggregate_of(roma), Some(2));
    assert_eq!(tie.aggregate_of(triestina), Some(2));
    // One away goal each: Batistuta in Trieste, Fava's goal in Rome.
    assert_eq!(
        tie.legs[0].score.unwrap().away,
        tie.legs[1].score.unwrap().away
    );
    assert!(tie.legs[1].extra_time);
    assert_eq!(tie.legs[1].penalties, Some(Score { home: 4, away: 1 }));
}

#[test]
fn the_final_is_roma_1_4_milan_then_milan_2_2_roma() {
    let season = season();
    let final_tie = tie(&season, Stage::Final, "roma", "milan");
    let [first, second] = final_tie.legs;
    let milan = season.club_by_slug("milan").unwrap();
    let roma = season.club_by_slug("roma").unwrap();
    assert_eq!((first.host, first.guest), (roma, milan));
    assert_eq!(first.score, Some(Score { home: 1, away: 4 }));
    assert_eq!((second.host, second.guest), (milan, roma));
    assert_eq!(second.score, Some(Score { home: 2, away: 2 }));
    assert_eq!(final_tie.aggregate_of(milan), Some(6));
    assert_eq!(final_tie.aggregate_of(roma), Some(3));
    assert_eq!(final_tie.outcome().aggregate, Some((6, 3)));
    assert_eq!(final_tie.winner, milan);
    assert!(final_tie.involves(milan) && final_tie.involves(roma));
    assert!(!final_tie.involves(season.club_by_slug("lazio").unwrap()));
}

#[test]
fn a_tie_with_an_unknown_leg_has_no_aggregate_but_keeps_its_winner() {
    let season = season();
    let tie = tie(&season, Stage::SecondRound, "ancona", "brescia");
    let ancona = season.club_by_slug("ancona").unwrap();
    assert_eq!(tie.legs[0].score, Some(Score { home: 1, away: 1 }));
    assert_eq!(tie.legs[1].score, None);
    assert_eq!(tie.aggregate_of(ancona), None);
    let outcome = tie.outcome();
    assert_eq!((outcome.winner, outcome.aggregate), (ancona, None));
    assert_eq!(season.club(outcome.loser).slug, "brescia");
}

#[test]
fn parma_vicenza_was_level_after_90_minutes() {
    let season = season();
    let tie = tie(&season, Stage::SecondRound, "vicenza", "parma");
    let second = tie.legs[1];
    assert_eq!(second.after_90, Some(Score { home: 2, away: 0 }));
    assert_eq!(second.score, Some(Score { home: 2, away: 1 }));
    assert!(second.extra_time && second.golden_goal);
}

/// A leg's goals on one side as the tie dialog writes them in English.
fn goals(leg: &Leg, side: Side) -> Vec<String> {
    leg.goals_for(side)
        .map(|g| goal_text(g, Lang::En))
        .collect()
}

#[test]
fn empoli_lazio_second_leg_credits_grieco_to_empoli_and_chiesa_and_pancaro_to_lazio() {
    let season = season();
    let leg = tie(&season, Stage::RoundOf16, "lazio", "empoli").legs[1];
    assert_eq!(season.club(leg.host).slug, "empoli");
    assert_eq!(leg.score, Some(Score { home: 1, away: 2 }));
    assert_eq!(goals(&leg, Side::Host), ["Grieco 70'"]);
    assert_eq!(goals(&leg, Side::Guest), ["Chiesa 45'", "Pancaro 64'"]);
}

#[test]
fn goals_scored_by_the_guest_are_not_credited_to_the_host() {
    let season = season();
    let milan_ancona = tie(&season, Stage::RoundOf16, "ancona", "milan").legs[1];
    assert_eq!(goals(&milan_ancona, Side::Guest), ["Ganz 7'"]);
    assert_eq!(
        goals(&milan_ancona, Side::Host),
        [
            "Rui Costa 9'",
            "Leonardo 12'",
            "Tomasson",
            "Tomasson",
            "Borriello"
        ]
    );
    let final_second = tie(&season, Stage::Final, "roma", "milan").legs[1];
    assert_eq!(season.club(final_second.guest).slug, "roma");
    assert_eq!(
        goals(&final_second, Side::Guest),
        ["Totti 56'", "Totti 64'"]
    );
    assert_eq!(
        goals(&final_second, Side::Host),
        ["Rivaldo 65'", "F. Inzaghi 90+3'"]
    );
    let final_first = tie(&season, Stage::Final, "roma", "milan").legs[0];
    assert_eq!(goals(&final_first, Side::Host), ["Totti 28'"]);
    assert_eq!(
        goals(&final_first, Side::Guest),
        [
            "Serginho 61' (pen.)",
            "Ambrosini 69'",
            "Serginho 73'",
            "Shevchenko 88'"
        ]
    );
}

#[test]
fn own_goals_count_for_the_other_side_and_the_golden_goal_ends_extra_time() {
    let season = season();
    let roma_triestina = tie(&season, Stage::RoundOf16, "triestina", "roma").legs[1];
    assert_eq!(goals(&roma_triestina, Side::Host), ["Maietta 34' (o.g.)"]);
    assert_eq!(goals(&roma_triestina, Side::Guest), ["Fava 72'"]);
    let lazio_bari = tie(&season, Stage::QuarterFinal, "lazio", "bari").legs[0];
    assert_eq!(
        goals(&lazio_bari, Side::Host),
        ["Castroman 41'", "D'Agostino 90' (o.g.)"]
    );
    assert_eq!(goals(&lazio_bari, Side::Guest), ["D'Agostino 66'"]);
    let parma_vicenza = tie(&season, Stage::SecondRound, "vicenza", "parma").legs[1];
    let last = parma_vicenza.goals.last().unwrap();
    assert_eq!((last.side, last.kind), (Side::Guest, GoalKind::GoldenGoal));
    assert_eq!(
        goals(&parma_vicenza, Side::Guest),
        ["Cristallini c. 98' (golden goal)"]
    );
}

/// Every leg with a goal list: (round, first-leg host, first-leg guest, leg, host's goals, guest's goals).
const LISTED: [(Stage, &str, &str, usize, usize, usize); 30] = [
    (Stage::SecondRound, "sampdoria", "atalanta", 0, 1, 0),
    (Stage::SecondRound, "sampdoria", "atalanta", 1, 1, 1),
    (Stage::SecondRound, "vicenza", "parma", 0, 2, 0),
    (Stage::SecondRound, "vicenza", "parma", 1, 2, 1),
    (Stage::SecondRound, "bari", "udinese", 0, 4, 1),
    (Stage::SecondRound, "bari", "udinese", 1, 1, 0),
    (Stage::SecondRound, "empoli", "torino", 0, 1, 1),
    (Stage::SecondRound, "empoli", "torino", 1, 1, 2),
    (Stage::RoundOf16, "triestina", "roma", 0, 1, 1),
    (Stage::RoundOf16, "triestina", "roma", 1, 1, 1),
    (Stage::RoundOf16, "vicenza", "bologna", 1, 0, 2),
    (Stage::RoundOf16, "reggina", "juventus", 1, 0, 1),
    (Stage::RoundOf16, "piacenza", "chievo", 0, 1, 1),
    (Stage::RoundOf16, "ancona", "milan", 0, 0, 1),
    (Stage::RoundOf16, "ancona", "milan", 1, 5, 1),
    (Stage::RoundOf16, "lazio", "empoli", 0, 2, 0),
    (Stage::RoundOf16, "lazio", "empoli", 1, 1, 2),
    (Stage::RoundOf16, "bari", "inter", 0, 1, 0),
    (Stage::RoundOf16, "bari", "inter", 1, 1, 2),
    (Stage::QuarterFinal, "milan", "chievo", 1, 2, 5),
    (Stage::QuarterFinal, "juventus", "perugia", 0, 1, 2),
    (Stage::QuarterFinal, "juventus", "perugia", 1, 2, 0),
    (Stage::QuarterFinal, "lazio", "bari", 0, 2, 1),
    (Stage::QuarterFinal, "vicenza", "roma", 0, 1, 2),
    (Stage::QuarterFinal, "vicenza", "roma", 1, 6, 3),
    (Stage::SemiFinal, "lazio", "roma", 0, 1, 2),
    (Stage::SemiFinal, "lazio", "roma", 1, 1, 0),
    (Stage::SemiFinal, "perugia", "milan", 1, 2, 1),
    (Stage::Final, "roma", "milan", 0, 1, 4),
    (Stage::Final, "roma", "milan", 1, 2, 2),
];

#[test]
fn host_and_guest_goals_on_every_listed_leg_add_up_to_its_score() {
    let season = season();
    for (stage, host, guest, index, host_goals, guest_goals) in LISTED {
        let leg = tie(&season, stage, host, guest).legs[index];
        let listed = leg.listed_score();
        let at = format!("{stage:?} {host}-{guest} leg {index}");
        assert_eq!(
            (listed.home as usize, listed.away as usize),
            (host_goals, guest_goals),
            "{at}"
        );
        let score = leg.score.expect("a leg with goals has a score");
        if leg.goals_complete {
            assert_eq!(listed, score, "{at}");
        } else {
            assert!(
                listed.home <= score.home && listed.away <= score.away,
                "{at}"
            );
        }
    }
    let legs: Vec<Leg> = season
        .rounds
        .iter()
        .flat_map(|r| r.ties)
        .flat_map(|t| t.legs)
        .collect();
    assert_eq!(
        legs.iter().filter(|l| !l.goals.is_empty()).count(),
        LISTED.len()
    );
    // Only Ancona–Milan's first leg lists some of its goals (Milan's Leonardo).
    let partial: Vec<&Leg> = legs
        .iter()
        .filter(|l| !l.goals.is_empty() && !l.goals_complete)
        .collect();
    assert_eq!(partial.len(), 1);
    assert_eq!(season.club(partial[0].host).slug, "ancona");
    // Complete: the 29 full lists and the four goalless legs; the rest have no list or no score.
    assert_eq!(legs.iter().filter(|l| l.goals_complete).count(), 33);
    for leg in legs.iter().filter(|l| l.goals_complete) {
        assert_eq!(Some(leg.listed_score()), leg.score);
    }
}
