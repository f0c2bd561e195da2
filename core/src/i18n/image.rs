//! Strings of the image export (the explorer's and the embed builder's "Export image" controls) and
//! the text drawn into the images. A key without both translations does not compile:
//! [`ImageText::get`] is an exhaustive `match`. View, round and column names come from the shell's and
//! the views' tables.

use crate::url::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImageText {
    Export,
    DownloadPng,
    DownloadSvg,
    BuilderNote,
    Highlighted,
    Credit,
}

impl ImageText {
    pub const ALL: &'static [ImageText] = &[
        ImageText::Export,
        ImageText::DownloadPng,
        ImageText::DownloadSvg,
        ImageText::BuilderNote,
        ImageText::Highlighted,
        ImageText::Credit,
    ];

    pub fn get(self, lang: Lang) -> &'static str {
        use ImageText::*;
        use Lang::{En, It};
        match (self, lang) {
            (Export, En) => "Export image",
            (Export, It) => "Esporta immagine",
            (DownloadPng, En) => "Download PNG",
            (DownloadPng, It) => "Scarica PNG",
            (DownloadSvg, En) => "Download SVG",
            (DownloadSvg, It) => "Scarica SVG",
            (BuilderNote, En) => {
                "The chosen view as a picture for social posts and newsletters: PNG 2400 px wide, or SVG. With a club chosen, the standings show its group."
            }
            (BuilderNote, It) => {
                "La vista scelta come immagine per i social e le newsletter: PNG largo 2400 px, oppure SVG. Con una squadra scelta, le classifiche mostrano il suo girone."
            }
            (Highlighted, En) => "Highlighted: {club}",
            (Highlighted, It) => "In evidenza: {club}",
            (Credit, En) => {
                "Data: Wikipedia and contemporary reports · Made with the Coppa Italia 2002–03 explorer"
            }
            (Credit, It) => {
                "Dati: Wikipedia e cronache dell'epoca · Realizzata con l'esploratore della Coppa Italia 2002–03"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_listed_once_and_translated() {
        let mut seen = std::collections::HashSet::new();
        for &key in ImageText::ALL {
            assert!(seen.insert(key), "{key:?} listed twice");
            let (en, it) = (key.get(Lang::En), key.get(Lang::It));
            assert!(!en.trim().is_empty() && !it.trim().is_empty(), "{key:?}");
            assert_ne!(en, it, "{key:?} is not translated");
        }
        assert_eq!(ImageText::ALL.len(), 6);
    }
}
