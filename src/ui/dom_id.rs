//! Ids for `aria-labelledby`/`aria-controls`, unique per page so two widgets embedded side by side never
//! point at each other's elements.

use std::sync::atomic::{AtomicU32, Ordering};

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A fresh id such as `coppa-bracket-7`.
pub fn unique(prefix: &str) -> String {
    format!("coppa-{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}
