//! What makes re-rendering cheap in `serve` and `build --watch`.
//!
//! Every page has a fingerprint: per-item pages (a program, a news item, an
//! organization, a taxonomy term, a page of the news list) take it from the
//! versions of the records they show ([`Deps`]), which is cheap; the few
//! site-wide pages take it from their whole template data ([`PageData`]).
//! A page whose fingerprint and templates did not change since the last
//! render is reused, not rendered again. Rendering is a pure function of
//! template and data, so the result is byte for byte what a full build
//! writes (tests/incremental.rs checks it).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher, Hash, Hasher};
use std::io;
use std::sync::Arc;

use serde::Serialize;
use tera::Context;

/// A page's template data, with a fingerprint of everything put in it when
/// the page has no [`Deps`] and a render with a cache will look for it.
pub struct PageData {
    pub context: Context,
    hasher: Option<DefaultHasher>,
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
    /// Empty data; `fingerprinted`: whether everything inserted is also
    /// hashed into a fingerprint. Only a render with a [`RenderCache`]
    /// reuses pages by it: a one-shot build would serialize every value a
    /// second time for nothing (a hundredth of its instructions).
    /// `Ctx::page_data` decides it, once for a whole render.
    pub fn new(fingerprinted: bool) -> Self {
        PageData {
            context: Context::new(),
            hasher: fingerprinted.then(DefaultHasher::new),
        }
    }

    /// Data of a page that has [`Deps`]: no fingerprint is computed.
    pub fn plain<T: Serialize>(key: &'static str, value: &T) -> Self {
        let mut data = PageData {
            context: Context::new(),
            hasher: None,
        };
        data.insert(key, value);
        data
    }

    pub fn insert<T: Serialize>(&mut self, key: &'static str, value: &T) {
        if let Some(hasher) = &mut self.hasher {
            key.hash(hasher);
            // Struct fields serialize in declaration order, so equal data
            // gives equal bytes. A failure only costs a cache miss.
            if serde_json::to_writer(HashWriter(hasher), value).is_err() {
                u64::MAX.hash(hasher);
            }
        }
        self.context.insert(key, value);
    }

    /// Inserts data that holds cards ([`super::view::Card`]): Tera's maps
    /// serialize in no fixed order, so the fingerprint takes `made_from`,
    /// what the data is made from, in place of the data.
    pub fn insert_made_from<T: Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
        made_from: &Deps,
    ) {
        if let Some(hasher) = &mut self.hasher {
            key.hash(hasher);
            made_from.finish().hash(hasher);
        }
        self.context.insert(key, value);
    }

    pub fn fingerprint(&self) -> u64 {
        self.hasher.as_ref().map_or(0, Hasher::finish)
    }
}

/// What a per-item page is made from: the versions of the records it shows,
/// and anything else that varies between pages of its kind.
#[derive(Clone)]
pub struct Deps(DefaultHasher);

impl Deps {
    pub fn new(template: &str) -> Deps {
        let mut h = DefaultHasher::new();
        template.hash(&mut h);
        Deps(h)
    }

    pub fn add(&mut self, value: impl Hash) -> &mut Deps {
        value.hash(&mut self.0);
        self
    }

    pub fn finish(&self) -> u64 {
        self.0.finish()
    }
}

/// What the preview's render keeps between builds: the pages rendered by
/// the previous builds, by fingerprint, and the search index's terms.
#[derive(Default)]
pub struct RenderCache {
    /// The fingerprint of the templates and of what every page shares; when
    /// it changes, nothing cached is reused.
    pub(super) templates: u64,
    /// Each page by its fingerprint (its [`Deps`], or its data's), with its
    /// output path: a per-item page is found by its deps alone, before its
    /// path is made. Fingerprints are hashes already: not hashed again.
    pub(super) pages: HashMap<u64, KeptPage, BuildHasherDefault<Unhashed>>,
    /// Shared with the thread that makes the preview's outputs later.
    pub(super) search: Arc<super::search::SearchCache>,
    /// How many renders kept their pages here.
    renders: u64,
    /// How many pages the last render took unchanged from the one before,
    /// for the preview's log line.
    pub reused: usize,
    /// The positions of the pages of the last render that the one before
    /// did not have as they are (made anew, or an older page taken again),
    /// in its list of files: the preview serves the others as they were.
    pub fresh: Vec<usize>,
}

impl RenderCache {
    /// The search index's memory, for [`super::later::site_outputs`].
    pub fn search(&self) -> Arc<super::search::SearchCache> {
        self.search.clone()
    }

    /// How many renders kept their pages here: the last one's number.
    pub fn renders(&self) -> u64 {
        self.renders
    }

    pub(super) fn get(&self, fingerprint: u64) -> Option<&KeptPage> {
        self.pages.get(&fingerprint)
    }

    /// Keeps the pages of a render (`fingerprints` in the order of
    /// `files`) for the next. Pages no longer made are let go once
    /// [`STALE_PAGES`] of them pile up.
    pub(super) fn keep(&mut self, files: &[crate::output::OutputFile], fingerprints: &[u64]) {
        self.renders += 1;
        for (f, fingerprint) in files.iter().zip(fingerprints) {
            let kept = self.pages.entry(*fingerprint).or_insert_with(|| KeptPage {
                path: f.path.clone(),
                bytes: f.bytes.clone(),
                render: 0,
            });
            kept.render = self.renders;
        }
        if self.pages.len() > files.len() + STALE_PAGES {
            let now: std::collections::HashSet<u64> = fingerprints.iter().copied().collect();
            self.pages.retain(|f, _| now.contains(f));
        }
    }
}

/// Pages of earlier renders kept beside the last render's (each save
/// leaves the old versions of the few pages it changed) before they are
/// looked for and let go: a pass over every page, every few saves.
const STALE_PAGES: usize = 512;

/// A page the preview may reuse.
pub(super) struct KeptPage {
    pub path: String,
    pub bytes: Arc<[u8]>,
    /// The last render that had it ([`RenderCache::renders`]).
    pub render: u64,
}

impl KeptPage {
    /// Whether the last render had this page as it is: else it is an older
    /// one (a save undone), new to whoever serves the last render's.
    pub fn in_last_render(&self, cache: &RenderCache) -> bool {
        self.render == cache.renders
    }
}

/// The hasher of maps keyed by fingerprints: the key as it is.
#[derive(Default)]
pub(super) struct Unhashed(u64);

impl Hasher for Unhashed {
    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed here; anything else still spreads.
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A fingerprint of values that every page depends on.
pub fn fingerprint_of<T: Serialize>(values: &[(&str, &T)]) -> u64 {
    let mut hasher = DefaultHasher::new();
    for (k, v) in values {
        k.hash(&mut hasher);
        let _ = serde_json::to_writer(HashWriter(&mut hasher), v);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_render_that_reuses_pages_hashes_their_data() {
        let (mut kept, mut plain) = (PageData::new(true), PageData::new(false));
        kept.insert("title", &"Pelatihan");
        plain.insert("title", &"Pelatihan");
        let mut other = PageData::new(true);
        other.insert("title", &"Lokakarya");
        assert_ne!(kept.fingerprint(), other.fingerprint());
        assert_eq!(plain.fingerprint(), 0);
        assert_eq!(plain.context.get("title"), kept.context.get("title"));
    }
}
