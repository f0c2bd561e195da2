//! The team filter: an ARIA 1.2 combobox with a list of suggestions. Typing suggests clubs by name or
//! alias; the arrow keys move the active option (`aria-activedescendant`), Enter picks it (or the only
//! club the text can mean), Escape closes the list and a second Escape clears the filter. What the reader
//! typed is only ever shown as text.

use coppa_core::i18n::{self, Text};
use coppa_core::model::ClubId;
use coppa_core::roving::{self, Step};
use coppa_core::search::{enter_choice, search, Suggestion};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::ui::state::{use_ui, view_memo, Ui};

/// Suggestions shown at most: enough for any prefix, short enough to scan.
const SUGGESTIONS: usize = 8;

#[component]
pub fn TeamFilter() -> impl IntoView {
    let ui = use_ui();
    let lang = ui.lang();
    let team = ui.team();
    let combo = Combo::new(ui);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    // Focused, the filter selects what it shows (the followed club's name, say), so typing replaces it
    // rather than being appended to it. A press that focuses it puts the caret where it pressed after the
    // focus, so its release selects again (and keeps the browser from moving the caret).
    let focusing_press = StoredValue::new(false);

    // Built only while the list is open: a selection puts the club's name in the box, which would
    // otherwise rebuild a hidden list (and lay it out) on every selection.
    let options = move || {
        if !combo.expanded() {
            return None;
        }
        let active = view_memo(move || combo.active.get());
        let options = combo
            .suggestions
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let club = ui.season.club(s.club);
                let alias = s
                    .alias(ui.season)
                    .map(|alias| view! { <span class="team-filter__alias">{alias}</span> });
                view! {
                    <li
                        role="option"
                        id=option_id(club.slug)
                        class="team-filter__option"
                        class:is-active=move || active.get() == Some(i)
                        data-club=club.slug
                        aria-selected=move || (active.get() == Some(i)).to_string()
                        on:mousedown=move |ev| {
                            ev.prevent_default();
                            combo.choose(Some(s.club));
                        }
                    >
                        <span class="team-filter__name">{club.name}</span>
                        {alias}
                    </li>
                }
            })
            .collect_view();
        Some(options)
    };

    view! {
        <div class="team-filter">
            <label class="team-filter__label" for="team-filter">
                {move || Text::FilterLabel.get(lang.get())}
            </label>
            <div class="team-filter__field">
                <input
                    id="team-filter"
                    class="team-filter__input"
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-controls="team-filter-listbox"
                    aria-describedby="team-filter-hint"
                    aria-expanded=move || combo.expanded().to_string()
                    aria-activedescendant=move || combo.active_id()
                    placeholder=move || Text::FilterPlaceholder.get(lang.get())
                    // The first value as a plain attribute too: it is in place as the input is made,
                    // before the property's effect first runs, so the take-over can select it.
                    value=combo.query.get_untracked()
                    prop:value=move || combo.query.get()
                    node_ref=input_ref
                    on:input=move |ev| combo.type_text(event_target_value(&ev))
                    on:keydown=move |ev| combo.key(&ev)
                    on:pointerdown=move |ev| {
                        let input = event_target::<web_sys::Element>(&ev);
                        focusing_press.set_value(document().active_element() != Some(input));
                    }
                    on:focus=move |ev| {
                        event_target::<web_sys::HtmlInputElement>(&ev).select();
                    }
                    on:mouseup=move |ev| {
                        if focusing_press.get_value() {
                            ev.prevent_default();
                            event_target::<web_sys::HtmlInputElement>(&ev).select();
                        }
                        focusing_press.set_value(false);
                    }
                    on:blur=move |_| combo.open.set(false)
                />
                <button
                    type="button"
                    class="team-filter__clear"
                    aria-label=move || Text::FilterClear.get(lang.get())
                    title=move || Text::FilterClear.get(lang.get())
                    hidden=move || combo.query.get().is_empty() && team.get().is_none()
                    on:click=move |_| {
                        combo.clear();
                        if let Some(input) = input_ref.get() {
                            let _ = input.focus();
                        }
                    }
                >
                    "×"
                </button>
                <ul
                    id="team-filter-listbox"
                    class="team-filter__listbox"
                    role="listbox"
                    aria-label=move || Text::FilterSuggestions.get(lang.get())
                    hidden=move || !combo.expanded()
                >
                    {options}
                </ul>
            </div>
            <p id="team-filter-hint" class="visually-hidden">
                {move || Text::FilterHint.get(lang.get())}
            </p>
            <p class="team-filter__message" role="status">
                {move || combo.no_match().then(|| i18n::no_match(&combo.query.get(), lang.get()))}
            </p>
        </div>
    }
}

/// The combobox's own state; the chosen club lives in the shared [`Ui`] state.
#[derive(Clone, Copy)]
struct Combo {
    ui: Ui,
    query: RwSignal<String>,
    open: RwSignal<bool>,
    active: RwSignal<Option<usize>>,
    suggestions: Memo<Vec<Suggestion>>,
}

impl Combo {
    fn new(ui: Ui) -> Combo {
        let team = ui.team();
        let name_of =
            move |club: Option<ClubId>| club.map(|c| ui.season.club(c).name).unwrap_or_default();
        // The followed club's name from the start; the effect below only follows changes.
        let query = RwSignal::new(name_of(team.get_untracked()).to_owned());
        let combo = Combo {
            ui,
            query,
            open: RwSignal::new(false),
            active: RwSignal::new(None),
            suggestions: Memo::new(move |_| search(ui.season, &query.get(), SUGGESTIONS)),
        };
        // The box shows the selected club's name, whoever selected it (a link, a chart bar, back).
        Effect::watch(
            move || team.get(),
            move |club, _, _| {
                combo.query.set(name_of(*club).to_owned());
                combo.open.set(false);
                combo.active.set(None);
            },
            false,
        );
        combo
    }

    fn expanded(&self) -> bool {
        self.open.get() && !self.suggestions.with(Vec::is_empty)
    }

    fn active_id(&self) -> Option<String> {
        let i = self.active.get().filter(|_| self.expanded())?;
        let club = self.suggestions.with(|s| s.get(i).map(|s| s.club))?;
        Some(option_id(self.ui.season.club(club).slug))
    }

    /// Text that matches no club (and is not blank). The followed club's name, which the box shows after
    /// each selection, matches that club: no search for it.
    fn no_match(&self) -> bool {
        let followed = self
            .ui
            .now()
            .team
            .map(|club| self.ui.season.club(club).name);
        !self
            .query
            .with(|q| q.trim().is_empty() || followed == Some(q.as_str()))
            && self.suggestions.with(Vec::is_empty)
    }

    fn type_text(&self, text: String) {
        self.open.set(!text.trim().is_empty());
        self.active.set(None);
        self.query.set(text);
    }

    fn key(&self, ev: &KeyboardEvent) {
        match ev.key().as_str() {
            "ArrowDown" | "Down" => {
                ev.prevent_default();
                self.step(Step::Next);
            }
            "ArrowUp" | "Up" => {
                ev.prevent_default();
                self.step(Step::Previous);
            }
            "Enter" => {
                ev.prevent_default();
                self.enter();
            }
            "Escape" | "Esc" => {
                if self.expanded() {
                    ev.prevent_default();
                    self.open.set(false);
                    self.active.set(None);
                } else if !self.query.with(String::is_empty) || self.ui.now().team.is_some() {
                    ev.prevent_default();
                    self.clear();
                }
            }
            "Tab" => self.open.set(false),
            _ => {}
        }
    }

    /// Moves the active option, wrapping around; opens the list first if it was closed.
    fn step(&self, by: Step) {
        let count = self.suggestions.with(Vec::len);
        let Some(next) = roving::step(self.active.get_untracked(), count, by) else {
            return;
        };
        if !self.open.get_untracked() {
            self.open.set(true);
        }
        self.active.set(Some(next));
    }

    fn enter(&self) {
        let active = self
            .active
            .get_untracked()
            .filter(|_| self.open.get_untracked())
            .and_then(|i| {
                self.suggestions
                    .with_untracked(|s| s.get(i).map(|s| s.club))
            });
        let query = self.query.get_untracked();
        if let Some(team) = enter_choice(self.ui.season, &query, active) {
            self.choose(team);
        }
    }

    fn choose(&self, club: Option<ClubId>) {
        self.ui.select_team(club);
        let name = club
            .map(|c| self.ui.season.club(c).name)
            .unwrap_or_default();
        self.query.set(name.to_owned());
        self.open.set(false);
        self.active.set(None);
    }

    fn clear(&self) {
        self.choose(None);
    }
}

fn option_id(slug: &str) -> String {
    format!("team-filter-option-{slug}")
}
