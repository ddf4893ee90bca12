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

/// Brings `map`, by output path, to `files` (with `value` of each) in
/// place. A preview rebuild keeps nearly every path, and making the map
/// anew copied 20,000 paths on every save; only when paths came or went
/// are the ones gone looked for. Paths are unique in a site that built.
pub fn update_by_path<V>(
    map: &mut std::collections::HashMap<String, V>,
    files: &[OutputFile],
    value: impl Fn(usize, &OutputFile) -> V,
) {
    let mut same_paths = map.len() == files.len();
    for (i, f) in files.iter().enumerate() {
        match map.get_mut(f.path.as_str()) {
            Some(v) => *v = value(i, f),
            None => {
                same_paths = false;
                map.insert(f.path.clone(), value(i, f));
            }
        }
    }
    if !same_paths {
        let now: std::collections::HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
        map.retain(|path, _| now.contains(path.as_str()));
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, bytes: &str) -> OutputFile {
        OutputFile {
            path: path.to_string(),
            bytes: Arc::from(bytes.as_bytes()),
        }
    }

    /// A rebuild's paths replace the last one's: kept ones get their new
    /// bytes, new ones come, gone ones go, also when the count is the same.
    #[test]
    fn a_map_by_path_follows_the_files() {
        let mut map = std::collections::HashMap::new();
        let bytes = |_: usize, f: &OutputFile| f.bytes.clone();
        update_by_path(&mut map, &[file("a", "1"), file("b", "1")], bytes);
        update_by_path(&mut map, &[file("b", "2"), file("c", "2")], bytes);
        let mut got: Vec<(String, String)> = map
            .iter()
            .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
            .collect();
        got.sort();
        assert_eq!(got, [("b".into(), "2".into()), ("c".into(), "2".into())]);
        update_by_path(&mut map, &[file("c", "3")], bytes);
        assert_eq!(map.keys().collect::<Vec<_>>(), ["c"]);
    }
}
