//! Checking edits before they are saved: the CMS writes a file only when
//! the site with it would still build.

use std::path::Path;

use crate::diagnostics::Diagnostic;
use crate::load::{self, Unsaved};
use crate::resolve::{self, BuildOptions};

/// The problems of the site at `root` with `edits` in place of the files on
/// disk, found as a build finds them when it loads and resolves (every rule
/// of the content model, every reference between records), writing nothing.
/// `Ok` holds the warnings, `Err` every problem when any is an error.
///
/// The site is read afresh: the preview's loaded site belongs to its
/// watcher thread, and a save is rare next to the reading it needs.
pub fn check_unsaved(
    root: &Path,
    edits: &[Unsaved],
    options: &BuildOptions,
) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    let (mut loaded, mut diagnostics) = load::load_site(root);
    load::apply_unsaved(&mut loaded, &mut diagnostics, root, edits);
    let (site, more) = resolve::resolve(&loaded, options, None);
    diagnostics.extend(more);
    match site {
        Some(_) if !diagnostics.iter().any(Diagnostic::is_error) => Ok(diagnostics),
        _ => Err(diagnostics),
    }
}
