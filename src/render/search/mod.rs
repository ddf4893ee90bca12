//! The search index of `/search/`: programs and news, as small script files
//! a browser loads one at a time (docs/SEARCH.md).
//!
//! - `search/meta.js`: how many documents, the kind of each, the shards.
//! - `search/t/<prefix>.js`: the terms (stems) starting with those two
//!   characters, each with the documents it is in.
//! - `search/d/<n>.js`: documents `n * CHUNK ..`: what a result shows.
//!
//! Every file is one call, `wartaSearch(name, data)`, with JSON data: it
//! loads with a `<script>` tag, so the search works from `file://` too.
//!
//! [`docs`] makes the documents, [`words`] numbers their terms, [`postings`]
//! lists each term's documents, and [`index`] writes the files.

mod docs;
mod postings;
mod words;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::memo::Memo;
use crate::output::OutputFile;
use crate::render::context::Ctx;
use docs::DocRecord;
use words::Words;

/// Documents per file of `search/d/`.
pub const CHUNK: usize = 32;
/// Characters of a term that name its shard.
pub const PREFIX: usize = 2;

#[derive(Serialize)]
struct Meta<'a> {
    v: u32,
    chunk: usize,
    prefix: usize,
    kinds: String,
    shards: Vec<&'a str>,
}

/// What the preview keeps of the search index between rebuilds (in its
/// `RenderCache`): a news item's text and terms by file version, and the
/// numbering of terms those use. A one-shot build has none, and forgets its
/// terms when the index is made.
#[derive(Default)]
pub struct SearchCache {
    plain: Memo<u64, String>,
    terms: Memo<u64, Arc<[u32]>>,
    words: Words,
}

/// The shard of a term: its first `PREFIX` characters (terms are ASCII).
pub fn shard_of(term: &str) -> &str {
    &term[..term.len().min(PREFIX)]
}

fn script(name: &str, data: &impl Serialize) -> Arc<[u8]> {
    let json = serde_json::to_string(data).unwrap_or_else(|_| "null".into());
    Arc::from(format!("wartaSearch({name:?},{json});\n").into_bytes())
}

/// The index files, under `search/`. `cache` is the preview's (see
/// [`SearchCache`]); a one-shot build passes `None`.
pub fn index(cx: &Ctx, cache: Option<&SearchCache>) -> Vec<OutputFile> {
    let t0 = std::time::Instant::now();
    let docs = docs::docs(cx, cache.map(|c| &c.plain));
    let own_words;
    let words = match cache {
        Some(c) => &c.words,
        None => {
            own_words = Words::default();
            &own_words
        }
    };
    let terms = postings::postings(&docs, words, cache.map(|c| &c.terms));
    let mut shards: BTreeMap<&str, BTreeMap<&str, &Vec<u32>>> = BTreeMap::new();
    for (term, list) in &terms {
        shards.entry(shard_of(term)).or_default().insert(term, list);
    }
    let meta = Meta {
        v: 1,
        chunk: CHUNK,
        prefix: PREFIX,
        kinds: docs.iter().map(|d| d.kind).collect(),
        shards: shards.keys().copied().collect(),
    };
    let mut files = vec![OutputFile {
        path: cx.urls.output_path(&cx.urls.search_index("meta")),
        bytes: script("meta", &meta),
    }];
    for (key, shard) in &shards {
        let name = format!("t/{key}");
        files.push(OutputFile {
            path: cx.urls.output_path(&cx.urls.search_index(&name)),
            bytes: script(&name, shard),
        });
    }
    for (n, chunk) in docs.chunks(CHUNK).enumerate() {
        let name = format!("d/{n}");
        let records: Vec<&DocRecord> = chunk.iter().map(|d| &d.record).collect();
        files.push(OutputFile {
            path: cx.urls.output_path(&cx.urls.search_index(&name)),
            bytes: script(&name, &records),
        });
    }
    crate::timing::mark("search", t0);
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terms_shard_is_its_first_characters() {
        assert_eq!(shard_of("keripik"), "ke");
        assert_eq!(shard_of("k9"), "k9");
    }
}
