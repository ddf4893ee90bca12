//! Everything that differs between operating systems, in one place.
//!
//! Linux gets what was measured to help there: an atomic exchange of the new
//! output with the old (`renameat2`), allocator and huge-page settings for
//! one-shot commands, process checks through `/proc`. Every other system —
//! and Linux itself when built with the `portable` feature, which CI does so
//! that a Windows or macOS build cannot break unseen — uses `portable.rs`,
//! which is plain `std`. Nothing outside this module uses `cfg` for a
//! platform.

#[cfg(all(target_os = "linux", not(feature = "portable")))]
#[path = "linux.rs"]
mod imp;

#[cfg(not(all(target_os = "linux", not(feature = "portable"))))]
#[path = "portable.rs"]
mod imp;

pub use imp::{BuildClaim, build_running, exchange, resident_mib, tune_for_one_shot_command};

use std::fs::File;
use std::io;
use std::path::Path;

/// How long mimalloc keeps freed memory before giving it back to the
/// system (`-1`: until exit). mimalloc is the allocator on every system, so
/// this is no platform's own.
fn set_purge_delay(ms: i64) {
    use libmimalloc_sys::{mi_option_get, mi_option_set, mi_option_t};
    // `mi_option_purge_delay` in mimalloc 3's option list (mimalloc.h); the
    // crate names no constant for it. Set only where it holds its default
    // (1,000 ms, options.c), so a renumbered list cannot change another option.
    const PURGE_DELAY: mi_option_t = 15;
    // SAFETY: reading and setting an option is thread-safe in mimalloc and
    // takes no pointers.
    unsafe {
        if mi_option_get(PURGE_DELAY) == 1000 {
            mi_option_set(PURGE_DELAY, ms as std::ffi::c_long);
        }
    }
}

/// For `serve` and `build --watch`: each save's rebuild frees what the last
/// one made and takes as much again. With mimalloc's default of one second,
/// an editor's next save finds that memory given back, and taking it again
/// zeroes it page by page: at 10,000 news that was 15% of resolve's time and
/// half of listing the pages (`perf`). Kept for half a minute, the memory
/// still goes back to the system when the editor stops saving.
pub fn keep_memory_between_saves() {
    set_purge_delay(30_000);
}

/// Writes `bytes` as `path` whole or not at all: into a temporary file
/// beside it (named with a dot, so the loader and watcher skip it), then
/// renamed over it, so a reader or a killed process never sees half a file.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let temporary = path.with_file_name(format!(".{name}.{}.partial", std::process::id()));
    let written = File::create(&temporary).and_then(|mut f| f.write_all(bytes));
    match written.and_then(|()| std::fs::rename(&temporary, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&temporary);
            Err(e)
        }
    }
}

/// Opens `path` for reading if it is a regular file, and only then: a file
/// swapped for a named pipe (FIFO) would make `open` wait for a writer that
/// never comes. The opened file's type is checked; on Linux the open itself
/// does not wait, elsewhere the type is checked before opening too. Anything
/// but a regular file is an error of kind [`io::ErrorKind::InvalidInput`].
pub fn open_regular_file(path: &Path) -> io::Result<File> {
    open_regular_file_sized(path).map(|(file, _)| file)
}

/// [`open_regular_file`], with the file's length when it was opened. Where
/// the open cannot wait, it is the only look at the path: reading 12,000
/// sources, a check by path before it cost as much as the open.
pub fn open_regular_file_sized(path: &Path) -> io::Result<(File, u64)> {
    let not_regular = || io::Error::new(io::ErrorKind::InvalidInput, "not a regular file");
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    if !imp::open_without_waiting(&mut options) && !std::fs::metadata(path)?.is_file() {
        return Err(not_regular());
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    Ok((file, meta.len()))
}

/// Opens `url` in the user's browser; `Err` when no browser could be started.
/// A child process inherits nothing from [`tune_for_one_shot_command`]: it is
/// only called by commands that end when their work is done.
pub fn open_browser(url: &str) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        // `start` is a built-in of cmd; the empty title keeps the URL an URL.
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    command.arg(url).spawn().map(drop)
}
