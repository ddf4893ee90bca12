//! Linux: the tuned paths (see `mod.rs`).

use std::io;
use std::path::Path;

/// mimalloc gives freed memory back to the system after a second, and takes
/// it again a moment later: at 10,000 news that is ~8,200 page faults, each
/// zeroing a 2 MiB page (a tenth of a build's time). A build holds its peak
/// anyway, so it keeps what it has: ~600 faults.
///
/// Transparent huge pages are off for the process: with them, each fault
/// zeroes a 2 MiB page, and when the page cache is full of the files a build
/// has just written the kernel first compacts memory to find one. With 4 KiB pages a
/// 10,000-news build spends 0.6 s in the kernel instead of 0.7-1.6 s, and
/// holds 200 MiB instead of 240 (benches/build_speed.py, docs/BENCHMARKS.md).
///
/// Only for commands that end when their work is done (`build`, `check`): a
/// long `serve` or `build --watch` should give memory back, and a browser it
/// starts must not inherit the huge-page setting.
pub fn tune_for_one_shot_command() {
    super::set_purge_delay(-1);
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and only changes how
    // later page faults of this process are served.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// Exchanges two folders in one atomic step. `Ok(false)` where the file
/// system cannot (then the caller renames twice).
pub fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes()).map_err(io::Error::other)?;
    let b = CString::new(b.as_os_str().as_bytes()).map_err(io::Error::other)?;
    // SAFETY: both paths are valid NUL-terminated strings that outlive the
    // call; renameat2 only reads them.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        return Ok(true);
    }
    let e = io::Error::last_os_error();
    match e.raw_os_error() {
        Some(libc::EINVAL | libc::ENOSYS | libc::EOPNOTSUPP) => Ok(false),
        _ => Err(e),
    }
}

/// What a build holds while its temporary folders exist. On Linux a build's
/// process id says it all (`/proc`), so it holds nothing.
pub struct BuildClaim;

impl BuildClaim {
    /// `lock` is where the portable path keeps its lock file; unused here.
    pub fn take(_lock: &Path) -> io::Result<BuildClaim> {
        Ok(BuildClaim)
    }
}

/// Whether the build of process `pid` (another `warta build` writing the
/// same output) is still running.
pub fn build_running(pid: u32, _lock: &Path) -> bool {
    pid != std::process::id() && Path::new("/proc").join(pid.to_string()).exists()
}

/// Opening does not wait (for a FIFO's writer); reads of a regular file
/// are unaffected by the flag. `true`: it is done.
pub fn open_without_waiting(options: &mut std::fs::OpenOptions) -> bool {
    use std::os::unix::fs::OpenOptionsExt;
    options.custom_flags(libc::O_NONBLOCK);
    true
}

/// This process's resident memory in MiB, for `WARTA_TIMING`.
pub fn resident_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}
