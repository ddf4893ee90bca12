//! The one rule for every path the CMS sends: relative to the site root,
//! inside `content/` (records, and photos beside them) or `static/`
//! (photos), and nowhere else. `warta.yaml`, the theme, `.git`, the caches
//! and anything outside the site are refused, whatever the spelling.

use std::path::{Path, PathBuf};

use crate::i18n::Text;
use crate::msg;

/// The two folders the CMS may read and write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Content,
    Static,
}

impl Area {
    fn folder(self) -> &'static str {
        match self {
            Area::Content => "content",
            Area::Static => "static",
        }
    }
}

/// A path the rule let through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitePath {
    /// As the CMS writes it, normalised: `content/news/a.md`.
    pub rel: String,
    /// Below the site root.
    pub abs: PathBuf,
    pub area: Area,
}

/// Checks `raw` by the rule: plain `/`-separated names, none empty, `.`,
/// `..` or hidden (`.git`, `.warta-cache`, the loader's skipped `_` and `~`
/// names too), no backslash, colon or control character, the first name
/// `content` or `static`, and no link on the way that leads out of that
/// folder. A trailing `/` (a folder) is allowed.
pub fn site_path(root: &Path, raw: &str) -> Result<SitePath, Text> {
    let malformed = || msg!(CMS_PATH_MALFORMED, path = raw);
    let trimmed = raw.strip_suffix('/').unwrap_or(raw);
    let plain =
        !trimmed.is_empty() && !trimmed.contains(|c: char| c == '\\' || c == ':' || c.is_control());
    if !plain {
        return Err(malformed());
    }
    let names: Vec<&str> = trimmed.split('/').collect();
    let hidden = |n: &str| {
        n.is_empty()
            || n == "."
            || n == ".."
            || crate::load::is_ignored_name(std::ffi::OsStr::new(n))
    };
    if names.iter().any(|n| hidden(n)) {
        return Err(malformed());
    }
    let area = match names[0] {
        "content" => Area::Content,
        "static" => Area::Static,
        _ => return Err(msg!(CMS_PATH_OUTSIDE, path = raw)),
    };
    let abs = names.iter().fold(root.to_path_buf(), |p, n| p.join(n));
    if leads_out(root, area, &abs) {
        return Err(msg!(CMS_PATH_LINK_OUT, path = raw));
    }
    Ok(SitePath {
        rel: trimmed.to_string(),
        abs,
        area,
    })
}

/// Whether the deepest part of `abs` that exists is, links followed,
/// outside the area's folder (or the folder itself outside the site).
fn leads_out(root: &Path, area: Area, abs: &Path) -> bool {
    let Ok(site) = root.canonicalize() else {
        return true;
    };
    let folder = root.join(area.folder());
    let inside = match folder.canonicalize() {
        Ok(f) if f.starts_with(&site) => f,
        Ok(_) => return true,
        // No such folder yet: nothing in it can be a link.
        Err(_) => return false,
    };
    let existing = abs
        .ancestors()
        .find(|p| p.symlink_metadata().is_ok())
        .unwrap_or(root);
    match existing.canonicalize() {
        Ok(real) => !real.starts_with(&inside),
        // A dangling link: where it leads cannot be checked, so refused.
        Err(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/news")).unwrap();
        std::fs::create_dir_all(dir.path().join("static")).unwrap();
        std::fs::write(dir.path().join("warta.yaml"), "title: x\n").unwrap();
        dir
    }

    #[test]
    fn content_and_static_paths_pass() {
        let dir = site();
        let root = dir.path();
        let p = site_path(root, "content/news/a.md").unwrap();
        assert_eq!(p.rel, "content/news/a.md");
        assert_eq!(p.abs, root.join("content/news/a.md"));
        assert_eq!(p.area, Area::Content);
        assert_eq!(
            site_path(root, "static/foto.jpg").unwrap().area,
            Area::Static
        );
        assert_eq!(
            site_path(root, "content/news/").unwrap().rel,
            "content/news"
        );
        assert!(site_path(root, "content/news/baru/b.md").is_ok());
    }

    #[test]
    fn hostile_paths_are_refused() {
        let dir = site();
        let root = dir.path();
        for bad in [
            "",
            "/",
            "warta.yaml",
            "themes/default/base.html",
            ".git/config",
            "content/../warta.yaml",
            "content/news/../../warta.yaml",
            "../outside.md",
            "/etc/passwd",
            "/content/news/a.md",
            "content//news/a.md",
            "content/./news/a.md",
            "content\\..\\warta.yaml",
            "content/news/a.md\0.jpg",
            "C:/Windows/win.ini",
            "content/news/a.md:stream",
            "content/.warta-cache/x",
            "content/news/_draft.md",
            "content/news/a.md~",
            "static/.htaccess",
            "contentx/a.md",
            "public/index.html",
            ".warta-cache/images/x.webp",
            "content/news/a\nb.md",
        ] {
            assert!(site_path(root, bad).is_err(), "{bad:?} passed");
        }
    }

    #[cfg(unix)]
    #[test]
    fn links_leading_out_are_refused() {
        let dir = site();
        let root = dir.path();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), root.join("content/news/out")).unwrap();
        std::os::unix::fs::symlink(root.join("warta.yaml"), root.join("content/news/w.md"))
            .unwrap();
        std::os::unix::fs::symlink(
            root.join("content/news/gone"),
            root.join("content/news/d.md"),
        )
        .unwrap();
        for bad in [
            "content/news/out/a.md",
            "content/news/w.md",
            "content/news/d.md",
        ] {
            assert!(site_path(root, bad).is_err(), "{bad:?} passed");
        }
        let moved = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(moved.path().join("photos")).unwrap();
        std::fs::remove_dir(root.join("static")).unwrap();
        std::os::unix::fs::symlink(moved.path().join("photos"), root.join("static")).unwrap();
        assert!(site_path(root, "static/a.jpg").is_err());
    }
}
