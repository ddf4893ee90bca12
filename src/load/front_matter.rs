//! Splits a Markdown file into its YAML front matter and its body.

/// The parts of a Markdown file with front matter.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the `---` fences.
    pub yaml: &'a str,
    /// The line of the file on which the YAML starts.
    pub yaml_line: u32,
    pub body: &'a str,
    /// The line of the file on which the body starts.
    pub body_line: u32,
}

/// Why a file has no usable front matter, with the line to change.
#[derive(Debug, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not begin with `---`.
    Missing,
    /// A line of dashes meant as a fence but not `---` (`--`, `----`, a
    /// word processor's `—`): its line number and the line as written.
    Mistyped { line: u32, written: String },
    /// A `---` opens the front matter but none closes it: the line where
    /// the text seems to start (the first line that is no `key: value`,
    /// list item, indented line or comment), if one does.
    Unclosed { body_line: Option<u32> },
}

/// Front matter must be the first thing in the file: a `---` line, YAML, and
/// a closing `---` line. A UTF-8 byte order mark and CRLF line ends are fine.
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().ok_or(SplitError::Missing)?;
    if first.trim_end() != "---" {
        return Err(match mistyped_fence(first) {
            Some(written) => SplitError::Mistyped { line: 1, written },
            None => SplitError::Missing,
        });
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for (line_no, line) in (2u32..).zip(lines) {
        if line.trim_end() == "---" {
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[offset + line.len()..],
                body_line: line_no + 1,
            });
        }
        offset += line.len();
    }
    Err(unclosed(text))
}

/// A line that is only dashes, but not three of them: a fence mistyped.
fn mistyped_fence(line: &str) -> Option<String> {
    let written = line.trim();
    let dashes = !written.is_empty() && written.chars().all(|c| matches!(c, '-' | '—' | '–'));
    (dashes && written != "---").then(|| written.to_string())
}

/// Why the front matter opened on line 1 is not closed: a mistyped
/// closing fence, or none at all before the text.
fn unclosed(text: &str) -> SplitError {
    let mut body_line = None;
    for (line_no, line) in (1u32..).zip(text.lines()).skip(1) {
        if let Some(written) = mistyped_fence(line) {
            return SplitError::Mistyped {
                line: line_no,
                written,
            };
        }
        let looks_like_yaml = line.trim().is_empty()
            || line.starts_with([' ', '#', '-'])
            || line.split_once(':').is_some_and(|(key, _)| {
                !key.is_empty() && !key.trim().contains(' ') && !key.starts_with(['[', '{'])
            });
        if body_line.is_none() && !looks_like_yaml {
            body_line = Some(line_no);
        }
    }
    SplitError::Unclosed { body_line }
}

/// A file whose `---` lines are missing or mistyped, said at the line to
/// change.
pub(super) fn fence_error(
    file: &super::SourceFile,
    error: SplitError,
) -> crate::diagnostics::Diagnostic {
    use crate::diagnostics::Pos;
    use crate::msg;
    use SplitError as E;
    match error {
        E::Missing => file
            .error(Some(Pos::START), msg!(FENCE_MISSING))
            .with_hint(msg!(FENCE_MISSING_HINT)),
        E::Mistyped { line, written } => file
            .error(
                Some(Pos::new(line, 1)),
                msg!(FENCE_MISTYPED, written = written),
            )
            .with_hint(msg!(FENCE_MISTYPED_HINT)),
        E::Unclosed {
            body_line: Some(line),
        } => file
            .error(Some(Pos::new(line, 1)), msg!(FENCE_UNCLOSED_BEFORE))
            .with_hint(msg!(FENCE_UNCLOSED_BEFORE_HINT)),
        E::Unclosed { body_line: None } => file
            .error(Some(Pos::START), msg!(FENCE_UNCLOSED))
            .with_hint(msg!(FENCE_UNCLOSED_HINT)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_yaml_and_body_with_line_numbers() {
        let s = split("---\ntitle: A\ndate: 2024-01-01\n---\nBody\n").unwrap();
        assert_eq!(s.yaml, "title: A\ndate: 2024-01-01\n");
        assert_eq!(s.yaml_line, 2);
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line, 5);
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let s = split("\u{feff}---\r\ntitle: A\r\n---\r\nBody").unwrap();
        assert_eq!(s.yaml, "title: A\r\n");
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn reports_missing_and_unclosed() {
        assert_eq!(split("title: A\n"), Err(SplitError::Missing));
        assert_eq!(split(""), Err(SplitError::Missing));
        assert_eq!(
            split("---\ntitle: A\n"),
            Err(SplitError::Unclosed { body_line: None })
        );
        assert_eq!(
            split("---\ntitle: A\ndate: 2024-01-01\n\nIsi berita.\n"),
            Err(SplitError::Unclosed { body_line: Some(5) })
        );
    }

    #[test]
    fn a_mistyped_fence_is_found_on_its_line() {
        for (text, line, written) in [
            ("--\ntitle: A\n---\nIsi\n", 1, "--"),
            ("----\ntitle: A\n----\nIsi\n", 1, "----"),
            ("---\ntitle: A\n--\nIsi\n", 3, "--"),
            ("---\ntitle: A\n——\nIsi\n", 3, "——"),
        ] {
            assert_eq!(
                split(text),
                Err(SplitError::Mistyped {
                    line,
                    written: written.into()
                }),
                "{text:?}"
            );
        }
    }
}
