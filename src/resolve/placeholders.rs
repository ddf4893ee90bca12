//! The example sentences `warta new` writes where the editor's own text goes
//! (src/cli/scaffold/). Left unchanged, a page would go live saying "Tulis
//! berita di sini.", so each one found is reported at its place: an error
//! in a record that is to be published (`draft: false`), a warning in a
//! draft (shown only with `--drafts`) and everywhere in the preview, where
//! the editor is still writing.

use crate::diagnostics::{Diagnostic, LineIndex};
use crate::load::{LoadedSite, RecordFile, SourceFile};
use crate::model::ProgramRecord;
use crate::model::Spanned;
use crate::msg;

use super::BuildOptions;
use super::markdown_lint::LintCache;
use crate::memo::remembered;
use memchr::memmem;
use rayon::prelude::*;

/// Every placeholder sentence of the scaffold files; a test checks each
/// scaffold still writes one of these, so the two cannot drift apart.
pub const PLACEHOLDERS: &[&str] = &[
    "Tulis uraian program di sini.",
    "Tulis berita di sini.",
    "Tulis isi halaman di sini.",
];

/// The word every placeholder begins with: a build looks for it alone, in
/// one pass over each body (three searches for the sentences were a tenth
/// of resolving 10,000 news items), and compares the sentences only where
/// it is.
const FIRST_WORD: &str = "Tulis ";

/// The first placeholder in `text`, with its byte offset.
fn find(text: &str) -> Option<(usize, &'static str)> {
    memmem::find_iter(text.as_bytes(), FIRST_WORD).find_map(|at| {
        let rest = &text.as_bytes()[at..];
        PLACEHOLDERS
            .iter()
            .find(|p| rest.starts_with(p.as_bytes()))
            .map(|p| (at, *p))
    })
}

/// One placeholder found, reported as this build wants it.
fn report(
    file: &SourceFile,
    pos: crate::diagnostics::Pos,
    text: &'static str,
    as_error: bool,
) -> Diagnostic {
    let message = msg!(PLACEHOLDER_LEFT, text = text);
    let d = if as_error {
        file.error(Some(pos), message)
    } else {
        file.warning(Some(pos), message)
    };
    d.with_hint(msg!(PLACEHOLDER_LEFT_HINT))
}

/// [`find`] in the Markdown at `place` of the file of version `version`,
/// remembered by the preview (`lints`) until the file changes.
fn find_cached(
    lints: Option<&LintCache>,
    version: u64,
    place: (usize, usize),
    text: &str,
) -> Option<(usize, &'static str)> {
    let memo = lints.map(|l| &l.placeholders);
    remembered(memo, (version, place.0, place.1), || find(text))
}

/// Checks the Markdown of every record this build may publish: the bodies
/// of news and pages, and programs' `description`. Drafts are looked at
/// only when they are built (`--drafts`, the preview).
pub fn check(
    loaded: &LoadedSite,
    options: &BuildOptions,
    lints: Option<&LintCache>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let news = loaded
        .news
        .iter()
        .map(|f| (&f.file, &f.body, f.front.draft));
    let pages = loaded
        .pages
        .iter()
        .map(|f| (&f.file, &f.body, f.front.draft));
    // Side by side, the reports in the files' order.
    let bodies: Vec<_> = news.chain(pages).collect();
    let found: Vec<Diagnostic> = bodies
        .par_iter()
        .filter_map(|(file, body, draft)| in_body(file, body, *draft, options, lints))
        .collect();
    diagnostics.extend(found);
    for f in &loaded.programs {
        in_program(f, options, lints, diagnostics);
    }
}

/// Whether a placeholder in a record stops this build.
fn stops(draft: bool, options: &BuildOptions) -> bool {
    !(draft || options.preview)
}

/// Whether a record is looked at by this build.
fn looked_at(draft: bool, options: &BuildOptions) -> bool {
    !draft || options.drafts
}

/// [`check`] of one news item's or page's body (the bytes `body` of `file`):
/// its report, if any.
pub fn in_body(
    file: &SourceFile,
    body: &std::ops::Range<usize>,
    draft: bool,
    options: &BuildOptions,
    lints: Option<&LintCache>,
) -> Option<Diagnostic> {
    let source = file.text.get(body.clone())?;
    let place = (body.start, body.end);
    let (at, text) = find_cached(lints, file.version, place, source)?;
    looked_at(draft, options).then(|| {
        let pos = LineIndex::new(&file.text).pos(&file.text, body.start + at);
        report(file, pos, text, stops(draft, options))
    })
}

/// [`check`] of one program's `description`.
pub fn in_program(
    f: &RecordFile<ProgramRecord>,
    options: &BuildOptions,
    lints: Option<&LintCache>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let Some(Spanned { value, pos }) = &f.record.description else {
        return;
    };
    let place = (pos.line as usize, pos.column as usize);
    let Some((at, text)) = find_cached(lints, f.file.version, place, value) else {
        return;
    };
    if looked_at(f.record.draft, options) {
        let pos = crate::load::yaml::place::in_value(&f.file.text, *pos, value, at);
        diagnostics.push(report(&f.file, pos, text, stops(f.record.draft, options)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_begins_with_the_word_looked_for() {
        for p in PLACEHOLDERS {
            assert!(p.starts_with(FIRST_WORD), "{p}");
        }
    }

    #[test]
    fn finds_the_first_placeholder_after_other_uses_of_its_word() {
        let text = "Tulis surat. Tulis isi halaman di sini. Tulis berita di sini.";
        assert_eq!(find(text), Some((13, "Tulis isi halaman di sini.")));
        assert_eq!(find("Tulis surat. Tulis"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn every_scaffold_writes_a_placeholder_this_check_knows() {
        for scaffold in [
            include_str!("../cli/scaffold/program.yaml"),
            include_str!("../cli/scaffold/news.md"),
            include_str!("../cli/scaffold/page.md"),
        ] {
            assert!(find(scaffold).is_some(), "{scaffold}");
        }
    }
}
