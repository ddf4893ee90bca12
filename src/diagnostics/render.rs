//! A diagnostic as the editor sees it, in the style of rustc: title,
//! `-->` place, the source line with a mark under the mistake, and `help:`,
//! in the editor's language.

use std::fmt;
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Group, Level, Snippet};

use super::{Diagnostic, LineIndex, Pos, Severity};
use crate::i18n::Language;

impl Diagnostic {
    /// Renders in the style of rustc, in `language`: title, `-->` location,
    /// source line with a caret, and `help:`. `color` adds ANSI colours
    /// (only for a terminal). Finds the line by reading the file from its
    /// start: to render many problems of one file, use [`Renderer`], which
    /// does that once.
    pub fn render(&self, color: bool, language: Language) -> String {
        let index = self.source.as_deref().map(LineIndex::new);
        self.render_with(index.as_ref(), color, language)
    }

    /// [`Diagnostic::render`] with the line index of [`Diagnostic::source`]
    /// made already (`None` when there is no source).
    fn render_with(&self, index: Option<&LineIndex>, color: bool, language: Language) -> String {
        let say =
            |m: &crate::i18n::messages::Message| crate::i18n::Arg::say(m, language).into_owned();
        let level = match self.severity {
            Severity::Error => Level::ERROR.with_name(say(&crate::i18n::messages::SEVERITY_ERROR)),
            Severity::Warning => {
                Level::WARNING.with_name(say(&crate::i18n::messages::SEVERITY_WARNING))
            }
        };
        let path = self.file.display().to_string();
        let location = self.location();
        let mut group = Group::with_title(level.primary_title(self.message.get(language)));
        // The source line, cropped when long, and the mark in it.
        let mut line_len = 0;
        let mut cropped_place = None;
        let line = match (&self.source, index, self.pos) {
            (Some(src), Some(index), Some(pos)) => index.line(src, pos.line).map(|line_text| {
                let span = mark_span(line_text, pos);
                line_len = line_text.len();
                crop(line_text, span)
            }),
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
                Level::HELP
                    .with_name(say(&crate::i18n::messages::SEVERITY_HELP))
                    .secondary_title(hint.get(language)),
            ));
        }
        let renderer = if color {
            annotate_snippets::Renderer::styled()
        } else {
            annotate_snippets::Renderer::plain()
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
/// proportion to the line: with whole lines shown, a file with one 200 KB
/// line and thousands of problems on it takes minutes.
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

/// The byte range, in its line, of the token at `pos` (to the end of the
/// word, at least one character).
fn mark_span(line_text: &str, pos: Pos) -> std::ops::Range<usize> {
    let line = line_text.trim_end_matches('\r');
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
    start..start + len
}

/// Renders diagnostics one after another, making the line index of each
/// file once (for a run of diagnostics of the same file, as a sorted list
/// has them) rather than once per diagnostic.
pub struct Renderer {
    color: bool,
    language: Language,
    index: Option<(Arc<str>, LineIndex)>,
}

impl Renderer {
    /// `color` adds ANSI colours (only for a terminal).
    pub fn new(color: bool, language: Language) -> Self {
        Renderer {
            color,
            language,
            index: None,
        }
    }

    pub fn render(&mut self, diagnostic: &Diagnostic) -> String {
        let Some(source) = &diagnostic.source else {
            return diagnostic.render_with(None, self.color, self.language);
        };
        let same = matches!(&self.index, Some((known, _)) if Arc::ptr_eq(known, source));
        if !same {
            self.index = Some((source.clone(), LineIndex::new(source)));
        }
        let index = self.index.as_ref().map(|(_, index)| index);
        diagnostic.render_with(index, self.color, self.language)
    }
}

/// In English, for tests and logs; an editor is shown [`Diagnostic::render`]
/// in their language.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false, Language::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let text = d.render(false, Language::En);
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
        let text = d.render(false, Language::En);
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
        assert!(d.render(false, Language::En).contains('é'));
    }

    #[test]
    fn the_renderer_shares_an_index_and_renders_the_same() {
        let src: Arc<str> = Arc::from("satu\r\ndua tiga\nempat");
        let other: Arc<str> = Arc::from("lain\n");
        let ds = [
            Diagnostic::warning("a.md", Some(Pos::new(2, 5)), "x").with_source(src.clone()),
            Diagnostic::warning("a.md", Some(Pos::new(1, 1)), "y").with_source(src.clone()),
            Diagnostic::warning("b.md", Some(Pos::new(1, 2)), "z").with_source(other),
            Diagnostic::warning("a.md", Some(Pos::new(3, 1)), "w").with_source(src),
            Diagnostic::error("c.md", None, "v"),
        ];
        let mut renderer = Renderer::new(false, Language::En);
        for d in &ds {
            assert_eq!(renderer.render(d), d.render(false, Language::En));
        }
        assert!(ds[0].render(false, Language::En).contains("dua tiga"));
        assert!(ds[3].render(false, Language::En).contains("empat"));
    }

    #[test]
    fn render_without_source_still_names_the_file() {
        let d = Diagnostic::error("content/x.txt", None, "unknown file");
        assert!(d.render(false, Language::En).contains("content/x.txt"));
    }
}
