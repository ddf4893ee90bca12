//! Stage 1: read the site's files and parse them into records.
//!
//! Nothing here checks a rule of the content model beyond "this is valid YAML
//! of the right shape"; that is `resolve`'s job. Every file is read once,
//! parsed in parallel, and kept (as text) for error snippets.

mod detail;
pub mod front_matter;
mod incremental;
mod inputs;
mod photo_files;
mod source;
mod theme;
pub mod unparsed;
pub mod yaml;

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::diagnostics::{Diagnostic, Pos, relative_to};
use crate::model::{ConfigRecord, NewsRecord, OrganizationRecord, PageRecord, ProgramRecord};
use crate::msg;

pub use incremental::{Unsaved, apply_unsaved, update};
pub use inputs::InputRoot;
pub use photo_files::{PHOTO_EXTENSIONS, PUBLISHED_PHOTO_EXTENSIONS, is_photo_file};
use source::strip_bom;
pub use source::{normalize_line_ends, read_source, source_from_bytes};
pub use theme::{StaticFile, TemplateSource, Theme};

/// Files larger than this are refused: no editor writes a 20 MiB news item,
/// and reading one would only hurt the machine.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// A file as read, relative to the site root, with its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: Arc<str>,
    /// A hash of the path and text: what a rebuild compares to know what
    /// changed (a rename changes a slug or an id).
    pub version: u64,
}

impl SourceFile {
    pub fn error(&self, pos: Option<Pos>, message: impl Into<crate::i18n::Text>) -> Diagnostic {
        Diagnostic::error(&self.path, pos, message).with_source(self.text.clone())
    }

    pub fn warning(&self, pos: Option<Pos>, message: impl Into<crate::i18n::Text>) -> Diagnostic {
        Diagnostic::warning(&self.path, pos, message).with_source(self.text.clone())
    }
}

/// A YAML record file (program, organization).
#[derive(Debug)]
pub struct RecordFile<T> {
    pub file: SourceFile,
    /// The path below the kind's folder, without extension: the default id.
    pub stem: String,
    pub record: T,
}

/// A Markdown file with front matter (news item, page).
#[derive(Debug)]
pub struct MarkdownFile<T> {
    pub file: SourceFile,
    /// The path below the kind's folder, without extension, with `/`.
    pub rel: String,
    pub front: T,
    /// The body's byte range in `file.text`.
    pub body: Range<usize>,
}

/// Everything read from a site folder.
#[derive(Debug)]
pub struct LoadedSite {
    /// The site folder: photos are found from it (`resolve::pictures`).
    pub root: PathBuf,
    /// The photo files under `content/`, for the digest that tells a
    /// rebuild whether anything changed (they are no records).
    pub content_photos: Vec<PathBuf>,
    pub config: ConfigRecord,
    pub config_file: Option<SourceFile>,
    pub organizations: Vec<RecordFile<OrganizationRecord>>,
    pub programs: Vec<RecordFile<ProgramRecord>>,
    pub news: Vec<MarkdownFile<NewsRecord>>,
    pub pages: Vec<MarkdownFile<PageRecord>>,
    pub theme: Theme,
    /// The site's own `static/` files (copied after the theme's, so they win).
    pub static_files: Vec<StaticFile>,
    /// Record files that failed to load: they still exist for references.
    pub unparsed: unparsed::Unparsed,
}

/// Reads and parses the site at `root`. Returns what could be loaded and every
/// problem found; the caller stops if any problem is an error.
pub fn load_site(root: &Path) -> (LoadedSite, Vec<Diagnostic>) {
    let started = std::time::Instant::now();
    let mut diagnostics = Vec::new();
    let inputs = InputRoot::new(root);
    let (config, config_file) = load_config(&inputs, root, &mut diagnostics);
    let content = root.join("content");
    let mut paths = Vec::new();
    let mut photos = Vec::new();
    if content.is_dir() {
        walk(
            &inputs,
            root,
            &content,
            &mut paths,
            &mut photos,
            &mut diagnostics,
        );
    } else {
        diagnostics.push(
            Diagnostic::error(relative_to(root, &content), None, msg!(SITE_NO_CONTENT))
                .with_hint(msg!(SITE_NO_CONTENT_HINT)),
        );
    }

    crate::timing::mark("walk", started);
    let parsed: Vec<(Kind, &PathBuf, Result<Parsed, Diagnostic>)> = paths
        .par_iter()
        .filter_map(|(kind, path)| Some((*kind, path, parse_file(root, *kind, path)?)))
        .collect();
    crate::timing::mark("parse", started);
    let mut site = LoadedSite {
        root: root.to_path_buf(),
        content_photos: photos,
        config,
        config_file,
        organizations: Vec::new(),
        programs: Vec::new(),
        news: Vec::new(),
        pages: Vec::new(),
        theme: Theme::default(),
        static_files: Vec::new(),
        unparsed: unparsed::Unparsed::default(),
    };
    for (kind, path, p) in parsed {
        match p {
            Ok(Parsed::Organization(r)) => site.organizations.push(r),
            Ok(Parsed::Program(r)) => site.programs.push(*r),
            Ok(Parsed::News(r)) => site.news.push(r),
            Ok(Parsed::Page(r)) => site.pages.push(r),
            Err(d) => diagnostics.push(site.unparsed.noted(root, kind, path, d)),
        }
    }
    let theme_name = site
        .config
        .theme
        .as_ref()
        .map_or("default", |t| t.value.as_str())
        .to_string();
    let theme_pos = site.config.theme.as_ref().map(|t| t.pos);
    match theme::load_theme(&inputs, root, &theme_name, &mut diagnostics) {
        Ok(t) => site.theme = t,
        Err(message) => {
            let d = match &site.config_file {
                Some(f) => f.error(theme_pos, message),
                None => Diagnostic::error("warta.yaml", None, message),
            };
            diagnostics.push(d.with_hint(msg!(SITE_NO_THEME_HINT, name = theme_name)));
        }
    }
    site.static_files =
        theme::static_files(&inputs, root, &root.join("static"), "", &mut diagnostics);
    (site, diagnostics)
}

/// Just `warta.yaml`, for commands that need a setting but not the site.
/// The language of the site at `root` (its `language:`, Indonesian when not
/// given), to speak to its editor in; `None` when `root` holds no site
/// (no `warta.yaml`, no `content/`). A `warta.yaml` with mistakes still
/// gives its language when that line can be read.
pub fn site_language(root: &Path) -> Option<crate::i18n::Language> {
    let is_site = ["warta.yaml", "warta.yml", "content"]
        .iter()
        .any(|name| root.join(name).exists());
    if !is_site {
        return None;
    }
    let (config, _) = read_config(root);
    let written = config.language.as_ref();
    Some(
        written
            .and_then(|l| crate::i18n::Language::parse(l.value.trim()))
            .unwrap_or_default(),
    )
}

pub fn read_config(root: &Path) -> (ConfigRecord, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let (config, _) = load_config(&InputRoot::new(root), root, &mut diagnostics);
    (config, diagnostics)
}

fn load_config(
    inputs: &InputRoot,
    root: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> (ConfigRecord, Option<SourceFile>) {
    for name in ["warta.yaml", "warta.yml"] {
        let path = root.join(name);
        if !path.exists() {
            continue;
        }
        let file = match inputs
            .check_file(&path)
            .and_then(|()| read_source(root, &path))
        {
            Ok(f) => f,
            Err(d) => {
                diagnostics.push(d);
                return (ConfigRecord::default(), None);
            }
        };
        let config = if file.text.trim().is_empty() {
            ConfigRecord::default()
        } else {
            match yaml::parse::<ConfigRecord>(strip_bom(&file.text), 1) {
                Ok(c) => c,
                Err(e) => {
                    diagnostics.push(yaml_diagnostic(&file, e));
                    ConfigRecord::default()
                }
            }
        };
        return (config, Some(file));
    }
    (ConfigRecord::default(), None)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Organization,
    Program,
    News,
    Page,
}

impl Kind {
    fn folder(self) -> &'static str {
        match self {
            Kind::Organization => "organizations",
            Kind::Program => "programs",
            Kind::News => "news",
            Kind::Page => "pages",
        }
    }
}

enum Parsed {
    Organization(RecordFile<OrganizationRecord>),
    // Boxed: a program record is several times larger than the others.
    Program(Box<RecordFile<ProgramRecord>>),
    News(MarkdownFile<NewsRecord>),
    Page(MarkdownFile<PageRecord>),
}

/// Names starting with `_` or `.` are the editor's own (drafts, backups, editor
/// state) and are skipped, folders included.
pub fn is_ignored_name(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('_') || name.starts_with('.') || name.ends_with('~')
}

/// Every file under `content/`, with its kind, by the rule for every input
/// folder (`inputs`).
fn walk(
    inputs: &InputRoot,
    root: &Path,
    content: &Path,
    out: &mut Vec<(Kind, PathBuf)>,
    photos: &mut Vec<PathBuf>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let odd_folder = |path: &Path| record_named_folder(root, path);
    for path in inputs.files_below(content, diagnostics, odd_folder) {
        // A photo beside its record is read when a record names it
        // (`resolve::pictures`), never published as it is.
        if is_photo_file(&path) {
            photos.push(path);
            continue;
        }
        match classify(root, content, &path) {
            Ok(k) => out.push((k, path)),
            Err(d) => diagnostics.push(d),
        }
    }
}

/// A folder in `content/` named like a record (`kabar.md/`): most likely a
/// file made as a folder by mistake, so the item the editor expects is
/// missing. A warning, not an error: as in Hugo and Zola a folder is a
/// folder whatever its name, and what it holds is read as usual.
fn record_named_folder(root: &Path, path: &Path) -> Option<Diagnostic> {
    let ext = path.extension()?.to_str()?.to_lowercase();
    matches!(ext.as_str(), "md" | "yaml" | "yml").then(|| {
        Diagnostic::warning(
            relative_to(root, path),
            None,
            msg!(SITE_RECORD_NAMED_FOLDER, ext = ext),
        )
        .with_hint(msg!(SITE_RECORD_NAMED_FOLDER_HINT, ext = ext))
    })
}

/// What kind of record a file under `content/` is, by its folder and
/// extension; anything else is an error.
fn classify(root: &Path, content: &Path, path: &Path) -> Result<Kind, Diagnostic> {
    let rel = path.strip_prefix(content).unwrap_or(path);
    let top = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    let kind = match (top.as_deref(), ext.as_deref()) {
        _ if rel.components().count() < 2 => None,
        (Some("organizations"), Some("yaml" | "yml")) => Some(Kind::Organization),
        (Some("programs"), Some("yaml" | "yml")) => Some(Kind::Program),
        (Some("news"), Some("md")) => Some(Kind::News),
        (Some("pages"), Some("md")) => Some(Kind::Page),
        _ => None,
    };
    kind.ok_or_else(|| unknown_file(root, path, top.as_deref(), rel.components().count()))
}

fn unknown_file(root: &Path, path: &Path, top: Option<&str>, depth: usize) -> Diagnostic {
    let hint = match top {
        Some("programs" | "organizations") if depth >= 2 => msg!(SITE_UNKNOWN_FILE_RECORD_HINT),
        Some("news" | "pages") if depth >= 2 => msg!(SITE_UNKNOWN_FILE_MARKDOWN_HINT),
        _ => msg!(SITE_UNKNOWN_FILE_HINT),
    };
    Diagnostic::error(relative_to(root, path), None, msg!(SITE_UNKNOWN_FILE)).with_hint(hint)
}

fn yaml_diagnostic(file: &SourceFile, e: yaml::YamlError) -> Diagnostic {
    let d = file.error(Some(e.pos), e.message);
    match e.hint {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

fn stem_below(content: &Path, kind: Kind, path: &Path) -> String {
    let base = content.join(kind.folder());
    let rel = path.strip_prefix(&base).unwrap_or(path).with_extension("");
    crate::site_url::path_of_file(&rel)
}

fn parse_file(root: &Path, kind: Kind, path: &Path) -> Option<Result<Parsed, Diagnostic>> {
    Some(read_source(root, path).and_then(|file| parse_source(root, kind, path, file)))
}

/// A file's text (read, or an edit not saved yet) as the record of its kind.
fn parse_source(root: &Path, kind: Kind, path: &Path, f: SourceFile) -> Result<Parsed, Diagnostic> {
    let rel = stem_below(&root.join("content"), kind, path);
    match kind {
        Kind::Organization => parse_record(f, rel).map(Parsed::Organization),
        Kind::Program => parse_record(f, rel).map(|r| Parsed::Program(Box::new(r))),
        Kind::News => parse_markdown(f, rel).map(Parsed::News),
        Kind::Page => parse_markdown(f, rel).map(Parsed::Page),
    }
}

fn parse_record<T: DeserializeOwned>(
    file: SourceFile,
    stem: String,
) -> Result<RecordFile<T>, Diagnostic> {
    match yaml::parse::<T>(strip_bom(&file.text), 1) {
        Ok(record) => Ok(RecordFile { file, stem, record }),
        Err(e) => Err(yaml_diagnostic(&file, e)),
    }
}

fn parse_markdown<T: DeserializeOwned>(
    file: SourceFile,
    rel: String,
) -> Result<MarkdownFile<T>, Diagnostic> {
    let split = front_matter::split(&file.text).map_err(|e| front_matter::fence_error(&file, e))?;
    let front =
        yaml::parse::<T>(split.yaml, split.yaml_line).map_err(|e| yaml_diagnostic(&file, e))?;
    let body_start = file.text.len() - split.body.len();
    let body = body_start..file.text.len();
    Ok(MarkdownFile {
        file,
        rel,
        front,
        body,
    })
}
