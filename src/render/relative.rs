//! `relative_urls: true`: every link in a page becomes relative to the page,
//! so the site works opened from disk (`file://`) or copied to any folder.
//!
//! A pass over the rendered HTML: each `href` and `src` whose value starts
//! with the base path (`/` or `/sub/`) is rewritten; a link to a folder gets
//! `index.html`, since there is no web server to add it. Absolute links
//! (`https://`, canonical), fragments (`#x`) and `mailto:` stay as they are.
//! Values are found by their attribute (` href="`): templates and Markdown
//! escape every quote in text, so text can never look like one.

/// Rewrites the links of `html`, the page served at `page_link` (a link made
/// by `Urls`, like `/sub/programs/x/`), relative to that page.
pub fn relativize(html: &str, page_link: &str, base_path: &str) -> String {
    let page = page_link.strip_prefix(base_path).unwrap_or("");
    // The folders the page is in: `programs/x/` -> ["programs", "x"].
    let page_dirs: Vec<&str> = match page.rfind('/') {
        Some(i) => page[..i].split('/').collect(),
        None => Vec::new(),
    };
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut rest = html;
    while let Some((start, quote)) = next_link(rest) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(quote).unwrap_or(rest.len());
        let value = &rest[..end];
        match value.strip_prefix(base_path) {
            Some(target) if !value.starts_with("//") => out.push_str(&relative(&page_dirs, target)),
            _ => out.push_str(value),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The start of the next `href`/`src` value (after its opening quote) and
/// that quote.
fn next_link(html: &str) -> Option<(usize, char)> {
    let bytes = html.as_bytes();
    let mut from = 0;
    while let Some(i) = html[from..].find('=').map(|i| i + from) {
        from = i + 1;
        let quote = match bytes.get(i + 1) {
            Some(b'"') => '"',
            Some(b'\'') => '\'',
            _ => continue,
        };
        // The attribute name: ASCII letters before `=` (so a char boundary).
        let mut name_start = i;
        while name_start > 0
            && (bytes[name_start - 1].is_ascii_alphanumeric() || bytes[name_start - 1] == b'-')
        {
            name_start -= 1;
        }
        let name = &html[name_start..i];
        let spaced = name_start > 0 && bytes[name_start - 1].is_ascii_whitespace();
        if spaced && (name.eq_ignore_ascii_case("href") || name.eq_ignore_ascii_case("src")) {
            return Some((i + 2, quote));
        }
    }
    None
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
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
