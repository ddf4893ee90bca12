//! Markdown bodies to HTML: CommonMark with tables, footnotes, strikethrough,
//! task lists and heading anchors.
//!
//! Raw HTML in a body is sanitised by default (ammonia): harmless markup such
//! as `<b>`, `<sup>` or `<table>` stays, while scripts, styles, frames, forms,
//! event handlers (`onclick=`) and URLs the site's one URL rule refuses
//! ([`crate::site_url`]: a scheme other than http, https, mailto and tel, or
//! another host written like a path, `/\host`) are removed, so a pasted
//! `<script>` can never run in a reader's browser. `unsafe_html: true` in
//! warta.yaml passes it through as written, for sites that trust their
//! editors. Markdown links to a path of the site get the site's base path,
//! and those the rule refuses become `#`.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, html};

use super::urls::Urls;
use super::{body_pictures, heading_ids};
pub use crate::resolve::RawHtml;
use crate::site_url::{self, UrlKind};

fn options() -> Options {
    crate::resolve::MARKDOWN_OPTIONS
}

/// Rewrites a link destination by the site's one URL rule
/// ([`crate::site_url`]): base path for a path of the site, `#` for what
/// must not be linked (a scheme that could run code, another host written
/// as a path, like `/\evil.example/`).
fn rewrite_url<'a>(url: CowStr<'a>, urls: &Urls) -> CowStr<'a> {
    match site_url::kind(&url) {
        UrlKind::SitePath => CowStr::from(urls.link(&url.trim_start_matches(' ')[1..])),
        UrlKind::Relative | UrlKind::Web => url,
        UrlKind::Refused => CowStr::from("#"),
    }
}

/// The sanitiser's last word on a URL attribute of raw HTML: kept only when
/// the site's URL rule allows it, so `<img src="/\evil.example/x.png">`
/// loses its `src` as `javascript:` does.
fn keep_url_attribute<'u>(attribute: &str, value: &'u str) -> Option<std::borrow::Cow<'u, str>> {
    if site_url::is_url_attribute(attribute) && site_url::kind(value) == UrlKind::Refused {
        None
    } else {
        Some(value.into())
    }
}

/// Above this many raw HTML tags in one body, the HTML is shown as text
/// instead of sanitised. The HTML parser's work grows with the nesting depth
/// for each element (20 000 nested `<div>` take minutes); no article needs
/// thousands of tags, while a hostile file could hold millions.
pub const MAX_SANITIZED_TAGS: usize = 5_000;

/// The sanitiser for bodies with raw HTML: ammonia's list of harmless tags
/// and attributes, plus what pulldown-cmark itself writes (heading ids and
/// classes, footnotes, task-list checkboxes, table cell alignment), and only
/// the link schemes that record URLs may have.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_tags(["input"])
        .add_generic_attributes(["id", "class"])
        .add_tag_attributes("input", ["checked", "disabled"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .tag_attribute_values(HashMap::from([(
            "input",
            HashMap::from([("type", HashSet::from(["checkbox"]))]),
        )]))
        .filter_style_properties(HashSet::from(["text-align"]))
        .url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
        .link_rel(None)
        .strip_comments(true)
        .attribute_filter(|_element, attribute, value| keep_url_attribute(attribute, value));
    b
});

/// Renders `source` to HTML; paths of the site (`/programs/x/`) become
/// links by `urls` (`/sub/programs/x/`);
/// `raw_html` says what happens to HTML written in the Markdown.
pub fn render(source: &str, urls: &Urls, raw_html: RawHtml) -> String {
    render_with(source, urls, raw_html, None)
}

/// [`render`], with the images `photos` knows (the body's photos of the
/// site) shown as pictures ([`super::body_pictures`]).
pub fn render_with(
    source: &str,
    urls: &Urls,
    raw_html: RawHtml,
    photos: Option<&mut body_pictures::Find>,
) -> String {
    let mut has_raw_html = false;
    let mut raw_tags = 0usize;
    let (parsed, placed) = match photos {
        Some(find) => body_pictures::place(Parser::new_ext(source, options()).collect(), find),
        None => (
            Parser::new_ext(source, options()).collect(),
            Default::default(),
        ),
    };
    let mut events: Vec<Event> = parsed
        .into_iter()
        .map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => {
                has_raw_html = true;
                raw_tags += raw.bytes().filter(|b| *b == b'<').count();
                Event::Html(raw)
            }
            // `## Title {onclick=...}`: a heading's own attributes are HTML
            // attributes, so they follow the raw-HTML rule; id and classes stay.
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) if raw_html == RawHtml::Sanitize && !attrs.is_empty() => {
                Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs: Vec::new(),
                })
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Link {
                link_type,
                dest_url: rewrite_url(dest_url, urls),
                title,
                id,
            }),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Image {
                link_type,
                dest_url: rewrite_url(dest_url, urls),
                title,
                id,
            }),
            other => other,
        })
        .collect();

    heading_ids::add(&mut events);

    if has_raw_html && raw_html == RawHtml::Sanitize && raw_tags > MAX_SANITIZED_TAGS {
        // Too much HTML to sanitise in reasonable time: show it as text.
        for event in &mut events {
            if let Event::Html(raw) = event {
                *event = Event::Text(std::mem::replace(raw, CowStr::Borrowed("")));
            }
        }
        has_raw_html = false;
    }

    let mut out = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    if has_raw_html && raw_html == RawHtml::Sanitize {
        // Only bodies with raw HTML need the (slower) HTML parser: what
        // pulldown-cmark writes from Markdown alone is escaped already.
        out = SANITIZER.clean(&out).to_string();
    }
    placed.fill(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::render`] for a site served from `path` (`/` or `/sub/`).
    fn render(source: &str, path: &str, raw_html: RawHtml) -> String {
        let urls = Urls::new(&format!("https://host{path}"), path);
        super::render(source, &urls, raw_html)
    }

    #[test]
    fn tables_footnotes_strikethrough_tasks() {
        let html = render(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~lama~~\n\n- [x] selesai\n\nTeks[^1]\n\n[^1]: Catatan\n",
            "/",
            RawHtml::Sanitize,
        );
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<del>lama</del>"), "{html}");
        assert!(html.contains("type=\"checkbox\""), "{html}");
        assert!(html.contains("footnote"), "{html}");
    }

    #[test]
    fn headings_get_unique_anchors() {
        let html = render(
            "## Hari Pertama\n\n## Hari Pertama\n\n## Lain {#sendiri}\n",
            "/",
            RawHtml::Sanitize,
        );
        assert!(html.contains("<h2 id=\"hari-pertama\">"), "{html}");
        assert!(html.contains("<h2 id=\"hari-pertama-1\">"), "{html}");
        assert!(html.contains("<h2 id=\"sendiri\">"), "{html}");
    }

    const HOSTILE: &str = "<script>alert(1)</script>\n\n\
        Teks <b onclick=x>tebal</b> <sup>2</sup> <a href=\"javascript:alert(1)\">a</a> \
        <a href=\"JaVaScRiPt:alert(1)\">b</a> <img src=x onerror=alert(1)> <svg onload=alert(1)></svg>\n\n\
        <iframe src=\"https://x.example/\"></iframe><style>body{display:none}</style>\n\n\
        <table><tr><td style=\"color:red;text-align:right\">sel</td></tr></table>\n\n\
        <form action=\"https://x.example/\"><input type=text name=q></form>\n\n\
        <a href=\"https://example.go.id/\" target=_blank>aman</a> <!-- komentar -->\n";

    #[test]
    fn raw_html_is_sanitised_by_default() {
        let html = render(HOSTILE, "/", RawHtml::Sanitize);
        for bad in [
            "<script",
            "alert(1)</",
            "onclick",
            "onerror",
            "onload",
            "javascript",
            "JaVaScRiPt",
            "<iframe",
            "<style",
            "display:none",
            "<form",
            "type=\"text\"",
            "color:red",
            "komentar",
            "<svg",
        ] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
        for good in [
            "<b>tebal</b>",
            "<sup>2</sup>",
            "<table>",
            "text-align:right",
            "<a href=\"https://example.go.id/\">aman</a>",
        ] {
            assert!(html.contains(good), "no {good} in {html}");
        }
    }

    #[test]
    fn sanitising_keeps_what_markdown_makes() {
        let md = "## Judul {#sendiri .kelas}\n\n| a | b |\n|:-:|--:|\n| 1 | 2 |\n\n- [x] selesai\n\nTeks[^1] <b>x</b>\n\n[^1]: Catatan\n\n[lokal](/x/)\n";
        let html = render(md, "/sub/", RawHtml::Sanitize);
        for good in [
            "<h2 id=\"sendiri\" class=\"kelas\">",
            "text-align:center",
            "type=\"checkbox\"",
            "checked",
            "footnote-reference",
            "footnote-definition",
            "<b>x</b>",
            "href=\"/sub/x/\"",
        ] {
            assert!(html.contains(good), "no {good} in {html}");
        }
    }

    #[test]
    fn many_equal_headings_get_numbers_in_linear_time() {
        // Numbered in quadratic time, 40 000 equal headings take minutes:
        // a regression hangs this test.
        let md = "## Sama\n\n## Sama-1\n\n".to_string() + &"## Sama\n\n".repeat(40_000);
        let html = render(&md, "/", RawHtml::Sanitize);
        assert!(html.contains("<h2 id=\"sama\">"), "first");
        assert!(html.contains("<h2 id=\"sama-1\">Sama-1</h2>"));
        assert!(
            html.contains("<h2 id=\"sama-2\">Sama</h2>"),
            "skips the taken -1"
        );
        assert!(html.contains("<h2 id=\"sama-40001\">"), "last");
        assert!(!html.contains("sama-40002"));
    }

    #[test]
    fn too_much_raw_html_is_shown_as_text() {
        let md = "<div>".repeat(MAX_SANITIZED_TAGS + 1) + "<script>alert(1)</script>";
        let html = render(&md, "/", RawHtml::Sanitize);
        assert!(
            html.starts_with("&lt;div&gt;&lt;div&gt;"),
            "{}",
            &html[..60]
        );
        assert!(!html.contains("<script") && !html.contains("<div"));
        // Within the limit it is sanitised as usual.
        let md = "<div>".repeat(100) + "<script>alert(1)</script>";
        let html = render(&md, "/", RawHtml::Sanitize);
        assert!(html.contains("<div>") && !html.contains("alert"), "{html}");
    }

    #[test]
    fn heading_attributes_cannot_carry_handlers() {
        let md = "## Judul {#a onclick=alert(1)}\n";
        let html = render(md, "/", RawHtml::Sanitize);
        assert!(!html.contains("onclick"), "{html}");
        assert!(html.contains("<h2 id=\"a\">"), "{html}");
    }

    #[test]
    fn unsafe_html_passes_raw_html_through() {
        let html = render(HOSTILE, "/", RawHtml::Allow);
        assert!(html.contains("<script>alert(1)</script>"), "{html}");
        assert!(html.contains("<b onclick=x>tebal</b>"), "{html}");
        assert!(html.contains("<iframe"), "{html}");
        // Markdown links keep their own rule either way.
        let html = render("[a](javascript:alert(1))", "/", RawHtml::Allow);
        assert!(html.contains("href=\"#\""), "{html}");
    }

    #[test]
    fn site_paths_get_the_sub_path_and_bad_schemes_are_dropped() {
        let html = render(
            "[a](/programs/x/) [b](javascript:alert(1)) [c](https://example.go.id/) [d](../x/) [e](mailto:a@b.id)",
            "/sub/",
            RawHtml::Sanitize,
        );
        assert!(html.contains("href=\"/sub/programs/x/\""), "{html}");
        assert!(html.contains("href=\"#\""), "{html}");
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("href=\"https://example.go.id/\""), "{html}");
        assert!(html.contains("href=\"../x/\""), "{html}");
        assert!(html.contains("href=\"mailto:a@b.id\""), "{html}");
    }

    #[test]
    fn paths_that_name_another_host_are_dropped() {
        let md = "[a](/\\evil.example/) ![b](\\\\evil.example/b.png) [c](//evil.example/)\n\n\
            <img src=\"/\\evil.example/d.png\"> <a href=\"/&#9;/evil.example/\">e</a> <a href=\"/ok/\">f</a>\n";
        let html = render(md, "/sub/", RawHtml::Sanitize);
        assert!(!html.contains("evil"), "{html}");
        assert_eq!(html.matches("href=\"#\"").count(), 2, "{html}");
        assert!(html.contains("src=\"#\""), "{html}");
        assert!(html.contains("<a href=\"/ok/\">f</a>"), "{html}");
    }
}
