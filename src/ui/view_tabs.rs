//! The three views as links. Each is a real link to the same page with that view (copy, open in a new
//! tab); a plain click switches in place. The current one carries `aria-current="page"`.

use coppa_core::i18n::Text;
use coppa_core::url::{to_query, AppState, View};
use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::ui::state::use_ui;

#[component]
pub fn ViewTabs() -> impl IntoView {
    let ui = use_ui();
    let lang = Memo::new(move |_| ui.lang());
    let current = Memo::new(move |_| ui.view());
    let tabs = View::ALL
        .into_iter()
        .map(|view| {
            let href = move || {
                let state = AppState {
                    view,
                    ..ui.state.get()
                };
                format!("?{}", to_query(ui.season, &state))
            };
            let follow = move |ev: MouseEvent| {
                if ev.button() == 0
                    && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
                {
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
                    {move || tab_name(view).get(lang.get())}
                </a>
            }
        })
        .collect_view();
    view! {
        <nav class="view-tabs" aria-label=move || Text::ViewTabs.get(lang.get())>
            {tabs}
        </nav>
    }
}

fn tab_name(view: View) -> Text {
    match view {
        View::Standings => Text::ViewStandings,
        View::Bracket => Text::ViewBracket,
        View::Scorers => Text::ViewScorers,
    }
}
