//! load -> resolve -> render -> write: the only place that chains the stages.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::diagnostics::Diagnostic;
use crate::load;
use crate::render;
use crate::resolve::{self, BuildOptions};
use crate::write;

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    pub pages: usize,
    pub seconds: f64,
    pub language: crate::i18n::Language,
    /// Warnings only: a build with errors returns `Err`.
    pub warnings: Vec<Diagnostic>,
}

/// Why a build wrote nothing.
#[derive(Debug)]
pub enum BuildError {
    /// The content has errors (exit code 1).
    Content(Vec<Diagnostic>),
    /// The command line asks for something impossible (exit code 2).
    Usage(String),
    /// The output could not be written (exit code 1).
    Io(String),
}

/// Builds the site at `root` into `output`. On any error the output folder is
/// left exactly as it was.
pub fn build(
    root: &Path,
    output: &Path,
    options: &BuildOptions,
) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    check_output(root, output)?;

    let (loaded, mut diagnostics) = load::load_site(root);
    if diagnostics.iter().any(Diagnostic::is_error) {
        // Resolve anyway: reference errors in the files that did parse are
        // worth reporting in the same run.
        let (_, more) = resolve::resolve(&loaded, options);
        diagnostics.extend(more);
        return Err(BuildError::Content(diagnostics));
    }
    let (site, more) = resolve::resolve(&loaded, options);
    diagnostics.extend(more);
    let Some(site) = site else {
        return Err(BuildError::Content(diagnostics));
    };
    let files = match render::render(&site, &loaded.theme.templates) {
        Ok(f) => f,
        Err(errors) => {
            diagnostics.extend(errors);
            return Err(BuildError::Content(diagnostics));
        }
    };
    let pages = files.iter().filter(|f| f.path.ends_with(".html")).count();
    let statics: Vec<&load::StaticFile> = loaded
        .theme
        .static_files
        .iter()
        .chain(&loaded.static_files)
        .collect();
    write::write_site(output, &files, &statics).map_err(|e| {
        BuildError::Io(format!(
            "cannot write the site to {}: {e}",
            output.display()
        ))
    })?;
    Ok(BuildReport {
        pages,
        seconds: started.elapsed().as_secs_f64(),
        language: site.config.language,
        warnings: diagnostics,
    })
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// The output folder is replaced whole, so it must never be the site itself
/// or one of its source folders.
fn check_output(root: &Path, output: &Path) -> Result<(), BuildError> {
    let (root, out) = (absolute(root), absolute(output));
    if root.starts_with(&out) {
        return Err(BuildError::Usage(format!(
            "the output folder {} contains the site itself; choose another --output, such as public/",
            output.display()
        )));
    }
    for source in ["content", "static", "templates", "themes"] {
        if out.starts_with(root.join(source)) {
            return Err(BuildError::Usage(format!(
                "the output folder {} is inside the site's {source}/ folder; choose another --output, such as public/",
                output.display()
            )));
        }
    }
    if out.exists() && !out.is_dir() {
        return Err(BuildError::Usage(format!(
            "the output {} exists and is not a folder",
            output.display()
        )));
    }
    if !write::is_replaceable(&out) {
        return Err(BuildError::Usage(format!(
            "the output folder {} has files in it and was not made by warta, so warta will not replace it; \
             empty or remove it, or choose another --output",
            output.display()
        )));
    }
    Ok(())
}
