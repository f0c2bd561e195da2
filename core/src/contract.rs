//! The embed contract, in one place: what the app, `embed.js` and the README agree on.
//!
//! - The settings ([`Setting`]): query keys and widget attributes. The README's table of them is
//!   [`settings_table`] (a native test compares the two).
//! - The messages between an `?embed=1` iframe and the page around it ([`FrameMessage`]): the app
//!   posts and answers them, and `scripts/postbuild.mjs` stamps [`embed_js_constants`] into
//!   `embed.js` (the template holds none of these values).
//! - The query rules `prerender/select.js` needs to pick a prerendered copy before the app runs
//!   ([`query_rules`]), the keys it answers in the copy as the app does ([`keys`]) and the texts it
//!   writes into the copy ([`copy_texts`]), all stamped by `scripts/prerender.mjs`.
//!
//! `cargo run -q -p coppa-core --bin embed-contract` prints every stamp as one JSON object
//! ([`build_constants`]).
//!
//! The iframe posts its height to its parent on load and on every change of it. It is posted with
//! target origin `"*"`: the parent's origin is unknown in advance (any blog) and the message carries
//! nothing but a number that the page's own layout already reveals. A parent that missed the first
//! one may ask again with [`FrameMessage::HeightRequest`]; the answer is the same height message.

use std::ops::RangeInclusive;

use crate::i18n::Text;
use crate::roving::{Step, PRESS_KEYS};
use crate::url::{Lang, Setting, Theme, View, ATTRIBUTE_PREFIX, EMBED_ON};

/// `source` of every message of the contract; `embed.js` and the app ignore any other.
pub const MESSAGE_SOURCE: &str = "coppa-italia-2002-03";
/// Bumped if a message's fields ever change meaning, so an old `embed.js` can ignore a new shape.
pub const MESSAGE_VERSION: u32 = 1;
/// The field of [`FrameMessage::Height`] that carries the height.
pub const HEIGHT_FIELD: &str = "height";
/// `embed.js` clamps a reported height into this range: an iframe is never collapsed nor made
/// absurdly tall.
pub const HEIGHT_RANGE: RangeInclusive<u32> = 80..=20_000;

/// A message between an embedded iframe and `embed.js` on the page around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameMessage {
    /// From the iframe to its parent: the document's height in whole CSS pixels.
    Height(u32),
    /// From the parent to the iframe: post the height again.
    HeightRequest,
}

/// The value of one of a message's fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldValue {
    Text(&'static str),
    Number(u32),
}

impl FrameMessage {
    /// The message's `type`.
    pub const fn kind(self) -> &'static str {
        match self {
            FrameMessage::Height(_) => "height",
            FrameMessage::HeightRequest => "height-request",
        }
    }

    /// Every field, in the order they are written: `source`, `type`, `version`, then the height of
    /// a height message. A received object is this message only with exactly these fields.
    pub fn fields(self) -> Vec<(&'static str, FieldValue)> {
        let mut fields = vec![
            ("source", FieldValue::Text(MESSAGE_SOURCE)),
            ("type", FieldValue::Text(self.kind())),
            ("version", FieldValue::Number(MESSAGE_VERSION)),
        ];
        if let FrameMessage::Height(height) = self {
            fields.push((HEIGHT_FIELD, FieldValue::Number(height)));
        }
        fields
    }

    /// As a JavaScript object literal, the way the README shows it:
    /// `{ source: "coppa-italia-2002-03", type: "height", version: 1, height: 1234 }`.
    pub fn to_js(self) -> String {
        let fields: Vec<String> = self
            .fields()
            .into_iter()
            .map(|(key, value)| format!("{key}: {}", value.to_json()))
            .collect();
        format!("{{ {} }}", fields.join(", "))
    }

    /// The fields every message of this kind carries (all but the height), as a JSON object.
    fn fixed_fields_json(self) -> String {
        let fields: Vec<String> = self
            .fields()
            .into_iter()
            .filter(|(key, _)| *key != HEIGHT_FIELD)
            .map(|(key, value)| format!("{}:{}", json_string(key), value.to_json()))
            .collect();
        format!("{{{}}}", fields.join(","))
    }
}

impl FieldValue {
    fn to_json(self) -> String {
        match self {
            FieldValue::Text(text) => json_string(text),
            FieldValue::Number(number) => number.to_string(),
        }
    }
}

/// The CSS selector of a script-tag widget's element: any element with one of the widget's
/// attributes.
pub fn widget_selector() -> String {
    let attributes: Vec<String> = Setting::ALL
        .into_iter()
        .filter_map(Setting::attribute)
        .map(|attribute| format!("[{attribute}]"))
        .collect();
    attributes.join(",")
}

/// What `embed.js` needs of the contract, as the JSON object `scripts/postbuild.mjs` stamps into it:
/// the widget selector, the height message's fixed fields, height field and clamp, and the height
/// request to post.
pub fn embed_js_constants() -> String {
    let height = FrameMessage::Height(0);
    format!(
        "{{\"widgetSelector\":{},\"height\":{{\"fields\":{},\"number\":{},\"min\":{},\"max\":{}}},\"heightRequest\":{}}}",
        json_string(&widget_selector()),
        height.fixed_fields_json(),
        json_string(HEIGHT_FIELD),
        HEIGHT_RANGE.start(),
        HEIGHT_RANGE.end(),
        FrameMessage::HeightRequest.fixed_fields_json(),
    )
}

/// What `prerender/select.js` reads of a link, as a JSON object with a rule for each setting (named
/// by its key): the query `key`; the known `values` and the `default` of the view, language and theme
/// (the language's default after the browser's); the view's `documents`, from each view to its own
/// document's file (`coppa_core::url::View::document`); the values that turn `embed` `on`; no more for the
/// club (the prerender's table of clubs knows their slugs).
pub fn query_rules() -> String {
    let known = |keys: &[&str], default: &str| {
        format!(
            ",\"values\":{},\"default\":{}",
            json_list(keys),
            json_string(default)
        )
    };
    let rules: Vec<String> = Setting::ALL
        .into_iter()
        .map(|setting| {
            let rule = match setting {
                Setting::View => format!(
                    "{},\"documents\":{}",
                    known(&View::ALL.map(View::key), View::default().key()),
                    json_object(View::ALL.map(|view| (view.key(), view.document())))
                ),
                Setting::Team => String::new(),
                Setting::Lang => known(&Lang::ALL.map(Lang::key), Lang::default().key()),
                Setting::Theme => known(&Theme::ALL.map(Theme::key), Theme::default().key()),
                Setting::Embed => format!(",\"on\":{}", json_list(&EMBED_ON)),
            };
            let key = json_string(setting.key());
            format!("{key}:{{\"key\":{key}{rule}}}")
        })
        .collect();
    format!("{{{}}}", rules.join(","))
}

/// The keys `prerender/select.js` answers in the copy as the app does, as a JSON object: `tabs`, from
/// each key that moves between the round tabs to its step's name; `press`, the keys that press a
/// scorer's bar.
pub fn keys() -> String {
    format!(
        "{{\"tabs\":{},\"press\":{}}}",
        json_object(Step::TAB_KEYS.map(|(key, step)| (key, step.key()))),
        json_list(&PRESS_KEYS)
    )
}

/// What `prerender/select.js` writes into the prerendered page, per language key: `loading` while a
/// control the reader pressed waits for the app, `failed` if the app could not be fetched, and
/// `selected`, which names a followed club's players in the scorers' table to a screen reader, as the
/// app's marker does.
pub fn copy_texts() -> String {
    let languages: Vec<String> = Lang::ALL
        .into_iter()
        .map(|lang| {
            format!(
                "{}:{{\"loading\":{},\"failed\":{},\"selected\":{}}}",
                json_string(lang.key()),
                json_string(Text::AppLoading.get(lang)),
                json_string(Text::AppFailed.get(lang)),
                json_string(Text::SelectedClub.get(lang))
            )
        })
        .collect();
    format!("{{{}}}", languages.join(","))
}

/// What the build stamps into its scripts: `{"embed": embed_js_constants(), "query": query_rules(),
/// "keys": keys(), "texts": copy_texts()}`.
pub fn build_constants() -> String {
    format!(
        "{{\"embed\":{},\"query\":{},\"keys\":{},\"texts\":{}}}",
        embed_js_constants(),
        query_rules(),
        keys(),
        copy_texts()
    )
}

/// A JSON object of string members, in the order given.
fn json_object<'a>(members: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let members: Vec<String> = members
        .into_iter()
        .map(|(name, value)| format!("{}:{}", json_string(name), json_string(value)))
        .collect();
    format!("{{{}}}", members.join(","))
}

fn json_list(texts: &[&str]) -> String {
    let items: Vec<String> = texts.iter().map(|text| json_string(text)).collect();
    format!("[{}]", items.join(","))
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The README's table of settings (Markdown, one line a row): each setting's query key (and
/// whether a widget's attribute carries it), its values and its default.
pub fn settings_table() -> String {
    let mut lines = vec![
        format!("| Query (`?…`) / attribute (`{ATTRIBUTE_PREFIX}…`) | Values | Default |"),
        "| --- | --- | --- |".to_owned(),
    ];
    for setting in Setting::ALL {
        let name = if setting.in_widget() {
            format!("`{}`", setting.key())
        } else {
            format!("`{}` (query only)", setting.key())
        };
        lines.push(format!(
            "| {name} | {} | {} |",
            values_text(setting),
            default_text(setting)
        ));
    }
    lines.join("\n")
}

/// The values a setting takes, for the README.
fn values_text(setting: Setting) -> String {
    let listed = |keys: &[&str]| {
        keys.iter()
            .map(|key| format!("`{key}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match setting {
        Setting::View => listed(&View::ALL.map(View::key)),
        Setting::Team => {
            "a club's slug (`roma`), name or alias (`AC Milan`); empty for none".to_owned()
        }
        Setting::Lang => listed(&Lang::ALL.map(Lang::key)),
        Setting::Theme => listed(&Theme::ALL.map(Theme::key)),
        Setting::Embed => "`1` hides the title, summary and switches".to_owned(),
    }
}

/// What a setting left out means, for the README.
fn default_text(setting: Setting) -> String {
    match (setting, setting.default_value()) {
        (_, Some(value)) => format!("`{value}`"),
        (Setting::Team, None) => "none".to_owned(),
        (Setting::Lang, None) => "the reader's browser language".to_owned(),
        (_, None) => "off".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_height_message_has_its_fields_in_order() {
        assert_eq!(
            FrameMessage::Height(1234).fields(),
            vec![
                ("source", FieldValue::Text("coppa-italia-2002-03")),
                ("type", FieldValue::Text("height")),
                ("version", FieldValue::Number(1)),
                ("height", FieldValue::Number(1234)),
            ]
        );
        assert_eq!(
            FrameMessage::HeightRequest.to_js(),
            "{ source: \"coppa-italia-2002-03\", type: \"height-request\", version: 1 }"
        );
    }

    #[test]
    fn embed_js_gets_the_selector_and_both_messages() {
        assert_eq!(
            embed_js_constants(),
            "{\"widgetSelector\":\"[data-coppa-view],[data-coppa-team],[data-coppa-lang],[data-coppa-theme]\",\
             \"height\":{\"fields\":{\"source\":\"coppa-italia-2002-03\",\"type\":\"height\",\"version\":1},\
             \"number\":\"height\",\"min\":80,\"max\":20000},\
             \"heightRequest\":{\"source\":\"coppa-italia-2002-03\",\"type\":\"height-request\",\"version\":1}}"
        );
    }

    #[test]
    fn select_js_gets_the_query_rules_of_every_setting() {
        assert_eq!(
            query_rules(),
            "{\"view\":{\"key\":\"view\",\"values\":[\"standings\",\"bracket\",\"scorers\"],\"default\":\"standings\",\
             \"documents\":{\"standings\":\"standings.html\",\"bracket\":\"bracket.html\",\"scorers\":\"scorers.html\"}},\
             \"team\":{\"key\":\"team\"},\
             \"lang\":{\"key\":\"lang\",\"values\":[\"en\",\"it\"],\"default\":\"en\"},\
             \"theme\":{\"key\":\"theme\",\"values\":[\"auto\",\"light\",\"dark\"],\"default\":\"auto\"},\
             \"embed\":{\"key\":\"embed\",\"on\":[\"1\",\"true\",\"yes\"]}}"
        );
        assert!(build_constants().starts_with("{\"embed\":{\"widgetSelector\":"));
        assert!(build_constants().contains(&format!(",\"query\":{},", query_rules())));
    }

    #[test]
    fn select_js_gets_its_texts_in_both_languages() {
        assert_eq!(
            copy_texts(),
            "{\"en\":{\"loading\":\"Loading the interactive explorer…\",\
             \"failed\":\"The interactive explorer could not be loaded. Check the connection and try again: the tables stay readable.\",\
             \"selected\":\"selected club\"},\
             \"it\":{\"loading\":\"Caricamento dell'esploratore interattivo…\",\
             \"failed\":\"Impossibile caricare l'esploratore interattivo. Controlla la connessione e riprova: le tabelle restano leggibili.\",\
             \"selected\":\"squadra selezionata\"}}"
        );
        assert!(build_constants().ends_with(&format!(",\"texts\":{}}}", copy_texts())));
    }

    #[test]
    fn select_js_gets_the_keys_the_app_answers() {
        assert_eq!(
            keys(),
            "{\"tabs\":{\"ArrowRight\":\"next\",\"ArrowDown\":\"next\",\"ArrowLeft\":\"previous\",\
             \"ArrowUp\":\"previous\",\"Home\":\"first\",\"End\":\"last\"},\"press\":[\"Enter\",\" \"]}"
        );
        assert!(build_constants().contains(&format!(",\"keys\":{},", keys())));
    }

    #[test]
    fn json_strings_escape_quotes_backslashes_and_controls() {
        assert_eq!(json_string("a\"b\\c\nd"), "\"a\\\"b\\\\c\\u000ad\"");
    }

    #[test]
    fn the_table_has_a_row_a_setting_and_marks_the_query_only_one() {
        let table = settings_table();
        let rows: Vec<&str> = table.lines().skip(2).collect();
        assert_eq!(rows.len(), Setting::ALL.len());
        assert_eq!(
            rows[0],
            "| `view` | `standings`, `bracket`, `scorers` | `standings` |"
        );
        assert_eq!(
            rows[4],
            "| `embed` (query only) | `1` hides the title, summary and switches | off |"
        );
    }
}
