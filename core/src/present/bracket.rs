//! The bracket's words beyond the ties themselves.

use crate::i18n::exit_group;
use crate::i18n::views::{fill, ViewText};
use crate::journey::{journey, Exit};
use crate::model::{ClubId, Season};
use crate::url::Lang;

/// For a followed club that went out in its group, why the bracket has nothing of it: "Dora did not
/// reach the knockout rounds. Finished 4th in group 1."; `None` for a club that played a tie.
pub fn club_note(season: &Season, club: ClubId, lang: Lang) -> Option<String> {
    let Exit::Group { group, position } = journey(season, club).exit else {
        return None;
    };
    let name = season.club(club).name;
    Some(format!(
        "{} {}.",
        fill(ViewText::NoKnockoutForClub.get(lang), &[("club", name)]),
        exit_group(position, group, lang)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{AURORA, BORGO, PIETRA, SEASON};

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
