//! The followed club's marks in a view (a highlighted row, a result, a tie on its path, a bar), each
//! run again only when its own club is followed or left.
//!
//! Every mark used to read the followed club itself, so each selection ran all of them (120 in the
//! standings, 69 in the bracket) to change the marks of two clubs. A view makes one [`Followed`] per
//! build, and its marks read their clubs' memos in it.

use coppa_core::model::ClubId;
use leptos::prelude::*;

use crate::ui::state::Ui;

#[derive(Clone, Copy)]
pub struct Followed {
    /// Indexed by club; `None` for a club this part of the view does not show.
    clubs: StoredValue<Vec<Option<Memo<bool>>>>,
    any: Memo<bool>,
}

impl Followed {
    /// For every club of the season.
    pub fn all(ui: Ui) -> Followed {
        let clubs: Vec<ClubId> = (0..ui.season.clubs.len())
            .filter_map(|i| u8::try_from(i).ok().map(ClubId))
            .collect();
        Followed::of(ui, &clubs)
    }

    /// For `clubs` alone (one group's, say). The memos belong to the caller's owner: marks made under
    /// another owner that outlives it would stay subscribed to them (see `view_memo`).
    pub fn of(ui: Ui, clubs: &[ClubId]) -> Followed {
        let mut memos = vec![None; ui.season.clubs.len()];
        for &club in clubs {
            if let Some(memo) = memos.get_mut(usize::from(club.0)) {
                *memo = Some(ui.follows(club));
            }
        }
        Followed {
            clubs: StoredValue::new(memos),
            any: ui.following(),
        }
    }

    /// Whether `club` is followed; a mark reading it runs again when that changes.
    pub fn is(&self, club: ClubId) -> bool {
        let memo = self
            .clubs
            .with_value(|clubs| clubs.get(usize::from(club.0)).copied().flatten());
        memo.is_some_and(|memo| memo.get())
    }

    /// Whether any club is followed.
    pub fn any(&self) -> bool {
        self.any.get()
    }
}
