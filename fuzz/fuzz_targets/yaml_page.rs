//! A whole page file: front matter split off, parsed into the model type;
//! errors must carry a place inside the file and render.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        warta_fuzz::markdown_file::<warta::model::PageRecord>(text);
    }
});
