//! A list of cards with an address of its own, a page at a time: all the
//! programs or all the news of an organization or a term, and the programs
//! of one status. The pages that show only a list's first cards (an
//! organization's, a term's, the programs index) link here, so no page
//! grows with the site.

use crate::resolve::{NewsIx, ProgramIx};
use std::sync::Arc;

use crate::i18n::UiKey;
use crate::ui;

use super::super::cache::{Deps, PageData};
use super::super::context::Ctx;
use super::super::urls::Urls;
use super::super::view::{CardListView, MoreLink};
use super::job::{Job, Meta, news_deps, program_deps};
use super::outcomes::indicator_rows;
use super::paginate::{Pages, pagination};

/// The cards a list shows, in order.
#[derive(Clone, Copy)]
pub(super) enum Cards<'a> {
    Programs(&'a [ProgramIx]),
    News(&'a [NewsIx]),
    /// The outcome indicators of these programs, a table row each.
    Indicators(&'a [ProgramIx]),
}

impl Cards<'_> {
    fn len(self) -> usize {
        match self {
            Cards::Programs(p) | Cards::Indicators(p) => p.len(),
            Cards::News(n) => n.len(),
        }
    }

    /// How many cards a page of this list shows (`programs_per_page`,
    /// `news_per_page`).
    pub fn pages(self, cx: &Ctx) -> Pages {
        let config = &cx.site.config;
        let per_page = match self {
            Cards::Programs(_) | Cards::Indicators(_) => config.programs_per_page,
            Cards::News(_) => config.news_per_page,
        };
        Pages {
            len: self.len(),
            per_page,
        }
    }
}

/// [`Cards`] kept by the jobs of a list's pages, each page showing a
/// part: one copy per list, shared by its pages.
#[derive(Clone)]
enum Kept {
    Programs(Arc<[ProgramIx]>),
    News(Arc<[NewsIx]>),
    Indicators(Arc<[ProgramIx]>),
}

/// The link to all of `cards` at `first`, when a page shows only the first
/// of them; `None` when it shows them all.
pub(super) fn more_link(cx: &Ctx, cards: Cards, first: &str) -> Option<MoreLink> {
    cards.pages(cx).overflows().then(|| MoreLink {
        url: first.to_string(),
        count: cards.len(),
    })
}

/// The heading of the list of `what` (`ui!("programs")`) of `parent`.
pub(super) fn list_of(cx: &Ctx, what: UiKey, parent: &str, parent_url: String) -> CardListView {
    CardListView {
        title: cx.t(what).to_string(),
        parent_name: parent.to_string(),
        parent_url,
    }
}

/// The pages of all of `cards` of `parent` (its `what`: `ui!("programs")`)
/// at `first`, when `parent`'s own page shows only the first of them; none
/// when it shows them all.
pub(super) fn all_of<'a>(
    cx: &Ctx<'a>,
    what: UiKey,
    parent: (&str, String),
    section: &'static str,
    first: String,
    cards: Cards,
) -> Vec<Job<'a>> {
    if !cards.pages(cx).overflows() {
        return Vec::new();
    }
    let list = list_of(cx, what, parent.0, parent.1);
    jobs(cx, list, section, first, cards)
}

/// The pages of the list `cards` headed by `list`, page 1 at `first`:
/// none when it is empty, as no page may be empty.
pub(super) fn jobs<'a>(
    cx: &Ctx<'a>,
    list: CardListView,
    section: &'static str,
    first: String,
    cards: Cards,
) -> Vec<Job<'a>> {
    if cards.len() == 0 {
        return Vec::new();
    }
    let pages = cards.pages(cx);
    let total = pages.total();
    let kept = match cards {
        Cards::Programs(p) => Kept::Programs(p.into()),
        Cards::News(n) => Kept::News(n.into()),
        Cards::Indicators(p) => Kept::Indicators(p.into()),
    };
    // What every page of the list is made from, hashed once per list.
    let mut base = Deps::new("card_list.html");
    base.add(&list.title)
        .add(&list.parent_name)
        .add(&list.parent_url)
        .add(&first)
        .add(total);
    // Shared by the pages' jobs, not copied into each.
    let (list, first) = (Arc::new(list), Arc::<str>::from(first));
    (1..=total)
        .map(|page| {
            let deps = page_deps(cx, base.clone(), page, &kept, pages.range(page));
            let (list, first, kept) = (list.clone(), first.clone(), kept.clone());
            let head = {
                let (list, first) = (list.clone(), first.clone());
                move |cx: &Ctx| {
                    let mut title = format!("{} – {}", list.title, list.parent_name);
                    if page > 1 {
                        title = format!("{title} – {} {page}", cx.t(ui!("page")));
                    }
                    let meta = Meta::new(title, None, section).described(format!(
                        "{}: {} – {} {page} {} {total}",
                        list.title,
                        list.parent_name,
                        cx.t(ui!("page")),
                        cx.t(ui!("of"))
                    ));
                    (Urls::paged(first.to_string(), page), meta)
                }
            };
            Job::per_item(cx, "card_list.html", &deps, head, move |cx| {
                let site = cx.site;
                let range = pages.range(page);
                let mut data = PageData::plain("list", &*list);
                match &kept {
                    Kept::Programs(all) => {
                        let shown = &all[range];
                        let mut made_from = Deps::new("programs");
                        program_deps(site, &mut made_from, shown);
                        data.insert_made_from("programs", &cx.program_cards(shown), &made_from);
                    }
                    Kept::Indicators(all) => {
                        let shown = &all[range];
                        let mut made_from = Deps::new("indicators");
                        program_deps(site, &mut made_from, shown);
                        let rows = indicator_rows(cx, shown);
                        data.insert_made_from("indicators", &rows, &made_from);
                    }
                    Kept::News(all) => {
                        let shown = &all[range];
                        let mut made_from = Deps::new("news");
                        news_deps(site, &mut made_from, shown);
                        let news = cx.shared_news_cards(shown);
                        data.insert_made_from("news", &news, &made_from);
                    }
                }
                let pagination = pagination(page, total, |n| Urls::paged(first.to_string(), n));
                data.insert("pagination", &pagination);
                data
            })
        })
        .collect()
}

/// Everything page `page` of a list is made from, known before its cards
/// are: `list`'s (its heading, where it is, how many pages it has: the
/// page's title, description and pagination follow from these and the
/// page's number) and the versions of the records it shows. The preview
/// reuses a list page whose records did not change without making its cards.
fn page_deps(
    cx: &Ctx,
    list: Deps,
    page: usize,
    kept: &Kept,
    range: std::ops::Range<usize>,
) -> Deps {
    let mut deps = list;
    deps.add(page);
    match kept {
        Kept::Programs(all) => program_deps(cx.site, deps.add("programs"), &all[range]),
        Kept::Indicators(all) => program_deps(cx.site, deps.add("indicators"), &all[range]),
        Kept::News(all) => news_deps(cx.site, deps.add("news"), &all[range]),
    };
    deps
}
