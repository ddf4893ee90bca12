//! render, as the pipeline drives it: the pages in batches, handed to the
//! writer as they come, and the machine-readable outputs beside them.

use crate::diagnostics::Diagnostic;
use crate::images;
use crate::links;
use crate::load;
use crate::output::OutputFile;
use crate::render;
use crate::resolve;
use crate::write;

/// Every output file of `site`, all in memory (the benchmarks time render
/// alone with it).
pub fn render(
    site: &resolve::Site,
    images: &images::Prepared,
    theme: &[load::TemplateSource],
    cache: Option<&mut render::RenderCache>,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    render_into(
        site,
        images,
        theme,
        cache,
        None,
        &mut links::Anchors::default(),
        false,
    )
}

/// render -> write: with a `staging`, each batch of pages is handed to it
/// as soon as it is rendered, so a big site's pages are never all in memory
/// (it keeps their paths), and the first batch with errors ends the render.
/// Without one, every page is rendered, to report every template error.
/// The machine-readable outputs are made beside the pages, unless `defer`:
/// then the caller has them made later ([`render::later`]).
#[allow(clippy::too_many_arguments)]
pub(super) fn render_into(
    site: &resolve::Site,
    images: &images::Prepared,
    theme: &[load::TemplateSource],
    cache: Option<&mut render::RenderCache>,
    mut staging: Option<&mut write::Staging>,
    anchors: &mut links::Anchors,
    defer: bool,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let rendering = render::Rendering::new(site, images, theme, cache)?;
    if let Some(staging) = staging.as_deref_mut() {
        staging.plan(rendering.paths());
    }
    let staging = staging.map(|s| &*s);
    let mut pages = || {
        let mut pages = render::Pages::default();
        for batch in rendering.batches() {
            match batch {
                Ok(mut batch) => {
                    // Before the writer lets the pages' bytes go.
                    anchors.take_from(batch.files_mut());
                    if let Some(staging) = staging {
                        staging.take(batch.files_mut());
                    }
                    pages.add(batch);
                }
                Err(errors) => {
                    pages.fail(errors);
                    if staging.is_some() {
                        // The build stops: report the errors, write no more.
                        break;
                    }
                }
            }
        }
        pages
    };
    if defer {
        let pages = pages();
        return rendering.finish_pages(pages);
    }
    let (pages, outputs) = rayon::join(pages, || rendering.outputs());
    rendering.finish(pages, outputs)
}
