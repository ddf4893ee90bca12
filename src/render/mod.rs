//! Stage 3: the `Site` becomes output files, in memory.
//!
//! Pure: no file system access. Every page is an independent job rendered in
//! parallel; the `write` stage puts the files on disk.

mod cache;
mod charts;
/// Public for the benchmarks (benches/hot_paths.rs): one page's context.
pub mod context;
mod data;
mod feed;
mod ical;
mod jsonld;
pub mod markdown;
/// Public for the benchmarks (benches/hot_paths.rs): one news page's view.
pub mod pages;
mod qr;
mod relative;
/// Public for the benchmarks (benches/hot_paths.rs): the search index alone.
pub mod search;
mod sitemap;
mod stem;
/// Public for the benchmarks (benches/hot_paths.rs): one template rendered alone.
pub mod templates;
pub mod urls;
pub mod view;
mod xml;

use rayon::prelude::*;
use std::sync::Arc;

pub use cache::RenderCache;

use crate::diagnostics::Diagnostic;
use crate::load::TemplateSource;
use crate::resolve::Site;

use context::Ctx;
use pages::{Data, Job, jobs};
use view::PageMeta;

/// A file to write: its path inside the output folder and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative, with `/`; always inside the output folder.
    pub path: String,
    /// Shared, so a page reused from the render cache is not copied.
    pub bytes: Arc<[u8]>,
}

/// Renders every page of `site` with the theme's templates.
/// With a `cache`, pages whose data and templates did not change since the
/// last call are reused instead of rendered again.
pub fn render(
    site: &Site,
    theme: &[TemplateSource],
    cache: Option<&mut RenderCache>,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    render_planned(site, theme, cache, None)
}

/// Where `warta build` puts pages as they are rendered, so that a big site's
/// pages are never all in memory at once.
pub trait PageSink: Sync {
    /// The output paths of the pages about to be rendered, in the order in
    /// which they will be handed over.
    fn plan(&mut self, paths: Vec<String>);
    /// Takes rendered pages; returns them to stay in the render's result,
    /// with their bytes or without them once they are on disk.
    fn take(&self, files: Vec<OutputFile>) -> Vec<OutputFile>;
}

/// Pages are rendered and handed to a [`PageSink`] this many at a time.
const BATCH: usize = 1024;

/// [`render`], handing the pages to `sink` as they are rendered.
pub fn render_planned(
    site: &Site,
    theme: &[TemplateSource],
    mut cache: Option<&mut RenderCache>,
    mut sink: Option<&mut dyn PageSink>,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let mut templates = templates::Templates::new(theme)?;
    let cx = Ctx::new(site);
    // The parts every page shares are serialized once, as Tera's global context.
    templates
        .tera
        .global_context()
        .insert("site", &cx.site_view());
    templates.tera.global_context().insert("t", &cx.t);
    let site_view = cx.site_view();
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
    ]);
    if let Some(c) = cache.as_deref_mut()
        && c.templates != templates_fingerprint
    {
        c.pages.clear();
        c.templates = templates_fingerprint;
    }
    let previous = cache.as_deref();
    let t0 = std::time::Instant::now();
    let jobs = jobs(&cx);
    if let Some(sink) = sink.as_deref_mut() {
        sink.plan(jobs.iter().map(|j| cx.urls.output_path(&j.link)).collect());
    }
    let sink = sink.map(|s| &*s);
    crate::timing::mark("jobs", t0);
    let render_one = |job: Job| {
        let path = cx.urls.output_path(&job.link);
        // A per-item page whose records did not change is not even made.
        if let Some(deps) = job.deps
            && let Some(bytes) = previous.and_then(|c| c.get(&path, deps))
        {
            return Ok((OutputFile { path, bytes }, deps, true));
        }
        let mut data = match job.data {
            Data::Ready(d) => d,
            Data::Later(make) => make(&cx),
        };
        let meta = PageMeta {
            title: job.meta.title,
            description: job.meta.description,
            section: job.meta.section,
            url: &job.link,
            canonical_url: cx.urls.absolute(&job.link),
        };
        data.insert("meta", &meta);
        let fingerprint = job.deps.unwrap_or_else(|| data.fingerprint());
        if let Some(bytes) = previous.and_then(|c| c.get(&path, fingerprint)) {
            return Ok((OutputFile { path, bytes }, fingerprint, true));
        }
        let mut html = templates.render(job.template, &data.context)?;
        // Pages served from a folder get relative links when asked; the
        // 404 page keeps root-relative ones, as a server shows it at any path.
        if site.config.relative_urls && job.link.ends_with('/') {
            html = relative::relativize(&html, &job.link, &site.config.base_path);
        }
        Ok((
            OutputFile {
                path,
                bytes: Arc::from(html.into_bytes()),
            },
            fingerprint,
            false,
        ))
    };
    let pages = || -> Vec<Result<(OutputFile, u64, bool), Diagnostic>> {
        let Some(sink) = sink else {
            return jobs.into_par_iter().map(render_one).collect();
        };
        let mut results = Vec::with_capacity(jobs.len());
        let mut jobs = jobs.into_iter();
        loop {
            let batch: Vec<Job> = jobs.by_ref().take(BATCH).collect();
            if batch.is_empty() {
                break;
            }
            let rendered: Vec<_> = batch.into_par_iter().map(render_one).collect();
            if rendered.iter().any(Result::is_err) {
                // The build stops: report the errors, write no more.
                results.extend(rendered);
                break;
            }
            let (files, marks): (Vec<OutputFile>, Vec<(u64, bool)>) = rendered
                .into_iter()
                .flatten()
                .map(|(f, fingerprint, cached)| (f, (fingerprint, cached)))
                .unzip();
            let files = sink.take(files);
            results.extend(
                files
                    .into_iter()
                    .zip(marks)
                    .map(|(f, (fingerprint, cached))| Ok((f, fingerprint, cached))),
            );
        }
        results
    };
    // Machine-readable outputs: written by us, not by templates, since each
    // format has its own escaping and rules. Independent of the pages and of
    // each other, so made side by side with them: the search index takes as
    // long as a third of the pages, and the threads share what is left.
    let outputs = || {
        rayon::join(
            || rayon::join(|| feed::atom(&cx), || search::index(&cx)),
            || rayon::join(|| ical::calendars(&cx), || data::open_data(&cx)),
        )
    };
    let (results, ((feed, search), (calendars, data))) = rayon::join(pages, outputs);
    let mut files = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    let mut fingerprints = Vec::with_capacity(results.len());
    let mut reused = 0;
    for r in results {
        match r {
            Ok((f, fingerprint, was_cached)) => {
                reused += usize::from(was_cached);
                fingerprints.push(fingerprint);
                files.push(f);
            }
            // The same template error repeats on every page that uses it: show it once.
            Err(d)
                if !errors
                    .iter()
                    .any(|e: &Diagnostic| e.message == d.message && e.pos == d.pos) =>
            {
                errors.push(d)
            }
            Err(_) => {}
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if let Some(c) = cache {
        c.pages = files
            .iter()
            .zip(&fingerprints)
            .map(|(f, fp)| (f.path.clone(), (*fp, f.bytes.clone())))
            .collect();
        c.reused = reused;
    }
    files.push(feed);
    files.extend(search);
    files.extend(calendars);
    files.extend(data);
    crate::timing::mark("pages", t0);
    let sitemap = sitemap::sitemap(&cx, &files);
    files.extend(sitemap);
    crate::timing::mark("sitemap", t0);
    Ok(files)
}
