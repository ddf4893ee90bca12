//! What a link may lead to: the pages and files of the site being built,
//! by URL path, and the ids of the few pages that a link's `#anchor` names.

use std::collections::{HashMap, HashSet};

use crate::load::StaticFile;
use crate::output::OutputFile;
use crate::render::urls::Urls;

/// The ids (`id="..."`) of the pages some link's `#anchor` points into.
/// Only those pages are read: a build hands its pages to the disk batch by
/// batch and keeps none, so the ids are taken as each batch goes by
/// ([`Anchors::take_from`]), and reading every page would cost a pass over
/// the whole site's HTML.
#[derive(Default, Clone)]
pub struct Anchors {
    /// Output paths (`news/x/index.html`) of the pages wanted.
    wanted: HashSet<String>,
    found: HashMap<String, HashSet<String>>,
}

impl Anchors {
    pub(super) fn want(&mut self, output_path: String) {
        self.wanted.insert(output_path);
    }

    /// Keeps the ids of the wanted pages among `files`.
    pub fn take_from(&mut self, files: &[OutputFile]) {
        if self.wanted.is_empty() {
            return;
        }
        for f in files {
            if self.wanted.contains(&f.path) {
                let ids = ids(&String::from_utf8_lossy(&f.bytes));
                self.found.insert(f.path.clone(), ids);
            }
        }
    }

    /// The ids of the page at `output_path`, when it was wanted and found.
    pub(super) fn of(&self, output_path: &str) -> Option<&HashSet<String>> {
        self.found.get(output_path)
    }
}

/// The values of every `id="..."` in an HTML page.
fn ids(html: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut rest = html;
    while let Some(i) = rest.find(" id=\"") {
        rest = &rest[i + 5..];
        if let Some(end) = rest.find('"') {
            out.insert(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    out
}

/// The pages and files of a built site, by URL path, with the ids of the
/// pages links point into.
pub struct Targets {
    pub(super) paths: HashSet<String>,
    pub(super) anchors: Anchors,
}

impl Targets {
    /// `files` and `statics` are the output of a build of the site with
    /// these `urls` (their bytes may be gone: only paths are read).
    pub fn new(
        urls: &Urls,
        files: &[OutputFile],
        statics: &[StaticFile],
        anchors: Anchors,
    ) -> Targets {
        let mut paths = HashSet::with_capacity(files.len() * 2 + statics.len());
        for f in files {
            let url = urls.link(&f.path);
            if let Some(dir) = url.strip_suffix("index.html") {
                paths.insert(dir.to_string());
            }
            paths.insert(url);
        }
        for s in statics {
            paths.insert(urls.link(s.output()));
        }
        Targets { paths, anchors }
    }

    /// Whether the site has `url` (`/news/x` finds `/news/x/` too).
    pub(super) fn has(&self, url: &str) -> bool {
        self.paths.contains(url) || (!url.ends_with('/') && self.paths.contains(&format!("{url}/")))
    }
}

/// Resolves `.` and `..` in a URL path; `None` when it climbs above the root.
pub(super) fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    let trailing = path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..");
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let mut out = format!("/{}", parts.join("/"));
    if trailing && out != "/" {
        out.push('/');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_normalize_and_never_climb_out() {
        assert_eq!(normalize("/news/a/../b/").as_deref(), Some("/news/b/"));
        assert_eq!(normalize("/a/./b").as_deref(), Some("/a/b"));
        assert_eq!(normalize("/../x"), None);
    }
}
