//! Reading the site's files for the editor: records as text, photos as
//! base64, folders listed. Every path has passed [`site_path`] already.

use std::io::Read;
use std::path::Path;

use super::protocol::{Entry, EntryFile, MediaFile, Refusal, version_id};
use super::site_path::SitePath;
use crate::load::{MAX_FILE_BYTES, is_ignored_name};
use crate::msg;

/// The bytes of a regular file, within the size limit of a build's reads;
/// `None` when there is no such file.
pub fn read(path: &SitePath) -> Result<Option<Vec<u8>>, Refusal> {
    let file = match crate::platform::open_regular_file(&path.abs) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(cannot_read(path, &e)),
    };
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot_read(path, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let mib = MAX_FILE_BYTES / 1024 / 1024;
        return Err(Refusal::bad(msg!(
            CMS_FILE_TOO_BIG,
            path = path.rel,
            mib = mib
        )));
    }
    Ok(Some(bytes))
}

fn cannot_read(path: &SitePath, e: &std::io::Error) -> Refusal {
    let error = e.to_string();
    Refusal::failed(msg!(CMS_CANNOT_READ, path = path.rel, error = error))
}

/// A record as the editor reads it: text and version, or `data: null` when
/// it does not exist (as decap-server answers).
pub fn entry(path: &SitePath, label: Option<String>) -> Result<Entry, Refusal> {
    let bytes = read(path)?;
    let id = bytes.as_deref().map(version_id);
    Ok(Entry {
        data: bytes.and_then(|b| String::from_utf8(b).ok()),
        file: EntryFile {
            path: path.rel.clone(),
            label,
            id,
        },
    })
}

/// A photo as the editor's media library reads it.
pub fn media(path: &SitePath) -> Result<MediaFile, Refusal> {
    let Some(bytes) = read(path)? else {
        return Err(Refusal::bad(msg!(CMS_FILE_MISSING, path = path.rel)));
    };
    let name = path.rel.rsplit('/').next().unwrap_or("").to_string();
    Ok(MediaFile {
        id: version_id(&bytes),
        content: data_encoding::BASE64.encode(&bytes),
        encoding: "base64",
        path: path.rel.clone(),
        name,
    })
}

/// The files below the folder `rel` (a [`SitePath`]'s) whose names end in
/// `extension`, `depth` folders deep at most (1: the folder's own files),
/// as `/`-separated paths from the site root, sorted. Names the loader
/// skips (`.x`, `_x`, `x~`) and links are left out.
pub fn list(root: &Path, rel: &str, extension: &str, depth: usize) -> Vec<String> {
    let mut out = Vec::new();
    walk(&root.join(rel), rel, extension, depth, &mut out);
    out.sort();
    out
}

fn walk(dir: &Path, rel: &str, extension: &str, depth: usize, out: &mut Vec<String>) {
    if depth == 0 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let (Some(text), Ok(kind)) = (name.to_str(), entry.file_type()) else {
            continue;
        };
        if is_ignored_name(&name) || kind.is_symlink() {
            continue;
        }
        let child = format!("{rel}/{text}");
        if kind.is_dir() {
            walk(&entry.path(), &child, extension, depth - 1, out);
        } else if kind.is_file() && text.ends_with(extension) {
            out.push(child);
        }
    }
}
