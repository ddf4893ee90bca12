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

mod check;

use std::sync::Arc;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Parser, Tag, TagEnd};

use crate::i18n::Text;
use crate::msg;
use crate::site_url::{self, UrlKind};

use super::markdown_budget;
use super::markdown_text::WrittenLink;
use super::site::MARKDOWN_OPTIONS;

pub use check::{LintCache, check_body, check_value};

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

/// What one walk over a Markdown text finds: its problems (`Err` when it is
/// over the budget of [`markdown_budget`], an error where the rest are
/// warnings), and its links and images inside the site, which the link check
/// follows: one parse of every text where there were two.
#[derive(Debug, Clone)]
pub struct Linted {
    pub found: Result<Vec<Finding>, Finding>,
    pub links: Arc<[WrittenLink]>,
}

/// Walks a Markdown text once: its problems and its links.
pub fn lint(source: &str) -> Linted {
    let mut links = Vec::new();
    let found = walk(source, &mut links);
    Linted {
        found,
        links: links.into(),
    }
}

/// The address of a link or image, whether it is an image, and whether it
/// is an e-mail address (`<humas@…>`: pulldown-cmark gives the address,
/// the page adds `mailto:`).
fn destination<'t>(tag: &'t Tag) -> Option<(&'t str, bool, bool)> {
    match tag {
        Tag::Link {
            link_type,
            dest_url,
            ..
        } => Some((dest_url, false, *link_type == LinkType::Email)),
        Tag::Image { dest_url, .. } => Some((dest_url, true, false)),
        _ => None,
    }
}

fn walk(source: &str, written: &mut Vec<WrittenLink>) -> Result<Vec<Finding>, Finding> {
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
        if let Event::Start(tag) = &event
            && let Some((dest, image, email)) = destination(tag)
            && !dest.is_empty()
        {
            match site_url::kind(dest) {
                // The page shows `#` in its place (render/markdown.rs).
                UrlKind::Refused => found.push(Finding {
                    offset: range.start,
                    message: msg!(LINT_ADDRESS_REFUSED, url = dest),
                    hint: msg!(LINT_ADDRESS_REFUSED_HINT),
                    required: false,
                }),
                // Kept for the link check; web addresses are not followed.
                UrlKind::SitePath | UrlKind::Relative if !email => written.push(WrittenLink {
                    offset: range.start,
                    dest: dest.into(),
                    image,
                }),
                _ => {}
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(source: &str) -> Vec<(usize, String)> {
        lint(source)
            .found
            .unwrap()
            .into_iter()
            .map(|f| (f.offset, f.message.en().to_string()))
            .collect()
    }

    /// The link check follows what the lint's walk keeps: links and images
    /// to paths of the site and relative ones, at their offsets; not web
    /// or e-mail addresses, empty links, or link-like text in code.
    #[test]
    fn the_walk_keeps_the_links_inside_the_site() {
        let source = "[a](/programs/x/) ![Foto](foto.jpg) [web](https://x.id/) <humas@x.id>\n\n\
                      `[kode](/no/)` [kosong]() [b](../news/y/#sesi) <https://x.id/>\n\n\
                      [ref][r]\n\n[r]: /data/\n";
        let linted = lint(source);
        let kept: Vec<(usize, &str, bool)> = linted
            .links
            .iter()
            .map(|w| (w.offset, &*w.dest, w.image))
            .collect();
        let at = |s: &str| source.find(s).unwrap();
        assert_eq!(
            kept,
            vec![
                (0, "/programs/x/", false),
                (at("![Foto]"), "foto.jpg", true),
                (at("[b]("), "../news/y/#sesi", false),
                (at("[ref]"), "/data/", false),
            ]
        );
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
