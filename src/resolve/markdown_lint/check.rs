//! The lint's findings reported at their lines and columns in the
//! editor's file, remembered by the preview between rebuilds.

use std::sync::Arc;

use crate::diagnostics::{LineIndex, Pos};
use crate::memo::{Memo, remembered};

use super::super::checks::Checker;
use super::super::markdown_text::WrittenLink;
use super::{Finding, Linted, lint};

/// `lint` results by file version and place, kept by the preview between
/// rebuilds (`pipeline::Caches`): resolve runs on every rebuild, but a body
/// needs linting only when its file changed.
#[derive(Default)]
pub struct LintCache {
    lints: Memo<Place, Linted>,
    /// The scaffold's example sentence each body holds, if any
    /// (`placeholders`): searching every body for it took half of a
    /// rebuild's resolve at 10,000 news.
    pub(in crate::resolve) placeholders: Memo<Place, Option<(usize, &'static str)>>,
}

/// A Markdown text's file version and place in the file.
type Place = (u64, usize, usize);

fn lint_cached(
    cache: Option<&LintCache>,
    version: u64,
    place: (usize, usize),
    source: &str,
) -> Linted {
    remembered(cache.map(|c| &c.lints), (version, place.0, place.1), || {
        lint(source)
    })
}

/// One finding (not the budget's error) at its place in the file.
fn report(c: &mut Checker, pos: Pos, f: Finding) {
    if f.required {
        c.required(pos, f.message, f.hint);
    } else {
        c.warning(pos, f.message, f.hint);
    }
}

/// Checks a Markdown body that is a range of its file (news, pages);
/// gives its links inside the site ([`Linted::links`]).
pub fn check_body(
    c: &mut Checker,
    body: std::ops::Range<usize>,
    cache: Option<&LintCache>,
) -> Arc<[WrittenLink]> {
    let text = c.file.text.clone();
    let Some(source) = text.get(body.clone()) else {
        return Arc::new([]);
    };
    let Linted { found, links } =
        lint_cached(cache, c.file.version, (body.start, body.end), source);
    if found.as_ref().is_ok_and(Vec::is_empty) {
        return links;
    }
    let lines = LineIndex::new(&text);
    match found {
        Ok(found) => {
            for f in found {
                report(c, lines.pos(&text, body.start + f.offset), f);
            }
        }
        Err(f) => c.error(lines.pos(&text, body.start + f.offset), f.message, f.hint),
    }
    links
}

/// Checks a Markdown value of a YAML record (a program's `description`),
/// given where its value starts: each problem at its own line and column in
/// the file, whatever the value's style (`|`, `>`, quoted).
/// Gives its links inside the site ([`Linted::links`]).
pub fn check_value(
    c: &mut Checker,
    value_pos: Pos,
    source: &str,
    cache: Option<&LintCache>,
) -> Arc<[WrittenLink]> {
    let place = (value_pos.line as usize, value_pos.column as usize);
    let Linted { found, links } = lint_cached(cache, c.file.version, place, source);
    if found.as_ref().is_ok_and(Vec::is_empty) {
        return links;
    }
    let text = c.file.text.clone();
    let findings = match &found {
        Ok(found) => found.as_slice(),
        Err(over) => std::slice::from_ref(over),
    };
    let offsets: Vec<usize> = findings.iter().map(|f| f.offset).collect();
    let places = crate::load::yaml::place::in_value_all(&text, value_pos, source, &offsets);
    match found {
        Ok(found) => {
            for (f, pos) in found.into_iter().zip(places) {
                report(c, pos, f);
            }
        }
        Err(f) => c.error(places[0], f.message, f.hint),
    }
    links
}
