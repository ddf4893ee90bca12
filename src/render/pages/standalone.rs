//! Standalone pages (`content/pages/`): about, contact and the like.

use super::super::context::{Ctx, PhotoOrder};
use super::super::view::{StandalonePage, Unpublished};
use super::job::{Job, Meta, context_with};

pub(super) fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let site = cx.site;
    site.pages
        .iter()
        .map(|p| {
            let mut order = PhotoOrder::default();
            let page = StandalonePage {
                title: p.title.clone(),
                summary: p.summary.clone(),
                image: p.image.as_ref().map(|pic| cx.picture(pic, &mut order)),
                body_html: cx.markdown(&p.body, &mut order),
            };
            let link = cx.urls.page(&p.path);
            let meta = Meta::new(&p.title, p.summary.as_deref(), "page")
                .or_first_paragraph(Some(p.body.source()))
                .unpublished(p.draft.then_some(Unpublished::Draft))
                .pictured(p.image.as_ref());
            Job::ready("page.html", link, meta, context_with(cx, "page", &page))
        })
        .collect()
}
