//! What a build hands on: the site built in memory ([`Built`]), and what
//! the preview keeps between its builds ([`Caches`]).

use crate::diagnostics::Diagnostic;
use crate::links;
use crate::load;
use crate::output::{Later, OutputFile};
use crate::render;
use crate::resolve;

/// A site built in memory: what `write` puts on disk and `serve` serves.
#[derive(Debug)]
pub struct Built {
    pub files: Vec<OutputFile>,
    /// Theme's static files first, then the site's (which win).
    pub statics: Vec<load::StaticFile>,
    pub language: crate::i18n::Language,
    /// Warnings only: a build with errors returns `Err`.
    pub warnings: Vec<Diagnostic>,
    /// Drafts and future news this build did not publish.
    pub left_out: resolve::LeftOut,
    /// The preview's site-wide outputs, still being made: not in `files`
    /// until [`Built::complete`].
    pub later: Option<Later>,
    /// The preview's: which pages this build made, not reused.
    pub fresh: Option<Fresh>,
}

/// The pages a preview build made anew: with the same paths as the last
/// render, and that render served, only those need serving again.
#[derive(Debug)]
pub struct Fresh {
    /// [`links::paths_fingerprint`] of the build's files.
    pub paths: u64,
    /// Their positions in [`Built::files`].
    pub pages: Vec<usize>,
    /// This build's render (`RenderCache::renders`): the pages are new
    /// against the render before it, which a build that failed after
    /// rendering never served.
    pub render: u64,
}

impl Fresh {
    /// Whether serving only [`Fresh::pages`] brings a map that holds the
    /// render `served` (with paths `paths`) up to this build.
    pub fn follows(&self, served: Option<(u64, u64)>) -> bool {
        served == Some((self.paths, self.render.wrapping_sub(1)))
    }
}

impl Built {
    /// Waits for the outputs made later, if any, and adds them to `files`:
    /// then `files` is the whole site, as a one-shot build makes it.
    pub fn complete(&mut self) {
        if let Some(later) = self.later.take() {
            later.wait(|made| self.files.extend(made.files.iter().cloned()));
        }
    }

    pub fn pages(&self) -> usize {
        self.files
            .iter()
            .filter(|f| f.path.ends_with(".html"))
            .count()
    }
}

/// What the preview keeps between rebuilds, for the stages to reuse what did
/// not change; a one-shot build has none. Owned by the preview and passed
/// down: two builds in one process share nothing.
#[derive(Default)]
pub struct Caches {
    pub lints: resolve::LintCache,
    /// The last resolved site, patched by the next save when it can be.
    pub resolved: resolve::Kept,
    pub links: links::LinkCache,
    pub render: render::RenderCache,
    /// The last build's outputs made later: the next build's are made after them.
    pub later: Option<Later>,
    /// The last build's output paths, for the link check of the next.
    pub targets: links::KeptTargets,
    /// The fingerprint of the last output paths found not to clash
    /// ([`links::paths_fingerprint`]): the same paths are not checked again.
    pub clash_free: Option<u64>,
}
