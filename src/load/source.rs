//! Reading one source file: within the size limit, a regular file, UTF-8
//! text, without a byte order mark, with line ends positions can count.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use xxhash_rust::xxh3;

use super::detail::EnglishDetail;
use super::{MAX_FILE_BYTES, SourceFile};
use crate::diagnostics::{Diagnostic, Pos, relative_to};
use crate::msg;

pub(super) fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Reads a file as UTF-8 text, refusing what is too large or not text.
pub fn read_source(root: &Path, path: &Path) -> Result<SourceFile, Diagnostic> {
    let rel = relative_to(root, path);
    let cannot_read = |e: std::io::Error| {
        let words = e.to_string();
        Diagnostic::error(
            &rel,
            None,
            msg!(FILE_CANNOT_READ, detail = EnglishDetail(&words)),
        )
        .with_hint(msg!(FILE_CANNOT_READ_HINT))
    };
    let too_big = || {
        Diagnostic::error(
            &rel,
            None,
            msg!(FILE_TOO_BIG, mib = MAX_FILE_BYTES / 1024 / 1024),
        )
        .with_hint(msg!(FILE_TOO_BIG_HINT))
    };
    // A named pipe would block the build forever, a device (a link to
    // /dev/zero) would fill the memory: only a regular file is opened, even
    // one swapped in since the walk listed it.
    let (file, len) = crate::platform::open_regular_file_sized(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::InvalidInput {
            Diagnostic::error(&rel, None, msg!(INPUT_NOT_REGULAR))
                .with_hint(msg!(INPUT_NOT_REGULAR_HINT))
        } else {
            cannot_read(e)
        }
    })?;
    if len > MAX_FILE_BYTES {
        return Err(too_big());
    }
    // Read at most one byte past the limit, in case the file grew since.
    let mut bytes = Vec::with_capacity(len as usize);
    std::io::Read::take(file, MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big());
    }
    source_from_bytes(rel, bytes)
}

/// A file's bytes as a [`SourceFile`] at `rel` (relative to the site root):
/// UTF-8 text with its line ends made countable. Shared by files read from
/// disk and texts not written yet (an edit checked before it is saved), so
/// both are parsed alike.
pub fn source_from_bytes(rel: PathBuf, bytes: Vec<u8>) -> Result<SourceFile, Diagnostic> {
    match String::from_utf8(bytes).map(normalize_line_ends) {
        Ok(text) => Ok(SourceFile {
            // The path too: a renamed file keeps its text but not its slug
            // or id, which come from the path, so what was made from the
            // record must not be reused (issue 18). xxh3, not SipHash:
            // every byte of every source goes through it.
            version: xxh3::xxh3_64_with_seed(
                text.as_bytes(),
                xxh3::xxh3_64(rel.as_os_str().as_encoded_bytes()),
            ),
            path: rel,
            text: Arc::from(text),
        }),
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|b| **b == b'\n').count() as u32 + 1;
            let column = String::from_utf8_lossy(
                &valid[valid.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1)..],
            )
            .chars()
            .count() as u32
                + 1;
            Err(
                Diagnostic::error(rel, Some(Pos::new(line, column)), msg!(FILE_NOT_UTF8))
                    .with_hint(msg!(FILE_NOT_UTF8_HINT)),
            )
        }
    }
}

/// A carriage return alone (the line end of old Macs, or a stray one pasted
/// from a word processor) ends a line for the YAML parser and for editors,
/// but not for `\n`-counting code: positions would drift. Such a CR becomes
/// `\n`; CRLF stays as it is.
pub fn normalize_line_ends(text: String) -> String {
    let bytes = text.as_bytes();
    // Nearly every file has no CR at all: one fast scan (memchr) says so.
    if !bytes.contains(&b'\r') {
        return text;
    }
    let lone = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !(0..bytes.len()).any(lone) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}
