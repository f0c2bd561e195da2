//! The bracket's words: a tie's legs as its card (and the HTML-only fragment) show them, and the note
//! for a followed club that never reached the knockout rounds.

use crate::i18n::{exit_group, score, Text};
use crate::journey::{journey, Exit};
use crate::model::{ClubId, Season, Tie};
use crate::url::Lang;

/// One leg on a tie's card: "1st leg: Roma 1–4 Milan", with "a.e.t." after extra time, or the pairing
/// and "score not recorded": never a guessed number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegLine {
    /// "1st leg" / "Andata".
    pub name: &'static str,
    pub host: ClubId,
    pub guest: ClubId,
    pub host_name: &'static str,
    pub guest_name: &'static str,
    /// "1–4"; `None` when no source gives it.
    pub score: Option<String>,
    /// ("a.e.t.", "after extra time") when extra time was played.
    pub extra_time: Option<(&'static str, &'static str)>,
    /// "score not recorded", with no score.
    pub unknown: Option<&'static str>,
}

impl LegLine {
    /// The line as plain text: "1st leg: Roma 1–4 Milan a.e.t.", "1st leg: Como – Triestina (score
    /// not recorded)".
    pub fn text(&self) -> String {
        let mut line = format!(
            "{}: {} {} {}",
            self.name,
            self.host_name,
            self.score.as_deref().unwrap_or("–"),
            self.guest_name
        );
        if let Some((short, _)) = self.extra_time {
            line.push(' ');
            line.push_str(short);
        }
        if let Some(unknown) = self.unknown {
            line.push_str(&format!(" ({unknown})"));
        }
        line
    }
}

/// The tie's two legs, first leg first.
pub fn leg_lines(season: &Season, tie: &Tie, lang: Lang) -> [LegLine; 2] {
    let [first, second] = &tie.legs;
    [(first, Text::FirstLeg), (second, Text::SecondLeg)].map(|(leg, name)| LegLine {
        name: name.get(lang),
        host: leg.host,
        guest: leg.guest,
        host_name: season.club(leg.host).name,
        guest_name: season.club(leg.guest).name,
        score: leg.score.map(score),
        extra_time: leg.extra_time.then(|| {
            (
                Text::AfterExtraTimeShort.get(lang),
                Text::AfterExtraTime.get(lang),
            )
        }),
        unknown: leg
            .score
            .is_none()
            .then(|| Text::ScoreNotRecorded.get(lang)),
    })
}

/// For a followed club that went out in its group, why the bracket has nothing of it: "Dora did not
/// reach the knockout rounds. Finished 4th in group 1."; `None` for a club that played a tie.
pub fn club_note(season: &Season, club: ClubId, lang: Lang) -> Option<String> {
    let Exit::Group { group, position } = journey(season, club).exit else {
        return None;
    };
    let name = season.club(club).name;
    Some(format!(
        "{} {}.",
        Text::NoKnockoutForClub.fill(lang, &[("club", name)]),
        exit_group(position, group, lang)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{
        leg, score as goals, AURORA, BORGO, ETNA, MONTE, NETTUNO, PIETRA, SEASON,
    };
    use crate::model::Leg;

    #[test]
    fn legs_read_host_first_with_their_score_or_that_it_is_missing() {
        let [first, second] = leg_lines(&SEASON, &SEASON.rounds[2].ties[0], Lang::En);
        assert_eq!(first.text(), "1st leg: Pietra 1–1 Aurora");
        assert_eq!(second.text(), "2nd leg: Aurora 3–1 Pietra");
        assert_eq!((second.host, second.guest), (AURORA, PIETRA));
        assert_eq!(second.score.as_deref(), Some("3–1"));
        assert_eq!((second.extra_time, second.unknown), (None, None));
        let [unknown, _] = leg_lines(&SEASON, &SEASON.rounds[0].ties[1], Lang::It);
        assert_eq!(
            unknown.text(),
            "Andata: Etna – Nettuno (risultato non disponibile)"
        );
        assert_eq!((unknown.host, unknown.guest), (ETNA, NETTUNO));
        assert_eq!(unknown.score, None);
        assert_eq!(unknown.unknown, Some("risultato non disponibile"));
    }

    #[test]
    fn extra_time_is_abbreviated_and_spelled_out() {
        let tie = Tie {
            legs: [
                leg(AURORA, MONTE, goals(1, 0)),
                Leg {
                    extra_time: true,
                    after_90: goals(1, 0),
                    ..leg(MONTE, AURORA, goals(2, 0))
                },
            ],
            winner: MONTE,
            sources: &[],
        };
        let [_, en] = leg_lines(&SEASON, &tie, Lang::En);
        assert_eq!(en.text(), "2nd leg: Monte 2–0 Aurora a.e.t.");
        assert_eq!(en.extra_time, Some(("a.e.t.", "after extra time")));
        let [_, it] = leg_lines(&SEASON, &tie, Lang::It);
        assert_eq!(it.text(), "Ritorno: Monte 2–0 Aurora d.t.s.");
        assert_eq!(
            it.extra_time,
            Some(("d.t.s.", "dopo i tempi supplementari"))
        );
    }

    #[test]
    fn a_club_out_in_its_group_is_told_where_it_finished() {
        assert_eq!(
            club_note(&SEASON, BORGO, Lang::En).as_deref(),
            Some("Borgo San Pietro did not reach the knockout rounds. Finished 3rd in group 1.")
        );
        assert_eq!(
            club_note(&SEASON, BORGO, Lang::It).as_deref(),
            Some(
                "Borgo San Pietro non ha raggiunto la fase a eliminazione diretta. \
                 Chiude 3ª nel girone 1."
            )
        );
        assert_eq!(club_note(&SEASON, AURORA, Lang::En), None);
        assert_eq!(club_note(&SEASON, PIETRA, Lang::It), None);
    }
}
