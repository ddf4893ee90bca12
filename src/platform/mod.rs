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
