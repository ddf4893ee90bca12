//! A file of the built site, in memory: what render makes and write puts on
//! disk. A shared leaf, so that both stages name it without one importing
//! the other.

use std::sync::Arc;

/// A file to write: its path inside the output folder and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative, with `/`; always inside the output folder.
    pub path: String,
    /// Shared, so a page reused from the render cache is not copied.
    pub bytes: Arc<[u8]>,
}

/// Files still being made on another thread: the preview's site-wide
/// outputs (feed, calendars, open data, search index, sitemap), which no
/// edited page needs, so the pages are served before them. Cloning shares
/// the same files; [`Later::wait`] blocks until they are made, so whoever
/// asks for one always gets this build's, never a stale one.
#[derive(Clone, Default)]
pub struct Later(Arc<(std::sync::Mutex<Option<Made>>, std::sync::Condvar)>);

/// The files a [`Later`] made, with their index by path.
pub struct Made {
    pub files: Vec<OutputFile>,
    by_path: std::collections::HashMap<String, usize>,
}

impl Made {
    pub fn get(&self, path: &str) -> Option<&OutputFile> {
        self.by_path.get(path).map(|&i| &self.files[i])
    }
}

impl std::fmt::Debug for Later {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Later")
    }
}

impl Later {
    /// Hands the files over and wakes whoever waits for them.
    pub fn fill(&self, files: Vec<OutputFile>) {
        let by_path = files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.path.clone(), i))
            .collect();
        let (made, ready) = &*self.0;
        *made.lock().unwrap_or_else(|e| e.into_inner()) = Some(Made { files, by_path });
        ready.notify_all();
    }

    /// Runs `f` on the files once they are made.
    pub fn wait<T>(&self, f: impl FnOnce(&Made) -> T) -> T {
        let (made, ready) = &*self.0;
        let mut guard = made.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(m) = guard.as_ref() {
                return f(m);
            }
            guard = ready.wait(guard).unwrap_or_else(|e| e.into_inner());
        }
    }
}
