//! Strings of the embed builder (the "Embed" action that writes an iframe, script-tag or HTML-only
//! snippet) and the HTML-only fragment's credit line. A key without both translations does not
//! compile: [`EmbedText::get`] is an exhaustive `match`. View, theme and language names come from the
//! shell's [`super::Text`].

use crate::url::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EmbedText {
    Open,
    Heading,
    Intro,
    ViewLabel,
    ClubLabel,
    ClubNone,
    StyleLabel,
    StyleIframe,
    StyleScript,
    StyleHtml,
    PreviewHeading,
    PreviewTitle,
    SnippetHeading,
    SnippetNote,
    CrossOriginNote,
    HtmlNote,
    FragmentCredit,
    Copy,
    Copied,
    CopyManually,
    Close,
}

impl EmbedText {
    pub const ALL: &'static [EmbedText] = &[
        EmbedText::Open,
        EmbedText::Heading,
        EmbedText::Intro,
        EmbedText::ViewLabel,
        EmbedText::ClubLabel,
        EmbedText::ClubNone,
        EmbedText::StyleLabel,
        EmbedText::StyleIframe,
        EmbedText::StyleScript,
        EmbedText::StyleHtml,
        EmbedText::PreviewHeading,
        EmbedText::PreviewTitle,
        EmbedText::SnippetHeading,
        EmbedText::SnippetNote,
        EmbedText::CrossOriginNote,
        EmbedText::HtmlNote,
        EmbedText::FragmentCredit,
        EmbedText::Copy,
        EmbedText::Copied,
        EmbedText::CopyManually,
        EmbedText::Close,
    ];

    pub fn get(self, lang: Lang) -> &'static str {
        use EmbedText::*;
        use Lang::{En, It};
        match (self, lang) {
            (Open, En) => "Embed",
            (Open, It) => "Incorpora",
            (Heading, En) => "Embed in your site",
            (Heading, It) => "Incorpora nel tuo sito",
            (Intro, En) => "Choose what to show: the preview and the code follow your choices.",
            (Intro, It) => "Scegli cosa mostrare: anteprima e codice seguono le tue scelte.",
            (ViewLabel, En) => "View",
            (ViewLabel, It) => "Vista",
            (ClubLabel, En) => "Highlighted club",
            (ClubLabel, It) => "Squadra evidenziata",
            (ClubNone, En) => "None",
            (ClubNone, It) => "Nessuna",
            (StyleLabel, En) => "Embed as",
            (StyleLabel, It) => "Incorpora come",
            (StyleIframe, En) => "iframe: a separate page that sizes itself",
            (StyleIframe, It) => "iframe: una pagina a parte che si ridimensiona da sola",
            (StyleScript, En) => "script tag: a widget in your page, styles kept apart",
            (StyleScript, It) => "tag script: un widget nella tua pagina, stili separati",
            (StyleHtml, En) => "HTML only: a snapshot of the data, no script, no iframe",
            (StyleHtml, It) => "solo HTML: un'istantanea dei dati, senza script né iframe",
            (PreviewHeading, En) => "Preview",
            (PreviewHeading, It) => "Anteprima",
            (PreviewTitle, En) => "Preview of the embedded explorer",
            (PreviewTitle, It) => "Anteprima dell'esploratore incorporato",
            (SnippetHeading, En) => "Code to paste into your post",
            (SnippetHeading, It) => "Codice da incollare nell'articolo",
            (SnippetNote, En) => {
                "The script resizes the iframe to its content and mounts script-tag widgets; one copy per page is enough."
            }
            (SnippetNote, It) => {
                "Lo script adatta l'altezza dell'iframe al contenuto e monta i widget; ne basta una copia per pagina."
            }
            (CrossOriginNote, En) => {
                "If these files live on another site than your blog, that server must send the header Access-Control-Allow-Origin: *."
            }
            (CrossOriginNote, It) => {
                "Se questi file stanno su un altro sito rispetto al blog, quel server deve inviare l'intestazione Access-Control-Allow-Origin: *."
            }
            (HtmlNote, En) => {
                "Plain HTML with its styles inline, for platforms that allow neither scripts nor iframes; it does not change when the app does."
            }
            (HtmlNote, It) => {
                "HTML semplice con gli stili in linea, per le piattaforme che non accettano script né iframe; non cambia quando cambia l'app."
            }
            (FragmentCredit, En) => "Every match and source: the Coppa Italia 2002–03 explorer",
            (FragmentCredit, It) => "Tutte le partite e le fonti: l'esploratore della Coppa Italia 2002–03",
            (Copy, En) => "Copy code",
            (Copy, It) => "Copia codice",
            (Copied, En) => "Copied to the clipboard.",
            (Copied, It) => "Copiato negli appunti.",
            (CopyManually, En) => "The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
            (CopyManually, It) => "Il codice è selezionato: premi Ctrl+C (⌘C su Mac) per copiarlo.",
            (Close, En) => "Close",
            (Close, It) => "Chiudi",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The variants as declared in this file, so a key left out of `ALL` fails the test.
    fn declared_keys() -> Vec<&'static str> {
        let source = include_str!("embed.rs");
        let body = source
            .split_once("pub enum EmbedText {")
            .and_then(|(_, rest)| rest.split_once('}'))
            .map_or("", |(body, _)| body);
        body.lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|line| line.trim_end_matches(','))
            .collect()
    }

    #[test]
    fn all_lists_every_declared_key_once_in_order() {
        let listed: Vec<String> = EmbedText::ALL.iter().map(|k| format!("{k:?}")).collect();
        assert_eq!(listed, declared_keys());
        assert_eq!(EmbedText::ALL.len(), 21);
    }

    #[test]
    fn every_key_has_distinct_text_in_both_languages() {
        for &key in EmbedText::ALL {
            let (en, it) = (key.get(Lang::En), key.get(Lang::It));
            assert!(!en.trim().is_empty(), "{key:?} has no English text");
            assert!(!it.trim().is_empty(), "{key:?} has no Italian text");
            assert_ne!(en, it, "{key:?} is not translated");
        }
    }
}
