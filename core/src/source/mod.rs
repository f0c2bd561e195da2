//! Reads a season data file (format: `data/README.md`) into the model and validates it, reporting every
//! mistake as `file:line: reason`. Compiled only with the `source` feature: it runs in the app's build
//! script and in tests, never in the browser, so strings are simply leaked to become `'static`.

//!
//! One [`Reader`] walks the file; each concern adds its own methods in its module: [`values`] (dates,
//! scores, minutes, stages), [`sources`], [`clubs`], [`groups`], [`knockout`] (ties, legs, goals),
//! [`scorers`] and [`progress`] (who may play which round), then [`emit`] writes the season as Rust.

mod clubs;
mod emit;
mod groups;
mod knockout;
mod progress;
mod raw;
mod scorers;
mod sources;
mod values;

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::path::Path;

use toml::Spanned;

use crate::model::{Club, ClubId, Date, GroupTiebreak, Round, Rules, Season, Stage};
use knockout::ReadTie;
use values::NO_DATE;

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

    /// A note in English and in Italian, empty where there is none: one without the other is an error,
    /// so a reader of either language never meets a note in the other.
    fn notes(
        &mut self,
        note: &Option<raw::Text>,
        note_it: &Option<raw::Text>,
    ) -> [&'static str; 2] {
        match (note, note_it) {
            (Some(en), None) => self.fail(&en.span(), "a note needs its Italian too: add note_it"),
            (None, Some(it)) => self.fail(&it.span(), "note_it without note: add the English note"),
            _ => {}
        }
        [note, note_it].map(|text| text.as_ref().map_or("", |text| leak(text.get_ref())))
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

    fn rules(&mut self, raw: &Spanned<raw::Rules>) -> Rules {
        let rules = raw.get_ref();
        self.cite(&rules.sources, &raw.span(), "[rules]");
        let group_tiebreak = self
            .keyword(
                &rules.group_tiebreak,
                "group tiebreak",
                &[
                    (
                        "overall-goal-difference",
                        GroupTiebreak::OverallGoalDifference,
                    ),
                    ("head-to-head", GroupTiebreak::HeadToHead),
                ],
            )
            .unwrap_or(GroupTiebreak::OverallGoalDifference);
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
}
