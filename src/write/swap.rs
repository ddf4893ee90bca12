//! Putting a finished temporary folder in place of the output, and cleaning
//! up after builds that were killed. The folders a build owns sit beside the
//! output, named after it and the build's process id.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::MARKER;

pub(super) const TMP_MARK: &str = ".warta-tmp-";
pub(super) const OLD_MARK: &str = ".warta-old-";
/// The lock file a running build holds where the system cannot tell by its
/// process id (src/platform/portable.rs).
pub(super) const LOCK_MARK: &str = ".warta-lock-";

/// `name` of the output folder -> the sibling folders we own.
pub(super) fn sibling(output: &Path, mark: &str) -> io::Result<PathBuf> {
    sibling_of(output, mark, std::process::id())
}

/// The sibling of `output` that the build of process `pid` owns.
pub(super) fn sibling_of(output: &Path, mark: &str, pid: u32) -> io::Result<PathBuf> {
    let name = output
        .file_name()
        .ok_or_else(|| io::Error::other("the output folder has no name"))?
        .to_string_lossy();
    let parent = output.parent().unwrap_or(Path::new("."));
    Ok(parent.join(format!(".{name}{mark}{pid}")))
}

/// Whether the build that owns a folder with this process id suffix may
/// still be writing it (another `warta build` running at the same time).
fn owner_alive(output: &Path, suffix: &str) -> bool {
    let Ok(pid) = suffix.parse::<u32>() else {
        return false;
    };
    let lock = sibling_of(output, LOCK_MARK, pid);
    lock.is_ok_and(|lock| crate::platform::build_running(pid, &lock))
}

/// Cleans up after builds that were killed: a previous output parked aside
/// between two renames goes back in place, and temporary folders go.
pub(super) fn remove_stale(output: &Path) {
    let (Some(parent), Some(name)) = (output.parent(), output.file_name()) else {
        return;
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    let tmp_prefix = format!(".{}{TMP_MARK}", name.to_string_lossy());
    let old_prefix = format!(".{}{OLD_MARK}", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let mut stale: Vec<(PathBuf, bool)> = entries
        .flatten()
        .filter_map(|entry| {
            let n = entry.file_name().to_string_lossy().into_owned();
            let (old, suffix) = if let Some(s) = n.strip_prefix(old_prefix.as_str()) {
                (true, s.to_string())
            } else {
                (false, n.strip_prefix(tmp_prefix.as_str())?.to_string())
            };
            (!owner_alive(output, &suffix)).then(|| (entry.path(), old))
        })
        .collect();
    if !output.exists()
        && let Some(i) = stale
            .iter()
            .position(|(p, old)| *old && p.join(MARKER).is_file())
    {
        let (parked, _) = stale.swap_remove(i);
        let _ = fs::rename(&parked, output);
    }
    for (path, _) in stale {
        let _ = fs::remove_dir_all(path);
    }
}

/// Puts `tmp` where `output` is, then deletes the previous output: one
/// atomic exchange where the system has it; else rename the old output
/// aside and the new one in (between the two, for an instant, the previous
/// site waits beside the output, whole, and `remove_stale` puts it back if
/// the build dies right there). A half-written output never exists.
pub(super) fn swap(output: &Path, tmp: &Path) -> io::Result<()> {
    if output.exists() && crate::platform::exchange(tmp, output)? {
        // `tmp` now holds the previous site.
        let _ = fs::remove_dir_all(tmp);
        return Ok(());
    }
    if output.exists() {
        let old = sibling(output, OLD_MARK)?;
        fs::rename(output, &old)?;
        if let Err(e) = fs::rename(tmp, output) {
            let _ = fs::rename(&old, output);
            return Err(e);
        }
        let _ = fs::remove_dir_all(&old);
    } else {
        if let Some(parent) = output.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        fs::rename(tmp, output)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_previous_output_parked_by_a_killed_build_is_put_back() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        // Killed between the two renames: no output, the previous one aside.
        let parked = dir.path().join(".public.warta-old-4194305");
        fs::create_dir_all(&parked).unwrap();
        fs::write(parked.join(MARKER), "").unwrap();
        fs::write(parked.join("index.html"), "previous").unwrap();
        let half = dir.path().join(".public.warta-tmp-4194305");
        fs::create_dir_all(&half).unwrap();
        remove_stale(&out);
        assert_eq!(
            fs::read_to_string(out.join("index.html")).unwrap(),
            "previous"
        );
        assert!(!parked.exists() && !half.exists());
    }

    #[test]
    fn a_running_build_keeps_its_temporary_folder() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        // The build of process 1, which is always running, holds its claim
        // (on Linux its process id alone tells; elsewhere its lock file).
        let claim = crate::platform::BuildClaim::take(&sibling_of(&out, LOCK_MARK, 1).unwrap());
        let busy = dir.path().join(".public.warta-tmp-1");
        fs::create_dir_all(&busy).unwrap();
        remove_stale(&out);
        assert!(busy.exists());
        // Once it has ended, its folder is a leftover.
        drop(claim);
        #[cfg(feature = "portable")]
        {
            remove_stale(&out);
            assert!(!busy.exists());
        }
    }
}
