//! Bringing a loaded site up to date after some files changed, by re-reading
//! only those files. Used by `serve` and `build --watch`.
//!
//! The result must equal a fresh [`load_site`](super::load_site): records
//! are kept in the order a fresh walk finds them (sorted by path), and every
//! problem belongs to its file, so it goes when the file is fixed.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, relative_to};

use super::inputs::InputRoot;
use super::{
    LoadedSite, Parsed, classify, is_ignored_name, parse_file, parse_source, source_from_bytes,
};

/// Forgets every record and problem of `rel` or below it (a removed folder).
fn forget(site: &mut LoadedSite, diagnostics: &mut Vec<Diagnostic>, rel: &Path) {
    site.organizations.retain(|r| !r.file.path.starts_with(rel));
    site.programs.retain(|r| !r.file.path.starts_with(rel));
    site.news.retain(|r| !r.file.path.starts_with(rel));
    site.pages.retain(|r| !r.file.path.starts_with(rel));
    site.unparsed.forget(rel);
    diagnostics.retain(|d| !d.file.starts_with(rel));
}

/// Puts `record` at its place by path in `records`, which are in that
/// order (a fresh walk's): sorting 10,000 news again after each save
/// compared their paths a part at a time.
fn insert_by_path<T>(records: &mut Vec<T>, record: T, path: impl Fn(&T) -> &Path) {
    let at = records.partition_point(|r| path(r) < path(&record));
    records.insert(at, record);
}

/// An edit not saved yet, to check before it is written (the CMS's saves):
/// the text the file at `path` (absolute) would hold, or `None` when it
/// would be removed.
#[derive(Clone)]
pub struct Unsaved {
    pub path: PathBuf,
    pub text: Option<String>,
}

/// Re-reads the `changed` paths (absolute) into `site`. Returns `false` when
/// the change needs a full reload instead: `warta.yaml`, the theme, the
/// templates, static files, or a folder appearing.
pub fn update(
    site: &mut LoadedSite,
    diagnostics: &mut Vec<Diagnostic>,
    root: &Path,
    changed: &[PathBuf],
) -> bool {
    let content = root.join("content");
    let inputs = InputRoot::new(root);
    for path in changed {
        let Ok(below) = path.strip_prefix(&content) else {
            return false;
        };
        if below.as_os_str().is_empty() || path.is_dir() {
            return false;
        }
        refresh(site, diagnostics, root, &inputs, path, None);
    }
    site.unparsed.sort();
    true
}

/// Puts `edits` into `site` as if they were saved, by the same rules as
/// [`update`], writing nothing: the site as a save would leave it. Every
/// path must be a file below `content/`.
pub fn apply_unsaved(
    site: &mut LoadedSite,
    diagnostics: &mut Vec<Diagnostic>,
    root: &Path,
    edits: &[Unsaved],
) {
    let inputs = InputRoot::new(root);
    for edit in edits {
        refresh(site, diagnostics, root, &inputs, &edit.path, Some(edit));
    }
    site.unparsed.sort();
}

/// Forgets what `site` knew of the file at `path` and reads it again: from
/// disk, or from `unsaved` when given.
fn refresh(
    site: &mut LoadedSite,
    diagnostics: &mut Vec<Diagnostic>,
    root: &Path,
    inputs: &InputRoot,
    path: &Path,
    unsaved: Option<&Unsaved>,
) {
    let content = root.join("content");
    let below = path.strip_prefix(&content).unwrap_or(path);
    if below.components().any(|c| is_ignored_name(c.as_os_str())) {
        return;
    }
    let rel = relative_to(root, path);
    forget(site, diagnostics, &rel);
    let exists = match unsaved {
        Some(edit) => edit.text.is_some(),
        None => path.exists(),
    };
    // A photo is no record: resolve reads it when a record names it.
    if super::is_photo_file(path) {
        site.content_photos.retain(|p| p != path);
        if exists {
            site.content_photos.push(path.to_path_buf());
            site.content_photos.sort();
        }
        return;
    }
    if !exists {
        return;
    }
    // The same rule as a fresh walk's: a link out of the site is not read.
    let checked = match unsaved {
        Some(_) => Ok(()),
        None => inputs.check_file(path),
    };
    let kind = match checked.and_then(|()| classify(root, &content, path)) {
        Ok(kind) => kind,
        Err(d) => {
            diagnostics.push(d);
            return;
        }
    };
    let parsed = match unsaved.and_then(|edit| edit.text.as_ref()) {
        Some(text) => Some(
            source_from_bytes(rel, text.clone().into_bytes())
                .and_then(|file| parse_source(root, kind, path, file)),
        ),
        None => parse_file(root, kind, path),
    };
    match parsed {
        Some(Ok(Parsed::Organization(r))) => {
            insert_by_path(&mut site.organizations, r, |r| &r.file.path)
        }
        Some(Ok(Parsed::Program(r))) => insert_by_path(&mut site.programs, *r, |r| &r.file.path),
        Some(Ok(Parsed::News(r))) => insert_by_path(&mut site.news, r, |r| &r.file.path),
        Some(Ok(Parsed::Page(r))) => insert_by_path(&mut site.pages, r, |r| &r.file.path),
        Some(Err(d)) => diagnostics.push(site.unparsed.noted(root, kind, path, d)),
        None => {}
    }
}
