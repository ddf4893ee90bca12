//! The home page: programs on now or coming, the latest news, the totals.

use crate::resolve::{NewsIx, ProgramIx, Status};
use crate::ui;

use super::super::cache::Deps;
use super::super::context::Ctx;
use super::super::subscriptions::Selection;
use super::job::{Job, Meta, news_deps, program_deps};
use super::outcomes::totals;

pub(super) fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let site = cx.site;
    let u = &cx.urls;
    // Programs that are on or coming, soonest first.
    let mut current: Vec<ProgramIx> = site
        .programs
        .enumerate()
        .filter(|(_, p)| matches!(p.status, Status::Ongoing | Status::Upcoming))
        .map(|(i, _)| i)
        .collect();
    current.reverse();
    // The soonest only: a page of them, with the link to all programs.
    current.truncate(site.config.programs_per_page);
    let latest: Vec<NewsIx> = site.news.enumerate().take(5).map(|(i, _)| i).collect();
    let mut home = cx.page_data();
    home.insert_made_from(
        "current",
        &cx.program_cards(&current),
        program_deps(site, &mut Deps::new("current"), &current),
    );
    home.insert_made_from(
        "news",
        &cx.news_cards(&latest),
        news_deps(site, &mut Deps::new("news"), &latest),
    );
    home.insert("totals", &totals(cx, &site.aggregates.totals));
    home.insert("outcomes_url", &u.outcomes());
    home.insert("programs_url", &u.programs());
    home.insert("news_url", &u.news_index());
    home.insert("subscribe", &Selection::site(cx).view(cx));
    let link = u.home();
    let meta = Meta::new(
        &site.config.title,
        // A site without a `description:` still says what it is.
        Some(site.config.description.as_str())
            .filter(|d| !d.is_empty())
            .or(Some(cx.t(ui!("home_description")))),
        "home",
    );
    vec![Job::ready("index.html", link, meta, home)]
}
