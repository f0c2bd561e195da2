//! The shell mounted on the real season in headless Chromium: summary, team filter (keyboard and mouse),
//! journey card, switches, the embed layout, warnings and hostile text, and the panic message.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{club, mount_with_ui, mouse_down, settle, Mounted};
use coppa::season::SEASON;
use coppa::ui::explorer::Explorer;
use coppa::ui::state::Ui;
use coppa_core::i18n::{self, Text};
use coppa_core::model::ClubId;
use coppa_core::totals::totals;
use coppa_core::url::{parse_query, to_query, AppState, Lang, Theme, UrlWarning, View};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The explorer as on its own page (tabs are links, the views are `<main>`), without the address bar.
async fn mount_with(state: AppState, warnings: Vec<UrlWarning>) -> Mounted {
    mount_with_ui(Ui::new(&SEASON, state), move || {
        view! { <Explorer warnings=RwSignal::new(warnings) /> }
    })
    .await
}

async fn mount(state: AppState) -> Mounted {
    mount_with(state, Vec::new()).await
}

fn english() -> AppState {
    AppState {
        lang: Some(Lang::En),
        ..AppState::default()
    }
}

fn following(slug: &str, lang: Lang) -> AppState {
    AppState {
        team: Some(club(slug)),
        lang: Some(lang),
        ..AppState::default()
    }
}

#[wasm_bindgen_test]
async fn the_summary_names_the_champion_the_final_and_computed_totals() {
    let app = mount(english()).await;
    assert_eq!(app.text(".summary__champion"), "Champion: Milan");
    assert_eq!(
        app.text(".summary__final"),
        "Final: Roma 1–4 Milan, Milan 2–2 Roma: Milan 6–3 on aggregate"
    );
    let computed = totals(&SEASON);
    assert_eq!(computed.goals_known, 216);
    assert_eq!(
        app.text(".summary__totals"),
        "48 clubs, 94 matches, at least 216 goals (8 scores not recorded)"
    );
    assert_eq!(
        app.text(".summary__totals"),
        i18n::totals_sentence(&computed, Lang::En)
    );
    assert_eq!(
        app.texts(".summary__note"),
        ["The infobox's figure of 185 goals disagrees with the results: at least 216."]
    );
}

#[wasm_bindgen_test]
async fn the_root_carries_theme_language_and_view() {
    let state = AppState {
        view: View::Scorers,
        theme: Theme::Dark,
        lang: Some(Lang::It),
        ..AppState::default()
    };
    let app = mount(state).await;
    assert_eq!(app.attr(".coppa", "data-theme").as_deref(), Some("dark"));
    assert_eq!(app.attr(".coppa", "lang").as_deref(), Some("it"));
    assert_eq!(
        app.attr("main#coppa-main", "data-view").as_deref(),
        Some("scorers")
    );
    assert!(app.has("main#coppa-main section.scorers"));
    assert_eq!(
        app.attrs("[data-view-tab][aria-current=page]", "data-view-tab"),
        ["scorers"]
    );
}

#[wasm_bindgen_test]
async fn typing_shows_suggestions_from_the_search() {
    let app = mount(english()).await;
    assert_eq!(
        app.attr("#team-filter", "aria-expanded").as_deref(),
        Some("false")
    );
    app.type_into_filter("mil").await;
    assert_eq!(
        app.attr("#team-filter", "aria-expanded").as_deref(),
        Some("true")
    );
    // Inter matches by its alias "Inter Milan", after the club whose name starts with the text.
    assert_eq!(
        app.attrs("#team-filter-listbox [role=option]", "data-club"),
        ["milan", "inter"]
    );
    assert_eq!(
        app.text("[role=option][data-club=inter] .team-filter__alias"),
        "Inter Milan"
    );
    app.type_into_filter("in").await;
    let found = app.attrs("#team-filter-listbox [role=option]", "data-club");
    assert!(found.len() > 1 && found.len() <= 8, "{found:?}");
    assert_eq!(found[0], "inter", "the exact short name first: {found:?}");
    assert!(!app.has(".team-filter__message:not(:empty)"));
}

#[wasm_bindgen_test]
async fn arrow_down_then_enter_selects_the_active_option() {
    let app = mount(english()).await;
    app.type_into_filter("la").await;
    let options = app.attrs("#team-filter-listbox [role=option]", "data-club");
    assert!(options.len() >= 2, "{options:?}");
    assert_eq!(app.attr("#team-filter", "aria-activedescendant"), None);
    app.press("#team-filter", "ArrowDown").await;
    app.press("#team-filter", "ArrowDown").await;
    let second = &options[1];
    assert_eq!(
        app.attr("#team-filter", "aria-activedescendant"),
        Some(format!("team-filter-option-{second}"))
    );
    assert_eq!(
        app.attrs("[role=option][aria-selected=true]", "data-club"),
        std::slice::from_ref(second)
    );
    app.press("#team-filter", "ArrowUp").await;
    app.press("#team-filter", "ArrowDown").await;
    app.press("#team-filter", "Enter").await;
    assert_eq!(
        app.attr("section.journey", "data-club").as_ref(),
        Some(second)
    );
    assert_eq!(app.filter().value(), SEASON.club(club(second)).name);
    assert_eq!(
        app.attr("#team-filter", "aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(app.attr("#team-filter", "aria-activedescendant"), None);
}

#[wasm_bindgen_test]
async fn a_unique_prefix_and_enter_selects_that_club() {
    let app = mount(english()).await;
    assert!(!app.has("section.journey"));
    app.type_into_filter("laz").await;
    app.press("#team-filter", "Enter").await;
    assert_eq!(
        app.attr("section.journey", "data-club").as_deref(),
        Some("lazio")
    );
    assert_eq!(app.filter().value(), "Lazio");
}

#[wasm_bindgen_test]
async fn an_ambiguous_prefix_and_enter_selects_nothing() {
    let app = mount(english()).await;
    app.type_into_filter("la").await;
    app.press("#team-filter", "Enter").await;
    assert!(!app.has("section.journey"));
    assert_eq!(
        app.attr("#team-filter", "aria-expanded").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn clicking_an_option_selects_it() {
    let app = mount(english()).await;
    app.type_into_filter("gen").await;
    mouse_down(&app.one("[role=option][data-club=genoa]"));
    settle().await;
    assert_eq!(
        app.attr("section.journey", "data-club").as_deref(),
        Some("genoa")
    );
}

#[wasm_bindgen_test]
async fn escape_closes_the_list_then_clears_the_filter() {
    let app = mount(following("roma", Lang::En)).await;
    assert_eq!(app.filter().value(), "Roma");
    app.type_into_filter("ro").await;
    assert_eq!(
        app.attr("#team-filter", "aria-expanded").as_deref(),
        Some("true")
    );
    app.press("#team-filter", "Escape").await;
    assert_eq!(
        app.attr("#team-filter", "aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(app.filter().value(), "ro");
    assert_eq!(
        app.attr("section.journey", "data-club").as_deref(),
        Some("roma")
    );
    app.press("#team-filter", "Escape").await;
    assert_eq!(app.filter().value(), "");
    assert!(!app.has("section.journey"));
}

#[wasm_bindgen_test]
async fn the_clear_button_clears_the_selection() {
    let app = mount(following("milan", Lang::En)).await;
    assert!(app.has("section.journey[data-club=milan]"));
    assert_eq!(app.attr(".team-filter__clear", "hidden"), None);
    app.click(".team-filter__clear").await;
    assert!(!app.has("section.journey"));
    assert_eq!(app.filter().value(), "");
    assert!(app.attr(".team-filter__clear", "hidden").is_some());
}

#[wasm_bindgen_test]
async fn an_unknown_query_says_so() {
    let app = mount(english()).await;
    app.type_into_filter("Atlantis FC").await;
    assert_eq!(
        app.text(".team-filter__message[role=status]"),
        "No club matches “Atlantis FC”"
    );
    assert_eq!(
        app.attr("#team-filter", "aria-expanded").as_deref(),
        Some("false")
    );
    app.press("#team-filter", "Enter").await;
    assert!(!app.has("section.journey"));
    app.type_into_filter("").await;
    assert_eq!(app.text(".team-filter__message"), "");
}

#[wasm_bindgen_test]
async fn hostile_filter_text_is_shown_as_text_only() {
    let app = mount(english()).await;
    let hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    app.type_into_filter(hostile).await;
    let message = app.one(".team-filter__message");
    assert_eq!(
        message.text_content().unwrap_or_default(),
        format!(
            "No club matches “{}…”",
            hostile.chars().take(39).collect::<String>()
        )
    );
    assert_eq!(message.child_element_count(), 0);
    assert!(!app.has("img"));
    assert!(!app.has("script"));
    assert_eq!(app.filter().value(), hostile);
}

#[wasm_bindgen_test]
async fn link_warnings_are_shown_as_text_and_can_be_dismissed() {
    let (state, warnings) =
        parse_query(&SEASON, "?team=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=en");
    assert_eq!(state.team, None);
    let app = mount_with(state, warnings).await;
    assert_eq!(
        app.text(".notice .notice__item"),
        "Unknown team “<script>alert(1)</script>” in the link; showing all clubs"
    );
    assert!(!app.has("script"));
    assert!(app.has("section.standings"));
    app.click(".notice__dismiss").await;
    assert!(!app.has(".notice"));
}

#[wasm_bindgen_test]
async fn milans_journey_runs_from_the_round_of_16_to_the_cup() {
    let app = mount(following("milan", Lang::En)).await;
    assert_eq!(app.text(".journey__title"), "Milan in the cup");
    assert_eq!(app.text(".journey__entered"), "Entered in the round of 16");
    let matches = app.texts(".journey__match");
    assert_eq!(matches.len(), 8, "{matches:?}");
    assert_eq!(
        app.texts(".journey__result"),
        [
            "Ancona 1–1 Milan",
            "Milan 5–1 Ancona",
            "Milan 0–0 Chievo",
            "Chievo 2–5 Milan",
            "Perugia 0–0 Milan",
            "Milan 2–1 Perugia",
            "Roma 1–4 Milan",
            "Milan 2–2 Roma",
        ]
    );
    assert_eq!(
        app.texts(".journey__venue"),
        ["away", "home", "home", "away", "away", "home", "away", "home"]
    );
    assert_eq!(
        app.texts(".journey__round")[6..],
        ["Final · 1st leg", "Final · 2nd leg"]
    );
    assert_eq!(
        app.texts(".journey__date")[6..],
        ["20 May 2003", "31 May 2003"]
    );
    assert_eq!(
        app.attrs("time.journey__date", "datetime")
            .last()
            .map(String::as_str),
        Some("2003-05-31")
    );
    assert_eq!(app.texts(".journey__date")[0], "date not recorded");
    assert_eq!(
        app.texts(".journey__outcome"),
        [
            "Milan 6–2 on aggregate",
            "Milan 5–2 on aggregate",
            "Milan 2–1 on aggregate",
            "Milan 6–3 on aggregate",
        ]
    );
    assert_eq!(app.text(".journey__exit"), "Won the cup");
}

#[wasm_bindgen_test]
async fn genoas_journey_ends_second_in_group_1() {
    let app = mount(following("genoa", Lang::En)).await;
    assert_eq!(app.text(".journey__entered"), "Entered in the group stage");
    assert_eq!(
        app.texts(".journey__result"),
        [
            "Lucchese 1–2 Genoa",
            "Genoa 1–2 Sampdoria",
            "Siena 1–1 Genoa"
        ]
    );
    assert_eq!(app.texts(".journey__venue"), ["away", "home", "away"]);
    assert_eq!(
        app.texts(".journey__round"),
        [
            "Group 1 · Matchday 1",
            "Group 1 · Matchday 2",
            "Group 1 · Matchday 3"
        ]
    );
    assert_eq!(
        app.texts(".journey__date"),
        ["18 August 2002", "3 September 2002", "8 September 2002"]
    );
    assert_eq!(app.text(".journey__exit"), "Finished 2nd in group 1");
}

#[wasm_bindgen_test]
async fn a_score_no_source_gives_reads_not_recorded() {
    let app = mount(following("como", Lang::En)).await;
    assert_eq!(
        app.texts(".journey__result"),
        [
            "Triestina – Como, score not recorded",
            "Como – Triestina, score not recorded"
        ]
    );
    assert_eq!(
        app.text(".journey__outcome"),
        "Triestina went through (score not recorded)"
    );
    assert_eq!(
        app.text(".journey__exit"),
        "Out in the second round against Triestina"
    );
}

#[wasm_bindgen_test]
async fn show_all_clubs_closes_the_journey() {
    let app = mount(following("genoa", Lang::En)).await;
    app.click(".journey__close").await;
    assert!(!app.has("section.journey"));
    assert_eq!(app.filter().value(), "");
}

#[wasm_bindgen_test]
async fn italian_labels_everywhere_in_the_shell() {
    let app = mount(following("milan", Lang::It)).await;
    assert_eq!(app.text(".team-filter__label"), "Segui una squadra");
    assert_eq!(
        app.texts("[data-view-tab]"),
        ["Gironi", "Tabellone", "Marcatori"]
    );
    assert_eq!(app.text(".summary__champion"), "Vincitore: Milan");
    assert_eq!(
        app.text(".summary__final"),
        "Finale: Roma 1–4 Milan, Milan 2–2 Roma: Milan 6–3 nel doppio confronto"
    );
    assert_eq!(
        app.text(".summary__totals"),
        "48 squadre, 94 partite, almeno 216 gol (8 risultati non disponibili)"
    );
    assert_eq!(app.texts(".journey__date")[6], "20 maggio 2003");
    assert_eq!(app.texts(".journey__round")[6], "Finale · andata");
    assert_eq!(app.text(".journey__exit"), "Ha vinto la coppa");
    assert_eq!(app.text(".coppa__footer"), Text::FooterData.get(Lang::It));
}

#[wasm_bindgen_test]
async fn the_switches_change_language_theme_and_view() {
    let app = mount(english()).await;
    assert_eq!(
        app.attrs("[data-lang][aria-pressed=true]", "data-lang"),
        ["en"]
    );
    app.click(".settings__option[data-lang=it]").await;
    assert_eq!(app.attr(".coppa", "lang").as_deref(), Some("it"));
    assert_eq!(app.text(".team-filter__label"), "Segui una squadra");
    app.click(".settings__option[data-theme-choice=dark]").await;
    assert_eq!(app.attr(".coppa", "data-theme").as_deref(), Some("dark"));
    assert_eq!(
        app.attrs(
            "[data-theme-choice][aria-pressed=true]",
            "data-theme-choice"
        ),
        ["dark"]
    );
    app.click("[data-view-tab=bracket]").await;
    assert_eq!(
        app.attr("main#coppa-main", "data-view").as_deref(),
        Some("bracket")
    );
    assert!(app.has("section.bracket"));
    assert_eq!(
        app.attrs("[data-view-tab][aria-current=page]", "data-view-tab"),
        ["bracket"]
    );
}

#[wasm_bindgen_test]
async fn view_tab_links_carry_the_whole_state() {
    let app = mount(following("roma", Lang::It)).await;
    assert_eq!(app.count("nav.view-tabs > a[data-view-tab]"), 3);
    assert_eq!(app.count("[data-view-tab][aria-pressed]"), 0);
    assert_eq!(
        app.attrs("[data-view-tab]", "href"),
        [
            "?team=roma&lang=it",
            "?view=bracket&team=roma&lang=it",
            "?view=scorers&team=roma&lang=it"
        ]
    );
}

#[wasm_bindgen_test]
async fn the_image_export_is_a_labelled_pair_of_buttons_in_the_readers_language() {
    let app = mount(following("milan", Lang::It)).await;
    let label = app
        .attr(
            ".coppa__controls .image-export[role=group]",
            "aria-labelledby",
        )
        .unwrap_or_default();
    assert_eq!(app.text(&format!("#{label}")), "Esporta immagine");
    assert_eq!(
        app.texts(".image-export__button[type=button]"),
        ["Scarica PNG", "Scarica SVG"]
    );
    app.click(".settings__option[data-lang=en]").await;
    assert_eq!(app.text(&format!("#{label}")), "Export image");
    assert_eq!(
        app.texts(".image-export__button"),
        ["Download PNG", "Download SVG"]
    );
}

#[wasm_bindgen_test]
async fn an_embed_keeps_only_the_filter_tabs_and_views() {
    let state = AppState {
        embed: true,
        ..english()
    };
    let app = mount(state).await;
    assert!(app.has(".coppa.coppa--embed"));
    assert!(!app.has(".coppa-header"));
    assert!(!app.has(".settings"));
    assert!(!app.has(".summary"));
    assert!(!app.has(".coppa__footer"));
    assert!(!app.has(".image-export"));
    assert!(app.has("#team-filter[role=combobox]"));
    assert!(app.has("nav.view-tabs"));
    assert!(app.has("main#coppa-main section.standings"));
}

#[wasm_bindgen_test]
async fn every_club_of_the_season_round_trips_through_a_link() {
    for (i, c) in SEASON.clubs.iter().enumerate() {
        let state = AppState {
            team: Some(ClubId(i as u8)),
            view: View::Bracket,
            ..AppState::default()
        };
        let query = to_query(&SEASON, &state);
        assert_eq!(query, format!("view=bracket&team={}", c.slug));
        assert_eq!(parse_query(&SEASON, &query), (state, vec![]));
    }
}

#[wasm_bindgen_test]
async fn a_panic_replaces_the_explorer_with_a_localised_message() {
    let app = mount(following("milan", Lang::It)).await;
    coppa::panic::show_message();
    let root = app.one(".coppa");
    assert_eq!(
        root.text_content().unwrap_or_default(),
        Text::PanicMessage.get(Lang::It)
    );
    assert_eq!(root.child_element_count(), 0);
    assert_eq!(root.get_attribute("role").as_deref(), Some("alert"));
    // The view's nodes are gone: unmounting them would fail, so the test keeps them.
    std::mem::forget(app);
}
