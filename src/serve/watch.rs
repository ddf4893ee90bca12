//! Watching the site's sources: which file-system events mean "rebuild".

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind, ModifyKind, RenameMode};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

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

/// How long the sources must be quiet before a burst of events is a save,
/// when no event said the save is whole: an editor's save is one burst, and
/// every millisecond here is a millisecond before the browser reloads.
const QUIET: Duration = Duration::from_millis(30);

/// After an event that says a file is whole (closed after writing, or
/// renamed into place), only this long for the events of the same save
/// that come with it. Where the system reports such events (Linux), a save
/// is rebuilt ~30 ms sooner than after [`QUIET`].
const SETTLE: Duration = Duration::from_millis(3);

/// A stream of events that never goes quiet (a program writing into
/// content/ without a pause) still gets a rebuild this often.
const AT_MOST: Duration = Duration::from_secs(1);

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

/// Whether the event says its file is now whole: closed after writing, or
/// renamed to its name (how many editors and warta's CMS save). A removal
/// or a rename away is not: editors that keep a backup rename the old file
/// away and then write the new one.
fn is_whole(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both))
    )
}

/// The source paths changed since the last rebuild, and when to rebuild.
#[derive(Default)]
struct Burst {
    paths: Vec<PathBuf>,
    whole: bool,
    first: Option<Instant>,
}

impl Burst {
    fn add(&mut self, paths: impl IntoIterator<Item = PathBuf>, whole: bool, now: Instant) {
        let before = self.paths.len();
        self.paths.extend(paths);
        if self.paths.len() > before {
            self.whole |= whole;
            self.first.get_or_insert(now);
        }
    }

    /// How long to wait for the next event before rebuilding; `None`:
    /// nothing to rebuild, wait for as long as it takes.
    fn wait(&self, now: Instant) -> Option<Duration> {
        let first = self.first?;
        let quiet = if self.whole { SETTLE } else { QUIET };
        let cap = AT_MOST.saturating_sub(now.saturating_duration_since(first));
        Some(quiet.min(cap))
    }

    /// Whether the burst has waited [`AT_MOST`] in all: no time is left.
    fn overdue(&self, now: Instant) -> bool {
        self.wait(now) == Some(Duration::ZERO)
    }

    /// The changed paths, sorted and once each; the burst starts over.
    fn take(&mut self) -> Vec<PathBuf> {
        let mut paths = std::mem::take(self).paths;
        paths.sort();
        paths.dedup();
        paths
    }
}

/// The running watch: dropping it stops the watching and its thread.
pub struct Watching {
    _watcher: RecommendedWatcher,
}

/// Starts watching `root`; `on_change` gets the changed source paths, one
/// batch per save (or burst of saves), on a thread of its own.
pub fn watch(
    root: &Path,
    on_change: impl FnMut(Vec<PathBuf>) + Send + 'static,
) -> notify::Result<Watching> {
    let (events, received) = channel();
    let mut watcher = notify::recommended_watcher(events)?;
    // Watch the root itself (not only its folders), so that a folder such
    // as static/ created after the start is noticed too.
    watcher.watch(root, RecursiveMode::Recursive)?;
    let root = root.to_path_buf();
    std::thread::spawn(move || gather(&root, &received, on_change));
    Ok(Watching { _watcher: watcher })
}

/// Gathers events into bursts and hands each burst on; ends when the
/// watcher is dropped.
fn gather(
    root: &Path,
    received: &Receiver<notify::Result<notify::Event>>,
    mut on_change: impl FnMut(Vec<PathBuf>),
) {
    let mut burst = Burst::default();
    loop {
        let event = match burst.wait(Instant::now()) {
            None => received.recv().map_err(|_| RecvTimeoutError::Disconnected),
            Some(wait) => received.recv_timeout(wait),
        };
        let quiet = match event {
            Ok(Ok(event)) => {
                if is_change(&event.kind) {
                    let sources = event.paths.into_iter().filter(|p| is_source(root, p));
                    burst.add(sources, is_whole(&event.kind), Instant::now());
                }
                false
            }
            // A watcher's error (an event queue overflowed) is no change of
            // its own; the files it missed are read again at the next save.
            Ok(Err(_)) => false,
            Err(RecvTimeoutError::Timeout) => true,
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if quiet || burst.overdue(Instant::now()) {
            on_change(burst.take());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_file_is_rebuilt_sooner_than_a_burst_that_may_go_on() {
        let t = Instant::now();
        let mut burst = Burst::default();
        assert_eq!(burst.wait(t), None, "nothing to rebuild: wait for events");
        burst.add([PathBuf::from("/site/content/a.md")], false, t);
        assert_eq!(burst.wait(t), Some(QUIET), "written, not yet closed");
        burst.add([PathBuf::from("/site/content/a.md")], true, t);
        assert_eq!(burst.wait(t), Some(SETTLE), "closed after writing");
        assert_eq!(burst.take(), vec![PathBuf::from("/site/content/a.md")]);
        assert_eq!(burst.wait(t), None, "a new burst after the rebuild");
    }

    #[test]
    fn events_of_no_source_start_no_burst() {
        let t = Instant::now();
        let mut burst = Burst::default();
        burst.add(std::iter::empty(), true, t);
        assert_eq!(burst.wait(t), None);
    }

    #[test]
    fn a_burst_that_never_goes_quiet_is_rebuilt_within_a_second() {
        let t = Instant::now();
        let mut burst = Burst::default();
        burst.add([PathBuf::from("/site/content/a.md")], false, t);
        let later = t + AT_MOST - Duration::from_millis(10);
        assert_eq!(burst.wait(later), Some(Duration::from_millis(10)));
        assert!(!burst.overdue(later));
        assert!(burst.overdue(t + AT_MOST));
        assert_eq!(burst.wait(t + AT_MOST), Some(Duration::ZERO));
    }

    #[test]
    fn only_closing_after_writing_and_renaming_into_place_make_a_file_whole() {
        use notify::event::{CreateKind, RemoveKind};
        assert!(is_whole(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(is_whole(&EventKind::Modify(ModifyKind::Name(
            RenameMode::To
        ))));
        assert!(!is_whole(&EventKind::Modify(ModifyKind::Name(
            RenameMode::From
        ))));
        assert!(!is_whole(&EventKind::Remove(RemoveKind::File)));
        assert!(!is_whole(&EventKind::Create(CreateKind::File)));
        assert!(!is_whole(&EventKind::Modify(ModifyKind::Data(
            notify::event::DataChange::Any
        ))));
    }

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
