//! Printing a run's diagnostics and the one line that closes it. Every
//! command (build, check, serve, build --watch) prints through [`print`], so
//! the order, the colours, the counting and the summary sentences are the
//! same everywhere, and the sentences come from the strings table.

use std::io::IsTerminal;
use std::path::Path;

use super::{Diagnostic, Renderer};
use crate::i18n::{Language, ui_strings};

/// The line that closes a run, after its diagnostics.
#[derive(Debug)]
pub enum Summary<'a> {
    /// `warta build` wrote the site (or found it already written).
    Built {
        pages: usize,
        seconds: f64,
        unchanged: bool,
        language: Language,
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
        language: Language,
    },
    /// A preview rebuild found errors; the browser shows them.
    RebuildFailed,
}

impl Summary<'_> {
    /// The site's language when the run knows it (a site was built); else
    /// English, the language of the diagnostics printed above it.
    pub fn language(&self) -> Language {
        match self {
            Summary::Built { language, .. } | Summary::Rebuilt { language, .. } => *language,
            _ => Language::En,
        }
    }

    /// The summary sentence, its numbers counted from `diagnostics`.
    pub fn sentence(&self, diagnostics: &[Diagnostic]) -> String {
        let language = self.language();
        let strings = ui_strings(language);
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = diagnostics.len() - errors;
        let seconds = |s: f64| match language {
            Language::Id => format!("{s:.2}").replace('.', ","),
            Language::En => format!("{s:.2}"),
        };
        let key = match self {
            Summary::Built {
                unchanged: true, ..
            } => "summary_built_unchanged",
            Summary::Built { .. } => "summary_built",
            Summary::BuildFailed { .. } if warnings > 0 => "summary_build_failed_with_warnings",
            Summary::BuildFailed { .. } => "summary_build_failed",
            Summary::CheckClean => "summary_check_clean",
            Summary::CheckWarned => "summary_check_warned",
            Summary::CheckFailed => "summary_check_failed",
            Summary::Rebuilt { .. } => "summary_rebuilt",
            Summary::RebuildFailed => "summary_rebuild_failed",
        };
        let mut sentence = strings[key]
            .replace("{errors}", &errors.to_string())
            .replace("{warnings}", &warnings.to_string());
        match self {
            Summary::Built {
                pages, seconds: s, ..
            } => {
                sentence = sentence
                    .replace("{pages}", &pages.to_string())
                    .replace("{seconds}", &seconds(*s));
            }
            Summary::Rebuilt {
                pages,
                reused,
                seconds: s,
                ..
            } => {
                sentence = sentence
                    .replace("{pages}", &pages.to_string())
                    .replace("{reused}", &reused.to_string())
                    .replace("{ms}", &format!("{:.0}", s * 1000.0));
            }
            Summary::BuildFailed { output } => {
                sentence = sentence.replace("{output}", &output.display().to_string());
            }
            _ => {}
        }
        sentence
    }
}

/// Colour only for a terminal, and never when NO_COLOR is set.
fn color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Prints `diagnostics` to stderr, sorted by file, line and column, then
/// the summary line.
pub fn print(diagnostics: &[Diagnostic], summary: &Summary) {
    let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
    sorted.sort_by(|a, b| {
        (&a.file, a.pos.map(|p| (p.line, p.column)))
            .cmp(&(&b.file, b.pos.map(|p| (p.line, p.column))))
    });
    let mut renderer = Renderer::new(color(), Language::En);
    for d in sorted {
        eprintln!("{}\n", renderer.render(d));
    }
    eprintln!("{}", summary.sentence(diagnostics));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::ui_strings;

    /// Every `{name}` a summary sentence fills in, in the order written.
    fn placeholders(sentence: &str) -> Vec<&str> {
        sentence
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn both_languages_of_a_summary_fill_in_the_same_numbers() {
        let (id, en) = (ui_strings(Language::Id), ui_strings(Language::En));
        let keys: Vec<&str> = id
            .keys()
            .copied()
            .filter(|k| k.starts_with("summary_"))
            .collect();
        assert_eq!(keys.len(), 9, "{keys:?}");
        for key in keys {
            let mut a = placeholders(id[key]);
            let mut b = placeholders(en[key]);
            a.sort_unstable();
            b.sort_unstable();
            assert_eq!(a, b, "{key}");
        }
    }

    #[test]
    fn the_summary_counts_and_speaks_the_site_language() {
        let built = |language| Summary::Built {
            pages: 3,
            seconds: 1.5,
            unchanged: false,
            language,
        };
        assert_eq!(
            built(Language::Id).sentence(&[]),
            "Selesai: 3 halaman dalam 1,50 detik"
        );
        assert_eq!(built(Language::En).sentence(&[]), "Built 3 pages in 1.50 s");
        let found = [
            Diagnostic::error("a.md", None, "bad"),
            Diagnostic::warning("b.md", None, "odd"),
        ];
        let failed = Summary::BuildFailed {
            output: Path::new("public"),
        };
        assert_eq!(
            failed.sentence(&found),
            "error: the build found 1 error(s) and 1 warning(s); nothing was written, public is unchanged"
        );
        assert_eq!(
            Summary::CheckFailed.sentence(&found),
            "error: 1 problem(s) found"
        );
    }
}
