//! The news: the list, a page at a time, and one page per item.

use crate::resolve::NewsIx;
use crate::ui;

use super::super::cache::{Deps, PageData};
use super::super::context::Ctx;
use super::super::jsonld;
use super::super::markdown;
use super::super::view::{NewsView, PageLink, Pagination, SourceView};
use super::job::{Job, Meta, news_deps, org_deps, program_deps};

pub(super) fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let site = cx.site;
    let per_page = site.config.news_per_page;
    let total_pages = site.news.len().div_ceil(per_page).max(1);
    let mut jobs = Vec::with_capacity(total_pages + site.news.len());
    for page in 1..=total_pages {
        jobs.push(list_page(cx, page, per_page, total_pages));
    }
    for (i, n) in site.news.enumerate() {
        let link = cx.urls.news(&n.slug);
        let meta = Meta::new(&n.title, n.summary.as_deref(), "news")
            .or_first_paragraph(Some(n.body.source()))
            .unpublished(cx.news_unpublished(n));
        let mut deps = Deps::new("news.html");
        news_deps(site, &mut deps, &[i]);
        program_deps(site, &mut deps, &n.programs);
        org_deps(site, &mut deps, n.organizations.iter().copied());
        jobs.push(Job::per_item("news.html", link, meta, &deps, move |cx| {
            let mut data = PageData::plain("item", &view(cx, i));
            data.insert("jsonld", &jsonld::news(cx, i));
            data
        }));
    }
    jobs
}

/// Page `page` of the news list (from 1), `per_page` cards.
fn list_page<'a>(cx: &Ctx<'a>, page: usize, per_page: usize, total_pages: usize) -> Job<'a> {
    let t = |k| cx.t(k);
    let link = cx.urls.news_page(page);
    let title = if page == 1 {
        t(ui!("news")).to_string()
    } else {
        format!("{} – {} {page}", t(ui!("news")), t(ui!("page")))
    };
    let meta = Meta::new(title, Some(t(ui!("news_description"))), "news");
    // Made on the rendering threads: 5,000 list pages of 10 cards each
    // at 50,000 news would take most of the (one-thread) job listing.
    Job::later("news_list.html", link, meta, move |cx| {
        let (site, u) = (cx.site, &cx.urls);
        let shown: Vec<NewsIx> = ((page - 1) * per_page..(page * per_page).min(site.news.len()))
            .map(NewsIx::new)
            .collect();
        let pagination = Pagination {
            current: page,
            total: total_pages,
            prev_url: (page > 1).then(|| u.news_page(page - 1)),
            next_url: (page < total_pages).then(|| u.news_page(page + 1)),
            // The first, the last and the two on either side of this one: a
            // list of every page would grow with the square of the news.
            pages: (1..=total_pages)
                .filter(|n| *n == 1 || *n == total_pages || n.abs_diff(page) <= 2)
                .map(|n| PageLink {
                    number: n,
                    url: u.news_page(n),
                    current: n == page,
                })
                .collect(),
        };
        let mut data = PageData::default();
        data.insert_made_from(
            "items",
            &cx.news_cards(&shown),
            news_deps(site, &mut Deps::new("items"), &shown),
        );
        data.insert("pagination", &pagination);
        data
    })
}

/// A news item's page (public for the benchmarks: one page's view).
pub fn view(cx: &Ctx, i: NewsIx) -> NewsView {
    let n = &cx.site.news[i];
    NewsView {
        card: cx.news_card_value(i),
        time_label: cx.time(&n.date),
        author: n.author.as_ref().map(|a| a.name.clone()),
        source: n.source.as_ref().map(|s| SourceView {
            name: s.name.clone(),
            url: s.url.clone(),
        }),
        image_url: (n.image.as_ref())
            .map(|img| cx.urls.link(&cx.images.plan(img.source).fallback().path)),
        body_html: markdown::render(n.body.source(), &cx.urls, cx.site.config.raw_html),
        programs: cx.program_cards(&n.programs),
        organizations: n.organizations.iter().map(|o| cx.org_ref(*o)).collect(),
        tags: n.tags.iter().map(|t| cx.term_ref("tags", t)).collect(),
        share: cx.share(&n.title, &cx.urls.news(&n.slug)),
    }
}
