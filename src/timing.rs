//! `WARTA_TIMING=1` prints how long each stage took, to stderr: the first
//! place to look when a build or a preview rebuild is slow.

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("WARTA_TIMING").is_some())
}

/// Prints `label` with the time since `since`, when timing is on, and the
/// memory the process holds at that moment (where the system tells).
pub fn mark(label: &str, since: Instant) {
    report(label, since.elapsed());
}

/// Prints `label` with a time measured some other way (a sum of waits).
pub fn report(label: &str, took: std::time::Duration) {
    if enabled() {
        eprintln!(
            "  {label:<10} {:>8.1} ms {}",
            took.as_secs_f64() * 1000.0,
            crate::platform::resident_mib().map_or(String::new(), |mib| format!("{mib:>6} MiB"))
        );
    }
}
