//! The names of the extraction rules, numbered: a mention stores one byte
//! for its rule instead of a 16-byte `&'static str` (a corpus holds
//! millions of mentions and a few dozen rules).

use std::sync::{Mutex, RwLock};

/// Rule names by number; 0 is the unknown rule.
static NAMES: RwLock<Vec<&'static str>> = RwLock::new(Vec::new());

const UNKNOWN: &str = "?";

/// The number of a rule name, given on first use (at most 255 rules; any
/// beyond share the number 0).
pub fn id(rule: &'static str) -> u8 {
    if let Ok(names) = NAMES.read()
        && let Some(i) = names.iter().position(|n| *n == rule)
    {
        return (i + 1) as u8;
    }
    let Ok(mut names) = NAMES.write() else {
        return 0;
    };
    if let Some(i) = names.iter().position(|n| *n == rule) {
        return (i + 1) as u8;
    }
    if names.len() >= u8::MAX as usize {
        return 0;
    }
    names.push(rule);
    names.len() as u8
}

/// The number of a rule name read from elsewhere (the analysis cache):
/// a name this process has not used yet is kept for good (at most 255
/// names in all).
pub fn id_of_name(rule: &str) -> u8 {
    if let Ok(names) = NAMES.read()
        && let Some(i) = names.iter().position(|n| *n == rule)
    {
        return (i + 1) as u8;
    }
    if rule == UNKNOWN {
        return 0;
    }
    id(Box::leak(rule.to_string().into_boxed_str()))
}

/// The name of rule number `id`.
pub fn name(id: u8) -> &'static str {
    match id.checked_sub(1) {
        Some(i) => NAMES
            .read()
            .ok()
            .and_then(|n| n.get(i as usize).copied())
            .unwrap_or(UNKNOWN),
        None => UNKNOWN,
    }
}

/// Between a rule's name and the correction that changed its mention.
const SEP: char = '\u{1f}';

/// The number of "rule `rule`, then corrected by `how`" (`retype`,
/// `rename`…): a name of its own, made once per pair.
pub fn corrected(rule: u8, how: &'static str) -> u8 {
    static MADE: Mutex<Vec<(&'static str, &'static str, u8)>> = Mutex::new(Vec::new());
    let Ok(mut made) = MADE.lock() else {
        return rule;
    };
    let base = base(name(rule));
    if let Some(&(_, _, id)) = made.iter().find(|(b, h, _)| *b == base && *h == how) {
        return id;
    }
    // bounded: a few dozen rules times four corrections, made once each
    let full: &'static str = Box::leak(format!("{base}{SEP}{how}").into_boxed_str());
    let n = id(full);
    made.push((base, how, n));
    n
}

/// A rule name without the correction that followed it.
pub fn base(name: &'static str) -> &'static str {
    name.split(SEP).next().unwrap_or(name)
}

/// The correction in a rule name, if any.
pub fn correction(name: &'static str) -> Option<&'static str> {
    name.split_once(SEP).map(|(_, how)| how)
}

/// The numbers of the rules one article used, so that the shared table is
/// consulted once per rule and article, not once per mention.
#[derive(Default)]
pub struct Cache {
    seen: Vec<(&'static str, u8)>,
}

impl Cache {
    pub fn id(&mut self, rule: &'static str) -> u8 {
        // rules are literals: the same pointer almost always
        if let Some(&(_, i)) = self.seen.iter().find(|(r, _)| std::ptr::eq(*r, rule)) {
            return i;
        }
        let i = id(rule);
        self.seen.push((rule, i));
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_round_trip_through_their_numbers() {
        let a = id("test-rule-a");
        let b = id("test-rule-b");
        assert_ne!(a, b);
        assert_eq!(id("test-rule-a"), a);
        assert_eq!(name(a), "test-rule-a");
        assert_eq!(name(b), "test-rule-b");
        assert_eq!(name(0), UNKNOWN);
        let mut c = Cache::default();
        assert_eq!(c.id("test-rule-b"), b);
        assert_eq!(c.id("test-rule-b"), b);
    }
}
