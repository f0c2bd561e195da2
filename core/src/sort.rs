//! One small stable sort for the season's short lists (a group's rows, 48 clubs, the scorers).
//!
//! The standard library's stable sort is built for any length: in the wasm each call site became about
//! 3 kB of merge, run-detection and small-sort code. An insertion sort is a few hundred bytes, and on
//! lists this short it is as fast.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (as `slice::sort_by` does).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// Sorts `items` by the key `key` gives each, keeping equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included: each item carries its
        /// original position, so a swapped tie would show.
        #[test]
        fn orders_as_the_standard_stable_sort(keys in proptest::collection::vec(0u8..6, 0..120)) {
            let tagged: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut ours = tagged.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut standard = tagged.clone();
            standard.sort_by_key(|item| std::cmp::Reverse(item.0));
            prop_assert_eq!(ours, standard);

            let mut ours = tagged.clone();
            sort_by_key(&mut ours, |item| item.0);
            let mut standard = tagged;
            standard.sort_by_key(|item| item.0);
            prop_assert_eq!(ours, standard);
        }
    }

    #[test]
    fn sorts_descending_input_and_keeps_ties() {
        let mut items = [(3, 'a'), (2, 'b'), (3, 'c'), (1, 'd'), (2, 'e')];
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(items, [(1, 'd'), (2, 'b'), (2, 'e'), (3, 'a'), (3, 'c')]);
    }
}
