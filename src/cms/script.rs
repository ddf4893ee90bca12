//! Decap CMS's browser files, carried in the binary (`vendor/decap-cms/`,
//! embedded by `build.rs`), so `/admin/` works offline and needs no CDN.
//!
//! They are stored gzip-compressed: the server sends them as they are with
//! `Content-Encoding: gzip`, and a build writes them decompressed.

use std::io::Read;

include!(concat!(env!("OUT_DIR"), "/decap_files.rs"));

/// The gzip bytes of the vendored file `name` (`decap-cms.js`, `cms.css`, ...).
pub fn gzipped(name: &str) -> Option<&'static [u8]> {
    DECAP_FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, bytes)| *bytes)
}

/// The names of every vendored file, as a browser asks for them.
pub fn names() -> impl Iterator<Item = &'static str> {
    DECAP_FILES.iter().map(|(n, _)| *n)
}

/// The decompressed bytes of `name`. `None` when there is no such file (or,
/// which a test rules out, when its bytes are not valid gzip).
pub fn plain(name: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(gzipped(name)?)
        .read_to_end(&mut out)
        .ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_main_script_and_its_chunks_are_there_and_decompress() {
        let names: Vec<_> = names().collect();
        assert!(names.contains(&"decap-cms.js"), "{names:?}");
        assert!(names.contains(&"cms.css"), "{names:?}");
        assert!(names.iter().all(|n| !n.ends_with(".gz")), "{names:?}");
        for name in names {
            let bytes = plain(name).unwrap_or_else(|| panic!("{name} does not decompress"));
            assert!(!bytes.is_empty(), "{name}");
        }
        let script = String::from_utf8(plain("decap-cms.js").unwrap()).unwrap();
        assert!(script.contains("registerBackend(\"proxy\""));
    }

    #[test]
    fn an_unknown_name_is_none() {
        assert!(gzipped("nope.js").is_none());
        assert!(plain("../build.rs").is_none());
        assert!(gzipped("decap-cms.js.gz").is_none());
    }
}
