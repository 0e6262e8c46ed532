//! A single-pass tokenizer for the extractor: words (with inner dots and
//! hyphens: `Mail.ru`, `États-Unis`), digit runs, and punctuation, each with
//! its folded form (see [`crate::model::text::fold`]), its shape, and its
//! lexicon entry.

use super::hash_str;
use super::lexicon::{self, Lex};
use crate::model::text::{fold_char_into, is_latin_letter, is_space, is_word_char};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tk {
    Word,
    Num,
    Punct(char),
}

/// Shape flags of a token.
pub const CAP: u16 = 1; // first char uppercase
pub const ALLCAPS: u16 = 2; // at least 2 letters, all uppercase
pub const LOWER: u16 = 4; // first char lowercase
pub const DOT: u16 = 8; // inner dot (Mail.ru)
pub const INNERCAP: u16 = 16; // uppercase after a lowercase (MegaFon)
pub const DIGIT: u16 = 32; // contains a digit
pub const HYPHEN: u16 = 64; // inner hyphen

/// Gap flags: what separates a token from the previous one.
pub const SP: u8 = 1; // some white space
pub const NL: u8 = 2; // a line break
pub const ONE: u8 = 4; // exactly one space char (digit grouping)

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub fstart: u32,
    pub fend: u32,
    pub kind: Tk,
    pub shape: u16,
    pub gap: u8,
    pub lex: Lex,
}

impl Token {
    pub fn has(&self, shape: u16) -> bool {
        self.shape & shape != 0
    }
    pub fn len(&self) -> u32 {
        self.end - self.start
    }
}

/// The tokens of a text, their folded forms and the hashes of those.
pub struct Tokens<'a> {
    pub text: &'a str,
    pub folded: String,
    pub toks: Vec<Token>,
    /// The [`hash_str`] of each token's folded form (0 for punctuation),
    /// computed once: the sentence-initial rules and the index's words ask
    /// for them.
    hashes: Vec<u64>,
}

/// The buffers of a dropped [`Tokens`] (folded text, tokens, hashes),
/// kept for the next one of the thread.
type Buffers = (String, Vec<Token>, Vec<u64>);

/// The largest text (in bytes) whose buffers are kept.
const SPARE_MAX: usize = 1 << 22;

thread_local! {
    static SPARE: std::cell::RefCell<Option<Buffers>> = const { std::cell::RefCell::new(None) };
}

impl Drop for Tokens<'_> {
    fn drop(&mut self) {
        if self.folded.capacity() > SPARE_MAX {
            return;
        }
        let buffers = (
            std::mem::take(&mut self.folded),
            std::mem::take(&mut self.toks),
            std::mem::take(&mut self.hashes),
        );
        // `try_with`: nothing kept while the thread is ending
        let _ = SPARE.try_with(|s| *s.borrow_mut() = Some(buffers));
    }
}

/// The char at byte `pos` of `text` and its length in bytes.
#[inline]
fn char_at(text: &str, pos: usize) -> (char, usize) {
    let b = text.as_bytes()[pos];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = text[pos..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

/// [`is_space`], with the ASCII answer first.
#[inline]
fn space_char(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t'..='\r')
    } else {
        is_space(c)
    }
}

/// [`is_word_char`], with General Punctuation (U+2000..U+206F: dashes,
/// curly quotes, bullets, ellipsis), frequent in news text and never part
/// of a word, answered without the Unicode tables.
#[inline]
fn word_char(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && is_word_char(c)
}

/// What an ASCII byte is in a word: 0 (not a word byte), a digit, an
/// uppercase or a lowercase letter (one table read per byte of text).
const ASCII_DIGIT: u8 = 1;
const ASCII_UPPER: u8 = 2;
const ASCII_LOWER: u8 = 3;
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'0'..=b'9' => ASCII_DIGIT,
            b'A'..=b'Z' => ASCII_UPPER,
            b'a'..=b'z' => ASCII_LOWER,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// The shape of a word being read, char by char.
struct Shape {
    flags: u16,
    letters: u32,
    uppers: u32,
    digits_only: bool,
    prev_lower: bool,
    prev_letter: bool,
    first: bool,
}

impl Default for Shape {
    fn default() -> Shape {
        Shape {
            flags: 0,
            letters: 0,
            uppers: 0,
            digits_only: true,
            prev_lower: false,
            prev_letter: false,
            first: true,
        }
    }
}

impl Shape {
    /// Reads the run of ASCII letters and digits (each of a nonzero
    /// [`ASCII_CLASS`]) of `bytes` that starts at `from`; gives its end.
    /// The same as [`Shape::digit`] or [`Shape::letter`] for each byte,
    /// with counts and flags gathered without a branch per byte, in the
    /// one pass that finds where the run ends.
    #[inline]
    fn ascii_run(&mut self, bytes: &[u8], from: usize) -> usize {
        let (mut uppers, mut digits) = (0u32, 0u32);
        // an uppercase letter after a lowercase one; `prev_lower` is false
        // while `first` is (so the first letter is never inner)
        let mut innercap = false;
        let mut prev_lower = self.prev_lower;
        let mut last_class = 0;
        let mut pos = from;
        while let Some(&b) = bytes.get(pos) {
            let class = ASCII_CLASS[b as usize];
            if class == 0 {
                break;
            }
            let up = class == ASCII_UPPER;
            innercap |= up & prev_lower;
            prev_lower = class == ASCII_LOWER;
            uppers += up as u32;
            digits += (class == ASCII_DIGIT) as u32;
            last_class = class;
            pos += 1;
        }
        if pos == from {
            return pos;
        }
        if self.first {
            match ASCII_CLASS[bytes[from] as usize] {
                ASCII_UPPER => self.flags |= CAP,
                ASCII_LOWER => self.flags |= LOWER,
                _ => {}
            }
        }
        let letters = (pos - from) as u32 - digits;
        if innercap {
            self.flags |= INNERCAP;
        }
        if digits > 0 {
            self.flags |= DIGIT;
        }
        if letters > 0 {
            self.digits_only = false;
        }
        self.letters += letters;
        self.uppers += uppers;
        self.prev_lower = prev_lower;
        self.prev_letter = last_class != ASCII_DIGIT;
        self.first = false;
        pos
    }

    /// Any other word char.
    #[inline]
    fn other(&mut self, c: char) {
        if !is_latin_letter(c) && c.is_numeric() {
            self.digit();
        } else {
            self.letter(c.is_uppercase(), c.is_lowercase());
        }
    }

    #[inline]
    fn digit(&mut self) {
        self.flags |= DIGIT;
        self.prev_lower = false;
        self.prev_letter = false;
        self.first = false;
    }

    #[inline]
    fn letter(&mut self, up: bool, lower: bool) {
        self.digits_only = false;
        self.letters += 1;
        if up {
            self.uppers += 1;
            if self.first {
                self.flags |= CAP;
            } else if self.prev_lower {
                self.flags |= INNERCAP;
            }
        } else if self.first && lower {
            self.flags |= LOWER;
        }
        self.prev_lower = lower;
        self.prev_letter = true;
        self.first = false;
    }

    /// The shape flags of the whole word.
    fn finish(&self) -> u16 {
        if self.letters >= 2 && self.uppers == self.letters {
            self.flags | ALLCAPS
        } else {
            self.flags
        }
    }
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Tokens<'a> {
        // this thread's buffers of the last tokens dropped, if kept (see
        // the `Drop`): no fresh allocation of a few times the text's size
        // per article
        let (mut folded, mut toks, mut hashes) =
            SPARE.with(|s| s.borrow_mut().take()).unwrap_or_default();
        folded.clear();
        toks.clear();
        hashes.clear();
        folded.reserve(text.len() + 16);
        toks.reserve(text.len() / 5 + 4);
        hashes.reserve(text.len() / 5 + 4);
        let bytes = text.as_bytes();
        let mut pos = 0usize;
        let mut gap = 0u8;
        let mut spaces = 0u32;
        while pos < bytes.len() {
            let (c, w) = char_at(text, pos);
            if space_char(c) {
                gap |= SP;
                if c == '\n' || c == '\r' {
                    gap |= NL;
                }
                spaces += 1;
                pos += w;
                continue;
            }
            let g = if spaces == 1 && gap & NL == 0 {
                gap | ONE
            } else {
                gap
            };
            gap = 0;
            spaces = 0;
            if !word_char(c) {
                toks.push(Token {
                    start: pos as u32,
                    end: (pos + w) as u32,
                    fstart: 0,
                    fend: 0,
                    kind: Tk::Punct(c),
                    shape: 0,
                    gap: g,
                    lex: Lex::NONE,
                });
                hashes.push(0);
                pos += w;
                continue;
            }
            let start = pos;
            let fstart = folded.len();
            let mut shape = Shape::default();
            loop {
                // a run of ASCII letters and digits, read then copied whole
                let run = pos;
                pos = shape.ascii_run(bytes, run);
                if pos > run {
                    let at = folded.len();
                    folded.push_str(&text[run..pos]);
                    folded[at..].make_ascii_lowercase();
                }
                if pos >= bytes.len() {
                    break;
                }
                let (c, w) = char_at(text, pos);
                if !c.is_ascii() && word_char(c) {
                    shape.other(c);
                    fold_char_into(c, &mut folded);
                    pos += w;
                    continue;
                }
                // inner dot or hyphen between a letter and a word char
                if (c == '.' || c == '-') && shape.prev_letter && pos + 1 < bytes.len() {
                    let next = text[pos + 1..].chars().next().unwrap_or(' ');
                    let ok = if c == '.' {
                        next.is_alphabetic()
                    } else {
                        word_char(next)
                    };
                    if ok {
                        shape.flags |= if c == '.' { DOT } else { HYPHEN };
                        folded.push(c);
                        pos += 1;
                        shape.prev_letter = false;
                        shape.prev_lower = false;
                        continue;
                    }
                }
                break;
            }
            let kind = if shape.digits_only { Tk::Num } else { Tk::Word };
            let fold = &folded[fstart..];
            let lex = if kind == Tk::Word {
                lexicon::lookup(fold)
            } else {
                Lex::NONE
            };
            hashes.push(hash_str(fold));
            toks.push(Token {
                start: start as u32,
                end: pos as u32,
                fstart: fstart as u32,
                fend: folded.len() as u32,
                kind,
                shape: shape.finish(),
                gap: g,
                lex,
            });
        }
        Tokens {
            text,
            folded,
            toks,
            hashes,
        }
    }

    /// The [`hash_str`] of the folded form of token `i` (0 for
    /// punctuation).
    #[inline]
    pub fn hash(&self, i: usize) -> u64 {
        self.hashes[i]
    }

    /// The original text of token `i`.
    pub fn surf(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        &self.text[t.start as usize..t.end as usize]
    }

    /// The folded form of token `i` (empty for punctuation).
    pub fn fold(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.folded[t.fstart as usize..t.fend as usize]
    }

    /// The folded text of words i..j joined by single spaces, with dashes
    /// and apostrophes kept glued (`extreme-orient`, `cote d'ivoire`).
    pub fn key(&self, i: usize, j: usize, out: &mut String) {
        out.clear();
        for k in i..j {
            let t = &self.toks[k];
            match t.kind {
                Tk::Punct(c) => match c {
                    '-' | '–' | '—' => out.push('-'),
                    '\'' | '’' => out.push('\''),
                    _ => out.push(c),
                },
                _ => {
                    if k > i && t.gap & SP != 0 && !out.ends_with(['-', '\'']) {
                        out.push(' ');
                    }
                    out.push_str(self.fold(k));
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// Whether token `i` starts a sentence (first token, after a line break,
    /// or after end punctuation or an opening quote).
    pub fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 || self.toks[i].gap & NL != 0 {
            return true;
        }
        let p = &self.toks[i - 1];
        match p.kind {
            // after an opening quote: initial if the quote opens a sentence
            Tk::Punct('«' | '"' | '“' | '‘') => {
                i == 1
                    || p.gap & NL != 0
                    || matches!(
                        self.toks[i - 2].kind,
                        Tk::Punct('.' | '!' | '?' | ':' | ',' | '…' | '(' | '-' | '–' | '—')
                    )
            }
            // after a closing quote that a sentence's end punctuation
            // precedes: « … la langue. » Le PP a considéré
            Tk::Punct('»' | '”') => {
                i >= 2 && matches!(self.toks[i - 2].kind, Tk::Punct('.' | '!' | '?' | '…'))
            }
            Tk::Punct(c) => matches!(
                c,
                '.' | '!' | '?' | ':' | '…' | '–' | '—' | '(' | '•' | '-' | '|' | ';'
            ),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_starts_after_a_closed_quotation() {
        let t = Tokens::new("« Il pleut. » Le vent souffle, « dit-il » Le");
        let le: Vec<usize> = (0..t.len()).filter(|&i| t.fold(i) == "le").collect();
        assert!(t.sentence_initial(le[0]));
        assert!(!t.sentence_initial(le[1]));
    }

    #[test]
    fn the_latin_fast_path_is_never_numeric() {
        for c in '\u{80}'..='\u{2FF}' {
            if is_latin_letter(c) {
                assert!(!c.is_numeric() && c.is_alphabetic(), "{c:?}");
            }
        }
        // Latin-1 digits stay digits
        let t = Tokens::new("½ ²");
        assert!(t.toks.iter().all(|k| k.has(DIGIT)), "{:?}", t.toks);
    }

    /// The shape state after a run, as a comparable tuple.
    fn state(s: &Shape) -> (u16, u32, u32, bool, bool, bool, bool) {
        (
            s.flags,
            s.letters,
            s.uppers,
            s.digits_only,
            s.prev_lower,
            s.prev_letter,
            s.first,
        )
    }

    #[test]
    fn a_run_read_whole_is_read_as_byte_by_byte() {
        for w in [
            "a",
            "A",
            "1",
            "aB",
            "MegaFon",
            "iPhone12x",
            "ABC",
            "a1B",
            "1aB",
            "Ab9cD",
            "zZ",
        ] {
            for after_dot in [false, true] {
                let start = || {
                    let mut s = Shape::default();
                    if after_dot {
                        s.ascii_run(b"x", 0);
                        s.prev_lower = false;
                        s.prev_letter = false;
                    }
                    s
                };
                let mut whole = start();
                assert_eq!(whole.ascii_run(w.as_bytes(), 0), w.len());
                let mut bytes = start();
                for b in w.as_bytes() {
                    bytes.ascii_run(std::slice::from_ref(b), 0);
                }
                assert_eq!(state(&whole), state(&bytes), "{w}");
            }
        }
        let t = Tokens::new("MegaFon iPhone ABC a1B Mail.ru");
        let shapes: Vec<u16> = t.toks.iter().map(|k| k.shape).collect();
        assert_eq!(
            shapes,
            [
                CAP | INNERCAP,
                LOWER | INNERCAP,
                CAP | ALLCAPS,
                LOWER | DIGIT,
                CAP | DOT
            ]
        );
    }

    #[test]
    fn a_word_is_split_only_where_its_shape_says() {
        // the index splits folded words at dots and dashes: only the inner
        // ones that give the DOT and HYPHEN shapes
        for c in ('\u{80}'..=char::MAX).filter(|&c| word_char(c)) {
            let mut f = String::new();
            fold_char_into(c, &mut f);
            assert!(!f.contains(['.', '-']), "{c:?} folds to {f:?}");
        }
        let t = Tokens::new("Mail.ru a-t-il ½");
        for (i, want) in [(0, DOT), (1, HYPHEN), (2, 0)] {
            assert_eq!(t.toks[i].shape & (DOT | HYPHEN), want);
            assert_eq!(t.hash(i), hash_str(t.fold(i)));
        }
    }

    #[test]
    fn the_fast_paths_agree_with_the_general_tests() {
        for c in ('\0'..='\u{7F}').chain('\u{2000}'..='\u{206F}') {
            assert_eq!(word_char(c), is_word_char(c), "{c:?}");
            assert_eq!(space_char(c), is_space(c), "{c:?}");
        }
    }
}
