//! Stage 4: put the site on disk, all or nothing.
//!
//! Files are written into a fresh temporary folder beside the output, then
//! swapped in. On Linux the swap is one atomic `renameat2(RENAME_EXCHANGE)`,
//! so at every instant the output is the previous site or the new one, whole.
//! Elsewhere (or on a file system without it) it is two renames; a build
//! killed between them leaves the previous site parked beside the output,
//! and the next build puts it back before anything else. A build that fails
//! or is killed before the swap leaves the previous output exactly as it was;
//! the leftovers of a killed build are removed by the next one.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};

use rayon::prelude::*;

use crate::load::StaticFile;
use crate::output::OutputFile;

mod clashes;
mod compare;
mod files;
mod swap;
mod target;
pub use clashes::clashes;
pub use compare::recorded_inputs;
pub use target::{Refused, Target, resolve_links};

use compare::{holds_exactly, marker_text};
use files::{Folders, checked, copy_static, link_or_copy, write_one};
use swap::{LOCK_MARK, TMP_MARK, remove_stale, sibling, swap};

/// Written into every output folder: the proof that warta made it and may
/// replace it. A folder without it is someone's files.
pub const MARKER: &str = ".warta-output";

/// Writes `files` and the static files into `output`, replacing it whole.
pub fn write_site(
    output: &Target,
    files: &[OutputFile],
    statics: &[&StaticFile],
) -> io::Result<usize> {
    Staging::new(output, 0)?.finish(files, statics)
}

/// The temporary folder a build writes into, before it replaces the output.
/// Pages come as they are rendered ([`Staging::take`]), so that a big
/// site's pages are never all in memory at once; dropped without
/// [`Staging::finish`] (the content had errors), the folder is removed and
/// the output stays as it was.
pub struct Staging {
    target: Target,
    /// The folder replaced: the target with its links resolved, so that a
    /// link named as the output stays a link, the new site behind it.
    output: PathBuf,
    tmp: PathBuf,
    /// Folders being made on a thread of their own while pages render.
    folders: Option<std::thread::JoinHandle<io::Result<Folders>>>,
    /// How many of the planned pages have their folder, told by that thread.
    progress: Arc<(Mutex<usize>, Condvar)>,
    /// How long the writing of pages waited for their folders, in total
    /// (WARTA_TIMING: whether the folder thread keeps up).
    waited: Mutex<std::time::Duration>,
    /// A digest of what the build read, recorded in the marker.
    inputs: u64,
    /// The inputs are those of the build that wrote the output: compare
    /// pages with it instead of writing them.
    compare: bool,
    pages: Mutex<Pages>,
    /// Tells other builds this one is running (dropped after the folder is
    /// gone: fields drop after `Drop::drop`).
    _claim: crate::platform::BuildClaim,
}

/// What became of the pages handed over so far.
#[derive(Default)]
struct Pages {
    taken: usize,
    /// On disk in the temporary folder.
    written: HashSet<String>,
    /// Byte for byte as in the output (compare mode).
    same: HashSet<String>,
    /// A page differed from the output (compare mode): keep pages in memory.
    changed: bool,
    error: Option<io::Error>,
}

impl Staging {
    /// Cleans up after killed builds and makes a fresh temporary folder
    /// beside `output`. `inputs` is a digest of what the build read.
    pub fn new(target: &Target, inputs: u64) -> io::Result<Staging> {
        target.still_replaceable()?;
        let output = target.real();
        remove_stale(output);
        if let Some(parent) = output.parent() {
            fs::create_dir_all(parent)?;
        }
        let claim = crate::platform::BuildClaim::take(&sibling(output, LOCK_MARK)?)?;
        let tmp = sibling(output, TMP_MARK)?;
        if tmp.exists() {
            fs::remove_dir_all(&tmp)?;
        }
        fs::create_dir_all(&tmp)?;
        Ok(Staging {
            compare: recorded_inputs(output) == Some(inputs),
            target: target.clone(),
            _claim: claim,
            output: output.to_path_buf(),
            tmp,
            folders: None,
            progress: Arc::default(),
            waited: Mutex::default(),
            inputs,
            pages: Mutex::default(),
        })
    }

    fn prepared(&mut self) -> io::Result<Folders> {
        match self.folders.take() {
            None => Ok(Folders::default()),
            Some(job) => job
                .join()
                .map_err(|_| io::Error::other("making the output folders failed"))?,
        }
    }

    fn pages(&self) -> std::sync::MutexGuard<'_, Pages> {
        self.pages.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until the folders of the first `n` planned pages exist.
    fn wait_for_folders(&self, n: usize) {
        let (done, ready) = &*self.progress;
        let started = std::time::Instant::now();
        let mut made = done.lock().unwrap_or_else(|e| e.into_inner());
        while *made < n {
            made = ready.wait(made).unwrap_or_else(|e| e.into_inner());
        }
        *self.waited.lock().unwrap_or_else(|e| e.into_inner()) += started.elapsed();
    }

    /// Keeps the output as it is when it already holds exactly this site,
    /// byte for byte, and returns `true`: files keep their times, so an
    /// rsync deploy sends nothing, and reading is far cheaper than writing
    /// the files again and deleting the previous ones. Only the marker is
    /// brought up to date.
    pub fn keep_if_unchanged(
        &mut self,
        files: &[OutputFile],
        statics: &[&StaticFile],
    ) -> io::Result<bool> {
        let pages = self.pages();
        if !self.compare || pages.changed || pages.error.is_some() {
            return Ok(false);
        }
        if !holds_exactly(&self.output, files, statics, &pages.same) {
            return Ok(false);
        }
        drop(pages);
        if recorded_inputs(&self.output) != Some(self.inputs) {
            // Through a rename, so the marker is never half-written.
            let fresh = self.tmp.join(MARKER);
            fs::write(&fresh, marker_text(self.inputs))?;
            fs::rename(&fresh, self.output.join(MARKER))?;
        }
        Ok(true)
    }

    /// Writes what is not on disk yet (the static files first, so that a
    /// rendered page of the same path wins; the site's after the theme's,
    /// so they win over them), then puts the result in place of the output.
    pub fn finish(mut self, files: &[OutputFile], statics: &[&StaticFile]) -> io::Result<usize> {
        let tmp = self.tmp.clone();
        let t0 = std::time::Instant::now();
        let mut folders = self.prepared()?;
        crate::timing::mark("folders", t0);
        crate::timing::report(
            "waited",
            *self.waited.lock().unwrap_or_else(|e| e.into_inner()),
        );
        let pages = std::mem::take(&mut *self.pages());
        if let Some(e) = pages.error {
            return Err(e);
        }
        let to_write: Vec<&OutputFile> = files
            .iter()
            .filter(|f| !pages.written.contains(&f.path))
            .collect();
        for rel in statics
            .iter()
            .map(|s| s.output())
            .chain(to_write.iter().map(|f| f.path.as_str()))
        {
            folders.make_for(&tmp, rel)?;
        }
        for s in statics {
            match s {
                StaticFile::Embedded { output, bytes } => write_one(&tmp, output, bytes)?,
                StaticFile::Disk { output, source } => {
                    copy_static(source, &tmp.join(checked(output)?))?;
                }
                StaticFile::Processed { output, source } => {
                    link_or_copy(source, &tmp.join(checked(output)?))?;
                }
            }
        }
        to_write.par_iter().try_for_each(|f| {
            if pages.same.contains(&f.path) {
                // Found the same as in the output before a page differed:
                // its bytes were let go, the output's copy is the page.
                let rel = checked(&f.path)?;
                let (from, to) = (self.output.join(rel), tmp.join(rel));
                fs::hard_link(&from, &to).or_else(|_| fs::copy(&from, &to).map(|_| ()))
            } else {
                write_one(&tmp, &f.path, &f.bytes)
            }
        })?;
        write_one(&tmp, MARKER, marker_text(self.inputs).as_bytes())?;
        let t0 = std::time::Instant::now();
        // The folder may have changed since the build began (a long
        // `build --watch`): whatever is there now must still be ours.
        self.target.still_replaceable()?;
        swap(&self.output, &tmp)?;
        crate::timing::mark("swap", t0);
        Ok(files.len() + statics.len())
    }
}

impl Staging {
    /// The output paths of the pages about to be rendered, in the order in
    /// which [`Staging::take`] will get them: their folders are made on
    /// another thread, in that order, as making thousands of folders is the
    /// file system's work, done while the processors render.
    pub fn plan(&mut self, paths: Vec<String>) {
        if self.compare {
            return;
        }
        let tmp = self.tmp.clone();
        let progress = self.progress.clone();
        self.folders = Some(std::thread::spawn(move || {
            let tell = |n: usize| {
                let (done, ready) = &*progress;
                *done.lock().unwrap_or_else(|e| e.into_inner()) = n;
                ready.notify_all();
            };
            let mut folders = Folders::default();
            let result = paths.iter().enumerate().try_for_each(|(i, rel)| {
                folders.make_for(&tmp, rel)?;
                if i % 64 == 63 {
                    tell(i + 1);
                }
                Ok(())
            });
            // Waiters go on even after a failure: the error is reported
            // when the files are written.
            tell(usize::MAX);
            result.map(|()| folders)
        }));
    }

    /// Takes rendered pages, the next ones of the plan: writes them (or
    /// compares them with the output) and lets go of the bytes of those
    /// that are on disk (or the same as in the output); the others keep
    /// them, to be written by [`Staging::finish`].
    pub fn take(&self, files: &mut [OutputFile]) {
        let mut pages = self.pages();
        let start = pages.taken;
        pages.taken += files.len();
        if pages.error.is_some() || pages.changed {
            return;
        }
        if self.compare {
            let same = files
                .par_iter()
                .all(|f| fs::read(self.output.join(&f.path)).is_ok_and(|have| *have == *f.bytes));
            if !same {
                pages.changed = true;
                return;
            }
            pages.same.extend(files.iter().map(|f| f.path.clone()));
            files.iter_mut().for_each(without_bytes);
            return;
        }
        self.wait_for_folders(start + files.len());
        match files
            .par_iter()
            .try_for_each(|f| write_one(&self.tmp, &f.path, &f.bytes))
        {
            Ok(()) => {
                pages.written.extend(files.iter().map(|f| f.path.clone()));
                files.iter_mut().for_each(without_bytes);
            }
            Err(e) => pages.error = Some(e),
        }
    }
}

/// A page on disk (or the same as in the output) needs only its path.
fn without_bytes(f: &mut OutputFile) {
    f.bytes = Arc::from(Vec::new());
}

impl Drop for Staging {
    fn drop(&mut self) {
        // The folder thread must be done before its folder is removed.
        let _ = self.prepared();
        if self.tmp.exists() {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_output_whole_and_cleans_stale_folders() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir_all(out.join("old")).unwrap();
        fs::write(out.join("old/index.html"), "old").unwrap();
        fs::write(out.join(MARKER), "").unwrap();
        let stale = dir.path().join(".public.warta-tmp-4194305");
        fs::create_dir_all(&stale).unwrap();
        let files = vec![OutputFile {
            path: "index.html".into(),
            bytes: b"new".to_vec().into(),
        }];
        let target = Target::claim(&dir.path().join("site"), &out).unwrap();
        write_site(&target, &files, &[]).unwrap();
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "new");
        assert!(!out.join("old").exists());
        assert!(!stale.exists());
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    }
}
