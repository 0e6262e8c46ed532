//! A deterministic corpus generator for the benchmarks, after
//! `../shared/tools/gen_corpus.py`: articles are made of the sample
//! articles' sentences, recombined, with their capitalized names replaced
//! by names drawn from an unbounded pool with a heavy-tailed law, so the
//! number of distinct entities keeps growing with the corpus.
//!
//! Article `i` depends only on `i` and the seeds, so the 1,000-article
//! corpus is a prefix of the 100,000-article one. Sizes are log-normal
//! around 3 KB (about 300 MB at 100,000 articles).
//!
//! Under its title, article `i` has a dateline, "Publié le 12 mars 2019",
//! spread over 2010–2024 (more articles in later years, as news archives
//! grow); one article in twenty has none, so the timeline's "undated" is
//! exercised too. The date comes from its own generator, so the text is
//! otherwise the same as without it.

#![allow(dead_code)]

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// splitmix64: a small, good, seedable generator.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5EED_1234_ABCD_0001)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// A standard normal draw (Box–Muller).
    fn normal(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }
}

/// A sentence cut into literal chunks around name slots.
struct Template {
    chunks: Vec<String>,
    /// Words in each slot's original name (the replacement keeps the count).
    slots: Vec<usize>,
}

const ONSET: &[&str] = &[
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "j", "k", "l", "m", "n", "p", "pr", "r", "s",
    "st", "t", "tr", "v", "z", "h", "qu", "sl", "w",
];
const VOWEL: &[&str] = &[
    "a", "e", "i", "o", "u", "ou", "ai", "é", "è", "y", "an", "on", "in", "eu", "ia", "â", "ï",
];
const CODA: &[&str] = &[
    "", "", "", "n", "r", "l", "s", "x", "t", "m", "ck", "z", "ne", "lle", "rt",
];
const ORG_SUFFIX: &[&str] = &[
    "", "", "", "", " Group", " SA", " Holding", " Tech", " Pay", " Labs", " Capital", " Media",
    ".com", " Bank",
];

/// Capitalized words that begin sentences or are not names.
const STOP: &[&str] = &[
    "Le", "La", "Les", "Un", "Une", "Des", "De", "Du", "Il", "Ils", "Elle", "Elles", "En", "Et",
    "Ce", "Cet", "Cette", "Ces", "Sur", "Pour", "Par", "Dans", "Au", "Aux", "Si", "Son", "Sa",
    "Ses", "Mais", "Selon", "Chaque", "Tout", "Tous", "Ainsi", "Qui", "Que", "On", "Nous", "Vous",
    "Je", "Avec", "Sans", "Depuis", "Après", "Avant", "Alors", "Pas", "Plus", "Comme", "Or",
    "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
];

fn name_word(mut h: u64, syllables: usize) -> String {
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(ONSET[(h % ONSET.len() as u64) as usize]);
        h /= ONSET.len() as u64;
        w.push_str(VOWEL[(h % VOWEL.len() as u64) as usize]);
        h /= VOWEL.len() as u64;
    }
    w.push_str(CODA[(h % CODA.len() as u64) as usize]);
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => w,
    }
}

/// Name number `k` of the pool, with `words` words.
fn pool_name(k: u64, words: usize) -> String {
    let mut r = Rng::new(k.wrapping_mul(0x1000_0001));
    let mut parts: Vec<String> = (0..words.clamp(1, 3))
        .map(|_| {
            let h = r.next();
            name_word(h, 1 + (h >> 60) as usize % 3)
        })
        .collect();
    if words == 1 {
        let s = ORG_SUFFIX[r.below(ORG_SUFFIX.len())];
        parts[0].push_str(s);
    }
    parts.join(" ")
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn template(sentence: &str) -> Template {
    let words: Vec<&str> = sentence.split(' ').collect();
    let mut chunks = vec![String::new()];
    let mut slots = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let name_like = is_cap(bare)
            && bare.chars().count() > 2
            && !STOP.contains(&bare)
            && !bare.contains(['’', '\''])
            && w.len() == bare.len();
        if name_like && i > 0 {
            let mut j = i + 1;
            while j < words.len() && j - i < 3 {
                let n = words[j];
                if is_cap(n) && n.chars().all(char::is_alphanumeric) {
                    j += 1;
                } else {
                    break;
                }
            }
            slots.push(j - i);
            chunks.push(String::new());
            i = j;
            if i < words.len() {
                chunks.last_mut().unwrap().push(' ');
            }
            continue;
        }
        let last = chunks.last_mut().unwrap();
        last.push_str(w);
        if i + 1 < words.len() {
            last.push(' ');
        }
        i += 1;
    }
    Template { chunks, slots }
}

/// The generator: the seeds' sentences as templates.
pub struct Generator {
    sentences: Vec<Template>,
    titles: Vec<Template>,
}

impl Generator {
    /// From the embedded sample articles.
    pub fn from_seeds() -> Generator {
        let mut sentences = Vec::new();
        let mut titles = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (_, text) in liseuse::model::corpus::EMBEDDED {
            for line in text.lines() {
                let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
                for s in split_sentences(&line) {
                    if s.chars().count() < 12 || !seen.insert(s.to_string()) {
                        continue;
                    }
                    if s.chars().count() <= 110 && !s.ends_with(':') {
                        titles.push(template(s.trim_end_matches('.')));
                    }
                    if s.chars().count() >= 25 {
                        sentences.push(template(s));
                    }
                }
            }
        }
        Generator { sentences, titles }
    }

    fn fill(&self, t: &Template, r: &mut Rng, out: &mut String) {
        for (i, chunk) in t.chunks.iter().enumerate() {
            out.push_str(chunk);
            if let Some(&words) = t.slots.get(i) {
                // Zipf-like: most draws from a small head, a long tail.
                let u = r.unit().max(1e-9);
                let k = (50.0 * (u.powf(-1.0 / 0.7) - 1.0)) as u64;
                out.push_str(&pool_name(k, words));
            }
        }
    }

    /// The text of article `i`.
    pub fn article(&self, i: u64) -> String {
        let mut r = Rng::new(i.wrapping_mul(0x9E37_79B9) ^ 0xA5A5);
        let target = (3000.0 * (0.5 * r.normal() - 0.125).exp()).clamp(300.0, 40_000.0) as usize;
        let mut out = String::with_capacity(target + 200);
        self.fill(&self.titles[r.below(self.titles.len())], &mut r, &mut out);
        out.push_str("\n\n");
        if let Some(date) = dateline(i) {
            out.push_str(&date);
            out.push_str("\n\n");
        }
        let paragraphs = 3 + r.below(10);
        let per = target / paragraphs + 1;
        for p in 0..paragraphs {
            let start = out.len();
            while out.len() - start < per {
                self.fill(
                    &self.sentences[r.below(self.sentences.len())],
                    &mut r,
                    &mut out,
                );
                out.push(' ');
            }
            out.pop();
            if p + 1 < paragraphs {
                out.push_str("\n\n");
            }
        }
        out.push('\n');
        out
    }

    /// Writes articles `0..n` as `DIR/a0000000.txt`…, unless the folder
    /// already holds exactly this corpus (a marker file says so).
    pub fn write(&self, dir: &Path, n: u64) -> io::Result<()> {
        let marker = dir.join(".generated");
        let stamp = format!("liseuse-bench-corpus v2 {n}\n");
        if fs::read_to_string(&marker).is_ok_and(|s| s == stamp) {
            return Ok(());
        }
        fs::create_dir_all(dir)?;
        for i in 0..n {
            let mut f = io::BufWriter::new(fs::File::create(dir.join(format!("a{i:07}.txt")))?);
            f.write_all(self.article(i).as_bytes())?;
        }
        fs::write(marker, stamp)
    }
}

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The dateline of article `i` (`None` for one in twenty).
pub fn dateline(i: u64) -> Option<String> {
    let mut r = Rng::new(i ^ 0xDA7E_11E5);
    if r.below(20) == 0 {
        return None;
    }
    // 15 years, the later ones fuller: a year's weight grows linearly
    let u = r.unit().sqrt();
    let year = 2010 + (u * 15.0) as usize;
    let month = r.below(12);
    let day = 1 + r.below(28);
    Some(format!("Publié le {day} {} {year}", MONTHS[month]))
}

fn split_sentences(p: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = p.as_bytes();
    for (i, c) in p.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let next = i + c.len_utf8();
            if b.get(next) == Some(&b' ')
                && p[next + 1..]
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_uppercase() || n == '«')
            {
                out.push(p[start..next].trim());
                start = next + 1;
            }
        }
    }
    if start < p.len() {
        out.push(p[start..].trim());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// A folder for generated corpora that survives between runs
/// (`target/bench-corpora/N`).
pub fn corpus_dir(n: u64) -> std::path::PathBuf {
    let base = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    base.join("bench-corpora").join(n.to_string())
}

/// The corpus of `n` articles on disk, generated on first use.
pub fn ensure(n: u64) -> std::path::PathBuf {
    let dir = corpus_dir(n);
    Generator::from_seeds()
        .write(&dir, n)
        .expect("write the benchmark corpus");
    dir
}
