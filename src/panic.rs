//! A panic must not leave a frozen, half-drawn explorer behind: the hook logs it to the console, then
//! replaces every mounted explorer with a short message in that explorer's language.

use std::cell::{Cell, RefCell};
use std::sync::Once;

use coppa_core::i18n::Text;
use coppa_core::url::Lang;
use web_sys::Element;

thread_local! {
    /// The roots of the mounted explorers, by registration key (widgets may live in shadow roots,
    /// where no document query would find them).
    static ROOTS: RefCell<Vec<(u32, Element)>> = const { RefCell::new(Vec::new()) };
    static NEXT_KEY: Cell<u32> = const { Cell::new(0) };
    /// Where the message goes when a panic comes before any explorer is mounted.
    static FALLBACK: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Installs the hook once, chaining `console_error_panic_hook`; `fallback` receives the message if no
/// explorer is mounted yet (the full page passes `<body>`, an embed passes nothing).
pub fn install(fallback: Option<Element>) {
    static HOOK: Once = Once::new();
    FALLBACK.with(|f| {
        if let Ok(mut f) = f.try_borrow_mut() {
            *f = fallback;
        }
    });
    // After a panic (tests keep running in the same instance) `set_hook` itself would panic.
    if std::thread::panicking() {
        return;
    }
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            show_message();
        }));
    });
}

/// Remembers a mounted explorer's root; returns the key for [`unregister_root`].
pub fn register_root(root: Element) -> u32 {
    let key = NEXT_KEY.with(|n| {
        let key = n.get();
        n.set(key.wrapping_add(1));
        key
    });
    ROOTS.with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.push((key, root));
        }
    });
    key
}

pub fn unregister_root(key: u32) {
    ROOTS.with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.retain(|(k, _)| *k != key);
        }
    });
}

/// What the hook does after logging: each root's content becomes the message, as plain text, in the
/// language of the root's `lang` attribute.
pub fn show_message() {
    let mut targets: Vec<Element> = ROOTS
        .try_with(|r| {
            r.try_borrow()
                .map(|r| r.iter().map(|(_, e)| e.clone()).collect())
                .unwrap_or_default()
        })
        .unwrap_or_default();
    if targets.is_empty() {
        let fallback = FALLBACK.try_with(|f| f.try_borrow().ok().and_then(|f| f.clone()));
        targets.extend(fallback.ok().flatten());
    }
    for target in targets {
        let lang = target
            .get_attribute("lang")
            .and_then(|tag| Lang::from_tag(&tag))
            .unwrap_or_default();
        target.set_text_content(Some(Text::PanicMessage.get(lang)));
        // Best effort: the message is already shown if these fail.
        let _ = target.set_attribute("role", "alert");
        let _ = target.class_list().add_1("coppa--failed");
    }
}
