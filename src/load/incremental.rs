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

fn sort_by_path(site: &mut LoadedSite) {
    site.organizations
        .sort_by(|a, b| a.file.path.cmp(&b.file.path));
    site.programs.sort_by(|a, b| a.file.path.cmp(&b.file.path));
    site.news.sort_by(|a, b| a.file.path.cmp(&b.file.path));
    site.pages.sort_by(|a, b| a.file.path.cmp(&b.file.path));
    site.unparsed.sort();
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
            Some(Ok(Parsed::Organization(r))) => site.organizations.push(r),
            Some(Ok(Parsed::Program(r))) => site.programs.push(*r),
            Some(Ok(Parsed::News(r))) => site.news.push(r),
            Some(Ok(Parsed::Page(r))) => site.pages.push(r),
            Some(Err(d)) => diagnostics.push(site.unparsed.noted(root, kind, path, d)),
            None => {}
        }
    }
    sort_by_path(site);
    true
}
