//! Fuzz target `article_loader`: arbitrary file bytes through
//! `corpus::decode` and `Article::new` (title, metadata, paragraphs,
//! entities) and the sanitizer: no panic, paragraph and mention ranges in
//! bounds, and no control char, DEL, C1 or bidi control left after
//! `sanitize::clean` / `display_char`.
//!
//! The property itself is [`liseuse_fuzz::article_loader`], shared with the
//! proptest mirror in `tests/fuzz_properties.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    liseuse_fuzz::article_loader(data);
});
