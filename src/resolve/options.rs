//! What the command line says about a build.

use jiff::Timestamp;

/// What the command line says about this build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub drafts: bool,
    pub future: bool,
    pub base_url: Option<String>,
    /// "Now": statuses and future news are judged against it.
    pub now: Timestamp,
    /// Warnings count as errors (`--strict`): the build writes nothing.
    pub strict: bool,
    /// The preview (`serve`): what the editor is still writing is a
    /// warning, not an error (the scaffold's example sentences).
    pub preview: bool,
}

impl BuildOptions {
    /// Hashes every option but "now", which moves at every build (what
    /// depends on it is judged apart: statuses by the day, news by their
    /// dates).
    pub fn hash_but_now(&self, h: &mut impl std::hash::Hasher) {
        use std::hash::Hash;
        let BuildOptions {
            drafts,
            future,
            base_url,
            strict,
            preview,
            now: _,
        } = self;
        (drafts, future, base_url, strict, preview).hash(h);
    }
}
