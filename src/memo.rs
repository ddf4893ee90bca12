//! Values remembered by source-file version between the rebuilds of one
//! `warta serve` session: a news item's search terms, its text, its Markdown
//! checks. They change only when the file does, and making them again for
//! every item costs more than the rest of a rebuild.
//!
//! Off unless [`enable`] is called (the preview does): a one-shot build
//! makes each value once, and remembering 50,000 items' terms would only
//! double its memory.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Turns remembering on for this process.
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

/// Old versions pile up in a long session; a memo starts over past this.
const MAX_ENTRIES: usize = 200_000;

pub struct Memo<K, T>(OnceLock<Mutex<HashMap<K, T>>>);

impl<K: Hash + Eq, T: Clone> Memo<K, T> {
    pub const fn new() -> Self {
        Memo(OnceLock::new())
    }

    /// The value remembered for `key`, or `make()` (remembered when on).
    pub fn get_or(&self, key: K, make: impl FnOnce() -> T) -> T {
        if !ENABLED.load(Ordering::Relaxed) {
            return make();
        }
        let map = self.0.get_or_init(|| Mutex::new(HashMap::new()));
        if let Some(v) = map.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return v.clone();
        }
        let value = make();
        let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() > MAX_ENTRIES {
            map.clear();
        }
        map.insert(key, value.clone());
        value
    }
}

impl<K: Hash + Eq, T: Clone> Default for Memo<K, T> {
    fn default() -> Self {
        Self::new()
    }
}
