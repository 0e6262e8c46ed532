//! Fuzz target `convert_feed`: arbitrary bytes through the feed converter
//! and the analysis after it (see [`liseuse_fuzz::converter`], shared
//! with the proptest mirror in `tests/fuzz_properties.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    liseuse_fuzz::converter(liseuse::model::convert::Format::Feed, data);
});
