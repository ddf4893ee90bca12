//! load -> resolve -> render -> write: the only place that chains the stages.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::cms;
use crate::diagnostics::Diagnostic;
use crate::images;
use crate::links;
use crate::load;
use crate::output::{Later, OutputFile};
use crate::render;
use crate::resolve::{self, BuildOptions};
use crate::write;

mod built;
mod digest;
mod render_pages;
mod report;
mod unsaved;
pub use built::{Built, Caches, Fresh};
use digest::inputs_digest;
pub use render_pages::render;
use render_pages::render_into;
pub use report::print_result;
pub use unsaved::check_unsaved;

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    pub pages: usize,
    pub seconds: f64,
    pub language: crate::i18n::Language,
    /// Warnings only: a build with errors returns `Err`.
    pub warnings: Vec<Diagnostic>,
    /// The output already held exactly this site and was left as it was.
    pub unchanged: bool,
    /// Drafts and future news this build did not publish.
    pub left_out: resolve::LeftOut,
}

/// Why a build wrote nothing.
#[derive(Debug)]
pub enum BuildError {
    /// The content has errors (exit code 1).
    Content(Vec<Diagnostic>),
    /// The command line asks for something impossible (exit code 2).
    Usage(crate::i18n::Text),
    /// The output could not be written (exit code 1).
    Io(crate::i18n::Text),
}

/// load, for a site kept loaded between builds (serve, build --watch): its
/// sources and the problems loading found, for [`build_loaded`].
pub fn load(root: &Path) -> (load::LoadedSite, Vec<Diagnostic>) {
    load::load_site(root)
}

/// load again after a save: only the `changed` files, or the whole site
/// when the change needs it (warta.yaml, the theme, templates, static files,
/// a new folder).
pub fn reload(
    root: &Path,
    loaded: &mut load::LoadedSite,
    diagnostics: &mut Vec<Diagnostic>,
    changed: &[PathBuf],
) {
    if !load::update(loaded, diagnostics, root, changed) {
        (*loaded, *diagnostics) = load::load_site(root);
    }
}

/// resolve -> render, from a loaded site and the problems loading found.
/// Every problem of the build comes back at once on failure.
pub fn build_loaded(
    root: &Path,
    loaded: &load::LoadedSite,
    load_diagnostics: &[Diagnostic],
    options: &BuildOptions,
    caches: Option<&mut Caches>,
) -> Result<Built, Vec<Diagnostic>> {
    resolve_and_render(root, loaded, load_diagnostics, options, caches, None)
        .map(|(_, built)| built)
}

/// `staging` takes the pages as they are rendered.
fn resolve_and_render(
    root: &Path,
    loaded: &load::LoadedSite,
    load_diagnostics: &[Diagnostic],
    options: &BuildOptions,
    caches: Option<&mut Caches>,
    staging: Option<&mut write::Staging>,
) -> Result<(Arc<resolve::Site>, Built), Vec<Diagnostic>> {
    let mut diagnostics = load_diagnostics.to_vec();
    // Resolve even when loading failed: reference errors in the files that
    // did parse are worth reporting in the same run.
    let t0 = std::time::Instant::now();
    let (lints, kept_site, link_cache, mut cache, mut kept_later, mut kept_paths) = match caches {
        Some(c) => (
            Some(&c.lints),
            Some(&mut c.resolved),
            Some(&c.links),
            Some(&mut c.render),
            Some(&mut c.later),
            Some((&mut c.targets, &mut c.clash_free)),
        ),
        None => (None, None, None, None, None, None),
    };
    // The preview (a build with caches) serves the pages before the
    // site-wide outputs are made, which no page needs.
    let deferred = kept_later.is_some();
    let (site, more) = match kept_site {
        Some(kept) => {
            let clean = load_diagnostics.is_empty();
            resolve::resolve_kept(loaded, options, lints, kept, clean)
        }
        None => {
            let (site, more) = resolve::resolve(loaded, options, lints);
            (site.map(Arc::new), more)
        }
    };
    crate::timing::mark("resolve", t0);
    // What loading found may be met again by resolve (a photo linked from
    // outside the site: by the folder walk, then by the record naming it):
    // one problem is said once.
    let said = |d: &Diagnostic| {
        load_diagnostics
            .iter()
            .any(|l| l.file == d.file && l.pos == d.pos && l.message == d.message)
    };
    diagnostics.extend(more.into_iter().filter(|d| !said(d)));
    if options.strict {
        // `--strict`: a warning stops the build like an error.
        for d in &mut diagnostics {
            d.severity = crate::diagnostics::Severity::Error;
        }
    }
    let site = match site {
        Some(site) if !diagnostics.iter().any(Diagnostic::is_error) => site,
        _ => return Err(diagnostics),
    };
    let search = cache.as_ref().map(|c| c.search());
    // Links are found before render, so that render keeps the ids of the
    // pages their `#anchors` name, and checked against what render made.
    let t0 = Instant::now();
    let urls = render::urls::Urls::of(&site.config);
    let links = links::collect(&site, &urls);
    let mut anchors = links.anchors_wanted(&urls);
    crate::timing::mark("links", t0);
    // The photos' plans: read from their headers (or the cache), so that
    // pages never wait for pixels; the files are made beside rendering.
    let t0 = Instant::now();
    let image_cache = images::Cache::for_site(root);
    let prepared = match images::prepare(&site, &image_cache) {
        Ok(p) => p,
        Err(errors) => {
            diagnostics.extend(errors);
            return Err(diagnostics);
        }
    };
    crate::timing::mark("images", t0);
    let (files, photos) = std::thread::scope(|s| {
        let photos = s.spawn(|| {
            if !options.preview {
                return images::process(&prepared, &image_cache);
            }
            // The preview shows the pages at once: the photos are made in
            // the background, and a request for one not made yet waits
            // for it (serve/http.rs).
            let (background, cache) = (prepared.clone(), image_cache.clone());
            std::thread::spawn(move || images::process(&background, &cache));
            Ok(images::planned(&prepared, &image_cache))
        });
        let files = render_into(
            &site,
            &prepared,
            &loaded.theme.templates,
            cache.as_deref_mut(),
            staging,
            &mut anchors,
            deferred,
        );
        let photos = photos
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (files, photos)
    });
    let (mut files, photos) = match (files, photos) {
        (Ok(f), Ok(p)) => (f, p),
        (files, photos) => {
            diagnostics.extend(files.err().into_iter().flatten());
            diagnostics.extend(photos.err().into_iter().flatten());
            return Err(diagnostics);
        }
    };
    // The browser CMS of a built site (`cms:`); the preview serves its own.
    if let (Some(git), false) = (&site.config.cms, options.preview) {
        files.extend(cms::published::files(
            &loaded.config,
            site.config.language,
            git,
        ));
    }
    // A photo in static/ that a record names is published only as the
    // images stage makes it, never copied as it is (with the GPS position
    // its camera wrote).
    let named_photos: std::collections::HashSet<&Path> =
        site.images.iter().map(|i| i.path.as_path()).collect();
    let statics: Vec<load::StaticFile> = loaded
        .theme
        .static_files
        .iter()
        .chain(&loaded.static_files)
        .filter(|s| !matches!(s, load::StaticFile::Disk { source, .. } if named_photos.contains(source.as_path())))
        .cloned()
        .chain(photos)
        .collect();
    // Made on a thread of their own, started after the checks below (on a
    // machine of two cores, beside them it slowed them down), or when one
    // of them needs them.
    let mut later = match (kept_later.take(), search) {
        (Some(kept), Some(search)) => Some(render::later::Start::new(kept, search)),
        _ => None,
    };
    let with_later = |files: &[OutputFile], later: &Later| {
        later.wait(|made| files.iter().chain(&made.files).cloned().collect::<Vec<_>>())
    };
    // The preview remembers the last paths: most saves change none.
    let paths = kept_paths
        .as_ref()
        .map(|_| links::paths_fingerprint(&files, &statics));
    let clashes = match &mut later {
        Some(later)
            if render::later::could_clash(&site, &urls, statics.iter().map(|s| s.output())) =>
        {
            let later = later.start(&site, &prepared, &files);
            write::clashes(root, &with_later(&files, &later), &statics)
        }
        _ => match (&mut kept_paths, paths) {
            (Some((_, clash_free)), Some(paths)) if **clash_free == Some(paths) => Vec::new(),
            (Some((_, clash_free)), Some(paths)) => {
                let clashes = write::clashes(root, &files, &statics);
                **clash_free = clashes.is_empty().then_some(paths);
                clashes
            }
            _ => write::clashes(root, &files, &statics),
        },
    };
    if !clashes.is_empty() {
        diagnostics.extend(clashes);
        return Err(diagnostics);
    }
    let t0 = Instant::now();
    let waiting = later.as_ref().map(|_| anchors.clone());
    let kept_targets = kept_paths.map(|(targets, _)| targets).zip(paths);
    let targets = links::Targets::new(&urls, &files, &statics, anchors, kept_targets);
    let mut broken = links::check(&links, &urls, &targets, link_cache);
    if let (Some(later), Some(anchors), false) = (&mut later, waiting, broken.is_empty()) {
        // A link may lead to an output made later: checked as a full build does.
        let later = later.start(&site, &prepared, &files);
        let targets =
            links::Targets::new(&urls, &with_later(&files, &later), &statics, anchors, None);
        broken = links::check(&links, &urls, &targets, None);
    }
    crate::timing::mark("links", t0);
    drop(links);
    if !broken.is_empty() {
        diagnostics.extend(broken);
        return Err(diagnostics);
    }
    let later = later.map(|mut later| later.start(&site, &prepared, &files));
    let fresh = cache.zip(paths).map(|(cache, paths)| Fresh {
        paths,
        pages: std::mem::take(&mut cache.fresh),
        render: cache.renders(),
    });
    let built = Built {
        files,
        statics,
        language: site.config.language,
        warnings: diagnostics,
        left_out: site.left_out,
        later,
        fresh,
    };
    Ok((site, built))
}

/// Everything a build checks (internal links included), writing nothing.
/// `Ok` holds the warnings.
pub fn check(root: &Path, options: &BuildOptions) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    let (loaded, load_diagnostics) = load::load_site(root);
    let (_, built) = resolve_and_render(root, &loaded, &load_diagnostics, options, None, None)?;
    Ok(built.warnings)
}

/// What becomes of a build's memory once the site is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Afterwards {
    /// The process goes on (`build --watch`): the sources and the resolved
    /// site are freed, on a thread of their own while the rest is written.
    KeepRunning,
    /// The process ends right after: freeing hundreds of thousands of
    /// strings one by one would only delay the exit that returns all of it
    /// at once (at 50,000 news a sixth of a second, while the last files
    /// are written), so they are left to the system.
    Exit,
}

/// Builds the site at `root` into the claimed output folder
/// ([`claim_output`]). On any error the output folder is left exactly as it
/// was.
pub fn build(
    root: &Path,
    target: &write::Target,
    options: &BuildOptions,
    afterwards: Afterwards,
) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    let output = target.shown();
    let (loaded, load_diagnostics) = load::load_site(root);
    crate::timing::mark("load", started);
    let inputs = inputs_digest(&loaded, options);
    // Pages go to disk as they are rendered, their folders made meanwhile;
    // when the same inputs built the output last time, they are compared
    // with it instead, and nothing is written if the site came out the same.
    let mut staging = write::Staging::new(target, inputs).map_err(|e| cannot_write(output, &e))?;
    let (site, mut built) = resolve_and_render(
        root,
        &loaded,
        &load_diagnostics,
        options,
        None,
        Some(&mut staging),
    )
    .map_err(BuildError::Content)?;
    let t0 = Instant::now();
    let unchanged = std::thread::scope(|s| {
        match afterwards {
            // Freeing the sources and the resolved site is one thread's
            // work: done while the rest is written.
            Afterwards::KeepRunning => {
                s.spawn(move || drop((loaded, site)));
            }
            Afterwards::Exit => std::mem::forget((loaded, site)),
        }
        let statics: Vec<&load::StaticFile> = built.statics.iter().collect();
        let unchanged = staging.keep_if_unchanged(&built.files, &statics)?;
        if !unchanged {
            staging.finish(&built.files, &statics)?;
        }
        Ok(unchanged)
    })
    .map_err(|e| cannot_write(output, &e))?;
    crate::timing::mark("write", t0);
    let pages = built.pages();
    if afterwards == Afterwards::Exit {
        // The pages' paths, as the sources above.
        std::mem::forget(std::mem::take(&mut built.files));
    }
    Ok(BuildReport {
        pages,
        seconds: started.elapsed().as_secs_f64(),
        language: built.language,
        warnings: built.warnings,
        unchanged,
        left_out: built.left_out,
    })
}

/// Writes a built site into the claimed output folder, replacing it whole.
pub fn write_built(target: &write::Target, built: &Built) -> Result<(), BuildError> {
    let statics: Vec<&load::StaticFile> = built.statics.iter().collect();
    write::write_site(target, &built.files, &statics)
        .map_err(|e| cannot_write(target.shown(), &e))?;
    Ok(())
}

fn cannot_write(output: &Path, e: &std::io::Error) -> BuildError {
    // A folder that became someone's files mid-build is refused, not broken.
    if let Some(refused) = e.get_ref().and_then(|e| e.downcast_ref::<write::Refused>()) {
        return BuildError::Io(refused.0.clone());
    }
    BuildError::Io(crate::msg!(
        CANNOT_WRITE_SITE,
        output = output.display().to_string(),
        error = e.to_string()
    ))
}

/// The output folder is replaced whole, so it must be warta's to replace
/// (see [`write::Target`]): every build and every rebuild of
/// `build --watch` writes through the target this returns.
pub fn claim_output(root: &Path, output: &Path) -> Result<write::Target, BuildError> {
    write::Target::claim(root, output).map_err(|refused| BuildError::Usage(refused.0))
}
