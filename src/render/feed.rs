//! Atom feeds (RFC 4287) of news and of announced programs: `/feed.xml`
//! for the whole site, and one beside each term's and organization's page
//! for its own (see [`Selection`]).
//!
//! Entry ids are the entries' absolute URLs, stable as long as `base_url`
//! is. A program enters the feed on the day its registration opens, or on
//! its first day when the record gives no opening date; programs that are
//! over or cancelled before that day never appear as "new".

use std::collections::HashMap;
use std::fmt::Write as _;

use jiff::Timestamp;
use rayon::prelude::*;

use crate::resolve::{NewsIx, Site, When};

use super::context::Ctx;
use super::markdown;
use super::subscriptions::Selection;
use super::xml::{day_start, rfc3339};
use crate::escape::xml as escape;
use crate::output::OutputFile;

/// How many entries the feed carries: enough for any reader polling weekly.
const MAX_ENTRIES: usize = 50;

struct Entry<'b> {
    title: String,
    url: String,
    updated: String,
    sort_key: Timestamp,
    summary: Option<String>,
    /// The news body as HTML, already escaped for XML (see [`Bodies`]).
    content: Option<&'b str>,
    category: &'static str,
    /// The entry's own `<author>`: the news item's author, or the
    /// publisher, so that a reader shows who wrote each entry.
    author: String,
}

/// The site's publisher as the feed names it: the `publisher`
/// organization, or the site's title.
fn publisher(cx: &Ctx) -> String {
    let site = cx.site;
    site.config.publisher.map_or_else(
        || site.config.title.clone(),
        |i| site.organizations[i].name.clone(),
    )
}

/// The bodies of the news items that make some feed, each rendered and
/// escaped once however many feeds carry it (a news item is in the
/// site's feed and in those of its tags, regions and organizations).
struct Bodies(HashMap<NewsIx, String>);

impl Bodies {
    fn of(cx: &Ctx, feeds: &[&Selection]) -> Bodies {
        let mut wanted: Vec<NewsIx> = feeds
            .iter()
            .flat_map(|s| s.news.iter().take(MAX_ENTRIES).copied())
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        Bodies(
            wanted
                .into_par_iter()
                .map(|i| {
                    let body = cx.site.news[i].body.source();
                    let html = markdown::render(body, &cx.urls, cx.site.config.raw_html);
                    (i, escape(&html))
                })
                .collect(),
        )
    }
}

fn news_entries<'b>(cx: &Ctx, feed: &Selection, bodies: &'b Bodies) -> Vec<Entry<'b>> {
    let tz = &cx.site.config.timezone;
    let publisher = publisher(cx);
    // News are newest first: only the newest can make the feed, so only
    // their bodies are rendered.
    feed.news
        .iter()
        .take(MAX_ENTRIES)
        .map(|&i| {
            let n = &cx.site.news[i];
            Entry {
                title: n.title.clone(),
                url: cx.urls.absolute(&cx.urls.news(&n.slug)),
                updated: rfc3339(&n.date, tz),
                sort_key: n.date.timestamp(tz),
                summary: n.summary.clone(),
                content: bodies.0.get(&i).map(String::as_str),
                category: "news",
                author: n
                    .author
                    .as_ref()
                    .map_or_else(|| publisher.clone(), |a| a.name.clone()),
            }
        })
        .collect()
}

fn program_entries(cx: &Ctx, feed: &Selection) -> Vec<Entry<'static>> {
    let tz = &cx.site.config.timezone;
    let publisher = publisher(cx);
    feed.feed_programs(cx.site)
        .map(|i| {
            let p = &cx.site.programs[i];
            let announced = p
                .registration
                .as_ref()
                .and_then(|r| r.opens)
                .unwrap_or(p.start.date());
            let card = cx.program_card(i);
            let summary = format!(
                "{} · {}{}",
                card.date_range,
                card.status_label,
                card.place.map(|pl| format!(" · {pl}")).unwrap_or_default()
            );
            Entry {
                title: p.title.clone(),
                url: cx.urls.absolute(&card.url),
                updated: day_start(announced, tz),
                sort_key: When::Day(announced).timestamp(tz),
                summary: Some(match &p.summary {
                    Some(s) => format!("{summary}. {s}"),
                    None => summary,
                }),
                content: None,
                category: "program",
                author: publisher.clone(),
            }
        })
        .collect()
}

/// The feeds of `selections` that have one (see
/// [`Selection::has_feed`]), made side by side.
pub fn atoms(cx: &Ctx, selections: &[Selection]) -> Vec<OutputFile> {
    let feeds: Vec<&Selection> = selections.iter().filter(|s| s.has_feed(cx.site)).collect();
    let started = std::time::Instant::now();
    let bodies = Bodies::of(cx, &feeds);
    let files = feeds.par_iter().map(|f| atom(cx, f, &bodies)).collect();
    crate::timing::mark("feeds", started);
    files
}

fn atom(cx: &Ctx, feed: &Selection, bodies: &Bodies) -> OutputFile {
    let site: &Site = cx.site;
    let mut entries = news_entries(cx, feed, bodies);
    entries.extend(program_entries(cx, feed));
    entries.sort_by(|a, b| b.sort_key.cmp(&a.sort_key).then_with(|| a.url.cmp(&b.url)));
    entries.truncate(MAX_ENTRIES);

    // The site's feed is identified by the site's address, a term's by
    // its page's.
    let base = &cx.urls.home_url();
    let page = &cx.urls.absolute(&feed.page);
    let feed_url = cx.urls.absolute(&feed.feed);
    // The feed changes when its newest entry does; the build date would make
    // every build look like news to feed readers.
    let updated = entries.first().map_or_else(
        || day_start(site.today, &site.config.timezone),
        |e| e.updated.clone(),
    );
    let author = publisher(cx);

    let mut x = String::with_capacity(4096 + entries.len() * 2048);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        x,
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\" xml:base=\"{}\">",
        site.config.language.code(),
        escape(base)
    );
    let _ = writeln!(x, "  <title>{}</title>", escape(&feed.title));
    if let Some(subtitle) = feed.subtitle {
        let _ = writeln!(x, "  <subtitle>{}</subtitle>", escape(subtitle));
    }
    let _ = writeln!(x, "  <id>{}</id>", escape(page));
    let _ = writeln!(
        x,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        escape(&feed_url)
    );
    let _ = writeln!(
        x,
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        escape(page)
    );
    let _ = writeln!(x, "  <updated>{updated}</updated>");
    let _ = writeln!(x, "  <author><name>{}</name></author>", escape(&author));
    let _ = writeln!(x, "  <generator>warta</generator>");
    for e in &entries {
        x.push_str("  <entry>\n");
        let _ = writeln!(x, "    <title>{}</title>", escape(&e.title));
        let _ = writeln!(x, "    <id>{}</id>", escape(&e.url));
        let _ = writeln!(
            x,
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            escape(&e.url)
        );
        let _ = writeln!(x, "    <author><name>{}</name></author>", escape(&e.author));
        let _ = writeln!(x, "    <updated>{}</updated>", e.updated);
        let _ = writeln!(x, "    <published>{}</published>", e.updated);
        let _ = writeln!(x, "    <category term=\"{}\"/>", e.category);
        if let Some(s) = &e.summary {
            let _ = writeln!(x, "    <summary>{}</summary>", escape(s));
        }
        if let Some(html) = e.content {
            let _ = writeln!(x, "    <content type=\"html\">{html}</content>");
        }
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    OutputFile {
        path: cx.urls.output_path(&feed.feed),
        bytes: x.into_bytes().into(),
    }
}
