//! The preview's site-wide outputs (feed, calendars, open data, search
//! index, sitemap), made on a thread of their own after the pages: an edit
//! shows on its page without waiting for them, and a request for one waits
//! until this build's is made (serve/http.rs), so none is ever stale. A
//! one-shot build makes them beside the pages ([`super::Rendering::outputs`]).

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use super::context::Ctx;
use super::rendering::outputs;
use super::search::SearchCache;
use super::sitemap;
use super::urls::Urls;
use crate::images::Prepared;
use crate::output::{Later, OutputFile};
use crate::resolve::Site;

/// Starts making the outputs of `site` (whose pages are `pages`) and the
/// sitemap over them. They are made after `previous`'s, one build's at a
/// time, as the search index's memory is shared between builds.
pub fn site_outputs(
    site: Arc<Site>,
    images: Prepared,
    search: Arc<SearchCache>,
    pages: Vec<OutputFile>,
    previous: Option<Later>,
) -> Later {
    let later = Later::default();
    let filled = later.clone();
    std::thread::spawn(move || {
        if let Some(previous) = previous {
            previous.wait(|_| ());
        }
        let t0 = std::time::Instant::now();
        let made = std::panic::catch_unwind(AssertUnwindSafe(|| {
            let cx = Ctx::new(&site, &images);
            let mut files = pages;
            let first = files.len();
            outputs(&cx, Some(&search)).append_to(&mut files);
            let sitemap = sitemap::sitemap(&cx, &files);
            files.extend(sitemap);
            files.split_off(first)
        }));
        // Let go of the site before saying the outputs are made: the next
        // save patches it in place only when no one else holds it
        // (`resolve::Kept`).
        drop(site);
        crate::timing::mark("later", t0);
        // A bug in an output must not leave a request waiting for ever.
        filled.fill(made.unwrap_or_default());
    });
    later
}

/// The preview's site-wide outputs of one build, started once, when first
/// needed: after the build's checks, unless one of them needs them.
pub struct Start<'k> {
    /// The last build's, which this build's are made after; then this build's.
    kept: &'k mut Option<Later>,
    search: Arc<SearchCache>,
    started: Option<Later>,
}

impl<'k> Start<'k> {
    pub fn new(kept: &'k mut Option<Later>, search: Arc<SearchCache>) -> Start<'k> {
        Start {
            kept,
            search,
            started: None,
        }
    }

    /// This build's outputs, started now if they were not yet.
    pub fn start(&mut self, site: &Arc<Site>, images: &Prepared, pages: &[OutputFile]) -> Later {
        if let Some(later) = &self.started {
            return later.clone();
        }
        let previous = self.kept.take();
        let later = site_outputs(
            site.clone(),
            images.clone(),
            self.search.clone(),
            pages.to_vec(),
            previous,
        );
        *self.kept = Some(later.clone());
        self.started = Some(later.clone());
        later
    }
}

/// Whether any of `statics` (output paths) could clash with an output
/// [`site_outputs`] makes: one at the same path, in its folder, or at a
/// folder of it. Then the preview waits for the outputs and checks them as
/// a full build does; a theme's CSS and a site's photos never need to.
pub fn could_clash<'s>(
    site: &Site,
    urls: &Urls,
    mut statics: impl Iterator<Item = &'s str>,
) -> bool {
    let mut claimed: Vec<String> = [
        urls.feed(),
        urls.site_calendar(),
        urls.programs_json(),
        urls.programs_csv(),
        urls.news_json(),
        urls.sitemap(),
        urls.robots(),
        urls.search_index("meta"),
    ]
    .iter()
    .map(|link| urls.output_path(link))
    .collect();
    // The search index's files are all in the folder of its first one.
    if let Some(folder) = claimed.last().and_then(|p| p.rsplit_once('/')) {
        let folder = folder.0.to_string();
        claimed.push(folder);
    }
    claimed.extend(
        site.programs
            .iter()
            .map(|p| urls.output_path(&urls.program_calendar(&p.id))),
    );
    statics.any(|s| {
        claimed.iter().any(|c| {
            s == c
                || (s.starts_with(c.as_str()) && s.as_bytes().get(c.len()) == Some(&b'/'))
                || (c.starts_with(s) && c.as_bytes().get(s.len()) == Some(&b'/'))
        })
    })
}
