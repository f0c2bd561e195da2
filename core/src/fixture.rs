//! A small, invented season for unit tests: results chosen so each rule has a case that can fail
//! (overall goal difference and head-to-head disagree in group 1, group 2 has an unrecorded score,
//! one tie is won on away goals, one has no recorded scores). The real season is tested in `tests/`.

use crate::model::*;

pub(crate) const AURORA: ClubId = ClubId(0);
pub(crate) const BORGO: ClubId = ClubId(1);
pub(crate) const CITTA: ClubId = ClubId(2);
pub(crate) const DORA: ClubId = ClubId(3);
pub(crate) const ETNA: ClubId = ClubId(4);
pub(crate) const FIUME: ClubId = ClubId(5);
pub(crate) const GOLFO: ClubId = ClubId(6);
pub(crate) const LAGO: ClubId = ClubId(7);
pub(crate) const MONTE: ClubId = ClubId(8);
pub(crate) const NETTUNO: ClubId = ClubId(9);
pub(crate) const ORIONE: ClubId = ClubId(10);
pub(crate) const PIETRA: ClubId = ClubId(11);

const fn club(
    slug: &'static str,
    name: &'static str,
    short: &'static str,
    aliases: &'static [&'static str],
    enters: Stage,
) -> Club {
    Club {
        slug,
        name,
        short,
        aliases,
        enters,
    }
}

pub(crate) const fn score(home: u8, away: u8) -> Option<Score> {
    Some(Score { home, away })
}

pub(crate) const fn game(home: ClubId, away: ClubId, score: Option<Score>) -> GroupMatch {
    GroupMatch {
        matchday: None,
        date: None,
        venue: None,
        home,
        away,
        score,
        referee: None,
        attendance: None,
        note: "",
        note_it: "",
    }
}

/// A leg with only its clubs and score known.
pub(crate) const fn leg(host: ClubId, guest: ClubId, score: Option<Score>) -> Leg {
    Leg {
        host,
        guest,
        date: None,
        venue: None,
        score,
        after_90: None,
        extra_time: false,
        golden_goal: false,
        penalties: None,
        goals: &[],
        goals_complete: false,
        note: "",
        note_it: "",
    }
}

const fn tie(first: Leg, second: Leg, winner: ClubId) -> Tie {
    Tie {
        legs: [first, second],
        winner,
        sources: &[],
    }
}

const fn scorer(player: &'static str, club: ClubId, goals: u8) -> Scorer {
    Scorer {
        player,
        nationality: "ITA",
        club,
        goals,
        certainty: Certainty::Stated,
        sources: &[],
    }
}

const DAY: Date = Date {
    year: 2002,
    month: 8,
    day: 18,
    approximate: false,
};

const TEST_CUP: Season = Season {
    name: "Test Cup",
    edition: "1st",
    first_day: DAY,
    last_day: DAY,
    clubs: &[
        club("aurora", "Aurora", "AUR", &["US Aurora"], Stage::Group),
        club(
            "borgo-san-pietro",
            "Borgo San Pietro",
            "BSP",
            &[],
            Stage::Group,
        ),
        club(
            "citta-nuova",
            "Città Nuova",
            "CIT",
            &["Cittanova"],
            Stage::Group,
        ),
        club("dora", "Dora", "DOR", &[], Stage::Group),
        club("etna", "Etna", "ETN", &[], Stage::Group),
        club("fiume", "Fiume", "FIU", &[], Stage::Group),
        club("golfo", "Golfo", "GOL", &[], Stage::Group),
        club("lago-verde", "Lago Verde", "LAG", &[], Stage::Group),
        club("monte", "Monte", "MON", &["A.C. Monte"], Stage::SecondRound),
        club("nettuno", "Nettuno", "NET", &[], Stage::SecondRound),
        club("orione", "Orione", "ORI", &[], Stage::RoundOf16),
        club("pietra", "Pietra", "PIE", &[], Stage::RoundOf16),
    ],
    groups: &[
        Group {
            number: 1,
            clubs: &[AURORA, BORGO, CITTA, DORA],
            matches: &[
                game(AURORA, BORGO, score(2, 0)),
                game(CITTA, DORA, score(3, 0)),
                game(BORGO, CITTA, score(1, 0)),
                game(DORA, AURORA, score(0, 1)),
                game(AURORA, CITTA, score(1, 1)),
                game(DORA, BORGO, score(1, 1)),
            ],
            sources: &[],
        },
        Group {
            number: 2,
            clubs: &[ETNA, FIUME, GOLFO, LAGO],
            matches: &[
                game(ETNA, FIUME, score(1, 0)),
                game(GOLFO, LAGO, score(1, 1)),
                game(ETNA, GOLFO, None),
                game(FIUME, LAGO, score(2, 0)),
                game(LAGO, ETNA, score(0, 2)),
                game(GOLFO, FIUME, score(2, 0)),
            ],
            sources: &[],
        },
    ],
    rounds: &[
        Round {
            stage: Stage::SecondRound,
            ties: &[
                tie(
                    leg(AURORA, MONTE, score(1, 0)),
                    leg(MONTE, AURORA, score(1, 1)),
                    AURORA,
                ),
                tie(leg(ETNA, NETTUNO, None), leg(NETTUNO, ETNA, None), NETTUNO),
            ],
        },
        Round {
            stage: Stage::RoundOf16,
            ties: &[
                tie(
                    leg(NETTUNO, PIETRA, score(1, 2)),
                    leg(PIETRA, NETTUNO, score(2, 0)),
                    PIETRA,
                ),
                tie(
                    leg(AURORA, ORIONE, score(0, 0)),
                    leg(ORIONE, AURORA, score(1, 1)),
                    AURORA,
                ),
            ],
        },
        Round {
            stage: Stage::Final,
            ties: &[tie(
                leg(PIETRA, AURORA, score(1, 1)),
                leg(AURORA, PIETRA, score(3, 1)),
                AURORA,
            )],
        },
    ],
    scorers: &[
        scorer("Zeno Rossi", PIETRA, 2),
        scorer("Bruno Neri", AURORA, 3),
        scorer("Carlo Bianchi", ETNA, 1),
        scorer("Aldo Verdi", NETTUNO, 2),
        scorer("Mario Gialli", AURORA, 2),
    ],
    rules: Rules {
        points_win: 3,
        points_draw: 1,
        group_tiebreak: GroupTiebreak::OverallGoalDifference,
        group_qualifiers: 1,
        knockout: "",
    },
    published: Published {
        matches: Some(22),
        goals: Some(30),
        clubs: Some(12),
        top_scorer_goals: Some(3),
        source: "test",
    },
    sources: &[],
};

pub(crate) static SEASON: Season = TEST_CUP;

/// The same season, with level group teams ordered by their head-to-head result.
pub(crate) static HEAD_TO_HEAD: Season = Season {
    rules: Rules {
        group_tiebreak: GroupTiebreak::HeadToHead,
        ..TEST_CUP.rules
    },
    ..TEST_CUP
};
