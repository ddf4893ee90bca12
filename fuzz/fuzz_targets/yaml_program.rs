//! A program record: any text through `warta::load::yaml::parse` into the
//! model type; errors must carry a place inside the text and render.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        warta_fuzz::record::<warta::model::ProgramRecord>(text);
    }
});
