//! Values remembered by source-file version between the rebuilds of one
//! `warta serve` session: a news item's search terms, its text, its Markdown
//! checks. They change only when the file does, and making them again for
//! every item costs more than the rest of a rebuild.
//!
//! A memo belongs to the preview's caches (`pipeline::Caches`) and is
//! passed down as `Option<&Memo>`: a one-shot build passes none and makes
//! each value once, as remembering 50,000 items' terms would only double
//! its memory.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;

/// Old versions pile up in a long session; a memo starts over past this.
const MAX_ENTRIES: usize = 200_000;

/// Values by key, shared by the threads of one rebuild.
pub struct Memo<K, T>(Mutex<HashMap<K, T>>);

impl<K: Hash + Eq, T: Clone> Memo<K, T> {
    /// The value remembered for `key`, or `make()`, remembered.
    pub fn get_or(&self, key: K, make: impl FnOnce() -> T) -> T {
        if let Some(v) = self.0.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return v.clone();
        }
        let value = make();
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() > MAX_ENTRIES {
            map.clear();
        }
        map.insert(key, value.clone());
        value
    }
}

/// `make()`, through `memo` when there is one.
pub fn remembered<K: Hash + Eq, T: Clone>(
    memo: Option<&Memo<K, T>>,
    key: K,
    make: impl FnOnce() -> T,
) -> T {
    match memo {
        Some(memo) => memo.get_or(key, make),
        None => make(),
    }
}

impl<K, T> Default for Memo<K, T> {
    fn default() -> Self {
        Memo(Mutex::new(HashMap::new()))
    }
}
