//! One page to render: its template, where it goes, its title, and its
//! data, made now or on the rendering thread. Every page family makes
//! these; `render` renders them.

use std::borrow::Cow;

use serde::Serialize;

use crate::resolve::{NewsIx, OrgIx, Picture, ProgramIx, Site};

use super::super::cache::{Deps, PageData};
use super::super::context::Ctx;
use super::super::view::Unpublished;

/// One page to render: a template, its data, and where it goes.
pub(in crate::render) struct Job<'a> {
    pub template: &'static str,
    pub head: Head<'a>,
    pub data: Data<'a>,
    /// For per-item pages: the fingerprint of what the page is made from.
    pub deps: Option<u64>,
}

/// A page's link and [`Meta`]: made up front, or, for the preview's
/// per-item pages, only when the page is rendered. The preview lists
/// 20,000 pages at every save and reuses all but a few: making each one's
/// link and title was a third of the listing.
pub(in crate::render) enum Head<'a> {
    /// Boxed, as are ready data: 20,000 jobs are moved around in a list.
    Ready(Box<(String, Meta<'a>)>),
    Later(MakeHead<'a>),
}

/// Makes a page's link and [`Meta`] on the rendering thread.
pub(in crate::render) type MakeHead<'a> =
    Box<dyn Fn(&Ctx) -> (String, Meta<'a>) + Send + Sync + 'a>;

impl<'a> Head<'a> {
    pub fn make(self, cx: &Ctx) -> (String, Meta<'a>) {
        match self {
            Head::Ready(head) => *head,
            Head::Later(make) => make(cx),
        }
    }

    /// The page's link, for the list of paths a build writes.
    pub fn link(&self, cx: &Ctx) -> String {
        match self {
            Head::Ready(head) => head.0.clone(),
            Head::Later(make) => make(cx).0,
        }
    }
}

/// A page's data, made up front for the few site-wide pages, and on the
/// rendering thread for the many per-item pages: views are then built in
/// parallel and dropped as soon as their page is written.
pub(in crate::render) enum Data<'a> {
    Ready(Box<PageData>),
    Later(Box<dyn Fn(&Ctx) -> PageData + Send + Sync + 'a>),
}

pub(super) fn context_with<T: Serialize>(cx: &Ctx, key: &'static str, value: &T) -> PageData {
    let mut data = cx.page_data();
    data.insert(key, value);
    data
}

/// A page's [`PageMeta`](super::super::view::PageMeta) but for its
/// addresses, which come from its link when it is rendered: borrowed from
/// the site, so that the thousands of jobs waiting to be rendered hold no
/// copies of titles and summaries.
pub(in crate::render) struct Meta<'a> {
    pub title: Cow<'a, str>,
    pub description: Option<Cow<'a, str>>,
    /// Markdown whose first paragraph describes the page when it has no
    /// description: made on the rendering thread, and only when the page
    /// is rendered.
    pub described_by: Option<&'a str>,
    pub section: &'static str,
    /// Set on the page of a draft or of a news item not public yet.
    pub unpublished: Option<Unpublished>,
    /// The page's own photo, which a shared link to it shows.
    pub picture: Option<&'a Picture>,
}

impl<'a> Meta<'a> {
    pub(super) fn new(
        title: impl Into<Cow<'a, str>>,
        description: Option<&'a str>,
        section: &'static str,
    ) -> Meta<'a> {
        Meta {
            title: title.into(),
            description: description.map(Cow::Borrowed),
            described_by: None,
            section,
            unpublished: None,
            picture: None,
        }
    }

    /// A page with a photo of its own: links to it share that photo.
    pub(super) fn pictured(self, picture: Option<&'a Picture>) -> Meta<'a> {
        Meta { picture, ..self }
    }

    /// A page without a `summary`, described by the first paragraph of
    /// `markdown` (its body or description).
    pub(super) fn or_first_paragraph(self, markdown: Option<&'a str>) -> Meta<'a> {
        Meta {
            described_by: markdown,
            ..self
        }
    }

    /// A page described by a sentence made for it.
    pub(super) fn described(self, description: String) -> Meta<'a> {
        Meta {
            description: Some(Cow::Owned(description)),
            ..self
        }
    }

    /// The page of a record that is not public yet (see [`Unpublished`]).
    pub(super) fn unpublished(self, unpublished: Option<Unpublished>) -> Meta<'a> {
        Meta {
            unpublished,
            ..self
        }
    }
}

impl<'a> Job<'a> {
    /// A page whose data is made now: the few site-wide pages.
    pub(super) fn ready(
        template: &'static str,
        link: String,
        meta: Meta<'a>,
        data: PageData,
    ) -> Job<'a> {
        Job {
            template,
            head: Head::Ready(Box::new((link, meta))),
            data: Data::Ready(Box::new(data)),
            deps: None,
        }
    }

    /// A per-item page: its data is made on the rendering thread, and only
    /// when `deps` changed since the last render; in the preview, so are
    /// its link and meta (`head`). `deps` must tell the page from every
    /// other: the preview finds the page it reuses by them alone.
    pub(super) fn per_item(
        cx: &Ctx,
        template: &'static str,
        deps: &Deps,
        head: impl Fn(&Ctx) -> (String, Meta<'a>) + Send + Sync + 'a,
        make: impl Fn(&Ctx) -> PageData + Send + Sync + 'a,
    ) -> Job<'a> {
        let head = if cx.reuses() {
            Head::Later(Box::new(head))
        } else {
            let (link, meta) = head(cx);
            Head::Ready(Box::new((link, meta)))
        };
        Job {
            template,
            head,
            data: Data::Later(Box::new(make)),
            deps: Some(deps.finish()),
        }
    }
}

/// Adds the versions of programs shown as cards.
pub(super) fn program_deps<'d>(
    site: &Site,
    deps: &'d mut Deps,
    programs: &[ProgramIx],
) -> &'d mut Deps {
    deps.add(programs.len());
    for p in programs {
        deps.add(site.programs[*p].version);
    }
    deps
}

/// Adds the versions of news shown as cards.
pub(super) fn news_deps<'d>(site: &Site, deps: &'d mut Deps, news: &[NewsIx]) -> &'d mut Deps {
    deps.add(news.len());
    for n in news {
        deps.add(site.news[*n].version);
    }
    deps
}

/// Adds the versions of organizations linked from a page.
pub(super) fn org_deps(site: &Site, deps: &mut Deps, orgs: impl Iterator<Item = OrgIx>) {
    for o in orgs {
        deps.add(site.organizations[o].version);
    }
}
