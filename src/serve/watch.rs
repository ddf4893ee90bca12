//! Watching the site's sources: which file-system events mean "rebuild".

use std::path::{Path, PathBuf};
use std::time::Duration;

use notify_debouncer_full::notify::RecursiveMode;
use notify_debouncer_full::notify::event::{AccessKind, AccessMode, EventKind};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use crate::load::is_ignored_name;

/// The sources of a site, relative to its root.
const WATCHED: &[&str] = &[
    "warta.yaml",
    "warta.yml",
    "content",
    "static",
    "templates",
    "themes",
];

/// Short: an editor's save is one burst of events, and every millisecond
/// here is a millisecond before the browser reloads.
const DEBOUNCE: Duration = Duration::from_millis(30);

/// Scratch files editors write while saving (vim's `4913` probe and swap
/// files, emacs lock files, backups): never a reason to rebuild.
fn is_scratch(path: &Path) -> bool {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy()) else {
        return true;
    };
    name == "4913"
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.starts_with(".#")
        || is_ignored_name(path.file_name().unwrap_or_default())
}

/// Whether `path` is one of the site's sources (and not scratch).
pub fn is_source(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return false;
    };
    let Some(first) = rel.components().next() else {
        return false;
    };
    WATCHED.iter().any(|w| first.as_os_str() == *w) && !is_scratch(path)
}

/// Reads and closes do not change anything; reacting to them would loop,
/// since a build reads every file.
fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// Starts watching `root`; `on_change` gets the changed source paths, one
/// batch per burst of saves.
pub fn watch(
    root: &Path,
    mut on_change: impl FnMut(Vec<PathBuf>) + Send + 'static,
) -> notify_debouncer_full::notify::Result<
    Debouncer<notify_debouncer_full::notify::RecommendedWatcher, RecommendedCache>,
> {
    let root_owned = root.to_path_buf();
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
        let Ok(events) = result else { return };
        let mut paths: Vec<PathBuf> = events
            .iter()
            .filter(|e| is_change(&e.event.kind))
            .flat_map(|e| e.event.paths.iter().cloned())
            .filter(|p| is_source(&root_owned, p))
            .collect();
        paths.sort();
        paths.dedup();
        if !paths.is_empty() {
            on_change(paths);
        }
    })?;
    // Watch the root itself (not only its folders), so that a folder such
    // as static/ created after the start is noticed too.
    debouncer.watch(root, RecursiveMode::Recursive)?;
    Ok(debouncer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sources_count() {
        let root = Path::new("/site");
        assert!(is_source(root, Path::new("/site/content/news/a.md")));
        assert!(is_source(root, Path::new("/site/warta.yaml")));
        assert!(is_source(root, Path::new("/site/templates/base.html")));
        assert!(!is_source(root, Path::new("/site/public/index.html")));
        // The processed photos: made by the build, never a reason for one.
        assert!(!is_source(
            root,
            Path::new("/site/.warta-cache/images/a.webp")
        ));
        assert!(!is_source(root, Path::new("/site/content/news/.a.md.swp")));
        assert!(!is_source(root, Path::new("/site/content/news/4913")));
        assert!(!is_source(root, Path::new("/site/content/news/a.md~")));
        assert!(!is_source(root, Path::new("/site/content/news/.#a.md")));
        assert!(!is_source(root, Path::new("/elsewhere/content/a.md")));
    }
}
