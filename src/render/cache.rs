//! What makes re-rendering cheap in `serve` and `build --watch`: each page's
//! data carries a fingerprint of everything in it, and a page whose
//! fingerprint (and templates) did not change since the last render is not
//! rendered again. Rendering is a pure function of template and data, so the
//! result is byte for byte what a full build writes.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io;
use std::sync::Arc;

use serde::Serialize;
use tera::Context;

/// A page's template data, with a fingerprint of everything put in it.
pub struct PageData {
    pub context: Context,
    hasher: DefaultHasher,
}

impl Default for PageData {
    fn default() -> Self {
        PageData {
            context: Context::new(),
            hasher: DefaultHasher::new(),
        }
    }
}

/// Feeds serialized JSON straight into the hasher, without a buffer.
struct HashWriter<'a>(&'a mut DefaultHasher);

impl io::Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl PageData {
    pub fn with<T: Serialize>(key: &'static str, value: &T) -> Self {
        let mut data = PageData::default();
        data.insert(key, value);
        data
    }

    pub fn insert<T: Serialize>(&mut self, key: &'static str, value: &T) {
        key.hash(&mut self.hasher);
        // Struct fields serialize in declaration order, so equal data gives
        // equal bytes. A failure only costs a cache miss.
        if serde_json::to_writer(HashWriter(&mut self.hasher), value).is_err() {
            u64::MAX.hash(&mut self.hasher);
        }
        self.context.insert(key, value);
    }

    pub fn fingerprint(&self) -> u64 {
        self.hasher.finish()
    }
}

/// Pages rendered by the previous build, by output path.
#[derive(Default)]
pub struct RenderCache {
    /// The fingerprint of the templates and the shared context they were
    /// rendered with; when it changes, nothing cached is reused.
    pub(super) templates: u64,
    pub(super) pages: HashMap<String, (u64, Arc<[u8]>)>,
    /// How many pages the last render reused, for the preview's log line.
    pub reused: usize,
}

impl RenderCache {
    pub(super) fn get(&self, path: &str, fingerprint: u64) -> Option<Arc<[u8]>> {
        match self.pages.get(path) {
            Some((f, bytes)) if *f == fingerprint => Some(bytes.clone()),
            _ => None,
        }
    }
}

/// A fingerprint of values that every page depends on.
pub fn fingerprint_of<T: Serialize>(values: &[(&str, &T)]) -> u64 {
    let mut data = PageData::default();
    for (k, v) in values {
        k.hash(&mut data.hasher);
        let _ = serde_json::to_writer(HashWriter(&mut data.hasher), v);
    }
    data.fingerprint()
}
