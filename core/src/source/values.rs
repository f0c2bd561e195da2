//! The data file's scalar values (dates, scores, minutes, stages): parsed from their text, a malformed
//! one reported where it stands.

use super::raw::Text;
use super::Reader;
use crate::model::{Date, Minute, Score, Stage};

/// Placeholder for a date that failed to parse; the season is discarded with the error anyway.
pub(super) const NO_DATE: Date = Date {
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
pub(super) fn parse_minute(text: &str) -> Option<Minute> {
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

impl Reader<'_> {
    pub(super) fn date(&mut self, text: &Text) -> Option<Date> {
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
    pub(super) fn match_date(&mut self, text: &Option<Text>) -> Option<Date> {
        let text = text.as_ref()?;
        let date = self.date(text)?;
        if let Some((first, last)) = self.season_days {
            if !(day_key(first)..=day_key(last)).contains(&day_key(date)) {
                self.fail(
                    &text.span(),
                    format!(
                        "date {} is outside the season ({} to {})",
                        date.iso(),
                        first.iso(),
                        last.iso()
                    ),
                );
            }
        }
        Some(date)
    }

    pub(super) fn score(&mut self, text: &Option<Text>) -> Option<Score> {
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

    /// One of a field's fixed words, as its value; another word is reported with the words allowed
    /// ("expected a, b or c").
    pub(super) fn keyword<T: Copy>(
        &mut self,
        text: &Text,
        what: &str,
        choices: &[(&str, T)],
    ) -> Option<T> {
        let word = text.get_ref().as_str();
        if let Some(&(_, value)) = choices.iter().find(|(key, _)| *key == word) {
            return Some(value);
        }
        let keys: Vec<&str> = choices.iter().map(|(key, _)| *key).collect();
        let expected = match keys.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => keys.concat(),
        };
        self.fail(
            &text.span(),
            format!("unknown {what} \"{word}\": expected {expected}"),
        );
        None
    }

    pub(super) fn stage(&mut self, text: &Text) -> Option<Stage> {
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
}
