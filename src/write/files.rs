//! Where each file goes in the temporary folder: paths checked to stay
//! inside it, folders made once, static files copied without ever waiting
//! on something that is not a regular file.

use crate::images;
use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

/// A relative path that stays inside the folder it is joined to.
fn safe_relative(path: &str) -> Option<&Path> {
    let p = Path::new(path);
    let ok = !path.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_)));
    ok.then_some(p)
}

pub(super) fn write_one(dir: &Path, rel: &str, bytes: &[u8]) -> io::Result<()> {
    fs::write(dir.join(checked(rel)?), bytes)
}

pub(super) fn checked(rel: &str) -> io::Result<&Path> {
    safe_relative(rel).ok_or_else(|| {
        io::Error::other(format!(
            "refusing to write outside the output folder: {rel}"
        ))
    })
}

/// The folders made so far in the temporary folder. Folders are made on
/// one thread, because creating entries in one folder from several threads
/// makes them wait on that folder's lock (ten thousand news pages are ten
/// thousand folders in `news/`); once the folders exist, each file goes into
/// a folder of its own and the writes run side by side.
#[derive(Default)]
pub(super) struct Folders {
    made: HashSet<PathBuf>,
}

impl Folders {
    /// Makes the folders the file at `rel` goes into, parents first, each
    /// once.
    pub(super) fn make_for(&mut self, dir: &Path, rel: &str) -> io::Result<()> {
        let mut missing = Vec::new();
        let mut parent = checked(rel)?.parent();
        while let Some(p) = parent.filter(|p| !p.as_os_str().is_empty()) {
            if self.made.contains(p) {
                break;
            }
            missing.push(p);
            parent = p.parent();
        }
        for folder in missing.into_iter().rev() {
            match fs::create_dir(dir.join(folder)) {
                Err(e) if e.kind() != io::ErrorKind::AlreadyExists => return Err(e),
                _ => {}
            }
            self.made.insert(folder.to_path_buf());
        }
        Ok(())
    }
}

/// Copies a static file; one swapped for a named pipe since it was listed
/// is refused instead of waited on (it would hang the build). A JPEG, PNG
/// or WebP is copied without its metadata blocks ([`images::scrub`]): a
/// photo put in `static/` keeps no GPS position either.
pub(super) fn copy_static(source: &Path, to: &Path) -> io::Result<()> {
    if images::scrubbable(&source.to_string_lossy()) {
        return fs::write(to, read_static(source)?);
    }
    let mut from = crate::platform::open_regular_file(source)?;
    io::copy(&mut from, &mut fs::File::create(to)?).map(drop)
}

/// A static file's bytes as the output has them (see [`copy_static`]).
pub(super) fn read_static(source: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    io::Read::read_to_end(&mut crate::platform::open_regular_file(source)?, &mut bytes)?;
    if images::scrubbable(&source.to_string_lossy())
        && let std::borrow::Cow::Owned(scrubbed) = images::scrub(&bytes)
    {
        bytes = scrubbed;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_that_leave_the_folder() {
        assert!(safe_relative("a/b.html").is_some());
        for bad in ["", "../x", "/etc/passwd", "a/../../x", "./a"] {
            assert!(safe_relative(bad).is_none(), "{bad}");
        }
    }
}
