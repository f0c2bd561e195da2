//! The clubs: well-formed unique slugs, short names, and names and aliases that point at one club only.

use toml::Spanned;

use super::raw::{self, Text};
use super::{leak, leak_slice, Reader};
use crate::model::{Club, ClubId, Stage};

impl Reader<'_> {
    pub(super) fn clubs(&mut self, raw: &[Spanned<raw::Club>]) {
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
    pub(super) fn club(&mut self, text: &Text) -> Option<ClubId> {
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
}
