//! The taxonomies (regions, sectors, tags): an index of terms each, and
//! one page per term with its programs and news.

use crate::i18n::UiKey;
use crate::resolve::Term;
use crate::ui;

use super::super::cache::{Deps, PageData};
use super::super::context::Ctx;
use super::super::subscriptions::Selection;
use super::super::view::{TaxonomyView, TermSummary};
use super::card_lists::{self, Cards, more_link};
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
    let mut data = context_with(cx, "taxonomy", &taxonomy);
    data.insert("terms", &summaries);
    let mut jobs = vec![Job::ready(
        "taxonomy_index.html",
        taxonomy.url.clone(),
        Meta::new(title, None, key)
            .described(format!("{} {title}", cx.t(ui!("programs_and_news_by")))),
        data,
    )];
    // The lists of all of a term's programs or news, after the term pages.
    let mut later = Vec::new();
    for (term, summary) in terms.iter().zip(summaries) {
        let link = summary.url.clone();
        let head = {
            let (link, name) = (link.clone(), &term.name);
            move |cx: &Ctx| {
                let meta = Meta::new(format!("{name} – {title}"), None, key)
                    .described(format!("{} {name}", cx.t(ui!("programs_and_news_of")),));
                (link.clone(), meta)
            }
        };
        let taxonomy = taxonomy.clone();
        let subscribe = Selection::term(cx, key, term).view(cx);
        let (programs, news) = (Cards::Programs(&term.programs), Cards::News(&term.news));
        let (programs_first, news_first) = (
            u.term_list(key, &term.slug, "programs"),
            u.term_list(key, &term.slug, "news"),
        );
        let programs_all = more_link(cx, programs, &programs_first);
        let news_all = more_link(cx, news, &news_first);
        let mut deps = Deps::new("taxonomy_term.html");
        // The counts are in the summary; the page shows each list's first cards.
        deps.add(key).add(&summary.name).add(&summary.children);
        deps.add(&subscribe);
        deps.add(summary.counts_label.as_str());
        let config = &cx.site.config;
        deps.add(config.programs_per_page).add(config.news_per_page);
        program_deps(cx.site, &mut deps, programs.pages(cx).first(&term.programs));
        news_deps(cx.site, &mut deps, news.pages(cx).first(&term.news));
        let parent = || (term.name.as_str(), link.clone());
        let (p, n) = (ui!("programs"), ui!("news"));
        later.extend(card_lists::all_of(
            cx,
            p,
            parent(),
            key,
            programs_first,
            programs,
        ));
        later.extend(card_lists::all_of(cx, n, parent(), key, news_first, news));
        jobs.push(Job::per_item(
            cx,
            "taxonomy_term.html",
            &deps,
            head,
            move |cx| {
                let mut data = PageData::plain("taxonomy", &taxonomy);
                let shown = programs.pages(cx).first(&term.programs);
                data.insert("programs", &cx.program_cards(shown));
                let shown = news.pages(cx).first(&term.news);
                data.insert("news", &cx.shared_news_cards(shown));
                data.insert("programs_all", &programs_all);
                data.insert("news_all", &news_all);
                data.insert("term", &summary);
                data.insert("subscribe", &subscribe);
                data
            },
        ));
    }
    jobs.extend(later);
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
