//! The one rule for every input folder (`content/`, `static/`, `templates/`,
//! `themes/<name>/`) and for `warta.yaml`: which files warta may read.
//!
//! - A symbolic link is followed only when its target, all links resolved,
//!   lies inside the site folder. A link out of the site would publish a file
//!   of the machine (`static/passwd.txt` → `/etc/passwd`) or show its first
//!   line in an error snippet, so it is an error naming the link, raised
//!   before anything of the target is opened.
//! - Only regular files and folders are read: a named pipe would block the
//!   build forever, a device would never end. They are errors, never skipped.
//! - A name that is not valid UTF-8 cannot be written into a web address
//!   without changing it (two such names could become the same one), so it is
//!   an error asking for a new name.
//!
//! The site folder itself is resolved once ([`InputRoot::new`]): a site
//! reached through a link, or named by a relative path, is the same site.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, relative_to};
use crate::i18n::Text;
use crate::msg;

use super::is_ignored_name;

/// The site folder as given (for joining and for the paths shown to the
/// editor) and as it really is (for "is this inside the site?").
#[derive(Debug, Clone)]
pub struct InputRoot {
    given: PathBuf,
    real: PathBuf,
}

impl InputRoot {
    pub fn new(root: &Path) -> InputRoot {
        let real = std::fs::canonicalize(root)
            .or_else(|_| std::path::absolute(root))
            .unwrap_or_else(|_| root.to_path_buf());
        InputRoot {
            given: root.to_path_buf(),
            real,
        }
    }

    fn rel(&self, path: &Path) -> PathBuf {
        relative_to(&self.given, path)
    }

    /// An error when `path` (a link, or a path below one) leads out of the
    /// site. A path that leads nowhere passes: reading it says so.
    fn inside(&self, path: &Path) -> Result<(), Diagnostic> {
        match std::fs::canonicalize(path) {
            Ok(real) if !real.starts_with(&self.real) => {
                // The link as written, not where it finally leads: the
                // editor finds that in the link's properties.
                let target = std::fs::read_link(path).unwrap_or(real);
                Err(Diagnostic::error(
                    self.rel(path),
                    None,
                    msg!(INPUT_OUTSIDE, target = target.display().to_string()),
                )
                .with_hint(msg!(INPUT_OUTSIDE_HINT)))
            }
            _ => Ok(()),
        }
    }

    /// Checks one file before it is read, for the files not found by a walk:
    /// `warta.yaml`, and a file `serve` was told changed.
    pub fn check_file(&self, path: &Path) -> Result<(), Diagnostic> {
        self.inside(path)?;
        if path.file_name().is_some_and(|n| n.to_str().is_none()) {
            return Err(
                Diagnostic::error(self.rel(path), None, msg!(INPUT_NAME_NOT_UTF8))
                    .with_hint(msg!(INPUT_NAME_NOT_UTF8_HINT)),
            );
        }
        Ok(())
    }

    /// Every regular file below `dir`, sorted by name, skipping the names
    /// editors' tools use for themselves. Whatever breaks the rule above is
    /// an error, and nothing below a refused folder is looked at; a folder
    /// `odd_folder` finds odd gets its diagnostic (when only a warning, the
    /// folder is walked as usual). (The
    /// walk lists a folder as it meets it, so a link out of the site has its
    /// names listed, never its files opened.)
    pub fn files_below(
        &self,
        dir: &Path,
        diagnostics: &mut Vec<Diagnostic>,
        odd_folder: impl Fn(&Path) -> Option<Diagnostic>,
    ) -> Vec<PathBuf> {
        let mut files = Vec::new();
        if !dir.is_dir() {
            // Absent is fine; a file (or a link to one, or to nothing) where
            // the folder belongs would otherwise be skipped without a word.
            if std::fs::symlink_metadata(dir).is_ok() {
                diagnostics.push(
                    Diagnostic::error(self.rel(dir), None, msg!(INPUT_NOT_A_FOLDER))
                        .with_hint(msg!(INPUT_NOT_A_FOLDER_HINT)),
                );
            }
            return files;
        }
        let mut walker = walkdir::WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter();
        while let Some(entry) = walker.next() {
            let entry = match entry {
                Ok(e) => e,
                Err(err) => {
                    let path = err.path().unwrap_or(dir);
                    let (message, hint) = if err.loop_ancestor().is_some() {
                        (msg!(INPUT_LOOP), msg!(INPUT_LOOP_HINT))
                    } else {
                        (msg!(INPUT_UNREADABLE), msg!(INPUT_UNREADABLE_HINT))
                    };
                    diagnostics
                        .push(Diagnostic::error(self.rel(path), None, message).with_hint(hint));
                    continue;
                }
            };
            let is_dir = entry.file_type().is_dir();
            if entry.depth() > 0 && is_ignored_name(entry.file_name()) {
                if is_dir {
                    walker.skip_current_dir();
                }
                continue;
            }
            match self.refusal(&entry, &odd_folder) {
                Some(d) => {
                    // A warning leaves the folder to be walked as usual.
                    if is_dir && d.is_error() {
                        walker.skip_current_dir();
                    }
                    diagnostics.push(d);
                }
                None if is_dir => {}
                None => files.push(entry.into_path()),
            }
        }
        files
    }

    /// Why the walk may not take `entry`, if it may not.
    fn refusal(
        &self,
        entry: &walkdir::DirEntry,
        odd_folder: &impl Fn(&Path) -> Option<Diagnostic>,
    ) -> Option<Diagnostic> {
        let path = entry.path();
        // Links are checked where the walk meets them: what lies below a
        // folder inside the site without a link is inside it too. The folder
        // walked is checked as well, since `static/` or `themes/` may be a link.
        if (entry.depth() == 0 || entry.path_is_symlink())
            && let Err(d) = self.inside(path)
        {
            return Some(d);
        }
        if entry.depth() == 0 {
            return None;
        }
        let error = |message: Text, hint: Text| {
            Some(Diagnostic::error(self.rel(path), None, message).with_hint(hint))
        };
        if entry.file_name().to_str().is_none() {
            error(msg!(INPUT_NAME_NOT_UTF8), msg!(INPUT_NAME_NOT_UTF8_HINT))
        } else if entry.file_type().is_dir() {
            odd_folder(path)
        } else if !entry.file_type().is_file() {
            error(msg!(INPUT_NOT_REGULAR), msg!(INPUT_NOT_REGULAR_HINT))
        } else {
            None
        }
    }
}
