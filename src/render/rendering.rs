//! One render of a site, handed back in pieces: the pages in batches
//! ([`Rendering::batches`]), the machine-readable outputs beside them
//! ([`Rendering::outputs`]), then the sitemap over both
//! ([`Rendering::finish`]). The caller (the pipeline) decides what happens
//! to each batch, so that `warta build` writes a big site's pages while the
//! next ones render and never holds them all, and render knows nothing of
//! the disk.

use std::borrow::Cow;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use rayon::prelude::*;

use super::cache::{self, RenderCache};
use super::context::Ctx;
use super::view::{PageMeta, Unpublished};
use super::{
    Data, Job, data, excerpt, feed, ical, jobs, relative, search, sitemap, subscriptions, templates,
};
use crate::diagnostics::Diagnostic;
use crate::load::TemplateSource;
use crate::output::OutputFile;
use crate::resolve::Site;

/// Pages are rendered and handed back this many at a time.
const BATCH: usize = 1024;

/// A site about to be rendered: the templates with what every page shares,
/// and the list of pages still to render.
pub struct Rendering<'a> {
    site: &'a Site,
    cx: Ctx<'a>,
    templates: templates::Templates,
    /// The preview's pages of the last render, reused where their
    /// fingerprint did not change; brought up to date by [`Rendering::finish`].
    cache: Option<&'a mut RenderCache>,
    /// Taken [`BATCH`] at a time; a job is dropped once its page is made.
    jobs: Mutex<std::vec::IntoIter<Job<'a>>>,
    started: Instant,
}

/// Pages rendered together, in the planned order.
pub struct Batch {
    files: Vec<OutputFile>,
    fingerprints: Vec<u64>,
    reused: usize,
    /// The positions in `files` of the pages rendered, not reused.
    fresh: Vec<usize>,
}

impl Batch {
    /// The pages, to hand to the writer: it may let their bytes go once they
    /// are on disk, but the list keeps its length and order.
    pub fn files_mut(&mut self) -> &mut [OutputFile] {
        &mut self.files
    }
}

/// The pages rendered so far, and the template errors met.
#[derive(Default)]
pub struct Pages {
    files: Vec<OutputFile>,
    fingerprints: Vec<u64>,
    reused: usize,
    /// The positions in `files` of the pages rendered, not reused.
    fresh: Vec<usize>,
    errors: Vec<Diagnostic>,
}

impl Pages {
    pub fn add(&mut self, batch: Batch) {
        let before = self.files.len();
        self.fresh.extend(batch.fresh.iter().map(|i| before + i));
        self.files.extend(batch.files);
        self.fingerprints.extend(batch.fingerprints);
        self.reused += batch.reused;
    }

    pub fn fail(&mut self, errors: Vec<Diagnostic>) {
        for d in errors {
            // The same template error repeats on every page that uses it: show it once.
            if !self
                .errors
                .iter()
                .any(|e| e.message == d.message && e.pos == d.pos)
            {
                self.errors.push(d);
            }
        }
    }
}

/// The machine-readable outputs: feeds, search index, calendars, open data.
pub struct Outputs {
    feeds: Vec<OutputFile>,
    search: Vec<OutputFile>,
    calendars: Vec<OutputFile>,
    data: Vec<OutputFile>,
}

impl<'a> Rendering<'a> {
    /// Sets up the templates and lists the pages of `site`. With a `cache`,
    /// pages whose data and templates did not change since the last render
    /// are reused instead of rendered again.
    pub fn new(
        site: &'a Site,
        images: &'a crate::images::Prepared,
        theme: &[TemplateSource],
        mut cache: Option<&'a mut RenderCache>,
    ) -> Result<Rendering<'a>, Vec<Diagnostic>> {
        let cx = match cache {
            Some(_) => Ctx::new(site, images),
            None => Ctx::new(site, images).without_fingerprints(),
        };
        // The parts every page shares are serialized once, as Tera's global context.
        let site_view = cx.site_view();
        let mut globals = tera::Context::new();
        globals.insert("site", &site_view);
        globals.insert("t", &cx.t);
        let templates = templates::Templates::new(theme, globals)?;
        let template_texts: Vec<(&str, &str)> = theme
            .iter()
            .map(|t| (t.name.as_str(), t.text.as_ref()))
            .collect();
        let templates_fingerprint = cache::fingerprint_of(&[
            ("templates", &serde_json::json!(template_texts)),
            ("site", &serde_json::json!(site_view)),
            ("t", &serde_json::json!(cx.t)),
            // Every setting, time zone and HTML switch included.
            ("config", &serde_json::json!(format!("{:?}", site.config))),
            (
                "publisher",
                &serde_json::json!(site.config.publisher.map(|p| site.organizations[p].version)),
            ),
            // The photos' file names: a photo replaced at the same path.
            ("images", &serde_json::json!(images.fingerprint())),
            // What moves with the clock in a long preview session and no
            // record's version shows: the day (statuses, registration) and
            // the news shown before their date ("Terjadwal" on their cards).
            (
                "clock",
                &serde_json::json!(cache.is_some().then(|| clock(site))),
            ),
        ]);
        if let Some(c) = cache.as_deref_mut()
            && c.templates != templates_fingerprint
        {
            c.pages.clear();
            c.templates = templates_fingerprint;
        }
        let started = Instant::now();
        let jobs = jobs(&cx);
        crate::timing::mark("jobs", started);
        Ok(Rendering {
            site,
            cx,
            templates,
            cache,
            jobs: Mutex::new(jobs.into_iter()),
            started,
        })
    }

    /// The output paths of the pages, in the order in which the batches
    /// will bring them.
    pub fn paths(&self) -> Vec<String> {
        let jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
        jobs.as_slice()
            .iter()
            .map(|j| self.cx.urls.output_path(&j.head.link(&self.cx)))
            .collect()
    }

    /// The pages, [`BATCH`] at a time, each batch rendered in parallel. A
    /// batch with template errors comes as those errors.
    pub fn batches(&self) -> impl Iterator<Item = Result<Batch, Vec<Diagnostic>>> + '_ {
        std::iter::from_fn(move || {
            let batch: Vec<Job> = {
                let mut jobs = self.jobs.lock().unwrap_or_else(|e| e.into_inner());
                jobs.by_ref().take(BATCH).collect()
            };
            if batch.is_empty() {
                return None;
            }
            let rendered: Vec<_> = batch.into_par_iter().map(|j| self.page(j)).collect();
            if rendered.iter().any(Result::is_err) {
                return Some(Err(rendered.into_iter().filter_map(Result::err).collect()));
            }
            let mut batch = Batch {
                files: Vec::with_capacity(rendered.len()),
                fingerprints: Vec::with_capacity(rendered.len()),
                reused: 0,
                fresh: Vec::new(),
            };
            for (file, fingerprint, reused) in rendered.into_iter().flatten() {
                if !reused {
                    batch.fresh.push(batch.files.len());
                }
                batch.files.push(file);
                batch.fingerprints.push(fingerprint);
                batch.reused += usize::from(reused);
            }
            Some(Ok(batch))
        })
    }

    /// One page: its bytes, its fingerprint, and whether the last render
    /// had it as it is.
    fn page(&self, job: Job) -> Result<(OutputFile, u64, bool), Diagnostic> {
        let (cx, site) = (&self.cx, self.site);
        let previous = self.cache.as_deref();
        // A per-item page whose records did not change is not even made,
        // nor its path (`Job::per_item`).
        if let Some(deps) = job.deps
            && let Some(kept) = previous.and_then(|c| c.get(deps))
        {
            let file = OutputFile {
                path: kept.path.clone(),
                bytes: kept.bytes.clone(),
            };
            return Ok((file, deps, previous.is_some_and(|c| kept.in_last_render(c))));
        }
        let (link, head) = job.head.make(cx);
        let path = cx.urls.output_path(&link);
        let mut data = match job.data {
            Data::Ready(d) => *d,
            Data::Later(make) => make(cx),
        };
        let meta = PageMeta {
            title: head.title,
            description: head.description.or_else(|| {
                let text = excerpt::description(head.described_by?);
                (!text.is_empty()).then_some(Cow::Owned(text))
            }),
            section: head.section,
            url: &link,
            canonical_url: cx.urls.absolute(&link),
            unpublished: head.unpublished.map(Unpublished::key),
            image: cx.share_image(head.picture),
        };
        data.insert("meta", &meta);
        let fingerprint = job.deps.unwrap_or_else(|| data.fingerprint());
        if let Some(c) = previous
            && let Some(kept) = c.get(fingerprint)
            && kept.path == path
        {
            let bytes = kept.bytes.clone();
            return Ok((
                OutputFile { path, bytes },
                fingerprint,
                kept.in_last_render(c),
            ));
        }
        let mut html = self.templates.render(job.template, &data.context)?;
        // Pages served from a folder get relative links when asked; the
        // 404 page keeps root-relative ones, as a server shows it at any path.
        if site.config.relative_urls && link.ends_with('/') {
            let page = String::from_utf8_lossy(&html);
            html = relative::relativize(&page, &link, &cx.urls).into_bytes();
        }
        Ok((
            OutputFile {
                path,
                bytes: Arc::from(html),
            },
            fingerprint,
            false,
        ))
    }

    /// Machine-readable outputs: see [`outputs`]. Meant to run beside
    /// [`Rendering::batches`] (`rayon::join`), the threads sharing what the
    /// pages leave.
    pub fn outputs(&self) -> Outputs {
        outputs(&self.cx, self.cache.as_deref().map(|c| &*c.search))
    }

    /// Every output file: the pages, the machine-readable outputs and the
    /// sitemap over them all. With a cache, it now holds these pages. Any
    /// template error fails the whole render.
    pub fn finish(
        mut self,
        pages: Pages,
        outputs: Outputs,
    ) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
        let mut files = keep_pages(self.cache.take(), pages)?;
        outputs.append_to(&mut files);
        crate::timing::mark("pages", self.started);
        let sitemap = sitemap::sitemap(&self.cx, &files);
        files.extend(sitemap);
        crate::timing::mark("sitemap", self.started);
        Ok(files)
    }

    /// The pages alone, for the preview, which makes the rest later
    /// ([`super::later`]). With a cache, it now holds these pages.
    pub fn finish_pages(mut self, pages: Pages) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
        let files = keep_pages(self.cache.take(), pages);
        crate::timing::mark("pages", self.started);
        files
    }
}

/// The day of a site, and how many of its news items are shown before
/// their date: the newest come first, so only those are looked at.
fn clock(site: &Site) -> (String, usize) {
    let tz = &site.config.timezone;
    let scheduled = site
        .news
        .iter()
        .take_while(|n| n.date.timestamp(tz) > site.built_at)
        .count();
    (site.today.to_string(), scheduled)
}

/// The pages of a render, or its template errors; `cache` keeps the pages
/// for the next render.
fn keep_pages(
    cache: Option<&mut RenderCache>,
    pages: Pages,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let Pages {
        files,
        fingerprints,
        reused,
        fresh,
        errors,
    } = pages;
    if !errors.is_empty() {
        return Err(errors);
    }
    if let Some(c) = cache {
        c.keep(&files, &fingerprints);
        c.reused = reused;
        c.fresh = fresh;
    }
    Ok(files)
}

/// Machine-readable outputs: written by us, not by templates, since each
/// format has its own escaping and rules. Independent of the pages and of
/// each other, so made side by side: the search index takes as long as a
/// third of the pages.
pub(super) fn outputs(cx: &Ctx, search: Option<&search::SearchCache>) -> Outputs {
    let selections = subscriptions::all(cx);
    let ((feeds, search), (calendars, data)) = rayon::join(
        || {
            rayon::join(
                || feed::atoms(cx, &selections),
                || search::index(cx, search),
            )
        },
        || rayon::join(|| ical::calendars(cx, &selections), || data::open_data(cx)),
    );
    Outputs {
        feeds,
        search,
        calendars,
        data,
    }
}

impl Outputs {
    /// After the pages, in the order a build has always listed them.
    pub(super) fn append_to(self, files: &mut Vec<OutputFile>) {
        files.extend(self.feeds);
        files.extend(self.search);
        files.extend(self.calendars);
        files.extend(self.data);
    }
}
