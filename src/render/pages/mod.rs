//! Every page of the site, one family per file: each lists its pages as
//! [`Job`]s and builds their views. [`jobs`] puts the families together.

mod card_lists;
mod home;
mod job;
/// Public for the benchmarks (benches/hot_paths.rs): one news page's view.
pub mod news;
mod not_found;
mod organizations;
mod outcomes;
mod paginate;
mod programs;
mod search;
mod site;
mod standalone;
mod taxonomies;

pub(super) use job::{Data, Job};

use super::context::Ctx;

/// Every page to render, in the order they are rendered and handed to
/// `write`. The order is kept on purpose: the organization and term pages
/// come after the news pages, so the news cards they share are made when
/// the pages before them have freed their memory (`Ctx::shared_news_cards`).
///
/// Listed in two halves side by side: the preview lists every page on each
/// save (~16 ms on one thread at 10,000 news, the halves 7 and 9 ms).
pub(super) fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let (records, collections) = rayon::join(
        || {
            let mut jobs = home::jobs(cx);
            jobs.extend(programs::jobs(cx));
            jobs.extend(news::jobs(cx));
            jobs
        },
        || {
            let mut jobs = organizations::jobs(cx);
            jobs.extend(taxonomies::jobs(cx));
            jobs.extend(outcomes::jobs(cx));
            jobs.extend(standalone::jobs(cx));
            jobs.extend(search::jobs(cx));
            jobs.extend(not_found::jobs(cx));
            jobs
        },
    );
    let mut jobs = Vec::with_capacity(records.len() + collections.len());
    jobs.extend(records);
    jobs.extend(collections);
    jobs
}
