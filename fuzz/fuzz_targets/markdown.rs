//! Markdown rendering on any text, both raw-HTML modes; sanitised output must
//! be inert to an HTML5 tokenizer (no script, no handler, no javascript:).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        warta_fuzz::markdown(text);
    }
});
