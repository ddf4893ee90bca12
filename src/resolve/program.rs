//! Program records: every rule of the content model for a program.

use std::collections::HashMap;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::i18n::messages::WORD_ORGANIZATION;
use crate::i18n::{ProseDate, ProseNumber};
use crate::load::RecordFile;
use crate::model::{self, ProgramRecord, StatusOverride};
use crate::msg;

use super::checks::{Checker, text, texts};
use super::ix::{OrgIx, VenueIx};
use super::markdown_lint::LintCache;
use super::registration::registration_state;
use super::site::{
    Contact, Funding, Indicator, Instructor, Markdown, MarkdownOrigin, Official, Outcomes,
    Participants, Program, Registration, Session, Status, Venue, When,
};

/// The ids that records may refer to.
pub struct Known<'a> {
    /// Every organization id -> its organization, or `None` for a record
    /// that exists but did not load (its own error says why).
    pub organizations: &'a HashMap<String, Option<OrgIx>>,
    pub tz: &'a TimeZone,
    pub today: Date,
    /// The preview's remembered Markdown checks; none in a one-shot build.
    pub lints: Option<&'a LintCache>,
}

pub fn region(r: &Option<model::Region>) -> super::site::Region {
    let Some(r) = r else {
        return Default::default();
    };
    super::site::Region {
        province: text(&r.province),
        regency: text(&r.regency),
        district: text(&r.district),
    }
}

/// Derives the status as of `today`, unless the record overrides it.
pub fn status(over: Option<StatusOverride>, start: Date, end: Date, today: Date) -> Status {
    match over {
        Some(StatusOverride::Cancelled) => Status::Cancelled,
        Some(StatusOverride::Postponed) => Status::Postponed,
        None if today < start => Status::Upcoming,
        None if today > end => Status::Completed,
        None => Status::Ongoing,
    }
}

/// Resolves one program; `None` when it has errors (they are in `c`).
pub fn resolve_program(
    c: &mut Checker,
    file: &RecordFile<ProgramRecord>,
    id: String,
    known: &Known,
) -> Option<Program> {
    let r = &file.record;
    let errors_before = c.error_count();
    let start = c.when(&r.start, known.tz);
    let end = match &r.end {
        Some(e) => c.when(e, known.tz),
        None => start.clone(),
    };
    if let (Some(s), Some(e), Some(end_field)) = (&start, &end, &r.end)
        && e.date() < s.date()
    {
        c.error(
            end_field.pos,
            msg!(
                PROGRAM_ENDS_BEFORE_START,
                end = ProseDate(e.date()),
                start = ProseDate(s.date())
            ),
            msg!(PROGRAM_ENDS_BEFORE_START_HINT),
        );
    }

    let orgs = known.organizations;
    if r.organizers.value.is_empty() {
        c.error(
            r.organizers.pos,
            msg!(PROGRAM_NO_ORGANIZER),
            msg!(PROGRAM_NO_ORGANIZER_HINT),
        );
    }
    let organizers = c.references(
        &r.organizers.value,
        orgs,
        WORD_ORGANIZATION,
        "organizations",
    );
    let partners = c.references(&r.partners, orgs, WORD_ORGANIZATION, "organizations");
    let (organizers, partners) = (flat(organizers), flat(partners));

    let venues: Vec<Venue> = r
        .venues
        .iter()
        .map(|v| Venue {
            name: v.name.value.trim().to_string(),
            address: text(&v.address),
            role: v.role,
            geo: v.geo.as_ref().and_then(|g| {
                let lat_ok = (-90.0..=90.0).contains(&g.lat.value);
                let lon_ok = (-180.0..=180.0).contains(&g.lon.value);
                if !lat_ok {
                    c.error(g.lat.pos, msg!(GEO_LATITUDE), msg!(GEO_LATITUDE_HINT));
                }
                if !lon_ok {
                    c.error(g.lon.pos, msg!(GEO_LONGITUDE), msg!(GEO_LONGITUDE_HINT));
                }
                (lat_ok && lon_ok).then_some((g.lat.value, g.lon.value))
            }),
        })
        .collect();

    let participants = r.participants.as_ref().map(|p| {
        let registered = c.count(&p.registered, "registered");
        let attended = c.count(&p.attended, "attended");
        if let (Some(reg), Some(att), Some(a)) = (registered, attended, &p.attended)
            && att > reg
        {
            c.warning(
                a.pos,
                msg!(
                    ATTENDED_OVER_REGISTERED,
                    attended = ProseNumber(att),
                    registered = ProseNumber(reg)
                ),
                msg!(ATTENDED_OVER_REGISTERED_HINT),
            );
        }
        Participants {
            quota: c.count(&p.quota, "quota"),
            registered,
            attended,
            origin: text(&p.origin),
        }
    });

    let registration = r.registration.as_ref().map(|reg| {
        let opens = c.date(&reg.opens);
        let closes = c.date(&reg.closes);
        if let (Some(cl), Some(s), Some(field)) = (closes, &start, &reg.closes)
            && cl > s.date()
        {
            c.error(
                field.pos,
                msg!(
                    REGISTRATION_CLOSES_AFTER_START,
                    closes = ProseDate(cl),
                    start = ProseDate(s.date())
                ),
                msg!(REGISTRATION_CLOSES_AFTER_START_HINT),
            );
        }
        if let (Some(op), Some(cl), Some(field)) = (opens, closes, &reg.opens)
            && op > cl
        {
            c.error(
                field.pos,
                msg!(
                    REGISTRATION_OPENS_AFTER_CLOSES,
                    opens = ProseDate(op),
                    closes = ProseDate(cl)
                ),
                msg!(REGISTRATION_OPENS_AFTER_CLOSES_HINT),
            );
        }
        Registration {
            opens,
            closes,
            url: c.url(&reg.url),
            contact: reg.contact.as_ref().map(|k| Contact {
                name: text(&k.name),
                phone: text(&k.phone),
                email: text(&k.email),
            }),
            requirements: reg
                .requirements
                .iter()
                .map(|s| s.value.trim().to_string())
                .collect(),
            fee: c.count(&reg.fee, "fee"),
        }
    });

    let days = match (&start, &end) {
        (Some(s), Some(e)) if e.date() >= s.date() => (e.date() - s.date()).get_days() as i64 + 1,
        _ => i64::MAX,
    };
    let curriculum: Vec<Session> = r
        .curriculum
        .iter()
        .map(|s| session(c, s, &venues, days, start.as_ref().map(When::date), orgs))
        .collect();

    let officials = r
        .officials
        .iter()
        .map(|o| Official {
            name: o.name.value.trim().to_string(),
            position: text(&o.position),
            organization: o
                .organization
                .as_ref()
                .and_then(|id| c.reference(id, orgs, WORD_ORGANIZATION, "organizations"))
                .flatten(),
        })
        .collect();

    let outcomes = r.outcomes.as_ref().map(|o| Outcomes {
        graduates: c.count(&o.graduates, "graduates"),
        businesses_started: c.count(&o.businesses_started, "businesses_started"),
        jobs_created: c.count(&o.jobs_created, "jobs_created"),
        indicators: o
            .indicators
            .iter()
            .map(|i| Indicator {
                name: i.name.value.trim().to_string(),
                target: c.amount(&i.target, "target"),
                actual: c.amount(&i.actual, "actual"),
                unit: text(&i.unit),
            })
            .collect(),
        follow_up: text(&o.follow_up),
        reported_on: c.date(&o.reported_on),
    });
    let funding = r.funding.as_ref().map(|f| Funding {
        source: text(&f.source),
        amount: c.count(&f.amount, "amount"),
    });
    let description = r
        .description
        .as_ref()
        .filter(|d| !d.value.trim().is_empty())
        .map(|d| Markdown {
            links: super::markdown_lint::check_value(c, d.pos, &d.value, known.lints),
            pictures: Vec::new(),
            // Block scalars arrive unindented from the parser: keep that text.
            text: d.value.as_str().into(),
            range: 0..d.value.len(),
            file: file.file.path.clone(),
            file_text: file.file.text.clone(),
            origin: MarkdownOrigin::Value(d.pos),
        });

    if c.error_count() > errors_before {
        return None;
    }
    let (start, end) = (start?, end?);
    let status = status(
        r.status.as_ref().map(|s| s.value),
        start.date(),
        end.date(),
        known.today,
    );
    let participants = participants.unwrap_or_default();
    let registration_state = registration
        .as_ref()
        .map(|reg| registration_state(status, &participants, reg, start.date(), known.today));
    Some(Program {
        image: None,
        gallery: Vec::new(),
        version: file.file.version,
        status,
        registration_state,
        id,
        title: r.title.value.trim().to_string(),
        summary: text(&r.summary),
        description,
        start,
        end,
        organizers,
        partners,
        sector: text(&r.sector),
        tags: texts(&r.tags),
        region: region(&r.region),
        venues,
        target_group: text(&r.target_group),
        participants,
        registration,
        curriculum,
        officials,
        outcomes,
        funding,
        draft: r.draft,
        news: Vec::new(),
    })
}

/// The references that name a record of this build.
fn flat<I>(refs: Vec<Option<I>>) -> Vec<I> {
    refs.into_iter().flatten().collect()
}

fn session(
    c: &mut Checker,
    s: &model::Session,
    venues: &[Venue],
    days: i64,
    start: Option<Date>,
    orgs: &HashMap<String, Option<OrgIx>>,
) -> Session {
    let mut day = None;
    if let Some(d) = &s.day {
        if d.value < 1 || d.value > days {
            let hint = if days == i64::MAX {
                msg!(SESSION_DAY_HINT_FROM_ONE)
            } else {
                msg!(SESSION_DAY_HINT, days = days)
            };
            c.error(d.pos, msg!(SESSION_DAY_OUTSIDE, day = d.value), hint);
        } else {
            day = Some(d.value as u32);
        }
    }
    if let Some(date_field_value) = &s.date
        && let Some(date) = c.date(&s.date)
        && let Some(start) = start
    {
        let n = (date - start).get_days() as i64 + 1;
        if n < 1 || n > days {
            c.error(
                date_field_value.pos,
                msg!(SESSION_DATE_OUTSIDE, date = ProseDate(date)),
                msg!(SESSION_DATE_OUTSIDE_HINT),
            );
        } else if day.is_none() {
            day = Some(n as u32);
        }
    }
    let venue = s.venue.as_ref().and_then(|v| {
        let found = venues.iter().position(|x| x.name == v.value.trim());
        if found.is_none() {
            let names: Vec<&str> = venues.iter().map(|x| x.name.as_str()).collect();
            let hint = match crate::diagnostics::closest(v.value.trim(), names.iter().copied()) {
                Some(near) => msg!(REF_DID_YOU_MEAN, near = near),
                None if names.is_empty() => msg!(SESSION_VENUE_HINT_NONE),
                None => msg!(SESSION_VENUE_HINT_LIST, names = names.join(", ")),
            };
            c.error(v.pos, msg!(SESSION_VENUE_UNKNOWN, venue = v.value), hint);
        }
        found.map(VenueIx::new)
    });
    let instructor = s.instructor.as_ref().map(|i| {
        let name = i.value.trim();
        match orgs.get(name).copied().flatten() {
            Some(idx) => Instructor::Organization(idx),
            None => Instructor::Text(name.to_string()),
        }
    });
    Session {
        title: s.title.value.trim().to_string(),
        day,
        hours: c.amount(&s.hours, "hours"),
        kind: s.kind,
        instructor,
        venue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn status_follows_the_build_date() {
        let (s, e) = (date(2024, 6, 24), date(2024, 6, 26));
        assert_eq!(status(None, s, e, date(2024, 6, 23)), Status::Upcoming);
        assert_eq!(status(None, s, e, date(2024, 6, 24)), Status::Ongoing);
        assert_eq!(status(None, s, e, date(2024, 6, 26)), Status::Ongoing);
        assert_eq!(status(None, s, e, date(2024, 6, 27)), Status::Completed);
        assert_eq!(
            status(Some(StatusOverride::Cancelled), s, e, date(2024, 6, 25)),
            Status::Cancelled
        );
    }
}
