//! The three views. On a page of its own each is a real link to that view (copy, open in a new tab; it
//! keeps any sub-path; in a prerendered release, to the view's own document) and a plain click switches
//! in place; the current one carries `aria-current="page"`. In a widget a link would lead to the blog's
//! own page, so each is a toggle button that switches this widget only, the current one
//! `aria-pressed="true"`.

use coppa_core::i18n::{view_name, Text};
use coppa_core::url::{link, AppState, Documents, Lang, View};
use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::ui::state::{use_ui, Host};

#[component]
pub fn ViewTabs() -> impl IntoView {
    let ui = use_ui();
    let lang = ui.lang();
    let current = ui.view();
    let label = move || Text::ViewTabs.get(lang.get());
    match ui.host {
        Host::Page => {
            let documents = crate::ui::app::documents();
            let tabs = View::ALL
                .into_iter()
                .map(|view| view! { <ViewLink view current lang documents /> })
                .collect_view();
            view! { <nav class="view-tabs" aria-label=label>{tabs}</nav> }.into_any()
        }
        Host::Widget => {
            let tabs = View::ALL
                .into_iter()
                .map(|view| view! { <ViewButton view current lang /> })
                .collect_view();
            view! {
                <div class="view-tabs" role="group" aria-label=label>
                    {tabs}
                </div>
            }
            .into_any()
        }
    }
}

#[component]
fn ViewLink(
    view: View,
    current: Memo<View>,
    lang: Memo<Lang>,
    documents: Documents,
) -> impl IntoView {
    let ui = use_ui();
    let shown = ui.state();
    let href = move || {
        let state = AppState {
            view,
            ..shown.get()
        };
        link(ui.season, &state, documents)
    };
    let follow = move |ev: MouseEvent| {
        if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
            ev.prevent_default();
            ui.select_view(view);
        }
    };
    view! {
        <a
            class="view-tabs__tab"
            data-view-tab=view.key()
            href=href
            aria-current=move || (current.get() == view).then_some("page")
            on:click=follow
        >
            {move || view_name(view).get(lang.get())}
        </a>
    }
}

#[component]
fn ViewButton(view: View, current: Memo<View>, lang: Memo<Lang>) -> impl IntoView {
    let ui = use_ui();
    view! {
        <button
            type="button"
            class="view-tabs__tab"
            data-view-tab=view.key()
            aria-pressed=move || (current.get() == view).to_string()
            on:click=move |_| ui.select_view(view)
        >
            {move || view_name(view).get(lang.get())}
        </button>
    }
}
