//! The data-file reader: the real season loads whole, and each kind of mistake is reported with the
//! exact `file:line: reason`. Broken inputs are the real file or a tiny fixture with one edit.
#![cfg(feature = "source")]

use std::path::Path;

use coppa_core::model::{Certainty, GroupTiebreak, Season, Stage};
use coppa_core::scorers::check_tally;
use coppa_core::source::{load, parse, SourceError};
use coppa_core::standings::group_winner;

const REAL: &str = include_str!("../../data/coppa-italia-2002-03.toml");
const TINY: &str = include_str!("fixtures/tiny-cup.toml");
const FILE: &str = "data/coppa-italia-2002-03.toml";

fn real() -> Season {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/coppa-italia-2002-03.toml");
    load(&path).unwrap_or_else(|errors| panic!("{errors:#?}"))
}

/// `text` with `from` (which must occur exactly once) replaced by `to`.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "not exactly once: {from:?}");
    text.replacen(from, to, 1)
}

/// The errors for `text`, formatted as the build prints them.
fn errors(file: &str, text: &str) -> Vec<String> {
    match parse(file, text) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(SourceError::to_string).collect(),
    }
}

/// The 1-based line of `needle`, which must occur exactly once in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    assert_eq!(
        text.matches(needle).count(),
        1,
        "not exactly once: {needle:?}"
    );
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

/// The first line of `needle` at or after the first occurrence of `anchor`.
fn line_after(text: &str, anchor: &str, needle: &str) -> usize {
    let start = text.find(anchor).expect(anchor);
    let at = start + text[start..].find(needle).expect(needle);
    text[..at].matches('\n').count() + 1
}

fn real_error(line: usize, message: &str) -> String {
    format!("{FILE}:{line}: {message}")
}

// ----- the real file -----------------------------------------------------------------------------------

#[test]
fn the_real_file_loads_without_errors() {
    assert_eq!(errors(FILE, REAL), Vec::<String>::new());
    let season = real();
    assert_eq!(season.name, "2002–03 Coppa Italia");
    assert_eq!(season.edition, "56th");
    assert_eq!(
        (
            season.first_day.year,
            season.first_day.month,
            season.first_day.day
        ),
        (2002, 8, 18)
    );
    assert_eq!(
        (
            season.last_day.year,
            season.last_day.month,
            season.last_day.day
        ),
        (2003, 5, 31)
    );
}

#[test]
fn the_real_file_has_48_clubs_entering_32_8_8() {
    let season = real();
    assert_eq!(season.clubs.len(), 48);
    let entering = |stage| season.clubs.iter().filter(|c| c.enters == stage).count();
    assert_eq!(entering(Stage::Group), 32);
    assert_eq!(entering(Stage::SecondRound), 8);
    assert_eq!(entering(Stage::RoundOf16), 8);
    let ancona = season.club_by_slug("ancona").unwrap();
    assert_eq!(season.club(ancona).aliases, ["Anconitana"]);
    let inter = season.club(season.club_by_slug("inter").unwrap());
    assert_eq!(inter.name, "Inter");
    assert!(inter.aliases.contains(&"Internazionale"));
    assert!(season
        .club(season.club_by_slug("hellas-verona").unwrap())
        .aliases
        .contains(&"Verona"));
    assert!(season
        .club(season.club_by_slug("milan").unwrap())
        .aliases
        .contains(&"A.C. Milan"));
}

#[test]
fn the_real_file_has_8_groups_of_6_matches_won_by_the_published_winners() {
    let season = real();
    assert_eq!(season.groups.len(), 8);
    for group in season.groups {
        assert_eq!(group.clubs.len(), 4, "group {}", group.number);
        assert_eq!(group.matches.len(), 6, "group {}", group.number);
        assert!(group.matches.iter().all(|m| m.score.is_some()));
        let matchdays: Vec<Option<u8>> = group.matches.iter().map(|m| m.matchday).collect();
        assert_eq!(matchdays, [1, 1, 2, 2, 3, 3].map(Some));
    }
    let winners: Vec<&str> = season
        .groups
        .iter()
        .map(|g| season.club(group_winner(&season, g)).slug)
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
    assert_eq!(
        season.rules.group_tiebreak,
        GroupTiebreak::OverallGoalDifference
    );
    assert_eq!((season.rules.points_win, season.rules.points_draw), (3, 1));
    assert_eq!(season.rules.group_qualifiers, 1);
}

#[test]
fn the_real_file_has_23_ties_8_8_4_2_1_with_8_unknown_legs() {
    let season = real();
    let sizes: Vec<(Stage, usize)> = season
        .rounds
        .iter()
        .map(|r| (r.stage, r.ties.len()))
        .collect();
    assert_eq!(
        sizes,
        [
            (Stage::SecondRound, 8),
            (Stage::RoundOf16, 8),
            (Stage::QuarterFinal, 4),
            (Stage::SemiFinal, 2),
            (Stage::Final, 1)
        ]
    );
    let legs: Vec<_> = season
        .rounds
        .iter()
        .flat_map(|r| r.ties)
        .flat_map(|t| t.legs)
        .collect();
    assert_eq!(legs.len(), 46);
    assert_eq!(legs.iter().filter(|l| l.score.is_none()).count(), 8);
    let group_matches = season.groups.iter().flat_map(|g| g.matches).count();
    let known = legs.iter().filter(|l| l.score.is_some()).count()
        + season
            .groups
            .iter()
            .flat_map(|g| g.matches)
            .filter(|m| m.score.is_some())
            .count();
    assert_eq!(group_matches + legs.len(), 94);
    assert_eq!(known, 86);
    let goals: u32 = legs
        .iter()
        .filter_map(|l| l.score)
        .map(|s| s.total())
        .sum::<u32>()
        + season
            .groups
            .iter()
            .flat_map(|g| g.matches)
            .filter_map(|m| m.score)
            .map(|s| s.total())
            .sum::<u32>();
    assert_eq!(goals, 216);
    let approximate: Vec<_> = legs
        .iter()
        .filter_map(|l| l.date)
        .filter(|d| d.approximate)
        .collect();
    assert_eq!(approximate.len(), 1);
    assert_eq!((approximate[0].month, approximate[0].day), (1, 22));
}

#[test]
fn the_real_file_records_top_scorers_published_figures_and_sources() {
    let season = real();
    let scorers: Vec<(&str, &str, u8, Certainty)> = season
        .scorers
        .iter()
        .map(|s| (s.player, season.club(s.club).slug, s.goals, s.certainty))
        .collect();
    assert_eq!(scorers.len(), 8);
    assert_eq!(
        scorers[0],
        ("Fabrizio Miccoli", "perugia", 5, Certainty::Stated)
    );
    assert!(scorers.contains(&("Maurizio Ganz", "ancona", 4, Certainty::Inferred)));
    assert!(scorers.contains(&("Stefan Schwoch", "vicenza", 4, Certainty::Stated)));
    assert_eq!(scorers.iter().filter(|s| s.2 == 4).count(), 7);
    let p = season.published;
    assert_eq!(
        (p.matches, p.goals, p.clubs, p.top_scorer_goals),
        (Some(94), Some(185), Some(48), Some(5))
    );
    let keys: Vec<&str> = season.sources.iter().map(|s| s.key).collect();
    let cited = season
        .groups
        .iter()
        .flat_map(|g| g.sources)
        .chain(
            season
                .rounds
                .iter()
                .flat_map(|r| r.ties)
                .flat_map(|t| t.sources),
        )
        .chain(season.scorers.iter().flat_map(|s| s.sources));
    for key in cited {
        assert!(keys.contains(key), "{key}");
    }
}

#[test]
fn the_tiny_fixture_loads_too() {
    assert_eq!(errors("tiny-cup.toml", TINY), Vec::<String>::new());
}

#[test]
fn a_missing_file_is_reported_not_panicked() {
    let errors = load(Path::new("no/such/file.toml")).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 0);
    assert!(errors[0]
        .to_string()
        .starts_with("no/such/file.toml:0: cannot read the file"));
}

// ----- unknown clubs -----------------------------------------------------------------------------------

#[test]
fn an_unknown_club_in_a_group_match_suggests_the_slug() {
    let text = edit(
        REAL,
        r#"home = "treviso", away = "hellas-verona""#,
        r#"home = "treviso", away = "Verona""#,
    );
    let line = line_of(&text, r#"away = "Verona""#);
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            r#"unknown club "Verona" (did you mean "hellas-verona"?)"#
        )]
    );
}

#[test]
fn an_unknown_club_as_a_tie_winner() {
    let text = edit(REAL, r#"winner = "chievo""#, r#"winner = "Chievo Verona""#);
    let line = line_of(&text, r#"winner = "Chievo Verona""#);
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            r#"unknown club "Chievo Verona" (did you mean "chievo"?)"#
        )]
    );
}

#[test]
fn an_unknown_club_as_a_scorer_club() {
    let text = edit(
        REAL,
        "club = \"ancona\"\ngoals = 4",
        "club = \"anconitana\"\ngoals = 4",
    );
    let line = line_of(&text, r#"club = "anconitana""#);
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            r#"unknown club "anconitana" (did you mean "ancona"?)"#
        )]
    );
}

#[test]
fn a_club_that_names_no_club_at_all_gets_no_suggestion() {
    let text = edit(
        TINY,
        r#"{ matchday = 1, home = "alpha""#,
        r#"{ matchday = 1, home = "zeta""#,
    );
    assert_eq!(
        errors("tiny-cup.toml", &text),
        ["tiny-cup.toml:58: unknown club \"zeta\""]
    );
}

// ----- groups ------------------------------------------------------------------------------------------

#[test]
fn a_club_in_two_groups_and_everything_that_follows() {
    let text = edit(
        REAL,
        r#"clubs = ["albinoleffe", "venezia", "spezia", "vicenza"]"#,
        r#"clubs = ["albinoleffe", "venezia", "siena", "vicenza"]"#,
    );
    let clubs_line = line_of(&text, r#""venezia", "siena""#);
    let siena_line = line_of(
        &text,
        r#"clubs = ["lucchese", "genoa", "sampdoria", "siena"]"#,
    );
    let spezia_club = line_of(&text, r#"slug = "spezia""#) - 1;
    let spezia_matches = [
        r#"home = "spezia", away = "vicenza""#,
        r#"home = "venezia", away = "spezia""#,
        r#"home = "spezia", away = "albinoleffe""#,
    ]
    .map(|needle| line_of(&text, needle));
    assert_eq!(
        errors(FILE, &text),
        [
            real_error(
                spezia_club,
                "Spezia enters in the group stage but is in no group"
            ),
            real_error(
                clubs_line,
                &format!("Siena is already in group 1 (line {siena_line})")
            ),
            real_error(spezia_matches[0], "Spezia is not in group 2"),
            real_error(spezia_matches[1], "Spezia is not in group 2"),
            real_error(spezia_matches[2], "Spezia is not in group 2"),
        ]
    );
}

#[test]
fn a_duplicate_match_and_the_pair_it_leaves_out() {
    let text = edit(
        REAL,
        r#"home = "lucchese", away = "sampdoria""#,
        r#"home = "genoa", away = "siena""#,
    );
    let first = line_of(&text, r#"home = "siena", away = "genoa""#);
    let duplicate = line_of(&text, r#"home = "genoa", away = "siena""#);
    let group = line_of(&text, "number = 1\n") - 1;
    assert_eq!(
        errors(FILE, &text),
        [
            real_error(
                group,
                "group 1 is not a complete round robin: Lucchese v Sampdoria is missing"
            ),
            real_error(
                duplicate,
                &format!("duplicate match: Genoa v Siena (already on line {first})")
            ),
        ]
    );
}

#[test]
fn a_group_missing_a_match_is_not_a_round_robin() {
    let text = edit(
        REAL,
        "    { matchday = 3, home = \"taranto\", away = \"messina\", score = \"1-0\" },\n",
        "",
    );
    let group = line_of(&text, "number = 8\n") - 1;
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            group,
            "group 8 is not a complete round robin: Messina v Taranto is missing"
        )]
    );
}

#[test]
fn a_group_of_three_clubs() {
    let text = edit(
        TINY,
        r#"clubs = ["alpha", "beta", "gamma", "delta"]"#,
        r#"clubs = ["alpha", "beta", "gamma"]"#,
    );
    assert_eq!(
        errors("tiny-cup.toml", &text),
        [
            "tiny-cup.toml:41: Delta enters in the group stage but is in no group",
            "tiny-cup.toml:53: group 1 has 3 clubs; a group has 4",
            "tiny-cup.toml:59: Delta is not in group 1",
            "tiny-cup.toml:60: Delta is not in group 1",
            "tiny-cup.toml:63: Delta is not in group 1",
        ]
    );
}

#[test]
fn a_club_plays_itself() {
    let text = edit(
        TINY,
        r#"home = "beta", away = "delta""#,
        r#"home = "beta", away = "beta""#,
    );
    assert_eq!(
        errors("tiny-cup.toml", &text),
        ["tiny-cup.toml:63: a club cannot play itself"]
    );
}

// ----- ties against the rules --------------------------------------------------------------------------

#[test]
fn scores_that_contradict_the_recorded_winner_on_aggregate() {
    let text = edit(
        REAL,
        "winner = \"empoli\"\nsources",
        "winner = \"torino\"\nsources",
    );
    let line = line_of(&text, r#"winner = "torino""#);
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            "the scores contradict the recorded winner: the other club goes through on aggregate"
        )]
    );
}

#[test]
fn scores_that_contradict_the_recorded_winner_on_away_goals() {
    let text = edit(REAL, r#"winner = "chievo""#, r#"winner = "piacenza""#);
    let line = line_after(
        &text,
        "stage = \"round-of-16\"\nwinner = \"piacenza\"",
        "winner",
    );
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            "the scores contradict the recorded winner: the other club goes through on away goals"
        )]
    );
}

#[test]
fn a_shoot_out_that_contradicts_the_recorded_winner() {
    let text = edit(REAL, r#"penalties = "4-1""#, r#"penalties = "1-4""#);
    let line = line_of(
        &text,
        "winner = \"roma\"\nsources = [\"research\", \"uefa\"",
    );
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            "the scores contradict the recorded winner: the other club goes through on penalties"
        )]
    );
}

#[test]
fn penalties_when_away_goals_already_decided_the_tie() {
    let text = edit(
        REAL,
        "host = \"chievo\"\nguest = \"piacenza\"\ndate = \"2002-12-18\"\nscore = \"0-0\"\n",
        "host = \"chievo\"\nguest = \"piacenza\"\ndate = \"2002-12-18\"\nscore = \"0-0\"\nextra_time = true\npenalties = \"4-3\"\n",
    );
    let line = line_of(&text, r#"penalties = "4-3""#);
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            "penalties recorded, but aggregate and away goals are not level"
        )]
    );
}

#[test]
fn a_level_tie_without_a_shoot_out() {
    let text = edit(REAL, "penalties = \"4-1\"\n", "");
    let line = line_of(&text, "score = \"1-1\"\n# Both goals came in normal time");
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            "level on aggregate and away goals, but no penalty shoot-out is recorded"
        )]
    );
}

#[test]
fn extra_time_when_the_score_after_90_minutes_was_not_level() {
    let text = edit(REAL, r#"after_90 = "2-0""#, r#"after_90 = "1-0""#);
    let line = line_after(&text, r#"after_90 = "1-0""#, "extra_time = true");
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            "extra time flagged, but after 90 minutes the tie was not level"
        )]
    );
}

#[test]
fn penalties_without_extra_time() {
    let text = edit(REAL, "after_90 = \"1-1\"\nextra_time = true\n", "");
    let line = line_of(&text, r#"penalties = "4-1""#);
    assert_eq!(
        errors(FILE, &text),
        [real_error(line, "penalties recorded without extra time")]
    );
}

#[test]
fn legs_whose_host_and_guest_are_not_swapped() {
    let text = edit(
        REAL,
        "host = \"milan\"\nguest = \"roma\"\ndate = \"2003-05-31\"",
        "host = \"roma\"\nguest = \"milan\"\ndate = \"2003-05-31\"",
    );
    let line = line_of(
        &text,
        "host = \"roma\"\nguest = \"milan\"\ndate = \"2003-05-31\"",
    );
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            "the second leg must swap the first leg's host and guest"
        )]
    );
}

#[test]
fn a_winner_outside_the_tie() {
    let text = edit(
        TINY,
        "winner = \"alpha\"\nsources",
        "winner = \"beta\"\nsources",
    );
    assert_eq!(
        errors("tiny-cup.toml", &text),
        ["tiny-cup.toml:68: the winner is not one of the two clubs"]
    );
}

// ----- who can play where ------------------------------------------------------------------------------

#[test]
fn a_club_playing_before_the_round_it_enters() {
    let text = edit(
        REAL,
        "host = \"sampdoria\"\nguest = \"atalanta\"",
        "host = \"sampdoria\"\nguest = \"roma\"",
    );
    let text = edit(
        &text,
        "host = \"atalanta\"\nguest = \"sampdoria\"",
        "host = \"roma\"\nguest = \"sampdoria\"",
    );
    let line = line_of(&text, "guest = \"roma\"\ndate = \"2002-09-25\"");
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            "Roma enters at the round of 16 and cannot play in the second round"
        )]
    );
}

#[test]
fn a_group_runner_up_in_the_second_round_and_the_winner_it_displaced() {
    let block = "winner = \"triestina\"\nsources = [\"research\", \"it-wiki-como\"]\n\n[ties.first]\nhost = \"triestina\"\nguest = \"como\"\ndate = \"2002-09-25\"\n\n[ties.second]\nhost = \"como\"\nguest = \"triestina\"";
    let text = edit(REAL, block, &block.replace("triestina", "cittadella"));
    let cittadella = line_of(&text, "host = \"cittadella\"");
    let triestina = line_of(&text, "host = \"triestina\"\nguest = \"roma\"");
    assert_eq!(
        errors(FILE, &text),
        [
            real_error(
                cittadella,
                "Cittadella did not win group 3 and cannot play in the second round"
            ),
            real_error(
                triestina,
                "Triestina cannot have reached the round of 16: it played no second-round tie"
            ),
        ]
    );
}

#[test]
fn a_club_playing_after_it_was_eliminated() {
    let block = "[ties.first]\nhost = \"lazio\"\nguest = \"roma\"\ndate = \"2003-02-05\"";
    let text = edit(REAL, block, &block.replace("lazio", "bari"));
    let text = edit(
        &text,
        "host = \"roma\"\nguest = \"lazio\"\ndate = \"2003-04-16\"",
        "host = \"roma\"\nguest = \"bari\"\ndate = \"2003-04-16\"",
    );
    let line = line_of(&text, "host = \"bari\"\nguest = \"roma\"");
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            "Bari was eliminated in the quarter-finals and cannot play in the semi-finals"
        )]
    );
}

#[test]
fn a_club_in_two_ties_of_the_same_round() {
    let text = edit(
        REAL,
        "host = \"vicenza\"\nguest = \"bologna\"",
        "host = \"vicenza\"\nguest = \"juventus\"",
    );
    let text = edit(
        &text,
        "host = \"bologna\"\nguest = \"vicenza\"",
        "host = \"juventus\"\nguest = \"vicenza\"",
    );
    let first = line_of(&text, "guest = \"juventus\"\nvenue = \"Menti\"");
    let second = line_of(&text, "host = \"reggina\"\nguest = \"juventus\"") + 1;
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            second,
            &format!("Juventus already plays in another round-of-16 tie (line {first})")
        )]
    );
}

#[test]
fn a_tie_in_the_group_stage_or_an_unknown_stage() {
    let text = edit(TINY, r#"stage = "second-round""#, r#"stage = "group""#);
    assert_eq!(
        errors("tiny-cup.toml", &text),
        ["tiny-cup.toml:67: a knockout tie cannot be in the group stage"]
    );
    let text = edit(
        TINY,
        r#"stage = "second-round""#,
        r#"stage = "quarterfinals""#,
    );
    assert_eq!(
        errors("tiny-cup.toml", &text),
        ["tiny-cup.toml:67: unknown stage \"quarterfinals\": expected group, second-round, round-of-16, quarter-finals, semi-finals or final"]
    );
}

#[test]
fn more_than_one_group_qualifier_is_not_supported() {
    let text = edit(TINY, "group_qualifiers = 1", "group_qualifiers = 2");
    assert_eq!(
        errors("tiny-cup.toml", &text),
        ["tiny-cup.toml:14: only one qualifier per group (the winner) is supported"]
    );
}

#[test]
fn a_club_entering_in_the_knockout_rounds_cannot_play_in_a_group() {
    let text = edit(
        TINY,
        "slug = \"omega\"\nname = \"Omega\"\nshort = \"OME\"\nenters = \"second-round\"",
        "slug = \"omega\"\nname = \"Omega\"\nshort = \"OME\"\nenters = \"round-of-16\"",
    );
    let text = edit(
        &text,
        "clubs = [\"alpha\", \"beta\", \"gamma\", \"delta\"]",
        "clubs = [\"alpha\", \"beta\", \"gamma\", \"omega\"]",
    );
    assert_eq!(
        errors("tiny-cup.toml", &text),
        [
            "tiny-cup.toml:41: Delta enters in the group stage but is in no group",
            "tiny-cup.toml:55: Omega enters at the round of 16 and cannot play in a group",
            "tiny-cup.toml:59: Delta is not in group 1",
            "tiny-cup.toml:60: Delta is not in group 1",
            "tiny-cup.toml:63: Delta is not in group 1",
            "tiny-cup.toml:72: Omega enters at the round of 16 and cannot play in the second round",
        ]
    );
}

// ----- malformed values --------------------------------------------------------------------------------

#[test]
fn malformed_scores() {
    let text = edit(
        REAL,
        r#"away = "messina", score = "1-0""#,
        r#"away = "messina", score = "2-x""#,
    );
    let text = edit(&text, "score = \"1-4\"", "score = \"3–\"");
    let group_line = line_of(&text, r#"score = "2-x""#);
    let final_line = line_of(&text, "score = \"3–\"");
    let expected = |line, score: &str| {
        real_error(
            line,
            &format!("malformed score \"{score}\": expected two numbers like \"1-2\" (host first)"),
        )
    };
    assert_eq!(
        errors(FILE, &text),
        [expected(group_line, "2-x"), expected(final_line, "3–")]
    );
}

#[test]
fn scores_accept_an_en_dash() {
    let text = edit(REAL, "score = \"1-4\"", "score = \"1–4\"");
    assert_eq!(errors(FILE, &text), Vec::<String>::new());
}

#[test]
fn malformed_and_out_of_season_dates() {
    let text = edit(
        REAL,
        "date = \"2002-10-24\"\nvenue = \"Modena\"",
        "date = \"2002-09-31\"\nvenue = \"Modena\"",
    );
    let text = edit(&text, "date = \"2003-01-14\"", "date = \"2003/01/14\"");
    let text = edit(&text, "date = \"2003-04-16\"", "date = \"2020-04-16\"");
    let bad_day = line_of(&text, "2002-09-31");
    let words = line_of(&text, "2003/01/14");
    let outside = line_of(&text, "2020-04-16");
    let malformed = |date: &str| {
        format!("malformed date \"{date}\": expected YYYY-MM-DD, with a leading ~ when approximate")
    };
    assert_eq!(
        errors(FILE, &text),
        [
            real_error(bad_day, &malformed("2002-09-31")),
            real_error(words, &malformed("2003/01/14")),
            real_error(
                outside,
                "date 2020-04-16 is outside the season (2002-08-18 to 2003-05-31)"
            ),
        ]
    );
}

// ----- sources -----------------------------------------------------------------------------------------

#[test]
fn a_group_a_tie_and_a_scorer_without_sources() {
    let text = edit(
        REAL,
        "clubs = [\"triestina\", \"hellas-verona\", \"cittadella\", \"treviso\"]\nsources = [\"seed\"]\n",
        "clubs = [\"triestina\", \"hellas-verona\", \"cittadella\", \"treviso\"]\n",
    );
    let text = edit(
        &text,
        "sources = [\"research\", \"archiviotoro\", \"toro-it\", \"pianetaempoli\"]\n",
        "",
    );
    let text = edit(
        &text,
        "certainty = \"inferred\"\nsources = [\"seed\", \"research\"]\n\n[[scorers]]\nplayer = \"Marco Delvecchio\"",
        "certainty = \"inferred\"\n\n[[scorers]]\nplayer = \"Marco Delvecchio\"",
    );
    let group = line_of(&text, "number = 3\n") - 1;
    let tie = line_of(&text, "winner = \"empoli\"") - 2;
    let scorer = line_of(&text, "player = \"Matteo Beretta\"") - 1;
    assert_eq!(
        errors(FILE, &text),
        [
            real_error(group, "group 3 has no sources"),
            real_error(tie, "the tie empoli v torino has no sources"),
            real_error(scorer, "the scorer Matteo Beretta has no sources"),
        ]
    );
}

#[test]
fn unknown_source_keys() {
    let text = edit(
        REAL,
        r#"sources = ["research", "gazzetta", "efe"]"#,
        r#"sources = ["research", "gazzeta", "efe"]"#,
    );
    let text = edit(&text, "source = \"seed\"\n", "source = \"infobox\"\n");
    let tie = line_of(&text, "\"gazzeta\"");
    let published = line_of(&text, "source = \"infobox\"");
    assert_eq!(
        errors(FILE, &text),
        [
            real_error(published, "unknown source \"infobox\""),
            real_error(tie, "unknown source \"gazzeta\""),
        ]
    );
}

#[test]
fn a_duplicate_source_key() {
    let text = edit(
        TINY,
        "title = \"Invented for the tests\"\n",
        "title = \"Invented for the tests\"\n\n[[sources]]\nkey = \"made-up\"\ntitle = \"Again\"\n",
    );
    assert_eq!(
        errors("tiny-cup.toml", &text),
        ["tiny-cup.toml:96: duplicate source key \"made-up\" (first used on line 92)"]
    );
}

// ----- club names --------------------------------------------------------------------------------------

#[test]
fn a_duplicate_slug() {
    let text = edit(
        TINY,
        "[[groups]]",
        "[[clubs]]\nslug = \"beta\"\nname = \"Beta Two\"\nshort = \"BE2\"\nenters = \"round-of-16\"\n\n[[groups]]",
    );
    assert_eq!(
        errors("tiny-cup.toml", &text),
        ["tiny-cup.toml:54: duplicate slug \"beta\" (first used on line 28)"]
    );
}

#[test]
fn an_alias_that_names_two_clubs() {
    let text = edit(
        REAL,
        r#"aliases = ["ChievoVerona", "Chievo Verona"]"#,
        r#"aliases = ["ChievoVerona", "Chievo Verona", "verona"]"#,
    );
    let line = line_of(&text, r#""Chievo Verona", "verona""#);
    let verona = line_of(&text, r#"slug = "hellas-verona""#) - 1;
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            line,
            &format!("alias \"verona\" also names Hellas Verona (line {verona})")
        )]
    );
}

#[test]
fn a_club_name_that_is_another_clubs_alias() {
    let text = edit(TINY, "name = \"Gamma\"", "name = \"Beta City\"");
    assert_eq!(
        errors("tiny-cup.toml", &text),
        ["tiny-cup.toml:37: name \"Beta City\" also names Beta (line 28)"]
    );
}

// ----- the file itself ---------------------------------------------------------------------------------

#[test]
fn toml_syntax_errors_and_unknown_fields_have_lines() {
    let text = edit(TINY, "edition = \"1st\"", "edition = \"1st");
    assert_eq!(
        errors("tiny-cup.toml", &text),
        ["tiny-cup.toml:5: invalid basic string"]
    );
    let text = edit(TINY, "short = \"OME\"", "short = \"OME\"\ncolour = \"red\"");
    assert_eq!(
        errors("tiny-cup.toml", &text),
        ["tiny-cup.toml:51: unknown field `colour`, expected one of `slug`, `name`, `short`, `aliases`, `enters`"]
    );
}

// ----- goals -------------------------------------------------------------------------------------------

#[test]
fn goals_that_contradict_the_score() {
    // Grieco credited to Lazio again, as the file had it before the audit: Empoli 0, Lazio 3 for a 1-2.
    let text = edit(
        REAL,
        r#"{ side = "host", player = "Grieco", minute = "70" }"#,
        r#"{ side = "guest", player = "Grieco", minute = "70" }"#,
    );
    let goals = line_of(
        &text,
        r#"{ side = "guest", player = "Chiesa", minute = "45" }"#,
    ) - 1;
    assert_eq!(
        errors(FILE, &text),
        [real_error(
            goals,
            "the goals do not add up to the score: listed Empoli 0, Lazio 3, score Empoli 1, Lazio 2"
        )]
    );
}

#[test]
fn malformed_goal_sides_minutes_and_kinds() {
    let text = edit(
        REAL,
        r#"player = "Colombo", minute = "62""#,
        r#"player = "Colombo", minute = "62'""#,
    );
    let text = edit(
        &text,
        r#"{ side = "host", player = "Pizarro""#,
        r#"{ side = "home", player = "Pizarro""#,
    );
    let text = edit(
        &text,
        r#"player = "Zalayeta", minute = "43""#,
        r#"player = "Zalayeta", minute = "43", kind = "pen""#,
    );
    assert_eq!(
        errors(FILE, &text),
        [
            real_error(
                line_of(&text, "Colombo"),
                "malformed minute \"62'\": expected a minute of 1–120 like \"62\", stoppage time \
                 like \"90+3\", a leading ~ when approximate"
            ),
            real_error(
                line_of(&text, "Pizarro"),
                "unknown side \"home\": expected host or guest"
            ),
            real_error(
                line_of(&text, "Zalayeta"),
                "unknown goal kind \"pen\": expected penalty, own-goal or golden-goal"
            ),
        ]
    );
}

#[test]
fn goals_without_a_score_a_partial_list_over_it_and_a_stray_golden_goal() {
    // A partial fact stays in the note: listing Robbiati's goal would half-state a score no source gives.
    let text = edit(
        REAL,
        "note = \"Final score not known. svenskafans.com",
        "goals = [{ side = \"guest\", player = \"Robbiati\", minute = \"10\" }]\nnote = \"Final score not known. svenskafans.com",
    );
    let text = edit(
        &text,
        "    { side = \"guest\", player = \"Leonardo\" },\n",
        "    { side = \"guest\", player = \"Leonardo\" },\n    { side = \"guest\", player = \"Leonardo\" },\n",
    );
    let text = edit(
        &text,
        r#"player = "Tavano", minute = "90""#,
        r#"player = "Tavano", minute = "90", kind = "golden-goal""#,
    );
    let partial = line_of(&text, "{ side = \"guest\", player = \"Leonardo\" },\n    {") - 1;
    let torino = line_of(&text, r#"player = "Saudati""#) - 1;
    assert_eq!(
        errors(FILE, &text),
        [
            real_error(
                line_of(&text, "Robbiati\", minute"),
                "goals are listed but the score is not recorded: a partial fact belongs in note"
            ),
            real_error(
                torino,
                "a golden goal is listed but the leg has no golden_goal = true"
            ),
            real_error(
                partial,
                "more goals listed than the score holds: listed Ancona 0, Milan 2, score Ancona 1, \
                 Milan 1"
            ),
        ]
    );
}

#[test]
fn every_note_comes_in_english_and_italian() {
    let season = real();
    let legs: Vec<_> = season
        .rounds
        .iter()
        .flat_map(|round| round.ties)
        .flat_map(|tie| &tie.legs)
        .collect();
    let notes: Vec<_> = legs.iter().filter(|leg| !leg.note.is_empty()).collect();
    assert_eq!(notes.len(), 11);
    assert!(legs
        .iter()
        .all(|leg| leg.note.is_empty() == leg.note_it.is_empty()));
    let group_notes: Vec<_> = season
        .groups
        .iter()
        .flat_map(|group| group.matches)
        .filter(|game| !game.note.is_empty() || !game.note_it.is_empty())
        .map(|game| game.note_it)
        .collect();
    assert_eq!(
        group_notes,
        ["Giocata a Nardò: il Via del Mare del Lecce non era disponibile per il rifacimento del terreno di gioco."]
    );
    let final_return = notes.last().unwrap();
    assert_eq!(
        [final_return.note, final_return.note_it],
        [
            "Cassano and Totti were sent off. Sources differ on Inzaghi's minute: 90+3'/94'.",
            "Cassano e Totti sono stati espulsi. Le fonti divergono sul minuto di Inzaghi: 90+3'/94'.",
        ]
    );
}

#[test]
fn a_note_in_one_language_only_is_rejected() {
    let text = edit(
        REAL,
        "\nnote_it = \"Le fonti divergono su alcuni minuti: 61'/62', 69'/70', 73'/72'.\"",
        "",
    );
    let text = edit(
        &text,
        ", note_it = \"Giocata a Nardò: il Via del Mare del Lecce non era disponibile per il rifacimento del terreno di gioco.\"",
        "",
    );
    let text = edit(
        &text,
        "venue = \"Tardini\"\n",
        "venue = \"Tardini\"\nnote_it = \"Giocata al Tardini.\"\n",
    );
    assert_eq!(
        errors(FILE, &text),
        [
            real_error(
                line_of(&text, "note = \"Played at Nardò"),
                "a note needs its Italian too: add note_it"
            ),
            real_error(
                line_of(&text, "note_it = \"Giocata al Tardini."),
                "note_it without note: add the English note"
            ),
            real_error(
                line_of(&text, "note = \"Sources differ on some minutes"),
                "a note needs its Italian too: add note_it"
            ),
        ]
    );
}

// ----- group matches -----------------------------------------------------------------------------------

#[test]
fn group_matches_carry_the_dates_venues_and_referees_their_sources_give() {
    let season = real();
    let group = |n: u8| season.groups.iter().find(|g| g.number == n).unwrap();
    let day = |m: &coppa_core::model::GroupMatch| m.date.map(|d| (d.year, d.month, d.day));
    let one: Vec<_> = group(1)
        .matches
        .iter()
        .map(|m| (m.matchday, day(m), m.venue, m.attendance, m.referee))
        .collect();
    assert_eq!(
        one,
        [
            (
                Some(1),
                Some((2002, 8, 18)),
                Some("Stadio Porta Elisa"),
                Some(3051),
                Some("Trentalange (Torino)")
            ),
            (
                Some(1),
                Some((2002, 8, 18)),
                Some("Stadio Luigi Ferraris"),
                Some(7595),
                Some("Collina (Viareggio)")
            ),
            (
                Some(2),
                Some((2002, 8, 25)),
                Some("Stadio Artemio Franchi"),
                Some(1100),
                Some("De Marco (Chiavari)")
            ),
            (
                Some(2),
                Some((2002, 9, 3)),
                Some("Stadio Luigi Ferraris"),
                Some(30000),
                Some("Bolognino (Milano)")
            ),
            (
                Some(3),
                Some((2002, 9, 8)),
                Some("Stadio Artemio Franchi"),
                Some(1500),
                Some("Girardi (San Donà di Piave)")
            ),
            (
                Some(3),
                Some((2002, 9, 11)),
                Some("Stadio Porta Elisa"),
                Some(1526),
                Some("Trefoloni (Siena)")
            ),
        ]
    );
    assert!(group(1).sources.contains(&"it-wiki-preliminary"));
    let preliminary = season
        .sources
        .iter()
        .find(|s| s.key == "it-wiki-preliminary")
        .unwrap();
    assert_eq!(
        preliminary.url,
        Some("https://it.wikipedia.org/wiki/Coppa_Italia_2002-2003_(turni_preliminari)")
    );
    let two: Vec<_> = group(2).matches[..3].iter().map(day).collect();
    assert_eq!(
        two,
        [
            Some((2002, 8, 18)),
            Some((2002, 8, 21)),
            Some((2002, 8, 25))
        ]
    );
    assert_eq!(
        group(2).matches[2].venue,
        None,
        "the stored copy stops before this stadium"
    );
    let lecce_ancona = &group(5).matches[3];
    assert_eq!(day(lecce_ancona), Some((2002, 8, 25)));
    assert_eq!(lecce_ancona.venue, Some("Stadio Comunale, Nardò"));
    assert_eq!(lecce_ancona.attendance, None);
    assert!(lecce_ancona.note.contains("Nardò"));
    let all = season.groups.iter().flat_map(|g| g.matches);
    let dated = all.clone().filter(|m| m.date.is_some()).count();
    let staged = all.clone().filter(|m| m.venue.is_some()).count();
    let refereed = all.clone().filter(|m| m.referee.is_some()).count();
    let counted = all.clone().filter(|m| m.attendance.is_some()).count();
    assert_eq!((dated, staged, refereed, counted), (12, 11, 11, 8));
    // Groups without a source for their matches have no date, venue or referee at all.
    for n in [3, 4, 6, 7, 8] {
        assert!(group(n)
            .matches
            .iter()
            .all(|m| m.date.is_none() && m.venue.is_none() && m.referee.is_none()));
    }
}

// ----- tallies against the goal lists ------------------------------------------------------------------

#[test]
fn a_tally_the_goal_lists_rule_out_is_a_contradiction_the_build_warns_about() {
    let tally = |goals: &str| {
        let text = edit(
            REAL,
            "club = \"roma\"\ngoals = 4",
            &format!("club = \"roma\"\ngoals = {goals}"),
        );
        let season = parse(FILE, &text).unwrap_or_else(|e| panic!("{e:?}"));
        let scorer = season
            .scorers
            .iter()
            .find(|s| s.player == "Marco Delvecchio")
            .copied()
            .unwrap();
        (check_tally(&season, &scorer), scorer.goals)
    };
    // Four goals are listed for him: a tally of 3 is too low.
    let (check, goals) = tally("3");
    assert_eq!(check.counted, 4);
    assert!(check.contradicts(goals));
    // Every Roma leg has its full list, so a tally of 5 is too high as well.
    let (check, goals) = tally("5");
    assert!(check.every_match_listed && check.contradicts(goals));
    let (check, goals) = tally("4");
    assert!(check.confirms(goals) && !check.contradicts(goals));
}
