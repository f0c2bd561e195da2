//! The season model: plain data with `'static` borrows, so the build script can emit it as Rust
//! statics (nothing is parsed at run time) and the build-time validator can check the very same types.

/// Index of a club in [`Season::clubs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClubId(pub u8);

/// The stages of the cup, in playing order. A club *enters* at one of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    Group,
    SecondRound,
    RoundOf16,
    QuarterFinal,
    SemiFinal,
    Final,
}

impl Stage {
    pub const KNOCKOUT: [Stage; 5] = [
        Stage::SecondRound,
        Stage::RoundOf16,
        Stage::QuarterFinal,
        Stage::SemiFinal,
        Stage::Final,
    ];

    /// The URL/data-file key of the stage ("second-round", "final", ...).
    pub const fn key(self) -> &'static str {
        match self {
            Stage::Group => "group",
            Stage::SecondRound => "second-round",
            Stage::RoundOf16 => "round-of-16",
            Stage::QuarterFinal => "quarter-finals",
            Stage::SemiFinal => "semi-finals",
            Stage::Final => "final",
        }
    }

    pub fn from_key(key: &str) -> Option<Stage> {
        [Stage::Group]
            .into_iter()
            .chain(Stage::KNOCKOUT)
            .find(|s| s.key() == key)
    }

    /// The stage after this one, `None` after the final.
    pub const fn next(self) -> Option<Stage> {
        match self {
            Stage::Group => Some(Stage::SecondRound),
            Stage::SecondRound => Some(Stage::RoundOf16),
            Stage::RoundOf16 => Some(Stage::QuarterFinal),
            Stage::QuarterFinal => Some(Stage::SemiFinal),
            Stage::SemiFinal => Some(Stage::Final),
            Stage::Final => None,
        }
    }
}

/// A calendar date. `approximate` marks dates a source gives only roughly ("~22 Jan").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub approximate: bool,
}

impl Date {
    /// "2003-05-20", the form of the data file and of HTML's `datetime` (without the `~` of an
    /// approximate date): the one way a date is written for machines; readers get
    /// [`crate::i18n::format_date`].
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Goals scored by the two sides of a match, host first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Score {
    pub home: u8,
    pub away: u8,
}

impl Score {
    pub const fn total(self) -> u32 {
        self.home as u32 + self.away as u32
    }
}

/// Where a fact comes from; `url` is optional because several sources are print archives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub key: &'static str,
    pub title: &'static str,
    pub url: Option<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Club {
    /// URL-safe, unique, stable: `?team=<slug>`.
    pub slug: &'static str,
    pub name: &'static str,
    /// At most 3–4 letters for tight layouts ("SAM").
    pub short: &'static str,
    /// Other names people type or sources use ("Anconitana", "AC Milan").
    pub aliases: &'static [&'static str],
    pub enters: Stage,
}

/// One group-stage match (single leg).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupMatch {
    pub matchday: Option<u8>,
    pub date: Option<Date>,
    pub venue: Option<&'static str>,
    pub home: ClubId,
    pub away: ClubId,
    /// `None` when no source gives the score: shown as "score not recorded", never guessed.
    pub score: Option<Score>,
    /// The referee as the source names him ("Collina (Viareggio)").
    pub referee: Option<&'static str>,
    /// Spectators, where a source counts them.
    pub attendance: Option<u32>,
    /// Free-text remark (a match moved to another ground). Empty when none.
    pub note: &'static str,
    /// `note` in Italian (the data requires both or neither).
    pub note_it: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Group {
    pub number: u8,
    pub clubs: &'static [ClubId],
    pub matches: &'static [GroupMatch],
    pub sources: &'static [&'static str],
}

/// The side of a leg a goal counts for: an own goal counts for the other side from the scorer's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Host,
    Guest,
}

/// How a goal was scored, where it matters for the reader and for tallies (an own goal is nobody's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GoalKind {
    Regular,
    Penalty,
    OwnGoal,
    /// The goal that ended extra time.
    GoldenGoal,
}

/// When a goal was scored: `90+3'` is `{ minute: 90, stoppage: Some(3) }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Minute {
    pub minute: u8,
    pub stoppage: Option<u8>,
    /// The source gives the minute only roughly ("~98'").
    pub approximate: bool,
}

/// One goal of a leg, as a source reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Goal {
    pub side: Side,
    /// The player as the source names him ("Delvecchio", "S. Inzaghi").
    pub player: &'static str,
    /// `None` where the source gives no minute.
    pub minute: Option<Minute>,
    pub kind: GoalKind,
}

/// One leg of a knockout tie. `score` is the result at the end of play, extra time included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Leg {
    pub host: ClubId,
    pub guest: ClubId,
    pub date: Option<Date>,
    pub venue: Option<&'static str>,
    pub score: Option<Score>,
    /// The score after 90 minutes when extra time was played and a source gives it.
    pub after_90: Option<Score>,
    pub extra_time: bool,
    pub golden_goal: bool,
    /// Shoot-out result, host first.
    pub penalties: Option<Score>,
    /// Goals in playing order. Empty when unknown.
    pub goals: &'static [Goal],
    /// `goals` lists every goal of the leg (a goalless leg's empty list included), so they add up to
    /// the score (checked at build time).
    pub goals_complete: bool,
    /// Free-text remark (a disagreement between sources, a red card). Empty when none.
    pub note: &'static str,
    /// `note` in Italian (the data requires both or neither).
    pub note_it: &'static str,
}

impl Leg {
    /// The club a side stands for in this leg.
    pub const fn club(&self, side: Side) -> ClubId {
        match side {
            Side::Host => self.host,
            Side::Guest => self.guest,
        }
    }

    /// The listed goals counting for `side`, in playing order.
    pub fn goals_for(&self, side: Side) -> impl Iterator<Item = &'static Goal> {
        let goals: &'static [Goal] = self.goals;
        goals.iter().filter(move |g| g.side == side)
    }

    /// The listed goals per side, host first, as a score.
    pub fn listed_score(&self) -> Score {
        let count = |side| u8::try_from(self.goals_for(side).count()).unwrap_or(u8::MAX);
        Score {
            home: count(Side::Host),
            away: count(Side::Guest),
        }
    }
}

/// A two-legged knockout tie; `legs[0]` is the first leg.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tie {
    pub legs: [Leg; 2],
    /// The club that went through, as the sources record it (checked against the scores at build time).
    pub winner: ClubId,
    pub sources: &'static [&'static str],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Round {
    pub stage: Stage,
    pub ties: &'static [Tie],
}

/// How sure the sources are of a scorer's tally.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// Stated by a named source.
    Stated,
    /// Inferred from stated facts (counted from match reports).
    Inferred,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scorer {
    pub player: &'static str,
    /// FIFA country code as the source prints it ("ITA", "DEN").
    pub nationality: &'static str,
    pub club: ClubId,
    pub goals: u8,
    pub certainty: Certainty,
    pub sources: &'static [&'static str],
}

/// How level group teams are ordered, as the data file names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupTiebreak {
    /// Points, then overall goal difference, then goals scored, then name (what the published tables show).
    OverallGoalDifference,
    /// Points, then the head-to-head result, then overall goal difference.
    HeadToHead,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    pub points_win: u8,
    pub points_draw: u8,
    pub group_tiebreak: GroupTiebreak,
    /// Only the group winner advances (true for 2002–03).
    pub group_qualifiers: u8,
    /// Human-readable statement of the knockout rules, with the order applied.
    pub knockout: &'static str,
}

/// Figures a published infobox declares; the app reports where the data disagrees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Published {
    pub matches: Option<u32>,
    pub goals: Option<u32>,
    pub clubs: Option<u32>,
    pub top_scorer_goals: Option<u8>,
    pub source: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Season {
    pub name: &'static str,
    pub edition: &'static str,
    pub first_day: Date,
    pub last_day: Date,
    pub clubs: &'static [Club],
    pub groups: &'static [Group],
    /// Knockout rounds in playing order.
    pub rounds: &'static [Round],
    pub scorers: &'static [Scorer],
    pub rules: Rules,
    pub published: Published,
    pub sources: &'static [Source],
}

impl Season {
    pub fn club(&self, id: ClubId) -> &Club {
        &self.clubs[id.0 as usize]
    }

    pub fn club_by_slug(&self, slug: &str) -> Option<ClubId> {
        self.clubs
            .iter()
            .position(|c| c.slug == slug)
            .map(|i| ClubId(i as u8))
    }

    /// Every club with its id, in name order (as a reader looks a club up in a list).
    pub fn clubs_by_name(&self) -> Vec<(ClubId, &'static Club)> {
        let clubs: &'static [Club] = self.clubs;
        let mut sorted: Vec<(ClubId, &'static Club)> =
            (0..=u8::MAX).map(ClubId).zip(clubs).collect();
        crate::sort::sort_by_key(&mut sorted, |(_, club)| club.name);
        sorted
    }

    pub fn round(&self, stage: Stage) -> Option<&Round> {
        self.rounds.iter().find(|r| r.stage == stage)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clubs_by_name_keep_their_ids() {
        let club = |slug: &'static str, name: &'static str| Club {
            slug,
            name,
            short: "X",
            aliases: &[],
            enters: Stage::Group,
        };
        let season = Season {
            clubs: Box::leak(Box::new([
                club("zeta", "Zeta"),
                club("alfa", "Alfa"),
                club("emme", "Emme"),
            ])),
            ..crate::fixture::SEASON
        };
        let got: Vec<(ClubId, &str)> = season
            .clubs_by_name()
            .into_iter()
            .map(|(id, club)| (id, club.slug))
            .collect();
        assert_eq!(
            got,
            [
                (ClubId(1), "alfa"),
                (ClubId(2), "emme"),
                (ClubId(0), "zeta")
            ]
        );
    }

    #[test]
    fn an_iso_date_pads_month_and_day_and_drops_the_approximation() {
        let date = |year, month, day, approximate| Date {
            year,
            month,
            day,
            approximate,
        };
        assert_eq!(date(2003, 5, 20, false).iso(), "2003-05-20");
        assert_eq!(date(2002, 8, 4, true).iso(), "2002-08-04");
        assert_eq!(date(987, 12, 31, false).iso(), "0987-12-31");
    }
}
