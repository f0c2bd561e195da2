//! The snippets the embed builder offers a blogger: an `<iframe>` of the app's `?embed=1&…` page, or a
//! `<div data-coppa-*>` element for a script-tag widget, each followed by the `embed.js` script.
//!
//! Built as text from the builder's choices. Every value that lands in an attribute is escaped, so a club
//! name can never become markup in the blogger's page, and the URLs are absolute (the blog lives
//! elsewhere) under the directory the app is served from (any sub-path works).

use crate::i18n::explorer_title;
use crate::model::{ClubId, Season};
use crate::url::{to_query, AppState, Lang, Theme, View};

/// How the explorer goes into the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum EmbedStyle {
    /// A separate document in an `<iframe>`; `embed.js` sizes it to its content.
    #[default]
    Iframe,
    /// A widget that `embed.js` mounts into the element, inside a shadow root.
    Script,
}

impl EmbedStyle {
    pub const ALL: [EmbedStyle; 2] = [EmbedStyle::Iframe, EmbedStyle::Script];

    /// The value of the builder's radio buttons.
    pub const fn key(self) -> &'static str {
        match self {
            EmbedStyle::Iframe => "iframe",
            EmbedStyle::Script => "script",
        }
    }

    pub fn from_key(key: &str) -> Option<EmbedStyle> {
        EmbedStyle::ALL.into_iter().find(|s| s.key() == key)
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

    /// The iframe page's query string, without the `?`.
    pub fn query(&self, season: &Season) -> String {
        to_query(season, &self.state())
    }
}

/// The iframe's height before `embed.js` sizes it (and its height where the script is missing).
pub const IFRAME_START_HEIGHT: u32 = 640;

/// The directory an app page is served from, as an absolute URL ending in `/`: `origin` and the part
/// of `path` up to its last slash (`/blog/coppa/index.html` → `/blog/coppa/`).
pub fn app_base(origin: &str, path: &str) -> String {
    let directory = path.rfind('/').map_or("/", |end| &path[..=end]);
    format!("{origin}{directory}")
}

/// The HTML to paste: the element for `choice.style`, then the script, one per line. `base` is
/// [`app_base`]'s result.
pub fn snippet(season: &Season, choice: &EmbedChoice, base: &str) -> String {
    let element = match choice.style {
        EmbedStyle::Iframe => format!(
            "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{IFRAME_START_HEIGHT}\" \
             sandbox=\"allow-scripts\" loading=\"lazy\"></iframe>",
            src = attribute(&format!("{base}?{}", choice.query(season))),
            // The frame's accessible name, in the post's language.
            title = attribute(&explorer_title(season, choice.view, choice.team, choice.lang)),
        ),
        EmbedStyle::Script => {
            let mut pairs = vec![("view", choice.view.key())];
            if let Some(club) = choice.team.and_then(|t| season.clubs.get(usize::from(t.0))) {
                pairs.push(("team", club.slug));
            }
            pairs.push(("lang", choice.lang.key()));
            if choice.theme != Theme::default() {
                pairs.push(("theme", choice.theme.key()));
            }
            let attributes: Vec<String> = pairs
                .iter()
                .map(|(key, value)| format!("data-coppa-{key}=\"{}\"", attribute(value)))
                .collect();
            format!("<div {}></div>", attributes.join(" "))
        }
    };
    let script = attribute(&format!("{base}embed.js"));
    format!("{element}\n<script type=\"module\" src=\"{script}\"></script>")
}

/// Escapes text for a double-quoted HTML attribute value.
pub fn attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{CITTA, SEASON};
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
        let text = snippet(&SEASON, &choice(EmbedStyle::Iframe), "https://x.org/c/");
        assert_eq!(
            text,
            "<iframe src=\"https://x.org/c/?view=bracket&amp;team=citta-nuova&amp;lang=it&amp;theme=dark&amp;embed=1\" \
             title=\"Coppa Italia 2002–03 – Tabellone – Città Nuova\" width=\"100%\" height=\"640\" \
             sandbox=\"allow-scripts\" loading=\"lazy\"></iframe>\n\
             <script type=\"module\" src=\"https://x.org/c/embed.js\"></script>"
        );
    }

    #[test]
    fn the_script_snippet_carries_the_choices_as_data_attributes() {
        let text = snippet(&SEASON, &choice(EmbedStyle::Script), "https://x.org/");
        assert_eq!(
            text,
            "<div data-coppa-view=\"bracket\" data-coppa-team=\"citta-nuova\" data-coppa-lang=\"it\" \
             data-coppa-theme=\"dark\"></div>\n<script type=\"module\" src=\"https://x.org/embed.js\"></script>"
        );
        let plain = EmbedChoice {
            view: View::Standings,
            team: None,
            lang: Lang::En,
            theme: Theme::Auto,
            style: EmbedStyle::Script,
        };
        assert!(snippet(&SEASON, &plain, "https://x.org/")
            .starts_with("<div data-coppa-view=\"standings\" data-coppa-lang=\"en\"></div>\n"));
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
        let text = snippet(&season, &choice(EmbedStyle::Iframe), "https://x.org/\"<b>/");
        assert!(text
            .contains("– &quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;\" width"));
        assert!(text.contains("src=\"https://x.org/&quot;&lt;b&gt;/?view="));
        assert_eq!(text.matches('<').count(), 4, "{text}");
        assert_eq!(text.matches('"').count(), 16, "{text}");
    }

    #[test]
    fn styles_round_trip_through_their_keys() {
        for style in EmbedStyle::ALL {
            assert_eq!(EmbedStyle::from_key(style.key()), Some(style));
        }
        assert_eq!(EmbedStyle::from_key("object"), None);
    }
}
