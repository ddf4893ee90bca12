//! `WARTA_TIMING=1` prints how long each stage took, to stderr: the first
//! place to look when a build or a preview rebuild is slow.

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("WARTA_TIMING").is_some())
}

/// Prints `label` with the time since `since`, when timing is on.
pub fn mark(label: &str, since: Instant) {
    if enabled() {
        eprintln!(
            "  {label:<10} {:>8.1} ms",
            since.elapsed().as_secs_f64() * 1000.0
        );
    }
}
