//! News items and standalone pages.

use std::collections::HashMap;
use std::sync::Arc;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::i18n::messages::{WORD_NEWS_SLUG, WORD_ORGANIZATION, WORD_PROGRAM};
use crate::load::MarkdownFile;
use crate::model::{NewsRecord, PageRecord};
use crate::msg;

use super::checks::{Checker, is_slug, text, texts};
use super::ix::{OrgIx, ProgramIx};
use super::markdown_lint::LintCache;
use super::site::{
    Markdown, MarkdownOrigin, NewsItem, NewsSource, Organization, Page, WrittenLink,
};

fn body<T>(file: &MarkdownFile<T>, links: Arc<[WrittenLink]>) -> Markdown {
    Markdown {
        pictures: Vec::new(),
        links,
        text: file.file.text.clone(),
        range: file.body.clone(),
        file: file.file.path.clone(),
        file_text: file.file.text.clone(),
        origin: MarkdownOrigin::Body,
    }
}

/// The default slug: the file name without a leading `YYYY-MM-DD-`.
pub fn default_slug(rel: &str) -> &str {
    let stem = rel.rsplit('/').next().unwrap_or(rel);
    let b = stem.as_bytes();
    let dated = b.len() > 11
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && b[10] == b'-';
    if dated { &stem[11..] } else { stem }
}

/// Resolves one news item; `None` when it has errors. `programs` are the
/// ids of all programs (drafts included, so a link to a draft is no error);
/// `published` says which of them are in this build.
pub fn resolve_news(
    c: &mut Checker,
    file: &MarkdownFile<NewsRecord>,
    programs: &HashMap<String, Option<ProgramIx>>,
    organizations: &HashMap<String, Option<OrgIx>>,
    organization_records: &[Organization],
    tz: &TimeZone,
    lints: Option<&LintCache>,
) -> Option<NewsItem> {
    let r = &file.front;
    let errors_before = c.error_count();
    let slug = match &r.slug {
        Some(s) => {
            c.slug(&s.value, s.pos, WORD_NEWS_SLUG);
            s.value.clone()
        }
        None => {
            let slug = default_slug(&file.rel).to_string();
            if !is_slug(&slug) {
                let suggestion = slug::slugify(&slug);
                c.error(
                    crate::diagnostics::Pos::START,
                    msg!(NEWS_FILE_NAME_SLUG, slug = slug),
                    msg!(
                        NEWS_FILE_NAME_SLUG_HINT,
                        suggestion = if suggestion.is_empty() {
                            "berita-baru".to_string()
                        } else {
                            suggestion
                        }
                    ),
                );
            }
            slug
        }
    };
    if slug == "page" {
        let pos = r
            .slug
            .as_ref()
            .map_or(crate::diagnostics::Pos::START, |s| s.pos);
        c.error(pos, msg!(NEWS_SLUG_PAGE), msg!(NEWS_SLUG_PAGE_HINT));
    }
    let date = c.when(&r.date, tz);
    // A draft's id is known, but it has no page to link to.
    let program_refs: Vec<ProgramIx> = c
        .references(&r.programs, programs, WORD_PROGRAM, "programs")
        .into_iter()
        .flatten()
        .collect();
    let organization_refs = c
        .references(
            &r.organizations,
            organizations,
            WORD_ORGANIZATION,
            "organizations",
        )
        .into_iter()
        .flatten()
        .collect();
    let source = r.source.as_ref().map(|s| NewsSource {
        name: s.name.value.trim().to_string(),
        url: c.url(&s.url),
    });
    if c.error_count() > errors_before {
        return None;
    }
    let links = super::markdown_lint::check_body(c, file.body.clone(), lints);
    Some(NewsItem {
        gallery: Vec::new(),
        version: file.file.version,
        slug,
        title: r.title.value.trim().to_string(),
        date: date?,
        summary: text(&r.summary),
        location: text(&r.location),
        author: super::author::author(text(&r.author), r.author_kind, organization_records),
        source,
        programs: program_refs,
        organizations: organization_refs,
        tags: texts(&r.tags),
        // Its photos are named once it is known to be published (`pictures`).
        image: None,
        body: body(file, links),
        draft: r.draft,
    })
}

/// What a build left out because the command line did not ask for it:
/// drafts (programs, news and pages with `draft: true`) and news dated
/// after "now". `build` says how many after its summary; the preview
/// leaves nothing out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LeftOut {
    pub drafts: usize,
    pub future: usize,
}

impl LeftOut {
    /// Counts one record left out: a draft first, whatever its date.
    pub fn count(&mut self, draft: bool) {
        if draft {
            self.drafts += 1;
        } else {
            self.future += 1;
        }
    }
}

/// Whether a news item is in this build.
pub fn is_published(
    item: &NewsItem,
    drafts: bool,
    future: bool,
    now: Timestamp,
    tz: &TimeZone,
) -> bool {
    (drafts || !item.draft) && (future || item.date.timestamp(tz) <= now)
}

/// First URL segments that warta itself writes; a page may not take them.
pub const RESERVED_PATHS: &[&str] = &[
    "programs",
    "news",
    "organizations",
    "regions",
    "sectors",
    "tags",
    "outcomes",
    "search",
    "data",
    "feed.xml",
    "sitemap.xml",
    "robots.txt",
    "404.html",
    "calendar.ics",
    "static",
    // The processed photos (src/images/plan.rs).
    "images",
];

pub fn resolve_page(
    c: &mut Checker,
    file: &MarkdownFile<PageRecord>,
    lints: Option<&LintCache>,
) -> Option<Page> {
    let mut ok = true;
    // `pages/layanan/index.md` is `/layanan/`, as in other generators.
    let path = file
        .rel
        .strip_suffix("/index")
        .unwrap_or(&file.rel)
        .to_string();
    if path == "index" {
        c.error(
            crate::diagnostics::Pos::START,
            msg!(PAGE_REPLACES_HOME),
            msg!(PAGE_REPLACES_HOME_HINT),
        );
        ok = false;
    }
    for segment in path.split('/') {
        if !is_slug(segment) {
            c.error(
                crate::diagnostics::Pos::START,
                msg!(PAGE_PATH_PART, path = path, segment = segment),
                msg!(PAGE_PATH_PART_HINT, suggestion = slug::slugify(segment)),
            );
            ok = false;
        }
    }
    let first = path.split('/').next().unwrap_or_default();
    if RESERVED_PATHS.contains(&first) {
        c.error(
            crate::diagnostics::Pos::START,
            msg!(PAGE_PATH_RESERVED, path = path),
            msg!(PAGE_PATH_RESERVED_HINT),
        );
        ok = false;
    }
    let links = ok.then(|| super::markdown_lint::check_body(c, file.body.clone(), lints))?;
    Some(Page {
        image: None,
        path,
        title: file.front.title.value.trim().to_string(),
        summary: text(&file.front.summary),
        body: body(file, links),
        draft: file.front.draft,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_slug_drops_a_leading_date() {
        assert_eq!(
            default_slug("2024/2024-06-24-bimtek-keripik"),
            "bimtek-keripik"
        );
        assert_eq!(default_slug("bimtek-keripik"), "bimtek-keripik");
        assert_eq!(default_slug("2024-06-24"), "2024-06-24");
    }
}
