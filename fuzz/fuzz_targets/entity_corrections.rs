//! Fuzz target `entity_corrections`: corrections made of the input's lines
//! applied to the input as an article, and the input read as a corrections
//! file. The property is [`liseuse_fuzz::entity_corrections`], shared with
//! the proptest mirror in `tests/fuzz_properties.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    let picks: Vec<(u8, u8, u16, String)> = data
        .lines()
        .take(8)
        .enumerate()
        .map(|(i, l)| {
            let b = l.as_bytes();
            let at = |k: usize| b.get(k).copied().unwrap_or(i as u8);
            (at(0), at(1), u16::from(at(2)) * 7 + i as u16, l.to_string())
        })
        .collect();
    liseuse_fuzz::entity_corrections(data, &picks, data);
});
