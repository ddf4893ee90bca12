//! Regions, sectors and tags: terms with the programs and news that carry them.

use std::collections::HashMap;

use super::ix::{NewsIx, ProgramIx};
use super::site::{NewsItem, Program, Term};

/// The URL slug of a term: lower-case ASCII, Indonesian text transliterated.
pub fn term_slug(name: &str) -> String {
    let s = slug::slugify(name);
    if s.is_empty() {
        "lainnya".to_string()
    } else {
        s
    }
}

/// Collects terms by slug, so `Keripik Pisang` and `keripik pisang` are one
/// term (named as first seen), sorted by name.
#[derive(Default)]
struct Builder {
    terms: Vec<Term>,
    by_slug: HashMap<String, usize>,
    /// Each spelling met so far: the same tag on thousands of news items is
    /// transliterated once.
    by_name: HashMap<String, usize>,
}

impl Builder {
    fn term(&mut self, name: &str) -> &mut Term {
        if let Some(&i) = self.by_name.get(name) {
            return &mut self.terms[i];
        }
        let slug = term_slug(name);
        let i = *self.by_slug.entry(slug.clone()).or_insert_with(|| {
            self.terms.push(Term {
                name: name.to_string(),
                slug,
                programs: Vec::new(),
                news: Vec::new(),
                children: Vec::new(),
            });
            self.terms.len() - 1
        });
        self.by_name.insert(name.to_string(), i);
        &mut self.terms[i]
    }

    fn finish(mut self) -> Vec<Term> {
        for t in &mut self.terms {
            t.programs.dedup();
            t.news.dedup();
            t.children.sort();
            t.children.dedup();
        }
        self.terms.sort_by_cached_key(|t| t.name.to_lowercase());
        self.terms
    }
}

/// A program's region term: its regency, or its province when no regency is given.
pub fn region_name(p: &Program) -> Option<&str> {
    p.region.regency.as_deref().or(p.region.province.as_deref())
}

/// The terms of a site, and whether each is written one way only.
pub struct Taxonomies {
    pub regions: Vec<Term>,
    pub sectors: Vec<Term>,
    pub tags: Vec<Term>,
    /// No term is written two ways ("Kopi", "kopi"): a term's name is then
    /// the same whatever order the records come in, and when programs only
    /// move in the list, their terms' lists can follow them
    /// (`patch::move_programs`) instead of being made again.
    pub one_spelling: bool,
}

/// Builds the regions, sectors and tags. Programs and news must be in
/// display order already (newest first), so each term's lists are too.
pub fn build(programs: &[Program], news: &[NewsItem]) -> Taxonomies {
    let (mut regions, mut sectors, mut tags) =
        (Builder::default(), Builder::default(), Builder::default());
    for (i, p) in ProgramIx::enumerate(programs) {
        if let Some(name) = region_name(p) {
            let t = regions.term(name);
            t.programs.push(i);
            if let Some(d) = &p.region.district {
                t.children.push(d.clone());
            }
        }
        if let Some(s) = &p.sector {
            sectors.term(s).programs.push(i);
        }
        for tag in &p.tags {
            tags.term(tag).programs.push(i);
        }
    }
    for (i, n) in NewsIx::enumerate(news) {
        for tag in &n.tags {
            tags.term(tag).news.push(i);
        }
        // A news item belongs to the regions and sectors of its programs.
        for &p in &n.programs {
            if let Some(name) = region_name(&programs[p]) {
                regions.term(name).news.push(i);
            }
            if let Some(s) = &programs[p].sector {
                sectors.term(s).news.push(i);
            }
        }
    }
    let builders = [&regions, &sectors, &tags];
    let one_spelling = builders.iter().all(|b| b.by_name.len() == b.by_slug.len());
    Taxonomies {
        regions: regions.finish(),
        sectors: sectors.finish(),
        tags: tags.finish(),
        one_spelling,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_transliterated() {
        assert_eq!(term_slug("Pangan olahan"), "pangan-olahan");
        assert_eq!(term_slug("Kabupaten Probolinggo"), "kabupaten-probolinggo");
        assert_eq!(term_slug("Kopi & Kakao"), "kopi-kakao");
        assert_eq!(term_slug("Café Sidoarjo"), "cafe-sidoarjo");
        assert_eq!(term_slug("★"), "lainnya");
    }
}
