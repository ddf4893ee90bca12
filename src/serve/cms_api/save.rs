//! Saving for the editor: a save is checked as a build would check it,
//! with the new texts in place of the files on disk, and written only when
//! the site would still build; then atomically, so the preview (which sees
//! the save as any edit) never reads half a file.

use std::path::Path;

use super::protocol::{Asset, DataFile, Refusal, Refused};
use super::site_path::{Area, SitePath, site_path};
use crate::diagnostics::{Diagnostic, in_reading_order};
use crate::i18n::Language;
use crate::load::{MAX_FILE_BYTES, PUBLISHED_PHOTO_EXTENSIONS, Unsaved};
use crate::msg;
use crate::serve::Preview;

/// What the editor wants written, every path checked.
pub struct Save {
    /// Records: where each goes, its text, and where it was before a move.
    pub records: Vec<(SitePath, String, Option<SitePath>)>,
    /// Photos, decoded.
    pub photos: Vec<(SitePath, Vec<u8>)>,
}

/// A record's path: by the rule, and in `content/`.
pub fn record_path(root: &Path, raw: &str) -> Result<SitePath, Refusal> {
    let path = site_path(root, raw).map_err(Refusal::bad)?;
    if path.area != Area::Content {
        return Err(Refusal::bad(msg!(CMS_RECORD_OUTSIDE_CONTENT, path = raw)));
    }
    Ok(path)
}

/// A photo's path and bytes: by the rule, a photo kind a build publishes,
/// base64 within the size limit (checked before decoding), and bytes that
/// are an image.
pub fn photo(root: &Path, asset: &Asset) -> Result<(SitePath, Vec<u8>), Refusal> {
    let path = site_path(root, &asset.path).map_err(Refusal::bad)?;
    let ext = path
        .rel
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase());
    // The photo kinds the editor may upload: those a build publishes.
    if !ext.is_some_and(|e| PUBLISHED_PHOTO_EXTENSIONS.contains(&e.as_str())) {
        return Err(Refusal::bad(msg!(CMS_NOT_A_PHOTO, path = path.rel)));
    }
    let mib = MAX_FILE_BYTES / 1024 / 1024;
    if asset.content.len() as u64 / 4 * 3 > MAX_FILE_BYTES {
        return Err(Refusal::bad(msg!(
            CMS_FILE_TOO_BIG,
            path = path.rel,
            mib = mib
        )));
    }
    let bytes = (asset.encoding == "base64")
        .then(|| data_encoding::BASE64.decode(asset.content.as_bytes()).ok())
        .flatten()
        .ok_or_else(|| Refusal::bad(msg!(CMS_PHOTO_NOT_BASE64, path = path.rel)))?;
    // The bytes by the build's own rule: a GIF or a text named `.jpg` would
    // be written, then stop the build.
    if !crate::images::is_publishable(&bytes) {
        return Err(Refusal::bad(msg!(CMS_NOT_A_PHOTO, path = path.rel)));
    }
    Ok((path, bytes))
}

/// The records of a `persistEntry`, paths checked.
pub fn records(
    root: &Path,
    files: Vec<DataFile>,
) -> Result<Vec<(SitePath, String, Option<SitePath>)>, Refusal> {
    files
        .into_iter()
        .map(|f| {
            let at = record_path(root, &f.path)?;
            Ok(match &f.new_path {
                Some(new) if *new != f.path => (record_path(root, new)?, f.raw, Some(at)),
                _ => (at, f.raw, None),
            })
        })
        .collect()
}

/// Writes `save` if the site with it would build: photos first (a record
/// may name them, and a build looks for them on disk), then the records.
/// When the check fails, the photos are put back as they were (removed, or
/// their old bytes written again) and nothing else is written.
pub fn persist(preview: &mut Preview, save: Save, language: Language) -> Result<(), Refusal> {
    let mut replaced = Vec::new();
    for (path, bytes) in &save.photos {
        let before = super::files::read(path);
        let written = before.and_then(|before| {
            replaced.push((path, before));
            write(path, bytes)
        });
        if let Err(refusal) = written {
            put_back(&replaced);
            return Err(refusal);
        }
    }
    let mut edits = Vec::new();
    for (path, text, before) in &save.records {
        edits.push(Unsaved {
            path: path.abs.clone(),
            text: Some(text.clone()),
        });
        if let Some(before) = before {
            edits.push(Unsaved {
                path: before.abs.clone(),
                text: None,
            });
        }
    }
    if let Err(refusal) = check(preview, &edits, language) {
        put_back(&replaced);
        return Err(refusal);
    }
    let written = save.records.iter().try_for_each(|(path, text, before)| {
        write(path, text.as_bytes())?;
        before.as_ref().map_or(Ok(()), remove)
    });
    preview.reread(&edits.iter().map(|e| e.path.clone()).collect::<Vec<_>>());
    written
}

/// Removes `paths` if the site without them would build: no record left
/// naming a removed record or photo.
pub fn delete(
    preview: &mut Preview,
    paths: &[SitePath],
    language: Language,
) -> Result<(), Refusal> {
    let edits: Vec<Unsaved> = paths
        .iter()
        .map(|p| Unsaved {
            path: p.abs.clone(),
            text: None,
        })
        .collect();
    check(preview, &edits, language)?;
    let removed = paths.iter().try_for_each(remove);
    let records = paths.iter().filter(|p| !crate::load::is_photo_file(&p.abs));
    preview.reread(&records.map(|p| p.abs.clone()).collect::<Vec<_>>());
    removed
}

/// The site with `edits` loaded and resolved: `Err` with warta's own
/// report, in the editor's language, when it has errors.
fn check(preview: &mut Preview, edits: &[Unsaved], language: Language) -> Result<(), Refusal> {
    match preview.check_unsaved(edits, crate::clock::now_or_clock()) {
        Ok(_warnings) => Ok(()),
        Err(diagnostics) => Err(Refusal {
            status: axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            message: Refused::Report(report(&diagnostics, language)),
        }),
    }
}

/// The errors under one line that says nothing was saved, each as
/// `file:line:column: message` and its `help:` line. No source snippet: the
/// CMS shows the text in a notice that does not keep spaces and line ends,
/// where a caret under a column would only be noise.
fn report(diagnostics: &[Diagnostic], language: Language) -> String {
    let errors: Vec<&Diagnostic> = in_reading_order(diagnostics)
        .into_iter()
        .filter(|d| d.is_error())
        .collect();
    let mut out = msg!(CMS_SAVE_REFUSED, errors = errors.len())
        .get(language)
        .to_string();
    let help = msg!(SEVERITY_HELP);
    for d in errors {
        out.push_str(&format!(
            "\n\n{}: {}",
            d.location(),
            d.message.get(language)
        ));
        if let Some(hint) = &d.hint {
            out.push_str(&format!("\n{}: {}", help.get(language), hint.get(language)));
        }
    }
    out
}

fn write(path: &SitePath, bytes: &[u8]) -> Result<(), Refusal> {
    let failed = |e: std::io::Error| {
        let error = e.to_string();
        Refusal::failed(msg!(CMS_CANNOT_WRITE, path = path.rel, error = error))
    };
    if let Some(parent) = path.abs.parent() {
        std::fs::create_dir_all(parent).map_err(failed)?;
    }
    crate::platform::write_whole(&path.abs, bytes).map_err(failed)
}

fn remove(path: &SitePath) -> Result<(), Refusal> {
    match std::fs::remove_file(&path.abs) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            let error = e.to_string();
            Err(Refusal::failed(msg!(
                CMS_CANNOT_WRITE,
                path = path.rel,
                error = error
            )))
        }
        _ => Ok(()),
    }
}

/// Photos as they were before a refused save: `None`, there was none.
fn put_back(photos: &[(&SitePath, Option<Vec<u8>>)]) {
    for (path, before) in photos.iter().rev() {
        let _ = match before {
            Some(bytes) => crate::platform::write_whole(&path.abs, bytes),
            None => std::fs::remove_file(&path.abs),
        };
    }
}
