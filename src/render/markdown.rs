//! Markdown bodies to HTML: CommonMark with tables, footnotes, strikethrough,
//! task lists and heading anchors.
//!
//! Raw HTML in a body is shown as text rather than passed through, so a
//! pasted `<script>` can never run in a reader's browser. Links that start
//! with `/` get the site's base path, and links with a scheme other than
//! http, https, mailto or tel are neutralised.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Rewrites a link destination: base path for site-absolute links, `#` for
/// a scheme that could run code.
fn rewrite_url<'a>(url: CowStr<'a>, base_path: &str) -> CowStr<'a> {
    if url.starts_with('/') && !url.starts_with("//") {
        return CowStr::from(format!("{base_path}{}", &url[1..]));
    }
    let lower = url.trim_start().to_ascii_lowercase();
    let scheme_end = lower.find(':');
    let before_slash = lower.find(['/', '?', '#']).unwrap_or(usize::MAX);
    match scheme_end {
        Some(i) if i < before_slash => {
            let scheme = &lower[..i];
            if matches!(scheme, "http" | "https" | "mailto" | "tel") {
                url
            } else {
                CowStr::from("#")
            }
        }
        _ => url,
    }
}

/// A heading id from its text: lower-case ASCII words joined by `-`.
fn anchor(text: &str, used: &mut HashSet<String>) -> String {
    let mut base = slug::slugify(text);
    if base.is_empty() {
        base = "bagian".to_string();
    }
    let mut id = base.clone();
    let mut n = 1;
    while !used.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Renders `source` to HTML. `base_path` is the site's, like `/sub/`.
pub fn render(source: &str, base_path: &str) -> String {
    let mut events: Vec<Event> = Parser::new_ext(source, options())
        .map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Link {
                link_type,
                dest_url: rewrite_url(dest_url, base_path),
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
                dest_url: rewrite_url(dest_url, base_path),
                title,
                id,
            }),
            other => other,
        })
        .collect();

    // Heading anchors: give every heading without an explicit id one made
    // from its text, unique within the body.
    let mut used: HashSet<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
            _ => None,
        })
        .collect();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { id: None, .. }) = &events[i] {
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j] {
                    text.push_str(t);
                }
                j += 1;
            }
            let new_id = anchor(&text, &mut used);
            if let Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) = events[i].clone()
            {
                events[i] = Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(new_id)),
                    classes,
                    attrs,
                });
            }
        }
        i += 1;
    }

    let mut out = String::with_capacity(source.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_footnotes_strikethrough_tasks() {
        let html = render(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~lama~~\n\n- [x] selesai\n\nTeks[^1]\n\n[^1]: Catatan\n",
            "/",
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
        );
        assert!(html.contains("<h2 id=\"hari-pertama\">"), "{html}");
        assert!(html.contains("<h2 id=\"hari-pertama-1\">"), "{html}");
        assert!(html.contains("<h2 id=\"sendiri\">"), "{html}");
    }

    #[test]
    fn raw_html_is_shown_not_run() {
        let html = render(
            "<script>alert(1)</script>\n\nTeks <b onclick=x>tebal</b>\n",
            "/",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b "), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn links_get_base_path_and_bad_schemes_are_dropped() {
        let html = render(
            "[a](/programs/x/) [b](javascript:alert(1)) [c](https://example.go.id/) [d](../x/) [e](mailto:a@b.id)",
            "/sub/",
        );
        assert!(html.contains("href=\"/sub/programs/x/\""), "{html}");
        assert!(html.contains("href=\"#\""), "{html}");
        assert!(!html.contains("javascript"), "{html}");
        assert!(html.contains("href=\"https://example.go.id/\""), "{html}");
        assert!(html.contains("href=\"../x/\""), "{html}");
        assert!(html.contains("href=\"mailto:a@b.id\""), "{html}");
    }
}
