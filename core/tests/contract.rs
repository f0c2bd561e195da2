//! The README documents the embed contract that `coppa_core::contract` declares: its table of
//! settings is the one core writes, its height messages are core's, and neither `embed.js`'s template
//! nor `prerender/select.js` holds a copy of the contract's values (the build stamps them in).

use std::path::Path;

use coppa_core::contract::{settings_table, FrameMessage, HEIGHT_RANGE, MESSAGE_SOURCE};
use coppa_core::roving::{Step, PRESS_KEYS};
use coppa_core::url::{Lang, Setting, Theme, View, ATTRIBUTE_PREFIX, EMBED_ON};

fn read(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The README's table that starts with core's header line: that line and the `|` lines after it.
fn readme_table(readme: &str, header: &str) -> Option<String> {
    let mut lines = readme.lines().skip_while(|line| *line != header);
    let first = lines.next()?;
    let rest = lines.take_while(|line| line.starts_with('|'));
    Some(
        std::iter::once(first)
            .chain(rest)
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

#[test]
fn the_readme_table_of_settings_is_the_one_core_writes() {
    let expected = settings_table();
    let header = expected.lines().next().expect("a header line");
    let found = readme_table(&read("README.md"), header);
    assert_eq!(
        found.as_deref(),
        Some(expected.as_str()),
        "README.md's table of settings differs from coppa_core::contract::settings_table(); \
         it should read:\n{expected}\n"
    );
}

#[test]
fn the_readme_shows_core_height_messages_and_clamp() {
    let readme = read("README.md");
    for message in [FrameMessage::Height(1234), FrameMessage::HeightRequest] {
        let literal = message.to_js();
        assert!(readme.contains(&literal), "README.md lacks {literal}");
    }
    let clamp = format!(
        "clamped to {}–{} px",
        HEIGHT_RANGE.start(),
        HEIGHT_RANGE.end()
    );
    assert!(readme.contains(&clamp), "README.md lacks “{clamp}”");
}

#[test]
fn the_embed_template_holds_no_copy_of_the_contract() {
    let template = read("embed/embed.template.js");
    assert!(template.contains("__COPPA_CONTRACT__"));
    assert!(!template.contains(MESSAGE_SOURCE));
    assert!(!template.contains("height-request"));
    for setting in Setting::ALL {
        let attribute = format!("{ATTRIBUTE_PREFIX}{}", setting.key());
        assert!(!template.contains(&attribute), "{attribute}");
    }
}

#[test]
fn select_js_holds_no_copy_of_the_query_keys_or_values() {
    let select = read("prerender/select.js");
    assert!(select.contains("__COPPA_QUERY__"));
    let keys = Setting::ALL.map(Setting::key);
    let values = View::ALL
        .map(View::key)
        .into_iter()
        .chain(Lang::ALL.map(Lang::key))
        .chain(Theme::ALL.map(Theme::key))
        .chain(EMBED_ON);
    for text in keys.into_iter().chain(values) {
        assert!(!select.contains(&format!("'{text}'")), "'{text}'");
    }
}

#[test]
fn select_js_holds_no_copy_of_the_keys() {
    let select = read("prerender/select.js");
    assert!(select.contains("__COPPA_KEYS__"));
    let tab_keys = Step::TAB_KEYS.map(|(key, step)| [key, step.key()]);
    // 'Enter' is named once more, for the filter's own Enter (src/ui/team_filter.rs).
    let press_keys = PRESS_KEYS.into_iter().filter(|&key| key != "Enter");
    for text in tab_keys.into_iter().flatten().chain(press_keys) {
        assert!(!select.contains(&format!("'{text}'")), "'{text}'");
    }
}
