//! The scorers' words: a rank as printed, the chart's worded description, how sure a tally is.

use crate::i18n::Text;
use crate::model::{Certainty, Scorer, Season};
use crate::scorers::{check_tally, Ranked};
use crate::url::Lang;

/// "1", or "=2" for a rank shared with other players.
pub fn rank_label(ranked: &Ranked) -> String {
    if ranked.shared {
        format!("={}", ranked.rank)
    } else {
        ranked.rank.to_string()
    }
}

/// One bar in words, for the chart's description and the bar's tooltip: "rank =2, Aldo Verdi
/// (Nettuno), 2 goals".
pub fn chart_item(season: &Season, ranked: &Ranked, lang: Lang) -> String {
    Text::ChartDescriptionItem.fill(
        lang,
        &[
            ("rank", &rank_label(ranked)),
            ("player", ranked.scorer.player),
            ("club", season.club(ranked.scorer.club).name),
            ("goals", &ranked.scorer.goals.to_string()),
        ],
    )
}

/// The whole chart in words, every bar in rank order.
pub fn chart_description(season: &Season, ranked: &[Ranked], lang: Lang) -> String {
    let items: Vec<String> = ranked.iter().map(|r| chart_item(season, r, lang)).collect();
    Text::ChartDescription.fill(lang, &[("items", &items.join("; "))])
}

/// How sure the sources are of a tally: "stated" or "inferred", and "confirmed by the match data"
/// when the goals listed per match add up to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sureness {
    pub certainty: &'static str,
    pub confirmed: Option<&'static str>,
}

pub fn sureness(season: &Season, scorer: &Scorer, lang: Lang) -> Sureness {
    let certainty = match scorer.certainty {
        Certainty::Stated => Text::CertaintyStated,
        Certainty::Inferred => Text::CertaintyInferred,
    };
    Sureness {
        certainty: certainty.get(lang),
        confirmed: check_tally(season, scorer)
            .confirms(scorer.goals)
            .then(|| Text::TallyConfirmed.get(lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{leg, score, AURORA, PIETRA, SEASON};
    use crate::model::{Goal, GoalKind, Leg, Round, Side, Stage, Tie};
    use crate::scorers::ranking;

    #[test]
    fn a_shared_rank_is_marked() {
        let labels: Vec<String> = ranking(&SEASON).iter().map(rank_label).collect();
        assert_eq!(labels, ["1", "=2", "=2", "=2", "5"]);
    }

    #[test]
    fn the_chart_is_described_bar_by_bar() {
        let ranked = ranking(&SEASON);
        assert_eq!(
            chart_item(&SEASON, &ranked[1], Lang::En),
            "rank =2, Aldo Verdi (Nettuno), 2 goals"
        );
        assert_eq!(
            chart_item(&SEASON, &ranked[0], Lang::It),
            "posizione 1, Bruno Neri (Aurora), 3 gol"
        );
        assert_eq!(
            chart_description(&SEASON, &ranked[..2], Lang::En),
            "Horizontal bar chart, one bar per player, longer for more goals: rank 1, Bruno Neri \
             (Aurora), 3 goals; rank =2, Aldo Verdi (Nettuno), 2 goals."
        );
        assert!(chart_description(&SEASON, &ranked, Lang::It)
            .starts_with("Grafico a barre orizzontali"));
    }

    fn rossi(minute_kind: GoalKind) -> Goal {
        Goal {
            side: Side::Guest,
            player: "Rossi",
            minute: None,
            kind: minute_kind,
        }
    }

    #[test]
    fn a_tally_the_match_lists_add_up_to_is_confirmed() {
        let stated = &SEASON.scorers[0];
        assert_eq!(stated.player, "Zeno Rossi");
        assert_eq!(
            sureness(&SEASON, stated, Lang::En),
            Sureness {
                certainty: "stated",
                confirmed: None
            }
        );
        // Pietra's two goals in the first leg of the final, both listed as Rossi's.
        let goals: &'static [Goal] = Box::leak(Box::new([
            rossi(GoalKind::Regular),
            rossi(GoalKind::Penalty),
        ]));
        let first = Leg {
            goals,
            ..leg(AURORA, PIETRA, score(1, 2))
        };
        let final_tie = Tie {
            legs: [first, leg(PIETRA, AURORA, score(0, 3))],
            winner: AURORA,
            sources: &[],
        };
        let mut rounds = SEASON.rounds.to_vec();
        rounds[2] = Round {
            stage: Stage::Final,
            ties: Box::leak(Box::new([final_tie])),
        };
        let season = Season {
            rounds: Box::leak(rounds.into_boxed_slice()),
            ..SEASON
        };
        assert_eq!(
            sureness(&season, stated, Lang::It),
            Sureness {
                certainty: "dichiarato",
                confirmed: Some("confermato dai tabellini")
            }
        );
        let inferred = Scorer {
            certainty: Certainty::Inferred,
            ..*stated
        };
        assert_eq!(
            sureness(&season, &inferred, Lang::En),
            Sureness {
                certainty: "inferred",
                confirmed: Some("confirmed by the match data")
            }
        );
    }
}
