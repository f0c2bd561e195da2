//! The data file's shape as serde reads it. Every value a validation message may point at is
//! [`Spanned`], so errors carry the line of the offending entry.

use serde::Deserialize;
use toml::Spanned;

pub(super) type Text = Spanned<String>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct File {
    pub season: Spanned<SeasonInfo>,
    pub rules: Spanned<Rules>,
    pub published: Spanned<Published>,
    #[serde(default)]
    pub clubs: Vec<Spanned<Club>>,
    #[serde(default)]
    pub groups: Vec<Spanned<Group>>,
    #[serde(default)]
    pub ties: Vec<Spanned<Tie>>,
    #[serde(default)]
    pub scorers: Vec<Spanned<Scorer>>,
    #[serde(default)]
    pub sources: Vec<Spanned<Source>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SeasonInfo {
    pub name: String,
    pub edition: String,
    pub first_day: Text,
    pub last_day: Text,
    pub sources: Option<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Rules {
    pub points_win: u8,
    pub points_draw: u8,
    pub group_tiebreak: Text,
    pub group_qualifiers: Spanned<u8>,
    pub knockout: String,
    pub sources: Option<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Published {
    pub matches: Option<u32>,
    pub goals: Option<u32>,
    pub clubs: Option<u32>,
    pub top_scorer_goals: Option<u8>,
    pub source: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Source {
    pub key: Text,
    pub title: String,
    pub url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Club {
    pub slug: Text,
    pub name: Text,
    pub short: Text,
    #[serde(default)]
    pub aliases: Vec<Text>,
    pub enters: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Group {
    pub number: Spanned<u8>,
    pub clubs: Vec<Text>,
    pub matches: Vec<Spanned<GroupMatch>>,
    pub sources: Option<Vec<Text>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GroupMatch {
    pub matchday: Option<u8>,
    pub date: Option<Text>,
    pub venue: Option<String>,
    pub home: Text,
    pub away: Text,
    pub score: Option<Text>,
    pub referee: Option<String>,
    pub attendance: Option<u32>,
    pub note: Option<Text>,
    /// The note in Italian: the journey card shows it to readers of Italian.
    pub note_it: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Tie {
    pub stage: Text,
    pub winner: Text,
    pub sources: Option<Vec<Text>>,
    pub first: Spanned<Leg>,
    pub second: Spanned<Leg>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Leg {
    pub host: Text,
    pub guest: Text,
    pub date: Option<Text>,
    pub venue: Option<String>,
    pub score: Option<Text>,
    pub after_90: Option<Text>,
    pub extra_time: Option<Spanned<bool>>,
    pub golden_goal: Option<Spanned<bool>>,
    pub penalties: Option<Text>,
    pub goals: Option<Spanned<Vec<Spanned<Goal>>>>,
    /// Set when a source gives only some of the goals: they are then not checked against the score.
    pub goals_partial: Option<bool>,
    pub note: Option<Text>,
    /// The note in Italian: the tie's details show it to readers of Italian.
    pub note_it: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Goal {
    pub side: Text,
    pub player: String,
    pub minute: Option<Text>,
    pub kind: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Scorer {
    pub player: String,
    pub nationality: String,
    pub club: Text,
    pub goals: u8,
    pub certainty: Text,
    pub sources: Option<Vec<Text>>,
}
