//! Postings: for each term, the documents it is in, as small numbers.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;

use super::docs::Doc;
use super::words::Words;
use crate::memo::Memo;

/// term -> postings: for each document with the term, in document order,
/// `(gap from the previous document) * 2 + (1 if the term is in its title)`.
/// `remembered` holds news items' terms by version, numbered in `words`.
pub(super) fn postings(
    docs: &[Doc],
    words: &Words,
    remembered: Option<&Memo<u64, Arc<[u32]>>>,
) -> BTreeMap<String, Vec<u32>> {
    // By term number: `document * 2 + title bit`, in document order.
    let mut lists: Vec<Vec<u32>> = Vec::new();
    // A slice of documents at a time, so that the terms of every document
    // are never all in memory at once.
    const SLICE: usize = 4096;
    for (n, slice) in docs.chunks(SLICE).enumerate() {
        add_postings(&mut lists, n * SLICE, slice, words, remembered);
    }
    let table = words.table.lock().unwrap_or_else(|e| e.into_inner());
    lists
        .into_iter()
        .enumerate()
        .filter(|(_, list)| !list.is_empty())
        .map(|(id, list)| (table.terms[id].to_string(), gaps(list)))
        .collect()
}

/// Document numbers as gaps from the one before, keeping the title bit.
fn gaps(list: Vec<u32>) -> Vec<u32> {
    let mut prev = 0;
    list.into_iter()
        .map(|v| {
            let id = v / 2;
            let gap = id - prev;
            prev = id;
            gap * 2 + v % 2
        })
        .collect()
}

/// Adds the terms of `docs`, numbered from `first`, to `lists`.
fn add_postings(
    lists: &mut Vec<Vec<u32>>,
    first: usize,
    docs: &[Doc],
    words: &Words,
    remembered: Option<&Memo<u64, Arc<[u32]>>>,
) {
    let per_doc: Vec<Arc<[u32]>> = docs
        .par_iter()
        .map(|doc| match (doc.version, remembered) {
            (Some(v), Some(memo)) => memo.get_or(v, || words.doc_terms(doc)),
            _ => words.doc_terms(doc),
        })
        .collect();
    for (k, terms) in per_doc.iter().enumerate() {
        let v0 = u32::try_from(first + k).unwrap_or(u32::MAX / 2) * 2;
        for &t in terms.iter() {
            let term = (t / 2) as usize;
            if lists.len() <= term {
                lists.resize_with(term + 1, Vec::new);
            }
            lists[term].push(v0 + t % 2);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_are_gaps_with_a_title_bit() {
        let doc = |title: &str, text: &'static str| Doc {
            version: None,
            kind: 'n',
            record: (
                title.into(),
                String::new(),
                String::new(),
                "",
                "",
                String::new(),
            ),
            body: String::new(),
            fields: vec![text],
        };
        let docs = [
            doc("Pelatihan keripik", "olahan"),
            doc("Berita", "x"),
            doc("Lain", "mengolah latihan"),
        ];
        let t = postings(&docs, &Words::default(), None);
        assert_eq!(t["latih"], [1, 4]); // doc 0 in title, doc 2 (gap 2) in text
        assert_eq!(t["olah"], [0, 4]);
        assert_eq!(t["keripik"], [1]);
        assert!(!t.contains_key("x"), "one-letter terms are left out");
    }
}
