//! "Export image": downloads a view as a PNG or an SVG picture. `coppa_core::image` lays the picture
//! out once; the SVG is its markup, the PNG the same shapes painted with the canvas 2D API at twice the
//! size, in the reader's own system font. Both leave through an `<a download>` pointing at a `blob:`
//! URL: a download, not an image load, so the strict CSP (no `data:` or `blob:` images) is untouched.
//! Only some readers export a picture: the layout, the SVG writer and the painting come in a wasm chunk
//! of their own (`src/ui/lazy.rs`), fetched at the first press of a button.

use std::time::Duration;

use coppa_core::i18n::Text;
use coppa_core::image::{file_name, layout, svg, ImageChoice, Picture, Shape, FONT};
use coppa_core::model::Season;
use coppa_core::url::{Lang, Theme};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::Array;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement, Url,
};

use crate::ui::dom_id;
use crate::ui::lazy::{chunk_entry, ChunkFailed};

/// The PNG's pixels per CSS pixel of the picture.
const DENSITY: i32 = 2;

/// The label and the two download buttons; `choice` is read when a button is pressed.
#[component]
pub fn ImageExport(
    season: &'static Season,
    lang: Memo<Lang>,
    choice: Callback<(), ImageChoice>,
) -> impl IntoView {
    let label_id = dom_id::unique("image-export");
    let labelled_by = label_id.clone();
    let failed = RwSignal::new(false);
    let buttons = [
        (true, Text::ImageDownloadPng),
        (false, Text::ImageDownloadSvg),
    ]
    .into_iter()
    .map(|(png, text)| {
        let download = move |_| {
            let choice = choice.run(());
            failed.set(false);
            leptos::task::spawn_local(async move {
                match export_entry().await {
                    // Nothing is saved if the browser refuses a step; the page goes on as it was.
                    Ok(export) => drop(export(season, choice, png)),
                    // The buttons may be gone meanwhile; then there is nobody to tell.
                    Err(ChunkFailed) => drop(failed.try_set(true)),
                }
            });
        };
        view! {
            <button
                type="button"
                class="coppa-button image-export__button"
                data-image-format=if png { "png" } else { "svg" }
                on:click=download
            >
                {move || text.get(lang.get())}
            </button>
        }
    })
    .collect_view();
    view! {
        <div class="image-export" role="group" aria-labelledby=labelled_by>
            <span class="image-export__label" id=label_id>
                {move || Text::ImageExport.get(lang.get())}
            </span>
            {buttons}
            <p class="image-export__status" role="status">
                {move || failed.get().then(|| Text::PartFailed.get(lang.get()))}
            </p>
        </div>
    }
}

chunk_entry! {
    /// The picture's layout, its SVG and its painting, in a chunk of their own.
    image_export: fn export_entry() -> fn(&'static Season, ImageChoice, bool) -> Result<(), JsValue> = export;
}

/// Lays out `choice` and saves it as a PNG (`png`) or an SVG.
fn export(season: &'static Season, choice: ImageChoice, png: bool) -> Result<(), JsValue> {
    let picture = layout(season, choice);
    let name = file_name(season, choice, if png { "png" } else { "svg" });
    if png {
        save_png(&picture, name)
    } else {
        save_svg(&picture, &name)
    }
}

/// Whether `theme` draws dark: "auto" asks the reader's system, as the explorer's stylesheet does.
pub fn is_dark(theme: Theme) -> bool {
    match theme {
        Theme::Dark => true,
        Theme::Light => false,
        Theme::Auto => window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|query| query.matches()),
    }
}

fn save_svg(picture: &Picture, name: &str) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let parts = Array::of1(&JsValue::from_str(&svg(picture)));
    save(
        &Blob::new_with_str_sequence_and_options(&parts, &options)?,
        name,
    )
}

/// Paints `picture` on a canvas and saves it once the browser has encoded the PNG.
fn save_png(picture: &Picture, name: String) -> Result<(), JsValue> {
    let canvas: HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    canvas.set_width(u32::try_from(picture.width * DENSITY).unwrap_or(0));
    canvas.set_height(u32::try_from(picture.height * DENSITY).unwrap_or(0));
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .unchecked_into();
    context.scale(f64::from(DENSITY), f64::from(DENSITY))?;
    for shape in &picture.shapes {
        match shape {
            Shape::Rect { x, y, w, h, fill } => {
                context.set_fill_style_str(fill);
                let [x, y, w, h] = [x, y, w, h].map(|n| f64::from(*n));
                context.fill_rect(x, y, w, h);
            }
            Shape::Text {
                x,
                y,
                size,
                bold,
                anchor,
                fill,
                text,
            } => {
                let weight = if *bold { "bold" } else { "normal" };
                context.set_font(&format!("{weight} {size}px {FONT}"));
                context.set_text_align(anchor.canvas());
                context.set_fill_style_str(fill);
                context.fill_text(text, f64::from(*x), f64::from(*y))?;
            }
        }
    }
    let encoded = Closure::once_into_js(move |blob: Option<Blob>| {
        if let Some(blob) = blob {
            let _ = save(&blob, &name);
        }
    });
    canvas.to_blob(encoded.unchecked_ref())
}

/// Hands `blob` to the browser as a download named `name`.
fn save(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let link = document().create_element("a")?;
    link.set_attribute("href", &url)?;
    link.set_attribute("download", name)?;
    link.unchecked_ref::<HtmlElement>().click();
    // The download has its own reference to the file by then; the URL only holds memory.
    set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Ok(())
}
