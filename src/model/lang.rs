//! The language of an article (French, English), guessed from its
//! function words: shared by the analysis pass and the metadata.

use super::text;
use serde::{Deserialize, Serialize};

/// The language of an article, guessed from its function words.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Lang {
    #[default]
    Unknown,
    French,
    English,
}

impl Lang {
    /// ISO 639-1 code, as used by the `lang:` filter field.
    pub fn code(self) -> &'static str {
        match self {
            Lang::French => "fr",
            Lang::English => "en",
            Lang::Unknown => "??",
        }
    }
}

/// Guesses French or English from function words in the first 20 KB.
pub fn detect_lang(text: &str) -> Lang {
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let mut votes = LangVotes::default();
    for w in text::words(sample) {
        let word = &sample.as_bytes()[w.start..w.end];
        if word.is_ascii() {
            votes.add(word);
        }
    }
    votes.lang()
}

/// Counts of French and English function words seen so far.
#[derive(Debug, Default)]
pub struct LangVotes {
    fr: u32,
    en: u32,
}

impl LangVotes {
    /// Counts one ASCII word (any case) if it is a function word.
    pub fn add(&mut self, word: &[u8]) {
        // the function words are ASCII and at most 5 letters long
        if word.len() > 5 || word.is_empty() {
            return;
        }
        let mut buf = [0u8; 5];
        buf[..word.len()].copy_from_slice(word);
        buf.make_ascii_lowercase();
        // a match compiles to a few comparisons, not 42
        match &buf[..word.len()] {
            b"le" | b"la" | b"les" | b"des" | b"du" | b"une" | b"est" | b"et" | b"dans"
            | b"pour" | b"que" | b"qui" | b"sur" | b"au" | b"aux" | b"pas" | b"avec" | b"son"
            | b"sa" | b"ses" | b"il" | b"elle" => self.fr += 1,
            b"the" | b"and" | b"of" | b"to" | b"is" | b"in" | b"that" | b"for" | b"with"
            | b"was" | b"on" | b"it" | b"by" | b"as" | b"are" | b"from" | b"this" | b"has"
            | b"have" | b"its" => self.en += 1,
            _ => {}
        }
    }

    pub fn lang(&self) -> Lang {
        if self.fr == 0 && self.en == 0 {
            Lang::Unknown
        } else if self.fr >= self.en {
            Lang::French
        } else {
            Lang::English
        }
    }
}
