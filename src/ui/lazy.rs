//! Parts that only some readers open (the embed builder's panel, a tie's details) come in wasm chunks of
//! their own, fetched the first time a reader opens one. [`chunk_entry!`] declares a chunk's entry: a
//! function that hands back a plain function into the chunk, which the caller then renders under its
//! own owner. With the `split` feature (`make dist`), the code only an entry reaches is cut out of the
//! main wasm (`scripts/split/wasm-bindgen`); without it (tests, `make serve`) everything stays in one
//! wasm and the entry is an ordinary `async fn`.

use std::future::Future;

use coppa_core::i18n::Text;
use coppa_core::url::Lang;
use leptos::prelude::*;

/// A chunk could not be fetched (offline, or the file gone after a new deploy). Nothing is cached:
/// opening the part again fetches the chunk afresh.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkFailed;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// `fn $name() -> Result<$entry, ChunkFailed>` (async), whose value is `$value`, from chunk `$chunk`.
macro_rules! chunk_entry {
    ($(#[$doc:meta])* $chunk:ident: $vis:vis fn $name:ident() -> $entry:ty = $value:expr;) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name() -> Result<$entry, $crate::ui::lazy::ChunkFailed> {
            Ok($value)
        }
        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name() -> Result<$entry, $crate::ui::lazy::ChunkFailed> {
            Ok($value)
        }
    };
}
pub(crate) use chunk_entry;

/// Where a chunk's entry stands; `F` is the function it handed back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk<F> {
    Idle,
    Loading,
    Ready(F),
    Failed,
}

/// Fetches the chunk behind `entry` unless it is ready or on its way.
pub fn load<F, Fut>(state: RwSignal<Chunk<F>>, entry: impl FnOnce() -> Fut + 'static)
where
    F: Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<F, ChunkFailed>> + 'static,
{
    if matches!(state.get_untracked(), Chunk::Idle | Chunk::Failed) {
        state.set(Chunk::Loading);
        leptos::task::spawn_local(async move {
            let loaded = entry().await;
            // The part may have been unmounted meanwhile: then nobody is waiting.
            let _ = state.try_set(loaded.map_or(Chunk::Failed, Chunk::Ready));
        });
    }
}

/// What stands in for a part that is not there yet: a short wait, or why it is missing.
pub fn waiting_text<F>(state: Chunk<F>, lang: Lang) -> Option<&'static str> {
    match state {
        Chunk::Ready(_) => None,
        Chunk::Idle | Chunk::Loading => Some(Text::PartLoading.get(lang)),
        Chunk::Failed => Some(Text::PartFailed.get(lang)),
    }
}
