//! Bringing a loaded site up to date after some files changed, by re-reading
//! only those files. Used by `serve` and `build --watch`.
//!
//! The result must equal a fresh [`load_site`](super::load_site): records
//! are kept in the order a fresh walk finds them (sorted by path), and every
//! problem belongs to its file, so it goes when the file is fixed.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, relative_to};

use super::inputs::InputRoot;
use super::{LoadedSite, Parsed, classify, is_ignored_name, parse_file};

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
        if below.components().any(|c| is_ignored_name(c.as_os_str())) {
            continue;
        }
        let rel = relative_to(root, path);
        forget(site, diagnostics, &rel);
        // A photo is no record: resolve reads it when a record names it.
        if super::is_photo_file(path) {
            site.content_photos.retain(|p| p != path);
            if path.exists() {
                site.content_photos.push(path.clone());
                site.content_photos.sort();
            }
            continue;
        }
        if !path.exists() {
            continue;
        }
        // The same rule as a fresh walk's: a link out of the site is not read.
        let kind = match inputs
            .check_file(path)
            .and_then(|()| classify(root, &content, path))
        {
            Ok(kind) => kind,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        match parse_file(root, kind, path) {
            Some(Ok(Parsed::Organization(r))) => {
                insert_by_path(&mut site.organizations, r, |r| &r.file.path)
            }
            Some(Ok(Parsed::Program(r))) => {
                insert_by_path(&mut site.programs, *r, |r| &r.file.path)
            }
            Some(Ok(Parsed::News(r))) => insert_by_path(&mut site.news, r, |r| &r.file.path),
            Some(Ok(Parsed::Page(r))) => insert_by_path(&mut site.pages, r, |r| &r.file.path),
            Some(Err(d)) => diagnostics.push(site.unparsed.noted(root, kind, path, d)),
            None => {}
        }
    }
    site.unparsed.sort();
    true
}
