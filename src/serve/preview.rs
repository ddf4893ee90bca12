//! A site kept loaded between builds, rebuilt from the files that changed.
//! Shared by `serve` and `build --watch`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::diagnostics::Diagnostic;
use crate::load::LoadedSite;
use crate::pipeline::{self, Built, Caches};
use crate::resolve::BuildOptions;

pub struct Preview {
    root: PathBuf,
    options: BuildOptions,
    loaded: LoadedSite,
    load_diagnostics: Vec<Diagnostic>,
    caches: Caches,
}

/// What one rebuild did.
pub struct Outcome {
    pub result: Result<Built, Vec<Diagnostic>>,
    pub seconds: f64,
    /// Pages taken from the previous build unchanged.
    pub reused: usize,
}

impl Preview {
    /// Loads the site; call [`Preview::rebuild`] to build it.
    pub fn new(root: &Path, options: BuildOptions) -> Preview {
        let (loaded, load_diagnostics) = pipeline::load(root);
        Preview {
            root: root.to_path_buf(),
            options,
            loaded,
            load_diagnostics,
            caches: Caches::default(),
        }
    }

    /// How many rebuilds patched the last resolved site (`resolve::Kept`).
    pub fn patched(&self) -> usize {
        self.caches.resolved.patched()
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Builds from what is loaded.
    pub fn rebuild(&mut self) -> Outcome {
        let started = Instant::now();
        let result = pipeline::build_loaded(
            &self.root,
            &self.loaded,
            &self.load_diagnostics,
            &self.options,
            Some(&mut self.caches),
        );
        Outcome {
            result,
            seconds: started.elapsed().as_secs_f64(),
            reused: self.caches.render.reused,
        }
    }

    /// Whether the site would build with `edits` saved (see
    /// [`pipeline::check_unsaved`]), judged at `now`; writes nothing.
    pub fn check_unsaved(
        &mut self,
        edits: &[crate::load::Unsaved],
        now: jiff::Timestamp,
    ) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
        let options = BuildOptions {
            now,
            ..self.options.clone()
        };
        pipeline::check_unsaved(
            &self.root,
            &mut self.loaded,
            &mut self.load_diagnostics,
            edits,
            &options,
            &self.caches,
        )
    }

    /// Re-reads the `changed` files without building: a save made here is
    /// known at once to the next [`Preview::check_unsaved`], before the
    /// watcher reports it (and rebuilds).
    pub fn reread(&mut self, changed: &[PathBuf]) {
        pipeline::reload(
            &self.root,
            &mut self.loaded,
            &mut self.load_diagnostics,
            changed,
        );
    }

    /// Re-reads the `changed` files (or everything, when the change needs
    /// it) and builds. "Now" moves on, so statuses stay true in a long session.
    pub fn update(&mut self, changed: &[PathBuf], now: jiff::Timestamp) -> Outcome {
        let started = Instant::now();
        self.options.now = now;
        pipeline::reload(
            &self.root,
            &mut self.loaded,
            &mut self.load_diagnostics,
            changed,
        );
        crate::timing::mark("load", started);
        let mut outcome = self.rebuild();
        outcome.seconds = started.elapsed().as_secs_f64();
        outcome
    }
}
