//! The scorers' bar chart in viewBox units (CSS scales the whole drawing with the page width): one row
//! per player, each bar as long as the player's goals allow against the most, the club's name inside
//! the bar where it fits and after the goal count where it does not.

use crate::scorers::Ranked;

/// The drawing's width.
pub const VIEW_WIDTH: u32 = 360;
/// One player's row: name above, bar below.
pub const ROW_HEIGHT: u32 = 52;
/// Where every bar starts (the rank stands left of it).
pub const BAR_X: u32 = 32;
pub const BAR_HEIGHT: u32 = 24;
/// Room kept right of the longest bar for its goal count.
const COUNT_ROOM: u32 = 26;
/// Narrower bars print the club name after the bar instead of inside it.
const LABEL_INSIDE_MIN: u32 = 110;

/// The whole drawing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub height: u32,
    pub bars: Vec<Bar>,
}

/// One player's row, every position in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    pub ranked: Ranked,
    /// The row's top edge; the focus ring is drawn 2 below it.
    pub top: u32,
    /// The baseline of the player's name.
    pub name_y: u32,
    pub bar_y: u32,
    /// At least 2, so a bar always shows.
    pub width: u32,
    /// The baseline of the rank, club and goal count, centred on the bar.
    pub text_y: u32,
    pub club_inside: bool,
    pub club_x: u32,
    pub count_x: u32,
}

pub fn chart(ranked: &[Ranked]) -> Chart {
    let most = ranked
        .iter()
        .map(|r| r.scorer.goals)
        .max()
        .unwrap_or(1)
        .max(1);
    let full = VIEW_WIDTH - BAR_X - COUNT_ROOM;
    let bars = ranked
        .iter()
        .zip(0u32..)
        .map(|(&ranked, row)| {
            let top = row * ROW_HEIGHT;
            let width = (full * u32::from(ranked.scorer.goals) / u32::from(most)).max(2);
            let bar_y = top + 22;
            let club_inside = width >= LABEL_INSIDE_MIN;
            let count_x = BAR_X + width + 6;
            Bar {
                ranked,
                top,
                name_y: top + 16,
                bar_y,
                width,
                text_y: bar_y + BAR_HEIGHT / 2 + 5,
                club_inside,
                club_x: if club_inside { BAR_X + 8 } else { count_x + 22 },
                count_x,
            }
        })
        .collect();
    Chart {
        height: u32::try_from(ranked.len()).unwrap_or(0) * ROW_HEIGHT + 4,
        bars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::SEASON;
    use crate::scorers::ranking;

    #[test]
    fn bars_are_as_long_as_the_goals_against_the_most() {
        let drawn = chart(&ranking(&SEASON));
        assert_eq!(drawn.height, 5 * 52 + 4);
        let widths: Vec<u32> = drawn.bars.iter().map(|b| b.width).collect();
        // 302 units for the top scorer's 3 goals.
        assert_eq!(widths, [302, 201, 201, 201, 100]);
        let tops: Vec<u32> = drawn.bars.iter().map(|b| b.top).collect();
        assert_eq!(tops, [0, 52, 104, 156, 208]);
        let second = drawn.bars[1];
        assert_eq!(second.ranked.scorer.player, "Aldo Verdi");
        assert_eq!((second.name_y, second.bar_y, second.text_y), (68, 74, 91));
    }

    #[test]
    fn a_club_name_goes_inside_a_long_bar_and_after_the_count_of_a_short_one() {
        let drawn = chart(&ranking(&SEASON));
        let long = drawn.bars[0];
        assert!(long.club_inside);
        assert_eq!((long.club_x, long.count_x), (40, 340));
        let short = drawn.bars[4];
        assert!(
            !short.club_inside,
            "100 units is under the 110 a name needs"
        );
        assert_eq!((short.count_x, short.club_x), (138, 160));
    }

    #[test]
    fn no_scorer_draws_nothing_and_no_goal_still_shows_a_sliver() {
        assert_eq!(
            chart(&[]),
            Chart {
                height: 4,
                bars: Vec::new()
            }
        );
        let mut ranked = ranking(&SEASON);
        ranked.truncate(1);
        let nil = crate::model::Scorer {
            goals: 0,
            ..*ranked[0].scorer
        };
        ranked[0].scorer = Box::leak(Box::new(nil));
        assert_eq!(chart(&ranked).bars[0].width, 2);
    }
}
