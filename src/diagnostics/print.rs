//! Printing a run's diagnostics and the one line that closes it. Every
//! command (build, check, serve, build --watch) prints through [`print`], so
//! the order, the colours, the counting and the summary sentences are the
//! same everywhere, and the sentences come from the strings table.

use std::io::IsTerminal;
use std::path::Path;

use super::{Diagnostic, Renderer};
use crate::i18n::{Language, Text};
use crate::msg;

/// The line that closes a run, after its diagnostics.
#[derive(Debug)]
pub enum Summary<'a> {
    /// `warta build` wrote the site (or found it already written).
    Built {
        pages: usize,
        seconds: f64,
        unchanged: bool,
    },
    /// `warta build` found errors; `output` was left as it was.
    BuildFailed { output: &'a Path },
    /// `warta check` found nothing.
    CheckClean,
    /// `warta check` found warnings only (they count: a check is for
    /// finding what to fix before publishing).
    CheckWarned,
    /// `warta check` found errors.
    CheckFailed,
    /// A preview rebuild after a save.
    Rebuilt {
        pages: usize,
        reused: usize,
        seconds: f64,
    },
    /// A preview rebuild found errors; the browser shows them.
    RebuildFailed,
}

impl Summary<'_> {
    /// The summary sentence in `language`, its numbers counted from
    /// `diagnostics`.
    pub fn sentence(&self, diagnostics: &[Diagnostic], language: Language) -> String {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = diagnostics.len() - errors;
        let seconds = |s: f64| match language {
            Language::Id => format!("{s:.2}").replace('.', ","),
            Language::En => format!("{s:.2}"),
        };
        let text = match *self {
            Summary::Built {
                pages,
                seconds: s,
                unchanged: true,
            } => msg!(SUMMARY_BUILT_UNCHANGED, pages = pages, seconds = seconds(s)),
            Summary::Built {
                pages, seconds: s, ..
            } => msg!(SUMMARY_BUILT, pages = pages, seconds = seconds(s)),
            Summary::BuildFailed { output } if warnings > 0 => msg!(
                SUMMARY_BUILD_FAILED_WITH_WARNINGS,
                errors = errors,
                warnings = warnings,
                output = output.display().to_string()
            ),
            Summary::BuildFailed { output } => msg!(
                SUMMARY_BUILD_FAILED,
                errors = errors,
                output = output.display().to_string()
            ),
            Summary::CheckClean => msg!(SUMMARY_CHECK_CLEAN),
            Summary::CheckWarned => msg!(SUMMARY_CHECK_WARNED, warnings = warnings),
            Summary::CheckFailed => msg!(SUMMARY_CHECK_FAILED, errors = errors),
            Summary::Rebuilt {
                pages,
                reused,
                seconds: s,
            } => msg!(
                SUMMARY_REBUILT,
                pages = pages,
                reused = reused,
                ms = format!("{:.0}", s * 1000.0)
            ),
            Summary::RebuildFailed => msg!(SUMMARY_REBUILD_FAILED, errors = errors),
        };
        text.get(language).to_string()
    }
}

/// Prints a problem that is not in a file (a folder that does not exist, an
/// output warta may not replace): `error: ...` in the editor's language.
pub fn print_error(message: &Text, language: Language) {
    print_labelled(&crate::i18n::messages::SEVERITY_ERROR, message, language);
}

/// [`print_error`] for a warning.
pub fn print_warning(message: &Text, language: Language) {
    print_labelled(&crate::i18n::messages::SEVERITY_WARNING, message, language);
}

/// The `help: ...` line after a [`print_error`].
pub fn print_help(hint: &Text, language: Language) {
    print_labelled(&crate::i18n::messages::SEVERITY_HELP, hint, language);
}

fn print_labelled(label: &crate::i18n::messages::Message, text: &Text, language: Language) {
    let label = crate::i18n::Arg::say(label, language);
    eprintln!("{label}: {}", text.get(language));
}

/// Colour only for a terminal, and never when NO_COLOR is set.
fn color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// `diagnostics` by file, line and column, the order an editor reads
/// them in (the terminal and the preview's overlay alike): load's and
/// resolve's problems are found in different passes, and the first listed
/// should be the first in the files, not the first found.
pub fn in_reading_order(diagnostics: &[Diagnostic]) -> Vec<&Diagnostic> {
    let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
    sorted.sort_by(|a, b| {
        (&a.file, a.pos.map(|p| (p.line, p.column)))
            .cmp(&(&b.file, b.pos.map(|p| (p.line, p.column))))
    });
    sorted
}

/// Prints `diagnostics` to stderr in the editor's `language`, sorted by
/// file, line and column, then the summary line.
pub fn print(diagnostics: &[Diagnostic], summary: &Summary, language: Language) {
    let mut renderer = Renderer::new(color(), language);
    for d in in_reading_order(diagnostics) {
        eprintln!("{}\n", renderer.render(d));
    }
    eprintln!("{}", summary.sentence(diagnostics, language));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_read_by_file_then_line_then_column() {
        let at = |file: &str, line, column| {
            Diagnostic::error(file, Some(crate::diagnostics::Pos::new(line, column)), "x")
        };
        let found = [
            at("content/programs/a.yaml", 1, 8),
            at("content/news/b.md", 7, 12),
            at("content/news/b.md", 3, 1),
            Diagnostic::error("content/news/b.md", None, "x"),
        ];
        let order: Vec<String> = in_reading_order(&found)
            .iter()
            .map(|d| d.location())
            .collect();
        assert_eq!(
            order,
            [
                "content/news/b.md",
                "content/news/b.md:3:1",
                "content/news/b.md:7:12",
                "content/programs/a.yaml:1:8"
            ]
        );
    }
    #[test]
    fn the_summary_counts_and_speaks_the_editors_language() {
        let built = Summary::Built {
            pages: 3,
            seconds: 1.5,
            unchanged: false,
        };
        assert_eq!(
            built.sentence(&[], Language::Id),
            "Selesai: 3 halaman dalam 1,50 detik"
        );
        assert_eq!(built.sentence(&[], Language::En), "Built 3 pages in 1.50 s");
        let found = [
            Diagnostic::error("a.md", None, "bad"),
            Diagnostic::warning("b.md", None, "odd"),
        ];
        let failed = Summary::BuildFailed {
            output: Path::new("public"),
        };
        assert_eq!(
            failed.sentence(&found, Language::En),
            "error: the build found 1 error(s) and 1 warning(s); nothing was written, public is unchanged"
        );
        assert_eq!(
            failed.sentence(&found, Language::Id),
            "kesalahan: ditemukan 1 kesalahan dan 1 peringatan; tidak ada yang ditulis, public tetap utuh"
        );
        assert_eq!(
            Summary::CheckFailed.sentence(&found, Language::En),
            "error: 1 problem(s) found"
        );
    }
}
