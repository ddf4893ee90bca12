//! The programs: the index, grouped by status with region and sector
//! filters, and one page per program.

use crate::i18n::UiKey;
use crate::resolve::{Instructor, Status, Term};
use crate::ui;

use super::super::cache::{Deps, PageData};
use super::super::context::Ctx;
use super::super::jsonld;
use super::super::view::{FilterLink, ProgramGroup};
use super::job::{Job, Meta, news_deps, org_deps, program_deps};

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

pub(super) fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let site = cx.site;
    let mut jobs = Vec::with_capacity(site.programs.len() + 1);
    jobs.push(index(cx));
    for (i, p) in site.programs.iter().enumerate() {
        let link = cx.urls.program(&p.id);
        let meta = Meta::new(&p.title, p.summary.as_deref(), "programs");
        let mut deps = Deps::new("program.html");
        program_deps(site, &mut deps, &[i]);
        news_deps(site, &mut deps, &p.news);
        let instructors = p.curriculum.iter().filter_map(|s| match s.instructor {
            Some(Instructor::Organization(o)) => Some(o),
            _ => None,
        });
        let orgs = p.organizers.iter().chain(&p.partners).copied();
        let officials = p.officials.iter().filter_map(|o| o.organization);
        org_deps(site, &mut deps, orgs.chain(officials).chain(instructors));
        jobs.push(Job::per_item(
            "program.html",
            link,
            meta,
            &deps,
            move |cx| {
                let mut data = PageData::plain("program", &cx.program_view(i));
                data.insert("jsonld", &jsonld::program(cx, i));
                data
            },
        ));
    }
    jobs
}

/// The programs index: a group per status, and the filters.
fn index<'a>(cx: &Ctx<'a>) -> Job<'a> {
    let site = cx.site;
    let u = &cx.urls;
    let mut groups_made_from = Deps::new("groups");
    let groups: Vec<ProgramGroup> = GROUPS
        .iter()
        .map(|(key, label, statuses)| {
            let programs: Vec<usize> = (0..site.programs.len())
                .filter(|i| statuses.contains(&site.programs[*i].status))
                .collect();
            program_deps(site, groups_made_from.add(key), &programs);
            ProgramGroup {
                key,
                label: cx.t(*label),
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
    Job::ready(
        "programs.html",
        u.programs(),
        Meta::new(cx.t(ui!("programs")), None, "programs"),
        data,
    )
}
