//! Reads a season data file (format: `data/README.md`) into the model and validates it, reporting every
//! mistake as `file:line: reason`. Compiled only with the `source` feature: it runs in the app's build
//! script and in tests, never in the browser, so strings are simply leaked to become `'static`.

mod emit;
mod raw;

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;

use crate::model::{
    Certainty, Club, ClubId, Date, Goal, GoalKind, Group, GroupMatch, GroupTiebreak, Leg, Minute,
    Published, Round, Rules, Score, Scorer, Season, Side, Source, Stage, Tie,
};
use crate::standings::group_winner;
use crate::tie::TieError;
use raw::Text;

pub use emit::{season_rs, Emit};

/// Clubs per group: each group is a single round robin of four.
pub const GROUP_SIZE: usize = 4;

/// One mistake in a data file. `line` is 1-based (0 when the file could not be read at all).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for SourceError {}

/// Reads and validates the data file at `path`; errors name the path as given.
pub fn load(path: &Path) -> Result<Season, Vec<SourceError>> {
    let file = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&file, &text),
        Err(error) => Err(vec![SourceError {
            file,
            line: 0,
            message: format!("cannot read the file: {error}"),
        }]),
    }
}

/// Parses and validates `text`; `file_name` is only used in the errors, which come sorted by line.
pub fn parse(file_name: &str, text: &str) -> Result<Season, Vec<SourceError>> {
    let mut reader = Reader::new(file_name, text);
    match toml::from_str::<raw::File>(text) {
        Ok(raw) => {
            let season = reader.season(&raw);
            if reader.errors.is_empty() {
                return Ok(season);
            }
        }
        Err(error) => {
            let at = error.span().map_or(0, |span| span.start);
            reader.fail_at(at, error.message().trim());
        }
    }
    reader.errors.sort_by_key(|e| e.line);
    Err(reader.errors)
}

/// The English name of a stage in validation messages.
fn stage_words(stage: Stage) -> &'static str {
    match stage {
        Stage::Group => "group stage",
        Stage::SecondRound => "second round",
        Stage::RoundOf16 => "round of 16",
        Stage::QuarterFinal => "quarter-finals",
        Stage::SemiFinal => "semi-finals",
        Stage::Final => "final",
    }
}

/// "a quarter-final tie" and the like.
fn tie_words(stage: Stage) -> &'static str {
    match stage {
        Stage::Group => "group match",
        Stage::SecondRound => "second-round tie",
        Stage::RoundOf16 => "round-of-16 tie",
        Stage::QuarterFinal => "quarter-final tie",
        Stage::SemiFinal => "semi-final tie",
        Stage::Final => "final",
    }
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

fn leak_slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// Placeholder for a date that failed to parse; the season is discarded with the error anyway.
const NO_DATE: Date = Date {
    year: 0,
    month: 1,
    day: 1,
    approximate: false,
};

fn parse_date(text: &str) -> Option<Date> {
    let (approximate, rest) = match text.strip_prefix('~') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let parts: Vec<&str> = rest.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return None;
    };
    let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
        return None;
    }
    let date = Date {
        year: year.parse().ok()?,
        month: month.parse().ok()?,
        day: day.parse().ok()?,
        approximate,
    };
    let y = date.year;
    let leap = y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
    let days = match date.month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&date.day).then_some(date)
}

/// "1-2" or "1–2" (en dash), host first.
fn parse_score(text: &str) -> Option<Score> {
    let goals = |s: &str| -> Option<u8> {
        let s = s.trim();
        if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (home, away) = text.split_once(['-', '–'])?;
    Some(Score {
        home: goals(home)?,
        away: goals(away)?,
    })
}

/// "62", "90+1" (stoppage time) or "~98" (approximate); minutes run 1–120 and stoppage 1–30.
fn parse_minute(text: &str) -> Option<Minute> {
    let (approximate, rest) = match text.strip_prefix('~') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let number = |s: &str, max: u8| -> Option<u8> {
        if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok().filter(|n| (1..=max).contains(n))
    };
    let (minute, stoppage) = match rest.split_once('+') {
        Some((minute, stoppage)) => (number(minute, 120)?, Some(number(stoppage, 30)?)),
        None => (number(rest, 120)?, None),
    };
    Some(Minute {
        minute,
        stoppage,
        approximate,
    })
}

fn day_key(date: Date) -> (u16, u8, u8) {
    (date.year, date.month, date.day)
}

fn show_date(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

/// A group as read, with whether all its clubs and matches resolved (later checks skip broken ones).
struct ReadGroup {
    group: Group,
    complete: bool,
}

/// A group match as read: counted, a repeat of a pair already played, or not placeable at all.
enum MatchRead {
    Counts(GroupMatch),
    Duplicate,
    /// An unknown club, a club outside the group or a club playing itself.
    Unresolved,
}

/// A tie as read: `Valid` when its clubs resolved and its scores fit the rules.
enum ReadTie {
    Valid {
        stage: Stage,
        tie: Tie,
        /// Lines of the first leg's host and guest, where a club's presence is reported.
        lines: [usize; 2],
    },
    Broken {
        clubs: Vec<ClubId>,
    },
}

/// Where a club stands while the rounds are replayed in order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    /// May play in this stage next.
    Due(Stage),
    /// Went out in this stage.
    Out(Stage),
    /// Its earlier entries had errors of their own: not checked further.
    Unknown,
}

struct Reader<'a> {
    file: &'a str,
    line_starts: Vec<usize>,
    errors: Vec<SourceError>,
    source_keys: HashMap<String, usize>,
    slugs: HashMap<String, ClubId>,
    /// Lower-cased slugs, names and aliases, to suggest a slug and to catch names that fit two clubs.
    names: HashMap<String, ClubId>,
    clubs: Vec<Club>,
    club_lines: Vec<usize>,
    season_days: Option<(Date, Date)>,
}

impl<'a> Reader<'a> {
    fn new(file: &'a str, text: &str) -> Reader<'a> {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Reader {
            file,
            line_starts,
            errors: Vec::new(),
            source_keys: HashMap::new(),
            slugs: HashMap::new(),
            names: HashMap::new(),
            clubs: Vec::new(),
            club_lines: Vec::new(),
            season_days: None,
        }
    }

    fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset)
    }

    fn fail_at(&mut self, offset: usize, message: impl Into<String>) {
        self.fail_line(self.line(offset), message);
    }

    fn fail_line(&mut self, line: usize, message: impl Into<String>) {
        self.errors.push(SourceError {
            file: self.file.to_owned(),
            line,
            message: message.into(),
        });
    }

    fn fail(&mut self, span: &Range<usize>, message: impl Into<String>) {
        self.fail_at(span.start, message);
    }

    fn name(&self, club: ClubId) -> &'static str {
        self.clubs[usize::from(club.0)].name
    }

    fn season(&mut self, raw: &raw::File) -> Season {
        let sources = self.sources(&raw.sources);
        let info = raw.season.get_ref();
        let first_day = self.date(&info.first_day);
        let last_day = self.date(&info.last_day);
        self.season_days = first_day.zip(last_day);
        self.cite(&info.sources, &raw.season.span(), "[season]");
        let rules = self.rules(&raw.rules);
        let published = self.published(raw.published.get_ref());
        self.clubs(&raw.clubs);
        let groups = self.groups(&raw.groups);
        let ties: Vec<ReadTie> = raw.ties.iter().map(|t| self.tie(t)).collect();
        let scorers = raw.scorers.iter().map(|s| self.scorer(s)).collect();
        let rounds = Stage::KNOCKOUT
            .into_iter()
            .map(|stage| Round {
                stage,
                ties: leak_slice(
                    ties.iter()
                        .filter_map(|t| match t {
                            ReadTie::Valid { stage: s, tie, .. } if *s == stage => Some(*tie),
                            _ => None,
                        })
                        .collect(),
                ),
            })
            .filter(|round| !round.ties.is_empty())
            .collect();
        let season = Season {
            name: leak(&info.name),
            edition: leak(&info.edition),
            first_day: first_day.unwrap_or(NO_DATE),
            last_day: last_day.unwrap_or(NO_DATE),
            clubs: leak_slice(self.clubs.clone()),
            groups: leak_slice(groups.iter().map(|g| g.group).collect()),
            rounds: leak_slice(rounds),
            scorers: leak_slice(scorers),
            rules,
            published,
            sources,
        };
        self.check_progress(&season, &groups, &ties);
        season
    }

    fn sources(&mut self, raw: &[Spanned<raw::Source>]) -> &'static [Source] {
        let mut sources = Vec::new();
        for entry in raw {
            let source = entry.get_ref();
            let key = source.key.get_ref();
            let line = self.line(source.key.span().start);
            if let Some(first) = self.source_keys.insert(key.clone(), line) {
                self.source_keys.insert(key.clone(), first);
                self.fail(
                    &source.key.span(),
                    format!("duplicate source key \"{key}\" (first used on line {first})"),
                );
            }
            sources.push(Source {
                key: leak(key),
                title: leak(&source.title),
                url: source.url.as_deref().map(leak),
            });
        }
        leak_slice(sources)
    }

    /// The source keys of an entry; an entry without any, or with an unknown key, is an error.
    fn cite(
        &mut self,
        keys: &Option<Vec<Text>>,
        entry: &Range<usize>,
        what: &str,
    ) -> &'static [&'static str] {
        let keys = keys.as_deref().unwrap_or_default();
        if keys.is_empty() {
            self.fail(entry, format!("{what} has no sources"));
        }
        for key in keys {
            self.source_key(key);
        }
        leak_slice(keys.iter().map(|k| leak(k.get_ref())).collect())
    }

    fn source_key(&mut self, key: &Text) {
        if !self.source_keys.contains_key(key.get_ref()) {
            self.fail(&key.span(), format!("unknown source \"{}\"", key.get_ref()));
        }
    }

    fn date(&mut self, text: &Text) -> Option<Date> {
        let date = parse_date(text.get_ref().trim());
        if date.is_none() {
            self.fail(
                &text.span(),
                format!(
                    "malformed date \"{}\": expected YYYY-MM-DD, with a leading ~ when approximate",
                    text.get_ref()
                ),
            );
        }
        date
    }

    /// A match date: well formed and within the season's first and last day.
    fn match_date(&mut self, text: &Option<Text>) -> Option<Date> {
        let text = text.as_ref()?;
        let date = self.date(text)?;
        if let Some((first, last)) = self.season_days {
            if !(day_key(first)..=day_key(last)).contains(&day_key(date)) {
                self.fail(
                    &text.span(),
                    format!(
                        "date {} is outside the season ({} to {})",
                        show_date(date),
                        show_date(first),
                        show_date(last)
                    ),
                );
            }
        }
        Some(date)
    }

    fn score(&mut self, text: &Option<Text>) -> Option<Score> {
        let text = text.as_ref()?;
        let score = parse_score(text.get_ref());
        if score.is_none() {
            self.fail(
                &text.span(),
                format!(
                    "malformed score \"{}\": expected two numbers like \"1-2\" (host first)",
                    text.get_ref()
                ),
            );
        }
        score
    }

    fn stage(&mut self, text: &Text) -> Option<Stage> {
        let stage = Stage::from_key(text.get_ref());
        if stage.is_none() {
            self.fail(
                &text.span(),
                format!(
                    "unknown stage \"{}\": expected group, second-round, round-of-16, \
                     quarter-finals, semi-finals or final",
                    text.get_ref()
                ),
            );
        }
        stage
    }

    fn rules(&mut self, raw: &Spanned<raw::Rules>) -> Rules {
        let rules = raw.get_ref();
        self.cite(&rules.sources, &raw.span(), "[rules]");
        let group_tiebreak = match rules.group_tiebreak.get_ref().as_str() {
            "overall-goal-difference" => GroupTiebreak::OverallGoalDifference,
            "head-to-head" => GroupTiebreak::HeadToHead,
            other => {
                self.fail(
                    &rules.group_tiebreak.span(),
                    format!(
                        "unknown group tiebreak \"{other}\": expected overall-goal-difference \
                         or head-to-head"
                    ),
                );
                GroupTiebreak::OverallGoalDifference
            }
        };
        let group_qualifiers = *rules.group_qualifiers.get_ref();
        if group_qualifiers != 1 {
            // Who may play the second round is checked against the group winners only.
            self.fail(
                &rules.group_qualifiers.span(),
                "only one qualifier per group (the winner) is supported",
            );
        }
        Rules {
            points_win: rules.points_win,
            points_draw: rules.points_draw,
            group_tiebreak,
            group_qualifiers,
            knockout: leak(&rules.knockout),
        }
    }

    fn published(&mut self, raw: &raw::Published) -> Published {
        self.source_key(&raw.source);
        Published {
            matches: raw.matches,
            goals: raw.goals,
            clubs: raw.clubs,
            top_scorer_goals: raw.top_scorer_goals,
            source: leak(raw.source.get_ref()),
        }
    }

    fn clubs(&mut self, raw: &[Spanned<raw::Club>]) {
        for entry in raw {
            let club = entry.get_ref();
            let Ok(index) = u8::try_from(self.clubs.len()) else {
                self.fail(&entry.span(), "too many clubs: at most 256");
                return;
            };
            let id = ClubId(index);
            let slug = club.slug.get_ref();
            let well_formed = !slug.is_empty()
                && slug
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !well_formed {
                self.fail(
                    &club.slug.span(),
                    format!("malformed slug \"{slug}\": use lowercase letters, digits and hyphens"),
                );
            }
            let duplicate = self.slugs.get(slug).copied();
            if let Some(first) = duplicate {
                let line = self.club_lines[usize::from(first.0)];
                self.fail(
                    &club.slug.span(),
                    format!("duplicate slug \"{slug}\" (first used on line {line})"),
                );
            } else {
                self.slugs.insert(slug.clone(), id);
            }
            let short = club.short.get_ref();
            if !(1..=4).contains(&short.chars().count()) {
                self.fail(
                    &club.short.span(),
                    format!("short name \"{short}\" must have 1 to 4 characters"),
                );
            }
            let enters = self.stage(&club.enters).unwrap_or(Stage::Group);
            self.club_lines.push(self.line(entry.span().start));
            self.clubs.push(Club {
                slug: leak(slug),
                name: leak(club.name.get_ref()),
                short: leak(short),
                aliases: leak_slice(club.aliases.iter().map(|a| leak(a.get_ref())).collect()),
                enters,
            });
            // A duplicate slug is reported once, above, not again as a name clash.
            let slug_name = duplicate.is_none().then_some(("slug", &club.slug));
            for (kind, text) in slug_name
                .into_iter()
                .chain([("name", &club.name)])
                .chain(club.aliases.iter().map(|a| ("alias", a)))
            {
                self.claim_name(id, kind, text);
            }
        }
    }

    /// Registers a slug, name or alias; one that already names another club is an error.
    fn claim_name(&mut self, id: ClubId, kind: &str, text: &Text) {
        let key = text.get_ref().to_lowercase();
        match self.names.get(&key) {
            Some(&other) if other != id => {
                let line = self.club_lines[usize::from(other.0)];
                let message = format!(
                    "{kind} \"{}\" also names {} (line {line})",
                    text.get_ref(),
                    self.name(other)
                );
                self.fail(&text.span(), message);
            }
            Some(_) => {}
            None => {
                self.names.insert(key, id);
            }
        }
    }

    /// A club given by slug; an unknown one is an error, with a suggestion when it is a name or alias.
    fn club(&mut self, text: &Text) -> Option<ClubId> {
        let slug = text.get_ref();
        if let Some(&id) = self.slugs.get(slug) {
            return Some(id);
        }
        let hint = match self.names.get(&slug.to_lowercase()) {
            Some(&id) => format!(
                " (did you mean \"{}\"?)",
                self.clubs[usize::from(id.0)].slug
            ),
            None => String::new(),
        };
        self.fail(&text.span(), format!("unknown club \"{slug}\"{hint}"));
        None
    }

    fn groups(&mut self, raw: &[Spanned<raw::Group>]) -> Vec<ReadGroup> {
        let mut numbers: HashMap<u8, usize> = HashMap::new();
        let mut membership: HashMap<ClubId, (u8, usize)> = HashMap::new();
        let mut groups = Vec::new();
        for entry in raw {
            let group = self.group(entry, &mut numbers, &mut membership);
            groups.push(group);
        }
        for (index, club) in self.clubs.clone().iter().enumerate() {
            let id = ClubId(index as u8);
            if club.enters == Stage::Group && !membership.contains_key(&id) {
                self.fail_line(
                    self.club_lines[index],
                    format!("{} enters in the group stage but is in no group", club.name),
                );
            }
        }
        groups
    }

    fn group(
        &mut self,
        entry: &Spanned<raw::Group>,
        numbers: &mut HashMap<u8, usize>,
        membership: &mut HashMap<ClubId, (u8, usize)>,
    ) -> ReadGroup {
        let raw = entry.get_ref();
        let number = *raw.number.get_ref();
        let line = self.line(entry.span().start);
        let sources = self.cite(&raw.sources, &entry.span(), &format!("group {number}"));
        if let Some(first) = numbers.insert(number, line) {
            self.fail(
                &raw.number.span(),
                format!("duplicate group number {number} (first used on line {first})"),
            );
        }
        let mut complete = true;
        let mut clubs = Vec::new();
        for text in &raw.clubs {
            let Some(id) = self.club(text) else {
                complete = false;
                continue;
            };
            let club_line = self.line(text.span().start);
            if let Some(&(other, other_line)) = membership.get(&id) {
                let message = format!(
                    "{} is already in group {other} (line {other_line})",
                    self.name(id)
                );
                self.fail(&text.span(), message);
                complete = false;
            } else {
                membership.insert(id, (number, club_line));
            }
            let enters = self.clubs[usize::from(id.0)].enters;
            if enters != Stage::Group {
                let message = format!(
                    "{} enters at the {} and cannot play in a group",
                    self.name(id),
                    stage_words(enters)
                );
                self.fail(&text.span(), message);
                complete = false;
            }
            clubs.push(id);
        }
        if raw.clubs.len() != GROUP_SIZE {
            self.fail(
                &entry.span(),
                format!(
                    "group {number} has {} clubs; a group has {GROUP_SIZE}",
                    raw.clubs.len()
                ),
            );
            complete = false;
        }
        let mut matches = Vec::new();
        let mut pairs: HashMap<(ClubId, ClubId), usize> = HashMap::new();
        // Missing pairs are only worth reporting when every club and match resolved.
        let mut resolved = complete;
        for game in &raw.matches {
            match self.group_match(game, number, &clubs, &mut pairs) {
                MatchRead::Counts(game) => matches.push(game),
                MatchRead::Duplicate => complete = false,
                MatchRead::Unresolved => {
                    complete = false;
                    resolved = false;
                }
            }
        }
        if resolved {
            for (i, &a) in clubs.iter().enumerate() {
                for &b in &clubs[i + 1..] {
                    if !pairs.contains_key(&(a.min(b), a.max(b))) {
                        let message = format!(
                            "group {number} is not a complete round robin: {} v {} is missing",
                            self.name(a),
                            self.name(b)
                        );
                        self.fail(&entry.span(), message);
                        complete = false;
                    }
                }
            }
        }
        ReadGroup {
            group: Group {
                number,
                clubs: leak_slice(clubs),
                matches: leak_slice(matches),
                sources,
            },
            complete,
        }
    }

    fn group_match(
        &mut self,
        entry: &Spanned<raw::GroupMatch>,
        number: u8,
        group_clubs: &[ClubId],
        pairs: &mut HashMap<(ClubId, ClubId), usize>,
    ) -> MatchRead {
        let game = entry.get_ref();
        let home = self.club(&game.home);
        let away = self.club(&game.away);
        let date = self.match_date(&game.date);
        let score = self.score(&game.score);
        let (Some(home), Some(away)) = (home, away) else {
            return MatchRead::Unresolved;
        };
        let mut outside = false;
        for (club, text) in [(home, &game.home), (away, &game.away)] {
            if !group_clubs.contains(&club) {
                let message = format!("{} is not in group {number}", self.name(club));
                self.fail(&text.span(), message);
                outside = true;
            }
        }
        if home == away {
            self.fail(&entry.span(), "a club cannot play itself");
            outside = true;
        }
        if outside {
            return MatchRead::Unresolved;
        }
        let pair = (home.min(away), home.max(away));
        if let Some(&first) = pairs.get(&pair) {
            let message = format!(
                "duplicate match: {} v {} (already on line {first})",
                self.name(home),
                self.name(away)
            );
            self.fail(&entry.span(), message);
            return MatchRead::Duplicate;
        }
        pairs.insert(pair, self.line(entry.span().start));
        MatchRead::Counts(GroupMatch {
            matchday: game.matchday,
            date,
            venue: game.venue.as_deref().map(leak),
            home,
            away,
            score,
            referee: game.referee.as_deref().map(leak),
            attendance: game.attendance,
            note: leak(&game.note),
        })
    }

    fn tie(&mut self, entry: &Spanned<raw::Tie>) -> ReadTie {
        let raw = entry.get_ref();
        let stage = self.stage(&raw.stage);
        if stage == Some(Stage::Group) {
            self.fail(
                &raw.stage.span(),
                "a knockout tie cannot be in the group stage",
            );
        }
        let what = format!(
            "the tie {} v {}",
            raw.first.get_ref().host.get_ref(),
            raw.first.get_ref().guest.get_ref()
        );
        let sources = self.cite(&raw.sources, &entry.span(), &what);
        let winner = self.club(&raw.winner);
        let first = self.leg(&raw.first);
        let second = self.leg(&raw.second);
        let (Some(stage), Some(winner), Some(first), Some(second)) = (stage, winner, first, second)
        else {
            let clubs = [&first, &second]
                .into_iter()
                .flatten()
                .flat_map(|leg| [leg.host, leg.guest])
                .collect();
            return ReadTie::Broken { clubs };
        };
        let tie = Tie {
            legs: [first, second],
            winner,
            sources,
        };
        if stage == Stage::Group {
            return ReadTie::Broken {
                clubs: tie.clubs().to_vec(),
            };
        }
        if let Err(error) = tie.check() {
            let span = self.tie_error_span(raw, error);
            self.fail(&span, error.to_string());
            return ReadTie::Broken {
                clubs: tie.clubs().to_vec(),
            };
        }
        let first = raw.first.get_ref();
        ReadTie::Valid {
            stage,
            tie,
            lines: [
                self.line(first.host.span().start),
                self.line(first.guest.span().start),
            ],
        }
    }

    /// The entry a [`TieError`] is about, so the message points at the line to fix.
    fn tie_error_span(&self, raw: &raw::Tie, error: TieError) -> Range<usize> {
        let (first, second) = (raw.first.get_ref(), raw.second.get_ref());
        let flag = |flag: &Option<Spanned<bool>>| flag.as_ref().map(Spanned::span);
        let text = |text: &Option<Text>| text.as_ref().map(Spanned::span);
        let specific = match error {
            TieError::WinnerNotInTie | TieError::ContradictsWinner { .. } => {
                Some(raw.winner.span())
            }
            TieError::LegsNotSwapped => Some(second.host.span()),
            TieError::SameClubTwice => Some(first.guest.span()),
            TieError::ExtrasInFirstLeg => Some(raw.first.span()),
            TieError::NoPenaltiesWhenLevel => text(&second.score),
            TieError::PenaltiesWithoutLevelTie
            | TieError::PenaltiesWithoutExtraTime
            | TieError::PenaltiesLevel => text(&second.penalties),
            TieError::ExtraTimeNotNeeded => flag(&second.extra_time),
            TieError::AfterNinetyWithoutExtraTime | TieError::AfterNinetyExceedsScore => {
                text(&second.after_90)
            }
            TieError::GoldenGoalMisplaced => flag(&second.golden_goal),
        };
        specific.unwrap_or_else(|| raw.second.span())
    }

    fn leg(&mut self, entry: &Spanned<raw::Leg>) -> Option<Leg> {
        let leg = entry.get_ref();
        let host = self.club(&leg.host);
        let guest = self.club(&leg.guest);
        let date = self.match_date(&leg.date);
        let score = self.score(&leg.score);
        let after_90 = self.score(&leg.after_90);
        let penalties = self.score(&leg.penalties);
        let flag = |flag: &Option<Spanned<bool>>| flag.as_ref().is_some_and(|f| *f.get_ref());
        let goals = self.goals(leg);
        let leg = Leg {
            host: host?,
            guest: guest?,
            date,
            venue: leg.venue.as_deref().map(leak),
            score,
            after_90,
            extra_time: flag(&leg.extra_time),
            golden_goal: flag(&leg.golden_goal),
            penalties,
            goals: leak_slice(goals?),
            // A goalless leg needs no list to be complete.
            goals_complete: !leg.goals_partial.unwrap_or(false)
                && (leg.goals.is_some() || score == Some(Score { home: 0, away: 0 })),
            note: leak(&leg.note),
        };
        // A malformed score is reported already: its goals cannot be checked against it.
        let score_unreadable = leg.score.is_none() && entry.get_ref().score.is_some();
        if let (Some(listed), false) = (&entry.get_ref().goals, score_unreadable) {
            self.check_goals(&leg, &listed.span());
        }
        Some(leg)
    }

    /// A leg's goals; `None` when one of them is malformed (reported).
    fn goals(&mut self, leg: &raw::Leg) -> Option<Vec<Goal>> {
        let Some(listed) = &leg.goals else {
            return Some(Vec::new());
        };
        let mut goals = Vec::new();
        let mut valid = true;
        for entry in listed.get_ref() {
            let goal = entry.get_ref();
            let side = match goal.side.get_ref().as_str() {
                "host" => Some(Side::Host),
                "guest" => Some(Side::Guest),
                other => {
                    self.fail(
                        &goal.side.span(),
                        format!("unknown side \"{other}\": expected host or guest"),
                    );
                    None
                }
            };
            let minute = goal.minute.as_ref().map(|text| {
                let minute = parse_minute(text.get_ref());
                if minute.is_none() {
                    self.fail(
                        &text.span(),
                        format!(
                            "malformed minute \"{}\": expected a minute of 1–120 like \"62\", \
                             stoppage time like \"90+3\", a leading ~ when approximate",
                            text.get_ref()
                        ),
                    );
                }
                minute
            });
            let kind = match goal.kind.as_ref().map(|k| (k.get_ref().as_str(), k.span())) {
                None => Some(GoalKind::Regular),
                Some(("penalty", _)) => Some(GoalKind::Penalty),
                Some(("own-goal", _)) => Some(GoalKind::OwnGoal),
                Some(("golden-goal", _)) => Some(GoalKind::GoldenGoal),
                Some((other, span)) => {
                    self.fail(
                        &span,
                        format!(
                            "unknown goal kind \"{other}\": expected penalty, own-goal or golden-goal"
                        ),
                    );
                    None
                }
            };
            if goal.player.trim().is_empty() {
                self.fail(&entry.span(), "a goal needs its player");
                valid = false;
            }
            match (side, minute, kind) {
                (Some(side), None | Some(Some(_)), Some(kind)) => goals.push(Goal {
                    side,
                    player: leak(goal.player.trim()),
                    minute: minute.flatten(),
                    kind,
                }),
                _ => valid = false,
            }
        }
        valid.then_some(goals)
    }

    /// A complete goal list must add up to the score on each side; a partial one may not exceed it.
    fn check_goals(&mut self, leg: &Leg, span: &Range<usize>) {
        let (host, guest) = (self.name(leg.host), self.name(leg.guest));
        let listed = leg.listed_score();
        let Some(score) = leg.score else {
            self.fail(
                span,
                "goals are listed but the score is not recorded: a partial fact belongs in note",
            );
            return;
        };
        let show = |s: Score| format!("{host} {}, {guest} {}", s.home, s.away);
        if leg.goals_complete && listed != score {
            self.fail(
                span,
                format!(
                    "the goals do not add up to the score: listed {}, score {}",
                    show(listed),
                    show(score)
                ),
            );
        } else if listed.home > score.home || listed.away > score.away {
            self.fail(
                span,
                format!(
                    "more goals listed than the score holds: listed {}, score {}",
                    show(listed),
                    show(score)
                ),
            );
        }
        if !leg.golden_goal && leg.goals.iter().any(|g| g.kind == GoalKind::GoldenGoal) {
            self.fail(
                span,
                "a golden goal is listed but the leg has no golden_goal = true",
            );
        }
    }

    fn scorer(&mut self, entry: &Spanned<raw::Scorer>) -> Scorer {
        let raw = entry.get_ref();
        let sources = self.cite(
            &raw.sources,
            &entry.span(),
            &format!("the scorer {}", raw.player),
        );
        let certainty = match raw.certainty.get_ref().as_str() {
            "stated" => Certainty::Stated,
            "inferred" => Certainty::Inferred,
            other => {
                self.fail(
                    &raw.certainty.span(),
                    format!("unknown certainty \"{other}\": expected stated or inferred"),
                );
                Certainty::Inferred
            }
        };
        Scorer {
            player: leak(&raw.player),
            nationality: leak(&raw.nationality),
            club: self.club(&raw.club).unwrap_or(ClubId(0)),
            goals: raw.goals,
            certainty,
            sources,
        }
    }

    /// Replays the knockout rounds in order: a club may play a round only if it enters there, won its
    /// group (second round) or won a tie in the round before; never after it went out, never twice.
    fn check_progress(&mut self, season: &Season, groups: &[ReadGroup], ties: &[ReadTie]) {
        let mut status: Vec<Status> = self
            .clubs
            .iter()
            .map(|club| match club.enters {
                Stage::Group => Status::Unknown,
                stage => Status::Due(stage),
            })
            .collect();
        let mut group_of: HashMap<ClubId, u8> = HashMap::new();
        for read in groups.iter().filter(|g| g.complete) {
            let winner = group_winner(season, &read.group);
            for &club in read.group.clubs {
                group_of.insert(club, read.group.number);
                status[usize::from(club.0)] = if club == winner {
                    Status::Due(Stage::SecondRound)
                } else {
                    Status::Out(Stage::Group)
                };
            }
        }
        for read in ties {
            if let ReadTie::Broken { clubs } = read {
                for club in clubs {
                    status[usize::from(club.0)] = Status::Unknown;
                }
            }
        }
        for stage in Stage::KNOCKOUT {
            let mut playing: HashMap<ClubId, usize> = HashMap::new();
            let mut results = Vec::new();
            for read in ties {
                let ReadTie::Valid {
                    stage: tie_stage,
                    tie,
                    lines,
                } = read
                else {
                    continue;
                };
                if *tie_stage != stage {
                    continue;
                }
                let mut fits = true;
                for (club, line) in tie.clubs().into_iter().zip(*lines) {
                    let current = status[usize::from(club.0)];
                    let problem = self.progress_problem(club, current, stage, &group_of);
                    let twice = playing.insert(club, line);
                    if let Some(message) = problem {
                        self.fail_line(line, message);
                        fits = false;
                    } else if let Some(first) = twice {
                        let message = format!(
                            "{} already plays in another {} (line {first})",
                            self.name(club),
                            tie_words(stage)
                        );
                        self.fail_line(line, message);
                        fits = false;
                    }
                    fits &= current != Status::Unknown;
                }
                results.push((tie, fits));
            }
            for (tie, fits) in results {
                let (winner, loser) = (tie.winner, tie.loser());
                if fits {
                    if let Some(next) = stage.next() {
                        status[usize::from(winner.0)] = Status::Due(next);
                    }
                    status[usize::from(loser.0)] = Status::Out(stage);
                } else {
                    status[usize::from(winner.0)] = Status::Unknown;
                    status[usize::from(loser.0)] = Status::Unknown;
                }
            }
        }
    }

    /// Why `club`, standing at `status`, cannot play in `stage`; `None` when it can (or is unchecked).
    fn progress_problem(
        &self,
        club: ClubId,
        status: Status,
        stage: Stage,
        group_of: &HashMap<ClubId, u8>,
    ) -> Option<String> {
        let name = self.name(club);
        let where_ = stage_words(stage);
        match status {
            Status::Unknown => None,
            Status::Due(due) if due == stage => None,
            Status::Due(due) if due > stage => Some(format!(
                "{name} enters at the {} and cannot play in the {where_}",
                stage_words(due)
            )),
            Status::Due(due) => Some(format!(
                "{name} cannot have reached the {where_}: it played no {}",
                tie_words(due)
            )),
            Status::Out(Stage::Group) => Some(format!(
                "{name} did not win group {} and cannot play in the {where_}",
                group_of.get(&club).copied().unwrap_or_default()
            )),
            Status::Out(out) => Some(format!(
                "{name} was eliminated in the {} and cannot play in the {where_}",
                stage_words(out)
            )),
        }
    }
}
