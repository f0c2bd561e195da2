//! The "HTML only" embed: one view, club and language as a self-contained HTML fragment for places that
//! accept neither scripts nor iframes (newsletters, hosted blogs). Semantic markup (tables with captions
//! and scopes, the ties as a list) and nothing else: no script, no stylesheet, no class.
//!
//! The fragment is pasted into someone else's page, whose stylesheet may say anything (`* { font: 40px
//! serif !important }`, `table { display: none }`). So every element carries `all: revert !important`
//! (back to the browser's defaults, past any author rule: a table is a table again) and then only the
//! declarations that differ from those defaults, each `!important`: an inline important declaration
//! outranks every rule of the host's stylesheets. Fewer declarations keep the pasted text short. Colours
//! are literal because the host page has none of the app's custom properties. Line height and letter
//! and word spacing are never set, so a reader's own text spacing still applies (WCAG 1.4.12).
//!
//! Built as text; every value is escaped, so no club or player name can become markup.

use crate::bracket::all_ties;
use crate::embed::{attribute, text_node};
use crate::i18n::views::{aggregate_beside_label, STANDINGS_NUMBER_COLUMNS};
use crate::i18n::{explorer_title, group_name, round_name, tie_label, Text};
use crate::model::{ClubId, Group, Season};
use crate::present::bracket::leg_lines;
use crate::present::scorers::{rank_label, sureness};
use crate::present::standings::{club_note, numbers, result, table};
use crate::scorers::ranking;
use crate::standings::visible_groups;
use crate::url::{Lang, Theme, View};

/// The literal colours of one theme (see the module comment for why they are not variables).
struct Palette {
    text: &'static str,
    muted: &'static str,
    background: &'static str,
    rule: &'static str,
    highlight: &'static str,
    link: &'static str,
}

/// The light palette also serves `Theme::Auto`: a fragment cannot follow the reader's preference
/// without a stylesheet, and dark text on white reads on any host.
const LIGHT: Palette = Palette {
    text: "#1b1b1b",
    muted: "#505050",
    background: "#ffffff",
    rule: "#b8b8b8",
    highlight: "#fff1b8",
    link: "#0b57d0",
};

const DARK: Palette = Palette {
    text: "#ececec",
    muted: "#c4c4c4",
    background: "#1d1f21",
    rule: "#5c5f63",
    highlight: "#4d3d00",
    link: "#9cc2ff",
};

/// What the fragment shows: the builder's choices without the embed style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FragmentChoice {
    pub view: View,
    pub team: Option<ClubId>,
    pub lang: Lang,
    pub theme: Theme,
}

/// The fragment for `choice`, crediting the app at `app_url` (the full app at the same view, club and
/// language).
pub fn fragment(season: &Season, choice: FragmentChoice, app_url: &str) -> String {
    let palette = match choice.theme {
        Theme::Dark => &DARK,
        Theme::Light | Theme::Auto => &LIGHT,
    };
    let mut html = Html {
        out: String::with_capacity(16_384),
        palette,
        lang: choice.lang,
    };
    let title = explorer_title(season, choice.view, choice.team, choice.lang);
    let root = format!(
        "max-width:46em;margin:1em 0;padding:12px 16px;border:1px solid {};\
         background:{};color:{};font-size:16px;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;\
         text-align:left;overflow-x:auto",
        palette.rule, palette.background, palette.text
    );
    html.open_with(
        "section",
        &root,
        &[("lang", choice.lang.key()), ("aria-label", &title)],
    );
    html.element("h2", "margin:0 0 8px;font-size:1.25em", &title);
    match choice.view {
        View::Standings => html.standings(season, choice.team),
        View::Bracket => html.bracket(season, choice.team),
        View::Scorers => html.scorers(season, choice.team),
    }
    html.open("p", "margin:12px 0 0;font-size:0.875em");
    html.open_with(
        "a",
        &format!("color:{};text-decoration:underline", palette.link),
        &[("href", app_url)],
    );
    html.text(Text::EmbedFragmentCredit.get(choice.lang));
    html.close("a");
    html.close("p");
    html.close("section");
    html.out
}

/// A string being written as HTML, every element reset and styled inline.
struct Html {
    out: String,
    palette: &'static Palette,
    lang: Lang,
}

/// Visible to screen readers only (the app's `.visually-hidden`, inline).
const HIDDEN: &str = "position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;\
                      clip:rect(0 0 0 0);white-space:nowrap";

impl Html {
    fn open(&mut self, tag: &str, css: &str) {
        self.open_with(tag, css, &[]);
    }

    /// `<tag style="all:revert!important;…" attributes…>`, each declaration of `css` made important.
    fn open_with(&mut self, tag: &str, css: &str, attributes: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        self.out.push_str(" style=\"all:revert!important");
        for declaration in css.split(';').filter(|d| !d.trim().is_empty()) {
            self.out.push(';');
            self.out.push_str(&attribute(declaration.trim()));
            self.out.push_str("!important");
        }
        self.out.push('"');
        for (name, value) in attributes {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            self.out.push_str(&attribute(value));
            self.out.push('"');
        }
        self.out.push('>');
    }

    fn close(&mut self, tag: &str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// Text content, escaped.
    fn text(&mut self, text: &str) {
        self.out.push_str(&text_node(text));
    }

    fn element(&mut self, tag: &str, css: &str, text: &str) {
        self.open(tag, css);
        self.text(text);
        self.close(tag);
    }

    /// A marker the eye sees and a screen reader hears as words instead: " ✓" and " (qualified)".
    fn marker(&mut self, symbol: &str, words: &str) {
        self.open_with("span", "", &[("aria-hidden", "true")]);
        self.text(symbol);
        self.close("span");
        self.element("span", HIDDEN, &format!(" ({words})"));
    }

    /// The followed club's row says so to a screen reader (the highlight is only seen).
    fn selected_mark(&mut self, lang: Lang) {
        self.element(
            "span",
            HIDDEN,
            &format!(" ({})", Text::SelectedClub.get(lang)),
        );
    }

    fn caption(&mut self, text: &str) {
        self.element(
            "caption",
            "text-align:left;font-weight:bold;padding:4px 0",
            text,
        );
    }

    fn table_open(&mut self) {
        self.open(
            "table",
            &format!(
                "border-collapse:collapse;margin:8px 0 12px;color:{}",
                self.palette.text
            ),
        );
    }

    fn header_cell(&mut self, text: &str, title: Option<&str>, numeric: bool) {
        self.open_with("th", cell_style(numeric), &[("scope", "col")]);
        match title {
            Some(title) => {
                self.open_with(
                    "abbr",
                    "text-decoration:underline dotted",
                    &[("title", title)],
                );
                self.text(text);
                self.close("abbr");
            }
            None => self.text(text),
        }
        self.close("th");
    }

    fn cell(&mut self, text: &str, numeric: bool) {
        self.element("td", cell_style(numeric), text);
    }

    /// A club's or player's name heading its row: bold only when its row is (the browser's `th` is).
    fn row_header_open(&mut self) {
        self.open_with(
            "th",
            "padding:2px 6px;text-align:left;font-weight:inherit",
            &[("scope", "row")],
        );
    }

    /// A row ruled below, bold on the highlight colour when `highlighted` (its cells are transparent).
    fn row_open(&mut self, highlighted: bool) {
        let css = if highlighted {
            format!(
                "border-bottom:1px solid {};background:{};font-weight:bold",
                self.palette.rule, self.palette.highlight
            )
        } else {
            format!("border-bottom:1px solid {}", self.palette.rule)
        };
        self.open("tr", &css);
    }

    fn note(&mut self, text: &str) {
        let css = format!(
            "margin:4px 0 8px;font-size:0.875em;color:{}",
            self.palette.muted
        );
        self.element("p", &css, text);
    }

    fn list_open(&mut self, tag: &str) {
        self.open(tag, "list-style:none;margin:0 0 12px;padding:0");
    }

    fn item_open(&mut self, highlighted: bool) {
        let background = if highlighted {
            self.palette.highlight
        } else {
            "transparent"
        };
        self.open(
            "li",
            &format!(
                "list-style:none;margin:0 0 6px;padding:4px 6px;border-left:3px solid {};\
                 background:{background}",
                self.palette.rule
            ),
        );
    }

    /// The club's group (or every group when none is chosen, or the club played in none).
    fn standings(&mut self, season: &Season, team: Option<ClubId>) {
        let lang = self.lang;
        if let Some(note) = team.and_then(|club| club_note(season, club, lang)) {
            self.note(&note);
        }
        for group in visible_groups(season, team) {
            self.group(season, group, team);
        }
    }

    fn group(&mut self, season: &Season, group: &Group, team: Option<ClubId>) {
        let lang = self.lang;
        self.table_open();
        self.caption(&group_name(group.number, lang));
        self.open("thead", "");
        self.row_open(false);
        self.header_cell(
            Text::ColPositionAbbr.get(lang),
            Some(Text::ColPosition.get(lang)),
            true,
        );
        self.header_cell(Text::ColClub.get(lang), None, false);
        for (abbr, title) in STANDINGS_NUMBER_COLUMNS {
            self.header_cell(abbr.get(lang), Some(title.get(lang)), true);
        }
        self.close("tr");
        self.close("thead");
        self.open("tbody", "");
        for line in table(season, group) {
            let row = line.row;
            let chosen = team == Some(row.club);
            self.row_open(chosen);
            self.cell(&line.position.to_string(), true);
            self.row_header_open();
            self.text(season.club(row.club).name);
            if line.qualified {
                self.marker(" ✓", Text::Qualified.get(lang));
            }
            if chosen {
                self.selected_mark(lang);
            }
            self.close("th");
            for number in numbers(&row) {
                self.cell(&number, true);
            }
            self.close("tr");
        }
        self.close("tbody");
        self.close("table");
        self.element(
            "p",
            "margin:0 0 4px;font-weight:bold",
            Text::GroupResults.get(lang),
        );
        self.list_open("ol");
        for game in group.matches {
            let involved = team.is_some_and(|club| club == game.home || club == game.away);
            self.item_open(involved);
            let line = format!(
                "{} {} {}",
                season.club(game.home).name,
                result(game, lang),
                season.club(game.away).name
            );
            self.text(&line);
            self.close("li");
        }
        self.close("ol");
    }

    /// Every round as a heading and its ties as a list; the club's ties marked.
    fn bracket(&mut self, season: &Season, team: Option<ClubId>) {
        let lang = self.lang;
        let mut current = None;
        for (at, tie) in all_ties(season) {
            if current != Some(at.stage) {
                if current.is_some() {
                    self.close("ol");
                }
                current = Some(at.stage);
                self.element(
                    "h3",
                    "margin:12px 0 4px;font-size:1.05em",
                    round_name(at.stage, lang),
                );
                self.list_open("ol");
            }
            let on_path = team.is_some_and(|club| tie.involves(club));
            let outcome = tie.outcome();
            self.item_open(on_path);
            if on_path {
                self.marker("★ ", Text::OnPath.get(lang));
            }
            for line in leg_lines(season, tie, lang) {
                self.open("span", "display:block");
                self.text(&line.text());
                self.close("span");
            }
            let label = tie_label(season, &outcome, lang);
            let decided = match aggregate_beside_label(&outcome, lang) {
                Some(aggregate) => format!("{aggregate} · {label}"),
                None => label,
            };
            let css = format!("display:block;color:{}", self.palette.muted);
            self.element("span", &css, &decided);
            self.close("li");
        }
        if current.is_some() {
            self.close("ol");
        }
    }

    /// The scorers' table, the club's players highlighted.
    fn scorers(&mut self, season: &Season, team: Option<ClubId>) {
        let lang = self.lang;
        self.table_open();
        self.caption(Text::TableCaption.get(lang));
        self.open("thead", "");
        self.row_open(false);
        self.header_cell(Text::ColRank.get(lang), None, true);
        self.header_cell(Text::ColPlayer.get(lang), None, false);
        self.header_cell(Text::ColClub.get(lang), None, false);
        self.header_cell(Text::ColGoals.get(lang), None, true);
        self.header_cell(Text::ColCertainty.get(lang), None, false);
        self.close("tr");
        self.close("thead");
        self.open("tbody", "");
        for ranked in ranking(season) {
            let scorer = ranked.scorer;
            let chosen = team == Some(scorer.club);
            self.row_open(chosen);
            self.cell(&rank_label(&ranked), true);
            self.row_header_open();
            self.text(scorer.player);
            if chosen {
                self.selected_mark(lang);
            }
            self.close("th");
            self.cell(season.club(scorer.club).name, false);
            self.cell(&scorer.goals.to_string(), true);
            let sureness = sureness(season, scorer, lang);
            match sureness.confirmed {
                Some(confirmed) => {
                    self.cell(&format!("{}, {confirmed}", sureness.certainty), false)
                }
                None => self.cell(sureness.certainty, false),
            }
            self.close("tr");
        }
        self.close("tbody");
        self.close("table");
        let note = format!(
            "{} {}",
            Text::CertaintyNote.get(lang),
            Text::SharedRankNote.get(lang)
        );
        self.note(&note);
    }
}

/// A `td`'s or a column header's style: the browser's own, padded, numbers to the right.
fn cell_style(numeric: bool) -> &'static str {
    if numeric {
        "padding:2px 6px;text-align:right"
    } else {
        "padding:2px 6px;text-align:left"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{AURORA, CITTA, ORIONE, SEASON};
    use crate::model::Club;

    fn show(view: View, team: Option<ClubId>, lang: Lang) -> String {
        let choice = FragmentChoice {
            view,
            team,
            lang,
            theme: Theme::Light,
        };
        fragment(&SEASON, choice, "https://x.org/?lang=en")
    }

    /// The markup without its inline styles: what a reader without CSS and a screen reader get.
    fn bare(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(start) = rest.find(" style=\"") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 8..];
            rest = &after[after.find('"').map_or(after.len(), |end| end + 1)..];
        }
        out.push_str(rest);
        out
    }

    #[test]
    fn every_element_is_reset_and_every_declaration_outranks_the_host() {
        let html = show(View::Standings, None, Lang::En);
        let tags = html.matches('<').count() - html.matches("</").count();
        assert_eq!(html.matches(" style=\"all:revert!important").count(), tags);
        for style in html.split(" style=\"").skip(1) {
            let style = &style[..style.find('"').unwrap_or(0)];
            for declaration in style.split(';') {
                assert!(declaration.ends_with("!important"), "{declaration}");
            }
        }
        assert!(!html.contains("class=") && !html.contains("<script") && !html.contains("<link"));
    }

    #[test]
    fn standings_show_the_clubs_group_computed_from_its_results_with_the_club_marked() {
        let html = bare(&show(View::Standings, Some(CITTA), Lang::En));
        assert!(html.starts_with(
            "<section lang=\"en\" aria-label=\"Coppa Italia 2002–03 – Standings – Città Nuova\">\
             <h2>Coppa Italia 2002–03 – Standings – Città Nuova</h2><table><caption>Group 1</caption>"
        ));
        assert!(html.contains(
            "<th scope=\"col\"><abbr title=\"Position\">Pos</abbr></th><th scope=\"col\">Club</th>\
             <th scope=\"col\"><abbr title=\"Played\">P</abbr></th>"
        ));
        assert!(html.contains(
            "<tr><td>1</td><th scope=\"row\">Aurora<span aria-hidden=\"true\"> ✓</span>\
             <span> (qualified)</span></th><td>3</td><td>2</td><td>1</td><td>0</td><td>4</td><td>1</td>\
             <td>+3</td><td>7</td></tr>"
        ));
        assert!(html.contains(
            "<tr><td>2</td><th scope=\"row\">Città Nuova<span> (selected club)</span></th><td>3</td>\
             <td>1</td><td>1</td><td>1</td><td>4</td><td>2</td><td>+2</td><td>4</td></tr>"
        ));
        assert!(html.contains("<td>−4</td><td>1</td></tr></tbody></table>"));
        assert!(html.contains("<li>Città Nuova 3–0 Dora</li>"));
        assert!(!html.contains("Group 2"), "only the club's group");
        assert!(html.ends_with(
            "<p><a href=\"https://x.org/?lang=en\">Every match and source: the Coppa Italia 2002–03 explorer</a></p></section>"
        ));
    }

    #[test]
    fn standings_without_a_club_or_for_a_later_entrant_show_every_group() {
        let all = bare(&show(View::Standings, None, Lang::It));
        assert_eq!(all.matches("<caption>").count(), 2);
        assert!(all.contains("<caption>Girone 2</caption>"), "{all}");
        assert!(
            all.contains("<li>Etna risultato non disponibile Golfo</li>"),
            "{all}"
        );
        let later = bare(&show(View::Standings, Some(ORIONE), Lang::En));
        assert_eq!(later.matches("<caption>").count(), 2);
        assert!(
            later.contains(
                "<p>Orione did not play in the group stage. Entered in the round of 16.</p>"
            ),
            "{later}"
        );
    }

    #[test]
    fn the_bracket_lists_each_rounds_ties_with_both_legs_and_how_they_were_decided() {
        let html = bare(&show(View::Bracket, Some(ORIONE), Lang::En));
        assert_eq!(html.matches("<h3>").count(), 3);
        assert_eq!(html.matches("<li>").count(), 5);
        assert!(html.contains(
            "<li><span aria-hidden=\"true\">★ </span><span> (a tie of the selected club)</span>\
             <span>1st leg: Aurora 0–0 Orione</span><span>2nd leg: Orione 1–1 Aurora</span>\
             <span>Aggregate 1–1 · Aurora on away goals</span></li>"
        ), "{html}");
        assert!(html.contains("<span>1st leg: Etna – Nettuno (score not recorded)</span>"));
        assert!(
            html.contains(
                "<span>1st leg: Aurora 1–0 Monte</span><span>2nd leg: Monte 1–1 Aurora</span>\
             <span>Aurora 2–1 on aggregate</span></li>"
            ),
            "{html}"
        );
        assert_eq!(html.matches("★").count(), 1, "Orione played one tie");
    }

    #[test]
    fn scorers_rank_shared_places_and_mark_the_clubs_players() {
        let html = bare(&show(View::Scorers, Some(AURORA), Lang::En));
        assert!(html.contains(
            "<tr><td>1</td><th scope=\"row\">Bruno Neri<span> (selected club)</span></th><td>Aurora</td>\
             <td>3</td><td>stated</td></tr><tr><td>=2</td><th scope=\"row\">Aldo Verdi</th><td>Nettuno</td>"
        ), "{html}");
        assert_eq!(html.matches(" (selected club)").count(), 2);
        assert!(html
            .contains("<tr><td>5</td><th scope=\"row\">Carlo Bianchi</th><td>Etna</td><td>1</td>"));
    }

    #[test]
    fn the_dark_theme_changes_only_the_colours() {
        let choice = |theme| FragmentChoice {
            view: View::Scorers,
            team: None,
            lang: Lang::En,
            theme,
        };
        let light = fragment(&SEASON, choice(Theme::Light), "u");
        let dark = fragment(&SEASON, choice(Theme::Dark), "u");
        assert_eq!(fragment(&SEASON, choice(Theme::Auto), "u"), light);
        assert!(
            light.contains("background:#ffffff!important")
                && dark.contains("background:#1d1f21!important")
        );
        assert_eq!(bare(&light), bare(&dark));
    }

    #[test]
    fn hostile_names_and_links_stay_text() {
        let mut clubs = SEASON.clubs.to_vec();
        clubs[usize::from(CITTA.0)] = Club {
            name: "<img src=x onerror=alert(1)>\"&",
            ..clubs[usize::from(CITTA.0)]
        };
        let season = Season {
            clubs: Box::leak(clubs.into_boxed_slice()),
            ..SEASON
        };
        let choice = FragmentChoice {
            view: View::Standings,
            team: Some(CITTA),
            lang: Lang::En,
            theme: Theme::Light,
        };
        let html = fragment(&season, choice, "https://x.org/\"><script>");
        assert!(!html.contains("<img") && !html.contains("<script"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;\"&amp;<span"));
        assert!(html.contains("href=\"https://x.org/&quot;&gt;&lt;script&gt;\""));
    }
}
