//! Stage 3: the `Site` becomes output files, in memory.
//!
//! Pure: no file system access. Every page is an independent job rendered in
//! parallel; the `write` stage puts the files on disk.

mod cache;
mod charts;
/// Public for the benchmarks (benches/hot_paths.rs): one page's context.
pub mod context;
mod data;
mod feed;
mod ical;
mod jsonld;
pub mod markdown;
mod qr;
mod relative;
mod rendering;
/// Public for the benchmarks (benches/hot_paths.rs): the search index alone.
pub mod search;
mod sitemap;
mod stem;
/// Public for the benchmarks (benches/hot_paths.rs): one template rendered alone.
pub mod templates;
pub mod urls;
pub mod view;
mod xml;

use serde::Serialize;
use std::borrow::Cow;

pub use cache::RenderCache;
use cache::{Deps, PageData};
pub use rendering::{Batch, Outputs, Pages, Rendering};

use crate::i18n::{self, UiKey};
use crate::resolve::{NewsIx, OrgIx, ProgramIx, Status, Term};
use crate::ui;

use context::Ctx;
use view::*;

/// One page to render: a template, its data, and where it goes.
struct Job<'a> {
    template: &'static str,
    link: String,
    meta: Meta<'a>,
    data: Data<'a>,
    /// For per-item pages: the fingerprint of what the page is made from.
    deps: Option<u64>,
}

/// A page's data, made up front for the few site-wide pages, and on the
/// rendering thread for the many per-item pages: views are then built in
/// parallel and dropped as soon as their page is written.
enum Data<'a> {
    Ready(PageData),
    Later(Box<dyn Fn(&Ctx) -> PageData + Send + Sync + 'a>),
}

fn context_with<T: Serialize>(key: &'static str, value: &T) -> PageData {
    PageData::with(key, value)
}

/// A page's [`PageMeta`] but for its addresses, which come from its link
/// when it is rendered: borrowed from the site, so that the thousands of
/// jobs waiting to be rendered hold no copies of titles and summaries.
struct Meta<'a> {
    title: Cow<'a, str>,
    description: Option<&'a str>,
    section: &'static str,
}

impl<'a> Meta<'a> {
    fn new(
        title: impl Into<Cow<'a, str>>,
        description: Option<&'a str>,
        section: &'static str,
    ) -> Meta<'a> {
        Meta {
            title: title.into(),
            description,
            section,
        }
    }
}

impl<'a> Ctx<'a> {
    fn job(&self, template: &'static str, link: String, meta: Meta<'a>, data: PageData) -> Job<'a> {
        Job {
            template,
            link,
            meta,
            data: Data::Ready(data),
            deps: None,
        }
    }

    /// A page whose data is made on the rendering thread; the preview
    /// reuses it when that data comes out the same.
    fn job_later(
        &self,
        template: &'static str,
        link: String,
        meta: Meta<'a>,
        make: impl Fn(&Ctx) -> PageData + Send + Sync + 'a,
    ) -> Job<'a> {
        Job {
            template,
            link,
            meta,
            data: Data::Later(Box::new(make)),
            deps: None,
        }
    }

    /// A per-item page: its data is made on the rendering thread, and only
    /// when `deps` changed since the last render.
    fn later(
        &self,
        template: &'static str,
        link: String,
        meta: Meta<'a>,
        deps: &Deps,
        make: impl Fn(&Ctx) -> PageData + Send + Sync + 'a,
    ) -> Job<'a> {
        Job {
            deps: Some(deps.finish()),
            ..self.job_later(template, link, meta, make)
        }
    }

    /// Adds the versions of programs shown as cards.
    fn program_deps<'d>(&self, deps: &'d mut Deps, programs: &[ProgramIx]) -> &'d mut Deps {
        deps.add(programs.len());
        for p in programs {
            deps.add(self.site.programs[*p].version);
        }
        deps
    }

    /// Adds the versions of news shown as cards.
    fn news_deps<'d>(&self, deps: &'d mut Deps, news: &[NewsIx]) -> &'d mut Deps {
        deps.add(news.len());
        for n in news {
            deps.add(self.site.news[*n].version);
        }
        deps
    }

    /// Adds the versions of organizations linked from a page.
    fn org_deps(&self, deps: &mut Deps, orgs: impl Iterator<Item = OrgIx>) {
        for o in orgs {
            deps.add(self.site.organizations[o].version);
        }
    }
}

/// The order of groups on the programs index.
const GROUPS: [(&str, UiKey, &[Status]); 4] = [
    ("ongoing", ui!("group_ongoing"), &[Status::Ongoing]),
    ("upcoming", ui!("group_upcoming"), &[Status::Upcoming]),
    ("completed", ui!("group_completed"), &[Status::Completed]),
    (
        "cancelled",
        ui!("group_cancelled"),
        &[Status::Cancelled, Status::Postponed],
    ),
];

fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let site = cx.site;
    let u = &cx.urls;
    let t = |k: UiKey| cx.t(k);
    let mut jobs = Vec::new();

    // Home: programs that are on or coming, soonest first.
    let mut current: Vec<ProgramIx> = (0..site.programs.len())
        .filter(|i| matches!(site.programs[*i].status, Status::Ongoing | Status::Upcoming))
        .map(ProgramIx::new)
        .collect();
    current.reverse();
    let latest: Vec<NewsIx> = (0..site.news.len().min(5)).map(NewsIx::new).collect();
    let mut home = PageData::default();
    home.insert_made_from(
        "current",
        &cx.program_cards(&current),
        cx.program_deps(&mut Deps::new("current"), &current),
    );
    home.insert_made_from(
        "news",
        &cx.news_cards(&latest),
        cx.news_deps(&mut Deps::new("news"), &latest),
    );
    home.insert("totals", &cx.totals(&site.aggregates.totals));
    home.insert("outcomes_url", &u.outcomes());
    home.insert("programs_url", &u.programs());
    home.insert("news_url", &u.news_index());
    let link = u.home();
    let meta = Meta::new(
        &site.config.title,
        Some(site.config.description.as_str()).filter(|d| !d.is_empty()),
        "home",
    );
    jobs.push(cx.job("index.html", link, meta, home));

    // Programs index and pages.
    let mut groups_made_from = Deps::new("groups");
    let groups: Vec<ProgramGroup> = GROUPS
        .iter()
        .map(|(key, label, statuses)| {
            let programs: Vec<ProgramIx> = (0..site.programs.len())
                .filter(|i| statuses.contains(&site.programs[*i].status))
                .map(ProgramIx::new)
                .collect();
            cx.program_deps(groups_made_from.add(key), &programs);
            ProgramGroup {
                key,
                label: t(*label),
                programs: cx.program_cards(&programs),
            }
        })
        .filter(|g| !g.programs.is_empty())
        .collect();
    let filters = |key: &str, terms: &[Term]| -> Vec<FilterLink> {
        terms
            .iter()
            .filter(|term| !term.programs.is_empty())
            .map(|term| FilterLink {
                name: term.name.clone(),
                slug: term.slug.clone(),
                url: u.term(key, &term.slug),
                count: term.programs.len(),
            })
            .collect()
    };
    let mut data = PageData::default();
    data.insert_made_from("groups", &groups, &groups_made_from);
    data.insert("regions", &filters("regions", &site.regions));
    data.insert("sectors", &filters("sectors", &site.sectors));
    let link = u.programs();
    jobs.push(cx.job(
        "programs.html",
        link.clone(),
        Meta::new(t(ui!("programs")), None, "programs"),
        data,
    ));
    for (i, p) in site.programs.iter().enumerate() {
        let link = u.program(&p.id);
        let meta = Meta::new(&p.title, p.summary.as_deref(), "programs");
        let mut deps = Deps::new("program.html");
        cx.program_deps(&mut deps, &[ProgramIx::new(i)]);
        cx.news_deps(&mut deps, &p.news);
        let instructors = p.curriculum.iter().filter_map(|s| match s.instructor {
            Some(crate::resolve::Instructor::Organization(o)) => Some(o),
            _ => None,
        });
        let orgs = p.organizers.iter().chain(&p.partners).copied();
        let officials = p.officials.iter().filter_map(|o| o.organization);
        cx.org_deps(&mut deps, orgs.chain(officials).chain(instructors));
        jobs.push(cx.later("program.html", link, meta, &deps, move |cx| {
            let mut data = PageData::plain("program", &cx.program_view(i));
            data.insert("jsonld", &jsonld::program(cx, i));
            data
        }));
    }

    // News, paginated, and one page per item.
    let per_page = site.config.news_per_page;
    let total_pages = site.news.len().div_ceil(per_page).max(1);
    for page in 1..=total_pages {
        let link = u.news_page(page);
        let title = if page == 1 {
            t(ui!("news")).to_string()
        } else {
            format!("{} – {} {page}", t(ui!("news")), t(ui!("page")))
        };
        let meta = Meta::new(title, None, "news");
        // Made on the rendering threads: 5,000 list pages of 10 cards each
        // at 50,000 news would take most of the (one-thread) job listing.
        jobs.push(cx.job_later("news_list.html", link, meta, move |cx| {
            let (site, u) = (cx.site, &cx.urls);
            let shown: Vec<NewsIx> = ((page - 1) * per_page
                ..(page * per_page).min(site.news.len()))
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
                cx.news_deps(&mut Deps::new("items"), &shown),
            );
            data.insert("pagination", &pagination);
            data
        }));
    }
    for (i, n) in site.news.iter().enumerate() {
        let link = u.news(&n.slug);
        let meta = Meta::new(&n.title, n.summary.as_deref(), "news");
        let mut deps = Deps::new("news.html");
        cx.news_deps(&mut deps, &[NewsIx::new(i)]);
        cx.program_deps(&mut deps, &n.programs);
        cx.org_deps(&mut deps, n.organizations.iter().copied());
        jobs.push(cx.later("news.html", link, meta, &deps, move |cx| {
            let mut data = PageData::plain("item", &cx.news_view(i));
            data.insert("jsonld", &jsonld::news(cx, i));
            data
        }));
    }

    // Organizations.
    let summaries: Vec<OrganizationSummary> = (0..site.organizations.len())
        .map(|i| {
            let o = &site.organizations[i];
            OrganizationSummary {
                org: cx.org_ref(OrgIx::new(i)),
                kind_label: cx.org_kind_label(o.kind),
                program_count: o.programs.len(),
                news_count: o.news.len(),
                counts_label: cx.counts(o.programs.len(), o.news.len()),
            }
        })
        .collect();
    let link = u.organizations();
    jobs.push(cx.job(
        "organizations.html",
        link.clone(),
        Meta::new(t(ui!("organizations")), None, "organizations"),
        context_with("organizations", &summaries),
    ));
    for (i, o) in OrgIx::enumerate(&site.organizations) {
        let link = u.organization(&o.id);
        let meta = Meta::new(&o.name, None, "organizations");
        let mut deps = Deps::new("organization.html");
        cx.org_deps(&mut deps, std::iter::once(i));
        cx.program_deps(&mut deps, &o.programs);
        cx.news_deps(&mut deps, &o.news);
        jobs.push(cx.later("organization.html", link, meta, &deps, move |cx| {
            let o = &cx.site.organizations[i];
            let view = OrganizationView {
                org: cx.org_ref(i),
                kind_label: cx.org_kind_label(o.kind),
                website: o.url.clone(),
                region: o.region.regency.clone().or(o.region.province.clone()),
                programs: cx.program_cards(&o.programs),
                news: cx.shared_news_cards(&o.news),
            };
            PageData::plain("organization", &view)
        }));
    }

    // Taxonomies.
    for (key, title, terms) in [
        ("regions", ui!("regions"), &site.regions),
        ("sectors", ui!("sectors"), &site.sectors),
        ("tags", ui!("tags"), &site.tags),
    ] {
        jobs.extend(taxonomy_jobs(cx, key, title, terms));
    }

    // Outcomes.
    let rows = |list: &[crate::resolve::Breakdown], taxonomy: Option<&str>| -> Vec<BreakdownRow> {
        list.iter()
            .map(|b| BreakdownRow {
                label: b.label.clone(),
                url: taxonomy
                    .zip(b.slug.as_deref())
                    .map(|(tx, slug)| u.term(tx, slug)),
                totals: cx.totals(&b.totals),
                graduates: b.totals.graduates,
                participants: b.totals.participants,
            })
            .collect()
    };
    let a = &site.aggregates;
    let series = [t(ui!("people_trained")), t(ui!("graduates"))];
    let chart = |id: &str, title: &str, list: &[crate::resolve::Breakdown]| -> String {
        if list.is_empty() {
            return String::new();
        }
        let rows: Vec<charts::Row> = list
            .iter()
            .map(|b| charts::Row {
                label: &b.label,
                values: vec![b.totals.participants, b.totals.graduates],
                shown: vec![
                    i18n::format_number(cx.lang, b.totals.participants),
                    i18n::format_number(cx.lang, b.totals.graduates),
                ],
            })
            .collect();
        charts::bars(id, title, &series, &rows)
    };
    let charts = OutcomesCharts {
        by_year: chart("chart-by-year", t(ui!("chart_by_year")), &a.by_year),
        by_regency: chart(
            "chart-by-regency",
            t(ui!("chart_by_regency")),
            &a.by_regency,
        ),
        by_sector: chart("chart-by-sector", t(ui!("chart_by_sector")), &a.by_sector),
    };
    let outcomes = OutcomesPage {
        totals: cx.totals(&a.totals),
        by_year: rows(&a.by_year, None),
        by_regency: rows(&a.by_regency, Some("regions")),
        by_sector: rows(&a.by_sector, Some("sectors")),
        indicators: site
            .programs
            .iter()
            .filter(|p| p.status == Status::Completed)
            .flat_map(|p| {
                let url = u.program(&p.id);
                p.outcomes
                    .iter()
                    .flat_map(|o| o.indicators.iter())
                    .map(move |ind| ProgramIndicator {
                        program: p.title.clone(),
                        url: url.clone(),
                        indicator: cx.indicator_view(ind),
                    })
            })
            .collect(),
        charts,
    };
    let link = u.outcomes();
    jobs.push(cx.job(
        "outcomes.html",
        link.clone(),
        Meta::new(t(ui!("outcomes_title")), None, "outcomes"),
        context_with("outcomes", &outcomes),
    ));

    // Standalone pages.
    for p in &site.pages {
        let page = StandalonePage {
            title: p.title.clone(),
            summary: p.summary.clone(),
            body_html: markdown::render(p.body.source(), u, site.config.raw_html),
        };
        let link = u.page(&p.path);
        let meta = Meta::new(&p.title, p.summary.as_deref(), "page");
        jobs.push(cx.job("page.html", link, meta, context_with("page", &page)));
    }

    // Search: the page; its index is written with the other outputs.
    let link = u.search();
    let search = SearchPage {
        script_url: u.search_script(),
        stylesheet_url: u.search_stylesheet(),
        programs_url: u.programs(),
        news_url: u.news_index(),
    };
    jobs.push(cx.job(
        "search.html",
        link.clone(),
        Meta::new(t(ui!("search")), None, "search"),
        context_with("search", &search),
    ));

    // 404: served for any missing page, so its links must not be relative.
    let link = u.not_found();
    jobs.push(cx.job(
        "404.html",
        link.clone(),
        Meta::new(t(ui!("not_found_title")), None, "none"),
        PageData::default(),
    ));
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
    let summaries: Vec<TermSummary> = terms.iter().map(|t| cx.term_summary(key, t)).collect();
    let mut data = context_with("taxonomy", &taxonomy);
    data.insert("terms", &summaries);
    let mut jobs = vec![cx.job(
        "taxonomy_index.html",
        taxonomy.url.clone(),
        Meta::new(title, None, key),
        data,
    )];
    for (term, summary) in terms.iter().zip(summaries) {
        let link = summary.url.clone();
        let meta = Meta::new(format!("{} – {title}", summary.name), None, key);
        let taxonomy = taxonomy.clone();
        let mut deps = Deps::new("taxonomy_term.html");
        deps.add(key).add(&summary.name).add(&summary.children);
        cx.program_deps(&mut deps, &term.programs);
        cx.news_deps(&mut deps, &term.news);
        jobs.push(
            cx.later("taxonomy_term.html", link, meta, &deps, move |cx| {
                let mut data = PageData::plain("taxonomy", &taxonomy);
                data.insert("programs", &cx.program_cards(&term.programs));
                data.insert("news", &cx.shared_news_cards(&term.news));
                data.insert("term", &summary);
                data
            }),
        );
    }
    jobs
}
