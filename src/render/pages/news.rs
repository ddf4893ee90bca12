//! The news: the list, a page at a time, and one page per item.

use crate::resolve::NewsIx;
use crate::ui;

use super::super::cache::{Deps, PageData};
use super::super::context::{Ctx, PhotoOrder};
use super::super::jsonld;
use super::super::view::{NewsView, SourceView};
use super::job::{Job, Meta, news_deps, org_deps, program_deps};
use super::paginate::{Pages, pagination};

pub(super) fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let site = cx.site;
    let per_page = site.config.news_per_page;
    let total_pages = Pages {
        len: site.news.len(),
        per_page,
    }
    .total();
    let mut jobs = Vec::with_capacity(total_pages + site.news.len());
    for page in 1..=total_pages {
        jobs.push(list_page(cx, page, per_page, total_pages));
    }
    for (i, n) in site.news.enumerate() {
        let head = move |cx: &Ctx| {
            let meta = Meta::new(&n.title, n.summary.as_deref(), "news")
                .or_first_paragraph(Some(n.body.source()))
                .unpublished(cx.news_unpublished(n))
                .pictured(n.image.as_ref());
            (cx.urls.news(&n.slug), meta)
        };
        let mut deps = Deps::new("news.html");
        news_deps(site, &mut deps, &[i]);
        program_deps(site, &mut deps, &n.programs);
        org_deps(site, &mut deps, n.organizations.iter().copied());
        jobs.push(Job::per_item(cx, "news.html", &deps, head, move |cx| {
            let mut data = PageData::plain("item", &view(cx, i));
            data.insert("jsonld", &jsonld::news(cx, i));
            data
        }));
    }
    jobs
}

/// Page `page` of the news list (from 1), `per_page` cards.
fn list_page<'a>(cx: &Ctx<'a>, page: usize, per_page: usize, total_pages: usize) -> Job<'a> {
    let head = move |cx: &Ctx| {
        let t = |k| cx.t(k);
        let title = if page == 1 {
            t(ui!("news")).to_string()
        } else {
            format!("{} – {} {page}", t(ui!("news")), t(ui!("page")))
        };
        let meta = Meta::new(title, Some(t(ui!("news_description"))), "news");
        (cx.urls.news_page(page), meta)
    };
    let pages = Pages {
        len: cx.site.news.len(),
        per_page,
    };
    let shown = move || pages.range(page).map(NewsIx::new).collect::<Vec<_>>();
    // What the page is made from (its title and pagination follow from
    // `page` and `total_pages`): the preview reuses it, cards unmade, when
    // none of its news changed.
    let mut deps = Deps::new("news_list.html");
    deps.add(page).add(total_pages);
    news_deps(cx.site, &mut deps, &shown());
    // Made on the rendering threads: 5,000 list pages of 10 cards each
    // at 50,000 news would take most of the (one-thread) job listing.
    Job::per_item(cx, "news_list.html", &deps, head, move |cx| {
        let u = &cx.urls;
        let pagination = pagination(page, total_pages, |n| u.news_page(n));
        let mut data = PageData::plain("items", &cx.news_cards(&shown()));
        data.insert("pagination", &pagination);
        data
    })
}

/// A news item's page (public for the benchmarks: one page's view).
pub fn view(cx: &Ctx, i: NewsIx) -> NewsView {
    let n = &cx.site.news[i];
    // The page's photos in the order it shows them: the first is fetched at once.
    let mut order = PhotoOrder::default();
    NewsView {
        card: cx.news_card_value(i),
        time_label: cx.time(&n.date),
        author: n.author.as_ref().map(|a| a.name.clone()),
        source: n.source.as_ref().map(|s| SourceView {
            name: s.name.clone(),
            url: s.url.clone(),
        }),
        image: n.image.as_ref().map(|pic| cx.picture(pic, &mut order)),
        body_html: cx.markdown(&n.body, &mut order),
        gallery: cx.gallery(&n.gallery, &mut order),
        programs: cx.program_cards(&n.programs),
        organizations: n.organizations.iter().map(|o| cx.org_ref(*o)).collect(),
        tags: n.tags.iter().map(|t| cx.term_ref("tags", t)).collect(),
        share: cx.share(&n.title, &cx.urls.news(&n.slug)),
    }
}
