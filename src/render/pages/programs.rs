//! The programs: the index, grouped by status with region and sector
//! filters, and one page per program.

use std::collections::BTreeMap;

use crate::i18n::{self, UiKey};
use crate::resolve::{Indicator, Instructor, Program, ProgramIx, Status, Term, term_slug};
use crate::ui;

use super::super::cache::{Deps, PageData};
use super::super::context::{Ctx, PhotoOrder};
use super::super::jsonld;
use super::super::subscriptions::Selection;
use super::super::view::{
    ContactView, DayView, FilterLink, FundingView, IndicatorView, InstructorView, OfficialView,
    OutcomesView, ParticipantsView, ProgramGroup, ProgramView, RegionView, RegistrationView,
    SessionView, Unpublished, VenueView,
};
use super::card_lists::{self, Cards, list_of, more_link};
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
    jobs.extend(index(cx));
    // The lists of all the news of a program, after the program pages.
    let mut later = Vec::new();
    for (i, p) in site.programs.enumerate() {
        let link = cx.urls.program(&p.id);
        let head = {
            let link = link.clone();
            move |_: &Ctx| {
                let meta = Meta::new(&p.title, p.summary.as_deref(), "programs")
                    .or_first_paragraph(p.description.as_ref().map(|d| d.source()))
                    .unpublished(p.draft.then_some(Unpublished::Draft))
                    .pictured(p.image.as_ref());
                (link.clone(), meta)
            }
        };
        let news = Cards::News(&p.news);
        let mut deps = Deps::new("program.html");
        program_deps(site, &mut deps, &[i]);
        // The page shows the first of its news, and how many there are.
        deps.add(p.news.len()).add(site.config.news_per_page);
        news_deps(site, &mut deps, news.pages(cx).first(&p.news));
        later.extend(card_lists::all_of(
            cx,
            ui!("related_news"),
            (&p.title, link.clone()),
            "programs",
            cx.urls.program_news(&p.id),
            news,
        ));
        let instructors = p.curriculum.iter().filter_map(|s| match s.instructor {
            Some(Instructor::Organization(o)) => Some(o),
            _ => None,
        });
        let orgs = p.organizers.iter().chain(&p.partners).copied();
        let officials = p.officials.iter().filter_map(|o| o.organization);
        org_deps(site, &mut deps, orgs.chain(officials).chain(instructors));
        jobs.push(Job::per_item(cx, "program.html", &deps, head, move |cx| {
            let mut data = PageData::plain("program", &view(cx, i));
            data.insert("jsonld", &jsonld::program(cx, i));
            data
        }));
    }
    jobs.extend(later);
    jobs
}

/// The programs index: the first programs of each status group, and the
/// filters, each a page of its own that works without script: a status's
/// list (made here, after the index), a region's or a sector's programs.
fn index<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let site = cx.site;
    let u = &cx.urls;
    let mut groups_made_from = Deps::new("groups");
    let mut lists = Vec::new();
    let mut groups = Vec::new();
    for (key, label, statuses) in GROUPS {
        let programs: Vec<ProgramIx> = site
            .programs
            .enumerate()
            .filter(|(_, p)| statuses.contains(&p.status))
            .map(|(i, _)| i)
            .collect();
        if programs.is_empty() {
            continue;
        }
        let cards = Cards::Programs(&programs);
        let first = cards.pages(cx).first(&programs);
        program_deps(site, groups_made_from.add(key), first);
        groups_made_from.add(programs.len());
        let url = u.programs_status(key);
        groups.push(ProgramGroup {
            key,
            label: cx.t(label),
            programs: cx.program_cards(first),
            count: programs.len(),
            all: more_link(cx, cards, &url),
            url: url.clone(),
        });
        let list = list_of(cx, label, cx.t(ui!("programs")), u.programs());
        lists.extend(card_lists::jobs(cx, list, "programs", url, cards));
    }
    let filters = |key: &str, terms: &[Term]| -> Vec<FilterLink> {
        terms
            .iter()
            .filter(|term| !term.programs.is_empty())
            .map(|term| FilterLink {
                name: term.name.clone(),
                slug: term.slug.clone(),
                // Straight to the term's programs when its page shows only the first.
                url: if Cards::Programs(&term.programs).pages(cx).overflows() {
                    u.term_list(key, &term.slug, "programs")
                } else {
                    u.term(key, &term.slug)
                },
                count: term.programs.len(),
            })
            .collect()
    };
    let mut data = cx.page_data();
    data.insert_made_from("groups", &groups, &groups_made_from);
    data.insert("regions", &filters("regions", &site.regions));
    data.insert("sectors", &filters("sectors", &site.sectors));
    data.insert("subscribe", &Selection::site(cx).view(cx));
    let mut jobs = vec![Job::ready(
        "programs.html",
        u.programs(),
        Meta::new(
            cx.t(ui!("programs")),
            Some(cx.t(ui!("programs_description"))),
            "programs",
        ),
        data,
    )];
    jobs.extend(lists);
    jobs
}

/// A program's page: everything its record says, with its news.
fn view(cx: &Ctx, i: ProgramIx) -> ProgramView {
    let p = &cx.site.programs[i];
    // The page's photos in the order it shows them: the first is fetched at once.
    let mut order = PhotoOrder::default();
    ProgramView {
        image: p.image.as_ref().map(|pic| cx.picture(pic, &mut order)),
        card: cx.program_card_value(i),
        start_label: cx.date_long(p.start.date()),
        end_label: cx.date_long(p.end.date()),
        start_time: cx.time(&p.start),
        days_label: i18n::format_days(cx.lang, p.days()),
        description_html: p.description.as_ref().map(|m| cx.markdown(m, &mut order)),
        gallery: cx.gallery(&p.gallery, &mut order),
        organizers: p.organizers.iter().map(|o| cx.org_ref(*o)).collect(),
        partners: p.partners.iter().map(|o| cx.org_ref(*o)).collect(),
        sector: p.sector.as_ref().map(|s| cx.term_ref("sectors", s)),
        tags: p.tags.iter().map(|t| cx.term_ref("tags", t)).collect(),
        region: RegionView {
            province: p.region.province.clone(),
            regency: p.region.regency.clone(),
            district: p.region.district.clone(),
            url: crate::resolve::region_name(p).map(|r| cx.urls.term("regions", &term_slug(r))),
        },
        venues: p
            .venues
            .iter()
            .map(|v| VenueView {
                name: v.name.clone(),
                address: v.address.clone(),
                role_label: v.role.map(|r| cx.role_label(r)),
                map_url: v.geo.map(|(lat, lon)| {
                    format!(
                        "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
                    )
                }),
            })
            .collect(),
        target_group: p.target_group.clone(),
        participants: {
            let pt = &p.participants;
            let any = pt.quota.is_some()
                || pt.registered.is_some()
                || pt.attended.is_some()
                || pt.origin.is_some();
            any.then(|| ParticipantsView {
                quota: pt.quota.map(|n| cx.number(n)),
                registered: pt.registered.map(|n| cx.number(n)),
                attended: pt.attended.map(|n| cx.number(n)),
                origin: pt.origin.clone(),
            })
        },
        registration: p
            .registration
            .as_ref()
            .zip(p.registration_state)
            .map(|(r, state)| RegistrationView {
                state: cx.registration_state(p, r, state),
                opens: r.opens.map(|d| cx.date(d)),
                opens_iso: r.opens.map(|d| d.to_string()),
                closes: r.closes.map(|d| cx.date(d)),
                closes_iso: r.closes.map(|d| d.to_string()),
                url: r.url.clone(),
                contact: r.contact.as_ref().map(|c| ContactView {
                    name: c.name.clone(),
                    phone: c.phone.clone(),
                    phone_url: c.phone.as_ref().map(|p| {
                        let digits: String = p
                            .chars()
                            .filter(|c| c.is_ascii_digit() || *c == '+')
                            .collect();
                        format!("tel:{digits}")
                    }),
                    email: c.email.clone(),
                    email_url: c.email.as_ref().map(|e| format!("mailto:{e}")),
                }),
                requirements: r.requirements.clone(),
                fee_label: cx.fee_label(r),
            }),
        schedule: schedule(cx, p),
        officials: p
            .officials
            .iter()
            .map(|o| OfficialView {
                name: o.name.clone(),
                position: o.position.clone(),
                organization: o.organization.map(|i| cx.org_ref(i)),
            })
            .collect(),
        outcomes: p.outcomes.as_ref().map(|o| OutcomesView {
            graduates: o.graduates.map(|n| cx.number(n)),
            businesses_started: o.businesses_started.map(|n| cx.number(n)),
            jobs_created: o.jobs_created.map(|n| cx.number(n)),
            indicators: o.indicators.iter().map(|i| indicator_view(cx, i)).collect(),
            follow_up: o.follow_up.clone(),
            reported_on: o.reported_on.map(|d| cx.date(d)),
            reported_on_iso: o.reported_on.map(|d| d.to_string()),
        }),
        funding: p.funding.as_ref().map(|f| FundingView {
            source: f.source.clone(),
            amount: f.amount.map(|a| i18n::format_rupiah(cx.lang, a)),
        }),
        news: cx.news_cards(Cards::News(&p.news).pages(cx).first(&p.news)),
        news_all: more_link(cx, Cards::News(&p.news), &cx.urls.program_news(&p.id)),
        calendar_url: cx.urls.program_calendar(&p.id),
        share: cx.share(&p.title, &cx.urls.program(&p.id)),
        qr: cx.program_qr(p),
    }
}

/// The curriculum by day; sessions without a day come last.
fn schedule(cx: &Ctx, p: &Program) -> Vec<DayView> {
    let mut days: BTreeMap<Option<u32>, Vec<SessionView>> = BTreeMap::new();
    for s in &p.curriculum {
        let (kind, kind_label) = s.kind.map(|k| cx.session_kind(k)).unzip();
        let view = SessionView {
            title: s.title.clone(),
            hours_label: s
                .hours
                .map(|h| format!("{} {}", cx.decimal(h), cx.t(ui!("hours")))),
            kind,
            kind_label,
            instructor: s.instructor.as_ref().map(|i| match i {
                Instructor::Organization(o) => {
                    let r = cx.org_ref(*o);
                    InstructorView {
                        name: r.name,
                        url: Some(r.url),
                    }
                }
                Instructor::Text(name) => InstructorView {
                    name: name.clone(),
                    url: None,
                },
            }),
            venue: s.venue.map(|v| p.venues[v].name.clone()),
        };
        days.entry(s.day).or_default().push(view);
    }
    // BTreeMap puts None (unscheduled) first; the schedule wants it last.
    let mut out: Vec<DayView> = days
        .into_iter()
        .map(|(day, sessions)| DayView {
            day,
            date_label: day.and_then(|d| {
                p.start
                    .date()
                    .checked_add(jiff::Span::new().days(i64::from(d) - 1))
                    .ok()
                    .map(|date| cx.date_long(date))
            }),
            sessions,
        })
        .collect();
    out.sort_by_key(|d| d.day.unwrap_or(u32::MAX));
    out
}

/// An outcome indicator: target, actual and how far the actual got.
pub(super) fn indicator_view(cx: &Ctx, i: &Indicator) -> IndicatorView {
    IndicatorView {
        name: i.name.clone(),
        target: i.target.map(|x| cx.decimal(x)),
        actual: i.actual.map(|x| cx.decimal(x)),
        unit: i.unit.clone(),
        percent: match (i.target, i.actual) {
            (Some(t), Some(a)) if t > 0.0 => Some((a / t * 100.0).round() as u64),
            _ => None,
        },
    }
}
