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

use crate::memo::Memo;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasherDefault;
use std::sync::{Arc, Mutex};

use pulldown_cmark::{Event, Parser, TagEnd};
use rayon::prelude::*;
use serde::Serialize;

use super::OutputFile;
use super::context::Ctx;
use super::stem::{fold_into, stem};
use crate::resolve::Status;

/// Documents per file of `search/d/`.
pub const CHUNK: usize = 32;
/// Characters of a term that name its shard.
pub const PREFIX: usize = 2;
/// Characters of body text a result shows when there is no summary.
const SNIPPET: usize = 200;

/// What a result shows: `[title, url, date, status, status label, snippet]`.
/// The url is below the site root, without the base path.
type DocRecord = (String, String, String, &'static str, &'static str, String);

struct Doc<'a> {
    /// For news: the source file's version. A news document's terms depend
    /// on its file alone, so they are remembered between preview rebuilds.
    version: Option<u64>,
    /// `u` an upcoming or ongoing program, `p` another program, `n` news.
    kind: char,
    /// Its first field is the title, which is searched too.
    record: DocRecord,
    /// The body's text, without Markdown.
    body: String,
    /// The other fields searched (summary, tags, places...), as the site
    /// has them: words never cross from one field into the next, so they
    /// need not be joined into one text.
    fields: Vec<&'a str>,
}

impl Doc<'_> {
    fn title(&self) -> &str {
        &self.record.0
    }
}

#[derive(Serialize)]
struct Meta<'a> {
    v: u32,
    chunk: usize,
    prefix: usize,
    kinds: String,
    shards: Vec<&'a str>,
}

/// Text of Markdown: its words, without the syntax, links' targets or tags.
fn plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            // Inline tags end inside a word's sentence: no space there.
            Event::End(
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link,
            ) => {}
            Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Between preview rebuilds: a news item's text and terms, by file version.
static PLAIN: Memo<u64, String> = Memo::new();
static TERMS: Memo<u64, Arc<[u32]>> = Memo::new();

fn plain_of_version(version: u64, markdown: &str) -> String {
    PLAIN.get_or(version, || plain(markdown))
}

/// The first `SNIPPET` characters of `text`, cut between words.
fn snippet(text: &str) -> String {
    // The words with single spaces between, only as far as the cut needs:
    // a body is ~15 times longer than a snippet.
    let mut spaced = String::with_capacity(SNIPPET + 16);
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars > SNIPPET {
            break;
        }
        if chars > 0 {
            spaced.push(' ');
            chars += 1;
        }
        spaced.push_str(word);
        chars += word.chars().count();
    }
    if chars <= SNIPPET {
        return spaced;
    }
    let cut: String = spaced.chars().take(SNIPPET).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut} …")
}

fn docs<'a>(cx: &Ctx<'a>) -> Vec<Doc<'a>> {
    let site = cx.site;
    let rel = |link: String| cx.urls.below_root(&link).unwrap_or(&link).to_string();
    let programs = (0..site.programs.len()).into_par_iter().map(|i| {
        let p = &site.programs[i];
        let card = cx.program_card(i);
        let body = p.description.as_ref().map(|d| plain(d.source()));
        let shown = p.summary.as_deref().or(body.as_deref()).unwrap_or_default();
        let snippet = snippet(shown);
        let region = [&p.region.province, &p.region.regency, &p.region.district];
        let mut fields: Vec<&str> = Vec::new();
        fields.extend(p.summary.as_deref());
        fields.extend(p.sector.as_deref());
        fields.extend(p.tags.iter().map(String::as_str));
        fields.extend(region.into_iter().flatten().map(String::as_str));
        fields.extend(p.venues.iter().map(|v| v.name.as_str()));
        fields.extend(p.target_group.as_deref());
        fields.extend(p.curriculum.iter().map(|s| s.title.as_str()));
        fields.extend(
            p.organizers
                .iter()
                .map(|o| site.organizations[*o].name.as_str()),
        );
        Doc {
            version: None,
            kind: if matches!(p.status, Status::Upcoming | Status::Ongoing) {
                'u'
            } else {
                'p'
            },
            record: (
                p.title.clone(),
                rel(card.url),
                card.date_range,
                card.status,
                card.status_label,
                snippet,
            ),
            body: body.unwrap_or_default(),
            fields,
        }
    });
    let news = (0..site.news.len()).into_par_iter().map(|i| {
        let n = &site.news[i];
        let card = cx.news_card(i);
        let body = plain_of_version(n.version, n.body.source());
        let snippet = snippet(n.summary.as_deref().unwrap_or(&body));
        let mut fields: Vec<&str> = Vec::new();
        fields.extend(n.summary.as_deref());
        fields.extend(n.location.as_deref());
        fields.extend(n.tags.iter().map(String::as_str));
        Doc {
            version: Some(n.version),
            kind: 'n',
            record: (
                n.title.clone(),
                rel(card.url),
                card.date_label,
                "",
                "",
                snippet,
            ),
            body,
            fields,
        }
    });
    programs.chain(news).collect()
}

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
/// One table for the process, never emptied, so that a number means the
/// same term in the `TERMS` memo and in the threads' word caches across
/// preview rebuilds. It holds the vocabulary: a few MB for a large site.
struct TermTable {
    ids: FastMap<Arc<str>, u32>,
    terms: Vec<Arc<str>>,
}

static TABLE: Mutex<TermTable> = Mutex::new(TermTable {
    ids: HashMap::with_hasher(BuildHasherDefault::new()),
    terms: Vec::new(),
});

fn table() -> std::sync::MutexGuard<'static, TermTable> {
    TABLE.lock().unwrap_or_else(|e| e.into_inner())
}

/// What a word's cache entry holds when its stem is too short to index.
const NO_TERM: u32 = u32::MAX;

/// The number of the term of a folded `word` (ASCII letters and digits),
/// or [`NO_TERM`].
fn term_of(word: &[u8]) -> u32 {
    let term = stem(std::str::from_utf8(word).unwrap_or_default());
    if term.len() < 2 {
        return NO_TERM;
    }
    let mut table = table();
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

/// A thread's working memory for [`doc_terms`]. Kept between documents
/// and builds, so that reading a document allocates only its term list.
#[derive(Default)]
struct Scratch {
    /// Word, as written or folded -> its term's number. A site has few
    /// distinct words: folding, stemming and the shared table's lock are
    /// for a spelling's first time.
    words: FastMap<Box<[u8]>, u32>,
    /// The text being read, folded, when it is not ASCII.
    folded: String,
    /// The terms of the document being read, as [`doc_terms`] returns them.
    terms: Vec<u32>,
    /// By term number: the last document it was counted in.
    seen: Vec<u32>,
    /// The document being read, numbered from 1.
    doc: u32,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// The terms of a document, each once, as `term * 2 + (1 if in the title)`.
fn doc_terms(doc: &Doc) -> Arc<[u32]> {
    SCRATCH.with_borrow_mut(|scratch| {
        scratch.next_doc();
        // The title first: its terms are counted with the title bit, and
        // the text then finds them seen.
        scratch.add_terms(doc.title(), 1);
        scratch.add_terms(&doc.body, 0);
        for field in &doc.fields {
            scratch.add_terms(field, 0);
        }
        Arc::from(scratch.terms.as_slice())
    })
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
    fn add_terms(&mut self, text: &str, title_bit: u32) {
        // ASCII text is read as written, without a folded copy: its words
        // are those of the folded text but for their case, which the cache
        // folds away on a spelling's first time.
        if text.is_ascii() {
            self.add_words(text.as_bytes(), title_bit);
        } else {
            let mut folded = std::mem::take(&mut self.folded);
            folded.clear();
            fold_into(text, &mut folded);
            self.add_words(folded.as_bytes(), title_bit);
            self.folded = folded;
        }
    }

    /// Adds the terms of the words of `text` not yet seen in this document.
    /// Words are runs of ASCII letters and digits: anything else, including
    /// every byte of a non-ASCII character, separates them.
    fn add_words(&mut self, text: &[u8], title_bit: u32) {
        let words = text
            .split(|b| !b.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty());
        for word in words {
            let id = match self.words.get(word) {
                Some(&id) => id,
                None => {
                    let id = term_of(&word.to_ascii_lowercase());
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

/// term -> postings: for each document with the term, in document order,
/// `(gap from the previous document) * 2 + (1 if the term is in its title)`.
fn postings(docs: &[Doc]) -> BTreeMap<String, Vec<u32>> {
    // By term number: `document * 2 + title bit`, in document order.
    let mut lists: Vec<Vec<u32>> = Vec::new();
    // A slice of documents at a time, so that the terms of every document
    // are never all in memory at once.
    const SLICE: usize = 4096;
    for (n, slice) in docs.chunks(SLICE).enumerate() {
        add_postings(&mut lists, n * SLICE, slice);
    }
    let table = table();
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
fn add_postings(lists: &mut Vec<Vec<u32>>, first: usize, docs: &[Doc]) {
    let per_doc: Vec<Arc<[u32]>> = docs
        .par_iter()
        .map(|doc| match doc.version {
            Some(v) => TERMS.get_or(v, || doc_terms(doc)),
            None => doc_terms(doc),
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

/// The shard of a term: its first `PREFIX` characters (terms are ASCII).
pub fn shard_of(term: &str) -> &str {
    &term[..term.len().min(PREFIX)]
}

fn script(name: &str, data: &impl Serialize) -> Arc<[u8]> {
    let json = serde_json::to_string(data).unwrap_or_else(|_| "null".into());
    Arc::from(format!("wartaSearch({name:?},{json});\n").into_bytes())
}

/// The index files, under `search/`.
pub fn index(cx: &Ctx) -> Vec<OutputFile> {
    let t0 = std::time::Instant::now();
    let docs = docs(cx);
    let terms = postings(&docs);
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
    use super::super::stem::words;
    use super::*;

    #[test]
    fn markdown_becomes_its_words() {
        let text =
            plain("# Judul\n\nPelatihan *keripik* [pisang](https://x.id/) <b>x</b>\n\n- satu");
        let w: Vec<String> = words(&text).collect();
        assert_eq!(w, ["judul", "pelatihan", "keripik", "pisang", "x", "satu"]);
    }

    #[test]
    fn snippets_are_cut_between_words() {
        let long = "kata ".repeat(100);
        let s = snippet(&long);
        assert!(s.ends_with(" …") && s.chars().count() <= SNIPPET + 2, "{s}");
        assert_eq!(snippet("  dua\n kata "), "dua kata");
    }

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
        let t = postings(&docs);
        assert_eq!(t["latih"], [1, 4]); // doc 0 in title, doc 2 (gap 2) in text
        assert_eq!(t["olah"], [0, 4]);
        assert_eq!(t["keripik"], [1]);
        assert!(!t.contains_key("x"), "one-letter terms are left out");
        assert_eq!(shard_of("keripik"), "ke");
        assert_eq!(shard_of("k9"), "k9");
    }
}
