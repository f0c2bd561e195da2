//! The "Embed" action: a header button that opens a panel where a blogger picks the view, club,
//! language, theme and style (iframe, script tag or HTML only), sees a live preview and copies the
//! snippet that `coppa_core::embed` writes. The panel is a disclosure: Escape or Close shuts it and gives
//! focus back to the button. The snippet, the HTML-only fragment too, is shown as text, never parsed as
//! markup.

use coppa_core::embed::{
    app_base, builder_fields, snippet, BuilderField, EmbedChoice, EmbedStyle, IFRAME_SANDBOX,
};
use coppa_core::i18n::Text;
use coppa_core::image::ImageChoice;
use coppa_core::model::Season;
use coppa_core::url::{Documents, Lang};
use leptos::ev::KeyboardEvent;
use leptos::html::{Button, Code, Select};
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Reflect;

use crate::ui::dom_id;
use crate::ui::image_export::{is_dark, ImageExport};
use crate::ui::lazy::{chunk_entry, load, waiting_text, Chunk};
use crate::ui::state::use_ui;

#[component]
pub fn EmbedBuilder() -> impl IntoView {
    let ui = use_ui();
    let lang = ui.lang();
    let open = RwSignal::new(false);
    let choice = RwSignal::new(EmbedChoice::from_state(&ui.now(), ui.lang_now()));
    let opener = NodeRef::<Button>::new();
    let panel_id = dom_id::unique("embed-builder");
    let chunk = RwSignal::new(Chunk::Idle);

    let toggle = move |_| {
        if open.get_untracked() {
            open.set(false);
            return;
        }
        // The panel starts from what the reader is looking at.
        let style = choice.with_untracked(|c| c.style);
        choice.set(EmbedChoice {
            style,
            ..EmbedChoice::from_state(&ui.now(), ui.lang_now())
        });
        open.set(true);
        load(chunk, panel_entry);
    };

    let panel = {
        let panel_id = panel_id.clone();
        move || {
            open.get().then(|| match chunk.get() {
                Chunk::Ready(panel) => panel(PanelOpen {
                    id: panel_id.clone(),
                    choice,
                    open,
                    opener,
                }),
                waiting => view! {
                    <section id=panel_id.clone() class="embed-builder">
                        <p class="embed-builder__status" role="status">
                            {move || waiting_text(waiting, lang.get())}
                        </p>
                    </section>
                }
                .into_any(),
            })
        }
    };

    view! {
        <button
            type="button"
            class="coppa-button embed-builder__open"
            aria-expanded=move || open.get().to_string()
            aria-controls=panel_id
            node_ref=opener
            on:click=toggle
        >
            {move || Text::EmbedOpen.get(lang.get())}
        </button>
        {panel}
    }
}

/// What the header keeps of an open panel: its id, the reader's choice (the style is kept from one
/// opening to the next), whether it is open and the button that opened it.
struct PanelOpen {
    id: String,
    choice: RwSignal<EmbedChoice>,
    open: RwSignal<bool>,
    opener: NodeRef<Button>,
}

chunk_entry! {
    /// Only bloggers open the builder: the panel, the snippets and the HTML-only fragment come in a
    /// chunk of their own.
    embed_builder: fn panel_entry() -> fn(PanelOpen) -> AnyView = open_panel;
}

/// The panel's state and actions; focus goes to its first field once it is drawn.
fn open_panel(
    PanelOpen {
        id,
        choice,
        open,
        opener,
    }: PanelOpen,
) -> AnyView {
    let ui = use_ui();
    let lang = ui.lang();
    let status = RwSignal::new(None::<Text>);
    let first_field = NodeRef::<Select>::new();
    let code = NodeRef::<Code>::new();
    let location = window().location();
    let base = app_base(
        &location.origin().unwrap_or_default(),
        &location.pathname().unwrap_or_default(),
    );
    let documents = crate::ui::app::documents();
    let text = Memo::new(move |_| snippet(ui.season, &choice.get(), &base, documents));
    let close = move || {
        open.set(false);
        if let Some(button) = opener.get_untracked() {
            let _ = button.focus();
        }
    };
    let change = move |edit: &dyn Fn(&mut EmbedChoice)| {
        choice.update(|c| edit(c));
        status.set(None);
    };
    let copy = move || copy_snippet(text.get_untracked(), code, status);
    // By the next frame the panel may be gone again (closed, or the explorer unmounted).
    request_animation_frame(move || {
        if let Some(field) = first_field.try_get_untracked().flatten() {
            let _ = field.focus();
        }
    });
    view! {
        <Panel
            id
            season=ui.season
            documents
            lang
            choice
            text
            status
            first_field
            code
            on_change=change
            on_copy=copy
            on_close=close
        />
    }
    .into_any()
}

/// The open panel: the choices, the snippet with its Copy button, the preview.
#[component]
fn Panel(
    id: String,
    season: &'static Season,
    /// Those of the page the builder runs on: the preview loads what the snippet's iframe will.
    documents: Documents,
    lang: Memo<Lang>,
    choice: RwSignal<EmbedChoice>,
    text: Memo<String>,
    status: RwSignal<Option<Text>>,
    first_field: NodeRef<Select>,
    code: NodeRef<Code>,
    on_change: impl Fn(&dyn Fn(&mut EmbedChoice)) + Copy + Send + Sync + 'static,
    on_copy: impl Fn() + Copy + Send + Sync + 'static,
    on_close: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let heading = dom_id::unique("embed-builder-heading");
    let labelled_by = heading.clone();
    let style_name = dom_id::unique("embed-builder-style");
    let label = move |key: Text| move || key.get(lang.get());
    // With a club chosen the standings picture shows its group, as the HTML-only fragment does.
    let image = Callback::new(move |()| {
        choice.with_untracked(|c| ImageChoice {
            view: c.view,
            team: c.team,
            lang: c.lang,
            dark: is_dark(c.theme),
            all_groups: false,
        })
    });
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            on_close();
        }
    };

    // A field for each setting the builder offers, in the settings' order; the first takes focus
    // when the panel opens.
    let fields = builder_fields(season)
        .into_iter()
        .enumerate()
        .map(|(i, BuilderField { setting, label: field_label, options })| {
            let node = if i == 0 { first_field } else { NodeRef::new() };
            let options = options
                .into_iter()
                .map(|(value, text)| {
                    view! {
                        <option value=value selected=move || choice.with(|c| c.value(season, setting) == value)>
                            {move || text.get(lang.get())}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <label class="embed-builder__field">
                    <span class="embed-builder__label">{move || field_label.get(lang.get())}</span>
                    <select
                        class="embed-builder__select"
                        data-embed-field=setting.key()
                        node_ref=node
                        on:change=move |ev| {
                            let value = event_target_value(&ev);
                            on_change(&|c| c.set(season, setting, &value));
                        }
                    >
                        {options}
                    </select>
                </label>
            }
        })
        .collect_view();
    let style_options = EmbedStyle::ALL
        .into_iter()
        .map(|style| {
            let name = style_name.clone();
            view! {
                <label class="embed-builder__style">
                    <input
                        type="radio"
                        name=name
                        value=style.key()
                        data-embed-style=style.key()
                        prop:checked=move || choice.with(|c| c.style == style)
                        on:change=move |_| on_change(&|c| c.style = style)
                    />
                    {move || style.name().get(lang.get())}
                </label>
            }
        })
        .collect_view();
    // The HTML-only fragment has no live preview: its code is the fragment itself, shown as text.
    let live = Memo::new(move |_| choice.with(|c| c.style.has_preview()));
    let frame_src = Memo::new(move |_| choice.with(|c| c.frame_src(season, "./", documents)));
    // A new frame for each address: a frame whose `src` changed again while its last page was still
    // starting could stay on that page (seen under load in the e2e suite); a new frame loads only its own.
    // Lazy: far below the fold (a phone, a test page) it waits until it is scrolled near.
    let frame = move |src: String| {
        leptos::html::iframe()
            .class("embed-builder__preview")
            .src(src)
            .title(label(Text::EmbedPreviewTitle))
            .sandbox(IFRAME_SANDBOX)
            .attr("loading", "lazy")
    };
    let preview = move || {
        live.get().then(|| {
            view! {
                <h3 class="embed-builder__subtitle">{label(Text::EmbedPreviewHeading)}</h3>
                // Keyed by its address, so a new address replaces the element instead of patching it.
                <For each=move || [frame_src.get()] key=String::clone children=frame />
            }
        })
    };
    let notes = move || choice.with(|c| c.style.note(lang.get()));

    view! {
        <section
            id=id
            class="embed-builder"
            aria-labelledby=labelled_by
            on:keydown=on_keydown
        >
            <div class="embed-builder__head">
                <h2 class="embed-builder__title" id=heading>
                    {label(Text::EmbedHeading)}
                </h2>
                <button type="button" class="coppa-button embed-builder__close" on:click=move |_| on_close()>
                    {label(Text::EmbedClose)}
                </button>
            </div>
            <p class="embed-builder__intro">{label(Text::EmbedIntro)}</p>
            <div class="embed-builder__layout">
                <div class="embed-builder__choices">
                    {fields}
                    <fieldset class="embed-builder__styles">
                        <legend class="embed-builder__label">{label(Text::EmbedStyleLabel)}</legend>
                        {style_options}
                    </fieldset>
                </div>
                <div class="embed-builder__output">
                    <h3 class="embed-builder__subtitle">{label(Text::EmbedSnippetHeading)}</h3>
                    <pre class="embed-builder__snippet" tabindex="0">
                        <code node_ref=code>{move || text.get()}</code>
                    </pre>
                    <p class="embed-builder__note">{notes}</p>
                    <div class="embed-builder__actions">
                        <button type="button" class="coppa-button embed-builder__copy" on:click=move |_| on_copy()>
                            {label(Text::EmbedCopy)}
                        </button>
                        <p class="embed-builder__status" role="status">
                            {move || status.get().map(|message| message.get(lang.get()))}
                        </p>
                    </div>
                    <div class="embed-builder__image">
                        <p class="embed-builder__note">{label(Text::ImageBuilderNote)}</p>
                        <ImageExport season lang choice=image />
                    </div>
                    {preview}
                </div>
            </div>
        </section>
    }
}

/// Writes `text` to the clipboard and says so; where the clipboard is unavailable or refuses, selects
/// the snippet so Ctrl+C copies it, and says that instead.
fn copy_snippet(text: String, code: NodeRef<Code>, status: RwSignal<Option<Text>>) {
    let select_by_hand = move || {
        if let (Ok(Some(selection)), Some(code)) =
            (window().get_selection(), code.try_get_untracked().flatten())
        {
            // A selection that cannot be made leaves the snippet for the reader to select.
            let _ = selection.select_all_children(&code);
        }
        // The panel may have closed before the clipboard answered; then there is nothing to tell.
        let _ = status.try_set(Some(Text::EmbedCopyManually));
    };
    let navigator = window().navigator();
    let has_clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    if !has_clipboard {
        select_by_hand();
        return;
    }
    let written = JsFuture::from(navigator.clipboard().write_text(&text));
    leptos::task::spawn_local(async move {
        if written.await.is_ok() {
            let _ = status.try_set(Some(Text::EmbedCopied));
        } else {
            select_by_hand();
        }
    });
}
