//! What a build says when it ends: its diagnostics, the closing line, the
//! line about what it left out, and the exit code.

use std::path::Path;

use super::{BuildError, BuildReport};
use crate::resolve;

/// The line after `build`'s summary that says what it did not publish, so
/// that an editor whose page is missing knows why.
fn left_out_line(left_out: resolve::LeftOut) -> Option<crate::i18n::Text> {
    use crate::msg;
    let resolve::LeftOut { drafts, future } = left_out;
    match (drafts, future) {
        (0, 0) => None,
        (drafts, 0) => Some(msg!(LEFT_OUT_DRAFTS, drafts = drafts)),
        (0, future) => Some(msg!(LEFT_OUT_FUTURE, future = future)),
        (drafts, future) => Some(msg!(LEFT_OUT_BOTH, drafts = drafts, future = future)),
    }
}

/// Prints what a build did (its diagnostics and the closing line) in the
/// editor's `language`, for `warta build` and every rebuild of `build
/// --watch`; returns the exit code: 0 built, 1 content errors or a disk
/// problem, 2 a usage error.
pub fn print_result(
    result: Result<BuildReport, BuildError>,
    output: &Path,
    language: crate::i18n::Language,
) -> i32 {
    use crate::diagnostics::{Summary, print, print_error};
    match result {
        Ok(report) => {
            let summary = Summary::Built {
                pages: report.pages,
                seconds: report.seconds,
                unchanged: report.unchanged,
            };
            print(&report.warnings, &summary, language);
            if let Some(line) = left_out_line(report.left_out) {
                eprintln!("{}", line.get(language));
            }
            0
        }
        Err(BuildError::Content(diagnostics)) => {
            print(&diagnostics, &Summary::BuildFailed { output }, language);
            1
        }
        Err(BuildError::Usage(message)) => {
            print_error(&message, language);
            2
        }
        Err(BuildError::Io(message)) => {
            print_error(&message, language);
            1
        }
    }
}
