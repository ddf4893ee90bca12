//! Open data: `/data/programs.json`, `/data/programs.csv`, `/data/news.json`.
//!
//! Field names here are a published interface (docs/DATA.md): rename one and
//! every portal that imports the files breaks. Add fields; never rename.

use serde::Serialize;

use crate::resolve::{Instructor, Site, When};

use super::OutputFile;
use super::context::Ctx;

/// Bumped when a field changes meaning or goes away.
const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct OrgData {
    id: String,
    name: String,
}

#[derive(Serialize)]
struct RegionData {
    province: Option<String>,
    regency: Option<String>,
    district: Option<String>,
}

#[derive(Serialize)]
struct VenueData {
    name: String,
    address: Option<String>,
    role: Option<crate::model::VenueRole>,
    lat: Option<f64>,
    lon: Option<f64>,
}

#[derive(Serialize)]
struct ParticipantsData {
    quota: Option<u64>,
    registered: Option<u64>,
    attended: Option<u64>,
    origin: Option<String>,
}

#[derive(Serialize)]
struct ContactData {
    name: Option<String>,
    phone: Option<String>,
    email: Option<String>,
}

#[derive(Serialize)]
struct RegistrationData {
    opens: Option<String>,
    closes: Option<String>,
    url: Option<String>,
    fee: Option<u64>,
    requirements: Vec<String>,
    contact: Option<ContactData>,
}

#[derive(Serialize)]
struct SessionData {
    day: Option<u32>,
    title: String,
    kind: Option<crate::model::SessionKind>,
    hours: Option<f64>,
    instructor: Option<String>,
    instructor_organization: Option<String>,
    venue: Option<String>,
}

#[derive(Serialize)]
struct OfficialData {
    name: String,
    position: Option<String>,
    organization: Option<String>,
}

#[derive(Serialize)]
struct IndicatorData {
    name: String,
    target: Option<f64>,
    actual: Option<f64>,
    unit: Option<String>,
}

#[derive(Serialize)]
struct OutcomesData {
    graduates: Option<u64>,
    businesses_started: Option<u64>,
    jobs_created: Option<u64>,
    indicators: Vec<IndicatorData>,
    follow_up: Option<String>,
    reported_on: Option<String>,
}

#[derive(Serialize)]
struct FundingData {
    source: Option<String>,
    amount: Option<u64>,
}

#[derive(Serialize)]
struct ProgramData {
    id: String,
    url: String,
    title: String,
    summary: Option<String>,
    status: &'static str,
    start: String,
    end: String,
    days: i64,
    sector: Option<String>,
    tags: Vec<String>,
    region: RegionData,
    organizers: Vec<OrgData>,
    partners: Vec<OrgData>,
    target_group: Option<String>,
    venues: Vec<VenueData>,
    participants: ParticipantsData,
    registration: Option<RegistrationData>,
    curriculum: Vec<SessionData>,
    officials: Vec<OfficialData>,
    outcomes: Option<OutcomesData>,
    funding: Option<FundingData>,
    news: Vec<String>,
}

#[derive(Serialize)]
struct SourceData {
    name: String,
    url: Option<String>,
}

#[derive(Serialize)]
struct NewsData {
    slug: String,
    url: String,
    title: String,
    date: String,
    summary: Option<String>,
    location: Option<String>,
    author: Option<String>,
    source: Option<SourceData>,
    programs: Vec<String>,
    organizations: Vec<String>,
    tags: Vec<String>,
}

#[derive(Serialize)]
struct Document<T> {
    schema_version: u32,
    site: String,
    generated_on: String,
    #[serde(flatten)]
    items: T,
}

#[derive(Serialize)]
struct Programs {
    programs: Vec<ProgramData>,
}

#[derive(Serialize)]
struct News {
    news: Vec<NewsData>,
}

/// A date as written: `2024-06-24`, or RFC 3339 for a time.
fn iso(w: &When) -> String {
    match w {
        When::Day(d) => d.to_string(),
        When::Time(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
    }
}

fn org(site: &Site, i: usize) -> OrgData {
    OrgData {
        id: site.organizations[i].id.clone(),
        name: site.organizations[i].name.clone(),
    }
}

fn program(cx: &Ctx, i: usize) -> ProgramData {
    let site = cx.site;
    let p = &site.programs[i];
    ProgramData {
        id: p.id.clone(),
        url: cx.urls.absolute(&cx.urls.program(&p.id)),
        title: p.title.clone(),
        summary: p.summary.clone(),
        status: p.status.key(),
        start: iso(&p.start),
        end: iso(&p.end),
        days: p.days(),
        sector: p.sector.clone(),
        tags: p.tags.clone(),
        region: RegionData {
            province: p.region.province.clone(),
            regency: p.region.regency.clone(),
            district: p.region.district.clone(),
        },
        organizers: p.organizers.iter().map(|o| org(site, *o)).collect(),
        partners: p.partners.iter().map(|o| org(site, *o)).collect(),
        target_group: p.target_group.clone(),
        venues: p
            .venues
            .iter()
            .map(|v| VenueData {
                name: v.name.clone(),
                address: v.address.clone(),
                role: v.role,
                lat: v.geo.map(|g| g.0),
                lon: v.geo.map(|g| g.1),
            })
            .collect(),
        participants: ParticipantsData {
            quota: p.participants.quota,
            registered: p.participants.registered,
            attended: p.participants.attended,
            origin: p.participants.origin.clone(),
        },
        registration: p.registration.as_ref().map(|r| RegistrationData {
            opens: r.opens.map(|d| d.to_string()),
            closes: r.closes.map(|d| d.to_string()),
            url: r.url.clone(),
            fee: r.fee,
            requirements: r.requirements.clone(),
            contact: r.contact.as_ref().map(|c| ContactData {
                name: c.name.clone(),
                phone: c.phone.clone(),
                email: c.email.clone(),
            }),
        }),
        curriculum: p
            .curriculum
            .iter()
            .map(|s| SessionData {
                day: s.day,
                title: s.title.clone(),
                kind: s.kind,
                hours: s.hours,
                instructor: s.instructor.as_ref().map(|i| match i {
                    Instructor::Organization(o) => site.organizations[*o].name.clone(),
                    Instructor::Text(t) => t.clone(),
                }),
                instructor_organization: s.instructor.as_ref().and_then(|i| match i {
                    Instructor::Organization(o) => Some(site.organizations[*o].id.clone()),
                    Instructor::Text(_) => None,
                }),
                venue: s.venue.map(|v| p.venues[v].name.clone()),
            })
            .collect(),
        officials: p
            .officials
            .iter()
            .map(|o| OfficialData {
                name: o.name.clone(),
                position: o.position.clone(),
                organization: o.organization.map(|i| site.organizations[i].id.clone()),
            })
            .collect(),
        outcomes: p.outcomes.as_ref().map(|o| OutcomesData {
            graduates: o.graduates,
            businesses_started: o.businesses_started,
            jobs_created: o.jobs_created,
            indicators: o
                .indicators
                .iter()
                .map(|i| IndicatorData {
                    name: i.name.clone(),
                    target: i.target,
                    actual: i.actual,
                    unit: i.unit.clone(),
                })
                .collect(),
            follow_up: o.follow_up.clone(),
            reported_on: o.reported_on.map(|d| d.to_string()),
        }),
        funding: p.funding.as_ref().map(|f| FundingData {
            source: f.source.clone(),
            amount: f.amount,
        }),
        news: p.news.iter().map(|n| site.news[*n].slug.clone()).collect(),
    }
}

/// The CSV columns, in order: flat values, lists joined with "; ".
pub const CSV_COLUMNS: &[&str] = &[
    "id",
    "url",
    "title",
    "status",
    "start",
    "end",
    "days",
    "sector",
    "province",
    "regency",
    "district",
    "organizers",
    "partners",
    "target_group",
    "quota",
    "registered",
    "attended",
    "fee",
    "registration_opens",
    "registration_closes",
    "registration_url",
    "graduates",
    "businesses_started",
    "jobs_created",
    "funding_source",
    "funding_amount",
    "tags",
];

fn csv_row(p: &ProgramData) -> Vec<String> {
    let n = |x: Option<u64>| x.map(|v| v.to_string()).unwrap_or_default();
    let t = |x: &Option<String>| x.clone().unwrap_or_default();
    let names = |v: &[OrgData]| {
        v.iter()
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let reg = p.registration.as_ref();
    let out = p.outcomes.as_ref();
    let fund = p.funding.as_ref();
    vec![
        p.id.clone(),
        p.url.clone(),
        p.title.clone(),
        p.status.to_string(),
        p.start.clone(),
        p.end.clone(),
        p.days.to_string(),
        t(&p.sector),
        t(&p.region.province),
        t(&p.region.regency),
        t(&p.region.district),
        names(&p.organizers),
        names(&p.partners),
        t(&p.target_group),
        n(p.participants.quota),
        n(p.participants.registered),
        n(p.participants.attended),
        n(reg.and_then(|r| r.fee)),
        reg.and_then(|r| r.opens.clone()).unwrap_or_default(),
        reg.and_then(|r| r.closes.clone()).unwrap_or_default(),
        reg.and_then(|r| r.url.clone()).unwrap_or_default(),
        n(out.and_then(|o| o.graduates)),
        n(out.and_then(|o| o.businesses_started)),
        n(out.and_then(|o| o.jobs_created)),
        fund.and_then(|f| f.source.clone()).unwrap_or_default(),
        n(fund.and_then(|f| f.amount)),
        p.tags.join("; "),
    ]
}

fn json<T: Serialize>(value: &T) -> Vec<u8> {
    // Serializing plain structs of strings and numbers cannot fail.
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

pub fn open_data(cx: &Ctx) -> Vec<OutputFile> {
    let site = cx.site;
    let programs: Vec<ProgramData> = (0..site.programs.len()).map(|i| program(cx, i)).collect();
    let mut csv = String::new();
    csv.push_str(&CSV_COLUMNS.join(","));
    csv.push_str("\r\n");
    for p in &programs {
        let row: Vec<String> = csv_row(p)
            .iter()
            .map(|c| crate::escape::csv_cell(c))
            .collect();
        csv.push_str(&row.join(","));
        csv.push_str("\r\n");
    }
    let news: Vec<NewsData> = site
        .news
        .iter()
        .map(|n| NewsData {
            slug: n.slug.clone(),
            url: cx.urls.absolute(&cx.urls.news(&n.slug)),
            title: n.title.clone(),
            date: iso(&n.date),
            summary: n.summary.clone(),
            location: n.location.clone(),
            author: n.author.clone(),
            source: n.source.as_ref().map(|s| SourceData {
                name: s.name.clone(),
                url: s.url.clone(),
            }),
            programs: n
                .programs
                .iter()
                .map(|p| site.programs[*p].id.clone())
                .collect(),
            organizations: n
                .organizations
                .iter()
                .map(|o| site.organizations[*o].id.clone())
                .collect(),
            tags: n.tags.clone(),
        })
        .collect();
    let document = |items| Document {
        schema_version: SCHEMA_VERSION,
        site: site.config.title.clone(),
        generated_on: site.today.to_string(),
        items,
    };
    let programs_json = json(&document(Programs { programs }));
    vec![
        OutputFile {
            path: cx.urls.output_path(&cx.urls.programs_json()),
            bytes: programs_json.into(),
        },
        OutputFile {
            path: cx.urls.output_path(&cx.urls.programs_csv()),
            bytes: csv.into_bytes().into(),
        },
        OutputFile {
            path: cx.urls.output_path(&cx.urls.news_json()),
            bytes: json(&Document {
                schema_version: SCHEMA_VERSION,
                site: site.config.title.clone(),
                generated_on: site.today.to_string(),
                items: News { news },
            })
            .into(),
        },
    ]
}
