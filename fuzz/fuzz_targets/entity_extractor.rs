//! Fuzz target `entity_extractor`: an arbitrary string through
//! `entities::extract` in French and English: no panic, mentions sorted,
//! `start < end <= char count`, and each mention's text is exactly the chars
//! `start..end`.
//!
//! The property itself is [`liseuse_fuzz::entity_extractor`], shared with the
//! proptest mirror in `tests/fuzz_properties.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    liseuse_fuzz::entity_extractor(data);
});
