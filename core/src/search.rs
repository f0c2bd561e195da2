//! Team search for the filter box: forgiving about case, accents and punctuation, bounded in work,
//! and small (a hand-written accent fold instead of Unicode tables, since this ships in the wasm).

use crate::model::{ClubId, Season};
use crate::sort::sort_by;

/// Input beyond this many characters is ignored: no club name is longer, and it bounds the work.
pub const MAX_QUERY_CHARS: usize = 64;

/// How a suggestion matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    Exact,
    Prefix,
    /// A later word starts with the query ("verona" in "Hellas Verona").
    WordPrefix,
    Substring,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub club: ClubId,
    /// The name, alias, slug or short code that matched, as the data spells it.
    pub matched: &'static str,
    pub kind: MatchKind,
}

impl Suggestion {
    /// The matched spelling when it is an alias (not the club's name, slug or short code): shown
    /// beside the name, so "Cittanova" explains why "Città Nuova" is suggested.
    pub fn alias(&self, season: &Season) -> Option<&'static str> {
        let club = season.club(self.club);
        (self.matched != club.name && self.matched != club.slug && self.matched != club.short)
            .then_some(self.matched)
    }
}

/// Lowercase, accents folded, any run of non-alphanumerics (".", "'", "-", spaces, ...) as one space,
/// trimmed; at most [`MAX_QUERY_CHARS`] characters in and out.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(MAX_QUERY_CHARS);
    let mut separated = false;
    for lower in s.chars().take(MAX_QUERY_CHARS).map(lowercase_latin) {
        if is_combining_accent(lower) {
            continue;
        }
        let folded = fold_latin(lower);
        if folded.is_none() && separates_words(lower) {
            separated = true;
            continue;
        }
        if separated && !out.is_empty() {
            out.push(' ');
        }
        separated = false;
        match folded {
            Some(ascii) => out.push_str(ascii),
            None => out.push(lower),
        }
    }
    if let Some((cut, _)) = out.char_indices().nth(MAX_QUERY_CHARS) {
        out.truncate(cut);
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    out
}

/// Clubs matching `query`, one per club (its best match), best kind first, then by name;
/// at most `limit`. A query that normalizes to nothing matches nothing.
pub fn search(season: &Season, query: &str, limit: usize) -> Vec<Suggestion> {
    let query = Needle::new(&normalize(query));
    if query.spaced.is_empty() || limit == 0 {
        return Vec::new();
    }
    let mut found: Vec<(Suggestion, String)> = season
        .clubs
        .iter()
        .enumerate()
        .filter_map(|(i, club)| {
            let names = [club.name]
                .into_iter()
                .chain(club.aliases.iter().copied())
                .chain([club.slug, club.short]);
            let (kind, matched) = names
                .filter_map(|name| query.classify(name).map(|kind| (kind, name)))
                .min_by_key(|&(kind, _)| kind)?;
            let club_id = ClubId(u8::try_from(i).ok()?);
            Some((
                Suggestion {
                    club: club_id,
                    matched,
                    kind,
                },
                normalize(club.name),
            ))
        })
        .collect();
    sort_by(&mut found, |(a, a_name), (b, b_name)| {
        a.kind.cmp(&b.kind).then_with(|| a_name.cmp(b_name))
    });
    found.truncate(limit);
    found.into_iter().map(|(s, _)| s).collect()
}

/// The club that Enter should select: the only exact match, else the only club matched at the
/// start of a name (then of a word). `None` when ambiguous or only matched inside a word.
pub fn best_match(season: &Season, query: &str) -> Option<ClubId> {
    let found = search(season, query, season.clubs.len());
    for kind in [MatchKind::Exact, MatchKind::Prefix, MatchKind::WordPrefix] {
        let mut of_kind = found.iter().filter(|s| s.kind == kind);
        match (of_kind.next(), of_kind.next()) {
            (Some(only), None) => return Some(only.club),
            (Some(_), Some(_)) => return None,
            (None, _) => {}
        }
    }
    None
}

/// What Enter in the filter selects: `Some(team)` to select (`Some(None)`: every club), `None` to
/// leave things as they are. The `active` suggestion wins; else the only club the text can mean
/// ([`best_match`]); blank text clears the filter; text that fits several clubs or none selects nothing.
pub fn enter_choice(
    season: &Season,
    query: &str,
    active: Option<ClubId>,
) -> Option<Option<ClubId>> {
    match active.or_else(|| best_match(season, query)) {
        Some(club) => Some(Some(club)),
        None if query.trim().is_empty() => Some(None),
        None => None,
    }
}

/// A normalized query, also without spaces so "ac milan" finds "A.C. Milan" ("a c milan").
struct Needle {
    spaced: String,
    compact: String,
}

impl Needle {
    fn new(normalized: &str) -> Needle {
        Needle {
            spaced: normalized.to_owned(),
            compact: compact(normalized),
        }
    }

    fn classify(&self, name: &str) -> Option<MatchKind> {
        let spaced = normalize(name);
        let packed = compact(&spaced);
        if spaced == self.spaced || packed == self.compact {
            Some(MatchKind::Exact)
        } else if spaced.starts_with(&self.spaced) || packed.starts_with(&self.compact) {
            Some(MatchKind::Prefix)
        } else if spaced
            .match_indices(&self.spaced)
            .any(|(at, _)| spaced[..at].ends_with(' '))
        {
            Some(MatchKind::WordPrefix)
        } else if spaced.contains(&self.spaced) {
            Some(MatchKind::Substring)
        } else {
            None
        }
    }
}

fn compact(normalized: &str) -> String {
    normalized.chars().filter(|&c| c != ' ').collect()
}

/// Combining diacritical marks, as left by decomposed input ("e" + U+0300 for "è").
fn is_combining_accent(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// The lowercase of an ASCII, Latin-1 or Latin Extended-A capital (the letters club names are written
/// in); any other character as it is. Unicode's case tables would add ~7 kB gzip to the wasm, and a
/// letter of another script matches no club in either case.
fn lowercase_latin(c: char) -> char {
    let code = u32::from(c);
    let lower = match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => code + 0x20,
        // Capitals on even code points, each followed by its small letter (İ gives ı, folded to "i").
        '\u{100}'..='\u{137}' | '\u{14a}'..='\u{177}' if code % 2 == 0 => code + 1,
        // Capitals on odd code points.
        '\u{139}'..='\u{148}' | '\u{179}'..='\u{17e}' if code % 2 == 1 => code + 1,
        'Ÿ' => u32::from('ÿ'),
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Whether `c` (not a letter [`fold_latin`] knows) separates words: ASCII other than letters and digits,
/// and the punctuation, spaces and symbols outside ASCII that keyboards type (Latin-1's signs, general
/// punctuation, arrows and maths, emoji, CJK and full-width punctuation). Other characters are kept as
/// letters, as Unicode's letters and digits were, without its tables.
fn separates_words(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => !c.is_ascii_alphanumeric(),
        '\u{80}'..='\u{bf}' => !matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼'..='¾'),
        '×' | '÷' => true,
        '\u{2000}'..='\u{2bff}'
        | '\u{3000}'..='\u{303f}'
        | '\u{fe00}'..='\u{fe0f}'
        | '\u{fe30}'..='\u{fe6f}'
        | '\u{feff}'
        | '\u{ff00}'..='\u{ff0f}'
        | '\u{ff1a}'..='\u{ff20}'
        | '\u{1f000}'..='\u{1faff}' => true,
        _ => false,
    }
}

/// Lowercase Latin-1 and Latin Extended-A letters to their plain ASCII spelling.
fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' | 'ĸ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' => "t",
        'þ' => "th",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::*;
    use proptest::prelude::*;

    #[test]
    fn enter_selects_the_active_option_else_the_only_club_meant_and_blank_clears() {
        assert_eq!(
            enter_choice(&SEASON, "borgo", Some(AURORA)),
            Some(Some(AURORA))
        );
        assert_eq!(enter_choice(&SEASON, "borgo", None), Some(Some(BORGO)));
        assert_eq!(enter_choice(&SEASON, "  ", None), Some(None));
        assert_eq!(enter_choice(&SEASON, "", Some(MONTE)), Some(Some(MONTE)));
        assert_eq!(enter_choice(&SEASON, "zzz", None), None);
        // "Aurora" and "A.C. Monte" both start with an A.
        assert_eq!(enter_choice(&SEASON, "a", None), None);
    }

    #[test]
    fn only_an_alias_is_named_beside_the_club() {
        let first = |query: &str| search(&SEASON, query, 1)[0];
        let alias = first("cittanova");
        assert_eq!(
            (alias.club, alias.alias(&SEASON)),
            (CITTA, Some("Cittanova"))
        );
        assert_eq!(first("ac monte").alias(&SEASON), Some("A.C. Monte"));
        assert_eq!(first("citta nuova").alias(&SEASON), None, "the name");
        assert_eq!(first("borgo-san-pietro").alias(&SEASON), None, "the slug");
        assert_eq!(first("aur").alias(&SEASON), None, "the short code or name");
    }

    fn clubs(found: &[Suggestion]) -> Vec<ClubId> {
        found.iter().map(|s| s.club).collect()
    }

    #[test]
    fn normalize_folds_case_accents_and_punctuation() {
        assert_eq!(normalize("  A.C.  Milan "), "a c milan");
        assert_eq!(normalize("Pèrugia"), "perugia");
        assert_eq!(normalize("Pe\u{300}rugia"), "perugia");
        assert_eq!(normalize("D'Agostino"), "d agostino");
        assert_eq!(normalize("hellas-verona"), "hellas verona");
        assert_eq!(normalize("STRASSE Straße Œuvre"), "strasse strasse oeuvre");
        assert_eq!(normalize("..-''"), "");
    }

    #[test]
    fn normalize_lowercases_every_latin_capital_as_unicode_does() {
        // The whole of Latin-1 and Latin Extended-A against the standard library's case tables.
        for c in ('\u{0}'..='\u{17f}').filter(|c| c.is_uppercase()) {
            let expected: String = c
                .to_lowercase()
                .filter(|&l| !is_combining_accent(l))
                .collect();
            // İ is the one capital whose small letter differs (ı, not i and a dot): both fold to "i".
            if c != 'İ' {
                assert_eq!(lowercase_latin(c).to_string(), expected, "{c}");
            }
            assert_eq!(normalize(&c.to_string()), normalize(&expected), "{c}");
        }
    }

    #[test]
    fn normalize_separates_at_punctuation_and_symbols_a_phone_types_and_keeps_other_scripts() {
        assert_eq!(normalize("D\u{2019}Agostino"), "d agostino");
        assert_eq!(normalize("Hellas\u{a0}Verona\u{2014}"), "hellas verona");
        assert_eq!(normalize("«Roma» 🙂 ⚽ milan!"), "roma milan");
        assert_eq!(normalize("Ｒｏｍａ、Milan"), "Ｒｏｍａ milan");
        assert_eq!(normalize("Ελλάς Жальгирис"), "Ελλάς Жальгирис");
        assert_eq!(normalize("3ª Série"), "3ª serie");
    }

    #[test]
    fn normalize_is_bounded() {
        assert_eq!(normalize(&"a".repeat(100)), "a".repeat(MAX_QUERY_CHARS));
        assert_eq!(normalize(&"ß".repeat(100)).chars().count(), MAX_QUERY_CHARS);
        assert_eq!(normalize(&format!("{}zeta", " ".repeat(64))), "");
    }

    #[test]
    fn exact_matches_on_name_alias_slug_and_short_code() {
        let cases = [
            ("Città Nuova", CITTA, "Città Nuova"),
            ("CÌTTA  NUOVA!", CITTA, "Città Nuova"),
            ("cittanova", CITTA, "Cittanova"),
            ("citta-nuova", CITTA, "Città Nuova"),
            ("bsp", BORGO, "BSP"),
            ("A.C. Monte", MONTE, "A.C. Monte"),
            ("ac monte", MONTE, "A.C. Monte"),
            ("AC  MONTE ", MONTE, "A.C. Monte"),
        ];
        for (query, club, matched) in cases {
            let found = search(&SEASON, query, 5);
            assert_eq!(
                found.first(),
                Some(&Suggestion {
                    club,
                    matched,
                    kind: MatchKind::Exact
                }),
                "{query}"
            );
            assert_eq!(best_match(&SEASON, query), Some(club), "{query}");
        }
    }

    #[test]
    fn results_are_ordered_by_kind_then_name_and_limited() {
        let found = search(&SEASON, "et", 10);
        assert_eq!(clubs(&found), vec![ETNA, BORGO, NETTUNO, PIETRA]);
        assert_eq!(found[0].kind, MatchKind::Prefix);
        assert!(found[1..].iter().all(|s| s.kind == MatchKind::Substring));
        assert_eq!(clubs(&search(&SEASON, "et", 2)), vec![ETNA, BORGO]);
        assert!(search(&SEASON, "et", 0).is_empty());
    }

    #[test]
    fn a_later_word_matches_as_word_prefix() {
        let found = search(&SEASON, "san", 10);
        assert_eq!(found[0].club, BORGO);
        assert_eq!(found[0].kind, MatchKind::WordPrefix);
        assert_eq!(best_match(&SEASON, "verde"), Some(LAGO));
    }

    #[test]
    fn best_match_needs_a_unique_prefix() {
        assert_eq!(best_match(&SEASON, "au"), Some(AURORA));
        assert_eq!(best_match(&SEASON, "a"), None, "Aurora and A.C. Monte");
        assert_eq!(best_match(&SEASON, "ettun"), None, "inside a word only");
        assert_eq!(best_match(&SEASON, "zzz"), None);
    }

    #[test]
    fn empty_and_hostile_queries_match_nothing() {
        for query in ["", "   ", "-.'", "<script>alert(1)</script>", "' OR 1=1 --"] {
            assert!(search(&SEASON, query, 10).is_empty(), "{query}");
            assert_eq!(best_match(&SEASON, query), None, "{query}");
        }
    }

    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::collection::vec(any::<char>(), 0..10_000).prop_map(String::from_iter),
            "[a-zA-Zàèéìòùß .'\\-\u{300}\u{130}]{0,80}",
            "(ae|et|o|citta|monte| |\\.)*",
        ]
    }

    proptest! {
        #[test]
        fn search_never_panics_respects_limit_and_lists_each_club_once(
            query in any_text(),
            limit in 0usize..20,
        ) {
            let found = search(&SEASON, &query, limit);
            prop_assert!(found.len() <= limit);
            let mut ids = clubs(&found);
            ids.sort();
            ids.dedup();
            prop_assert_eq!(ids.len(), found.len());
            let _ = best_match(&SEASON, &query);
        }

        #[test]
        fn normalize_is_idempotent_and_bounded(text in any_text()) {
            let once = normalize(&text);
            prop_assert!(once.chars().count() <= MAX_QUERY_CHARS);
            prop_assert_eq!(normalize(&once), once);
        }
    }
}
