//! Nothing goes live broken: every internal link and `#anchor` in Markdown,
//! and every image a body shows that is not a photo, must lead to a page or
//! file of the site being built. (Photos, in records and bodies alike, are
//! found by resolve, which reports a missing one: `resolve::pictures`.) A missing target is an error at its
//! line and column, in `build`, `serve` and `check` alike (the pipeline
//! runs this after render); web addresses are not followed.
//!
//! The links are found before render (by resolve's lint, in the walk it
//! makes over each text anyway, remembered with its lints by the preview;
//! [`collect`] gathers them), so that render knows which few pages' anchors
//! to keep ([`Anchors`]); they are checked against the built site after
//! render ([`check`]).

mod targets;
mod verdict;

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::render::urls::Urls;
use crate::resolve::{Markdown, Site, WrittenLink};

pub use targets::{Anchors, KeptTargets, Targets, paths_fingerprint};
use verdict::{Problem, target_of};

/// Which texts' links all led somewhere in the last check, kept by the
/// preview between rebuilds (`pipeline::Caches`). (Each text's links are
/// found by resolve's lint, remembered with its lints: `Markdown::links`.)
#[derive(Default)]
pub struct LinkCache {
    sound: Mutex<Sound>,
}

/// The texts whose links all led somewhere, by [`Referrer::key`], among
/// targets with this fingerprint ([`Targets`]): while the targets stay the
/// same, such a text is not checked again (most saves change one text and
/// no path, and checking 10,000 texts' links took a tenth of a rebuild).
#[derive(Default)]
struct Sound {
    targets: u64,
    texts: HashSet<u64>,
}

/// One text's links, with the page it is shown on (relative links start there).
struct Referrer<'s> {
    md: &'s Markdown,
    page_url: String,
    links: Arc<[WrittenLink]>,
    /// Its file version and place, when it has a version.
    version: Option<(u64, usize, usize)>,
}

impl Referrer<'_> {
    /// What makes this text's links lead where they lead, given the targets.
    fn key(&self) -> Option<u64> {
        let mut h = DefaultHasher::new();
        (self.version?, &self.page_url).hash(&mut h);
        Some(h.finish())
    }
}

/// Every internal reference of a site, found before render.
pub struct Links<'s> {
    referrers: Vec<Referrer<'s>>,
}

fn referrer<'s>(md: &'s Markdown, version: Option<u64>, page_url: String) -> Referrer<'s> {
    Referrer {
        md,
        page_url,
        links: md.links.clone(),
        version: version.map(|v| (v, md.range.start, md.range.end)),
    }
}

/// Finds every internal link and image of `site`.
pub fn collect<'s>(site: &'s Site, urls: &Urls) -> Links<'s> {
    let mut referrers: Vec<Referrer> = site
        .news
        .par_iter()
        .map(|n| referrer(&n.body, Some(n.version), urls.news(&n.slug)))
        .collect();
    referrers.extend(site.programs.iter().filter_map(|p| {
        let d = p.description.as_ref()?;
        Some(referrer(d, Some(p.version), urls.program(&p.id)))
    }));
    referrers.extend(
        site.pages
            .iter()
            .map(|p| referrer(&p.body, None, urls.page(&p.path))),
    );
    Links { referrers }
}

impl Links<'_> {
    /// The pages whose ids a link's `#anchor` needs, for render to keep.
    pub fn anchors_wanted(&self, urls: &Urls) -> Anchors {
        let mut anchors = Anchors::default();
        for r in &self.referrers {
            for w in r.links.iter().filter(|w| w.dest.contains('#')) {
                if let Some(target) = target_of(&w.dest, &r.page_url, urls) {
                    anchors.want(urls.output_path(&target));
                    if !target.ends_with('/') {
                        anchors.want(urls.output_path(&format!("{target}/")));
                    }
                }
            }
        }
        anchors
    }
}

/// Every link and image of `links` that leads nowhere in `targets`. With
/// a `cache`, the texts found sound among the same targets last time are
/// passed over.
pub fn check(
    links: &Links,
    urls: &Urls,
    targets: &Targets,
    cache: Option<&LinkCache>,
) -> Vec<Diagnostic> {
    // Only targets with a fingerprint can be told apart from the last ones.
    let mut sound = targets
        .fingerprint
        .and(cache)
        .map(|c| c.sound.lock().unwrap_or_else(|e| e.into_inner()));
    if let (Some(sound), Some(now)) = (sound.as_deref_mut(), targets.fingerprint)
        && sound.targets != now
    {
        *sound = Sound {
            targets: now,
            texts: HashSet::new(),
        };
    }
    let mut out = Vec::new();
    for r in &links.referrers {
        let key = r.key();
        if let (Some(sound), Some(key)) = (sound.as_deref(), key)
            && sound.texts.contains(&key)
        {
            continue;
        }
        let broken: Vec<(usize, Problem)> = r
            .links
            .iter()
            // A photo is not a file of the built site: resolve found it.
            .filter(|w| !(w.image && r.md.pictures.iter().any(|p| *p.src == *w.dest)))
            .filter_map(|w| {
                let problem = verdict::of_link(&w.dest, w.image, &r.page_url, urls, targets)?;
                Some((w.offset, problem))
            })
            .collect();
        if broken.is_empty() {
            if let (Some(sound), Some(key)) = (sound.as_deref_mut(), key) {
                sound.texts.insert(key);
            }
            continue;
        }
        let offsets: Vec<usize> = broken.iter().map(|(offset, _)| *offset).collect();
        for ((_, problem), place) in broken.into_iter().zip(r.md.places(&offsets)) {
            out.push(problem.at(r.md, Some(place)));
        }
    }
    out
}
