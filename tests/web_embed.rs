//! The embed builder and the widget entry point, mounted in headless Chromium: the snippet follows the
//! builder's choices, club names stay text, Escape gives focus back, and `mount_widget` reads a host
//! element's attributes with the URL's rules, names the attribute in its note, switches views with
//! buttons, holds them in a named region rather than a `<main>`, and its handle unmounts it.
#![cfg(target_arch = "wasm32")]

mod common;

use std::time::Duration;

use common::{
    attrs, click, container, count, focused_matches, mount_in, one, settle, texts, Mounted,
};
use coppa::embed::{mount_widget, WidgetHandle, WidgetSettings};
use coppa::season::SEASON;
use coppa::ui::embed_builder::EmbedBuilder;
use coppa::ui::state::Ui;
use coppa_core::model::{Club, Season};
use coppa_core::url::{AppState, Lang, Setting, View};
use gloo_timers::future::sleep;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

// The builder's and the widget's own DOM helpers; the shared ones are in `common`.
#[wasm_bindgen(inline_js = r#"
export function choose(root, selector, value) {
  const field = root.querySelector(selector);
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value === value;
}
export function optionTexts(root, selector) {
  return Array.from(root.querySelectorAll(`${selector} option`), (o) => o.textContent);
}
export function shadowHost() {
  const host = document.createElement('div');
  document.body.append(host);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  return container;
}
"#)]
extern "C" {
    /// Sets a select's value and fires `change`; false when no option has that value.
    fn choose(root: &Element, selector: &str, value: &str) -> bool;
    #[wasm_bindgen(js_name = optionTexts)]
    fn option_texts(root: &Element, selector: &str) -> Vec<String>;
    #[wasm_bindgen(js_name = shadowHost)]
    fn shadow_host() -> HtmlElement;
}

/// The builder mounted in the page, its panel open; removed (and unmounted) when dropped.
struct Builder {
    m: Mounted,
}

impl Builder {
    async fn open(season: &'static Season, state: AppState) -> Builder {
        let root = container();
        // Far below the fold, so the lazy preview iframe never loads: here `./?…` is the test
        // runner's own page, which would run the whole suite again inside the frame.
        let style = root.style();
        style.set_property("position", "absolute").unwrap();
        style.set_property("top", "100000px").unwrap();
        let m = mount_in(root, Some(Ui::new(season, state)), || {
            view! { <EmbedBuilder /> }
        })
        .await;
        m.click("button.embed-builder__open").await;
        Builder { m }
    }

    /// The snippet as shown, line breaks and all.
    fn snippet(&self) -> String {
        self.m
            .one(".embed-builder__snippet code")
            .text_content()
            .expect("the snippet is shown")
    }

    async fn choose(&self, field: &str, value: &str) {
        let selector = format!("[data-embed-field=\"{field}\"]");
        assert!(
            choose(&self.m.root, &selector, value),
            "{field} has no option {value}"
        );
        settle().await;
    }
}

#[wasm_bindgen_test]
async fn unmounting_right_after_opening_the_panel_is_harmless() {
    let m = mount_in(
        container(),
        Some(Ui::new(&SEASON, AppState::default())),
        || {
            view! { <EmbedBuilder /> }
        },
    )
    .await;
    // Opening focuses the first field on the next frame; the builder is gone by then.
    click(&m.one("button.embed-builder__open"));
    drop(m);
    sleep(Duration::from_millis(200)).await;
    assert!(
        !std::thread::panicking(),
        "a callback touched the unmounted builder"
    );
}

fn origin_base() -> String {
    let location = window().location();
    let path = location.pathname().unwrap();
    let directory = &path[..=path.rfind('/').unwrap()];
    format!("{}{directory}", location.origin().unwrap())
}

#[wasm_bindgen_test]
async fn the_snippet_follows_every_choice() {
    let state = AppState {
        view: View::Bracket,
        team: SEASON.club_by_slug("roma"),
        lang: Some(Lang::It),
        ..AppState::default()
    };
    let builder = Builder::open(&SEASON, state).await;
    let base = origin_base();
    assert_eq!(
        builder.snippet(),
        format!(
            "<iframe src=\"{base}?view=bracket&amp;team=roma&amp;lang=it&amp;embed=1\" \
             title=\"Coppa Italia 2002–03 – Tabellone – Roma\" width=\"100%\" height=\"640\" \
             sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" \
             loading=\"lazy\"></iframe>\n\
             <script type=\"module\" src=\"{base}embed.js\"></script>"
        )
    );

    builder.choose("view", "scorers").await;
    assert!(builder
        .snippet()
        .contains("?view=scorers&amp;team=roma&amp;lang=it&amp;embed=1"));
    builder.choose("team", "milan").await;
    assert!(builder
        .snippet()
        .contains("?view=scorers&amp;team=milan&amp;"));
    assert!(builder.snippet().contains("– Marcatori – Milan\""));
    builder.choose("lang", "en").await;
    assert!(builder.snippet().contains("&amp;lang=en&amp;"));
    assert!(builder
        .snippet()
        .contains("title=\"Coppa Italia 2002–03 – Scorers – Milan\""));
    let before = builder.m.one("iframe.embed-builder__preview");
    builder.choose("theme", "dark").await;
    assert!(builder
        .snippet()
        .contains("?view=scorers&amp;team=milan&amp;lang=en&amp;theme=dark&amp;embed=1\""));
    assert_eq!(
        builder
            .m
            .attr("iframe.embed-builder__preview", "src")
            .as_deref(),
        Some("./?view=scorers&team=milan&lang=en&theme=dark&embed=1")
    );
    // A new frame for the new address, never a second navigation of the last one; one frame at a time.
    assert!(!before.is_connected());
    assert_eq!(builder.m.count("iframe.embed-builder__preview"), 1);

    builder.choose("team", "").await;
    assert!(builder
        .snippet()
        .contains("?view=scorers&amp;lang=en&amp;theme=dark&amp;embed=1\""));

    builder.m.click("input[data-embed-style=\"script\"]").await;
    assert_eq!(
        builder.snippet(),
        format!(
            "<div data-coppa-view=\"scorers\" data-coppa-lang=\"en\" data-coppa-theme=\"dark\">\
             <a href=\"{base}?view=scorers&amp;lang=en&amp;theme=dark\">Coppa Italia 2002–03 – Scorers</a></div>\n\
             <script type=\"module\" src=\"{base}embed.js\"></script>"
        )
    );

    // HTML only: the fragment, shown as text (no element inside the code), and no live preview.
    builder.m.click("input[data-embed-style=\"html\"]").await;
    let fragment = builder.snippet();
    assert!(fragment.starts_with("<section style=\"all:revert!important;"));
    assert!(fragment.contains("<caption style=\"all:revert!important;"));
    assert!(fragment.ends_with(&format!(
        "href=\"{base}?view=scorers&amp;lang=en&amp;theme=dark\">Every match and source: the Coppa Italia 2002–03 explorer</a></p></section>"
    )));
    assert_eq!(builder.m.count(".embed-builder__snippet code *"), 0);
    assert_eq!(builder.m.count("iframe.embed-builder__preview"), 0);
    assert!(builder
        .m
        .one(".embed-builder__note")
        .text_content()
        .unwrap_or_default()
        .starts_with("HTML semplice con gli stili in linea"));
    builder.m.click("input[data-embed-style=\"iframe\"]").await;
    assert_eq!(builder.m.count("iframe.embed-builder__preview"), 1);
}

#[wasm_bindgen_test]
async fn the_club_list_has_every_club_by_name_and_none() {
    let builder = Builder::open(&SEASON, AppState::default()).await;
    let names = option_texts(&builder.m.root, "[data-embed-field=\"team\"]");
    assert_eq!(names.len(), SEASON.clubs.len() + 1);
    assert_eq!(names[0], "None");
    let mut sorted = names[1..].to_vec();
    sorted.sort();
    assert_eq!(sorted, names[1..]);
    assert!(names.iter().any(|n| n == "Genoa"));
}

/// The real season with hostile club names: markup, quotes, an attribute breakout.
fn hostile_season() -> &'static Season {
    let mut clubs: Vec<Club> = SEASON.clubs.to_vec();
    let roma = usize::from(SEASON.club_by_slug("roma").unwrap().0);
    let milan = usize::from(SEASON.club_by_slug("milan").unwrap().0);
    clubs[roma].name = "<img src=x onerror=\"document.title='pwned'\">";
    clubs[milan].name = "\"><b>Milan</b><script>document.title='pwned'</script>";
    Box::leak(Box::new(Season {
        clubs: Box::leak(clubs.into_boxed_slice()),
        ..SEASON
    }))
}

#[wasm_bindgen_test]
async fn hostile_club_names_never_appear_as_html() {
    let title = document().title();
    let season = hostile_season();
    let state = AppState {
        team: season.club_by_slug("roma"),
        lang: Some(Lang::En),
        ..AppState::default()
    };
    let builder = Builder::open(season, state).await;
    assert_eq!(builder.m.count("img, b, script"), 0);
    let names = option_texts(&builder.m.root, "[data-embed-field=\"team\"]");
    assert!(names.contains(&"<img src=x onerror=\"document.title='pwned'\">".to_owned()));

    let snippet = builder.snippet();
    assert_eq!(builder.m.count(".embed-builder__snippet code *"), 0);
    assert!(snippet.contains(
        "– &lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;\" width"
    ));
    builder.choose("team", "milan").await;
    let snippet = builder.snippet();
    assert!(snippet.contains("– &quot;&gt;&lt;b&gt;Milan&lt;/b&gt;&lt;script&gt;"));
    assert_eq!(snippet.matches('<').count(), 4, "{snippet}");
    assert_eq!(builder.m.count("img, b, script"), 0);
    assert_eq!(document().title(), title);
}

#[wasm_bindgen_test]
async fn escape_and_close_shut_the_panel_and_give_focus_back() {
    let builder = Builder::open(&SEASON, AppState::default()).await;
    assert_eq!(builder.m.count("section.embed-builder"), 1);
    assert_eq!(
        builder
            .m
            .attr("button.embed-builder__open", "aria-expanded")
            .as_deref(),
        Some("true")
    );
    builder
        .m
        .press("[data-embed-field=\"theme\"]", "Escape")
        .await;
    assert_eq!(builder.m.count("section.embed-builder"), 0);
    assert!(focused_matches(
        &builder.m.root,
        "button.embed-builder__open"
    ));
    assert_eq!(
        builder
            .m
            .attr("button.embed-builder__open", "aria-expanded")
            .as_deref(),
        Some("false")
    );

    builder.m.click("button.embed-builder__open").await;
    builder.m.click("button.embed-builder__close").await;
    assert_eq!(builder.m.count("section.embed-builder"), 0);
    assert!(focused_matches(
        &builder.m.root,
        "button.embed-builder__open"
    ));
}

/// A widget that `mount_widget` put into a shadow root, as embed.js does; dropping it takes the host
/// element (and so the widget) out of the page.
struct HostedWidget {
    root: HtmlElement,
    _handle: WidgetHandle,
}

impl HostedWidget {
    /// `attributes` are `data-coppa-view`, `-team`, `-lang` and `-theme`, `None` where absent.
    async fn mount(attributes: [Option<&str>; 4]) -> HostedWidget {
        let root = shadow_host();
        let widget_settings = [Setting::View, Setting::Team, Setting::Lang, Setting::Theme];
        let settings = widget_settings
            .into_iter()
            .zip(attributes)
            .filter_map(|(setting, value)| Some((setting, value?)))
            .collect();
        let handle = mount_widget(root.clone(), settings);
        settle().await;
        HostedWidget {
            root,
            _handle: handle,
        }
    }

    fn count(&self, selector: &str) -> u32 {
        count(&self.root, selector)
    }

    fn attr(&self, selector: &str, name: &str) -> Option<String> {
        one(&self.root, selector).get_attribute(name)
    }

    fn texts(&self, selector: &str) -> Vec<String> {
        texts(&self.root, selector)
    }

    async fn click(&self, selector: &str) {
        click(&one(&self.root, selector));
        settle().await;
    }
}

impl Drop for HostedWidget {
    fn drop(&mut self) {
        self.root
            .get_root_node()
            .unchecked_into::<ShadowRoot>()
            .host()
            .remove();
    }
}

#[wasm_bindgen_test]
async fn a_widget_reads_its_attributes_like_a_link() {
    let widget = HostedWidget::mount([Some("bracket"), Some("roma"), Some("it"), None]).await;
    assert_eq!(widget.count(".coppa.coppa--embed"), 1);
    assert_eq!(widget.attr(".coppa", "lang").as_deref(), Some("it"));
    assert_eq!(widget.count(".tie.is-on-path"), 4);
    assert_eq!(widget.count(".coppa-header, .notice"), 0);
}

#[wasm_bindgen_test]
async fn a_widget_with_hostile_attributes_falls_back_and_says_so_as_text() {
    let widget = HostedWidget::mount([
        Some("<svg onload=alert(1)>"),
        Some("<img src=x onerror=alert(1)>"),
        Some("klingon"),
        Some("neon"),
    ])
    .await;
    let note = one(&widget.root, ".notice")
        .text_content()
        .expect("a note about the attributes");
    assert!(note.contains("<img src=x onerror=alert(1)>"), "{note}");
    assert!(note.contains("<svg onload=alert(1)>"), "{note}");
    assert_eq!(widget.count(".notice img, .notice svg"), 0);
    assert_eq!(
        widget.attr(".coppa__main", "data-view").as_deref(),
        Some("standings")
    );
    assert_eq!(widget.attr(".coppa", "data-theme").as_deref(), Some("auto"));
}

#[wasm_bindgen_test]
async fn a_widgets_note_names_the_attribute_not_the_link() {
    let widget = HostedWidget::mount([None, Some("Atlantis FC"), Some("it"), Some("neon")]).await;
    assert_eq!(
        widget.texts(".notice__item"),
        [
            "Squadra “Atlantis FC” sconosciuta nell'attributo data-coppa-team del widget; \
             mostro tutte le squadre",
            "Tema “neon” sconosciuto nell'attributo data-coppa-theme del widget; \
             seguo l'impostazione di sistema",
        ]
    );
    let english = HostedWidget::mount([Some("table"), None, Some("en"), None]).await;
    assert_eq!(
        english.texts(".notice__item"),
        ["Unknown view “table” in the widget's data-coppa-view attribute; showing the standings"]
    );
}

#[wasm_bindgen_test]
async fn a_widgets_view_tabs_are_buttons_that_switch_that_widget_only() {
    let href = window().location().href().unwrap();
    let entries = window().history().unwrap().length().unwrap();
    let bracket = HostedWidget::mount([Some("bracket"), Some("roma"), Some("en"), None]).await;
    let scorers = HostedWidget::mount([Some("scorers"), None, Some("en"), None]).await;
    assert_eq!(bracket.count("a[data-view-tab], a[href], nav"), 0);
    assert_eq!(
        bracket.count(".view-tabs[role=group] > button[type=button][data-view-tab]"),
        3
    );
    assert_eq!(
        bracket.attr(".view-tabs", "aria-label").as_deref(),
        Some("Views")
    );
    assert_eq!(
        bracket.texts("[data-view-tab]"),
        ["Standings", "Bracket", "Scorers"]
    );
    let pressed = |w: &HostedWidget| {
        attrs(
            &w.root,
            "[data-view-tab][aria-pressed=true]",
            "data-view-tab",
        )
    };
    assert_eq!(pressed(&bracket), ["bracket"]);
    assert_eq!(
        attrs(&bracket.root, "[data-view-tab]", "aria-pressed"),
        ["false", "true", "false"]
    );

    bracket.click("[data-view-tab=standings]").await;
    assert_eq!(
        bracket.attr(".coppa__main", "data-view").as_deref(),
        Some("standings")
    );
    assert_eq!(
        bracket.texts("section.standings .coppa-view__note"),
        ["Roma did not play in the group stage. Entered in the round of 16."]
    );
    assert_eq!(pressed(&bracket), ["standings"]);
    assert_eq!(
        scorers.attr(".coppa__main", "data-view").as_deref(),
        Some("scorers")
    );
    assert_eq!(pressed(&scorers), ["scorers"]);
    assert_eq!(window().location().href().unwrap(), href);
    assert_eq!(window().history().unwrap().length().unwrap(), entries);
}

#[wasm_bindgen_test]
async fn a_widget_holds_its_views_in_a_named_region_not_a_main() {
    let widget = HostedWidget::mount([Some("bracket"), Some("roma"), Some("en"), None]).await;
    assert_eq!(widget.count("main, #coppa-main, [id=coppa-main]"), 0);
    assert_eq!(
        widget.count("section.coppa__main[aria-label] section.bracket"),
        1
    );
    assert_eq!(
        widget.attr(".coppa__main", "aria-label").as_deref(),
        Some("Coppa Italia 2002–03 – Bracket – Roma")
    );
    widget.click("[data-view-tab=scorers]").await;
    assert_eq!(
        widget.attr(".coppa__main", "aria-label").as_deref(),
        Some("Coppa Italia 2002–03 – Scorers – Roma")
    );
    let italian = HostedWidget::mount([Some("standings"), None, Some("it"), None]).await;
    assert_eq!(
        italian.attr(".coppa__main", "aria-label").as_deref(),
        Some("Coppa Italia 2002–03 – Gironi")
    );
    assert_eq!(italian.count("main, #coppa-main"), 0);
}

#[wasm_bindgen_test]
fn a_widgets_settings_are_its_elements_widget_attributes() {
    let element = document().create_element("div").unwrap();
    for (name, value) in [
        ("data-coppa-theme", "dark"),
        ("data-coppa-view", "Bracket"),
        ("data-coppa-embed", "0"),
        ("data-coppa-colour", "red"),
        ("data-coppa-team", ""),
    ] {
        element.set_attribute(name, value).unwrap();
    }
    assert_eq!(
        WidgetSettings::from_element(&element),
        [
            (Setting::View, "Bracket"),
            (Setting::Team, ""),
            (Setting::Theme, "dark"),
        ]
        .into_iter()
        .collect::<WidgetSettings>()
    );
}

/// Mounts a bracket widget following Roma, lets `release` have its handle, and checks the widget is
/// gone with nothing left listening.
async fn releasing_the_handle_unmounts_the_widget(release: impl FnOnce(WidgetHandle)) {
    let root = shadow_host();
    let settings = [(Setting::View, "bracket"), (Setting::Team, "roma")];
    let handle = mount_widget(root.clone(), settings.into_iter().collect());
    settle().await;
    assert_eq!(count(&root, ".coppa.coppa--embed"), 1);
    let tab = one(&root, "[data-view-tab=\"scorers\"]");
    release(handle);
    settle().await;
    assert_eq!(root.child_element_count(), 0, "the widget's nodes are gone");
    // A listener left behind would switch a view that no longer exists and panic.
    click(&tab);
    settle().await;
    assert!(!std::thread::panicking());
    root.get_root_node()
        .unchecked_into::<ShadowRoot>()
        .host()
        .remove();
}

#[wasm_bindgen_test]
async fn unmounting_a_widgets_handle_takes_it_out_and_its_clicks_do_nothing_after() {
    releasing_the_handle_unmounts_the_widget(WidgetHandle::unmount).await;
}

#[wasm_bindgen_test]
async fn dropping_a_widgets_handle_unmounts_it_too() {
    releasing_the_handle_unmounts_the_widget(drop).await;
}
