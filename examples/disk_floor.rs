//! The disk's floor for a build's time: create the folders and files a
//! build writes, of the same sizes, and nothing else. `benches/build_speed.py`
//! lists a warta output (a line per folder, `d PATH`, then a line per file,
//! `f SIZE PATH`) and times this beside warta and Hugo: what the file system
//! alone costs for a site of that size, which no change to warta's own code
//! can take away while the URL layout keeps a folder per page.
//!
//! The folders are made on one thread, parents first; the files are written
//! on every core, as warta writes them from its rendering threads.
//!
//!     cargo run --release --example disk_floor -- LISTING OUT

use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

fn main() {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let (Some(listing), Some(out)) = (args.next(), args.next()) else {
        eprintln!("usage: disk_floor LISTING OUT");
        std::process::exit(2);
    };
    let listing = match std::fs::read_to_string(&listing) {
        Ok(text) => text,
        Err(e) => fail(&listing, e),
    };
    let mut folders = Vec::new();
    let mut files = Vec::new();
    for line in listing.lines() {
        match line.split_once(' ') {
            Some(("d", path)) => folders.push(out.join(path)),
            Some(("f", rest)) => {
                let (size, path) = rest.split_once(' ').unwrap_or(("0", rest));
                files.push((out.join(path), size.parse::<usize>().unwrap_or(0)));
            }
            _ => {}
        }
    }
    // One buffer as large as the largest file: the bytes' content does not
    // matter to the file system, their number does.
    let largest = files.iter().map(|(_, size)| *size).max().unwrap_or(0);
    let bytes = vec![b'x'; largest];

    if let Err(e) = std::fs::create_dir_all(&out) {
        fail(&out, e);
    }
    for folder in &folders {
        if let Err(e) = std::fs::create_dir(folder)
            && e.kind() != std::io::ErrorKind::AlreadyExists
        {
            fail(folder, e);
        }
    }
    files.par_iter().for_each(|(path, size)| {
        let written =
            std::fs::File::create(path).and_then(|mut file| file.write_all(&bytes[..*size]));
        if let Err(e) = written {
            fail(path, e);
        }
    });
    println!("{} folders, {} files", folders.len(), files.len());
}

fn fail(path: &Path, e: std::io::Error) -> ! {
    eprintln!("disk_floor: {}: {e}", path.display());
    std::process::exit(1);
}
