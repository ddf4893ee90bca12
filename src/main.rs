//! The `warta` command: parse arguments, run, exit with the command's code.

use clap::Parser;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    keep_memory_until_exit();
    let cli = warta::cli::Cli::parse();
    std::process::exit(warta::cli::run(cli));
}

/// mimalloc gives freed memory back to the system after a second, and takes
/// it again a moment later: at 10,000 news that was ~8,800 page faults, each
/// zeroing a 2 MiB page (a tenth of a build's time). A build or a preview
/// holds its peak anyway, so it keeps what it has: 500 faults.
///
/// Transparent huge pages are off for the process: each fault then zeroes a
/// 2 MiB page, and when the page cache is full of the files a build has just
/// written the kernel first compacts memory to find one. With 4 KiB pages a
/// 10,000-news build spent 0.6 s in the kernel instead of 0.7-1.6 s, and
/// held 200 MiB instead of 240 (benches/build_speed.py, docs/BENCHMARKS.md).
fn keep_memory_until_exit() {
    use libmimalloc_sys::{mi_option_get, mi_option_set, mi_option_t};
    // `mi_option_purge_delay` in mimalloc 3's option list (mimalloc.h); the
    // crate names no constant for it. Set only where it holds its default
    // (1,000 ms, options.c), so a renumbered list cannot change another option.
    const PURGE_DELAY: mi_option_t = 15;
    // SAFETY: reading and setting an option is thread-safe in mimalloc and
    // takes no pointers; PR_SET_THP_DISABLE takes plain integers and only
    // changes how later page faults of this process are served.
    unsafe {
        if mi_option_get(PURGE_DELAY) == 1000 {
            mi_option_set(PURGE_DELAY, -1);
        }
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
