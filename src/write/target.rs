//! The guard every replacement of an output folder goes through.
//!
//! A build replaces its output folder whole, so before anything is written
//! warta makes sure the folder is its own to replace: not the site or one of
//! its source folders, not a file, not someone's folder of files. A
//! [`Target`] is the proof that this was checked; [`super::Staging`], the only
//! thing that replaces an output, takes nothing else, and checks the folder
//! once more right before the swap (a long `build --watch` may find a
//! user's files there by then).
//!
//! Symbolic links are resolved first, so the rules see the real folders: an
//! output that is a link (`public -> /var/www/site`) is written by swapping
//! a new folder in behind the link, which stays as it is; an output reached
//! through a link into `content/` is refused like `content/x`.

use crate::msg;
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use super::MARKER;

/// The source folders of a site: an output inside one would be read back
/// as content, or replace the user's files.
const SOURCE_FOLDERS: [&str; 4] = ["content", "static", "templates", "themes"];

/// An output folder warta has checked it may replace.
#[derive(Debug, Clone)]
pub struct Target {
    /// As the user named it, for messages.
    shown: PathBuf,
    /// Every symbolic link on the way resolved: the folder that is swapped.
    real: PathBuf,
}

/// Why an output folder may not be replaced; the text is for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub crate::i18n::Text);

impl Target {
    /// Checks that the site at `root` may write into `output`.
    pub fn claim(root: &Path, output: &Path) -> Result<Target, Refused> {
        let shown = output.display().to_string();
        let unreadable = |e: io::Error| {
            Refused(msg!(
                OUTPUT_UNFINDABLE,
                output = shown,
                error = e.to_string()
            ))
        };
        let real = resolve_links(output).map_err(unreadable)?;
        let real_root = resolve_links(root).map_err(unreadable)?;
        if real_root.starts_with(&real) {
            return Err(Refused(msg!(OUTPUT_CONTAINS_SITE, output = shown)));
        }
        for source in SOURCE_FOLDERS {
            // The source folder itself may be a link to somewhere else.
            let inside = |folder: &Path| real.starts_with(folder);
            let folder = real_root.join(source);
            if inside(&folder) || resolve_links(&folder).is_ok_and(|f| inside(&f)) {
                return Err(Refused(msg!(
                    OUTPUT_IN_SOURCES,
                    output = shown,
                    folder = source
                )));
            }
        }
        let target = Target {
            shown: output.to_path_buf(),
            real,
        };
        target.still_replaceable()?;
        Ok(target)
    }

    /// The folder that is replaced (links resolved).
    pub fn real(&self) -> &Path {
        &self.real
    }

    /// The output as the user named it.
    pub fn shown(&self) -> &Path {
        &self.shown
    }

    /// The folder is not a file and, if it has files in it, warta made it.
    /// Checked when the target is claimed and again right before the swap.
    pub fn still_replaceable(&self) -> Result<(), Refused> {
        let shown = self.shown.display().to_string();
        match fs::metadata(&self.real) {
            Ok(m) if !m.is_dir() => Err(Refused(msg!(OUTPUT_NOT_A_FOLDER, output = shown))),
            Ok(_) if !is_replaceable(&self.real) => {
                Err(Refused(msg!(OUTPUT_NOT_WARTAS, output = shown)))
            }
            _ => Ok(()),
        }
    }
}

/// In English, for logs; the editor is shown [`Refused::0`] in their language.
impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.en())
    }
}

impl std::error::Error for Refused {}

/// Carried inside the error, so that whoever reports a failed write can say
/// the refusal in the editor's language.
impl From<Refused> for io::Error {
    fn from(r: Refused) -> io::Error {
        io::Error::new(io::ErrorKind::PermissionDenied, r)
    }
}

/// Whether `output` may be replaced: it does not exist, is empty, or was
/// made by warta (holds the marker).
fn is_replaceable(output: &Path) -> bool {
    match fs::read_dir(output) {
        Err(_) => true,
        Ok(mut entries) => entries.next().is_none() || output.join(MARKER).is_file(),
    }
}

/// How many links in a row are followed before giving up (a loop).
const MAX_LINKS: usize = 40;

/// `path` made absolute with every symbolic link in it resolved, like
/// `realpath`, except that the path need not exist: the part that exists is
/// resolved (a link that points nowhere yet is followed too), the rest is
/// appended as written. So a link `public -> www/site` resolves to
/// `…/www/site` before `www/site` exists.
pub fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut resolved = PathBuf::new();
    let mut links = 0;
    // Components still to walk, last first, so that a link's target can be
    // put in front of the rest.
    let mut rest: Vec<std::ffi::OsString> = std::path::absolute(path)?
        .components()
        .rev()
        .map(|c| c.as_os_str().to_owned())
        .collect();
    while let Some(part) = rest.pop() {
        match Path::new(&part).components().next() {
            // An absolute link target starts over from its root.
            Some(Component::Prefix(_) | Component::RootDir) => resolved.push(&part),
            Some(Component::CurDir) | None => {}
            Some(Component::ParentDir) => {
                resolved.pop();
            }
            Some(Component::Normal(name)) => {
                let next = resolved.join(name);
                match fs::symlink_metadata(&next) {
                    Ok(m) if m.file_type().is_symlink() => {
                        links += 1;
                        if links > MAX_LINKS {
                            return Err(io::Error::other(format!(
                                "{} is a loop of symbolic links",
                                path.display()
                            )));
                        }
                        let target = fs::read_link(&next)?;
                        if target.is_absolute() {
                            resolved = PathBuf::new();
                        }
                        rest.extend(target.components().rev().map(|c| c.as_os_str().to_owned()));
                    }
                    _ => resolved = next,
                }
            }
        }
    }
    Ok(resolved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_links_on_the_way_and_keeps_the_missing_rest() {
        let dir = tempfile::tempdir().unwrap();
        let base = fs::canonicalize(dir.path()).unwrap();
        fs::create_dir_all(base.join("www")).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("www/site", base.join("public")).unwrap();
            std::os::unix::fs::symlink(base.join("www"), base.join("abs")).unwrap();
            // A link to a folder that does not exist yet.
            assert_eq!(
                resolve_links(&base.join("public")).unwrap(),
                base.join("www/site")
            );
            assert_eq!(
                resolve_links(&base.join("abs/a/../b")).unwrap(),
                base.join("www/b")
            );
            std::os::unix::fs::symlink("loop", base.join("loop")).unwrap();
            assert!(resolve_links(&base.join("loop")).is_err());
        }
        assert_eq!(
            resolve_links(&base.join("new/./x/..")).unwrap(),
            base.join("new")
        );
    }

    #[test]
    fn refuses_the_site_its_sources_and_a_folder_of_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        fs::create_dir_all(root.join("content")).unwrap();
        fs::create_dir_all(dir.path().join("mine")).unwrap();
        fs::write(dir.path().join("mine/thesis.txt"), "x").unwrap();
        assert!(Target::claim(&root, &root.join("public")).is_ok());
        for bad in [
            root.clone(),
            dir.path().to_path_buf(),
            root.join("content/x"),
            root.join("static"),
            dir.path().join("mine"),
            dir.path().join("mine/thesis.txt"),
        ] {
            assert!(Target::claim(&root, &bad).is_err(), "{}", bad.display());
        }
    }
}
