//! Checking edits before they are saved: the CMS writes a file only when
//! it adds no error to the site.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, relative_to};
use crate::load::{self, LoadedSite, Unsaved};
use crate::msg;
use crate::resolve::{self, BuildOptions};

use super::Caches;

/// The problems of the site `loaded` from `root` (with the problems loading
/// found) with `edits` in place of the files on disk, found as a build finds
/// them when it loads and resolves: every rule of the content model, every
/// reference between records. Writes nothing. `Err` holds the errors the
/// edits bring (with the warnings), `Ok` the warnings.
///
/// An error the site has already, in a file not edited, is not the edit's:
/// an editor may save one file while another is still broken, as with any
/// text editor (the preview shows that one). An error in an edited file
/// always counts.
///
/// The preview's loaded site is used as it is, not read again (seconds at
/// 10,000 news), and left as the files on disk have it: the edited files
/// are read again afterwards. Its Markdown checks are remembered by file
/// version (`caches`), so only the edited files are checked again.
pub fn check_unsaved(
    root: &Path,
    loaded: &mut LoadedSite,
    load_diagnostics: &mut Vec<Diagnostic>,
    edits: &[Unsaved],
    options: &BuildOptions,
    caches: &Caches,
) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    let lints = Some(&caches.lints);
    // A photo is no record: a build finds it on disk when a record names it.
    let (photos, records): (Vec<&Unsaved>, Vec<&Unsaved>) =
        edits.iter().partition(|e| load::is_photo_file(&e.path));
    let removed: HashSet<&Path> = photos
        .iter()
        .filter(|e| e.text.is_none())
        .map(|e| e.path.as_path())
        .collect();
    let with_edits = resolved(
        root,
        loaded,
        load_diagnostics,
        &records,
        options,
        lints,
        &removed,
    );
    let paths: Vec<PathBuf> = records.iter().map(|e| e.path.clone()).collect();
    super::reload(root, loaded, load_diagnostics, &paths);
    let edited: HashSet<PathBuf> = paths.iter().map(|p| relative_to(root, p)).collect();
    let elsewhere = |d: &Diagnostic| d.is_error() && !edited.contains(&d.file);
    if !with_edits.iter().any(elsewhere) {
        return split(with_edits);
    }
    // Rare: errors outside the edited files. Those the site had before are
    // left out.
    let key = |d: &Diagnostic| (d.location(), d.message.en().to_string());
    let before: HashSet<_> = resolved(
        root,
        loaded,
        load_diagnostics,
        &[],
        options,
        lints,
        &HashSet::new(),
    )
    .iter()
    .filter(|d| d.is_error())
    .map(key)
    .collect();
    split(
        with_edits
            .into_iter()
            .filter(|d| !elsewhere(d) || !before.contains(&key(d)))
            .collect(),
    )
}

/// Every problem of `loaded` with `edits` applied (and not undone), and
/// one for each place naming a photo in `removed`, as if it were gone.
fn resolved(
    root: &Path,
    loaded: &mut LoadedSite,
    load_diagnostics: &[Diagnostic],
    edits: &[&Unsaved],
    options: &BuildOptions,
    lints: Option<&resolve::LintCache>,
    removed: &HashSet<&Path>,
) -> Vec<Diagnostic> {
    let mut diagnostics = load_diagnostics.to_vec();
    let edits: Vec<Unsaved> = edits.iter().map(|e| (*e).clone()).collect();
    load::apply_unsaved(loaded, &mut diagnostics, root, &edits);
    let (site, more) = resolve::resolve(loaded, options, lints);
    diagnostics.extend(more);
    let named = site.iter().flat_map(|s| s.images.iter());
    for photo in named.filter(|i| removed.contains(i.path.as_path())) {
        diagnostics.push(
            Diagnostic::error(
                &photo.named_in,
                Some(photo.named_at),
                msg!(CMS_PHOTO_STILL_NAMED, photo = photo.name),
            )
            .with_hint(msg!(CMS_PHOTO_STILL_NAMED_HINT)),
        );
    }
    diagnostics
}

fn split(diagnostics: Vec<Diagnostic>) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    if diagnostics.iter().any(Diagnostic::is_error) {
        Err(diagnostics)
    } else {
        Ok(diagnostics)
    }
}
