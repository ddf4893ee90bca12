//! Whether the output already holds exactly the site a build made, and the
//! marker that records what the build read.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use rayon::prelude::*;

use super::MARKER;
use super::files::read_static;
use crate::load::StaticFile;
use crate::output::OutputFile;

pub(super) fn marker_text(inputs: u64) -> String {
    format!(
        "This folder is written by `warta build` and replaced whole at each build.\n\
         inputs: {inputs:016x}\n"
    )
}

/// The digest of the inputs that the build which wrote `output` recorded.
pub fn recorded_inputs(output: &Path) -> Option<u64> {
    let text = fs::read_to_string(output.join(MARKER)).ok()?;
    let hex = text.lines().find_map(|l| l.strip_prefix("inputs: "))?;
    u64::from_str_radix(hex.trim(), 16).ok()
}

/// Whether `output` holds these files and no others (besides the marker),
/// each byte for byte (`verified` pages were compared already). Files are
/// compared side by side; the first difference ends the search.
pub(super) fn holds_exactly(
    output: &Path,
    files: &[OutputFile],
    statics: &[&StaticFile],
    verified: &HashSet<String>,
) -> bool {
    enum Expected<'a> {
        Bytes(&'a [u8]),
        CopyOf(&'a Path),
        Verified,
    }
    let mut expected: HashMap<&str, Expected> = HashMap::with_capacity(files.len() + statics.len());
    for s in statics {
        match s {
            StaticFile::Embedded { output, bytes } => {
                expected.insert(output, Expected::Bytes(bytes));
            }
            StaticFile::Disk { output, source } | StaticFile::Processed { output, source } => {
                expected.insert(output, Expected::CopyOf(source));
            }
        }
    }
    for f in files {
        let want = if verified.contains(&f.path) {
            Expected::Verified
        } else {
            Expected::Bytes(&f.bytes)
        };
        expected.insert(&f.path, want);
    }
    let mut present = 0usize;
    for entry in walkdir::WalkDir::new(output).min_depth(1) {
        let Ok(entry) = entry else { return false };
        if entry.file_type().is_dir() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(output) else {
            return false;
        };
        let rel = crate::site_url::path_of_file(rel);
        if rel == MARKER {
            continue;
        }
        // Paths in the output use `/`; a name the build would not write
        // (or any other kind of entry) means a difference.
        if !entry.file_type().is_file() || !expected.contains_key(rel.as_str()) {
            return false;
        }
        present += 1;
    }
    if present != expected.len() {
        return false;
    }
    expected.par_iter().all(|(rel, want)| {
        let have = || fs::read(output.join(rel));
        match want {
            Expected::Verified => true,
            Expected::Bytes(b) => have().is_ok_and(|have| have == *b),
            Expected::CopyOf(source) => {
                have().is_ok_and(|have| read_static(source).is_ok_and(|b| b == have))
            }
        }
    })
}
