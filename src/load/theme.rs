//! The theme: templates and static files, built-in or from the site.
//!
//! The default theme is embedded in the binary (see `build.rs`). A site's
//! `themes/<name>/` replaces the theme of that name whole; a file in the
//! site's `templates/` overrides the theme's template of the same name.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::{Diagnostic, relative_to};

use super::is_ignored_name;

include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));

/// A template's text and where it came from, for error messages.
#[derive(Debug, Clone)]
pub struct TemplateSource {
    /// The name templates use in `extends` and `include`: `program.html`.
    pub name: String,
    /// Where an editor finds it: `templates/program.html`, or
    /// `(built-in theme)/templates/program.html`.
    pub origin: String,
    pub text: Arc<str>,
}

/// A file copied to the output as is.
#[derive(Debug, Clone)]
pub enum StaticFile {
    /// From the site's folders: copied from disk by the write stage.
    Disk { output: String, source: PathBuf },
    /// From the built-in theme.
    Embedded {
        output: String,
        bytes: &'static [u8],
    },
}

impl StaticFile {
    /// Its path inside the output folder.
    pub fn output(&self) -> &str {
        match self {
            StaticFile::Disk { output, .. } | StaticFile::Embedded { output, .. } => output,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub templates: Vec<TemplateSource>,
    pub static_files: Vec<StaticFile>,
}

/// Loads the theme `name`, then lays the site's `templates/` over it.
pub fn load_theme(root: &Path, name: &str) -> Result<Theme, String> {
    let site_theme = root.join("themes").join(name);
    let mut theme = if site_theme.is_dir() {
        let mut diagnostics = Vec::new();
        let templates = templates_in(root, &site_theme.join("templates"))?;
        let static_files = static_files(root, &site_theme.join("static"), "", &mut diagnostics);
        if let Some(d) = diagnostics.first() {
            return Err(d.message.clone());
        }
        Theme {
            templates,
            static_files,
        }
    } else if name == "default" {
        builtin()
    } else {
        return Err(format!("there is no theme `{name}`"));
    };
    for over in templates_in(root, &root.join("templates"))? {
        match theme.templates.iter_mut().find(|t| t.name == over.name) {
            Some(t) => *t = over,
            None => theme.templates.push(over),
        }
    }
    Ok(theme)
}

fn builtin() -> Theme {
    let mut theme = Theme::default();
    for (path, bytes) in DEFAULT_THEME {
        if let Some(name) = path.strip_prefix("templates/") {
            theme.templates.push(TemplateSource {
                name: name.to_string(),
                origin: format!("(built-in theme)/{path}"),
                text: Arc::from(String::from_utf8_lossy(bytes).as_ref()),
            });
        } else if let Some(output) = path.strip_prefix("static/") {
            theme.static_files.push(StaticFile::Embedded {
                output: output.to_string(),
                bytes,
            });
        }
    }
    theme
}

fn files_below(dir: &Path) -> Vec<PathBuf> {
    if !dir.is_dir() {
        return Vec::new();
    }
    walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored_name(e.file_name()))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}

fn templates_in(root: &Path, dir: &Path) -> Result<Vec<TemplateSource>, String> {
    files_below(dir)
        .into_iter()
        .map(|path| {
            let name = crate::site_url::url_path(path.strip_prefix(dir).unwrap_or(&path));
            let origin = relative_to(root, &path).display().to_string();
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read template {origin}: {e}"))?;
            Ok(TemplateSource {
                name,
                origin,
                text: Arc::from(text),
            })
        })
        .collect()
}

/// Every file below `dir`, to be copied to `prefix` + its path below `dir`.
pub fn static_files(
    root: &Path,
    dir: &Path,
    prefix: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<StaticFile> {
    let mut out = Vec::new();
    for path in files_below(dir) {
        let rel = crate::site_url::url_path(path.strip_prefix(dir).unwrap_or(&path));
        if rel.split('/').any(|part| part == "..") {
            diagnostics.push(Diagnostic::error(
                relative_to(root, &path),
                None,
                "this file's path leaves the site",
            ));
            continue;
        }
        out.push(StaticFile::Disk {
            output: format!("{prefix}{rel}"),
            source: path,
        });
    }
    out
}
