//! Every system but Linux, and Linux with the `portable` feature: plain
//! `std` only, so that CI compiles exactly what Windows and macOS run.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// No tuning: the allocator's defaults.
pub fn tune_for_one_shot_command() {}

/// No atomic exchange of two folders in `std`: the caller renames twice.
pub fn exchange(_a: &Path, _b: &Path) -> io::Result<bool> {
    Ok(false)
}

/// A lock file beside the output, held while the build's temporary folders
/// exist; the system releases it when the process ends, however it ends, so
/// a killed build's folders are told from a running one's.
pub struct BuildClaim {
    path: PathBuf,
    _file: fs::File,
}

impl BuildClaim {
    pub fn take(lock: &Path) -> io::Result<BuildClaim> {
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(lock)?;
        file.lock()?;
        Ok(BuildClaim {
            path: lock.to_path_buf(),
            _file: file,
        })
    }
}

impl Drop for BuildClaim {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Whether the build of process `pid` still holds its lock file; a lock
/// file left by a killed build is removed.
pub fn build_running(pid: u32, lock: &Path) -> bool {
    if pid == std::process::id() {
        return false;
    }
    let Ok(file) = fs::OpenOptions::new().write(true).open(lock) else {
        return false;
    };
    match file.try_lock() {
        Err(fs::TryLockError::WouldBlock) => true,
        _ => {
            drop(file);
            let _ = fs::remove_file(lock);
            false
        }
    }
}

/// No way in `std` to open without waiting (`false`):
/// [`super::open_regular_file`] checks the file's type before and after
/// instead.
pub fn open_without_waiting(_options: &mut fs::OpenOptions) -> bool {
    false
}

/// Not measured here.
pub fn resident_mib() -> Option<u64> {
    None
}
