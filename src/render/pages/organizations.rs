//! The organizations: the index, and one page per organization.

use crate::ui;

use super::super::cache::{Deps, PageData};
use super::super::context::{Ctx, PhotoOrder};
use super::super::subscriptions::Selection;
use super::super::view::{OrganizationSummary, OrganizationView};
use super::card_lists::{self, Cards, more_link};
use super::job::{Job, Meta, context_with, news_deps, org_deps, program_deps};

pub(super) fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let site = cx.site;
    let mut jobs = Vec::with_capacity(site.organizations.len() + 1);
    jobs.push(index(cx));
    for (i, o) in site.organizations.enumerate() {
        let head = move |cx: &Ctx| {
            let meta = Meta::new(&o.name, None, "organizations")
                .described(format!("{} {}", cx.t(ui!("programs_and_news_of")), o.name))
                .pictured(o.logo.as_ref());
            (cx.urls.organization(&o.id), meta)
        };
        let subscribe = Selection::organization(cx, i).view(cx);
        let (programs, news) = (Cards::Programs(&o.programs), Cards::News(&o.news));
        let (programs_first, news_first) = (
            cx.urls.organization_list(&o.id, "programs"),
            cx.urls.organization_list(&o.id, "news"),
        );
        let programs_all = more_link(cx, programs, &programs_first);
        let news_all = more_link(cx, news, &news_first);
        let mut deps = Deps::new("organization.html");
        deps.add(&subscribe);
        org_deps(site, &mut deps, std::iter::once(i));
        // The page shows the first cards of each list, and their counts.
        deps.add(o.programs.len()).add(o.news.len());
        let config = &cx.site.config;
        deps.add(config.programs_per_page).add(config.news_per_page);
        program_deps(site, &mut deps, programs.pages(cx).first(&o.programs));
        news_deps(site, &mut deps, news.pages(cx).first(&o.news));
        jobs.push(Job::per_item(
            cx,
            "organization.html",
            &deps,
            head,
            move |cx| {
                let o = &cx.site.organizations[i];
                let view = OrganizationView {
                    org: cx.org_ref(i),
                    kind_label: cx.org_kind_label(o.kind),
                    website: o.url.clone(),
                    region: o.region.regency.clone().or(o.region.province.clone()),
                    logo: o
                        .logo
                        .as_ref()
                        .map(|pic| cx.picture(pic, &mut PhotoOrder::default())),
                    programs: cx.program_cards(programs.pages(cx).first(&o.programs)),
                    news: cx.shared_news_cards(news.pages(cx).first(&o.news)),
                    programs_all: programs_all.clone(),
                    news_all: news_all.clone(),
                };
                let mut data = PageData::plain("organization", &view);
                data.insert("subscribe", &subscribe);
                data
            },
        ));
        let parent = || (o.name.as_str(), cx.urls.organization(&o.id));
        let section = "organizations";
        jobs.extend(card_lists::all_of(
            cx,
            ui!("programs"),
            parent(),
            section,
            programs_first,
            programs,
        ));
        jobs.extend(card_lists::all_of(
            cx,
            ui!("news"),
            parent(),
            section,
            news_first,
            news,
        ));
    }
    jobs
}

/// The organizations index: each with its kind and its counts.
fn index<'a>(cx: &Ctx<'a>) -> Job<'a> {
    let site = cx.site;
    let summaries: Vec<OrganizationSummary> = site
        .organizations
        .enumerate()
        .map(|(i, o)| OrganizationSummary {
            org: cx.org_ref(i),
            kind_label: cx.org_kind_label(o.kind),
            program_count: o.programs.len(),
            news_count: o.news.len(),
            counts_label: cx.counts(o.programs.len(), o.news.len()),
        })
        .collect();
    Job::ready(
        "organizations.html",
        cx.urls.organizations(),
        Meta::new(
            cx.t(ui!("organizations")),
            Some(cx.t(ui!("organizations_description"))),
            "organizations",
        ),
        context_with(cx, "organizations", &summaries),
    )
}
