//! The names of the extraction rules, numbered: a mention stores one byte
//! for its rule instead of a 16-byte `&'static str` (a corpus holds
//! millions of mentions and a few dozen rules).

use std::sync::RwLock;

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
