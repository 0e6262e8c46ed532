//! Fuzz target `theme_loader`: an arbitrary string through `Theme::parse`
//! (with and without colours): no panic, and every error names the file and
//! a line of it.
//!
//! The property itself is [`liseuse_fuzz::theme_loader`], shared with the
//! proptest mirror in `tests/fuzz_properties.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    liseuse_fuzz::theme_loader(data);
});
