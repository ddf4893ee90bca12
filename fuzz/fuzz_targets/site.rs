//! A whole build of a small valid site plus one fuzzed news item: load,
//! resolve, render and write; every diagnostic must render.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    warta_fuzz::site(data);
});
