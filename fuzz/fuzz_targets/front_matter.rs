//! `warta::load::front_matter::split` on any text: never panics, and the
//! parts it returns are where it says they are.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        warta_fuzz::front_matter(text);
    }
});
