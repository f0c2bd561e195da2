//! What each view shows, already in words and in order, so a component only lays it out: the bracket's
//! note, a tie's details, the journey card, the standings' cells and notes, the scorers' labels and
//! chart geometry, the season summary.
//! Built from the facts (the other modules) and the translations ([`crate::i18n`]); the app's
//! components and the HTML-only [`crate::fragment`] share them.

pub mod bracket;
pub mod chart;
pub mod details;
pub mod journey;
pub mod scorers;
pub mod standings;
pub mod summary;

use crate::i18n::{format_date, Text};
use crate::model::Date;
use crate::url::Lang;

/// A match's or leg's note in the reader's language (the data holds both or neither), `None` without one.
fn note_in(lang: Lang, note: &'static str, note_it: &'static str) -> Option<&'static str> {
    let note = match lang {
        Lang::En => note,
        Lang::It => note_it,
    };
    (!note.is_empty()).then_some(note)
}

/// A match date as shown: the written date with its ISO form for `<time datetime>`, or "date not
/// recorded" (no ISO form then).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateText {
    pub iso: Option<String>,
    pub text: String,
}

impl DateText {
    pub fn of(date: Option<Date>, lang: Lang) -> DateText {
        match date {
            Some(date) => DateText {
                iso: Some(date.iso()),
                text: format_date(date, lang),
            },
            None => DateText {
                iso: None,
                text: Text::DateNotRecorded.get(lang).to_owned(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_written_for_readers_and_for_machines() {
        let date = Date {
            year: 2003,
            month: 5,
            day: 1,
            approximate: true,
        };
        assert_eq!(
            DateText::of(Some(date), Lang::It),
            DateText {
                iso: Some("2003-05-01".into()),
                text: "ca. 1º maggio 2003".into()
            }
        );
        assert_eq!(DateText::of(Some(date), Lang::En).text, "c. 1 May 2003");
        assert_eq!(
            DateText::of(None, Lang::En),
            DateText {
                iso: None,
                text: "date not recorded".into()
            }
        );
        assert_eq!(DateText::of(None, Lang::It).text, "data non disponibile");
    }
}
