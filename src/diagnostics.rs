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
        // The source line, cropped when long, and the mark in it.
        let mut line_len = 0;
        let mut cropped_place = None;
        let line = match (&self.source, snippet_span) {
            (Some(src), Some((line_start, span))) => {
                let line_end = src[line_start..]
                    .find('\n')
                    .map_or(src.len(), |i| line_start + i);
                let line_text = &src[line_start..line_end];
                line_len = line_text.len();
                Some(crop(
                    line_text,
                    (span.start - line_start).min(line_text.len())
                        ..(span.end - line_start).min(line_text.len()),
                ))
            }
            _ => None,
        };
        match &line {
            Some((shown, marked)) => {
                let line_no = self.pos.map_or(1, |p| p.line) as usize;
                let snippet = Snippet::source(shown.as_ref())
                    .line_start(line_no)
                    .annotation(AnnotationKind::Primary.span(marked.clone()));
                group = group.element(snippet.path(path.as_str()));
                if shown.len() != line_len {
                    // The renderer counts the column in the cropped line;
                    // the `-->` line must name the real one.
                    let col = shown[..marked.start].chars().count() + 1;
                    cropped_place = Some(format!("{path}:{line_no}:{col}"));
                }
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
        let text = renderer.render(&report).to_string();
        match cropped_place {
            Some(place) => text.replacen(&place, &location, 1),
            None => text,
        }
    }
}

/// Lines longer than this are shown cropped around the mark.
const SHOWN_LINE_BYTES: usize = 240;

/// A long line cut down to the part around `mark` (with `…` where text was
/// left out), and the mark's range in it. Rendering a snippet costs time in
/// proportion to the line: a file with one 200 KB line and thousands of
/// problems on it took minutes before.
fn crop(
    line: &str,
    mark: std::ops::Range<usize>,
) -> (std::borrow::Cow<'_, str>, std::ops::Range<usize>) {
    if line.len() <= SHOWN_LINE_BYTES {
        return (line.into(), mark);
    }
    let boundary_down = |mut i: usize| {
        while !line.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let boundary_up = |mut i: usize| {
        while !line.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let half = SHOWN_LINE_BYTES / 2;
    let start = boundary_down(mark.start.saturating_sub(half / 2));
    let end = boundary_up((mark.end.max(start) + half).min(line.len()));
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < line.len() { "…" } else { "" };
    let shown = format!("{prefix}{}{suffix}", &line[start..end]);
    let offset = prefix.len();
    let from = mark.start - start + offset;
    let to = (mark.end.min(end) - start + offset).max(from);
    (shown.into(), from..to)
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
    // Columns count characters; in ASCII text (nearly always) they are
    // bytes, and checking that is much faster than counting characters on a
    // long line, once per problem on it.
    let start = if line.as_bytes()[..col.min(line.len())].is_ascii() {
        col.min(line.len())
    } else {
        line.char_indices().nth(col).map_or(line.len(), |(i, _)| i)
    };
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
    fn long_lines_are_shown_cropped_around_the_mark() {
        let line = format!(
            "programs: [{}]",
            (0..5000)
                .map(|i| format!("p-{i}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let at = line.find("p-2500").unwrap();
        let d = Diagnostic::error(
            "content/news/x.md",
            Some(Pos::new(1, at as u32 + 1)),
            "no program `p-2500`",
        )
        .with_source(Arc::from(format!("{line}\n").as_str()));
        let text = d.render(false);
        assert!(text.contains("1 | …"), "{text}");
        assert!(text.len() < 1000, "{text}");
        assert!(
            text.contains(&format!("--> content/news/x.md:1:{}\n", at + 1)),
            "the real column: {text}"
        );
        let marked: Vec<char> = text
            .lines()
            .find(|l| l.contains('^'))
            .unwrap()
            .chars()
            .collect();
        let source: Vec<char> = text
            .lines()
            .find(|l| l.contains("p-2500,"))
            .unwrap()
            .chars()
            .collect();
        let col = marked.iter().position(|c| *c == '^').unwrap();
        assert_eq!(
            source[col..col + 6].iter().collect::<String>(),
            "p-2500",
            "{text}"
        );
        // Multi-byte text near the cut.
        let wide = "é".repeat(400);
        let d = Diagnostic::error("a.yaml", Some(Pos::new(1, 201)), "x")
            .with_source(Arc::from(wide.as_str()));
        assert!(d.render(false).contains('é'));
    }

    #[test]
    fn render_without_source_still_names_the_file() {
        let d = Diagnostic::error("content/x.txt", None, "unknown file");
        assert!(d.render(false).contains("content/x.txt"));
    }
}
