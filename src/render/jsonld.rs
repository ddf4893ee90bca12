//! schema.org JSON-LD for the heads of program and news pages.
//!
//! Built as `serde_json::Value` and made safe to embed in a `<script>`
//! element: `<`, `>` and `&` become `\u003c`-style escapes, so no text from
//! a record can close the script or open a comment.

use serde_json::{Value, json};

use crate::model::AuthorKind;
use crate::resolve::{NewsIx, OrgIx, Program, ProgramIx, Region, Status, When};

use super::context::Ctx;

fn iso(w: &When) -> String {
    match w {
        When::Day(d) => d.to_string(),
        When::Time(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
    }
}

/// JSON text that may sit inside `<script type="application/ld+json">`.
/// A `<`, `>` or `&` can only be inside a JSON string, where its `\u003c`
/// escape means the same.
pub fn embeddable(value: &Value) -> String {
    // A `Value` always serializes: its keys are strings.
    let json = serde_json::to_string(value).unwrap_or_default();
    crate::escape::json_in_script(json)
}

fn organization(cx: &Ctx, i: OrgIx) -> Value {
    let o = &cx.site.organizations[i];
    let mut v = json!({
        "@type": "Organization",
        "name": o.name,
        "url": cx.urls.absolute(&cx.urls.organization(&o.id)),
    });
    if let Some(site) = &o.url {
        v["sameAs"] = json!(site);
    }
    v
}

/// The word an Indonesian address puts before the name of its district.
const DISTRICT_WORD: &str = "Kecamatan ";

/// The locality a venue's own address names: the part written
/// `Kecamatan <name>`. An address without one has no locality; the
/// program's district is not the venue's (a practice site is often in the
/// next district).
fn locality_of(address: &str) -> Option<&str> {
    address
        .split(',')
        .map(str::trim)
        .find_map(|part| part.strip_prefix(DISTRICT_WORD))
        .map(str::trim)
        .filter(|name| !name.is_empty())
}

/// A venue's address as the venue gives it: the whole text as
/// `streetAddress` and its district as `addressLocality`. A venue without
/// an address (and a program without venues) is placed by the program's
/// region.
fn postal_address(region: &Region, venue_address: Option<&String>) -> Value {
    let mut a = json!({ "@type": "PostalAddress", "addressCountry": "ID" });
    match venue_address {
        Some(s) => {
            a["streetAddress"] = json!(s);
            if let Some(l) = locality_of(s) {
                a["addressLocality"] = json!(l);
            }
        }
        None => {
            if let Some(l) = region.district.as_ref().or(region.regency.as_ref()) {
                a["addressLocality"] = json!(l);
            }
        }
    }
    if let Some(reg) = &region.province {
        a["addressRegion"] = json!(reg);
    }
    a
}

fn location(p: &Program) -> Value {
    let r = &p.region;
    let address = |street: Option<&String>| postal_address(r, street);
    let places: Vec<Value> = p
        .venues
        .iter()
        .map(|v| {
            let mut place =
                json!({ "@type": "Place", "name": v.name, "address": address(v.address.as_ref()) });
            if let Some((lat, lon)) = v.geo {
                place["geo"] =
                    json!({ "@type": "GeoCoordinates", "latitude": lat, "longitude": lon });
            }
            place
        })
        .collect();
    if places.is_empty() {
        // An event needs a location; the region is what the record knows.
        let name = r
            .regency
            .clone()
            .or(r.province.clone())
            .unwrap_or_else(|| "Indonesia".to_string());
        json!({ "@type": "Place", "name": name, "address": address(None) })
    } else {
        Value::Array(places)
    }
}

pub fn program(cx: &Ctx, i: ProgramIx) -> String {
    let p = &cx.site.programs[i];
    let url = cx.urls.absolute(&cx.urls.program(&p.id));
    let status = match p.status {
        Status::Cancelled => "https://schema.org/EventCancelled",
        Status::Postponed => "https://schema.org/EventPostponed",
        _ => "https://schema.org/EventScheduled",
    };
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": "EducationEvent",
        "@id": url,
        "url": url,
        "name": p.title,
        "startDate": iso(&p.start),
        "endDate": iso(&p.end),
        "eventStatus": status,
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": location(p),
        "organizer": p.organizers.iter().map(|o| organization(cx, *o)).collect::<Vec<_>>(),
        "inLanguage": cx.site.config.language.code(),
    });
    if let Some(s) = &p.summary {
        v["description"] = json!(s);
    }
    if !p.partners.is_empty() {
        v["sponsor"] = json!(
            p.partners
                .iter()
                .map(|o| organization(cx, *o))
                .collect::<Vec<_>>()
        );
    }
    if let Some(t) = &p.target_group {
        v["audience"] = json!({ "@type": "Audience", "audienceType": t });
    }
    if let Some(q) = p.participants.quota {
        v["maximumAttendeeCapacity"] = json!(q);
    }
    if let Some(r) = &p.registration
        && let Some(fee) = r.fee
    {
        let mut offer = json!({
            "@type": "Offer",
            "price": fee,
            "priceCurrency": "IDR",
            "url": r.url.clone().unwrap_or_else(|| url.clone()),
            "availability": if p.status == Status::Upcoming { "https://schema.org/InStock" } else { "https://schema.org/SoldOut" },
        });
        if let Some(o) = r.opens {
            offer["validFrom"] = json!(o.to_string());
        }
        v["offers"] = offer;
    }
    if !p.curriculum.is_empty() {
        // The curriculum as the course the event teaches, session by session.
        let parts: Vec<Value> = p
            .curriculum
            .iter()
            .map(|s| {
                let mut part = json!({ "@type": "Syllabus", "name": s.title });
                if let Some(h) = s.hours {
                    part["timeRequired"] = json!(format!("PT{}M", (h * 60.0).round() as u64));
                }
                part
            })
            .collect();
        v["workFeatured"] = json!({
            "@type": "Course",
            "name": p.title,
            "provider": p.organizers.first().map(|o| organization(cx, *o)),
            "syllabusSections": parts,
        });
    }
    embeddable(&v)
}

fn author_type(kind: AuthorKind) -> &'static str {
    match kind {
        AuthorKind::Person => "Person",
        AuthorKind::Organization => "Organization",
    }
}

pub fn news(cx: &Ctx, i: NewsIx) -> String {
    let n = &cx.site.news[i];
    let url = cx.urls.absolute(&cx.urls.news(&n.slug));
    let date = iso(&n.date);
    let publisher = match cx.site.config.publisher {
        Some(p) => organization(cx, p),
        None => {
            json!({ "@type": "Organization", "name": cx.site.config.title, "url": cx.urls.home_url() })
        }
    };
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": url,
        "mainEntityOfPage": url,
        "url": url,
        "headline": n.title,
        "datePublished": date,
        "dateModified": date,
        "publisher": publisher,
        "inLanguage": cx.site.config.language.code(),
    });
    v["author"] = match &n.author {
        Some(a) => json!({ "@type": author_type(a.kind), "name": a.name }),
        None => v["publisher"].clone(),
    };
    if let Some(s) = &n.summary {
        v["description"] = json!(s);
    }
    if let Some(img) = &n.image {
        let share = &cx.images.plan(img.source).share;
        v["image"] = json!(cx.urls.image_url(&format!("/{}", share.path)));
    }
    if !n.programs.is_empty() {
        v["about"] = json!(n
            .programs
            .iter()
            .map(|p| {
                let prog = &cx.site.programs[*p];
                // A reference to the event described on its own page.
                json!({ "@type": "EducationEvent", "@id": cx.urls.absolute(&cx.urls.program(&prog.id)) })
            })
            .collect::<Vec<_>>());
    }
    embeddable(&v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_json_cannot_close_its_script() {
        let s = embeddable(&json!({ "name": "</script><script>alert(1)</script> & <!--" }));
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script> & <!--");
    }
}
