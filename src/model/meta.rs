//! Article metadata derived from the text: title, source and date.
//!
//! News articles saved as text rarely start with their headline: the seeds
//! open with repeated photo captions, section labels ("BFM Business",
//! "Services"), or a whole first paragraph. The rules, in order:
//! 1. header lines `Title:` / `Source:` / `Date:` (also French `Titre:`) at
//!    the top win;
//! 2. among the first three lines that are not labels, the first that looks
//!    like a headline (4 to 25 words, at most 150 chars, not ending with a
//!    period) is the title;
//! 3. else a line of the top that is repeated further down (a headline
//!    reused as a photo caption) is the title;
//! 4. else the first sentence of the first line, cut at about 100 chars.
//!
//! Photo credits (`(Photo: X)`, `© X`, ` - X - AFP`) are dropped from titles.

use super::text::is_space;

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub title: String,
    pub source: Option<String>,
    /// The date as the text states it.
    pub date: Option<String>,
    /// The date as `yyyymmdd` (day or month 0 when unknown), for sorting.
    pub date_key: Option<u32>,
    /// Author(s), as the file states them (front matter, meta tags, feed).
    pub author: Option<String>,
    /// The article's address, as the file states it (never fetched).
    pub url: Option<String>,
    /// Tags or keywords the file states.
    pub tags: Vec<String>,
    /// The date is guessed from the dates the text mentions (see
    /// `estimated_date`): the article states none.
    pub date_estimated: bool,
}

impl Meta {
    /// The date for the views' margins: its key's label, `≈ 2019-06` when
    /// guessed from the dates the text mentions.
    pub fn date_label(&self) -> Option<String> {
        let label = super::calendar::key_label(self.date_key?);
        Some(if self.date_estimated {
            format!("≈ {label}")
        } else {
            label
        })
    }
}

/// How many non-empty lines at the top are looked at.
const TOP_LINES: usize = 8;

pub fn derive(text: &str) -> Meta {
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_matches(|c: char| is_space(c) || c == '\r'))
        .filter(|l| !l.is_empty())
        .collect();
    let mut meta = Meta::default();
    let mut body_start = 0;
    // 1. header lines
    for l in lines.iter().take(TOP_LINES) {
        let Some((key, value)) = header(l) else { break };
        body_start += 1;
        match key.as_str() {
            "title" | "titre" => meta.title = value.to_string(),
            "source" | "publication" | "journal" => meta.source = Some(value.to_string()),
            "date" | "published" | "publié le" | "publie le" => {
                meta.date_key = parse_date(value);
                meta.date = Some(value.to_string());
            }
            _ => {}
        }
    }
    let body = &lines[body_start.min(lines.len())..];
    let top: Vec<&str> = body.iter().take(TOP_LINES).copied().collect();
    if meta.source.is_none() {
        meta.source = source_from(&top);
    }
    if meta.date.is_none()
        && let Some((d, k)) = top
            .iter()
            .chain(body.iter().rev().take(3))
            .filter(|l| l.chars().count() <= 80)
            .find_map(|l| find_date(l))
    {
        meta.date = Some(d);
        meta.date_key = Some(k);
    }
    if meta.title.is_empty() {
        meta.title = title_from(body);
    }
    meta
}

fn header(line: &str) -> Option<(String, &str)> {
    let (k, v) = line.split_once(':')?;
    let key = k.trim().to_lowercase();
    const KEYS: &[&str] = &[
        "title",
        "titre",
        "source",
        "publication",
        "journal",
        "date",
        "published",
        "publié le",
        "publie le",
        "author",
        "auteur",
        "url",
        "lang",
    ];
    if KEYS.contains(&key.as_str()) && !v.trim().is_empty() {
        Some((key, v.trim()))
    } else {
        None
    }
}

/// A label line: one to three words, short, no sentence punctuation.
fn is_label(line: &str) -> bool {
    // 30 chars are at most 120 bytes: long lines are not walked
    line.len() <= 120
        && line.chars().count() <= 30
        && line.split_whitespace().count() <= 3
        && !line.contains(['.', '?', '!', ':', ','])
}

/// A publication's name: one to five words, short, capitalised, no
/// sentence punctuation.
fn is_name(s: &str) -> bool {
    s.len() <= 160
        && s.chars().count() <= 40
        && (1..=5).contains(&s.split_whitespace().count())
        && !s.contains(['.', '?', '!', ':', ',', ';'])
        && s.chars().next().is_some_and(char::is_uppercase)
}

/// The publication named by a byline or a dateline:
/// "By Staff Reporter, The Guardian", "Par Jean Dupont | Le Monde",
/// "Le Figaro — 23 mai 1885", "The Times, March 3, 1890".
fn byline_source(line: &str) -> Option<String> {
    if line.len() > 200 {
        return None;
    }
    let lower = line.get(..4).unwrap_or(line).to_lowercase();
    if let Some(by) = ["by ", "par "].iter().find(|b| lower.starts_with(**b)) {
        // the author, then the publication after the last separator
        let (_, src) = line[by.len()..].rsplit_once([',', '|', '—', '–'])?;
        let src = src.trim();
        return is_name(src).then(|| src.to_string());
    }
    // the publication, then (almost only) a date
    let (src, rest) = line
        .split_once(['—', '–', '|', ','])
        .or_else(|| line.split_once(" - "))?;
    let (src, rest) = (src.trim(), rest.trim());
    let (date, _) = find_date(rest)?;
    (is_name(src) && rest.chars().count() <= date.chars().count() + 12).then(|| src.to_string())
}

fn source_from(top: &[&str]) -> Option<String> {
    if let Some(first) = top.first()
        && is_label(first)
        && first.chars().next().is_some_and(char::is_uppercase)
    {
        return Some(first.to_string());
    }
    // "Info Paperjam – Le 13 juillet…"
    for l in top {
        if let Some(rest) = l.strip_prefix("Info ")
            && let Some((name, _)) = rest.split_once(['–', '—'])
            && is_label(name.trim())
        {
            return Some(name.trim().to_string());
        }
    }
    top.iter().find_map(|l| byline_source(l))
}

/// Removes photo credits and similar trailers from a candidate title.
fn strip_credit(line: &str) -> &str {
    let mut s = line;
    for marker in [
        "(Photo", "(photo", "©", " - AFP", " – AFP", "(Crédit", "(Credit",
    ] {
        if let Some(i) = s.find(marker)
            && i > 0
        {
            s = &s[..i];
        }
    }
    // "Title. - Name - AFP" style credits
    if let Some(i) = s.find(" - ")
        && s[..i].ends_with(['.', '?', '!'])
    {
        s = &s[..i];
    }
    s.trim_matches(|c: char| is_space(c) || c == '-' || c == '–')
}

fn looks_like_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (4..=25).contains(&words) && line.chars().count() <= 150 && !line.ends_with('.')
}

fn title_from(body: &[&str]) -> String {
    let candidates: Vec<&str> = body
        .iter()
        .take(TOP_LINES)
        .copied()
        .filter(|l| !is_label(l) && byline_source(l).is_none())
        .collect();
    if let Some(t) = candidates
        .iter()
        .take(3)
        .map(|l| strip_credit(l))
        .find(|l| looks_like_headline(l))
    {
        return t.to_string();
    }
    for (i, l) in candidates.iter().enumerate().take(4) {
        let t = strip_credit(l);
        if t.chars().count() <= 160
            && t.split_whitespace().count() >= 4
            && body.iter().skip(i + 1).any(|o| strip_credit(o) == t)
        {
            return t.trim_end_matches('.').to_string();
        }
    }
    match candidates.first().or(body.first()) {
        Some(l) => first_sentence(strip_credit(l), 100),
        None => String::from("(empty)"),
    }
}

/// The first sentence of `line`, cut at a word boundary near `max` chars.
fn first_sentence(line: &str, max: usize) -> String {
    let mut end = line.len();
    for (i, c) in line.char_indices() {
        if matches!(c, '.' | '?' | '!') && line[i + 1..].starts_with(' ') && i > 10 {
            end = i + c.len_utf8();
            break;
        }
    }
    let s = &line[..end];
    if s.chars().count() <= max {
        return s.trim_end_matches('.').to_string();
    }
    let mut cut = 0;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n >= max {
            break;
        }
        if is_space(c) {
            cut = i;
        }
    }
    if cut == 0 {
        cut = s.char_indices().nth(max).map(|(i, _)| i).unwrap_or(s.len());
    }
    format!("{}…", s[..cut].trim_end_matches([',', ';', ':', ' ']))
}

fn month(word: &str) -> Option<u32> {
    let w = super::text::fold(word.trim_end_matches([',', '.']));
    super::calendar::month_number(&w).map(u32::from)
}

pub use super::calendar::plausible_year;

/// Punctuation that may follow a date's last word in a sentence.
const AFTER: [char; 7] = ['.', ',', ';', ':', ')', '»', '”'];

fn year(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(AFTER);
    let y: u32 = w.parse().ok()?;
    (w.len() == 4 && plausible_year(y)).then_some(y)
}

/// Finds a full date in a line: ISO `2019-03-12`, `12 mars 2019`,
/// `March 12, 2019`, `mars 2019`. Returns the surface and its `yyyymmdd` key.
pub fn find_date(line: &str) -> Option<(String, u32)> {
    // ISO
    let b = line.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        let s = &b[i..i + 10];
        if s[4] == b'-'
            && s[7] == b'-'
            && s.iter()
                .enumerate()
                .all(|(j, c)| j == 4 || j == 7 || c.is_ascii_digit())
            && (i == 0 || !b[i - 1].is_ascii_digit())
        {
            let txt = &line[i..i + 10];
            if let Some(k) = parse_date(txt) {
                return Some((txt.to_string(), k));
            }
        }
    }
    let words: Vec<&str> = line.split(is_space).filter(|w| !w.is_empty()).collect();
    for (i, w) in words.iter().enumerate() {
        let Some(m) = month(w) else { continue };
        let Some(y) = words.get(i + 1).and_then(|w| year(w)).or_else(|| {
            // "March 12, 2019"
            words.get(i + 2).and_then(|w| year(w))
        }) else {
            continue;
        };
        let before = i
            .checked_sub(1)
            .and_then(|j| words[j].trim_start_matches("le").parse::<u32>().ok())
            .filter(|d| (1..=31).contains(d));
        let after = words
            .get(i + 1)
            .and_then(|w| w.trim_end_matches(',').parse::<u32>().ok())
            .filter(|d| (1..=31).contains(d));
        let day = before.or(after).unwrap_or(0);
        let from = if before.is_some() { i - 1 } else { i };
        let to = if after.is_some() { i + 2 } else { i + 1 };
        // the sentence's punctuation is not the date's ("March 31, 2007.")
        let surface = words[from..=to]
            .join(" ")
            .trim_end_matches(AFTER)
            .to_string();
        return Some((surface, y * 10000 + m * 100 + day));
    }
    None
}

pub fn parse_date(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.len() >= 10 && s.as_bytes()[4] == b'-' {
        let y: u32 = s[0..4].parse().ok()?;
        let m: u32 = s[5..7].parse().ok()?;
        let d: u32 = s[8..10].parse().ok()?;
        if (1..=12).contains(&m) && (1..=31).contains(&d) {
            return Some(y * 10000 + m * 100 + d);
        }
        return None;
    }
    find_date(s).map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_win() {
        let m = derive("Title: A headline\nSource: Le Monde\nDate: 2019-03-12\n\nBody text here.");
        assert_eq!(m.title, "A headline");
        assert_eq!(m.source.as_deref(), Some("Le Monde"));
        assert_eq!(m.date_key, Some(20190312));
    }

    #[test]
    fn label_lines_are_sources_not_titles() {
        let m =
            derive("BFM Business\nServices\n\nLa solution d'Alibaba pour les touristes\n\nCorps.");
        assert_eq!(m.title, "La solution d'Alibaba pour les touristes");
        assert_eq!(m.source.as_deref(), Some("BFM Business"));
    }

    #[test]
    fn long_first_paragraph_gives_its_first_sentence() {
        let m = derive(&format!(
            "Une phrase assez longue pour un titre. {}",
            "mot ".repeat(80)
        ));
        assert_eq!(m.title, "Une phrase assez longue pour un titre");
        let m = derive(&"mot ".repeat(80));
        assert!(m.title.ends_with('…') && m.title.chars().count() <= 101);
    }

    #[test]
    fn dates_in_several_forms() {
        assert_eq!(find_date("Publié le 12 mars 2019").unwrap().1, 20190312);
        assert_eq!(find_date("March 3, 2020").unwrap().1, 20200303);
        assert_eq!(
            find_date("en juin 2017").unwrap(),
            ("juin 2017".into(), 20170600)
        );
        // the calendar table shared with the entity rules: abbreviations,
        // any case and accents
        assert_eq!(find_date("Updated Nov. 4, 2019").unwrap().1, 20191104);
        assert_eq!(find_date("le 3 FÉVRIER 2021").unwrap().1, 20210203);
        assert_eq!(find_date("pas de date ici"), None);
        assert_eq!(
            find_date("News reports for Saturday, March 31, 2007.").unwrap(),
            ("March 31, 2007".into(), 20070331)
        );
        assert_eq!(
            find_date("(publié le 2 mai 2017)").unwrap(),
            ("2 mai 2017".into(), 20170502)
        );
        assert_eq!(
            find_date("Le Figaro — 23 mai 1885").unwrap(),
            ("23 mai 1885".into(), 18850523)
        );
    }

    #[test]
    fn sources_from_bylines_and_datelines() {
        let body = "\n\nLe texte de l'article, avec des phrases entières. Et une autre.";
        let m = derive(&format!(
            "Une usine ouvre ses portes en Chine\nBy Staff Reporter, The Guardian{body}"
        ));
        assert_eq!(m.source.as_deref(), Some("The Guardian"));
        assert_eq!(m.title, "Une usine ouvre ses portes en Chine");
        let m = derive(&format!(
            "Le Figaro — 23 mai 1885\nLes rues de Paris la nuit{body}"
        ));
        assert_eq!(m.source.as_deref(), Some("Le Figaro"));
        assert_eq!(m.date.as_deref(), Some("23 mai 1885"));
        assert_eq!(m.date_key, Some(18850523));
        assert_eq!(m.title, "Les rues de Paris la nuit");
        let m = derive(&format!(
            "Un titre assez long ici\nPar Jean Dupont | Le Monde{body}"
        ));
        assert_eq!(m.source.as_deref(), Some("Le Monde"));
        // a sentence with a comma and a date is not a dateline
        let m = derive(&format!(
            "Un titre assez long ici\nAlibaba, le géant chinois, a ouvert en mars 2019 un site{body}"
        ));
        assert_eq!(m.source, None);
    }
}
