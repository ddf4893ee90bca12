//! The one rule for addresses that come from content: whether a URL an
//! editor wrote (a record's `image:`, a Markdown link or image, an `href` or
//! `src` in raw HTML) stays on this site, leaves it for a web address, or
//! must not be used; and how a content file's path becomes a URL path.
//!
//! The rule reads a URL the way a browser does (the WHATWG URL standard),
//! not the way it looks: browsers drop spaces and control characters at
//! both ends and tabs and line breaks anywhere, and read `\` as `/` in web
//! addresses. So `/\evil.example/x.png`, `\\evil.example`, `/\/evil.example`
//! and `/<tab>/evil.example` all name another host, although they start
//! like a path of this site. Every place that takes a URL from content asks
//! [`kind`], and decides for itself only which kinds it accepts.

use std::path::{Component, Path};

/// What a URL from content is, read as a browser reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlKind {
    /// A path on this site from its root: `/images/pelatihan.jpg`.
    SitePath,
    /// A reference to this site, relative to the page: `foto.jpg`,
    /// `../x/`, `#bagian`, `?q=1`, or nothing.
    Relative,
    /// A web address pages may link to: `http://` or `https://` with a
    /// host, `mailto:` or `tel:`.
    Web,
    /// Anything else: another scheme (`javascript:`), a host without a
    /// scheme (`//host`, `/\host`, `\\host`), or a control character or
    /// backslash anywhere, with which a URL means something other than what
    /// it looks like.
    Refused,
}

/// The kind of `url`, after the spaces a browser would drop at its ends.
pub fn kind(url: &str) -> UrlKind {
    let url = url.trim_matches(' ');
    if url.chars().any(|c| c.is_ascii_control() || c == '\\') {
        return UrlKind::Refused;
    }
    if let Some((scheme, rest)) = split_scheme(url) {
        let web = match scheme.to_ascii_lowercase().as_str() {
            "http" | "https" => rest
                .strip_prefix("//")
                .is_some_and(|host| !host.is_empty() && !host.starts_with('/')),
            "mailto" | "tel" => !rest.is_empty(),
            _ => false,
        };
        return if web { UrlKind::Web } else { UrlKind::Refused };
    }
    if url.starts_with("//") {
        UrlKind::Refused
    } else if url.starts_with('/') {
        UrlKind::SitePath
    } else {
        UrlKind::Relative
    }
}

/// `url`'s scheme and what follows its `:`, when it has one: an ASCII
/// letter, then letters, digits, `+`, `-` or `.`, then `:` (so `x/?a:b`
/// and `2024:x` have none).
fn split_scheme(url: &str) -> Option<(&str, &str)> {
    let end = url.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))?;
    let (scheme, rest) = url.split_at(end);
    let rest = rest.strip_prefix(':')?;
    scheme
        .starts_with(|c: char| c.is_ascii_alphabetic())
        .then_some((scheme, rest))
}

/// Whether a site path climbs with a `..` segment (also written `%2e%2e`,
/// which browsers read as `..`): a file in `static/` never needs one.
pub fn climbs(path: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    path.split('/').any(|segment| {
        let s = segment.to_ascii_lowercase();
        matches!(s.as_str(), ".." | ".%2e" | "%2e." | "%2e%2e")
    })
}

/// The HTML attributes whose value is a URL (the WHATWG list, as the
/// sanitiser knows it); raw HTML in Markdown keeps them only when [`kind`]
/// allows.
pub fn is_url_attribute(name: &str) -> bool {
    matches!(
        name,
        "href"
            | "src"
            | "cite"
            | "action"
            | "formaction"
            | "poster"
            | "data"
            | "ping"
            | "background"
            | "longdesc"
            | "xlink:href"
    )
}

/// A path below a content or static folder as a URL path: its parts joined
/// by `/`, whatever the platform's separator. A `\` inside a name is a
/// separator too: Windows writes paths with it, and a browser reads `\` in
/// a URL as `/`, so a page made from `news\2024\x.md` must have the same
/// address as one from `news/2024/x.md`.
pub fn path_of_file(path: &Path) -> String {
    let mut out = String::with_capacity(path.as_os_str().len());
    for component in path.components() {
        let name = match component {
            Component::Normal(name) => name.to_string_lossy(),
            Component::ParentDir => "..".into(),
            // A root, a drive or `.` is no part of an address.
            Component::RootDir | Component::Prefix(_) | Component::CurDir => continue,
        };
        for part in name.split('\\').filter(|p| !p.is_empty()) {
            if !out.is_empty() {
                out.push('/');
            }
            out.push_str(part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_of_the_site() {
        for url in ["/", "/images/a.jpg", " /x/ ", "/a b.jpg", "/news/?a=b:c"] {
            assert_eq!(kind(url), UrlKind::SitePath, "{url:?}");
        }
        for url in [
            "", "a.jpg", "../x/", "#bagian", "?q=1", "x/?a=b:c", "2024:x",
        ] {
            assert_eq!(kind(url), UrlKind::Relative, "{url:?}");
        }
        for url in [
            "https://example.go.id/",
            "HTTP://x",
            "mailto:a@b.id",
            "tel:+62",
        ] {
            assert_eq!(kind(url), UrlKind::Web, "{url:?}");
        }
    }

    #[test]
    fn what_a_browser_reads_as_another_host_or_a_script_is_refused() {
        for url in [
            "/\\evil.example/x.png",
            "\\\\evil.example/x.png",
            "/\\/evil.example",
            "\\/evil.example",
            "//evil.example/x.png",
            " //evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "\u{1}/x",
            "/x\u{0}",
            "\u{7f}/x",
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "data:text/html,x",
            "https:evil.example",
            "https:///x",
            "https://",
            "mailto:",
            "https://good.example\\@evil.example/",
        ] {
            assert_eq!(kind(url), UrlKind::Refused, "{url:?}");
        }
    }

    #[test]
    fn climbing_is_seen_in_every_spelling() {
        for path in ["/../x", "/a/..", "/%2e%2e/x", "/.%2E/x", "/%2E./x"] {
            assert!(climbs(path), "{path}");
        }
        for path in ["/a/b", "/..a/", "/x?a=..", "/x#.."] {
            assert!(!climbs(path), "{path}");
        }
    }

    #[test]
    fn content_paths_become_the_same_url_on_every_platform() {
        let slashes = Path::new("news").join("2024").join("x.md");
        assert_eq!(path_of_file(&slashes), "news/2024/x.md");
        // What Windows gives for the same file.
        assert_eq!(path_of_file(Path::new(r"news\2024\x.md")), "news/2024/x.md");
        assert_eq!(path_of_file(Path::new(r"news/2024\x.md")), "news/2024/x.md");
        assert_eq!(path_of_file(Path::new("./a/b")), "a/b");
    }
}
