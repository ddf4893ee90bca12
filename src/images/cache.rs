//! The cache folder, `<site>/.warta-cache/images/`: the processed files,
//! named as in the output (their names hold a digest of the source and the
//! settings, so a name is never reused for other bytes), and the headers
//! already read (`known.rs`). The editor may delete it at any time: the
//! next build makes it again.

use std::path::{Path, PathBuf};

/// Where the processed photos are kept between builds.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// The cache of the site at `root`.
    pub fn for_site(root: &Path) -> Cache {
        Cache::at(root.join(".warta-cache").join("images"))
    }

    /// A cache in `dir` (tests, benchmarks).
    pub fn at(dir: PathBuf) -> Cache {
        Cache { dir }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The cache file of an output path (`images/x-0123456789-720.webp`).
    pub(super) fn file(&self, output: &str) -> PathBuf {
        self.dir.join(output.rsplit('/').next().unwrap_or(output))
    }

    /// Writes `bytes` as `path` whole or not at all: into a temporary file
    /// beside it, then renamed over it, so a killed build never leaves half
    /// a photo that a later build would take as done.
    pub(super) fn put(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        crate::platform::write_whole(path, bytes)
    }
}
