//! schema.org JSON-LD for the heads of program and news pages, written
//! straight into text (`json.rs`) that may sit inside
//! `<script type="application/ld+json">`. Each object's keys are written
//! sorted.

use crate::model::AuthorKind;
use crate::resolve::{NewsIx, OrgIx, Program, ProgramIx, Region, Status, When};

use super::context::Ctx;

mod json;
use json::{Obj, string};

fn iso(w: &When) -> String {
    match w {
        When::Day(d) => d.to_string(),
        When::Time(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
    }
}

fn organization(cx: &Ctx, i: OrgIx, out: &mut String) {
    let o = &cx.site.organizations[i];
    let mut v = Obj::open(out);
    v.str("@type", "Organization");
    if let Some(logo) = &o.logo {
        v.str("logo", &cx.logo_url(logo));
    }
    v.str("name", &o.name)
        .opt_str("sameAs", o.url.as_deref())
        .str("url", &cx.urls.absolute(&cx.urls.organization(&o.id)));
    v.close();
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
fn postal_address(region: &Region, venue_address: Option<&String>, a: &mut Obj) {
    let locality = match venue_address {
        Some(s) => locality_of(s),
        None => region
            .district
            .as_ref()
            .or(region.regency.as_ref())
            .map(String::as_str),
    };
    a.str("@type", "PostalAddress")
        .str("addressCountry", "ID")
        .opt_str("addressLocality", locality)
        .opt_str("addressRegion", region.province.as_deref())
        .opt_str("streetAddress", venue_address.map(String::as_str));
}

/// A schema.org Place: an address, a position when the record gives one.
fn place(
    pl: &mut Obj,
    region: &Region,
    address: Option<&String>,
    geo: Option<(f64, f64)>,
    name: &str,
) {
    pl.str("@type", "Place")
        .obj("address", |a| postal_address(region, address, a));
    if let Some((lat, lon)) = geo {
        pl.obj("geo", |g| {
            g.str("@type", "GeoCoordinates")
                .float("latitude", lat)
                .float("longitude", lon);
        });
    }
    pl.str("name", name);
}

/// The member `location`: the venues, or the region when there are none.
fn location(p: &Program, v: &mut Obj) {
    let r = &p.region;
    if p.venues.is_empty() {
        // An event needs a location; the region is what the record knows.
        let name = r
            .regency
            .as_deref()
            .or(r.province.as_deref())
            .unwrap_or("Indonesia");
        v.obj("location", |pl| place(pl, r, None, None, name));
    } else {
        v.arr("location", &p.venues, |out, venue| {
            let mut pl = Obj::open(out);
            place(&mut pl, r, venue.address.as_ref(), venue.geo, &venue.name);
            pl.close();
        });
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
    let mut out = String::with_capacity(2048);
    let mut v = Obj::open(&mut out);
    v.str("@context", "https://schema.org")
        .str("@id", &url)
        .str("@type", "EducationEvent");
    if let Some(t) = &p.target_group {
        v.obj("audience", |a| {
            a.str("@type", "Audience").str("audienceType", t);
        });
    }
    v.opt_str("description", p.summary.as_deref())
        .str("endDate", &iso(&p.end))
        .str(
            "eventAttendanceMode",
            "https://schema.org/OfflineEventAttendanceMode",
        )
        .str("eventStatus", status);
    if let Some(image) = &p.image {
        v.arr("image", cx.image_urls(image), |out, u| string(out, &u));
    }
    v.str("inLanguage", cx.site.config.language.code());
    location(p, &mut v);
    if let Some(q) = p.participants.quota {
        v.uint("maximumAttendeeCapacity", q);
    }
    v.str("name", &p.title);
    if let Some(r) = &p.registration
        && let Some(fee) = r.fee
    {
        let availability = if p.status == Status::Upcoming {
            "https://schema.org/InStock"
        } else {
            "https://schema.org/SoldOut"
        };
        v.obj("offers", |o| {
            o.str("@type", "Offer")
                .str("availability", availability)
                .uint("price", fee)
                .str("priceCurrency", "IDR")
                .str("url", r.url.as_deref().unwrap_or(&url));
            if let Some(opens) = r.opens {
                o.str("validFrom", &opens.to_string());
            }
        });
    }
    v.arr("organizer", &p.organizers, |out, o| {
        organization(cx, *o, out)
    });
    if !p.partners.is_empty() {
        v.arr("sponsor", &p.partners, |out, o| organization(cx, *o, out));
    }
    v.str("startDate", &iso(&p.start)).str("url", &url);
    if !p.curriculum.is_empty() {
        // The curriculum as the course the event teaches, session by session.
        v.obj("workFeatured", |course| {
            course.str("@type", "Course").str("name", &p.title);
            match p.organizers.first() {
                Some(o) => organization(cx, *o, course.key("provider")),
                None => course.key("provider").push_str("null"),
            }
            course.arr("syllabusSections", &p.curriculum, |out, s| {
                let mut part = Obj::open(out);
                part.str("@type", "Syllabus").str("name", &s.title);
                if let Some(h) = s.hours {
                    part.str("timeRequired", &format!("PT{}M", (h * 60.0).round() as u64));
                }
                part.close();
            });
        });
    }
    v.close();
    out
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
    let mut publisher = String::new();
    match cx.site.config.publisher {
        Some(p) => organization(cx, p, &mut publisher),
        None => {
            let mut o = Obj::open(&mut publisher);
            o.str("@type", "Organization")
                .str("name", &cx.site.config.title)
                .str("url", &cx.urls.home_url());
            o.close();
        }
    }
    let mut out = String::with_capacity(1024);
    let mut v = Obj::open(&mut out);
    v.str("@context", "https://schema.org")
        .str("@id", &url)
        .str("@type", "NewsArticle");
    if !n.programs.is_empty() {
        v.arr("about", &n.programs, |out, p| {
            // A reference to the event described on its own page.
            let prog = &cx.site.programs[*p];
            let mut about = Obj::open(out);
            about
                .str("@id", &cx.urls.absolute(&cx.urls.program(&prog.id)))
                .str("@type", "EducationEvent");
            about.close();
        });
    }
    match &n.author {
        Some(a) => {
            v.obj("author", |o| {
                o.str("@type", author_type(a.kind)).str("name", &a.name);
            });
        }
        None => v.key("author").push_str(&publisher),
    }
    v.str("dateModified", &date)
        .str("datePublished", &date)
        .opt_str("description", n.summary.as_deref())
        .str("headline", &n.title);
    if let Some(image) = &n.image {
        v.arr("image", cx.image_urls(image), |out, u| string(out, &u));
    }
    v.str("inLanguage", cx.site.config.language.code())
        .str("mainEntityOfPage", &url);
    v.key("publisher").push_str(&publisher);
    v.str("url", &url);
    v.close();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_district_is_found_in_an_address() {
        assert_eq!(
            locality_of("Jl. Raya 1, Kecamatan Kraksaan, Kabupaten Probolinggo"),
            Some("Kraksaan")
        );
        assert_eq!(locality_of("Jl. Raya 1, Kraksaan"), None);
        assert_eq!(locality_of("Kecamatan , Probolinggo"), None);
    }
}
