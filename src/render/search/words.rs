//! The numbering of terms: every stem the index meets gets a number, and
//! each thread remembers which term each spelling it has read stands for, so
//! that folding, stemming and the shared table's lock are for a spelling's
//! first time.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::{Arc, Mutex};

use super::docs::Doc;
use crate::render::stem::{fold_into, stem};

/// FxHash, as rustc-hash 2 has it: the maps below hash millions of short
/// words, and this takes eight bytes a step where FNV-1a takes one.
/// SipHash's protection against chosen keys is not needed for the site's
/// own text.
#[derive(Default, Clone, Copy)]
struct WordHash(u64);

impl WordHash {
    fn add(&mut self, x: u64) {
        self.0 = self.0.wrapping_add(x).wrapping_mul(0xf135_7aea_2e62_a9c5);
    }
}

impl std::hash::Hasher for WordHash {
    fn finish(&self) -> u64 {
        // The multiply leaves its best bits high; the table indexes by the
        // low ones.
        self.0.rotate_left(26)
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while let Some((eight, tail)) = rest.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*eight));
            rest = tail;
        }
        // The last 0-7 bytes as one number, read in place: copying them
        // into a zeroed buffer first costs as much as the rest of a word.
        let last = match (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
            (Some(head), Some(tail)) => {
                u64::from(u32::from_le_bytes(*head)) << 32 | u64::from(u32::from_le_bytes(*tail))
            }
            _ => rest.iter().fold(0, |n, b| n << 8 | u64::from(*b)),
        };
        self.add(last);
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHash>>;

/// Every term (stem) the index has met, numbered: documents keep their
/// terms as numbers, which cost nothing to copy, compare or look up.
///
/// It holds the vocabulary: a few MB for a large site.
#[derive(Default)]
pub(super) struct TermTable {
    ids: FastMap<Arc<str>, u32>,
    pub(super) terms: Vec<Arc<str>>,
}

/// The term table and each thread's working memory, for one index build
/// or, in the preview, for the whole session: a term's number means the
/// same in the remembered terms of a news item and in every word cache
/// only while they share one table.
pub(super) struct Words {
    pub(super) table: Mutex<TermTable>,
    /// One by rayon thread: a thread locks only its own, uncontended, and
    /// keeps it between documents (and, in the preview, between rebuilds).
    scratch: Box<[Mutex<Scratch>]>,
}

impl Default for Words {
    fn default() -> Self {
        Words {
            table: Mutex::default(),
            scratch: (0..rayon::current_num_threads().max(1))
                .map(|_| Mutex::default())
                .collect(),
        }
    }
}

/// What a word's cache entry holds when its stem is too short to index.
const NO_TERM: u32 = u32::MAX;

/// The number of the term of a folded `word` (ASCII letters and digits),
/// or [`NO_TERM`].
fn term_of(table: &Mutex<TermTable>, word: &[u8]) -> u32 {
    let term = stem(std::str::from_utf8(word).unwrap_or_default());
    if term.len() < 2 {
        return NO_TERM;
    }
    let mut table = table.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&id) = table.ids.get(term.as_str()) {
        return id;
    }
    // Postings keep a term's number doubled, so it must stay below 2^31
    // (and below NO_TERM): that many words would not fit in memory anyway.
    let id = u32::try_from(table.terms.len())
        .ok()
        .filter(|id| *id < 1 << 31)
        .expect("fewer than 2^31 terms");
    let term: Arc<str> = term.into();
    table.terms.push(term.clone());
    table.ids.insert(term, id);
    id
}

/// A thread's working memory for [`Words::doc_terms`]. Kept between
/// documents, so that reading a document allocates only its term list.
#[derive(Default)]
struct Scratch {
    /// Word, as written or folded -> its term's number. A site has few
    /// distinct words: folding, stemming and the shared table's lock are
    /// for a spelling's first time.
    words: FastMap<Box<[u8]>, u32>,
    /// The text being read, folded, when it is not ASCII.
    folded: String,
    /// The terms of the document being read, as [`Words::doc_terms`] returns them.
    terms: Vec<u32>,
    /// By term number: the last document it was counted in.
    seen: Vec<u32>,
    /// The document being read, numbered from 1.
    doc: u32,
}

impl Words {
    /// The terms of a document, each once, as `term * 2 + (1 if in the title)`.
    pub(super) fn doc_terms(&self, doc: &Doc) -> Arc<[u32]> {
        let slot = rayon::current_thread_index().unwrap_or(0) % self.scratch.len();
        let mut scratch = self.scratch[slot].lock().unwrap_or_else(|e| e.into_inner());
        scratch.next_doc();
        // The title first: its terms are counted with the title bit, and
        // the text then finds them seen.
        let table = &self.table;
        scratch.add_terms(table, doc.title(), 1);
        scratch.add_terms(table, &doc.body, 0);
        for field in &doc.fields {
            scratch.add_terms(table, field, 0);
        }
        Arc::from(scratch.terms.as_slice())
    }
}

impl Scratch {
    fn next_doc(&mut self) {
        self.terms.clear();
        self.doc = self.doc.wrapping_add(1);
        if self.doc == 0 {
            // After 2^32 documents: the marks start over.
            self.seen.fill(0);
            self.doc = 1;
        }
    }

    /// Adds the terms of `text` not yet seen in this document.
    fn add_terms(&mut self, table: &Mutex<TermTable>, text: &str, title_bit: u32) {
        // ASCII text is read as written, without a folded copy: its words
        // are those of the folded text but for their case, which the cache
        // folds away on a spelling's first time.
        if text.is_ascii() {
            self.add_words(table, text.as_bytes(), title_bit);
        } else {
            let mut folded = std::mem::take(&mut self.folded);
            folded.clear();
            fold_into(text, &mut folded);
            self.add_words(table, folded.as_bytes(), title_bit);
            self.folded = folded;
        }
    }

    /// Adds the terms of the words of `text` not yet seen in this document.
    /// Words are runs of ASCII letters and digits: anything else, including
    /// every byte of a non-ASCII character, separates them.
    fn add_words(&mut self, table: &Mutex<TermTable>, text: &[u8], title_bit: u32) {
        let words = text
            .split(|b| !b.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty());
        for word in words {
            let id = match self.words.get(word) {
                Some(&id) => id,
                None => {
                    let id = term_of(table, &word.to_ascii_lowercase());
                    self.words.insert(word.into(), id);
                    id
                }
            };
            if id == NO_TERM {
                continue;
            }
            let i = id as usize;
            if self.seen.len() <= i {
                self.seen.resize(i + 1, 0);
            }
            if self.seen[i] != self.doc {
                self.seen[i] = self.doc;
                self.terms.push(id * 2 + title_bit);
            }
        }
    }
}
