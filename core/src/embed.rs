//! The snippets the embed builder offers a blogger: an `<iframe>` of the app's `?embed=1&…` page or a
//! `<div data-coppa-*>` element for a script-tag widget, each followed by the `embed.js` script; or,
//! where a platform takes neither, the view as plain HTML ([`crate::fragment`]).
//!
//! The iframe is sandboxed with `allow-scripts allow-same-origin`, and popups so that a match's source
//! link opens in a new tab, outside the sandbox. Without `allow-same-origin` the frame has an opaque
//! origin, so its module script, wasm and stylesheets become CORS requests that a plain static server
//! (no `Access-Control-Allow-Origin`) refuses: a blank frame. With it, the frame keeps the origin of
//! `dist/`. On another origin than the blog that is still a real sandbox (no forms, dialogs or
//! navigating the blog's page); on the blog's own origin a framed page could reach up and lift its own
//! sandbox, so there it guards against accidents only: the trust comes from the blogger hosting the
//! files.
//!
//! Built as text from the builder's choices. Every value that lands in an attribute is escaped, so a club
//! name can never become markup in the blogger's page, and the URLs are absolute (the blog lives
//! elsewhere) under the directory the app is served from (any sub-path works).

use crate::fragment::{fragment, FragmentChoice};
use crate::i18n::{explorer_title, lang_name, theme_name, view_name, Text};
use crate::model::{ClubId, Season};
use crate::url::{link, parse_widget, AppState, Documents, Lang, Setting, Theme, View};

/// How the explorer goes into the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum EmbedStyle {
    /// A separate document in an `<iframe>`; `embed.js` sizes it to its content.
    #[default]
    Iframe,
    /// A widget that `embed.js` mounts into the element, inside a shadow root.
    Script,
    /// The view as a self-contained HTML fragment: no script, no iframe.
    Html,
}

impl EmbedStyle {
    pub const ALL: [EmbedStyle; 3] = [EmbedStyle::Iframe, EmbedStyle::Script, EmbedStyle::Html];

    /// The value of the builder's radio buttons.
    pub const fn key(self) -> &'static str {
        match self {
            EmbedStyle::Iframe => "iframe",
            EmbedStyle::Script => "script",
            EmbedStyle::Html => "html",
        }
    }

    pub fn from_key(key: &str) -> Option<EmbedStyle> {
        EmbedStyle::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The style's name beside its radio button.
    pub const fn name(self) -> Text {
        match self {
            EmbedStyle::Iframe => Text::EmbedStyleIframe,
            EmbedStyle::Script => Text::EmbedStyleScript,
            EmbedStyle::Html => Text::EmbedStyleHtml,
        }
    }

    /// Whether the builder previews the embed live; the HTML-only fragment is shown as its code alone.
    pub const fn has_preview(self) -> bool {
        !matches!(self, EmbedStyle::Html)
    }

    /// The note under the snippet: how to paste it (and serve it from another origin), or what an
    /// HTML-only fragment is.
    pub fn note(self, lang: Lang) -> String {
        if self.has_preview() {
            format!(
                "{} {}",
                Text::EmbedSnippetNote.get(lang),
                Text::EmbedCrossOriginNote.get(lang)
            )
        } else {
            Text::EmbedHtmlNote.get(lang).to_owned()
        }
    }
}

/// Everything the builder asks. The language is always explicit: a post is written in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedChoice {
    pub view: View,
    pub team: Option<ClubId>,
    pub lang: Lang,
    pub theme: Theme,
    pub style: EmbedStyle,
}

impl EmbedChoice {
    /// The builder's starting point: the view, club and theme on screen, in the language on screen
    /// (`lang`: the state's own may be unset), in the default style.
    pub fn from_state(state: &AppState, lang: Lang) -> EmbedChoice {
        EmbedChoice {
            view: state.view,
            team: state.team,
            lang,
            theme: state.theme,
            style: EmbedStyle::default(),
        }
    }

    /// The state the embedded explorer opens in.
    pub fn state(&self) -> AppState {
        AppState {
            view: self.view,
            team: self.team,
            lang: Some(self.lang),
            theme: self.theme,
            embed: true,
        }
    }

    /// The value of `setting` in this choice, as the builder's field for it holds it: the value a
    /// link or widget attribute writes, "" for no club.
    pub fn value(&self, season: &Season, setting: Setting) -> &'static str {
        setting.value(season, &self.state()).unwrap_or_default()
    }

    /// Sets `setting` to `value`, read as a widget's attribute is ([`parse_widget`]); a value that
    /// rule does not understand, or a setting the builder does not offer, changes nothing.
    pub fn set(&mut self, season: &Season, setting: Setting, value: &str) {
        let (state, warnings) = parse_widget(season, [(setting, value)]);
        if !warnings.is_empty() {
            return;
        }
        match (setting, state.lang) {
            (Setting::View, _) => self.view = state.view,
            (Setting::Team, _) => self.team = state.team,
            (Setting::Lang, Some(lang)) => self.lang = lang,
            (Setting::Theme, _) => self.theme = state.theme,
            (Setting::Lang, None) | (Setting::Embed, _) => {}
        }
    }

    /// The iframe's page, from `base` (the app's folder, [`app_base`]; "./" for the builder's preview):
    /// `{base}?view=bracket&…&embed=1`, or in a release with a document per view the view's own,
    /// `{base}bracket.html?…&embed=1` (a host that does not compress sends only that view).
    pub fn frame_src(&self, season: &Season, base: &str, documents: Documents) -> String {
        format!("{base}{}", link(season, &self.state(), documents))
    }

    /// The full app at the same view, club and language: where a fallback or credit link leads.
    pub fn app_link(&self, season: &Season, base: &str, documents: Documents) -> String {
        let state = AppState {
            embed: false,
            ..self.state()
        };
        format!("{base}{}", link(season, &state, documents))
    }
}

/// A text of the builder's fields: a translated one, or a name that is the same in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    Text(Text),
    Name(&'static str),
}

impl Wording {
    pub fn get(self, lang: Lang) -> &'static str {
        match self {
            Wording::Text(text) => text.get(lang),
            Wording::Name(name) => name,
        }
    }
}

/// One of the builder's fields: the setting it chooses, its label, and its options, each the value
/// a link or widget attribute writes (what [`EmbedChoice::value`] gives and [`EmbedChoice::set`]
/// takes) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuilderField {
    pub setting: Setting,
    pub label: Wording,
    pub options: Vec<(&'static str, Wording)>,
}

/// The builder's fields: one for each setting a widget carries, in the settings' order (every embed
/// is embedded, so there is nothing to choose about that). Clubs come by name.
pub fn builder_fields(season: &Season) -> Vec<BuilderField> {
    Setting::ALL
        .into_iter()
        .filter_map(|setting| {
            let (label, options): (Wording, Vec<_>) = match setting {
                Setting::View => (
                    Wording::Text(Text::EmbedViewLabel),
                    View::ALL
                        .map(|view| (view.key(), Wording::Text(view_name(view))))
                        .into(),
                ),
                Setting::Team => {
                    let none = ("", Wording::Text(Text::EmbedClubNone));
                    let clubs = season
                        .clubs_by_name()
                        .into_iter()
                        .map(|(_, club)| (club.slug, Wording::Name(club.name)));
                    (
                        Wording::Text(Text::EmbedClubLabel),
                        std::iter::once(none).chain(clubs).collect(),
                    )
                }
                Setting::Lang => (
                    Wording::Text(Text::LangLabel),
                    Lang::ALL
                        .map(|lang| (lang.key(), Wording::Name(lang_name(lang))))
                        .into(),
                ),
                Setting::Theme => (
                    Wording::Text(Text::ThemeLabel),
                    Theme::ALL
                        .map(|theme| (theme.key(), Wording::Text(theme_name(theme))))
                        .into(),
                ),
                Setting::Embed => return None,
            };
            Some(BuilderField {
                setting,
                label,
                options,
            })
        })
        .collect()
}

/// The iframe's height before `embed.js` sizes it (and its height where the script is missing).
pub const IFRAME_START_HEIGHT: u32 = 640;

/// The iframe's sandbox: see the module comment for why `allow-same-origin` is in it.
pub const IFRAME_SANDBOX: &str =
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/// The directory an app page is served from, as an absolute URL ending in `/`: `origin` and the part
/// of `path` up to its last slash (`/blog/coppa/index.html` → `/blog/coppa/`).
pub fn app_base(origin: &str, path: &str) -> String {
    let directory = path.rfind('/').map_or("/", |end| &path[..=end]);
    format!("{origin}{directory}")
}

/// The HTML to paste: the element for `choice.style`, then the script, one per line; or the HTML-only
/// fragment. `base` is [`app_base`]'s result; `documents`, those of the builder's page (its links lead
/// where the app's do).
pub fn snippet(season: &Season, choice: &EmbedChoice, base: &str, documents: Documents) -> String {
    // The embed's accessible name and its fallback link's text, in the post's language.
    let title = explorer_title(season, choice.view, choice.team, choice.lang);
    let element = match choice.style {
        EmbedStyle::Iframe => format!(
            "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{IFRAME_START_HEIGHT}\" \
             sandbox=\"{IFRAME_SANDBOX}\" loading=\"lazy\"></iframe>",
            src = attribute(&choice.frame_src(season, base, documents)),
            title = attribute(&title),
        ),
        EmbedStyle::Script => {
            let state = choice.state();
            // The view always: `[data-coppa-view]` is what a host's CSS selects the widgets by.
            let attributes: Vec<String> = Setting::ALL
                .into_iter()
                .filter_map(|setting| {
                    let name = setting.attribute()?;
                    let value = if setting == Setting::View {
                        setting.value(season, &state)
                    } else {
                        setting.value_unless_default(season, &state)
                    }?;
                    Some(format!("{name}=\"{}\"", attribute(value)))
                })
                .collect();
            // Stays in view, as a link to the app, when the script cannot load.
            format!(
                "<div {}><a href=\"{}\">{}</a></div>",
                attributes.join(" "),
                attribute(&choice.app_link(season, base, documents)),
                attribute(&title)
            )
        }
        EmbedStyle::Html => {
            let shown = FragmentChoice {
                view: choice.view,
                team: choice.team,
                lang: choice.lang,
                theme: choice.theme,
            };
            return fragment(season, shown, &choice.app_link(season, base, documents));
        }
    };
    let script = attribute(&format!("{base}embed.js"));
    format!("{element}\n<script type=\"module\" src=\"{script}\"></script>")
}

/// Escapes text for a double-quoted HTML attribute value (and so for any text in HTML or SVG).
pub fn attribute(value: &str) -> String {
    escape(value, true)
}

/// Escapes text for an HTML text node: only `&`, `<` and `>` need it there.
pub fn text_node(value: &str) -> String {
    escape(value, false)
}

fn escape(value: &str, quotes: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            '\'' if quotes => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{CITTA, MONTE, SEASON};
    use crate::model::Club;

    fn choice(style: EmbedStyle) -> EmbedChoice {
        EmbedChoice {
            view: View::Bracket,
            team: Some(CITTA),
            lang: Lang::It,
            theme: Theme::Dark,
            style,
        }
    }

    #[test]
    fn the_base_is_the_directory_of_the_page_under_any_sub_path() {
        assert_eq!(app_base("https://x.org", "/"), "https://x.org/");
        assert_eq!(
            app_base("https://x.org", "/blog/widgets/coppa/"),
            "https://x.org/blog/widgets/coppa/"
        );
        assert_eq!(
            app_base("http://127.0.0.1:4173", "/coppa/index.html"),
            "http://127.0.0.1:4173/coppa/"
        );
        assert_eq!(app_base("https://x.org", ""), "https://x.org/");
    }

    #[test]
    fn the_iframe_snippet_opens_the_chosen_state_and_loads_the_script() {
        let text = snippet(
            &SEASON,
            &choice(EmbedStyle::Iframe),
            "https://x.org/c/",
            Documents::One,
        );
        assert_eq!(
            text,
            "<iframe src=\"https://x.org/c/?view=bracket&amp;team=citta-nuova&amp;lang=it&amp;theme=dark&amp;embed=1\" \
             title=\"Coppa Italia 2002–03 – Tabellone – Città Nuova\" width=\"100%\" height=\"640\" \
             sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" \
             loading=\"lazy\"></iframe>\n\
             <script type=\"module\" src=\"https://x.org/c/embed.js\"></script>"
        );
    }

    #[test]
    fn from_a_release_with_a_document_per_view_the_snippets_lead_to_the_views_document() {
        let per_view = Documents::PerView;
        let written = |style, base| snippet(&SEASON, &choice(style), base, per_view);
        assert!(written(EmbedStyle::Iframe, "https://x.org/c/").starts_with(
            "<iframe src=\"https://x.org/c/bracket.html?team=citta-nuova&amp;lang=it&amp;theme=dark&amp;embed=1\" "
        ));
        assert!(written(EmbedStyle::Script, "https://x.org/").contains(
            "<a href=\"https://x.org/bracket.html?team=citta-nuova&amp;lang=it&amp;theme=dark\">"
        ));
        assert!(written(EmbedStyle::Html, "https://x.org/c/").contains(
            "href=\"https://x.org/c/bracket.html?team=citta-nuova&amp;lang=it&amp;theme=dark\""
        ));
        assert_eq!(
            choice(EmbedStyle::Iframe).frame_src(&SEASON, "./", per_view),
            "./bracket.html?team=citta-nuova&lang=it&theme=dark&embed=1"
        );
    }

    #[test]
    fn the_script_snippet_carries_the_choices_as_data_attributes() {
        let text = snippet(
            &SEASON,
            &choice(EmbedStyle::Script),
            "https://x.org/",
            Documents::One,
        );
        assert_eq!(
            text,
            "<div data-coppa-view=\"bracket\" data-coppa-team=\"citta-nuova\" data-coppa-lang=\"it\" \
             data-coppa-theme=\"dark\"><a href=\"https://x.org/?view=bracket&amp;team=citta-nuova&amp;lang=it&amp;theme=dark\">\
             Coppa Italia 2002–03 – Tabellone – Città Nuova</a></div>\n\
             <script type=\"module\" src=\"https://x.org/embed.js\"></script>"
        );
        let plain = EmbedChoice {
            view: View::Standings,
            team: None,
            lang: Lang::En,
            theme: Theme::Auto,
            style: EmbedStyle::Script,
        };
        assert!(snippet(&SEASON, &plain, "https://x.org/", Documents::One)
            .starts_with(
                "<div data-coppa-view=\"standings\" data-coppa-lang=\"en\"><a href=\"https://x.org/?lang=en\">\
                 Coppa Italia 2002–03 – Standings</a></div>\n"
            ));
    }

    #[test]
    fn a_hostile_club_name_or_base_stays_text() {
        let mut clubs = SEASON.clubs.to_vec();
        clubs[usize::from(CITTA.0)] = Club {
            name: "\"><script>alert('x')</script>&",
            ..clubs[usize::from(CITTA.0)]
        };
        let season = Season {
            clubs: Box::leak(clubs.into_boxed_slice()),
            ..SEASON
        };
        let text = snippet(
            &season,
            &choice(EmbedStyle::Iframe),
            "https://x.org/\"<b>/",
            Documents::One,
        );
        assert!(text
            .contains("– &quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;\" width"));
        assert!(text.contains("src=\"https://x.org/&quot;&lt;b&gt;/?view="));
        assert_eq!(text.matches('<').count(), 4, "{text}");
        assert_eq!(text.matches('"').count(), 16, "{text}");
        let widget = snippet(
            &season,
            &choice(EmbedStyle::Script),
            "https://x.org/",
            Documents::One,
        );
        assert!(widget.contains(">Coppa Italia 2002–03 – Tabellone – &quot;&gt;&lt;script&gt;"));
        assert_eq!(widget.matches('<').count(), 6, "{widget}");
    }

    #[test]
    fn the_html_style_is_the_fragment_crediting_the_app_at_the_same_state() {
        let text = snippet(
            &SEASON,
            &choice(EmbedStyle::Html),
            "https://x.org/c/",
            Documents::One,
        );
        assert!(
            text.starts_with("<section style=\"all:revert!important;"),
            "{text}"
        );
        assert!(text.contains(
            " lang=\"it\" aria-label=\"Coppa Italia 2002–03 – Tabellone – Città Nuova\">"
        ));
        assert!(text.contains(
            "href=\"https://x.org/c/?view=bracket&amp;team=citta-nuova&amp;lang=it&amp;theme=dark\">"
        ));
        assert!(!text.contains("<script") && !text.contains("<iframe") && !text.contains("class="));
    }

    #[test]
    fn each_field_holds_its_settings_value_and_sets_it_back() {
        let mut c = choice(EmbedStyle::Script);
        let fields = [Setting::View, Setting::Team, Setting::Lang, Setting::Theme];
        assert_eq!(
            fields.map(|setting| c.value(&SEASON, setting)),
            ["bracket", "citta-nuova", "it", "dark"]
        );
        c.set(&SEASON, Setting::View, "scorers");
        c.set(&SEASON, Setting::Team, "");
        c.set(&SEASON, Setting::Lang, "en");
        c.set(&SEASON, Setting::Theme, "auto");
        assert_eq!(
            fields.map(|setting| c.value(&SEASON, setting)),
            ["scorers", "", "en", "auto"]
        );
        c.set(&SEASON, Setting::Team, "monte");
        assert_eq!(c.team, Some(MONTE));
    }

    #[test]
    fn an_unknown_value_or_the_embed_setting_changes_nothing() {
        let before = choice(EmbedStyle::Iframe);
        let mut c = before;
        for (setting, value) in [
            (Setting::View, "table"),
            (Setting::Team, "atlantis"),
            (Setting::Lang, "fr"),
            (Setting::Lang, ""),
            (Setting::Theme, "neon"),
            (Setting::Embed, "0"),
        ] {
            c.set(&SEASON, setting, value);
            assert_eq!(c, before, "{setting:?} = {value:?}");
        }
    }

    #[test]
    fn the_builder_offers_a_field_for_each_widget_setting_and_every_option_sets_its_value() {
        let fields = builder_fields(&SEASON);
        let settings: Vec<Setting> = fields.iter().map(|f| f.setting).collect();
        assert_eq!(
            settings,
            [Setting::View, Setting::Team, Setting::Lang, Setting::Theme]
        );
        let mut c = choice(EmbedStyle::Script);
        for field in &fields {
            for (value, _) in &field.options {
                c.set(&SEASON, field.setting, value);
                assert_eq!(c.value(&SEASON, field.setting), *value, "{field:?}");
            }
        }
        let clubs: Vec<&str> = fields[1]
            .options
            .iter()
            .map(|(_, text)| text.get(Lang::It))
            .collect();
        assert_eq!(clubs.len(), SEASON.clubs.len() + 1);
        assert_eq!(clubs[0], "Nessuna");
        assert!(clubs[1..].is_sorted());
        assert_eq!(fields[0].options[1].1.get(Lang::It), "Tabellone");
        assert_eq!(fields[3].label.get(Lang::En), "Theme");
    }

    #[test]
    fn styles_round_trip_through_their_keys() {
        for style in EmbedStyle::ALL {
            assert_eq!(EmbedStyle::from_key(style.key()), Some(style));
        }
        assert_eq!(EmbedStyle::from_key("html"), Some(EmbedStyle::Html));
        assert_eq!(EmbedStyle::from_key("object"), None);
    }

    #[test]
    fn the_builder_starts_from_the_state_on_screen_in_the_default_style() {
        let state = AppState {
            view: View::Scorers,
            team: Some(CITTA),
            lang: None,
            theme: Theme::Dark,
            embed: false,
        };
        assert_eq!(
            EmbedChoice::from_state(&state, Lang::It),
            EmbedChoice {
                view: View::Scorers,
                team: Some(CITTA),
                lang: Lang::It,
                theme: Theme::Dark,
                style: EmbedStyle::Iframe,
            }
        );
    }

    #[test]
    fn each_style_is_named_and_noted_and_only_the_html_one_has_no_preview() {
        let previews: Vec<bool> = EmbedStyle::ALL.map(EmbedStyle::has_preview).to_vec();
        assert_eq!(previews, [true, true, false]);
        assert_eq!(
            EmbedStyle::Script.name().get(Lang::En),
            "script tag: a widget in your page, styles kept apart"
        );
        assert_eq!(
            EmbedStyle::Html.name().get(Lang::It),
            "solo HTML: un'istantanea dei dati, senza script né iframe"
        );
        assert_eq!(
            EmbedStyle::Iframe.note(Lang::En),
            "The script resizes the iframe to its content and mounts script-tag widgets; one copy per \
             page is enough. If these files live on another site than your blog, that server must \
             send the header Access-Control-Allow-Origin: *."
        );
        assert_eq!(
            EmbedStyle::Html.note(Lang::It),
            "HTML semplice con gli stili in linea, per le piattaforme che non accettano script né \
             iframe; non cambia quando cambia l'app."
        );
    }
}
