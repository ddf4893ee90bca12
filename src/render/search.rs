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
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use pulldown_cmark::{Event, Parser, TagEnd};
use rayon::prelude::*;
use serde::Serialize;

use super::OutputFile;
use super::context::Ctx;
use super::stem::{fold, stem};
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

struct Doc {
    /// For news: the source file's version. A news document's terms depend
    /// on its file alone, so they are remembered between preview rebuilds.
    version: Option<u64>,
    /// `u` an upcoming or ongoing program, `p` another program, `n` news.
    kind: char,
    record: DocRecord,
    title: String,
    text: String,
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
static TERMS: Memo<u64, Arc<Vec<(String, bool)>>> = Memo::new();

fn plain_of_version(version: u64, markdown: &str) -> String {
    PLAIN.get_or(version, || plain(markdown))
}

/// The first `SNIPPET` characters of `text`, cut between words.
fn snippet(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= SNIPPET {
        return text;
    }
    let cut: String = text.chars().take(SNIPPET).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut} …")
}

fn docs(cx: &Ctx) -> Vec<Doc> {
    let site = cx.site;
    let rel = |link: String| {
        link.strip_prefix(&site.config.base_path)
            .unwrap_or(&link)
            .to_string()
    };
    let programs = (0..site.programs.len()).into_par_iter().map(|i| {
        let p = &site.programs[i];
        let card = cx.program_card(i);
        let body = p.description.as_ref().map(|d| plain(d.source()));
        let mut text = vec![
            p.summary.clone().unwrap_or_default(),
            body.clone().unwrap_or_default(),
        ];
        text.extend(p.sector.clone());
        text.extend(p.tags.iter().cloned());
        text.extend(
            [&p.region.province, &p.region.regency, &p.region.district]
                .into_iter()
                .flatten()
                .cloned(),
        );
        text.extend(p.venues.iter().map(|v| v.name.clone()));
        text.extend(p.target_group.clone());
        text.extend(p.curriculum.iter().map(|s| s.title.clone()));
        text.extend(
            p.organizers
                .iter()
                .map(|o| site.organizations[*o].name.clone()),
        );
        let shown = p.summary.clone().or(body).unwrap_or_default();
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
                snippet(&shown),
            ),
            title: p.title.clone(),
            text: text.join(" "),
        }
    });
    let news = (0..site.news.len()).into_par_iter().map(|i| {
        let n = &site.news[i];
        let card = cx.news_card(i);
        let body = plain_of_version(n.version, n.body.source());
        let snippet = snippet(n.summary.as_deref().unwrap_or(&body));
        let mut text = vec![n.summary.clone().unwrap_or_default(), body];
        text.extend(n.location.clone());
        text.extend(n.tags.iter().cloned());
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
            title: n.title.clone(),
            text: text.join(" "),
        }
    });
    programs.chain(news).collect()
}

/// FNV-1a: the maps below hash millions of short words; SipHash's
/// protection against chosen keys is not needed for the site's own text.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// The terms of a document, each with whether it is in the title. Stems
/// are remembered in `cache`: a site has few distinct words.
fn doc_terms(doc: &Doc, cache: &mut FastMap<String, String>) -> FastMap<String, bool> {
    let mut seen: FastMap<String, bool> = FastMap::default();
    for (text, in_title) in [(&doc.title, true), (&doc.text, false)] {
        let folded = fold(text);
        for w in folded
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            let term = match cache.get(w) {
                Some(t) => t,
                None => cache.entry(w.to_string()).or_insert_with(|| stem(w)),
            };
            if term.len() < 2 {
                continue;
            }
            match seen.get_mut(term.as_str()) {
                Some(t) => *t |= in_title,
                None => {
                    seen.insert(term.clone(), in_title);
                }
            }
        }
    }
    seen
}

/// term -> postings: for each document with the term, in document order,
/// `(gap from the previous document) * 2 + (1 if the term is in its title)`.
fn postings(docs: &[Doc]) -> BTreeMap<String, Vec<u32>> {
    let mut ids: FastMap<String, Vec<u32>> = FastMap::default();
    // A slice of documents at a time, so that the terms of every document
    // are never all in memory at once (50,000 news items' worth is ~250 MB).
    const SLICE: usize = 4096;
    for (n, slice) in docs.chunks(SLICE).enumerate() {
        add_postings(&mut ids, n * SLICE, slice);
    }
    ids.into_iter()
        .map(|(term, list)| {
            let mut prev = 0;
            let gaps = list
                .into_iter()
                .map(|v| {
                    let id = v / 2;
                    let gap = id - prev;
                    prev = id;
                    gap * 2 + v % 2
                })
                .collect();
            (term, gaps)
        })
        .collect()
}

/// Adds the terms of `docs`, numbered from `first`, to `ids`.
fn add_postings(ids: &mut FastMap<String, Vec<u32>>, first: usize, docs: &[Doc]) {
    let per_doc: Vec<Arc<Vec<(String, bool)>>> = docs
        .par_iter()
        .map_init(FastMap::default, |cache, doc| {
            let make = |cache: &mut FastMap<String, String>| {
                let mut terms: Vec<(String, bool)> = doc_terms(doc, cache).into_iter().collect();
                // A fixed order, so the index does not depend on hashing.
                terms.sort_unstable();
                Arc::new(terms)
            };
            match doc.version {
                Some(v) => TERMS.get_or(v, || make(cache)),
                None => make(cache),
            }
        })
        .collect();
    for (k, terms) in per_doc.iter().enumerate() {
        let v0 = u32::try_from(first + k).unwrap_or(u32::MAX / 2) * 2;
        for (term, in_title) in terms.iter() {
            let v = v0 + u32::from(*in_title);
            match ids.get_mut(term) {
                Some(list) => list.push(v),
                None => {
                    ids.insert(term.clone(), vec![v]);
                }
            }
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
        path: "search/meta.js".into(),
        bytes: script("meta", &meta),
    }];
    for (key, shard) in &shards {
        let name = format!("t/{key}");
        files.push(OutputFile {
            path: format!("search/{name}.js"),
            bytes: script(&name, shard),
        });
    }
    for (n, chunk) in docs.chunks(CHUNK).enumerate() {
        let name = format!("d/{n}");
        let records: Vec<&DocRecord> = chunk.iter().map(|d| &d.record).collect();
        files.push(OutputFile {
            path: format!("search/{name}.js"),
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
        let doc = |title: &str, text: &str| Doc {
            version: None,
            kind: 'n',
            record: Default::default(),
            title: title.into(),
            text: text.into(),
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
