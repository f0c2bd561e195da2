//! The sources the data cites: each listed once under a unique key, every entry naming at least one.

use std::ops::Range;

use toml::Spanned;

use super::raw::{self, Text};
use super::{leak, leak_slice, Reader};
use crate::model::{Published, Source};

impl Reader<'_> {
    pub(super) fn sources(&mut self, raw: &[Spanned<raw::Source>]) -> &'static [Source] {
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
    pub(super) fn cite(
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

    pub(super) fn published(&mut self, raw: &raw::Published) -> Published {
        self.source_key(&raw.source);
        Published {
            matches: raw.matches,
            goals: raw.goals,
            clubs: raw.clubs,
            top_scorer_goals: raw.top_scorer_goals,
            source: leak(raw.source.get_ref()),
        }
    }
}
