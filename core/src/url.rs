//! The app's state as it lives in the URL: `?view=…&team=…&lang=…&theme=…&embed=1`.
//!
//! A prerendered release has a document per view: `bracket.html?team=roma` names the view by its
//! document ([`View::document`]), so a host that cannot pick a document by the query still sends a
//! reader only that view's bytes. `index.html` holds the default view's; old `?view=` links to it keep
//! working (the release's `select.js` sends them on to their view's document, and the app reads them).
//!
//! Parsing never fails: a value the app does not know falls back to the default and is reported as a
//! [`UrlWarning`], so a mistyped or hostile link (or widget attribute) still opens a working page with a
//! note saying why.

use crate::model::{ClubId, Season};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Standings,
    Bracket,
    Scorers,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    It,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

/// Everything a link can restore. `lang: None` means "not in the URL": use the browser's preference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct AppState {
    pub view: View,
    pub team: Option<ClubId>,
    pub lang: Option<Lang>,
    pub theme: Theme,
    pub embed: bool,
}

impl View {
    pub const ALL: [View; 3] = [View::Standings, View::Bracket, View::Scorers];

    /// The value in `?view=` and in `data-view` attributes.
    pub const fn key(self) -> &'static str {
        match self {
            View::Standings => "standings",
            View::Bracket => "bracket",
            View::Scorers => "scorers",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    /// The file of the view's own document in a prerendered release, beside `index.html`.
    pub const fn document(self) -> &'static str {
        match self {
            View::Standings => "standings.html",
            View::Bracket => "bracket.html",
            View::Scorers => "scorers.html",
        }
    }

    /// The view whose own document the last segment of `path` names: `…/bracket.html`, or `…/bracket`
    /// where a host serves it without the extension. `None` for a folder (`…/coppa/`) or any other file.
    pub fn from_path(path: &str) -> Option<View> {
        let file = path.rsplit('/').next().unwrap_or_default();
        View::ALL
            .into_iter()
            .find(|v| file == v.document() || file == v.key())
    }
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::It];

    /// The value in `?lang=` and in `<html lang>`.
    pub const fn key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
        }
    }

    pub fn from_key(key: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == key)
    }

    /// The language for a BCP 47 tag such as `navigator.language` ("it-IT" → Italian), `None` if unsupported.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::from_key(&primary.trim().to_ascii_lowercase())
    }
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The value in `?theme=` and in the root's `data-theme`.
    pub const fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// The start of a script-tag widget's attributes: `data-coppa-` and a setting's key.
pub const ATTRIBUTE_PREFIX: &str = "data-coppa-";

/// Where a setting can be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Carrier {
    /// The query string, and `data-coppa-<key>` on a widget's element.
    LinkAndWidget,
    /// The query string only.
    Link,
}

/// Declares the settings: the enum, its list and each one's key and carrier, from one table.
macro_rules! settings {
    ($($(#[$doc:meta])* $setting:ident = $key:literal, $carrier:ident;)+) => {
        /// One piece of the state: a key of the query string and, for most, `data-coppa-<key>` on a
        /// widget's element. This declaration drives the links ([`to_query`], [`parse_query`]), the
        /// widget's attributes ([`parse_widget`]), `embed.js`'s selector, the builder's snippets and
        /// the README's table ([`crate::contract`]).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Setting {
            $($(#[$doc])* $setting,)+
        }

        impl Setting {
            /// Every setting, in the order links, snippets and the README's table write them.
            pub const ALL: [Setting; [$($key),+].len()] = [$(Setting::$setting),+];

            /// The query key, and the attribute's name after `data-coppa-`.
            pub const fn key(self) -> &'static str {
                match self {
                    $(Setting::$setting => $key,)+
                }
            }

            /// Where the setting can be given.
            pub const fn carrier(self) -> Carrier {
                match self {
                    $(Setting::$setting => Carrier::$carrier,)+
                }
            }
        }
    };
}

settings! {
    /// Which view shows.
    View = "view", LinkAndWidget;
    /// The followed club.
    Team = "team", LinkAndWidget;
    /// The language; without it, the reader's browser language.
    Lang = "lang", LinkAndWidget;
    /// Light, dark or the system's.
    Theme = "theme", LinkAndWidget;
    /// The page without its title, summary and switches, for an iframe (a widget always is).
    Embed = "embed", Link;
}

impl Setting {
    pub fn from_key(key: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Whether a script-tag widget's element carries this setting.
    pub const fn in_widget(self) -> bool {
        matches!(self.carrier(), Carrier::LinkAndWidget)
    }

    /// The widget element's attribute (`data-coppa-team`), `None` for a setting only links carry.
    pub fn attribute(self) -> Option<String> {
        self.in_widget()
            .then(|| format!("{ATTRIBUTE_PREFIX}{}", self.key()))
    }

    /// The value that links leave out: the one a missing setting means. `None` where leaving the
    /// setting out means something no value says (no club, the browser's language, not embedded).
    pub const fn default_value(self) -> Option<&'static str> {
        match self {
            Setting::View => Some(View::Standings.key()),
            Setting::Theme => Some(Theme::Auto.key()),
            Setting::Team | Setting::Lang | Setting::Embed => None,
        }
    }

    /// This setting's value in `state`, as a link or an attribute writes it, the default included;
    /// `None` where there is nothing to write (no club, no language, not embedded).
    pub fn value(self, season: &Season, state: &AppState) -> Option<&'static str> {
        match self {
            Setting::View => Some(state.view.key()),
            Setting::Team => state
                .team
                .and_then(|t| season.clubs.get(usize::from(t.0)))
                .map(|club| club.slug),
            Setting::Lang => state.lang.map(Lang::key),
            Setting::Theme => Some(state.theme.key()),
            Setting::Embed => state.embed.then_some("1"),
        }
    }

    /// This setting's value in `state` as a link writes it: `None` at the default.
    pub fn value_unless_default(self, season: &Season, state: &AppState) -> Option<&'static str> {
        self.value(season, state)
            .filter(|value| Some(*value) != self.default_value())
    }
}

/// Where a value came from, so that a note about it can say where to fix it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// The page's query string.
    Link,
    /// A `data-coppa-*` attribute of a script-tag widget's element.
    Attribute,
}

/// A value the app did not understand; the page shows it (as text) next to what it did instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlWarning {
    pub setting: Setting,
    pub origin: Origin,
    /// The decoded value, control characters replaced and cut to [`WARNING_VALUE_CHARS`] characters.
    pub value: String,
}

/// Longest value a warning repeats back, so a 10 000-character link cannot flood the page.
pub const WARNING_VALUE_CHARS: usize = 40;

/// Reads the state from a query string (with or without the leading `?`). Unknown keys are ignored; for
/// a repeated key the first occurrence counts, as in `URLSearchParams.get`.
pub fn parse_query(season: &Season, query: &str) -> (AppState, Vec<UrlWarning>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let pairs = query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(raw_key), decode(raw_value))
    });
    parse_pairs(season, Origin::Link, pairs)
}

/// Reads the state from the `page` and its address's `query`: a view's own document ([`Page::view`])
/// names the view, and a `?view=` beside it is ignored; otherwise as [`parse_query`].
pub fn parse_location(season: &Season, page: &Page, query: &str) -> (AppState, Vec<UrlWarning>) {
    let (mut state, mut warnings) = parse_query(season, query);
    if let Some(view) = page.view() {
        state.view = view;
        warnings.retain(|warning| warning.setting != Setting::View);
    }
    (state, warnings)
}

/// Reads the state from already decoded key/value pairs: the query string's, or an embed's
/// `data-coppa-*` attributes (keys without the prefix). Same rules as [`parse_query`], which calls it;
/// each warning carries `origin`.
pub fn parse_pairs<K, V>(
    season: &Season,
    origin: Origin,
    pairs: impl IntoIterator<Item = (K, V)>,
) -> (AppState, Vec<UrlWarning>)
where
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut state = AppState::default();
    let mut warnings = Vec::new();
    let mut seen: Vec<Setting> = Vec::new();
    for (key, value) in pairs {
        let Some(setting) = Setting::from_key(key.as_ref()) else {
            continue;
        };
        if seen.contains(&setting) {
            continue;
        }
        seen.push(setting);
        let value = value.as_ref();
        let wanted = value.trim().to_ascii_lowercase();
        let understood = match setting {
            Setting::View => View::from_key(&wanted).map(|v| state.view = v),
            Setting::Team => team_from(season, value.trim()).map(|t| state.team = t),
            Setting::Lang => Lang::from_tag(&wanted).map(|l| state.lang = Some(l)),
            Setting::Theme => Theme::from_key(&wanted).map(|t| state.theme = t),
            Setting::Embed => embed_from(&wanted).map(|e| state.embed = e),
        };
        if understood.is_none() {
            warnings.push(UrlWarning {
                setting,
                origin,
                value: shorten(value),
            });
        }
    }
    (state, warnings)
}

/// A script-tag widget's state from its element's attributes, each given as its setting and the
/// value as written: the query's rules, each warning naming the attribute. A widget is always
/// embedded, and a setting only links carry is ignored.
pub fn parse_widget<V: AsRef<str>>(
    season: &Season,
    given: impl IntoIterator<Item = (Setting, V)>,
) -> (AppState, Vec<UrlWarning>) {
    let pairs = given
        .into_iter()
        .filter(|(setting, _)| setting.in_widget())
        .map(|(setting, value)| (setting.key(), value));
    let (state, warnings) = parse_pairs(season, Origin::Attribute, pairs);
    let state = AppState {
        embed: true,
        ..state
    };
    (state, warnings)
}

/// Writes the state as a query string without the leading `?` ("" when everything is the default).
/// Defaults are left out and keys always come in the same order, so equal states give equal links.
pub fn to_query(season: &Season, state: &AppState) -> String {
    Setting::ALL
        .into_iter()
        .filter_map(|setting| {
            let value = setting.value_unless_default(season, state)?;
            Some(format!("{}={}", setting.key(), encode(value)))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// On `<html>`, written by `scripts/prerender.mjs`: the page is a prerendered release's, with a document
/// per view beside it ([`Documents::PerView`]).
pub const DOCUMENTS_ATTRIBUTE: &str = "data-coppa-documents";
/// On `<html>` of a view's own document, written by `scripts/prerender.mjs`: the view's key. The document
/// holds that view alone, so it is the view shown under a name that names none (a host's renamed
/// `coppa-bracket.html`).
pub const DOCUMENT_ATTRIBUTE: &str = "data-coppa-document";

/// Where a page's links and address bar lead for each view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Documents {
    /// One document holds every view: `?view=bracket` (a debug build, the tests' page).
    One,
    /// A prerendered release: each view has its own document ([`View::document`]).
    PerView,
}

/// The page the app runs in: its address's path and what `scripts/prerender.mjs` marked on its `<html>`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Page<'a> {
    /// "/blog/coppa/bracket.html"
    pub path: &'a str,
    /// [`DOCUMENTS_ATTRIBUTE`] is on `<html>`.
    pub marked: bool,
    /// The value of [`DOCUMENT_ATTRIBUTE`], if any.
    pub document: Option<&'a str>,
}

impl Page<'_> {
    /// The view of this page's address: the one its path names ([`View::from_path`]), else the one its
    /// mark names (a view's document that a host renamed); `None` for `index.html`, whose view is the
    /// query's. The path comes first: once the app has moved the address bar to another view's document,
    /// the mark still names the view the page was loaded with.
    pub fn view(&self) -> Option<View> {
        View::from_path(self.path).or_else(|| self.document.and_then(View::from_key))
    }

    /// One document per view if the page is marked so, or is a view's own document itself (its `?view=`
    /// would be ignored).
    pub fn documents(&self) -> Documents {
        if self.marked || self.view().is_some() {
            Documents::PerView
        } else {
            Documents::One
        }
    }
}

/// The link to `state` from a page in the same folder, as the view tabs carry it: "?view=bracket&team=roma",
/// or with a document per view "bracket.html?team=roma". Every link names its document then, the first
/// view's too, so that the address says the view.
pub fn link(season: &Season, state: &AppState, documents: Documents) -> String {
    match documents {
        Documents::One => format!("?{}", to_query(season, state)),
        Documents::PerView => {
            with_query(state.view.document(), &query_beside_document(season, state))
        }
    }
}

/// The address of `state` for the address bar of `page`, its `hash` (fragment) kept:
/// "/blog/coppa/?view=bracket#top" (no `?` for an empty query), or with a document per view
/// "/blog/coppa/bracket.html#top", and the page's own path while it shows its own view (a host's clean
/// "/coppa/bracket", a renamed file). Only the query, or the file in the path's folder, changes: any
/// sub-path works.
pub fn address(season: &Season, state: &AppState, page: &Page, hash: &str) -> String {
    let documents = page.documents();
    let page_and_query = match documents {
        Documents::One => with_query(page.path, &to_query(season, state)),
        Documents::PerView if page.view() == Some(state.view) => {
            with_query(page.path, &query_beside_document(season, state))
        }
        Documents::PerView => {
            let folder = page.path.rfind('/').map_or("", |end| &page.path[..=end]);
            format!("{folder}{}", link(season, state, documents))
        }
    };
    format!("{page_and_query}{hash}")
}

/// The query of `state` beside the view's own document, which names the view.
fn query_beside_document(season: &Season, state: &AppState) -> String {
    to_query(
        season,
        &AppState {
            view: View::default(),
            ..*state
        },
    )
}

/// `page` with `query` after a `?`, or alone for an empty query.
fn with_query(page: &str, query: &str) -> String {
    let separator = if query.is_empty() { "" } else { "?" };
    format!("{page}{separator}{query}")
}

/// Whether the change from `last` to `next` gets a history entry of its own (Back returns to `last`):
/// a new view or club does; a language or theme switch replaces the entry. In an embed it never does,
/// or a pushed entry would hijack the host page's Back button.
pub fn is_new_entry(last: &AppState, next: &AppState) -> bool {
    !next.embed && (next.view, next.team) != (last.view, last.team)
}

/// An empty value means "all clubs"; otherwise a slug, else any name or alias the search understands.
fn team_from(season: &Season, value: &str) -> Option<Option<ClubId>> {
    if value.is_empty() {
        return Some(None);
    }
    season
        .club_by_slug(&value.to_ascii_lowercase())
        .or_else(|| crate::search::best_match(season, value))
        .map(Some)
}

/// The values of `embed` that turn it on (trimmed and lower-cased first).
pub const EMBED_ON: [&str; 3] = ["1", "true", "yes"];
/// The values of `embed` that leave it off; any other is reported.
pub const EMBED_OFF: [&str; 4] = ["", "0", "false", "no"];

fn embed_from(value: &str) -> Option<bool> {
    if EMBED_ON.contains(&value) {
        Some(true)
    } else if EMBED_OFF.contains(&value) {
        Some(false)
    } else {
        None
    }
}

/// `application/x-www-form-urlencoded` decoding: `+` is a space, `%XX` a byte; a malformed escape is
/// kept literally and invalid UTF-8 becomes U+FFFD, as browsers do.
fn decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| {
                    let h = std::str::from_utf8(h).ok()?;
                    u8::from_str_radix(h, 16)
                        .ok()
                        .filter(|_| !h.starts_with('+'))
                });
                if let Some(byte) = hex {
                    out.push(byte);
                    i += 2;
                } else {
                    out.push(b'%');
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Control characters become U+FFFD and the text is cut to [`WARNING_VALUE_CHARS`] characters,
/// the last one an ellipsis when something was cut: fit to repeat user text back in a message.
pub fn shorten(value: &str) -> String {
    let clean = value
        .chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c });
    if value.chars().count() <= WARNING_VALUE_CHARS {
        clean.collect()
    } else {
        clean
            .take(WARNING_VALUE_CHARS - 1)
            .chain(std::iter::once('…'))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{AURORA, CITTA, MONTE, SEASON};
    use proptest::prelude::*;

    fn state(view: View, team: Option<ClubId>) -> AppState {
        AppState {
            view,
            team,
            ..AppState::default()
        }
    }

    /// A page at `path` that no build marked: a debug build's, the tests'.
    fn unmarked(path: &str) -> Page<'_> {
        Page {
            path,
            ..Page::default()
        }
    }

    /// A prerendered release's page at `path`.
    fn marked(path: &str) -> Page<'_> {
        marked_as(path, View::from_path(path).map(View::key))
    }

    /// A prerendered release's page at `path` whose `<html>` names `document` as its view.
    fn marked_as<'a>(path: &'a str, document: Option<&'a str>) -> Page<'a> {
        Page {
            path,
            marked: true,
            document,
        }
    }

    #[test]
    fn an_address_keeps_the_path_and_fragment() {
        let bracket = state(View::Bracket, Some(AURORA));
        assert_eq!(
            address(&SEASON, &bracket, &unmarked("/blog/coppa/"), "#top"),
            "/blog/coppa/?view=bracket&team=aurora#top"
        );
        assert_eq!(
            address(&SEASON, &AppState::default(), &unmarked("/"), ""),
            "/"
        );
        assert_eq!(
            address(
                &SEASON,
                &AppState::default(),
                &unmarked("/x/"),
                "#coppa-main"
            ),
            "/x/#coppa-main"
        );
    }

    #[test]
    fn with_a_document_per_view_the_address_names_the_view_by_its_file_in_the_same_folder() {
        let bracket = state(View::Bracket, Some(AURORA));
        assert_eq!(
            address(&SEASON, &bracket, &marked("/blog/coppa/"), "#top"),
            "/blog/coppa/bracket.html?team=aurora#top"
        );
        assert_eq!(
            address(
                &SEASON,
                &AppState::default(),
                &marked("/blog/coppa/scorers.html"),
                ""
            ),
            "/blog/coppa/standings.html"
        );
        // A host that serves the documents without their extension: the next one is named in full…
        assert_eq!(
            address(&SEASON, &bracket, &unmarked("/coppa/scorers"), ""),
            "/coppa/bracket.html?team=aurora"
        );
        // … and the page's own address is kept while it shows its own view.
        assert_eq!(
            address(&SEASON, &bracket, &unmarked("/coppa/bracket"), "#top"),
            "/coppa/bracket?team=aurora#top"
        );
    }

    #[test]
    fn a_renamed_views_document_keeps_its_name_and_its_view() {
        let renamed = marked_as("/blog/coppa-bracket.html", Some("bracket"));
        assert_eq!(renamed.view(), Some(View::Bracket));
        let (state, warnings) = parse_location(&SEASON, &renamed, "view=scorers&team=aurora");
        assert_eq!((state.view, state.team), (View::Bracket, Some(AURORA)));
        assert!(warnings.is_empty());
        assert_eq!(
            address(&SEASON, &state, &renamed, ""),
            "/blog/coppa-bracket.html?team=aurora"
        );
        // Another view is another document, beside it.
        let scorers = AppState {
            view: View::Scorers,
            ..state
        };
        assert_eq!(
            address(&SEASON, &scorers, &renamed, ""),
            "/blog/scorers.html?team=aurora"
        );
    }

    #[test]
    fn a_page_has_a_document_per_view_if_marked_so_or_if_it_is_one() {
        assert_eq!(marked("/blog/coppa/").documents(), Documents::PerView);
        assert_eq!(unmarked("/blog/coppa/").documents(), Documents::One);
        assert_eq!(unmarked("/coppa/index.html").documents(), Documents::One);
        // Unmarked yet a view's own document: its `?view=` would be ignored, so none is written.
        assert_eq!(
            unmarked("/coppa/bracket.html").documents(),
            Documents::PerView
        );
        assert_eq!(unmarked("/coppa/scorers").documents(), Documents::PerView);
        // A path that names no view leaves the mark to say, if it names a view.
        assert_eq!(
            marked_as("/coppa/c.html", Some("bracket")).view(),
            Some(View::Bracket)
        );
        assert_eq!(marked_as("/coppa/c.html", Some("nonsense")).view(), None);
        assert_eq!(marked("/coppa/").view(), None);
    }

    #[test]
    fn once_the_address_bar_names_another_views_document_the_path_says_the_view() {
        // scorers.html, after the app has moved the address bar to the bracket: Back and the next
        // address follow the bracket, not the mark the page was loaded with.
        let moved = marked_as("/coppa/bracket.html", Some("scorers"));
        assert_eq!(moved.view(), Some(View::Bracket));
        let (state, _) = parse_location(&SEASON, &moved, "team=aurora");
        assert_eq!(state.view, View::Bracket);
        let scorers = AppState {
            view: View::Scorers,
            ..state
        };
        assert_eq!(
            address(&SEASON, &scorers, &moved, ""),
            "/coppa/scorers.html?team=aurora"
        );
        assert_eq!(
            address(&SEASON, &state, &moved, ""),
            "/coppa/bracket.html?team=aurora"
        );
    }

    #[test]
    fn a_link_names_the_view_by_the_query_or_by_its_document() {
        let scorers = state(View::Scorers, Some(CITTA));
        assert_eq!(
            link(&SEASON, &scorers, Documents::One),
            "?view=scorers&team=citta-nuova"
        );
        assert_eq!(
            link(&SEASON, &scorers, Documents::PerView),
            "scorers.html?team=citta-nuova"
        );
        assert_eq!(link(&SEASON, &AppState::default(), Documents::One), "?");
        assert_eq!(
            link(&SEASON, &AppState::default(), Documents::PerView),
            "standings.html"
        );
    }

    #[test]
    fn a_view_is_named_by_its_document_with_or_without_the_extension() {
        for view in View::ALL {
            assert_eq!(
                View::from_path(&format!("/blog/coppa/{}", view.document())),
                Some(view)
            );
            assert_eq!(
                View::from_path(&format!("/blog/coppa/{}", view.key())),
                Some(view)
            );
            assert_eq!(View::from_path(view.document()), Some(view));
        }
        for path in [
            "/",
            "/blog/coppa/",
            "/blog/bracket/",
            "/coppa/index.html",
            "/coppa/Bracket.html",
            "/coppa/bracket.htm",
            "",
        ] {
            assert_eq!(View::from_path(path), None, "{path}");
        }
    }

    #[test]
    fn a_views_document_names_the_view_over_the_query() {
        let (state, warnings) = parse_location(
            &SEASON,
            &marked("/coppa/bracket.html"),
            "?view=scorers&team=monte",
        );
        assert_eq!((state.view, state.team), (View::Bracket, Some(MONTE)));
        assert!(warnings.is_empty());
        // So an unknown `?view=` there is no mistake worth a note either.
        let (state, warnings) = parse_location(
            &SEASON,
            &unmarked("/coppa/scorers.html"),
            "view=nonsense&lang=xx",
        );
        assert_eq!(state.view, View::Scorers);
        assert_eq!(warnings, [warning(Setting::Lang, "xx")]);
        // Anywhere else the query names it, as before.
        assert_eq!(
            parse_location(&SEASON, &marked("/coppa/"), "view=scorers"),
            parse("view=scorers")
        );
        assert_eq!(
            parse_location(&SEASON, &unmarked("/coppa/index.html"), "view=nonsense"),
            parse("view=nonsense")
        );
    }

    #[test]
    fn only_a_new_view_or_club_outside_an_embed_gets_a_history_entry() {
        let last = AppState::default();
        let with = |edit: fn(&mut AppState)| {
            let mut next = last;
            edit(&mut next);
            next
        };
        assert!(is_new_entry(&last, &with(|s| s.view = View::Bracket)));
        assert!(is_new_entry(&last, &with(|s| s.team = Some(AURORA))));
        assert!(!is_new_entry(&last, &with(|s| s.lang = Some(Lang::It))));
        assert!(!is_new_entry(&last, &with(|s| s.theme = Theme::Dark)));
        assert!(!is_new_entry(&last, &last));
        let embedded = with(|s| s.embed = true);
        let moved = AppState {
            view: View::Scorers,
            ..embedded
        };
        assert!(!is_new_entry(&embedded, &moved));
    }

    fn parse(query: &str) -> (AppState, Vec<UrlWarning>) {
        parse_query(&SEASON, query)
    }

    fn warning(setting: Setting, value: &str) -> UrlWarning {
        UrlWarning {
            setting,
            origin: Origin::Link,
            value: value.to_owned(),
        }
    }

    fn attribute_warning(setting: Setting, value: &str) -> UrlWarning {
        UrlWarning {
            origin: Origin::Attribute,
            ..warning(setting, value)
        }
    }

    #[test]
    fn every_setting_is_known_by_its_key() {
        for setting in Setting::ALL {
            assert_eq!(Setting::from_key(setting.key()), Some(setting));
        }
        assert_eq!(Setting::from_key("data-coppa-team"), None);
        assert_eq!(Setting::from_key("Team"), None);
    }

    #[test]
    fn a_widget_carries_every_setting_but_embed_as_a_data_coppa_attribute() {
        let attributes: Vec<Option<String>> = Setting::ALL.map(Setting::attribute).into();
        assert_eq!(
            attributes,
            [
                Some("data-coppa-view".to_owned()),
                Some("data-coppa-team".to_owned()),
                Some("data-coppa-lang".to_owned()),
                Some("data-coppa-theme".to_owned()),
                None,
            ]
        );
    }

    #[test]
    fn the_default_values_are_the_default_states() {
        let state = AppState::default();
        for setting in Setting::ALL {
            assert_eq!(
                setting.default_value(),
                setting.value(&SEASON, &state),
                "{setting:?}"
            );
            assert_eq!(setting.value_unless_default(&SEASON, &state), None);
        }
    }

    #[test]
    fn a_widget_is_always_embedded_and_ignores_the_embed_setting() {
        let (state, warnings) = parse_widget(
            &SEASON,
            [
                (Setting::Embed, "no"),
                (Setting::View, " Scorers "),
                (Setting::Team, "Aurora"),
                (Setting::Theme, "neon"),
            ],
        );
        assert_eq!(
            state,
            AppState {
                view: View::Scorers,
                team: Some(AURORA),
                lang: None,
                theme: Theme::Auto,
                embed: true,
            }
        );
        assert_eq!(warnings, vec![attribute_warning(Setting::Theme, "neon")]);
        assert_eq!(
            parse_widget(&SEASON, [] as [(Setting, &str); 0]),
            (
                AppState {
                    embed: true,
                    ..AppState::default()
                },
                vec![]
            )
        );
    }

    #[test]
    fn an_empty_query_is_the_default_state() {
        assert_eq!(parse(""), (AppState::default(), vec![]));
        assert_eq!(parse("?"), (AppState::default(), vec![]));
        assert_eq!(to_query(&SEASON, &AppState::default()), "");
    }

    #[test]
    fn reads_every_key() {
        let (state, warnings) = parse("?view=bracket&team=aurora&lang=it&theme=dark&embed=1");
        assert_eq!(warnings, vec![]);
        assert_eq!(
            state,
            AppState {
                view: View::Bracket,
                team: Some(AURORA),
                lang: Some(Lang::It),
                theme: Theme::Dark,
                embed: true,
            }
        );
    }

    #[test]
    fn writes_keys_in_a_stable_order_and_omits_defaults() {
        let state = AppState {
            view: View::Scorers,
            team: Some(CITTA),
            lang: Some(Lang::En),
            theme: Theme::Light,
            embed: true,
        };
        assert_eq!(
            to_query(&SEASON, &state),
            "view=scorers&team=citta-nuova&lang=en&theme=light&embed=1"
        );
        let only_team = AppState {
            team: Some(MONTE),
            ..AppState::default()
        };
        assert_eq!(to_query(&SEASON, &only_team), "team=monte");
    }

    #[test]
    fn every_club_slug_round_trips() {
        for (i, club) in SEASON.clubs.iter().enumerate() {
            let state = AppState {
                team: Some(ClubId(i as u8)),
                ..AppState::default()
            };
            let query = to_query(&SEASON, &state);
            assert_eq!(query, format!("team={}", club.slug));
            assert_eq!(parse(&query), (state, vec![]), "{}", club.slug);
        }
    }

    #[test]
    fn every_view_lang_theme_and_embed_round_trips() {
        for view in View::ALL {
            for lang in [None, Some(Lang::En), Some(Lang::It)] {
                for theme in Theme::ALL {
                    for embed in [false, true] {
                        let state = AppState {
                            view,
                            team: Some(AURORA),
                            lang,
                            theme,
                            embed,
                        };
                        let query = to_query(&SEASON, &state);
                        assert_eq!(parse(&query), (state, vec![]), "{query}");
                    }
                }
            }
        }
    }

    #[test]
    fn percent_escapes_and_plus_are_decoded() {
        assert_eq!(parse("team=citta%2Dnuova").0.team, Some(CITTA));
        assert_eq!(parse("team=Borgo+San+Pietro").0.team, Some(ClubId(1)));
        assert_eq!(parse("team=Citt%C3%A0%20Nuova").0.team, Some(CITTA));
        assert_eq!(parse("%76iew=bracket").0.view, View::Bracket);
    }

    #[test]
    fn values_are_matched_without_regard_to_case_or_spaces() {
        let (state, warnings) = parse("view=%20Bracket%20&theme=DARK&lang=it-IT&team=AURORA");
        assert_eq!(warnings, vec![]);
        assert_eq!(state.view, View::Bracket);
        assert_eq!(state.theme, Theme::Dark);
        assert_eq!(state.lang, Some(Lang::It));
        assert_eq!(state.team, Some(AURORA));
    }

    #[test]
    fn a_team_may_be_given_by_name_or_alias() {
        assert_eq!(parse("team=US+Aurora").0.team, Some(AURORA));
        assert_eq!(parse("team=Cittanova").0.team, Some(CITTA));
        assert_eq!(parse("team=A.C.+Monte").0.team, Some(MONTE));
    }

    #[test]
    fn unknown_keys_are_ignored_and_the_first_of_a_repeated_key_counts() {
        let (state, warnings) = parse("utm_source=blog&view=scorers&view=bracket&&=x&fbclid=1");
        assert_eq!(warnings, vec![]);
        assert_eq!(state.view, View::Scorers);
    }

    #[test]
    fn unknown_values_fall_back_with_a_warning_each() {
        let (state, warnings) = parse("view=table&team=atlantis&lang=fr&theme=sepia&embed=maybe");
        assert_eq!(state, AppState::default());
        assert_eq!(
            warnings,
            vec![
                warning(Setting::View, "table"),
                warning(Setting::Team, "atlantis"),
                warning(Setting::Lang, "fr"),
                warning(Setting::Theme, "sepia"),
                warning(Setting::Embed, "maybe"),
            ]
        );
    }

    #[test]
    fn empty_values_are_defaults_without_a_warning() {
        let (state, warnings) = parse("team=&embed&lang=it");
        assert_eq!(warnings, vec![]);
        assert_eq!(state.team, None);
        assert!(!state.embed);
        assert_eq!(state.lang, Some(Lang::It));
    }

    #[test]
    fn a_script_tag_is_reported_verbatim_as_data() {
        let (state, warnings) = parse("team=%3Cscript%3Ealert(1)%3C%2Fscript%3E&view=bracket");
        assert_eq!(state.team, None);
        assert_eq!(state.view, View::Bracket);
        assert_eq!(
            warnings,
            vec![warning(Setting::Team, "<script>alert(1)</script>")]
        );
    }

    #[test]
    fn a_huge_value_is_cut_to_forty_characters() {
        let query = format!("team={}", "a".repeat(10_000));
        let (state, warnings) = parse(&query);
        assert_eq!(state.team, None);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].value.chars().count(), WARNING_VALUE_CHARS);
        assert_eq!(warnings[0].value, format!("{}…", "a".repeat(39)));
    }

    #[test]
    fn a_value_of_exactly_forty_characters_is_kept_whole() {
        let value = "é".repeat(WARNING_VALUE_CHARS);
        let (_, warnings) = parse(&format!("view={value}"));
        assert_eq!(warnings, vec![warning(Setting::View, &value)]);
    }

    #[test]
    fn invalid_escapes_are_kept_literally() {
        assert_eq!(parse("view=%zz%4").1, vec![warning(Setting::View, "%zz%4")]);
        assert_eq!(parse("view=%+1").1, vec![warning(Setting::View, "% 1")]);
        assert_eq!(parse("view=%").1, vec![warning(Setting::View, "%")]);
    }

    #[test]
    fn nul_and_control_characters_are_replaced_in_warnings() {
        assert_eq!(
            parse("team=a%00b%0Ac").1,
            vec![warning(Setting::Team, "a\u{FFFD}b\u{FFFD}c")]
        );
    }

    #[test]
    fn invalid_utf8_becomes_the_replacement_character() {
        assert_eq!(
            parse("theme=%FF%FE").1,
            vec![warning(Setting::Theme, "\u{FFFD}\u{FFFD}")]
        );
    }

    #[test]
    fn a_team_id_outside_the_season_is_left_out() {
        let state = AppState {
            team: Some(ClubId(200)),
            ..AppState::default()
        };
        assert_eq!(to_query(&SEASON, &state), "");
    }

    #[test]
    fn language_tags_map_to_their_primary_language() {
        assert_eq!(Lang::from_tag("it-IT"), Some(Lang::It));
        assert_eq!(Lang::from_tag("IT"), Some(Lang::It));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de-DE"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn embed_attribute_pairs_follow_the_query_rules_without_decoding() {
        let pairs = [
            ("view", "Bracket"),
            ("team", "citta%2Dnuova"),
            ("lang", "it"),
        ];
        let (state, warnings) = parse_pairs(&SEASON, Origin::Attribute, pairs);
        assert_eq!(state.view, View::Bracket);
        assert_eq!(state.team, None);
        assert_eq!(state.lang, Some(Lang::It));
        assert_eq!(
            warnings,
            vec![attribute_warning(Setting::Team, "citta%2Dnuova")]
        );
        let hostile = [
            ("team", "<img src=x onerror=alert(1)>"),
            ("theme", "x\u{0}y"),
        ];
        let (state, warnings) = parse_pairs(&SEASON, Origin::Attribute, hostile);
        assert_eq!(state, AppState::default());
        assert_eq!(
            warnings,
            vec![
                attribute_warning(Setting::Team, "<img src=x onerror=alert(1)>"),
                attribute_warning(Setting::Theme, "x\u{FFFD}y")
            ]
        );
        assert_eq!(
            parse_pairs(
                &SEASON,
                Origin::Attribute,
                [("team", "Monte"), ("embed", "1")]
            )
            .0,
            parse("team=Monte&embed=1").0
        );
    }

    proptest! {
        #[test]
        fn parsing_any_text_never_panics_and_warnings_stay_short(query in ".{0,300}") {
            let (_, warnings) = parse(&query);
            for w in warnings {
                prop_assert!(w.value.chars().count() <= WARNING_VALUE_CHARS);
                prop_assert!(!w.value.chars().any(char::is_control));
            }
        }

        #[test]
        fn parsing_escape_heavy_text_never_panics(query in "[%+=&?a-z0-9A-F]{0,200}") {
            let (state, _) = parse(&query);
            let again = parse(&to_query(&SEASON, &state));
            prop_assert_eq!(again, (state, vec![]));
        }
    }
}
