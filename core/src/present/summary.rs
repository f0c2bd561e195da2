//! The season at a glance in words.

use crate::i18n::{final_summary, match_line, tie_label};
use crate::model::{Season, Stage};
use crate::url::Lang;

/// "Final: Roma 1–4 Milan, Milan 2–2 Roma: Milan 6–3 on aggregate"; `None` for a season without a final.
pub fn final_sentence(season: &Season, lang: Lang) -> Option<String> {
    let tie = season.round(Stage::Final)?.ties.first()?;
    let legs: Vec<String> = tie
        .legs
        .iter()
        .map(|leg| match_line(season, leg.host, leg.guest, leg.score, lang))
        .collect();
    let outcome = tie_label(season, &tie.outcome(), lang);
    Some(final_summary(&legs, &outcome, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::SEASON;

    #[test]
    fn the_final_is_summed_up_in_each_language() {
        assert_eq!(
            final_sentence(&SEASON, Lang::En).as_deref(),
            Some("Final: Pietra 1–1 Aurora, Aurora 3–1 Pietra: Aurora 4–2 on aggregate")
        );
        assert_eq!(
            final_sentence(&SEASON, Lang::It).as_deref(),
            Some("Finale: Pietra 1–1 Aurora, Aurora 3–1 Pietra: Aurora 4–2 nel doppio confronto")
        );
        let no_final = Season {
            rounds: &SEASON.rounds[..2],
            ..SEASON
        };
        assert_eq!(final_sentence(&no_final, Lang::En), None);
    }
}
