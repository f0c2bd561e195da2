//! The explorer's layout, shared by the full page and the embeddable widget. This is the one place that
//! decides what an embed leaves out: the title, summary, language and theme switches and footer (a host
//! page has its own); the filter, view tabs, journey card and views stay.

use std::sync::{Arc, OnceLock};

use coppa_core::i18n::{explorer_title, Text};
use coppa_core::image::ImageChoice;
use coppa_core::url::{UrlWarning, View};
use leptos::html::Div;
use leptos::prelude::*;

use crate::panic;
use crate::ui::bracket::Bracket;
use crate::ui::header::Header;
use crate::ui::image_export::{is_dark, ImageExport};
use crate::ui::journey::Journey;
use crate::ui::notice::Notice;
use crate::ui::scorers::Scorers;
use crate::ui::standings::Standings;
use crate::ui::state::{use_ui, Host, OnlyClubGroup};
use crate::ui::team_filter::TeamFilter;
use crate::ui::view_tabs::ViewTabs;

#[component]
pub fn Explorer(warnings: RwSignal<Vec<UrlWarning>>) -> impl IntoView {
    let ui = use_ui();
    let view = ui.view();
    let lang = ui.lang();
    let theme = ui.theme();
    let embed = ui.embed();
    let root = NodeRef::<Div>::new();
    let only_club_group = RwSignal::new(false);
    provide_context(OnlyClubGroup(only_club_group));
    // The picture of what is on screen, read when an export button is pressed.
    let image = Callback::new(move |()| {
        let now = ui.now();
        ImageChoice {
            view: now.view,
            team: now.team,
            lang: ui.lang_now(),
            dark: is_dark(now.theme),
            all_groups: !only_club_group.get_untracked(),
        }
    });
    register_for_panics(root);

    view! {
        <div
            class="coppa"
            class:coppa--embed=move || embed.get()
            data-theme=move || theme.get().key()
            lang=move || lang.get().key()
            node_ref=root
        >
            {move || {
                (!embed.get())
                    .then(|| {
                        view! {
                            <a class="coppa__skip" href="#coppa-main">
                                {move || Text::SkipToContent.get(lang.get())}
                            </a>
                            <Header />
                        }
                    })
            }}
            <Notice warnings />
            <div class="coppa__controls">
                <TeamFilter />
                <ViewTabs />
                {move || (!embed.get()).then(|| view! { <ImageExport season=ui.season lang choice=image /> })}
            </div>
            <Journey />
            <Views view />
            {move || {
                (!embed.get())
                    .then(|| {
                        view! {
                            <footer class="coppa__footer">
                                <p>{move || Text::FooterData.get(lang.get())}</p>
                            </footer>
                        }
                    })
            }}
        </div>
    }
}

/// The shown view. On a page of its own it is the page's `<main>` (the skip link's target); in a widget
/// it is a region named after what it shows, since the host page has its own `<main>` and may hold
/// several widgets.
#[component]
fn Views(view: Memo<View>) -> impl IntoView {
    let ui = use_ui();
    let shown = move || match view.get() {
        View::Standings => view! { <Standings /> }.into_any(),
        View::Bracket => view! { <Bracket /> }.into_any(),
        View::Scorers => view! { <Scorers /> }.into_any(),
    };
    match ui.host {
        Host::Page => view! {
            <main id="coppa-main" class="coppa__main" tabindex="-1" data-view=move || view.get().key()>
                {shown}
            </main>
        }
        .into_any(),
        Host::Widget => {
            let (team, lang) = (ui.team(), ui.lang());
            let name = move || explorer_title(ui.season, view.get(), team.get(), lang.get());
            view! {
                <section class="coppa__main" aria-label=name data-view=move || view.get().key()>
                    {shown}
                </section>
            }
            .into_any()
        }
    }
}

/// Lets the panic hook find this explorer (even inside a shadow root) while it is mounted.
fn register_for_panics(root: NodeRef<Div>) {
    let key = Arc::new(OnceLock::new());
    let registered = Arc::clone(&key);
    Effect::new(move |_| {
        if let Some(el) = root.get() {
            registered.get_or_init(|| panic::register_root(el.into()));
        }
    });
    on_cleanup(move || {
        if let Some(&k) = key.get() {
            panic::unregister_root(k);
        }
    });
}
