//! The open data's records made from the site: one [`ProgramData`] per
//! program, one [`NewsData`] per news item, references given by id.

use crate::resolve::{Instructor, NewsItem, OrgIx, Program, Site, When};

use super::schema::*;
use crate::render::context::Ctx;

/// The day of a date or time, always `2024-06-24`: one form for the whole
/// column, so that a spreadsheet sorts and filters it as dates.
fn day(w: &When) -> String {
    w.date().to_string()
}

/// The full time, RFC 3339 with the offset (`2027-01-11T08:00:00+07:00`),
/// when the record gave one; `None` for a whole day.
fn datetime(w: &When) -> Option<String> {
    match w {
        When::Day(_) => None,
        When::Time(z) => Some(z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()),
    }
}

fn org(site: &Site, i: OrgIx) -> OrgData {
    OrgData {
        id: site.organizations[i].id.clone(),
        name: site.organizations[i].name.clone(),
    }
}

/// The record of a program.
pub(super) fn program(cx: &Ctx, p: &Program) -> ProgramData {
    let site = cx.site;
    ProgramData {
        id: p.id.clone(),
        url: cx.urls.absolute(&cx.urls.program(&p.id)),
        title: p.title.clone(),
        summary: p.summary.clone(),
        status: p.status.key(),
        start: day(&p.start),
        end: day(&p.end),
        start_datetime: datetime(&p.start),
        end_datetime: datetime(&p.end),
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

/// The record of a news item.
pub(super) fn news(cx: &Ctx, n: &NewsItem) -> NewsData {
    let site = cx.site;
    NewsData {
        slug: n.slug.clone(),
        url: cx.urls.absolute(&cx.urls.news(&n.slug)),
        title: n.title.clone(),
        date: day(&n.date),
        datetime: datetime(&n.date),
        summary: n.summary.clone(),
        location: n.location.clone(),
        author: n.author.as_ref().map(|a| a.name.clone()),
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
    }
}
