//! Moving the active item of a row of tabs or a list of options with the keyboard: one step either
//! way, wrapping around at the ends, or straight to the first or last item; and pressing an item that
//! is not a button.

/// The keys that press a focusable item that is not a button (a bar of the scorers' chart), as they
/// press a button. `prerender/select.js` gets them too.
pub const PRESS_KEYS: [&str; 2] = ["Enter", " "];

/// Where a key moves the active item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Next,
    Previous,
    First,
    Last,
}

impl Step {
    /// The keys that move the active tab in a row of tabs (WAI-ARIA tabs pattern): the arrows, Home
    /// and End. `prerender/select.js` gets them too, for the prerendered copy's round tabs.
    pub const TAB_KEYS: [(&'static str, Step); 6] = [
        ("ArrowRight", Step::Next),
        ("ArrowDown", Step::Next),
        ("ArrowLeft", Step::Previous),
        ("ArrowUp", Step::Previous),
        ("Home", Step::First),
        ("End", Step::Last),
    ];

    /// The step `key` makes in a row of tabs, if it is one of [`Step::TAB_KEYS`].
    pub fn for_tab_key(key: &str) -> Option<Step> {
        Step::TAB_KEYS
            .into_iter()
            .find_map(|(tab_key, step)| (tab_key == key).then_some(step))
    }

    /// The step's name where a script reads it.
    pub const fn key(self) -> &'static str {
        match self {
            Step::Next => "next",
            Step::Previous => "previous",
            Step::First => "first",
            Step::Last => "last",
        }
    }
}

/// The item active after `step` among `len` items, wrapping around at both ends. With no item active,
/// `Next` goes to the first and `Previous` to the last. `None` when there are no items.
pub fn step(active: Option<usize>, len: usize, step: Step) -> Option<usize> {
    let last = len.checked_sub(1)?;
    Some(match (step, active) {
        (Step::First, _) | (Step::Next, None) => 0,
        (Step::Last, _) | (Step::Previous, None) => last,
        (Step::Next, Some(i)) if i < last => i + 1,
        (Step::Next, Some(_)) => 0,
        (Step::Previous, Some(i)) if (1..=last).contains(&i) => i - 1,
        (Step::Previous, Some(_)) => last,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_wrap_around_at_both_ends() {
        assert_eq!(step(Some(0), 5, Step::Next), Some(1));
        assert_eq!(step(Some(4), 5, Step::Next), Some(0));
        assert_eq!(step(Some(3), 5, Step::Previous), Some(2));
        assert_eq!(step(Some(0), 5, Step::Previous), Some(4));
        assert_eq!(step(Some(2), 5, Step::First), Some(0));
        assert_eq!(step(Some(2), 5, Step::Last), Some(4));
        assert_eq!(step(Some(0), 1, Step::Next), Some(0));
    }

    #[test]
    fn with_nothing_active_the_first_step_lands_on_an_end() {
        assert_eq!(step(None, 3, Step::Next), Some(0));
        assert_eq!(step(None, 3, Step::Previous), Some(2));
        assert_eq!(step(None, 0, Step::Next), None);
        assert_eq!(step(Some(0), 0, Step::Last), None);
    }

    #[test]
    fn a_stale_index_past_the_end_wraps_into_the_list() {
        assert_eq!(step(Some(9), 3, Step::Next), Some(0));
        assert_eq!(step(Some(9), 3, Step::Previous), Some(2));
    }

    #[test]
    fn tab_keys_are_the_arrows_home_and_end() {
        let keys = [
            "ArrowRight",
            "ArrowDown",
            "ArrowLeft",
            "ArrowUp",
            "Home",
            "End",
            "Enter",
        ];
        let steps: Vec<Option<Step>> = keys.into_iter().map(Step::for_tab_key).collect();
        assert_eq!(
            steps,
            [
                Some(Step::Next),
                Some(Step::Next),
                Some(Step::Previous),
                Some(Step::Previous),
                Some(Step::First),
                Some(Step::Last),
                None
            ]
        );
    }
}
