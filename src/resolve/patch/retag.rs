//! The tags after a save that changed news items' tags, moved as a whole
//! resolve would make them, without making every taxonomy again.

use super::super::{NewsIx, Term, taxonomy};

/// The tags after news items changed theirs (`retagged`: item, old tags,
/// new tags), as `taxonomy::build` would make them: each item taken off
/// the tags it left and put on the ones it took, in the news order; a tag
/// left empty goes, a new one comes in its place by name. `None` when a
/// new tag is another way of writing a tag the site has (its name would
/// depend on which record comes first): the caller makes them again.
pub(super) fn retag(
    tags: &[Term],
    retagged: &[(NewsIx, Vec<String>, Vec<String>)],
) -> Option<Vec<Term>> {
    let mut tags = tags.to_vec();
    for (ix, old, new) in retagged {
        let slugs = |names: &[String]| -> Vec<String> {
            let mut slugs: Vec<String> = names.iter().map(|n| taxonomy::term_slug(n)).collect();
            slugs.sort();
            slugs.dedup();
            slugs
        };
        let (left, taken) = (slugs(old), slugs(new));
        // One spelling per tag within the item too.
        if taken.len() != new.iter().collect::<std::collections::HashSet<_>>().len() {
            return None;
        }
        for slug in left.iter().filter(|s| !taken.contains(s)) {
            let at = tags.iter().position(|t| t.slug == *slug)?;
            let term = &mut tags[at];
            term.news.retain(|n| n != ix);
            if term.news.is_empty() && term.programs.is_empty() {
                tags.remove(at);
            }
        }
        for name in new {
            let slug = taxonomy::term_slug(name);
            match tags.iter_mut().find(|t| t.slug == slug) {
                Some(term) if term.name != *name => return None,
                // Kept.
                Some(_) if left.contains(&slug) => {}
                Some(term) => {
                    if let Err(at) = term.news.binary_search(ix) {
                        term.news.insert(at, *ix);
                    }
                }
                None => {
                    let key = name.to_lowercase();
                    let at = tags.partition_point(|t| t.name.to_lowercase() < key);
                    tags.insert(
                        at,
                        Term {
                            name: name.clone(),
                            slug,
                            programs: Vec::new(),
                            news: vec![*ix],
                            children: Vec::new(),
                        },
                    );
                }
            }
        }
    }
    Some(tags)
}
