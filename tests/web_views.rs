//! The three views mounted on the real season in headless Chromium: what they show, what a selected club
//! changes, and what clicks and keys do.
#![cfg(target_arch = "wasm32")]

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{attrs, click, club, focused_matches, mount_with_ui, press, settle, Mounted};
use coppa::season::SEASON;
use coppa::ui::bracket::Bracket;
use coppa::ui::journey::Journey;
use coppa::ui::scorers::Scorers;
use coppa::ui::standings::Standings;
use coppa::ui::state::Ui;
use coppa_core::bracket::{path, TieRef};
use coppa_core::url::{AppState, Lang};
use gloo_timers::future::sleep;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Clone, Copy)]
enum Which {
    Standings,
    Bracket,
    Scorers,
}

/// One view alone, following `team` (a slug) if given.
async fn mount(which: Which, team: Option<&str>, lang: Lang) -> Mounted {
    let state = AppState {
        team: team.map(club),
        lang: Some(lang),
        ..AppState::default()
    };
    let ui = Ui::new(&SEASON, state);
    match which {
        Which::Standings => mount_with_ui(ui, || view! { <Standings /> }).await,
        Which::Bracket => mount_with_ui(ui, || view! { <Bracket /> }).await,
        Which::Scorers => mount_with_ui(ui, || view! { <Scorers /> }).await,
    }
}

fn digits_in(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

// ---------------------------------------------------------------------------------------------------
// Standings
// ---------------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn standings_has_eight_group_tables_of_four_clubs() {
    let m = mount(Which::Standings, None, Lang::En).await;
    assert_eq!(m.count("section.standings article.group-card"), 8);
    assert_eq!(m.count("table.standings-table"), 8);
    assert_eq!(m.count("table.standings-table tbody tr[data-club]"), 32);
    assert_eq!(
        m.texts("table.standings-table caption"),
        (1..=8).map(|n| format!("Group {n}")).collect::<Vec<_>>()
    );
    assert_eq!(
        m.attrs("article.group-card", "data-group"),
        ["1", "2", "3", "4", "5", "6", "7", "8"]
    );
    assert_eq!(m.count("tbody th[scope=row]"), 32);
}

#[wasm_bindgen_test]
async fn group_three_is_ordered_by_overall_goal_difference() {
    let m = mount(Which::Standings, None, Lang::En).await;
    let rows = "article[data-group='3'] tbody tr";
    assert_eq!(
        m.attrs(rows, "data-club"),
        ["triestina", "cittadella", "hellas-verona", "treviso"]
    );
    assert_eq!(
        m.texts(&format!("{rows} td:last-child")),
        ["7", "4", "4", "1"]
    );
    // Cittadella above Hellas Verona on goal difference (+1 against −1) although Verona won their match.
    assert_eq!(
        m.texts(&format!("{rows} td:nth-child(9)")),
        ["+3", "+1", "−1", "−3"]
    );
}

#[wasm_bindgen_test]
async fn group_four_puts_pistoiese_above_cagliari() {
    let m = mount(Which::Standings, None, Lang::En).await;
    assert_eq!(
        m.attrs("article[data-group='4'] tbody tr", "data-club"),
        ["empoli", "livorno", "pistoiese", "cagliari"]
    );
    assert_eq!(
        m.texts("article[data-group='4'] tbody td:last-child"),
        ["6", "6", "3", "3"]
    );
}

#[wasm_bindgen_test]
async fn only_group_winners_are_marked_qualified_with_text() {
    let m = mount(Which::Standings, None, Lang::En).await;
    assert_eq!(
        m.attrs("tr.is-qualified", "data-club"),
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
    assert_eq!(m.count("tr.is-qualified .standings-table__qualified"), 8);
    assert_eq!(
        m.count("tr:not(.is-qualified) .standings-table__qualified"),
        0
    );
    let mark = m.text("tr[data-club='empoli'] .standings-table__qualified");
    assert!(mark.contains('✓') && mark.contains("qualified"), "{mark}");
}

#[wasm_bindgen_test]
async fn column_headers_are_abbreviations_with_titles() {
    let m = mount(Which::Standings, None, Lang::En).await;
    let card = "article[data-group='1'] thead";
    assert_eq!(
        m.texts(&format!("{card} th[scope=col]")),
        ["Pos", "Club", "P", "W", "D", "L", "GF", "GA", "GD", "Pts"]
    );
    assert_eq!(
        m.attrs(&format!("{card} abbr"), "title"),
        [
            "Position",
            "Played",
            "Won",
            "Drawn",
            "Lost",
            "Goals for",
            "Goals against",
            "Goal difference",
            "Points"
        ]
    );
}

#[wasm_bindgen_test]
async fn italian_headers_and_captions() {
    let m = mount(Which::Standings, None, Lang::It).await;
    assert_eq!(
        m.texts("article[data-group='1'] thead th[scope=col]"),
        ["Pos", "Squadra", "G", "V", "N", "P", "GF", "GS", "DR", "Pt"]
    );
    assert_eq!(m.texts("caption")[0], "Girone 1");
    assert_eq!(m.text(".standings .coppa-view__heading"), "Fase a gironi");
    assert!(m
        .text("tr[data-club='sampdoria'] .standings-table__qualified")
        .contains("qualificata"));
}

#[wasm_bindgen_test]
async fn each_group_lists_its_six_results_host_first() {
    let m = mount(Which::Standings, None, Lang::En).await;
    for group in 1..=8 {
        assert_eq!(
            m.count(&format!(
                "article[data-group='{group}'] ol.group-results > li"
            )),
            6
        );
    }
    let results = m.texts("article[data-group='3'] ol.group-results > li");
    assert_eq!(results[0], "Triestina 2–0 Hellas Verona");
    assert_eq!(results[3], "Hellas Verona 1–0 Cittadella");
}

#[wasm_bindgen_test]
async fn the_footer_states_the_classification_rule() {
    let m = mount(Which::Standings, None, Lang::En).await;
    let rule = m.text(".standings__rule");
    assert!(rule.contains("3 points for a win, 1 for a draw"), "{rule}");
    assert!(
        rule.contains("overall goal difference, then goals scored"),
        "{rule}"
    );
    assert!(
        rule.contains("Only the group winner goes through"),
        "{rule}"
    );
    assert!(rule.contains("published tables"), "{rule}");
}

#[wasm_bindgen_test]
async fn selecting_empoli_highlights_its_row_and_marks_group_four_to_show_first() {
    let m = mount(Which::Standings, None, Lang::En).await;
    assert_eq!(m.count("tr.is-selected"), 0);
    assert_eq!(m.count(".standings__toggle"), 0);
    m.select("empoli").await;
    assert_eq!(m.attrs("tr.is-selected", "data-club"), ["empoli"]);
    assert_eq!(m.attrs("tr[aria-current='true']", "data-club"), ["empoli"]);
    // Shown first by follow.css; the document keeps the season's order, so no card moves.
    assert_eq!(m.attrs("article.group-card--followed", "data-group"), ["4"]);
    assert_eq!(
        m.attrs("article.group-card", "data-group"),
        ["1", "2", "3", "4", "5", "6", "7", "8"]
    );
    let toggle = m.one(".standings__toggle");
    assert_eq!(toggle.text_content().unwrap(), "Show only this group");
    click(&toggle);
    settle().await;
    assert_eq!(m.attrs("article.group-card", "data-group"), ["4"]);
    assert_eq!(m.text(".standings__toggle"), "Show all groups");
    click(&m.one(".standings__toggle"));
    settle().await;
    assert_eq!(m.count("article.group-card"), 8);
    m.ui().select_team(None);
    settle().await;
    assert_eq!(
        m.attrs("article.group-card", "data-group"),
        ["1", "2", "3", "4", "5", "6", "7", "8"]
    );
    assert_eq!(m.count("article.group-card--followed"), 0);
    assert_eq!(m.count("tr.is-selected"), 0);
}

#[wasm_bindgen_test]
async fn a_club_that_entered_later_gets_a_note_instead_of_a_group() {
    let m = mount(Which::Standings, Some("milan"), Lang::En).await;
    assert_eq!(m.count("tr.is-selected"), 0);
    assert_eq!(m.count(".standings__toggle"), 0);
    assert_eq!(
        m.text("section.standings .coppa-view__note"),
        "Milan did not play in the group stage. Entered in the round of 16."
    );
}

// ---------------------------------------------------------------------------------------------------
// Bracket
// ---------------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn bracket_has_five_rounds_and_twenty_three_ties() {
    let m = mount(Which::Bracket, None, Lang::En).await;
    assert_eq!(
        m.attrs("section.bracket .bracket__round", "data-stage"),
        [
            "second-round",
            "round-of-16",
            "quarter-finals",
            "semi-finals",
            "final"
        ]
    );
    assert_eq!(m.count("section.bracket .tie"), 23);
    let per_round: Vec<u32> = [
        "second-round",
        "round-of-16",
        "quarter-finals",
        "semi-finals",
        "final",
    ]
    .iter()
    .map(|s| m.count(&format!(".bracket__round[data-stage='{s}'] .tie")))
    .collect();
    assert_eq!(per_round, [8, 8, 4, 2, 1]);
    assert_eq!(m.count(".tie .tie__leg"), 46);
}

#[wasm_bindgen_test]
async fn the_final_shows_both_legs_host_first_and_milan_winning_six_three() {
    let m = mount(Which::Bracket, None, Lang::En).await;
    let legs = m.texts(".tie[data-tie='final-0'] .tie__leg");
    assert_eq!(legs, ["1st leg: Roma 1–4 Milan", "2nd leg: Milan 2–2 Roma"]);
    assert_eq!(
        m.text(".tie[data-tie='final-0'] .tie__decided"),
        "✓ Milan 6–3 on aggregate"
    );
    // The label gives the aggregate: the card says it once.
    assert_eq!(m.count(".tie[data-tie='final-0'] .tie__aggregate"), 0);
    assert_eq!(m.text(".tie[data-tie='final-0']").matches("6–3").count(), 1);
    let winners = m.texts(".tie[data-tie='final-0'] .is-winner");
    assert_eq!(winners, ["Milan", "Milan"]);
}

#[wasm_bindgen_test]
async fn unknown_scores_are_shown_as_not_recorded_never_as_numbers() {
    let m = mount(Which::Bracket, None, Lang::En).await;
    let tie = ".tie[data-tie='second-round-4']";
    let legs = m.texts(&format!("{tie} .tie__leg"));
    assert_eq!(legs.len(), 2);
    for leg in &legs {
        assert!(leg.contains("Triestina") && leg.contains("Como"), "{leg}");
        assert!(leg.contains("score not recorded"), "{leg}");
    }
    for score in m.texts(&format!("{tie} .tie__score")) {
        assert!(
            !digits_in(&score),
            "a number shown for an unknown score: {score}"
        );
    }
    assert_eq!(
        m.text(&format!("{tie} .tie__aggregate")),
        "Aggregate unknown"
    );
    assert_eq!(
        m.text(&format!("{tie} .tie__decided")),
        "✓ Triestina went through (score not recorded)"
    );
    assert_eq!(
        m.texts(&format!("{tie} .is-winner")),
        ["Triestina", "Triestina"]
    );
}

#[wasm_bindgen_test]
async fn penalties_away_goals_and_golden_goal_are_labelled() {
    let m = mount(Which::Bracket, None, Lang::En).await;
    assert_eq!(
        m.text(".tie[data-tie='round-of-16-0'] .tie__decided"),
        "✓ Roma 4–1 on penalties"
    );
    assert_eq!(
        m.text(".tie[data-tie='round-of-16-3'] .tie__decided"),
        "✓ Chievo on away goals"
    );
    assert_eq!(
        m.text(".tie[data-tie='second-round-1'] .tie__decided"),
        "✓ Vicenza, golden goal in extra time"
    );
    // None of these labels gives the aggregate, so the card does.
    let aggregates = ["round-of-16-0", "round-of-16-3", "second-round-1"]
        .map(|tie| m.text(&format!(".tie[data-tie='{tie}'] .tie__aggregate")));
    assert_eq!(
        aggregates,
        ["Aggregate 2–2", "Aggregate 1–1", "Aggregate 3–2"]
    );
}

#[wasm_bindgen_test]
async fn clicking_a_tie_opens_its_details_and_closing_returns_focus() {
    let m = mount(Which::Bracket, None, Lang::En).await;
    let dialog = m.one("dialog.tie-details");
    assert!(!dialog.has_attribute("open"));
    let tie: HtmlElement = m.one(".tie[data-tie='final-0']").unchecked_into();
    tie.focus().unwrap();
    tie.click();
    settle().await;
    assert!(dialog.has_attribute("open"), "the details dialog opened");
    assert_eq!(m.text(".tie-details__title"), "Final: Roma – Milan");
    assert_eq!(m.text(".tie-details__outcome"), "✓ Milan 6–3 on aggregate.");
    assert_eq!(
        m.texts(".tie-details__date"),
        ["20 May 2003", "31 May 2003"]
    );
    assert_eq!(m.texts(".tie-details__venue"), ["Olimpico", "San Siro"]);
    assert_eq!(
        m.texts(".tie-details__side"),
        [
            "Roma: Totti 28'",
            "Milan: Serginho 61' (pen.), Ambrosini 69', Serginho 73', Shevchenko 88'",
            "Milan: Rivaldo 65', F. Inzaghi 90+3'",
            "Roma: Totti 56', Totti 64'",
        ]
    );
    let details = dialog.text_content().unwrap();
    assert!(
        details.contains("Cassano and Totti were sent off"),
        "{details}"
    );
    assert!(details.contains("parcarsport.it archive"), "{details}");
    assert!(details.contains("milannews"), "{details}");
    let close: HtmlElement = m.one(".tie-details__close").unchecked_into();
    close.click();
    settle().await;
    assert!(!dialog.has_attribute("open"), "the details dialog closed");
    assert!(
        focused_matches(&m.root, ".tie[data-tie='final-0']"),
        "focus went back to the tie"
    );
}

#[wasm_bindgen_test]
async fn focus_moved_on_before_the_close_event_stays_where_it_went() {
    let m = mount(Which::Bracket, None, Lang::En).await;
    let tie: HtmlElement = m.one(".tie[data-tie='final-0']").unchecked_into();
    tie.focus().unwrap();
    tie.click();
    settle().await;
    assert!(m.one("dialog.tie-details").has_attribute("open"));
    // Closing queues the `close` event; the reader Tabs on before it fires.
    m.one(".tie-details__close")
        .unchecked_into::<HtmlElement>()
        .click();
    let next: HtmlElement = m.one(".tie[data-tie='semi-finals-0']").unchecked_into();
    next.focus().unwrap();
    sleep(Duration::from_millis(100)).await;
    assert!(!m.one("dialog.tie-details").has_attribute("open"));
    assert!(
        focused_matches(&m.root, ".tie[data-tie='semi-finals-0']"),
        "focus was pulled back to the closed tie"
    );
}

#[wasm_bindgen_test]
async fn details_spell_out_extra_time_golden_goal_and_penalties() {
    let m = mount(Which::Bracket, None, Lang::En).await;
    let open = |key: &str| {
        let tie: HtmlElement = m.one(&format!(".tie[data-tie='{key}']")).unchecked_into();
        tie.click();
    };
    open("second-round-1");
    settle().await;
    // The aggregate is said where the label does not give it.
    assert_eq!(
        m.text(".tie-details__outcome"),
        "✓ Vicenza, golden goal in extra time. Aggregate 3–2."
    );
    let scores = m.texts(".tie-details__score");
    assert_eq!(scores[0], "Vicenza 2–0 Parma");
    assert_eq!(
        scores[1],
        "Parma 2–1 Vicenza (2–0 after 90 minutes; after extra time; ended by a golden goal)"
    );
    click(&m.one(".tie-details__close"));
    settle().await;
    open("round-of-16-0");
    settle().await;
    assert_eq!(
        m.text(".tie-details__outcome"),
        "✓ Roma 4–1 on penalties. Aggregate 2–2."
    );
    let scores = m.texts(".tie-details__score");
    assert_eq!(
        scores[1],
        "Roma 1–1 Triestina (1–1 after 90 minutes; after extra time; Roma 4–1 Triestina on penalties)"
    );
    assert_eq!(m.texts(".tie-details__date")[0], "4 December 2002");
    click(&m.one(".tie-details__close"));
    settle().await;
    open("second-round-4");
    settle().await;
    assert_eq!(
        m.texts(".tie-details__score"),
        ["score not recorded", "score not recorded"]
    );
}

#[wasm_bindgen_test]
async fn a_group_match_shows_its_date_stadium_referee_and_attendance_on_the_journey_card() {
    let state = AppState {
        team: Some(club("sampdoria")),
        lang: Some(Lang::It),
        ..AppState::default()
    };
    let m = mount_with_ui(Ui::new(&SEASON, state), || view! { <Journey /> }).await;
    let group = ".journey__match[data-stage='group']";
    assert_eq!(
        m.texts(&format!("{group} .journey__result")),
        [
            "Sampdoria 3–0 Siena",
            "Genoa 1–2 Sampdoria",
            "Lucchese 1–1 Sampdoria"
        ]
    );
    assert_eq!(
        m.attrs(&format!("{group} time.journey__date"), "datetime"),
        ["2002-08-18", "2002-09-03", "2002-09-11"]
    );
    assert_eq!(
        m.texts(&format!("{group} .journey__stadium")),
        [
            "Stadio Luigi Ferraris",
            "Stadio Luigi Ferraris",
            "Stadio Porta Elisa"
        ]
    );
    assert_eq!(
        m.texts(&format!("{group} .journey__officials")),
        [
            "Arbitro: Collina (Viareggio) · 7.595 spettatori",
            "Arbitro: Bolognino (Milano) · 30.000 spettatori",
            "Arbitro: Trefoloni (Siena) · 1.526 spettatori",
        ]
    );
    // Knockout legs name their stadium where a source does, and no officials.
    assert_eq!(
        m.texts(".journey__match[data-stage='second-round'] .journey__stadium"),
        ["Luigi Ferraris"]
    );
    assert_eq!(
        m.count(".journey__match:not([data-stage='group']) .journey__officials"),
        0
    );
}

#[wasm_bindgen_test]
async fn a_group_match_s_note_is_on_both_clubs_cards_in_the_reader_s_language() {
    let state = AppState {
        team: Some(club("ancona")),
        ..AppState::default()
    };
    let m = mount_with_ui(Ui::new(&SEASON, state), || view! { <Journey /> }).await;
    assert_eq!(
        m.texts(".journey__match .journey__note"),
        ["Played at Nardò: Lecce's Via del Mare was unavailable while its pitch was relaid."]
    );
    // In the match's item, after its officials.
    assert!(m.has(".journey__officials + .journey__note"));
    m.ui().select_team(Some(club("lecce")));
    m.ui().select_lang(Lang::It);
    settle().await;
    assert_eq!(
        m.texts(".journey__match .journey__note"),
        ["Giocata a Nardò: il Via del Mare del Lecce non era disponibile per il rifacimento del terreno di gioco."]
    );
    // The card's items are reused for the next club: the note goes with its match.
    m.ui().select_team(Some(club("sampdoria")));
    settle().await;
    assert_eq!(m.count(".journey__note"), 0);
}

#[wasm_bindgen_test]
async fn goals_are_listed_per_side_and_localised() {
    let m = mount(Which::Bracket, None, Lang::It).await;
    let tie: HtmlElement = m.one(".tie[data-tie='round-of-16-0']").unchecked_into();
    tie.click();
    settle().await;
    assert_eq!(
        m.texts(".tie-details__side"),
        [
            "Triestina: Beretta",
            "Roma: Batistuta",
            "Roma: Maietta 34' (aut.)",
            "Triestina: Fava 72'",
        ]
    );
    assert_eq!(
        m.attrs(".tie-details__side", "data-side"),
        ["host", "guest", "host", "guest"]
    );
    // The data's note, in Italian too.
    let details = m.one("dialog.tie-details").text_content().unwrap();
    assert!(
        details.contains(
            "NotaRigori 4–1 secondo UEFA.com; un lancio d'agenzia e laroma24 (2009) riportano 5–2"
        ),
        "{details}"
    );
    assert!(!details.contains("Penalties 4–1 per UEFA.com"), "{details}");
    click(&m.one(".tie-details__close"));
    settle().await;
    let tie: HtmlElement = m.one(".tie[data-tie='round-of-16-6']").unchecked_into();
    tie.click();
    settle().await;
    assert_eq!(
        m.texts(".tie-details__side"),
        [
            "Lazio: Pancaro 10', S. Inzaghi 52' (rig.)",
            "Empoli: Grieco 70'",
            "Lazio: Chiesa 45', Pancaro 64'",
        ]
    );
    click(&m.one(".tie-details__close"));
    settle().await;
    let tie: HtmlElement = m.one(".tie[data-tie='round-of-16-4']").unchecked_into();
    tie.click();
    settle().await;
    assert_eq!(
        m.texts(".tie-details__goals-partial"),
        ["non tutti i marcatori sono noti"]
    );
}

#[wasm_bindgen_test]
async fn with_milan_selected_exactly_its_four_ties_are_on_the_path() {
    let m = mount(Which::Bracket, Some("milan"), Lang::En).await;
    assert_eq!(
        m.attrs(".tie.is-on-path", "data-tie"),
        [
            "round-of-16-4",
            "quarter-finals-0",
            "semi-finals-1",
            "final-0"
        ]
    );
    assert_eq!(m.count(".tie.is-dimmed"), 19);
    assert_eq!(m.count(".tie.is-on-path.is-dimmed"), 0);
    assert_eq!(m.count(".tie.is-on-path .tie__path-marker"), 4);
    m.ui().select_team(None);
    settle().await;
    assert_eq!(
        m.count(".tie.is-on-path, .tie.is-dimmed, .tie__path-marker"),
        0
    );
}

#[wasm_bindgen_test]
async fn a_group_stage_club_gets_a_note_in_the_bracket() {
    let m = mount(Which::Bracket, Some("treviso"), Lang::En).await;
    assert_eq!(m.count(".tie.is-on-path"), 0);
    assert_eq!(m.count(".tie.is-dimmed"), 23);
    assert_eq!(
        m.text("section.bracket .coppa-view__note"),
        "Treviso did not reach the knockout rounds. Finished 4th in group 3."
    );
}

#[wasm_bindgen_test]
async fn round_tabs_follow_the_arrow_keys() {
    let m = mount(Which::Bracket, None, Lang::En).await;
    assert_eq!(m.count("[role=tablist] [role=tab]"), 5);
    let selected = || m.attrs("[role=tab][aria-selected='true']", "data-stage");
    let active = || m.attrs(".bracket__round.is-active", "data-stage");
    assert_eq!(selected(), ["second-round"]);
    assert_eq!(active(), ["second-round"]);
    press(
        &m.one("[role=tab][data-stage='second-round']"),
        "ArrowRight",
    );
    settle().await;
    assert_eq!(selected(), ["round-of-16"]);
    assert_eq!(active(), ["round-of-16"]);
    assert!(focused_matches(
        &m.root,
        "[role=tab][data-stage='round-of-16']"
    ));
    press(&m.one("[role=tab][data-stage='round-of-16']"), "End");
    settle().await;
    assert_eq!(selected(), ["final"]);
    press(&m.one("[role=tab][data-stage='final']"), "ArrowRight");
    settle().await;
    assert_eq!(selected(), ["second-round"]);
    assert_eq!(
        m.attrs("[role=tab]", "tabindex"),
        ["0", "-1", "-1", "-1", "-1"]
    );
}

#[wasm_bindgen_test]
async fn the_tabs_open_on_the_selected_clubs_first_round() {
    let m = mount(Which::Bracket, Some("milan"), Lang::En).await;
    assert_eq!(
        m.attrs("[role=tab][aria-selected='true']", "data-stage"),
        ["round-of-16"]
    );
}

#[wasm_bindgen_test]
async fn the_tabs_move_to_a_clubs_first_round_when_the_club_changes_not_before() {
    let m = mount(Which::Bracket, None, Lang::En).await;
    let selected = || m.attrs("[role=tab][aria-selected='true']", "data-stage");
    assert_eq!(selected(), ["second-round"]);
    click(&m.one("[role=tab][data-stage='final']"));
    settle().await;
    assert_eq!(selected(), ["final"], "a round the reader chose stays");
    m.ui().select_team(SEASON.club_by_slug("milan"));
    settle().await;
    assert_eq!(selected(), ["round-of-16"]);
    m.ui().select_team(SEASON.club_by_slug("genoa"));
    settle().await;
    assert_eq!(
        selected(),
        ["round-of-16"],
        "a club without a tie leaves the round shown"
    );
}

#[wasm_bindgen_test]
async fn the_bracket_speaks_italian() {
    let m = mount(Which::Bracket, None, Lang::It).await;
    assert_eq!(
        m.texts("[role=tab]"),
        [
            "Secondo turno",
            "Ottavi di finale",
            "Quarti di finale",
            "Semifinali",
            "Finale"
        ]
    );
    assert_eq!(
        m.text(".tie[data-tie='round-of-16-3'] .tie__aggregate"),
        "Totale 1–1"
    );
    let legs = m.texts(".tie[data-tie='second-round-4'] .tie__leg");
    assert!(legs[0].contains("risultato non disponibile"), "{}", legs[0]);
    assert_eq!(
        m.text(".tie[data-tie='round-of-16-3'] .tie__decided"),
        "✓ Chievo per la regola dei gol in trasferta"
    );
}

// ---------------------------------------------------------------------------------------------------
// Scorers
// ---------------------------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn the_chart_has_eight_labelled_bars_and_a_worded_description() {
    let m = mount(Which::Scorers, None, Lang::En).await;
    let svg = m.one("section.scorers svg.scorers-chart");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(m.count("g.scorers-chart__bar"), 8);
    assert_eq!(m.count("g.scorers-chart__bar[tabindex='0']"), 8);
    let labelled_by = svg.get_attribute("aria-labelledby").unwrap();
    let ids: Vec<&str> = labelled_by.split(' ').collect();
    assert_eq!(ids.len(), 2);
    let title = m.one(&format!("#{}", ids[0]));
    let desc = m.one(&format!("#{}", ids[1]));
    assert_eq!(title.tag_name(), "title");
    assert_eq!(desc.tag_name(), "desc");
    let words = desc.text_content().unwrap();
    assert!(
        words.contains("rank 1, Fabrizio Miccoli (Perugia), 5 goals"),
        "{words}"
    );
    assert!(
        words.contains("rank =2, Jon Dahl Tomasson (Milan), 4 goals"),
        "{words}"
    );
    assert_eq!(
        m.attrs("g.scorers-chart__bar", "data-club"),
        [
            "perugia",
            "vicenza",
            "bari",
            "milan",
            "roma",
            "triestina",
            "ancona",
            "vicenza"
        ]
    );
    assert_eq!(
        m.texts("g.scorers-chart__bar .scorers-chart__club")[0],
        "Perugia"
    );
    assert!(svg.get_attribute("viewBox").is_some());
    // Lower-case tag names: SVG elements, not HTML ones that the browser would not treat as a title.
    let bar_titles = attrs(&svg, "g.scorers-chart__bar > title", "id");
    assert_eq!(bar_titles.len(), 8);
    assert_eq!(m.one("g.scorers-chart__bar > title").tag_name(), "title");
}

#[wasm_bindgen_test]
async fn miccoli_ranks_first_and_seven_players_share_second() {
    let m = mount(Which::Scorers, None, Lang::En).await;
    let ranks = m.texts(".scorers-table .scorers-table__rank");
    assert_eq!(ranks, ["1", "=2", "=2", "=2", "=2", "=2", "=2", "=2"]);
    assert_eq!(
        m.texts(".scorers-table .scorers-table__player")[0],
        "Fabrizio Miccoli"
    );
    assert_eq!(
        m.texts(".scorers-chart__rank"),
        ["1", "=2", "=2", "=2", "=2", "=2", "=2", "=2"]
    );
    assert_eq!(
        m.texts(".scorers-table .scorers-table__goals"),
        ["5", "4", "4", "4", "4", "4", "4", "4"]
    );
    let certainty = m.texts(".scorers-table .scorers-table__certainty");
    assert_eq!(certainty[0], "stated");
    assert_eq!(certainty.iter().filter(|c| *c == "inferred").count(), 4);
    // Tomasson's and Delvecchio's four goals are all in the legs' goal lists.
    assert_eq!(
        m.texts(".scorers-table__row:has(.scorers-table__confirmed) .scorers-table__player"),
        ["Jon Dahl Tomasson", "Marco Delvecchio"]
    );
    assert_eq!(
        m.texts(".scorers-table__confirmed"),
        [
            ", confirmed by the match data",
            ", confirmed by the match data"
        ]
    );
    assert!(m
        .text(".scorers__note")
        .contains("Inferred: counted from match reports"));
}

#[wasm_bindgen_test]
async fn clicking_tomassons_bar_selects_milan() {
    let m = mount(Which::Scorers, None, Lang::En).await;
    assert_eq!(m.count(".is-highlighted"), 0);
    click(&m.one("g.scorers-chart__bar[data-player='Jon Dahl Tomasson']"));
    settle().await;
    assert_eq!(m.ui().now().team, SEASON.club_by_slug("milan"));
    assert_eq!(
        m.attrs("g.scorers-chart__bar.is-highlighted", "data-player"),
        ["Jon Dahl Tomasson"]
    );
    assert_eq!(
        m.attrs(".scorers-table tr.is-highlighted", "data-club"),
        ["milan"]
    );
    assert!(m
        .text(".scorers-table tr.is-highlighted .scorers-table__player")
        .contains("selected club"));
}

#[wasm_bindgen_test]
async fn enter_on_a_bar_and_the_table_buttons_select_a_club() {
    let m = mount(Which::Scorers, None, Lang::En).await;
    let schwoch = "g.scorers-chart__bar[data-player='Stefan Schwoch']";
    m.one(schwoch)
        .unchecked_into::<web_sys::SvgElement>()
        .focus()
        .unwrap();
    press(&m.one(schwoch), "Enter");
    settle().await;
    assert!(
        focused_matches(&m.root, schwoch),
        "the bar keeps focus after selecting"
    );
    assert_eq!(m.ui().now().team, SEASON.club_by_slug("vicenza"));
    assert_eq!(
        m.attrs("g.scorers-chart__bar.is-highlighted", "data-player"),
        ["Andrea Zanchetta", "Stefan Schwoch"]
    );
    press(
        &m.one("g.scorers-chart__bar[data-player='Gionatha Spinesi']"),
        "Tab",
    );
    settle().await;
    assert_eq!(m.ui().now().team, SEASON.club_by_slug("vicenza"));
    click(&m.one(".scorers-table tr[data-club='bari'] button"));
    settle().await;
    assert_eq!(m.ui().now().team, SEASON.club_by_slug("bari"));
}

#[wasm_bindgen_test]
async fn the_scorers_speak_italian() {
    let m = mount(Which::Scorers, None, Lang::It).await;
    assert_eq!(
        m.texts(".scorers-table thead th"),
        ["Pos.", "Giocatore", "Squadra", "Gol", "Totale*"]
    );
    assert_eq!(m.texts(".scorers-table__certainty")[1], "dedotto");
    assert!(m.text("svg.scorers-chart desc").contains("5 gol"));
}

// ---------------------------------------------------------------------------------------------------
// Following one club after another
// ---------------------------------------------------------------------------------------------------

fn following_en(slug: Option<&str>) -> AppState {
    AppState {
        team: slug.map(club),
        lang: Some(Lang::En),
        ..AppState::default()
    }
}

/// Each view's marks move from one club to the next, and back when the address bar's state is restored.
#[wasm_bindgen_test]
async fn the_marks_move_from_club_to_club_and_back() {
    let m = mount(Which::Standings, Some("empoli"), Lang::En).await;
    m.select("genoa").await;
    assert_eq!(m.attrs("tr.is-selected", "data-club"), ["genoa"]);
    assert_eq!(m.attrs("tr[aria-current='true']", "data-club"), ["genoa"]);
    assert_eq!(m.attrs("article.group-card--followed", "data-group"), ["1"]);
    assert_eq!(m.count(".group-results li.is-selected"), 3);
    m.ui().restore(following_en(Some("empoli")));
    settle().await;
    assert_eq!(m.attrs("tr.is-selected", "data-club"), ["empoli"]);
    assert_eq!(m.attrs("article.group-card--followed", "data-group"), ["4"]);
    assert_eq!(m.count(".group-results li.is-selected"), 3);

    let m = mount(Which::Bracket, Some("milan"), Lang::En).await;
    m.select("roma").await;
    let roma: Vec<String> = path(&SEASON, club("roma"))
        .into_iter()
        .map(TieRef::key)
        .collect();
    assert_eq!(
        roma.len(),
        4,
        "the round of 16 to the final, which Milan won"
    );
    assert_eq!(m.attrs(".tie.is-on-path", "data-tie"), roma);
    assert_eq!(m.count(".tie.is-on-path .tie__path-marker"), 4);
    assert_eq!(m.count(".tie.is-dimmed"), 19);
    m.ui().restore(following_en(Some("milan")));
    settle().await;
    assert_eq!(m.attrs(".tie.is-on-path", "data-tie")[3], "final-0");
    assert_eq!(m.attrs(".tie.is-on-path", "data-tie")[0], "round-of-16-4");
    assert_eq!(m.count(".tie.is-dimmed"), 19);

    let m = mount(Which::Scorers, Some("vicenza"), Lang::En).await;
    m.select("milan").await;
    let marked = m.attrs(".scorers-table tr.is-highlighted", "data-club");
    let rows = u32::try_from(marked.len()).unwrap();
    assert!(
        !marked.is_empty() && marked.iter().all(|c| c == "milan"),
        "{marked:?}"
    );
    assert_eq!(m.count(".scorers-table__marker"), rows);
    assert_eq!(m.count("g.scorers-chart__bar.is-highlighted"), rows);
    m.ui().restore(following_en(None));
    settle().await;
    assert_eq!(m.count(".is-highlighted, .scorers-table__marker"), 0);
}

/// A mark reads its own club's flag: following another club runs the marks of the club left and the
/// club followed, and no other (every mark of a view used to run at every selection).
#[wasm_bindgen_test]
async fn following_another_club_runs_only_those_two_clubs_marks() {
    let ui = Ui::new(&SEASON, following_en(Some("empoli")));
    let runs = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&runs);
    let _m = mount_with_ui(ui, move || {
        for slug in ["empoli", "genoa", "milan"] {
            let follows = ui.follows(club(slug));
            let log = Arc::clone(&log);
            Effect::new(move |_| log.lock().unwrap().push((slug, follows.get())));
        }
        view! { <p /> }
    })
    .await;
    let take = || std::mem::take(&mut *runs.lock().unwrap());
    let mut first = take();
    first.sort();
    assert_eq!(
        first,
        [("empoli", true), ("genoa", false), ("milan", false)]
    );
    ui.select_team(Some(club("genoa")));
    settle().await;
    let mut moved = take();
    moved.sort();
    assert_eq!(moved, [("empoli", false), ("genoa", true)]);
    ui.select_view(coppa_core::url::View::Bracket);
    ui.select_lang(Lang::It);
    settle().await;
    assert_eq!(take(), [], "neither a view nor a language changes a mark");
    ui.restore(following_en(None));
    settle().await;
    assert_eq!(take(), [("genoa", false)]);
}

/// The card's match items as HTML (without the list's own comment marker, which Leptos places).
fn matches_html(m: &Mounted) -> String {
    let items = m.root.query_selector_all(".journey__match").unwrap();
    (0..items.length())
        .filter_map(|i| items.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|item| item.outer_html())
        .collect()
}

/// The card written in place as the reader follows one club after another, in either language, is the
/// card a fresh mount makes for that club: every club of the season in turn.
#[wasm_bindgen_test]
async fn the_journey_card_followed_club_after_club_is_the_fresh_card() {
    let m = mount_with_ui(Ui::new(&SEASON, following_en(None)), || {
        view! { <Journey /> }
    })
    .await;
    let card = |m: &Mounted| {
        (
            m.text(".journey__title"),
            m.text(".journey__exit"),
            matches_html(m),
        )
    };
    for lang in [Lang::En, Lang::It] {
        m.ui().select_lang(lang);
        for slug in SEASON.clubs.iter().map(|c| c.slug) {
            m.select(slug).await;
            let state = AppState {
                team: Some(club(slug)),
                lang: Some(lang),
                ..AppState::default()
            };
            let fresh = mount_with_ui(Ui::new(&SEASON, state), || view! { <Journey /> }).await;
            assert!(!card(&fresh).2.is_empty());
            assert_eq!(card(&m), card(&fresh), "{slug} in {lang:?}");
        }
    }
}
