//! Fuzz target `query_parser`: an arbitrary string through `query::parse`,
//! typed char by char into a `Document` over small fixed articles: no panic,
//! the indexed result equals the scan (`Query::matches`) at every step,
//! highlights in bounds.
//!
//! The property itself is [`liseuse_fuzz::query_parser`], shared with the
//! proptest mirror in `tests/fuzz_properties.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    liseuse_fuzz::query_parser(data);
});
