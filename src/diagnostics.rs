//! The one error type for everything an editor can get wrong, and its rendering.
//!
//! A [`Diagnostic`] names the file, the line and the column, says what is wrong
//! and, where we can tell, how to fix it. It carries the source text of its file
//! so that it can be shown with a snippet long after loading is done.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::i18n::Text;

mod line_index;
mod print;
mod render;
mod suggest;
pub use line_index::LineIndex;
pub use print::{Summary, in_reading_order, print, print_error, print_help, print_warning};
pub use render::Renderer;
pub use suggest::closest;

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
    /// What is wrong, and how to fix it, in both languages: printed in the
    /// editor's.
    pub message: Text,
    pub hint: Option<Text>,
    /// The file's text, for the snippet; `None` when it could not be read.
    pub source: Option<Arc<str>>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, pos: Option<Pos>, message: impl Into<Text>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            pos,
            message: message.into(),
            hint: None,
            source: None,
        }
    }

    pub fn warning(file: impl Into<PathBuf>, pos: Option<Pos>, message: impl Into<Text>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, pos, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<Text>) -> Self {
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
}

/// Shows a path relative to the site root, so messages stay short and the
/// same on every machine.
pub fn relative_to(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
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
    fn line_index_finds_lines_and_positions() {
        let text = "ab\ncé d\n\nlast";
        let index = LineIndex::new(text);
        assert_eq!(index.pos(text, 7), Pos::new(2, 4));
        assert_eq!(index.pos(text, 0), Pos::new(1, 1));
        assert_eq!(index.pos(text, 3), Pos::new(2, 1), "just after a break");
        assert_eq!(index.pos(text, 99), Pos::new(4, 5), "past the end");
        // Inside a multi-byte character: the character's start.
        assert_eq!(index.pos(text, 5), Pos::new(2, 2));
        // Asked out of order, the same answers.
        assert_eq!(index.pos(text, 2), Pos::new(1, 3));
        assert_eq!(index.pos(text, 8), Pos::new(2, 5));
        assert_eq!(index.line(text, 2), Some("cé d"));
        assert_eq!(index.line(text, 3), Some(""));
        assert_eq!(index.line(text, 4), Some("last"));
        assert_eq!(index.line(text, 5), None);
        assert_eq!(index.line(text, 0), None);
    }
}
