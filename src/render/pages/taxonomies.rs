//! The taxonomies (regions, sectors, tags): an index of terms each, and
//! one page per term with its programs and news.

use crate::i18n::UiKey;
use crate::resolve::Term;
use crate::ui;

use super::super::cache::{Deps, PageData};
use super::super::context::Ctx;
use super::super::subscriptions::Selection;
use super::super::view::{TaxonomyView, TermSummary};
use super::job::{Job, Meta, context_with, news_deps, program_deps};

pub(super) fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let site = cx.site;
    let mut jobs = Vec::new();
    for (key, title, terms) in [
        ("regions", ui!("regions"), &site.regions),
        ("sectors", ui!("sectors"), &site.sectors),
        ("tags", ui!("tags"), &site.tags),
    ] {
        jobs.extend(taxonomy_jobs(cx, key, title, terms));
    }
    jobs
}

fn taxonomy_jobs<'a>(
    cx: &Ctx<'a>,
    key: &'static str,
    title: UiKey,
    terms: &'a [Term],
) -> Vec<Job<'a>> {
    let u = &cx.urls;
    let title = cx.t(title);
    let taxonomy = TaxonomyView {
        key,
        title,
        url: u.taxonomy(key),
    };
    let summaries: Vec<TermSummary> = terms.iter().map(|t| term_summary(cx, key, t)).collect();
    let mut data = context_with("taxonomy", &taxonomy);
    data.insert("terms", &summaries);
    let mut jobs = vec![Job::ready(
        "taxonomy_index.html",
        taxonomy.url.clone(),
        Meta::new(title, None, key)
            .described(format!("{} {title}", cx.t(ui!("programs_and_news_by")))),
        data,
    )];
    for (term, summary) in terms.iter().zip(summaries) {
        let link = summary.url.clone();
        let meta = Meta::new(format!("{} – {title}", summary.name), None, key).described(format!(
            "{} {}",
            cx.t(ui!("programs_and_news_of")),
            summary.name
        ));
        let taxonomy = taxonomy.clone();
        let subscribe = Selection::term(cx, key, term).view(cx);
        let mut deps = Deps::new("taxonomy_term.html");
        deps.add(key).add(&summary.name).add(&summary.children);
        deps.add(&subscribe);
        program_deps(cx.site, &mut deps, &term.programs);
        news_deps(cx.site, &mut deps, &term.news);
        jobs.push(Job::per_item(
            "taxonomy_term.html",
            link,
            meta,
            &deps,
            move |cx| {
                let mut data = PageData::plain("taxonomy", &taxonomy);
                data.insert("programs", &cx.program_cards(&term.programs));
                data.insert("news", &cx.shared_news_cards(&term.news));
                data.insert("term", &summary);
                data.insert("subscribe", &subscribe);
                data
            },
        ));
    }
    jobs
}

/// A term as its taxonomy's index lists it, and as its own page heads it.
fn term_summary(cx: &Ctx, taxonomy: &str, term: &Term) -> TermSummary {
    TermSummary {
        name: term.name.clone(),
        url: cx.urls.term(taxonomy, &term.slug),
        program_count: term.programs.len(),
        news_count: term.news.len(),
        counts_label: cx.counts(term.programs.len(), term.news.len()),
        children: term.children.clone(),
    }
}
