//! `relative_urls: true`: every link in a page becomes relative to the page,
//! so the site works opened from disk (`file://`) or copied to any folder.
//!
//! A pass over the rendered HTML: each URL attribute of a tag (`href`,
//! `src`, ... by [`site_url::is_url_attribute`]) whose value is a path of
//! the site (by [`site_url::kind`]) starting with the base path (`/` or
//! `/sub/`) is rewritten; a link to a folder gets `index.html`, since there
//! is no web server to add it. Absolute links (`https://`, canonical),
//! fragments (`#x`), `mailto:` and anything else stay as they are.
//!
//! Attributes are found the way a browser's tokenizer finds them: only
//! inside a tag, never in text, comments or the text of `<script>`,
//! `<style>`, `<textarea>` or `<title>`. Text such as ``tulis href='/`` in a
//! news body (or in a code block) is text, and stays as written.

use super::urls::Urls;
use crate::site_url::{self, UrlKind};

/// Rewrites the links of `html`, the page served at `page_link` (a link made
/// by `urls`, like `/sub/programs/x/`), relative to that page.
pub fn relativize(html: &str, page_link: &str, urls: &Urls) -> String {
    let page = urls.below_root(page_link).unwrap_or("");
    // The folders the page is in: `programs/x/` -> ["programs", "x"].
    let page_dirs: Vec<&str> = match page.rfind('/') {
        Some(i) => page[..i].split('/').collect(),
        None => Vec::new(),
    };
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut copied = 0;
    for_each_url_value(html, |range| {
        let value = &html[range.clone()];
        if let Some(target) = urls.below_root(value)
            && site_url::kind(value) == UrlKind::SitePath
        {
            out.push_str(&html[copied..range.start]);
            out.push_str(&relative(&page_dirs, target));
            copied = range.end;
        }
    });
    out.push_str(&html[copied..]);
    out
}

/// Elements whose content is text up to their end tag, with no tags inside.
const TEXT_ELEMENTS: [&str; 4] = ["script", "style", "textarea", "title"];

/// Calls `f` with the byte range of the value of every URL attribute of
/// every start tag in `html`, in order.
fn for_each_url_value(html: &str, mut f: impl FnMut(std::ops::Range<usize>)) {
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(lt) = html[i..].find('<').map(|at| at + i) {
        i = lt + 1;
        let rest = &bytes[i..];
        if rest.starts_with(b"!--") {
            // A comment runs to `-->`.
            i = html[i + 3..]
                .find("-->")
                .map_or(bytes.len(), |end| i + 3 + end + 3);
        } else if rest.first().is_some_and(|b| matches!(b, b'!' | b'?'))
            || (rest.first() == Some(&b'/') && rest.get(1).is_some_and(u8::is_ascii_alphabetic))
        {
            // A doctype, a bogus comment or an end tag: nothing to rewrite.
            i = html[i..].find('>').map_or(bytes.len(), |end| i + end + 1);
        } else if rest.first().is_some_and(u8::is_ascii_alphabetic) {
            let (name, end) = start_tag(html, i, &mut f);
            i = end;
            if let Some(text) = TEXT_ELEMENTS.iter().find(|t| name.eq_ignore_ascii_case(t)) {
                i = end_tag(html, i, text);
            }
        }
        // Anything else after `<` is text.
    }
}

/// Reads the start tag whose name begins at `i`, calling `f` with each URL
/// attribute's value; returns the tag's name and the offset after it.
fn start_tag<'h>(
    html: &'h str,
    mut i: usize,
    f: &mut impl FnMut(std::ops::Range<usize>),
) -> (&'h str, usize) {
    let bytes = html.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let name_start = i;
    while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>') {
        i += 1;
    }
    let name = &html[name_start..i];
    loop {
        while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() {
            return (name, i);
        }
        if bytes[i] == b'>' {
            return (name, i + 1);
        }
        // The attribute's name (its first character may be `=`).
        let attr_start = i;
        i += 1;
        while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let attr = &html[attr_start..i];
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let value = match bytes.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let end = html[i + 1..]
                    .find(q as char)
                    .map_or(bytes.len(), |e| i + 1 + e);
                let value = i + 1..end;
                i = (end + 1).min(bytes.len());
                value
            }
            _ => {
                let start = i;
                while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                    i += 1;
                }
                start..i
            }
        };
        let attr = attr.to_ascii_lowercase();
        if site_url::is_url_attribute(&attr) {
            f(value);
        } else if attr == "srcset" {
            srcset_urls(html, value, f);
        }
    }
}

/// Calls `f` with the range of each address in the `srcset` value at
/// `value` (`a-480.webp 480w, a-720.webp 720w`): a photo's files are links
/// of the site like any `src`.
fn srcset_urls(
    html: &str,
    value: std::ops::Range<usize>,
    f: &mut impl FnMut(std::ops::Range<usize>),
) {
    let mut at = value.start;
    for candidate in html[value].split(',') {
        let start = at + (candidate.len() - candidate.trim_start().len());
        let url_len = candidate
            .trim_start()
            .split_ascii_whitespace()
            .next()
            .map_or(0, str::len);
        if url_len > 0 {
            f(start..start + url_len);
        }
        at += candidate.len() + 1;
    }
}

/// The offset after the end tag `</name>` that closes a text element, from
/// `i` on (the end of `html` if there is none).
fn end_tag(html: &str, mut i: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    while let Some(at) = html[i..].find("</").map(|at| at + i) {
        let after = at + 2 + name.len();
        let closes = html
            .get(at + 2..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && bytes
                .get(after)
                .is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'));
        if closes {
            return html[after..]
                .find('>')
                .map_or(bytes.len(), |e| after + e + 1);
        }
        i = at + 2;
    }
    bytes.len()
}

/// `target` is below the site root (`news/x/#a`); the result is relative to
/// a page in `page_dirs`.
fn relative(page_dirs: &[&str], target: &str) -> String {
    let split = target.find(['?', '#']).unwrap_or(target.len());
    let (path, suffix) = target.split_at(split);
    let mut parts: Vec<&str> = path.split('/').collect();
    // A folder (or the site root) is served by its index.html.
    if parts.last().is_some_and(|p| p.is_empty()) {
        parts.pop();
        parts.push("index.html");
    }
    let (dirs, file) = parts.split_at(parts.len() - 1);
    let common = page_dirs
        .iter()
        .zip(dirs)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = "../".repeat(page_dirs.len() - common);
    for d in &dirs[common..] {
        out.push_str(d);
        out.push('/');
    }
    out.push_str(file[0]);
    out.push_str(suffix);
    // Without `../`, the result starts with the target's first part: were
    // that `javascript:x` or `&#92;host` (an escaped `\`), a browser would
    // read a scheme or a host. `./` keeps it a path of this site.
    let first = out.split(['/', '?', '#']).next().unwrap_or("");
    if first.contains([':', '&', '\\']) {
        out.insert_str(0, "./");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::relativize`] for a site served from `path` (`/` or `/sub/`).
    fn relativize(html: &str, page_link: &str, path: &str) -> String {
        let urls = Urls::new(&format!("https://host{path}"), path);
        super::relativize(html, page_link, &urls)
    }

    #[test]
    fn links_become_relative_to_the_page() {
        let html = r##"<a href="/">Home</a> <a href="/news/">N</a> <link href="/style.css"> <img src="/images/a.jpg" alt="">
<a href="/programs/y/#daftar">Y</a> <a href="https://x.go.id/">X</a> <a href="#main">skip</a> <a href="//cdn/x">c</a>"##;
        let out = relativize(html, "/programs/x/", "/");
        assert!(out.contains(r#"href="../../index.html""#), "{out}");
        assert!(out.contains(r#"href="../../news/index.html""#), "{out}");
        assert!(out.contains(r#"href="../../style.css""#), "{out}");
        assert!(out.contains(r#"src="../../images/a.jpg""#), "{out}");
        assert!(out.contains(r##"href="../y/index.html#daftar""##), "{out}");
        assert!(out.contains(r#"href="https://x.go.id/""#), "{out}");
        assert!(out.contains(r##"href="#main""##), "{out}");
        assert!(out.contains(r#"href="//cdn/x""#), "{out}");
        // A photo's every file, in `srcset` as in `src`.
        let html = r#"<img srcset="/images/a-480.jpg 480w, /images/a-720.jpg 720w,https://x.go.id/b.jpg 2x" src="/images/a-720.jpg">"#;
        let out = relativize(html, "/news/x/", "/");
        assert!(
            out.contains(r#"srcset="../../images/a-480.jpg 480w, ../../images/a-720.jpg 720w,https://x.go.id/b.jpg 2x""#),
            "{out}"
        );
    }

    #[test]
    fn the_home_page_and_a_sub_path() {
        let html =
            r#"<a href="/sub/programs/">P</a> <a href="/sub/">H</a> <a href="/other/">O</a>"#;
        let out = relativize(html, "/sub/", "/sub/");
        assert!(out.contains(r#"href="programs/index.html""#), "{out}");
        assert!(out.contains(r#"href="index.html""#), "{out}");
        assert!(out.contains(r#"href="/other/""#), "{out}");
        let out = relativize(html, "/sub/news/page/2/", "/sub/");
        assert!(
            out.contains(r#"href="../../../programs/index.html""#),
            "{out}"
        );
    }

    #[test]
    fn text_and_other_attributes_are_left_alone() {
        let html = r#"<p data-href="/x/">é href=&quot;/x/&quot; src= "/y/" é=</p><a class="a" title="/z/" href='/q/'>q</a>"#;
        let out = relativize(html, "/", "/");
        assert!(out.contains(r#"data-href="/x/""#), "{out}");
        assert!(out.contains("href=&quot;/x/&quot;"), "{out}");
        assert!(out.contains(r#"title="/z/""#), "{out}");
        assert!(out.contains("href='q/index.html'"), "{out}");
    }

    #[test]
    fn only_attributes_of_tags_are_rewritten() {
        let html = "<p>tulis href='/ lalu</p><pre><code>&lt;a href='/x/'&gt; src=\"/y/\"</code></pre>\
            <!-- <a href=\"/komentar/\"> --><script>var a = '<a href=\"/skrip/\">';</script>\
            <textarea><a href='/teks/'></textarea><A HREF=\"/besar/\">b</A><a title='>' href=/u/>u</a>";
        let out = relativize(html, "/news/x/", "/");
        for kept in [
            "tulis href='/ lalu",
            "&lt;a href='/x/'&gt; src=\"/y/\"",
            "<a href=\"/komentar/\">",
            "'<a href=\"/skrip/\">'",
            "<a href='/teks/'>",
        ] {
            assert!(out.contains(kept), "{kept} in {out}");
        }
        assert!(out.contains("HREF=\"../../besar/index.html\""), "{out}");
        assert!(out.contains("href=../../u/index.html>"), "{out}");
    }

    #[test]
    fn only_paths_of_the_site_are_rewritten_and_stay_paths() {
        let html = r#"<a href="/\evil.example/">a</a> <a href="//evil.example/">b</a> <a href="/javascript:alert(1)">c</a> <a href="/&#92;&#47;evil.example/">d</a>"#;
        let out = relativize(html, "/", "/");
        assert!(out.contains(r#"href="/\evil.example/""#), "{out}");
        assert!(out.contains(r#"href="//evil.example/""#), "{out}");
        assert!(out.contains(r#"href="./javascript:alert(1)""#), "{out}");
        // Character references are not decoded here; `./` keeps the
        // value a path whatever they stand for.
        assert!(out.contains(r#"href="./&#92;&#47;evil.example/""#), "{out}");
    }
}
