//! Image export: one view (a group or all groups, the bracket, the scorer chart), club, language and
//! theme as a picture for social posts, with a title, the season and a credit line drawn in.
//!
//! One layout model serves both formats: [`layout`] places rectangles and lines of text in CSS pixels
//! on a canvas [`WIDTH`] wide, [`svg`] writes that [`Picture`] as SVG markup, and the app paints the
//! same shapes with the canvas 2D API for the PNG (at twice the size). Text is measured by an estimate
//! (no font is fetched; the reader's system font draws it), so long names get a smaller size rather
//! than overflowing. Built as text; every value is escaped, so no name can become markup.

use crate::bracket::{champion, columns, feeders, next, tie};
use crate::i18n::views::STANDINGS_NUMBER_COLUMNS;
use crate::i18n::{self, group_name, Text};
use crate::model::{ClubId, Group, Season};
use crate::present::bracket::club_note as bracket_note;
use crate::present::scorers::rank_label;
use crate::present::standings::{club_note as standings_note, numbers, table};
use crate::scorers::ranking;
use crate::standings::group_of;
use crate::url::{Lang, View};

/// Width of every picture in CSS pixels; the PNG is painted at twice this.
pub const WIDTH: i32 = 1200;
/// Heights of common social-post shapes at [`WIDTH`] (16:9, 1:1, 4:5): a picture takes the smallest
/// that holds it, and is only as tall as its content when none does.
const ASPECTS: [i32; 3] = [675, 1200, 1500];
/// The reader's own sans-serif: nothing is fetched.
pub const FONT: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const MARGIN: i32 = 48;
const INNER: i32 = WIDTH - 2 * MARGIN;
/// Room below the content for the credit line.
const FOOT: i32 = 104;

/// What the picture shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImageChoice {
    pub view: View,
    pub team: Option<ClubId>,
    pub lang: Lang,
    pub dark: bool,
    /// Standings: every group even when the club's group alone could be shown.
    pub all_groups: bool,
}

/// How a line of text hangs on its point: SVG's `text-anchor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The value of SVG's `text-anchor`.
    pub const fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }

    /// The value of the canvas' `textAlign`.
    pub const fn canvas(self) -> &'static str {
        match self {
            Anchor::Start => "left",
            Anchor::Middle => "center",
            Anchor::End => "right",
        }
    }
}

/// One thing drawn, in CSS pixels from the top left; text sits on its baseline at `y`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    Rect {
        x: i32,
        y: i32,
        w: i32,
        h: i32,
        fill: &'static str,
    },
    Text {
        x: i32,
        y: i32,
        size: i32,
        bold: bool,
        anchor: Anchor,
        fill: &'static str,
        text: String,
    },
}

/// A laid-out picture: what both the SVG writer and the canvas painter draw, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub width: i32,
    pub height: i32,
    pub lang: Lang,
    /// What the picture shows, as the app names an embed ("Coppa Italia 2002–03 – Bracket – Roma").
    pub title: String,
    pub shapes: Vec<Shape>,
}

/// The explorer's palettes (style/tokens.css), as literal colours.
struct Palette {
    background: &'static str,
    surface: &'static str,
    text: &'static str,
    muted: &'static str,
    border: &'static str,
    accent: &'static str,
    highlight: &'static str,
    highlight_text: &'static str,
    highlight_border: &'static str,
}

const LIGHT: Palette = Palette {
    background: "#f6f6f3",
    surface: "#ffffff",
    text: "#1b1c1e",
    muted: "#54575c",
    border: "#d3d3cc",
    accent: "#0a6b3a",
    highlight: "#fff1b8",
    highlight_text: "#1b1c1e",
    highlight_border: "#a87b00",
};

const DARK: Palette = Palette {
    background: "#111315",
    surface: "#1b1e22",
    text: "#ecece8",
    muted: "#b3b6ba",
    border: "#3a3f46",
    accent: "#5cc98f",
    highlight: "#4a3c0c",
    highlight_text: "#fff3c9",
    highlight_border: "#e0b43a",
};

/// The picture of `choice`.
pub fn layout(season: &Season, choice: ImageChoice) -> Picture {
    let palette = if choice.dark { &DARK } else { &LIGHT };
    let lang = choice.lang;
    let mut body = Draw {
        shapes: Vec::new(),
        palette,
        lang,
        team: choice.team,
    };
    let (heading, body_height) = match choice.view {
        View::Standings => body.standings(season, choice.all_groups),
        View::Bracket => (
            Text::BracketHeading.get(lang).to_owned(),
            body.bracket(season),
        ),
        View::Scorers => (
            Text::ScorersHeading.get(lang).to_owned(),
            body.scorers(season),
        ),
    };
    let team = choice
        .team
        .and_then(|id| season.clubs.get(usize::from(id.0)));
    let top = if team.is_some() { 200 } else { 160 };
    let needed = top + body_height + FOOT;
    let height = ASPECTS.into_iter().find(|&h| h >= needed).unwrap_or(needed);
    let mut frame = Draw {
        shapes: Vec::with_capacity(body.shapes.len() + 8),
        ..body
    };
    frame.rect(0, 0, WIDTH, height, palette.background);
    frame.rect(0, 0, WIDTH, 12, palette.accent);
    frame.text(
        MARGIN,
        68,
        24,
        true,
        Text::AppTitle.get(lang),
        palette.accent,
    );
    let size = fit(&heading, 46, true, INNER);
    frame.text(MARGIN, 124, size, true, &heading, palette.text);
    if let Some(club) = team {
        frame.rect(MARGIN, 150, 34, 28, palette.highlight_border);
        frame.rect(MARGIN + 3, 153, 28, 22, palette.highlight);
        let legend = Text::ImageHighlighted.fill(lang, &[("club", club.name)]);
        frame.text(MARGIN + 48, 173, 24, false, &legend, palette.text);
    }
    // The content sits in the middle of the room the shape leaves.
    let offset = top + (height - needed) / 2;
    frame
        .shapes
        .extend(body.shapes.into_iter().map(|mut shape| {
            match &mut shape {
                Shape::Rect { y, .. } | Shape::Text { y, .. } => *y += offset,
            }
            shape
        }));
    frame.rect(MARGIN, height - 72, INNER, 2, palette.border);
    let credit = Text::ImageCredit.get(lang);
    let size = fit(credit, 19, false, INNER);
    frame.text(MARGIN, height - 32, size, false, credit, palette.muted);
    Picture {
        width: WIDTH,
        height,
        lang,
        title: i18n::explorer_title(season, choice.view, choice.team, lang),
        shapes: frame.shapes,
    }
}

/// The picture as an SVG document.
pub fn svg(picture: &Picture) -> String {
    let (width, height) = (picture.width, picture.height);
    let mut out = String::with_capacity(64 * picture.shapes.len() + 512);
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" lang=\"{}\" font-family=\"{FONT}\" role=\"img\"><title>",
        picture.lang.key()
    ));
    escape_into(&mut out, &picture.title);
    out.push_str("</title>");
    for shape in &picture.shapes {
        match shape {
            Shape::Rect { x, y, w, h, fill } => out.push_str(&format!(
                "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{fill}\"/>"
            )),
            Shape::Text {
                x,
                y,
                size,
                bold,
                anchor,
                fill,
                text,
            } => {
                out.push_str(&format!(
                    "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" fill=\"{fill}\""
                ));
                if *bold {
                    out.push_str(" font-weight=\"bold\"");
                }
                if *anchor != Anchor::Start {
                    out.push_str(&format!(" text-anchor=\"{}\"", anchor.svg()));
                }
                out.push('>');
                escape_into(&mut out, text);
                out.push_str("</text>");
            }
        }
    }
    out.push_str("</svg>");
    out
}

/// The download's name: "coppa-italia-2002-03-bracket-roma-it-dark.png".
pub fn file_name(season: &Season, choice: ImageChoice, extension: &str) -> String {
    let mut name: String = Text::AppTitle
        .get(Lang::En)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    name.push('-');
    name.push_str(choice.view.key());
    if let Some(club) = choice
        .team
        .and_then(|id| season.clubs.get(usize::from(id.0)))
    {
        name.push('-');
        name.push_str(club.slug);
    }
    let theme = if choice.dark { "dark" } else { "light" };
    format!("{name}-{}-{theme}.{extension}", choice.lang.key())
}

/// An estimate of a line's width: system sans-serif fonts average about 0.55 em a character (bold
/// about 0.6).
fn estimate(text: &str, size: i32, bold: bool) -> i32 {
    let per_mille = if bold { 600 } else { 550 };
    let chars = i32::try_from(text.chars().count()).unwrap_or(i32::MAX / 1000);
    chars.saturating_mul(size).saturating_mul(per_mille) / 1000
}

/// `size`, or smaller so that the estimated line fits in `room` (never below 10 px).
fn fit(text: &str, size: i32, bold: bool, room: i32) -> i32 {
    let wide = estimate(text, size, bold);
    if wide <= room {
        size
    } else {
        (size * room / wide.max(1)).max(10)
    }
}

/// Escapes `text` for SVG text and the title: markup characters and double quotes, apostrophes kept
/// as they are (the credit line's "dell'epoca" reads as written in the file).
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Shapes being placed, with what every view needs to place them.
struct Draw {
    shapes: Vec<Shape>,
    palette: &'static Palette,
    lang: Lang,
    team: Option<ClubId>,
}

/// The measures of a standings table.
struct Table {
    caption: i32,
    head: i32,
    head_size: i32,
    row: i32,
    size: i32,
    position: i32,
    number: i32,
}

/// One group on the whole width.
const BIG_TABLE: Table = Table {
    caption: 0,
    head: 52,
    head_size: 20,
    row: 64,
    size: 28,
    position: 80,
    number: 84,
};

/// Groups two to a row.
const SMALL_TABLE: Table = Table {
    caption: 46,
    head: 34,
    head_size: 16,
    row: 42,
    size: 20,
    position: 44,
    number: 40,
};

impl Draw {
    fn rect(&mut self, x: i32, y: i32, w: i32, h: i32, fill: &'static str) {
        self.shapes.push(Shape::Rect { x, y, w, h, fill });
    }

    fn text(&mut self, x: i32, y: i32, size: i32, bold: bool, text: &str, fill: &'static str) {
        self.aligned(x, y, size, bold, Anchor::Start, text, fill);
    }

    #[allow(clippy::too_many_arguments)]
    fn aligned(
        &mut self,
        x: i32,
        y: i32,
        size: i32,
        bold: bool,
        anchor: Anchor,
        text: &str,
        fill: &'static str,
    ) {
        self.shapes.push(Shape::Text {
            x,
            y,
            size,
            bold,
            anchor,
            fill,
            text: text.to_owned(),
        });
    }

    /// A muted sentence on the content's first line; returns the room it takes.
    fn note(&mut self, text: &str) -> i32 {
        let size = fit(text, 22, false, INNER);
        self.text(MARGIN, 24, size, false, text, self.palette.muted);
        48
    }

    /// The club's group alone (unless `all_groups`), else every group two to a row; the heading and the
    /// height taken.
    fn standings(&mut self, season: &Season, all_groups: bool) -> (String, i32) {
        let lang = self.lang;
        let own = self.team.and_then(|club| group_of(season, club));
        let mut y = 0;
        if let Some(note) = self
            .team
            .and_then(|club| standings_note(season, club, lang))
        {
            y += self.note(&note);
        }
        let heading = match own {
            Some(group) if !all_groups => {
                y += self.table(season, group, MARGIN, y, INNER, &BIG_TABLE);
                group_name(group.number, lang)
            }
            _ => {
                let width = (INNER - 32) / 2;
                let mut bottom = y;
                for (index, group) in season.groups.iter().enumerate() {
                    let column = i32::from(index % 2 == 1);
                    let x = MARGIN + column * (width + 32);
                    let height = self.table(season, group, x, y, width, &SMALL_TABLE);
                    bottom = y + height;
                    if column == 1 {
                        y = bottom + 24;
                    }
                }
                y = bottom;
                Text::StandingsHeading.get(lang).to_owned()
            }
        };
        let legend = format!("✓ {}", Text::Qualified.get(lang));
        self.text(MARGIN, y + 40, 20, false, &legend, self.palette.muted);
        (heading, y + 56)
    }

    /// One group's table at (`x`, `y`), `width` wide; returns its height.
    fn table(
        &mut self,
        season: &Season,
        group: &Group,
        x: i32,
        y: i32,
        width: i32,
        m: &Table,
    ) -> i32 {
        let (lang, palette) = (self.lang, self.palette);
        let rows = table(season, group);
        let count = i32::try_from(rows.len()).unwrap_or(0);
        let height = m.caption + m.head + count * m.row;
        self.rect(x, y, width, height, palette.surface);
        if m.caption > 0 {
            let caption = group_name(group.number, lang);
            self.text(
                x + 12,
                y + m.caption - 14,
                m.size + 2,
                true,
                &caption,
                palette.text,
            );
        }
        let club_x = x + m.position + 12;
        let numbers_x = x + width - 8 * m.number;
        let head_y = y + m.caption + m.head - m.head_size / 2 - 4;
        let head = |this: &mut Self, right: i32, text: &str, anchor| {
            this.aligned(
                right,
                head_y,
                m.head_size,
                true,
                anchor,
                text,
                palette.muted,
            );
        };
        head(
            self,
            x + m.position - 8,
            Text::ColPositionAbbr.get(lang),
            Anchor::End,
        );
        head(self, club_x, Text::ColClub.get(lang), Anchor::Start);
        for (column, (abbr, _)) in (1..).zip(STANDINGS_NUMBER_COLUMNS) {
            head(
                self,
                numbers_x + column * m.number - 10,
                abbr.get(lang),
                Anchor::End,
            );
        }
        let mut row_y = y + m.caption + m.head;
        self.rect(x, row_y - 2, width, 2, palette.border);
        for (index, line) in rows.iter().enumerate() {
            let row = &line.row;
            let chosen = self.team == Some(row.club);
            let ink = if chosen {
                self.rect(x, row_y, width, m.row, palette.highlight);
                self.rect(x, row_y, 6, m.row, palette.highlight_border);
                palette.highlight_text
            } else {
                palette.text
            };
            if index + 1 < rows.len() {
                self.rect(x, row_y + m.row - 1, width, 1, palette.border);
            }
            let base = row_y + m.row / 2 + m.size * 7 / 20;
            let position = line.position.to_string();
            self.aligned(
                x + m.position - 8,
                base,
                m.size,
                chosen,
                Anchor::End,
                &position,
                ink,
            );
            let mut name = season.club(row.club).name.to_owned();
            if line.qualified {
                name.push_str(" ✓");
            }
            let size = fit(&name, m.size, true, numbers_x - club_x - 8);
            self.text(club_x, base, size, chosen, &name, ink);
            let numbers = numbers(row);
            for (column, number) in (1..).zip(&numbers) {
                let bold = chosen || column == 8;
                let right = numbers_x + column * m.number - 10;
                self.aligned(right, base, m.size, bold, Anchor::End, number, ink);
            }
            row_y += m.row;
        }
        height
    }

    /// The rounds as columns joined by connectors, the club's ties and links highlighted, the champion
    /// under the final; returns the height taken.
    fn bracket(&mut self, season: &Season) -> i32 {
        const GAP: i32 = 36;
        const SLOT: i32 = 96;
        const BOX: i32 = 76;
        let (lang, palette) = (self.lang, self.palette);
        let mut top = 0;
        if let Some(note) = self.team.and_then(|club| bracket_note(season, club, lang)) {
            top += self.note(&note);
        }
        let columns = columns(season);
        let count = i32::try_from(columns.len()).unwrap_or(1).max(1);
        let width = (INNER - (count - 1) * GAP) / count;
        let most = columns
            .iter()
            .map(|(_, ties)| ties.len())
            .max()
            .unwrap_or(1);
        let most = i32::try_from(most).unwrap_or(1).max(1);
        let area = top + 44;
        // Each tie's centre: between its feeders, else spread evenly over the column.
        let mut centres: Vec<Vec<i32>> = Vec::with_capacity(columns.len());
        for (column, (_, ties)) in columns.iter().enumerate() {
            let spread = most * SLOT / i32::try_from(ties.len()).unwrap_or(1).max(1);
            let placed = (0..)
                .zip(ties)
                .map(|(index, &at)| {
                    let previous = column
                        .checked_sub(1)
                        .and_then(|c| columns.get(c).zip(centres.get(c)));
                    let fed: Vec<i32> = previous.map_or_else(Vec::new, |((_, before), ys)| {
                        feeders(season, at)
                            .iter()
                            .filter_map(|f| before.iter().position(|b| b == f))
                            .filter_map(|i| ys.get(i).copied())
                            .collect()
                    });
                    match i32::try_from(fed.len()) {
                        Ok(n) if n > 0 => fed.iter().sum::<i32>() / n,
                        _ => area + index * spread + spread / 2,
                    }
                })
                .collect();
            centres.push(placed);
        }
        for (column, ((stage, ties), ys)) in (0..).zip(columns.iter().zip(&centres)) {
            let x = MARGIN + column * (width + GAP);
            let round = i18n::round_name(*stage, lang);
            let size = fit(round, 21, true, width);
            self.text(x, top + 24, size, true, round, palette.muted);
            for (&at, &centre) in ties.iter().zip(ys) {
                let this = tie(season, at);
                let on_path = self.team.is_some_and(|club| this.involves(club));
                // The connector to the next tie, highlighted where the club went through.
                let following = next(season, at).and_then(|n| {
                    let after = usize::try_from(column + 1).ok()?;
                    let index = columns.get(after)?.1.iter().position(|&t| t == n)?;
                    centres.get(after)?.get(index).copied()
                });
                if let Some(to) = following {
                    let through = self.team == Some(this.winner);
                    let (ink, thick) = if through {
                        (palette.highlight_border, 4)
                    } else {
                        (palette.border, 2)
                    };
                    let middle = x + width + GAP / 2;
                    self.rect(x + width, centre - thick / 2, GAP / 2, thick, ink);
                    self.rect(
                        middle - thick / 2,
                        centre.min(to) - thick / 2,
                        thick,
                        (centre - to).abs() + thick,
                        ink,
                    );
                    self.rect(middle, to - thick / 2, GAP / 2, thick, ink);
                }
                let (frame, inside, ink) = if on_path {
                    (
                        palette.highlight_border,
                        palette.highlight,
                        palette.highlight_text,
                    )
                } else {
                    (palette.border, palette.surface, palette.text)
                };
                let box_y = centre - BOX / 2;
                let edge = if on_path { 3 } else { 1 };
                self.rect(x, box_y, width, BOX, frame);
                self.rect(
                    x + edge,
                    box_y + edge,
                    width - 2 * edge,
                    BOX - 2 * edge,
                    inside,
                );
                for (line, club) in (0..).zip(this.clubs()) {
                    let base = box_y + 31 + line * 32;
                    let won = club == this.winner;
                    let name = season.club(club).name;
                    let size = fit(name, 20, won, width - 64);
                    self.text(x + 12, base, size, won, name, ink);
                    let goals = this
                        .aggregate_of(club)
                        .map_or("–".to_owned(), |g| g.to_string());
                    self.aligned(x + width - 12, base, 20, won, Anchor::End, &goals, ink);
                }
            }
        }
        let bottom = area + most * SLOT;
        if let (Some(x), Some(&centre)) = (
            Some(MARGIN + (count - 1) * (width + GAP)),
            centres.last().and_then(|ys| ys.first()),
        ) {
            let text = i18n::champion(season.club(champion(season)).name, lang);
            let size = fit(&text, 22, true, width);
            self.text(x, centre + BOX / 2 + 36, size, true, &text, palette.accent);
        }
        bottom
    }

    /// The scorers as bars, longest first, the club's players highlighted; returns the height taken.
    fn scorers(&mut self, season: &Season) -> i32 {
        const ROW: i32 = 88;
        const BAR_X: i32 = MARGIN + 420;
        const BAR_ROOM: i32 = INNER - 420 - 64;
        let palette = self.palette;
        let ranked = ranking(season);
        let most = i32::from(
            ranked
                .iter()
                .map(|r| r.scorer.goals)
                .max()
                .unwrap_or(1)
                .max(1),
        );
        let mut y = 0;
        for ranked in &ranked {
            let scorer = ranked.scorer;
            let chosen = self.team == Some(scorer.club);
            let ink = if chosen {
                self.rect(MARGIN - 16, y + 4, INNER + 32, ROW - 8, palette.highlight);
                self.rect(MARGIN - 16, y + 4, 6, ROW - 8, palette.highlight_border);
                palette.highlight_text
            } else {
                palette.text
            };
            let rank = rank_label(ranked);
            self.aligned(MARGIN + 44, y + 52, 24, false, Anchor::End, &rank, ink);
            let size = fit(scorer.player, 27, true, BAR_X - MARGIN - 80);
            self.text(MARGIN + 64, y + 42, size, true, scorer.player, ink);
            let club = season.club(scorer.club).name;
            self.text(MARGIN + 64, y + 70, 20, chosen, club, ink);
            let goals = i32::from(scorer.goals);
            let bar = (BAR_ROOM * goals / most).max(4);
            self.rect(BAR_X, y + 24, bar, 40, palette.accent);
            let count = scorer.goals.to_string();
            self.text(BAR_X + bar + 14, y + 54, 27, true, &count, ink);
            y += ROW;
        }
        y
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{AURORA, CITTA, DORA, ORIONE, SEASON};

    fn choice(view: View, team: Option<ClubId>, lang: Lang) -> ImageChoice {
        ImageChoice {
            view,
            team,
            lang,
            dark: false,
            all_groups: false,
        }
    }

    fn words(picture: &Picture) -> Vec<&str> {
        picture
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text { text, .. } => Some(text.as_str()),
                Shape::Rect { .. } => None,
            })
            .collect()
    }

    /// The fill behind the text `needle` (the last rectangle drawn under its baseline).
    fn fill_behind(picture: &Picture, needle: &str) -> &'static str {
        let (tx, ty) = picture
            .shapes
            .iter()
            .find_map(|shape| match shape {
                Shape::Text { x, y, text, .. } if text == needle => Some((*x, *y)),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no text {needle}"));
        picture
            .shapes
            .iter()
            .rev()
            .find_map(|shape| match *shape {
                Shape::Rect { x, y, w, h, fill }
                    if (x..x + w).contains(&tx) && (y..y + h).contains(&(ty - 4)) =>
                {
                    Some(fill)
                }
                _ => None,
            })
            .unwrap_or("none")
    }

    #[test]
    fn one_group_is_a_16_by_9_picture_with_title_season_credit_and_the_club_highlighted() {
        let picture = layout(&SEASON, choice(View::Standings, Some(CITTA), Lang::En));
        assert_eq!((picture.width, picture.height), (1200, 675));
        let texts = words(&picture);
        assert_eq!(
            texts[..3],
            [
                "Coppa Italia 2002–03",
                "Group 1",
                "Highlighted: Città Nuova"
            ]
        );
        assert!(
            texts.contains(&"Aurora ✓") && texts.contains(&"Dora"),
            "{texts:?}"
        );
        assert!(!texts.contains(&"Etna"), "only the club's group");
        assert_eq!(texts.last(), Some(&Text::ImageCredit.get(Lang::En)));
        assert_eq!(fill_behind(&picture, "Città Nuova"), LIGHT.highlight);
        assert_eq!(fill_behind(&picture, "Dora"), LIGHT.surface);
        let svg = svg(&picture);
        assert!(svg.starts_with(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"675\" viewBox=\"0 0 1200 675\" lang=\"en\""
        ));
        assert!(svg.contains("<title>Coppa Italia 2002–03 – Standings – Città Nuova</title>"));
        assert!(svg.contains(">Città Nuova</text>") && svg.contains(">+2</text>"));
        assert!(svg.contains(&format!("fill=\"{}\"", LIGHT.highlight)));
        assert!(svg.ends_with(&format!(
            ">{}</text></svg>",
            Text::ImageCredit.get(Lang::En)
        )));
    }

    #[test]
    fn every_group_in_italian_and_dark_when_asked_or_when_the_club_played_none() {
        let all = ImageChoice {
            all_groups: true,
            dark: true,
            ..choice(View::Standings, Some(CITTA), Lang::It)
        };
        let picture = layout(&SEASON, all);
        let texts = words(&picture);
        assert!(
            texts.contains(&"Girone 1") && texts.contains(&"Girone 2"),
            "{texts:?}"
        );
        assert!(texts.contains(&"Fase a gironi") && texts.contains(&"In evidenza: Città Nuova"));
        assert!(texts.contains(&"✓ qualificata") && texts.contains(&"Squadra"));
        assert_eq!(fill_behind(&picture, "Città Nuova"), DARK.highlight);
        assert!(svg(&picture).contains(&format!("fill=\"{}\"", DARK.background)));
        let later = layout(&SEASON, choice(View::Standings, Some(ORIONE), Lang::En));
        let texts = words(&later);
        assert!(texts.contains(&"Group 2"), "{texts:?}");
        assert!(
            texts.contains(&"Orione did not play in the group stage. Entered in the round of 16.")
        );
    }

    #[test]
    fn the_bracket_shows_every_round_its_aggregates_the_path_and_the_champion() {
        let picture = layout(&SEASON, choice(View::Bracket, Some(ORIONE), Lang::En));
        assert_eq!((picture.width, picture.height), (1200, 675));
        let texts = words(&picture);
        for round in [
            "Second round",
            "Round of 16",
            "Final",
            "Knockout rounds",
            "Champion: Aurora",
        ] {
            assert!(texts.contains(&round), "{round} in {texts:?}");
        }
        assert_eq!(texts.iter().filter(|t| **t == "Orione").count(), 1);
        assert_eq!(fill_behind(&picture, "Orione"), LIGHT.highlight);
        assert_eq!(fill_behind(&picture, "Etna"), LIGHT.surface);
        assert!(
            texts.contains(&"–"),
            "an unrecorded aggregate is a dash, never a number"
        );
        let italian = layout(&SEASON, choice(View::Bracket, Some(DORA), Lang::It));
        let texts = words(&italian);
        assert!(texts.contains(&"Vincitore: Aurora") && texts.contains(&"Ottavi di finale"));
        assert!(texts.iter().any(|t| t.starts_with("Dora")), "{texts:?}");
    }

    #[test]
    fn the_scorer_chart_ranks_players_with_bars_and_marks_the_clubs_players() {
        let picture = layout(&SEASON, choice(View::Scorers, Some(AURORA), Lang::It));
        let texts = words(&picture);
        assert!(texts.contains(&"Classifica marcatori") && texts.contains(&"Bruno Neri"));
        assert!(
            texts.contains(&"=2") && texts.contains(&"Carlo Bianchi"),
            "{texts:?}"
        );
        assert_eq!(fill_behind(&picture, "Bruno Neri"), LIGHT.highlight);
        assert_eq!(fill_behind(&picture, "Carlo Bianchi"), LIGHT.background);
        assert!(texts.contains(&Text::ImageCredit.get(Lang::It)));
    }

    #[test]
    fn names_are_escaped_and_long_text_gets_smaller() {
        let picture = Picture {
            width: 10,
            height: 10,
            lang: Lang::En,
            title: "<b>\"&".to_owned(),
            shapes: vec![Shape::Text {
                x: 0,
                y: 0,
                size: 10,
                bold: false,
                anchor: Anchor::End,
                fill: "#000",
                text: "<script>".to_owned(),
            }],
        };
        let svg = svg(&picture);
        assert!(svg.contains("<title>&lt;b&gt;&quot;&amp;</title>"));
        assert!(
            svg.contains("text-anchor=\"end\">&lt;script&gt;</text>") && !svg.contains("<script")
        );
        assert_eq!(fit("Roma", 20, true, 200), 20);
        assert!(fit("Hellas Verona Hellas Verona", 20, true, 150) < 20);
    }

    #[test]
    fn file_names_say_what_the_picture_shows() {
        let dark = ImageChoice {
            dark: true,
            ..choice(View::Bracket, Some(CITTA), Lang::It)
        };
        assert_eq!(
            file_name(&SEASON, dark, "png"),
            "coppa-italia-2002-03-bracket-citta-nuova-it-dark.png"
        );
        let plain = choice(View::Scorers, None, Lang::En);
        assert_eq!(
            file_name(&SEASON, plain, "svg"),
            "coppa-italia-2002-03-scorers-en-light.svg"
        );
    }
}
