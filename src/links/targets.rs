//! What a link may lead to: the pages and files of the site being built,
//! by URL path, and the ids of the few pages that a link's `#anchor` names.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

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

    /// A fingerprint of the ids found, in no order of the maps'.
    fn fingerprint(&self) -> u64 {
        let mut pages: Vec<(&String, Vec<&String>)> = self
            .found
            .iter()
            .map(|(page, ids)| {
                let mut ids: Vec<&String> = ids.iter().collect();
                ids.sort_unstable();
                (page, ids)
            })
            .collect();
        pages.sort_unstable();
        let mut h = DefaultHasher::new();
        pages.hash(&mut h);
        h.finish()
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
    pub(super) paths: Arc<HashSet<String>>,
    pub(super) anchors: Anchors,
    /// Same for two builds whose links lead to the same places: a text
    /// whose links led somewhere in one leads somewhere in the other.
    /// `None` when the paths were not fingerprinted.
    pub(super) fingerprint: Option<u64>,
}

/// The output paths of a build, by their fingerprint: the preview keeps the
/// last ones, as most saves change no path (`pipeline::Caches`).
#[derive(Default)]
pub struct KeptTargets(Option<(u64, Arc<HashSet<String>>)>);

/// A fingerprint of the output paths of a build: of the set of the pages'
/// (a program moved in the lists moves its page in the order, and no path
/// comes or goes) and of the static files in their order (the last of a
/// path wins).
pub fn paths_fingerprint(files: &[OutputFile], statics: &[StaticFile]) -> u64 {
    let pages = files.iter().fold(0u64, |sum, f| {
        let mut h = DefaultHasher::new();
        f.path.hash(&mut h);
        sum.wrapping_add(h.finish())
    });
    let mut h = DefaultHasher::new();
    (pages, files.len()).hash(&mut h);
    for s in statics {
        s.output().hash(&mut h);
    }
    h.finish()
}

impl Targets {
    /// `files` and `statics` are the output of a build of the site with
    /// these `urls` (their bytes may be gone: only paths are read).
    /// `kept`: the last build's paths, taken when they are the same
    /// (`paths` is [`paths_fingerprint`] of `files` and `statics`).
    pub fn new(
        urls: &Urls,
        files: &[OutputFile],
        statics: &[StaticFile],
        anchors: Anchors,
        kept: Option<(&mut KeptTargets, u64)>,
    ) -> Targets {
        let (paths, of_paths) = match kept {
            Some((KeptTargets(Some((was, paths))), now)) if *was == now => {
                (paths.clone(), Some(now))
            }
            Some((kept, now)) => {
                let paths = Arc::new(url_paths(urls, files, statics));
                kept.0 = Some((now, paths.clone()));
                (paths, Some(now))
            }
            None => (Arc::new(url_paths(urls, files, statics)), None),
        };
        let fingerprint = of_paths.map(|of_paths| {
            let mut h = DefaultHasher::new();
            (of_paths, anchors.fingerprint(), urls.link("")).hash(&mut h);
            h.finish()
        });
        Targets {
            paths,
            anchors,
            fingerprint,
        }
    }

    /// Whether the site has `url` (`/news/x` finds `/news/x/` too).
    pub(super) fn has(&self, url: &str) -> bool {
        self.paths.contains(url) || (!url.ends_with('/') && self.paths.contains(&format!("{url}/")))
    }
}

fn url_paths(urls: &Urls, files: &[OutputFile], statics: &[StaticFile]) -> HashSet<String> {
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
    paths
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
