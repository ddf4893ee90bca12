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
            resident().map_or(String::new(), |mib| format!("{mib:>6} MiB"))
        );
    }
}

/// The resident memory of this process, in MiB (Linux).
fn resident() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}
