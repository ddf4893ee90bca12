//! Checks on Markdown bodies that make pages hard to use for some readers:
//! an image without a description, a heading that skips a level, a link
//! without an address or without text. They are warnings (errors under
//! `warta build --strict`), each at its line in the editor's file, except
//! an image without a description: as for every photo, that is an error in
//! a build and a warning in the preview ([`Checker::required`]).
//!
//! Every body is shown under the page's own `<h1>` (the title), so its first
//! heading should be `##`, and a `#` heading in a body is reported too.
//!
//! This is the first pass over every Markdown text, before any is rendered,
//! so it is also where the limits of `markdown_budget` are checked: a text
//! over them is an error, and the build stops before rendering it.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::diagnostics::{LineIndex, Pos};
use crate::i18n::Text;
use crate::memo::{Memo, remembered};
use crate::msg;

use super::checks::Checker;
use super::markdown_budget;
use super::site::MARKDOWN_OPTIONS;

/// One problem, at a byte offset of the Markdown source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub offset: usize,
    pub message: Text,
    pub hint: Text,
    /// Reported by [`Checker::required`], not as a warning.
    pub required: bool,
}

fn level(l: HeadingLevel) -> usize {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// What is inside a link or an image, while it is open.
struct Open {
    offset: usize,
    dest_empty: bool,
    text: String,
    /// A link that holds an image with a description has a name.
    has_named_image: bool,
}

/// Finds the problems of a Markdown body; `Err` when it is over the
/// budget of [`markdown_budget`] (an error, where the rest are warnings).
pub fn lint(source: &str) -> Result<Vec<Finding>, Finding> {
    if let Some(too_long) = markdown_budget::over_size(source) {
        return Err(too_long);
    }
    let mut elements = 0usize;
    let mut found = Vec::new();
    let mut previous = 1; // the page's title
    let mut links: Vec<Open> = Vec::new();
    let mut images: Vec<Open> = Vec::new();
    for (event, range) in Parser::new_ext(source, MARKDOWN_OPTIONS).into_offset_iter() {
        elements += 1;
        if elements > markdown_budget::MAX_MARKDOWN_ELEMENTS {
            return Err(markdown_budget::too_many_elements(range.start));
        }
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &event
            && !dest_url.is_empty()
            && crate::site_url::kind(dest_url) == crate::site_url::UrlKind::Refused
        {
            // The page shows `#` in its place (render/markdown.rs).
            found.push(Finding {
                offset: range.start,
                message: msg!(LINT_ADDRESS_REFUSED, url = dest_url.as_ref()),
                hint: msg!(LINT_ADDRESS_REFUSED_HINT),
                required: false,
            });
        }
        match event {
            Event::Start(Tag::Heading { level: l, .. }) => {
                let l = level(l);
                if l == 1 {
                    found.push(Finding {
                        offset: range.start,
                        message: msg!(LINT_HEADING_LEVEL_ONE),
                        hint: msg!(LINT_HEADING_LEVEL_ONE_HINT),
                        required: false,
                    });
                } else if l > previous + 1 {
                    let marks = "#".repeat(l);
                    let message = if previous == 1 {
                        msg!(LINT_FIRST_HEADING_TOO_DEEP, level = l, marks = marks)
                    } else {
                        msg!(
                            LINT_HEADING_SKIPS,
                            level = l,
                            marks = marks,
                            previous = previous
                        )
                    };
                    found.push(Finding {
                        offset: range.start,
                        message,
                        hint: msg!(LINT_HEADING_HINT, marks = "#".repeat(previous + 1)),
                        required: false,
                    });
                }
                previous = l;
            }
            Event::Start(Tag::Link { dest_url, .. }) => links.push(Open {
                offset: range.start,
                dest_empty: dest_url.trim().is_empty(),
                text: String::new(),
                has_named_image: false,
            }),
            Event::Start(Tag::Image { .. }) => images.push(Open {
                offset: range.start,
                dest_empty: false,
                text: String::new(),
                has_named_image: false,
            }),
            Event::Text(t) | Event::Code(t) => {
                if let Some(i) = images.last_mut() {
                    i.text.push_str(&t);
                } else if let Some(l) = links.last_mut() {
                    l.text.push_str(&t);
                }
            }
            Event::End(TagEnd::Image) => {
                if let Some(i) = images.pop() {
                    let named = !i.text.trim().is_empty();
                    if named {
                        if let Some(l) = links.last_mut() {
                            l.has_named_image = true;
                        }
                    } else {
                        found.push(Finding {
                            offset: i.offset,
                            message: msg!(LINT_IMAGE_NO_ALT),
                            hint: msg!(LINT_IMAGE_NO_ALT_HINT),
                            required: true,
                        });
                    }
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some(l) = links.pop() {
                    let no_text = l.text.trim().is_empty() && !l.has_named_image;
                    if l.dest_empty {
                        found.push(Finding {
                            offset: l.offset,
                            message: msg!(LINT_LINK_NO_ADDRESS),
                            hint: msg!(LINT_LINK_NO_ADDRESS_HINT),
                            required: false,
                        });
                    } else if no_text {
                        found.push(Finding {
                            offset: l.offset,
                            message: msg!(LINT_LINK_NO_TEXT),
                            hint: msg!(LINT_LINK_NO_TEXT_HINT),
                            required: false,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    Ok(found)
}

/// `lint` results by file version and place, kept by the preview between
/// rebuilds (`pipeline::Caches`): resolve runs on every rebuild, but a body
/// needs linting only when its file changed.
#[derive(Default)]
pub struct LintCache {
    lints: Memo<Place, Result<Vec<Finding>, Finding>>,
    /// The scaffold's example sentence each body holds, if any
    /// (`placeholders`): searching every body for it took half of a
    /// rebuild's resolve at 10,000 news.
    pub(super) placeholders: Memo<Place, Option<(usize, &'static str)>>,
}

/// A Markdown text's file version and place in the file.
type Place = (u64, usize, usize);

fn lint_cached(
    cache: Option<&LintCache>,
    version: u64,
    place: (usize, usize),
    source: &str,
) -> Result<Vec<Finding>, Finding> {
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

/// Checks a Markdown body that is a range of its file (news, pages).
pub fn check_body(c: &mut Checker, body: std::ops::Range<usize>, cache: Option<&LintCache>) {
    let text = c.file.text.clone();
    let Some(source) = text.get(body.clone()) else {
        return;
    };
    let found = lint_cached(cache, c.file.version, (body.start, body.end), source);
    if found.as_ref().is_ok_and(Vec::is_empty) {
        return;
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
}

/// Checks a Markdown value of a YAML record (a program's `description`),
/// given where its value starts: each problem at its own line and column in
/// the file, whatever the value's style (`|`, `>`, quoted).
pub fn check_value(c: &mut Checker, value_pos: Pos, source: &str, cache: Option<&LintCache>) {
    let place = (value_pos.line as usize, value_pos.column as usize);
    let found = lint_cached(cache, c.file.version, place, source);
    if found.as_ref().is_ok_and(Vec::is_empty) {
        return;
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(source: &str) -> Vec<(usize, String)> {
        lint(source)
            .unwrap()
            .into_iter()
            .map(|f| (f.offset, f.message.en().to_string()))
            .collect()
    }

    #[test]
    fn a_body_that_follows_the_rules_has_no_findings() {
        let ok = "Teks.\n\n## Hari pertama\n\n### Sesi pagi\n\n## Hari kedua\n\n![Peserta praktik](/a.jpg)\n\n[Daftar](https://x.id/) [![Logo dinas](/l.png)](https://x.id/) <https://x.id/>\n";
        assert_eq!(messages(ok), vec![]);
    }

    #[test]
    fn skipped_levels_and_level_one_headings_are_found() {
        let m = messages("### Terlalu dalam\n\n# Judul lagi\n\n## Baik\n\n#### Lompat\n");
        assert_eq!(m.len(), 3, "{m:?}");
        assert!(
            m[0].1.contains("first heading of the body is level 3"),
            "{m:?}"
        );
        assert!(m[1].1.contains("level-1 heading"), "{m:?}");
        assert!(m[2].1.contains("level 4 (`####`) follows level 2"), "{m:?}");
        assert_eq!(
            m[2].0,
            "### Terlalu dalam\n\n# Judul lagi\n\n## Baik\n\n".len()
        );
    }

    #[test]
    fn addresses_that_leave_the_site_unseen_are_found() {
        let found = messages(
            "Lihat [daftar](/\\evil.example/x) dan ![foto](javascript:alert(1)).\n\n[baik](/programs/) [luar](https://example.go.id/)\n",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found
                .iter()
                .all(|(_, m)| m.contains("neither a page of this site"))
        );
        assert_eq!(found[0].0, 6);
    }

    #[test]
    fn images_without_alt_and_empty_links_are_found() {
        let m = messages("![](/a.jpg) [kosong]() [](https://x.id/) [![](/b.png)](https://x.id/)\n");
        let texts: Vec<&str> = m.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "an image without a description (alt text)",
                "a link without an address",
                "a link without text",
                "an image without a description (alt text)",
                "a link without text",
            ]
        );
        assert_eq!(m[0].0, 0);
        assert_eq!(m[1].0, "![](/a.jpg) ".len());
    }
}
