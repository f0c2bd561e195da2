//! The "Embed" action: a header button that opens a panel where a blogger picks the view, club,
//! language, theme and style (iframe, script tag or HTML only), sees a live preview and copies the
//! snippet that `coppa_core::embed` writes. The panel is a disclosure: Escape or Close shuts it and gives
//! focus back to the button. The snippet, the HTML-only fragment too, is shown as text, never parsed as
//! markup.

use coppa_core::embed::{app_base, snippet, EmbedChoice, EmbedStyle, IFRAME_SANDBOX};
use coppa_core::i18n::embed::EmbedText;
use coppa_core::i18n::{lang_name, theme_name, view_name, Text};
use coppa_core::model::Season;
use coppa_core::url::{Lang, Theme, View};
use leptos::ev::KeyboardEvent;
use leptos::html::{Button, Code, Select};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::Reflect;
use web_sys::Element;

use crate::ui::dom_id;
use crate::ui::lazy::{chunk_entry, load, waiting_text, Chunk};
use crate::ui::state::use_ui;

#[wasm_bindgen]
extern "C" {
    /// A promise seen only through `then` (the crate does not depend on wasm-bindgen-futures).
    type Settling;
    #[wasm_bindgen(method, js_name = then)]
    fn then_either(this: &Settling, on_fulfilled: &JsValue, on_rejected: &JsValue);

    /// The document's text selection (the crate's web-sys features leave `Selection` out).
    type TextSelection;
    #[wasm_bindgen(js_name = getSelection)]
    fn text_selection() -> Option<TextSelection>;
    #[wasm_bindgen(method, js_name = selectAllChildren)]
    fn select_all_children(this: &TextSelection, node: &Element);
}

#[component]
pub fn EmbedBuilder() -> impl IntoView {
    let ui = use_ui();
    let lang = Memo::new(move |_| ui.lang());
    let open = RwSignal::new(false);
    let choice = RwSignal::new(untrack(|| current_choice(ui.state.get(), ui.lang())));
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
            ..untrack(|| current_choice(ui.state.get(), ui.lang()))
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
            {move || EmbedText::Open.get(lang.get())}
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
    let lang = Memo::new(move |_| ui.lang());
    let status = RwSignal::new(None::<EmbedText>);
    let first_field = NodeRef::<Select>::new();
    let code = NodeRef::<Code>::new();
    let location = window().location();
    let base = app_base(
        &location.origin().unwrap_or_default(),
        &location.pathname().unwrap_or_default(),
    );
    let text = Memo::new(move |_| snippet(ui.season, &choice.get(), &base));
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
    lang: Memo<Lang>,
    choice: RwSignal<EmbedChoice>,
    text: Memo<String>,
    status: RwSignal<Option<EmbedText>>,
    first_field: NodeRef<Select>,
    code: NodeRef<Code>,
    on_change: impl Fn(&dyn Fn(&mut EmbedChoice)) + Copy + Send + Sync + 'static,
    on_copy: impl Fn() + Copy + Send + Sync + 'static,
    on_close: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let heading = dom_id::unique("embed-builder-heading");
    let labelled_by = heading.clone();
    let style_name = dom_id::unique("embed-builder-style");
    let label = move |key: EmbedText| move || key.get(lang.get());
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            on_close();
        }
    };

    let view_options = View::ALL
        .into_iter()
        .map(|view| {
            view! {
                <option value=view.key() selected=move || choice.with(|c| c.view == view)>
                    {move || view_name(view).get(lang.get())}
                </option>
            }
        })
        .collect_view();
    let mut clubs: Vec<_> = season.clubs.iter().collect();
    clubs.sort_by_key(|club| club.name);
    let club_options = clubs
        .into_iter()
        .map(|club| {
            let id = season.club_by_slug(club.slug);
            view! {
                <option value=club.slug selected=move || choice.with(|c| c.team.is_some() && c.team == id)>
                    {club.name}
                </option>
            }
        })
        .collect_view();
    let lang_options = Lang::ALL
        .into_iter()
        .map(|choice_lang| {
            view! {
                <option value=choice_lang.key() selected=move || choice.with(|c| c.lang == choice_lang)>
                    {lang_name(choice_lang)}
                </option>
            }
        })
        .collect_view();
    let theme_options = Theme::ALL
        .into_iter()
        .map(|theme| {
            view! {
                <option value=theme.key() selected=move || choice.with(|c| c.theme == theme)>
                    {move || theme_name(theme).get(lang.get())}
                </option>
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
                    {move || style_name_text(style).get(lang.get())}
                </label>
            }
        })
        .collect_view();
    // The HTML-only fragment has no live preview: its code is the fragment itself, shown as text.
    let live = Memo::new(move |_| choice.with(|c| c.style != EmbedStyle::Html));
    let preview = move || {
        live.get().then(|| {
            // Lazy: far below the fold (a phone, a test page) it waits until it is scrolled near.
            let frame = leptos::html::iframe()
                .class("embed-builder__preview")
                .src(move || format!("./?{}", choice.with(|c| c.query(season))))
                .title(label(EmbedText::PreviewTitle))
                .sandbox(IFRAME_SANDBOX)
                .attr("loading", "lazy");
            view! {
                <h3 class="embed-builder__subtitle">{label(EmbedText::PreviewHeading)}</h3>
                {frame}
            }
        })
    };
    let notes = move || {
        let lang = lang.get();
        if live.get() {
            format!(
                "{} {}",
                EmbedText::SnippetNote.get(lang),
                EmbedText::CrossOriginNote.get(lang)
            )
        } else {
            EmbedText::HtmlNote.get(lang).to_owned()
        }
    };

    view! {
        <section
            id=id
            class="embed-builder"
            aria-labelledby=labelled_by
            on:keydown=on_keydown
        >
            <div class="embed-builder__head">
                <h2 class="embed-builder__title" id=heading>
                    {label(EmbedText::Heading)}
                </h2>
                <button type="button" class="coppa-button embed-builder__close" on:click=move |_| on_close()>
                    {label(EmbedText::Close)}
                </button>
            </div>
            <p class="embed-builder__intro">{label(EmbedText::Intro)}</p>
            <div class="embed-builder__layout">
                <div class="embed-builder__choices">
                    <label class="embed-builder__field">
                        <span class="embed-builder__label">{label(EmbedText::ViewLabel)}</span>
                        <select
                            class="embed-builder__select"
                            data-embed-field="view"
                            node_ref=first_field
                            on:change=move |ev| {
                                if let Some(view) = View::from_key(&event_target_value(&ev)) {
                                    on_change(&|c| c.view = view);
                                }
                            }
                        >
                            {view_options}
                        </select>
                    </label>
                    <label class="embed-builder__field">
                        <span class="embed-builder__label">{label(EmbedText::ClubLabel)}</span>
                        <select
                            class="embed-builder__select"
                            data-embed-field="team"
                            on:change=move |ev| {
                                let team = season.club_by_slug(&event_target_value(&ev));
                                on_change(&|c| c.team = team);
                            }
                        >
                            <option value="" selected=move || choice.with(|c| c.team.is_none())>
                                {label(EmbedText::ClubNone)}
                            </option>
                            {club_options}
                        </select>
                    </label>
                    <label class="embed-builder__field">
                        <span class="embed-builder__label">{move || Text::LangLabel.get(lang.get())}</span>
                        <select
                            class="embed-builder__select"
                            data-embed-field="lang"
                            on:change=move |ev| {
                                if let Some(post_lang) = Lang::from_key(&event_target_value(&ev)) {
                                    on_change(&|c| c.lang = post_lang);
                                }
                            }
                        >
                            {lang_options}
                        </select>
                    </label>
                    <label class="embed-builder__field">
                        <span class="embed-builder__label">{move || Text::ThemeLabel.get(lang.get())}</span>
                        <select
                            class="embed-builder__select"
                            data-embed-field="theme"
                            on:change=move |ev| {
                                if let Some(theme) = Theme::from_key(&event_target_value(&ev)) {
                                    on_change(&|c| c.theme = theme);
                                }
                            }
                        >
                            {theme_options}
                        </select>
                    </label>
                    <fieldset class="embed-builder__styles">
                        <legend class="embed-builder__label">{label(EmbedText::StyleLabel)}</legend>
                        {style_options}
                    </fieldset>
                </div>
                <div class="embed-builder__output">
                    <h3 class="embed-builder__subtitle">{label(EmbedText::SnippetHeading)}</h3>
                    <pre class="embed-builder__snippet" tabindex="0">
                        <code node_ref=code>{move || text.get()}</code>
                    </pre>
                    <p class="embed-builder__note">{notes}</p>
                    <div class="embed-builder__actions">
                        <button type="button" class="coppa-button embed-builder__copy" on:click=move |_| on_copy()>
                            {label(EmbedText::Copy)}
                        </button>
                        <p class="embed-builder__status" role="status">
                            {move || status.get().map(|message| message.get(lang.get()))}
                        </p>
                    </div>
                    {preview}
                </div>
            </div>
        </section>
    }
}

/// The builder's starting point: the view, club and theme on screen, in the language on screen.
fn current_choice(state: coppa_core::url::AppState, lang: Lang) -> EmbedChoice {
    EmbedChoice {
        view: state.view,
        team: state.team,
        lang,
        theme: state.theme,
        style: EmbedStyle::default(),
    }
}

/// Writes `text` to the clipboard and says so; where the clipboard is unavailable or refuses, selects
/// the snippet so Ctrl+C copies it, and says that instead.
fn copy_snippet(text: String, code: NodeRef<Code>, status: RwSignal<Option<EmbedText>>) {
    let select_by_hand = move || {
        if let (Some(selection), Some(code)) =
            (text_selection(), code.try_get_untracked().flatten())
        {
            selection.select_all_children(&code);
        }
        // The panel may have closed before the clipboard answered; then there is nothing to tell.
        let _ = status.try_set(Some(EmbedText::CopyManually));
    };
    let navigator = window().navigator();
    let has_clipboard = Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    if !has_clipboard {
        select_by_hand();
        return;
    }
    let written = navigator.clipboard().write_text(&text);
    // `writeText` fulfils with `undefined` and rejects with an error: one callback tells them apart,
    // and a once-closure frees itself when called.
    let on_settled = Closure::once_into_js(move |reason: JsValue| {
        if reason.is_undefined() {
            let _ = status.try_set(Some(EmbedText::Copied));
        } else {
            select_by_hand();
        }
    });
    written
        .unchecked_ref::<Settling>()
        .then_either(&on_settled, &on_settled);
}

const fn style_name_text(style: EmbedStyle) -> EmbedText {
    match style {
        EmbedStyle::Iframe => EmbedText::StyleIframe,
        EmbedStyle::Script => EmbedText::StyleScript,
        EmbedStyle::Html => EmbedText::StyleHtml,
    }
}
