//! The tournament logic against the real data file: the figures the sources publish (and those worked
//! out by hand from the seed's results) must come out of the computation.
#![cfg(feature = "source")]

use std::path::Path;
use std::sync::OnceLock;

use coppa_core::bracket::{self, PairEnd, TieRef};
use coppa_core::journey::{journey, Appearance, Exit};
use coppa_core::model::{ClubId, Group, GroupTiebreak, Rules, Season, Stage};
use coppa_core::scorers::{check_tally, ranking};
use coppa_core::search::{best_match, search, MatchKind};
use coppa_core::standings::{group_winner, standings};
use coppa_core::tie::Decided;
use coppa_core::totals::{disagreements, totals, Disagreement, Figure, Totals};

fn season() -> &'static Season {
    static SEASON: OnceLock<Season> = OnceLock::new();
    SEASON.get_or_init(|| {
        let path = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../data/coppa-italia-2002-03.toml"
        ));
        coppa_core::source::load(path)
            .unwrap_or_else(|errors| panic!("the data file does not load: {errors:?}"))
    })
}

fn id(slug: &str) -> ClubId {
    season()
        .club_by_slug(slug)
        .unwrap_or_else(|| panic!("no club {slug}"))
}

fn group(season: &Season, number: u8) -> &'static Group {
    let groups: &'static [Group] = season.groups;
    groups
        .iter()
        .find(|g| g.number == number)
        .unwrap_or_else(|| panic!("no group {number}"))
}

/// Rows as (slug, P, W, D, L, GF, GA, Pts).
type Line = (&'static str, u8, u8, u8, u8, u8, u8, u8);

fn table(season: &Season, number: u8) -> Vec<Line> {
    standings(season, group(season, number))
        .iter()
        .map(|r| {
            (
                season.club(r.club).slug,
                r.played,
                r.won,
                r.drawn,
                r.lost,
                r.goals_for,
                r.goals_against,
                r.points,
            )
        })
        .collect()
}

#[test]
fn group_tables_match_the_published_ones_and_the_seed_results() {
    let s = season();
    let expected: [(u8, [Line; 4]); 8] = [
        (
            1,
            [
                ("sampdoria", 3, 2, 1, 0, 6, 2, 7),
                ("genoa", 3, 1, 1, 1, 4, 4, 4),
                ("lucchese", 3, 0, 2, 1, 3, 4, 2),
                ("siena", 3, 0, 2, 1, 2, 5, 2),
            ],
        ),
        (
            2,
            [
                ("vicenza", 3, 3, 0, 0, 8, 2, 9),
                ("albinoleffe", 3, 1, 1, 1, 3, 4, 4),
                ("venezia", 3, 1, 0, 2, 4, 5, 3),
                ("spezia", 3, 0, 1, 2, 1, 5, 1),
            ],
        ),
        (
            3,
            [
                ("triestina", 3, 2, 1, 0, 4, 1, 7),
                ("cittadella", 3, 1, 1, 1, 3, 2, 4),
                ("hellas-verona", 3, 1, 1, 1, 2, 3, 4),
                ("treviso", 3, 0, 1, 2, 3, 6, 1),
            ],
        ),
        (
            4,
            [
                ("empoli", 3, 2, 0, 1, 6, 3, 6),
                ("livorno", 3, 2, 0, 1, 6, 5, 6),
                ("pistoiese", 3, 1, 0, 2, 4, 5, 3),
                ("cagliari", 3, 1, 0, 2, 2, 5, 3),
            ],
        ),
        (
            5,
            [
                ("ancona", 3, 3, 0, 0, 6, 1, 9),
                ("ascoli", 3, 1, 1, 1, 3, 5, 4),
                ("lecce", 3, 0, 2, 1, 4, 5, 2),
                ("pescara", 3, 0, 1, 2, 1, 3, 1),
            ],
        ),
        (
            6,
            [
                ("ternana", 3, 1, 2, 0, 7, 5, 5),
                ("napoli", 3, 1, 1, 1, 4, 3, 4),
                ("lanciano", 3, 1, 1, 1, 5, 7, 4),
                ("salernitana", 3, 0, 2, 1, 4, 5, 2),
            ],
        ),
        (
            7,
            [
                ("bari", 3, 3, 0, 0, 9, 1, 9),
                ("cosenza", 3, 1, 1, 1, 3, 2, 4),
                ("crotone", 3, 0, 2, 1, 1, 4, 2),
                ("catania", 3, 0, 1, 2, 1, 7, 1),
            ],
        ),
        (
            8,
            [
                ("reggina", 3, 2, 1, 0, 4, 0, 7),
                ("palermo", 3, 1, 1, 1, 5, 2, 4),
                ("taranto", 3, 1, 0, 2, 1, 7, 3),
                ("messina", 3, 0, 2, 1, 1, 2, 2),
            ],
        ),
    ];
    assert_eq!(s.groups.len(), expected.len());
    for (number, rows) in expected {
        assert_eq!(table(s, number), rows.to_vec(), "group {number}");
    }
}

#[test]
fn group_winners_are_the_published_ones() {
    let s = season();
    let winners: Vec<&str> = (1..=8)
        .map(|n| s.club(group_winner(s, group(s, n))).slug)
        .collect();
    assert_eq!(
        winners,
        [
            "sampdoria",
            "vicenza",
            "triestina",
            "empoli",
            "ancona",
            "ternana",
            "bari",
            "reggina"
        ]
    );
}

#[test]
fn head_to_head_would_change_the_published_order() {
    let s = season();
    assert_eq!(s.rules.group_tiebreak, GroupTiebreak::OverallGoalDifference);
    let by_head_to_head = Season {
        rules: Rules {
            group_tiebreak: GroupTiebreak::HeadToHead,
            ..s.rules
        },
        ..*s
    };
    let order = |number| -> Vec<&str> {
        table(&by_head_to_head, number)
            .iter()
            .map(|line| line.0)
            .collect()
    };
    assert_eq!(
        order(3),
        ["triestina", "hellas-verona", "cittadella", "treviso"]
    );
    assert_eq!(order(4), ["empoli", "livorno", "cagliari", "pistoiese"]);
}

#[test]
fn the_bracket_is_a_consistent_tree() {
    let s = season();
    for (at, tie) in bracket::all_ties(s) {
        let feeders = bracket::feeders(s, at);
        let expected_feeders = match at.stage {
            Stage::SecondRound => 0,
            Stage::RoundOf16 => 1,
            _ => 2,
        };
        assert_eq!(feeders.len(), expected_feeders, "feeders of {at:?}");
        for feeder in feeders {
            assert_eq!(bracket::next(s, feeder), Some(at));
        }
        let later: Vec<TieRef> = bracket::all_ties(s)
            .filter(|(r, t)| r.stage > at.stage && t.involves(tie.winner))
            .map(|(r, _)| r)
            .collect();
        if at.stage == Stage::Final {
            assert_eq!(bracket::next(s, at), None);
        } else {
            let next_stage = s.rounds.iter().map(|r| r.stage).find(|&st| st > at.stage);
            let in_next: Vec<&TieRef> = later
                .iter()
                .filter(|r| Some(r.stage) == next_stage)
                .collect();
            assert_eq!(in_next.len(), 1, "winner of {at:?} plays once next round");
            assert_eq!(bracket::next(s, at), Some(*in_next[0]));
        }
        let loser_later =
            bracket::all_ties(s).any(|(r, t)| r.stage > at.stage && t.involves(tie.loser()));
        assert!(!loser_later, "the loser of {at:?} plays on");
    }
}

#[test]
fn the_bracket_columns_draw_every_tie_once_with_its_pair_beside_it() {
    let s = season();
    let columns = bracket::layout(s);
    let sizes: Vec<(Stage, usize)> = columns.iter().map(|c| (c.stage, c.slots.len())).collect();
    assert_eq!(
        sizes,
        [
            (Stage::SecondRound, 8),
            (Stage::RoundOf16, 8),
            (Stage::QuarterFinal, 4),
            (Stage::SemiFinal, 2),
            (Stage::Final, 1),
        ]
    );
    let drawn: Vec<TieRef> = columns
        .iter()
        .flat_map(|c| c.slots.iter().map(|slot| slot.at))
        .collect();
    let mut every: Vec<TieRef> = bracket::all_ties(s).map(|(at, _)| at).collect();
    assert_eq!(drawn.len(), every.len());
    every.retain(|at| !drawn.contains(at));
    assert_eq!(every, [], "ties left out of the columns");
    // From the round of 16 on, each tie's two feeders are drawn as a pair, top then bottom.
    for column in &columns[2..] {
        for slot in &column.slots {
            let feeders = bracket::feeders(s, slot.at);
            let previous = columns
                .iter()
                .find(|c| c.slots.iter().any(|f| f.at == feeders[0]))
                .unwrap();
            let place = |at: TieRef| previous.slots.iter().position(|f| f.at == at).unwrap();
            let (top, bottom) = (
                place(feeders[0]).min(place(feeders[1])),
                place(feeders[0]).max(place(feeders[1])),
            );
            assert_eq!((top % 2, bottom), (0, top + 1), "feeders of {:?}", slot.at);
            assert_eq!(previous.slots[top].pair, Some(PairEnd::Top));
            assert_eq!(previous.slots[bottom].pair, Some(PairEnd::Bottom));
        }
    }
    assert!(columns[0]
        .slots
        .iter()
        .all(|slot| slot.has_next && !slot.has_feeders && slot.pair.is_none()));
    assert!(!columns[4].slots[0].has_next);
}

#[test]
fn milan_beat_ancona_chievo_perugia_and_roma() {
    let s = season();
    let milan = id("milan");
    let opponents: Vec<(Stage, &str)> = bracket::path(s, milan)
        .into_iter()
        .map(|at| {
            let tie = bracket::tie(s, at);
            assert_eq!(tie.winner, milan, "{at:?}");
            (at.stage, s.club(tie.loser()).slug)
        })
        .collect();
    assert_eq!(
        opponents,
        [
            (Stage::RoundOf16, "ancona"),
            (Stage::QuarterFinal, "chievo"),
            (Stage::SemiFinal, "perugia"),
            (Stage::Final, "roma"),
        ]
    );
    assert_eq!(bracket::champion(s), milan);
}

fn legs(appearances: &[Appearance]) -> Vec<(TieRef, usize)> {
    appearances
        .iter()
        .filter_map(|a| match *a {
            Appearance::Leg { tie, leg } => Some((tie, leg)),
            Appearance::Group { .. } => None,
        })
        .collect()
}

#[test]
fn milan_the_champion_played_eight_legs() {
    let j = journey(season(), id("milan"));
    assert_eq!(j.exit, Exit::Champion);
    assert_eq!(j.appearances.len(), 8);
    assert_eq!(legs(&j.appearances).len(), 8);
}

#[test]
fn roma_lost_the_final_to_milan() {
    let j = journey(season(), id("roma"));
    assert_eq!(
        j.exit,
        Exit::Knockout {
            stage: Stage::Final,
            by: id("milan")
        }
    );
    assert_eq!(j.appearances.len(), 8);
}

#[test]
fn genoa_went_out_second_in_group_one() {
    let j = journey(season(), id("genoa"));
    assert_eq!(
        j.exit,
        Exit::Group {
            group: 1,
            position: 2
        }
    );
    assert_eq!(j.appearances.len(), 3);
    assert!(j
        .appearances
        .iter()
        .all(|a| matches!(a, Appearance::Group { group: 1, .. })));
}

#[test]
fn triestina_won_its_group_beat_como_and_lost_to_roma_on_penalties() {
    let s = season();
    let j = journey(s, id("triestina"));
    assert_eq!(j.appearances.len(), 3 + 4);
    assert_eq!(group_winner(s, group(s, 3)), id("triestina"));
    let ties: Vec<TieRef> = legs(&j.appearances)
        .into_iter()
        .filter(|&(_, leg)| leg == 0)
        .map(|(tie, _)| tie)
        .collect();
    let second_round = bracket::tie(s, ties[0]);
    assert_eq!(ties[0].stage, Stage::SecondRound);
    assert_eq!(second_round.winner, id("triestina"));
    assert_eq!(second_round.loser(), id("como"));
    let round_of_16 = bracket::tie(s, ties[1]).outcome();
    assert_eq!(ties[1].stage, Stage::RoundOf16);
    assert_eq!(round_of_16.winner, id("roma"));
    assert_eq!(round_of_16.aggregate, Some((2, 2)));
    assert_eq!(
        round_of_16.decided,
        Decided::Penalties {
            winner: 4,
            loser: 1
        }
    );
    assert_eq!(
        j.exit,
        Exit::Knockout {
            stage: Stage::RoundOf16,
            by: id("roma")
        }
    );
}

#[test]
fn como_went_out_to_triestina_in_legs_whose_scores_are_unknown() {
    let s = season();
    let j = journey(s, id("como"));
    assert_eq!(
        j.exit,
        Exit::Knockout {
            stage: Stage::SecondRound,
            by: id("triestina")
        }
    );
    let played = legs(&j.appearances);
    assert_eq!(played.len(), 2);
    assert_eq!(j.appearances.len(), 2);
    let tie = bracket::tie(s, played[0].0);
    for (at, leg) in played {
        assert_eq!(bracket::tie(s, at).legs[leg].score, None);
    }
    assert_eq!(tie.outcome().decided, Decided::ScoreNotRecorded);
    assert_eq!(tie.outcome().aggregate, None);
}

#[test]
fn every_club_has_a_journey_ending_in_one_exit() {
    let s = season();
    let mut champions = 0;
    for i in 0..s.clubs.len() {
        let club = ClubId(u8::try_from(i).unwrap());
        let j = journey(s, club);
        assert!(!j.appearances.is_empty(), "{}", s.club(club).slug);
        if j.exit == Exit::Champion {
            champions += 1;
        }
    }
    assert_eq!(champions, 1);
}

#[test]
fn miccoli_is_top_scorer_alone_and_seven_share_second_place() {
    let ranked = ranking(season());
    assert_eq!(ranked[0].scorer.player, "Fabrizio Miccoli");
    assert_eq!((ranked[0].rank, ranked[0].shared), (1, false));
    assert_eq!(ranked[0].scorer.goals, 5);
    let second: Vec<&str> = ranked
        .iter()
        .filter(|r| r.rank == 2)
        .inspect(|r| assert!(r.shared && r.scorer.goals == 4, "{r:?}"))
        .map(|r| r.scorer.player)
        .collect();
    assert_eq!(
        second,
        [
            "Andrea Zanchetta",
            "Gionatha Spinesi",
            "Jon Dahl Tomasson",
            "Marco Delvecchio",
            "Matteo Beretta",
            "Maurizio Ganz",
            "Stefan Schwoch",
        ]
    );
    assert!(ranked[8..].iter().all(|r| r.rank >= 9));
}

#[test]
fn the_match_data_confirms_delvecchio_and_tomasson_and_contradicts_no_tally() {
    let season = season();
    let checks: Vec<(&str, u8, u8, bool)> = season
        .scorers
        .iter()
        .map(|s| {
            let check = check_tally(season, s);
            assert!(!check.contradicts(s.goals), "{}: {check:?}", s.player);
            (s.player, s.goals, check.counted, check.every_match_listed)
        })
        .collect();
    assert_eq!(
        checks,
        [
            ("Fabrizio Miccoli", 5, 3, false),
            ("Andrea Zanchetta", 4, 1, false),
            ("Stefan Schwoch", 4, 2, false),
            ("Matteo Beretta", 4, 1, false),
            // 67' at Vicenza; 10', 21', 37' in Rome: every Roma leg has its full goal list.
            ("Marco Delvecchio", 4, 4, true),
            // Two against Ancona, 44' at Chievo, 40' against Perugia; Ancona–Milan lists only Leonardo.
            ("Jon Dahl Tomasson", 4, 4, false),
            ("Gionatha Spinesi", 4, 1, false),
            ("Maurizio Ganz", 4, 1, false),
        ]
    );
    let confirmed: Vec<&str> = season
        .scorers
        .iter()
        .filter(|s| check_tally(season, s).confirms(s.goals))
        .map(|s| s.player)
        .collect();
    assert_eq!(confirmed, ["Marco Delvecchio", "Jon Dahl Tomasson"]);
}

#[test]
fn totals_are_computed_from_the_data() {
    assert_eq!(
        totals(season()),
        Totals {
            clubs: 48,
            matches: 94,
            known_scores: 86,
            unknown_scores: 8,
            goals_known: 216,
            group_goals: 120,
            knockout_goals: 96,
        }
    );
}

#[test]
fn only_the_published_goal_count_disagrees() {
    assert_eq!(
        disagreements(season()),
        [Disagreement {
            figure: Figure::Goals,
            published: 185,
            computed: 216,
            computed_is_lower_bound: true,
        }]
    );
}

#[test]
fn names_people_type_find_the_club() {
    let s = season();
    let cases = [
        ("anconitana", "ancona"),
        ("verona", "hellas-verona"),
        ("A.C. Milan", "milan"),
        ("ac milan", "milan"),
        ("AC  MILAN ", "milan"),
        ("internazionale", "inter"),
        ("  LAZ", "lazio"),
        ("Pèrugia", "perugia"),
        ("Cittàdella", "cittadella"),
        ("hellas-verona", "hellas-verona"),
    ];
    for (query, slug) in cases {
        let found = search(s, query, 5);
        assert_eq!(found.first().map(|f| f.club), Some(id(slug)), "{query}");
        assert_eq!(found[0].kind, MatchKind::Exact, "{query}");
        assert_eq!(best_match(s, query), Some(id(slug)), "{query}");
    }
}

#[test]
fn a_unique_prefix_selects_and_an_ambiguous_one_does_not() {
    let s = season();
    assert_eq!(best_match(s, "mil"), Some(id("milan")));
    assert_eq!(best_match(s, "samp"), Some(id("sampdoria")));
    assert_eq!(best_match(s, "pe"), None);
    let prefixed: Vec<ClubId> = search(s, "pe", 10)
        .iter()
        .filter(|f| f.kind == MatchKind::Prefix)
        .map(|f| f.club)
        .collect();
    assert_eq!(prefixed, [id("perugia"), id("pescara")]);
}

#[test]
fn hostile_text_finds_nothing() {
    let s = season();
    for query in [
        "<script>alert(1)</script>",
        "\u{0}\u{202e}",
        &"x".repeat(10_000),
    ] {
        assert!(search(s, query, 10).is_empty(), "{query:?}");
        assert_eq!(best_match(s, query), None);
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::collection::vec(any::<char>(), 0..10_000).prop_map(String::from_iter),
            "[a-zA-Zàèéìòù .'\\-]{0,40}",
        ]
    }

    proptest! {
        #[test]
        fn search_on_the_real_clubs_is_bounded_and_lists_each_club_once(
            query in text(),
            limit in 0usize..60,
        ) {
            let s = season();
            let found = search(s, &query, limit);
            prop_assert!(found.len() <= limit);
            let mut clubs: Vec<ClubId> = found.iter().map(|f| f.club).collect();
            clubs.sort();
            clubs.dedup();
            prop_assert_eq!(clubs.len(), found.len());
            if let Some(club) = best_match(s, &query) {
                prop_assert!(found.len() == limit || found.iter().any(|f| f.club == club));
            }
        }
    }
}

/// Every view of the real season as a picture: the social-post shape each one takes, the clubs and the
/// credit in it, the followed club highlighted. `IMAGE_DIR=dir` also writes the SVGs there, to look at.
#[test]
fn images_of_every_view_take_a_social_post_shape_and_hold_the_season() {
    use coppa_core::i18n::Text;
    use coppa_core::image::{layout, svg, ImageChoice};
    use coppa_core::url::{Lang, View};
    let season = season();
    let roma = id("roma");
    let cases = [
        (
            View::Standings,
            Some(id("hellas-verona")),
            false,
            675,
            "Hellas Verona",
        ),
        (View::Standings, None, true, 1500, "AlbinoLeffe"),
        (View::Standings, Some(roma), false, 1500, "Salernitana"),
        (View::Bracket, Some(roma), false, 1200, "Roma"),
        (
            View::Scorers,
            Some(id("milan")),
            false,
            1200,
            "Jon Dahl Tomasson",
        ),
    ];
    for (view, team, all_groups, height, name) in cases {
        for (lang, dark) in [(Lang::En, false), (Lang::It, true)] {
            let choice = ImageChoice {
                view,
                team,
                lang,
                dark,
                all_groups,
            };
            let picture = layout(season, choice);
            assert_eq!((picture.width, picture.height), (1200, height), "{view:?}");
            let svg = svg(&picture);
            assert!(svg.contains(&format!(">{name}")), "{view:?}: {name}");
            assert!(svg.contains(Text::ImageCredit.get(lang)), "{view:?}");
            assert_eq!(
                svg.contains("#fff1b8") || svg.contains("#4a3c0c"),
                team.is_some()
            );
            if let Some(dir) = std::env::var_os("IMAGE_DIR") {
                let file = coppa_core::image::file_name(season, choice, "svg");
                std::fs::write(Path::new(&dir).join(file), svg).expect("IMAGE_DIR is writable");
            }
        }
    }
    let bracket = svg(&layout(
        season,
        ImageChoice {
            view: View::Bracket,
            team: None,
            lang: Lang::En,
            dark: false,
            all_groups: false,
        },
    ));
    assert!(bracket.contains(">Champion: Milan</text>"));
    for round in [
        "Second round",
        "Round of 16",
        "Quarter-finals",
        "Semi-finals",
        "Final",
    ] {
        assert!(bracket.contains(&format!(">{round}</text>")), "{round}");
    }
}
