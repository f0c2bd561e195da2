//! The embed builder and the widget entry point, mounted in headless Chromium: the snippet follows the
//! builder's choices, club names stay text, Escape gives focus back, and `mount_widget` reads a host
//! element's attributes with the URL's rules.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use coppa::embed::mount_widget;
use coppa::season::SEASON;
use coppa::ui::embed_builder::EmbedBuilder;
use coppa::ui::state::{provide_ui, Ui};
use coppa_core::model::{Club, Season};
use coppa_core::url::{AppState, Lang, View};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

// Small DOM helpers in JS: the crate's web-sys features do not include NodeList or event constructors.
#[wasm_bindgen(inline_js = r#"
export function choose(root, selector, value) {
  const field = root.querySelector(selector);
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return field.value === value;
}
export function check(root, selector) {
  root.querySelector(selector).click();
}
export function click(root, selector) {
  root.querySelector(selector).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}
export function pressOn(root, selector, key) {
  root.querySelector(selector).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}
export function text(root, selector) {
  const found = root.querySelector(selector);
  return found === null ? null : found.textContent;
}
export function count(root, selector) { return root.querySelectorAll(selector).length; }
export function attr(root, selector, name) {
  const found = root.querySelector(selector);
  return found === null ? null : found.getAttribute(name);
}
export function optionTexts(root, selector) {
  return Array.from(root.querySelectorAll(`${selector} option`), (o) => o.textContent);
}
export function focusedMatches(root, selector) {
  const active = root.getRootNode().activeElement ?? document.activeElement;
  return active !== null && active.matches(selector);
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
    fn check(root: &Element, selector: &str);
    fn click(root: &Element, selector: &str);
    #[wasm_bindgen(js_name = pressOn)]
    fn press_on(root: &Element, selector: &str, key: &str);
    fn text(root: &Element, selector: &str) -> Option<String>;
    fn count(root: &Element, selector: &str) -> u32;
    fn attr(root: &Element, selector: &str, name: &str) -> Option<String>;
    #[wasm_bindgen(js_name = optionTexts)]
    fn option_texts(root: &Element, selector: &str) -> Vec<String>;
    #[wasm_bindgen(js_name = focusedMatches)]
    fn focused_matches(root: &Element, selector: &str) -> bool;
    #[wasm_bindgen(js_name = shadowHost)]
    fn shadow_host() -> HtmlElement;
}

/// Resolves after a browser task (a `setTimeout` of 0).
struct NextTask {
    state: Rc<RefCell<(bool, Option<Waker>)>>,
}

impl Future for NextTask {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut state = self.state.borrow_mut();
        if state.0 {
            Poll::Ready(())
        } else {
            state.1 = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

/// Lets reactive effects, the DOM and queued browser tasks catch up.
async fn settle() {
    leptos::task::tick().await;
    let state = Rc::new(RefCell::new((false, None::<Waker>)));
    let timer = Rc::clone(&state);
    set_timeout(
        move || {
            let mut timer = timer.borrow_mut();
            timer.0 = true;
            if let Some(waker) = timer.1.take() {
                waker.wake();
            }
        },
        Duration::ZERO,
    );
    NextTask { state }.await;
    leptos::task::tick().await;
}

/// The builder mounted in the page, its panel open; removed (and unmounted) when dropped.
struct Builder {
    root: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Builder {
    async fn open(season: &'static Season, state: AppState) -> Builder {
        let document = document();
        let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        // Far below the fold, so the lazy preview iframe never loads: here `./?…` is the test
        // runner's own page, which would run the whole suite again inside the frame.
        let style = root.style();
        style.set_property("position", "absolute").unwrap();
        style.set_property("top", "100000px").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let handle = leptos::mount::mount_to(root.clone(), move || {
            provide_ui(Ui::new(season, state));
            view! { <EmbedBuilder /> }
        });
        settle().await;
        click(&root, "button.embed-builder__open");
        settle().await;
        Builder {
            root,
            _handle: Box::new(handle),
        }
    }

    fn snippet(&self) -> String {
        text(&self.root, ".embed-builder__snippet code").expect("the snippet is shown")
    }

    async fn choose(&self, field: &str, value: &str) {
        let selector = format!("[data-embed-field=\"{field}\"]");
        assert!(
            choose(&self.root, &selector, value),
            "{field} has no option {value}"
        );
        settle().await;
    }
}

impl Drop for Builder {
    fn drop(&mut self) {
        self.root.remove();
    }
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
             title=\"Coppa Italia 2002-03 – Tabellone – Roma\" width=\"100%\" height=\"640\" \
             sandbox=\"allow-scripts\" loading=\"lazy\"></iframe>\n\
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
    builder.choose("theme", "dark").await;
    assert!(builder
        .snippet()
        .contains("?view=scorers&amp;team=milan&amp;lang=en&amp;theme=dark&amp;embed=1\""));
    assert_eq!(
        attr(&builder.root, "iframe.embed-builder__preview", "src").as_deref(),
        Some("./?view=scorers&team=milan&lang=en&theme=dark&embed=1")
    );

    builder.choose("team", "").await;
    assert!(builder
        .snippet()
        .contains("?view=scorers&amp;lang=en&amp;theme=dark&amp;embed=1\""));

    check(&builder.root, "input[data-embed-style=\"script\"]");
    settle().await;
    assert_eq!(
        builder.snippet(),
        format!(
            "<div data-coppa-view=\"scorers\" data-coppa-lang=\"en\" data-coppa-theme=\"dark\"></div>\n\
             <script type=\"module\" src=\"{base}embed.js\"></script>"
        )
    );
}

#[wasm_bindgen_test]
async fn the_club_list_has_every_club_by_name_and_none() {
    let builder = Builder::open(&SEASON, AppState::default()).await;
    let names = option_texts(&builder.root, "[data-embed-field=\"team\"]");
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
    assert_eq!(count(&builder.root, "img, b, script"), 0);
    let names = option_texts(&builder.root, "[data-embed-field=\"team\"]");
    assert!(names.contains(&"<img src=x onerror=\"document.title='pwned'\">".to_owned()));

    let snippet = builder.snippet();
    assert_eq!(count(&builder.root, ".embed-builder__snippet code *"), 0);
    assert!(snippet.contains(
        "– &lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;\" width"
    ));
    builder.choose("team", "milan").await;
    let snippet = builder.snippet();
    assert!(snippet.contains("– &quot;&gt;&lt;b&gt;Milan&lt;/b&gt;&lt;script&gt;"));
    assert_eq!(snippet.matches('<').count(), 4, "{snippet}");
    assert_eq!(count(&builder.root, "img, b, script"), 0);
    assert_eq!(document().title(), title);
}

#[wasm_bindgen_test]
async fn escape_and_close_shut_the_panel_and_give_focus_back() {
    let builder = Builder::open(&SEASON, AppState::default()).await;
    assert_eq!(count(&builder.root, "section.embed-builder"), 1);
    assert_eq!(
        attr(&builder.root, "button.embed-builder__open", "aria-expanded").as_deref(),
        Some("true")
    );
    press_on(&builder.root, "[data-embed-field=\"theme\"]", "Escape");
    settle().await;
    assert_eq!(count(&builder.root, "section.embed-builder"), 0);
    assert!(focused_matches(&builder.root, "button.embed-builder__open"));
    assert_eq!(
        attr(&builder.root, "button.embed-builder__open", "aria-expanded").as_deref(),
        Some("false")
    );

    click(&builder.root, "button.embed-builder__open");
    settle().await;
    click(&builder.root, "button.embed-builder__close");
    settle().await;
    assert_eq!(count(&builder.root, "section.embed-builder"), 0);
    assert!(focused_matches(&builder.root, "button.embed-builder__open"));
}

#[wasm_bindgen_test]
async fn a_widget_reads_its_attributes_like_a_link() {
    let container = shadow_host();
    mount_widget(
        container.clone(),
        Some("bracket".into()),
        Some("roma".into()),
        Some("it".into()),
        None,
    );
    settle().await;
    assert_eq!(count(&container, ".coppa.coppa--embed"), 1);
    assert_eq!(attr(&container, ".coppa", "lang").as_deref(), Some("it"));
    assert_eq!(count(&container, ".tie.is-on-path"), 4);
    assert_eq!(count(&container, ".coppa-header, .notice"), 0);
    remove_host(&container);
}

#[wasm_bindgen_test]
async fn a_widget_with_hostile_attributes_falls_back_and_says_so_as_text() {
    let container = shadow_host();
    mount_widget(
        container.clone(),
        Some("<svg onload=alert(1)>".into()),
        Some("<img src=x onerror=alert(1)>".into()),
        Some("klingon".into()),
        Some("neon".into()),
    );
    settle().await;
    let note = text(&container, ".notice").expect("a note about the attributes");
    assert!(note.contains("<img src=x onerror=alert(1)>"), "{note}");
    assert!(note.contains("<svg onload=alert(1)>"), "{note}");
    assert_eq!(count(&container, ".notice img, .notice svg"), 0);
    assert_eq!(
        attr(&container, "main#coppa-main", "data-view").as_deref(),
        Some("standings")
    );
    assert_eq!(
        attr(&container, ".coppa", "data-theme").as_deref(),
        Some("auto")
    );
    remove_host(&container);
}

/// Takes a widget's host element (and so the widget) out of the page.
fn remove_host(container: &HtmlElement) {
    container
        .get_root_node()
        .unchecked_into::<ShadowRoot>()
        .host()
        .remove();
}
