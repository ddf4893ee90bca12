//! The one error type for everything an editor can get wrong, and its rendering.
//!
//! A [`Diagnostic`] names the file, the line and the column, says what is wrong
//! and, where we can tell, how to fix it. It carries the source text of its file
//! so that it can be shown with a snippet long after loading is done.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// A position in a source file, 1-based, columns counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

impl Pos {
    pub const fn new(line: u32, column: u32) -> Self {
        Pos { line, column }
    }

    /// The start of a file: where problems with the file as a whole point.
    pub const START: Pos = Pos { line: 1, column: 1 };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem found in the site's sources.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the site root where possible.
    pub file: PathBuf,
    /// Where in the file; `None` for problems with no place (an unreadable file).
    pub pos: Option<Pos>,
    pub message: String,
    pub hint: Option<String>,
    /// The file's text, for the snippet; `None` when it could not be read.
    pub source: Option<Arc<str>>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, pos: Option<Pos>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            pos,
            message: message.into(),
            hint: None,
            source: None,
        }
    }

    pub fn warning(file: impl Into<PathBuf>, pos: Option<Pos>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, pos, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_source(mut self, source: Arc<str>) -> Self {
        self.source = Some(source);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column`, or just the file when there is no position.
    pub fn location(&self) -> String {
        match self.pos {
            Some(p) => format!("{}:{}:{}", self.file.display(), p.line, p.column),
            None => self.file.display().to_string(),
        }
    }

    /// Renders in the style of rustc: title, `-->` location, source line with a
    /// caret, and `help:`. `color` adds ANSI colours (only for a terminal).
    pub fn render(&self, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let path = self.file.display().to_string();
        let location = self.location();
        let mut group = Group::with_title(level.primary_title(&self.message));
        let snippet_span = match (&self.source, self.pos) {
            (Some(src), Some(pos)) => line_span(src, pos),
            _ => None,
        };
        match (&self.source, snippet_span) {
            (Some(src), Some((line_start, span))) => {
                let line_end = src[line_start..]
                    .find('\n')
                    .map_or(src.len(), |i| line_start + i);
                let line_text = &src[line_start..line_end];
                let line_no = self.pos.map_or(1, |p| p.line) as usize;
                group = group.element(
                    Snippet::source(line_text)
                        .line_start(line_no)
                        .path(path.as_str())
                        .annotation(AnnotationKind::Primary.span(
                            (span.start - line_start).min(line_text.len())
                                ..(span.end - line_start).min(line_text.len()),
                        )),
                );
            }
            _ => {
                group = group.element(annotate_snippets::Origin::path(location.as_str()));
            }
        }
        let mut report = vec![group];
        if let Some(hint) = &self.hint {
            report.push(Group::with_title(
                Level::HELP.secondary_title(hint.as_str()),
            ));
        }
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        renderer.render(&report).to_string()
    }
}

/// Finds the byte range of the token at `pos` (to the end of the word, at
/// least one character) and the start of its line.
fn line_span(src: &str, pos: Pos) -> Option<(usize, std::ops::Range<usize>)> {
    let line_idx = pos.line.checked_sub(1)? as usize;
    let mut line_start = 0;
    for _ in 0..line_idx {
        line_start += src[line_start..].find('\n')? + 1;
    }
    let line_end = src[line_start..]
        .find('\n')
        .map_or(src.len(), |i| line_start + i);
    let line = src[line_start..line_end].trim_end_matches('\r');
    let col = pos.column.saturating_sub(1) as usize;
    let start = line.char_indices().nth(col).map_or(line.len(), |(i, _)| i);
    let rest = &line[start..];
    let word_len = rest
        .char_indices()
        .find(|(_, c)| c.is_whitespace() || matches!(c, ',' | ']' | '}' | ':'))
        .map_or(rest.len(), |(i, _)| i);
    let len = if word_len == 0 {
        rest.chars().next().map_or(0, char::len_utf8)
    } else {
        word_len
    };
    Some((line_start, line_start + start..line_start + start + len))
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// Shows a path relative to the site root, so messages stay short and the
/// same on every machine.
pub fn relative_to(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Levenshtein distance, for "did you mean" hints.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The known name closest to `wanted`, when it is close enough to be a typo
/// (or shares a prefix, which catches truncated ids).
pub fn closest<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wanted.chars().count() / 3).max(2);
    known
        .into_iter()
        .map(|k| (edit_distance(wanted, k), k))
        .filter(|(d, k)| *d <= limit || (wanted.len() >= 4 && k.starts_with(wanted)))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_finds_typos_and_prefixes() {
        let known = ["disperindag-jatim", "dinsos-probolinggo", "unej-ftp"];
        assert_eq!(
            closest("disperindag-jatm", known),
            Some("disperindag-jatim")
        );
        assert_eq!(closest("dinsos", known), Some("dinsos-probolinggo"));
        assert_eq!(closest("completely-else", known), None);
    }

    #[test]
    fn render_shows_location_snippet_and_help() {
        let src: Arc<str> = Arc::from("title: x\nstat: 2024-01-01\n");
        let d = Diagnostic::error(
            "content/programs/a.yaml",
            Some(Pos::new(2, 1)),
            "unknown field `stat`",
        )
        .with_hint("did you mean `start`?")
        .with_source(src);
        let text = d.render(false);
        assert!(text.contains("error: unknown field `stat`"), "{text}");
        assert!(text.contains("--> content/programs/a.yaml:2:1"), "{text}");
        assert!(text.contains("stat: 2024-01-01"), "{text}");
        assert!(text.contains("^^^^"), "{text}");
        assert!(text.contains("help: did you mean `start`?"), "{text}");
    }

    #[test]
    fn render_without_source_still_names_the_file() {
        let d = Diagnostic::error("content/x.txt", None, "unknown file");
        assert!(d.render(false).contains("content/x.txt"));
    }
}
