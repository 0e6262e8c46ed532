//! Fuzz target `annotation_file`: an arbitrary string read as an annotation
//! file (`store::parse`): no panic, and the good entries written with
//! `to_toml` read back with no problem as the same entries.
//!
//! The property itself is [`liseuse_fuzz::annotation_file`], shared with the
//! proptest mirror in `tests/fuzz_properties.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    liseuse_fuzz::annotation_file(data);
});
