//! The theme: templates and static files, built-in or from the site.
//!
//! The default theme is embedded in the binary (see `build.rs`). A site's
//! `themes/<name>/` replaces the theme of that name whole; a file in the
//! site's `templates/` overrides the theme's template of the same name.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::{Diagnostic, relative_to};
use crate::i18n::Text;
use crate::msg;

use super::inputs::InputRoot;
use super::read_source;

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
    /// Made by warta itself into its cache (the images stage's photos):
    /// clean and never changed in place (the cache replaces a file by a
    /// new one), so write may hard-link it instead of copying.
    Processed { output: String, source: PathBuf },
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
            StaticFile::Disk { output, .. }
            | StaticFile::Processed { output, .. }
            | StaticFile::Embedded { output, .. } => output,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub templates: Vec<TemplateSource>,
    pub static_files: Vec<StaticFile>,
}

/// Loads the theme `name`, then lays the site's `templates/` over it. A
/// problem with one of its files goes to `diagnostics`; `Err` is a theme
/// that does not exist.
pub fn load_theme(
    inputs: &InputRoot,
    root: &Path,
    name: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Theme, Text> {
    let site_theme = root.join("themes").join(name);
    let mut theme = if site_theme.is_dir() {
        let templates = templates_in(inputs, root, &site_theme.join("templates"), diagnostics);
        let static_files = static_files(inputs, root, &site_theme.join("static"), "", diagnostics);
        Theme {
            templates,
            static_files,
        }
    } else if name == "default" {
        builtin()
    } else {
        return Err(msg!(SITE_NO_THEME, name = name));
    };
    for over in templates_in(inputs, root, &root.join("templates"), diagnostics) {
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

fn templates_in(
    inputs: &InputRoot,
    root: &Path,
    dir: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<TemplateSource> {
    let mut templates = Vec::new();
    for path in inputs.files_below(dir, diagnostics, |_| None) {
        match read_source(root, &path) {
            Ok(file) => templates.push(TemplateSource {
                name: crate::site_url::path_of_file(path.strip_prefix(dir).unwrap_or(&path)),
                origin: file.path.display().to_string(),
                text: file.text,
            }),
            Err(d) => diagnostics.push(d),
        }
    }
    templates
}

/// Every file below `dir`, to be copied to `prefix` + its path below `dir`.
pub fn static_files(
    inputs: &InputRoot,
    root: &Path,
    dir: &Path,
    prefix: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<StaticFile> {
    let mut out = Vec::new();
    for path in inputs.files_below(dir, diagnostics, |_| None) {
        let rel = crate::site_url::path_of_file(path.strip_prefix(dir).unwrap_or(&path));
        if rel.split('/').any(|part| part == "..") {
            diagnostics.push(
                Diagnostic::error(relative_to(root, &path), None, msg!(SITE_PATH_LEAVES))
                    .with_hint(msg!(SITE_PATH_LEAVES_HINT)),
            );
            continue;
        }
        out.push(StaticFile::Disk {
            output: format!("{prefix}{rel}"),
            source: path,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::DEFAULT_THEME;
    use crate::i18n::{Language, ui_strings};

    /// Where a template reads the variable `t` followed by `then` (`.`, `[`):
    /// not `at.`, `x.t.` or `list[`.
    fn reads_of_t(template: &str, then: &str) -> Vec<usize> {
        let bytes = template.as_bytes();
        template
            .match_indices(&format!("t{then}"))
            .map(|(i, _)| i)
            .filter(|i| {
                let before = i.checked_sub(1).map(|j| bytes[j]);
                !before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
            })
            .collect()
    }

    /// The interface-string keys a template reads (`t.<key>`).
    fn keys_in(template: &str) -> Vec<&str> {
        let mut keys = Vec::new();
        for i in reads_of_t(template, ".") {
            let rest = &template[i + 2..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            keys.push(&rest[..end]);
        }
        keys
    }

    #[test]
    fn every_key_a_template_reads_is_an_interface_string() {
        // A misspelt `t.key` in an `{% if %}` or before `| default` would
        // show nothing, silently: every key must be in src/i18n/strings.rs.
        let strings = ui_strings(Language::Id);
        let mut checked = 0;
        for (path, bytes) in DEFAULT_THEME {
            let Ok(text) = std::str::from_utf8(bytes) else {
                continue;
            };
            if !path.starts_with("templates/") {
                continue;
            }
            assert!(
                reads_of_t(text, "[").is_empty(),
                "{path}: read interface strings as `t.key`, so this test can check the key"
            );
            for key in keys_in(text) {
                assert!(
                    strings.contains_key(key),
                    "{path}: `t.{key}` is not a key in src/i18n/strings.rs"
                );
                checked += 1;
            }
        }
        assert!(
            checked > 50,
            "only {checked} keys found: is the scan broken?"
        );
    }

    #[test]
    fn keys_are_found_after_any_non_name_character() {
        assert_eq!(
            keys_in("{{ t.home }}{{t.news|upper}} {% if t.a_1 %}x.t.no at.no"),
            ["home", "news", "a_1"]
        );
        assert_eq!(reads_of_t("{{ list[0] }} {{ t[k] }}", "["), [17]);
    }
}
