//! The group stage: four clubs a group, each club in one group, a complete single round robin.

use std::collections::HashMap;

use toml::Spanned;

use super::raw;
use super::{leak, leak_slice, stage_words, Reader, GROUP_SIZE};
use crate::model::{ClubId, Group, GroupMatch, Stage};

/// A group as read, with whether all its clubs and matches resolved (later checks skip broken ones).
pub(super) struct ReadGroup {
    pub(super) group: Group,
    pub(super) complete: bool,
}

/// A group match as read: counted, a repeat of a pair already played, or not placeable at all.
enum MatchRead {
    Counts(GroupMatch),
    Duplicate,
    /// An unknown club, a club outside the group or a club playing itself.
    Unresolved,
}

impl Reader<'_> {
    pub(super) fn groups(&mut self, raw: &[Spanned<raw::Group>]) -> Vec<ReadGroup> {
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
        let [note, note_it] = self.notes(&game.note, &game.note_it);
        MatchRead::Counts(GroupMatch {
            matchday: game.matchday,
            date,
            venue: game.venue.as_deref().map(leak),
            home,
            away,
            score,
            referee: game.referee.as_deref().map(leak),
            attendance: game.attendance,
            note,
            note_it,
        })
    }
}
