//! Subscriptions per place and topic (issue 18): each region, sector, tag
//! and organization has its own Atom feed and calendar beside its page,
//! holding exactly its programs (and news, in the feed), read back with the
//! real parsers (feed-rs, icalendar), and linked from its page and head.

mod common;

use std::collections::BTreeSet;

use common::html::{Element, tokenize};
use common::{Site, small_site};
use icalendar::{Calendar, CalendarComponent, Component};

const HOST: &str = "https://uji.example.go.id/";

/// The small site, and programs chosen so that terms overlap: `a-2027` is
/// in two tags, `b-2027` in one of them; `arsip-2023` is over and has no
/// news (its sector and tag have a calendar but no feed); a news item
/// tagged `pengumuman` alone makes a tag with a feed and no calendar.
fn site_with_terms(base_url: &str) -> Site {
    let site = small_site();
    site.write(
        "warta.yaml",
        &format!(
            "title: Pelatihan Uji\nbase_url: {base_url}\nnews_per_page: 2\npublisher: dinas-a\nlanguage: en\n"
        ),
    )
    .write(
        "content/programs/a-2027.yaml",
        "title: Pelatihan Kopi A\nstart: 2027-02-01\nend: 2027-02-03\norganizers: [dinas-a]\n\
         sector: Kopi\ntags: [kopi, umkm]\nregion: { province: Jawa Timur, regency: Kabupaten Probolinggo }\n",
    )
    .write(
        "content/programs/b-2027.yaml",
        "title: Pelatihan Kopi B\nstart: 2027-03-01\nend: 2027-03-02\norganizers: [kampus-b]\n\
         sector: Kopi\ntags: [kopi]\nregion: { province: Jawa Timur, regency: Kabupaten Jember }\n",
    )
    .write(
        "content/programs/arsip-2023.yaml",
        "title: Pelatihan Ikan Lama\nstart: 2023-05-01\nend: 2023-05-02\norganizers: [kampus-b]\n\
         sector: Perikanan\ntags: [arsip]\nregion: { province: Jawa Timur, regency: Kabupaten Jember }\n",
    )
    .write(
        "content/news/2026/2026-11-20-pengumuman.md",
        "---\ntitle: Pengumuman Jadwal\ndate: 2026-11-20\ntags: [pengumuman]\n---\n\nJadwal baru.\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

fn exists(site: &Site, rel: &str) -> bool {
    site.output().join(rel).exists()
}

/// The feed's entries as (programs, news): the last path segment of each id.
fn feed_entries(site: &Site, rel: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let xml = site.read(rel);
    let feed = feed_rs::parser::parse(xml.as_bytes())
        .unwrap_or_else(|e| panic!("feed-rs cannot read {rel}: {e}"));
    let (mut programs, mut news) = (BTreeSet::new(), BTreeSet::new());
    for e in &feed.entries {
        let path = e.id.strip_prefix(HOST).unwrap_or(&e.id);
        let slug = path.trim_end_matches('/').rsplit('/').next().unwrap();
        if path.contains("programs/") {
            programs.insert(slug.to_string());
        } else {
            assert!(path.contains("news/"), "{rel}: entry {}", e.id);
            news.insert(slug.to_string());
        }
    }
    (programs, news)
}

/// The programs of a calendar, by the id in each event's UID.
fn calendar_programs(site: &Site, rel: &str) -> BTreeSet<String> {
    let cal: Calendar = site
        .read(rel)
        .parse()
        .unwrap_or_else(|e| panic!("icalendar cannot read {rel}: {e}"));
    cal.components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .map(|e| {
            let uid = e.get_uid().expect("every event has a UID");
            let id = uid.strip_prefix("program-").unwrap();
            id.split('@').next().unwrap().to_string()
        })
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// (page folder, programs in the feed, news in the feed, programs in the calendar)
type Expected = (&'static str, Ids, Ids, Ids);
type Ids = &'static [&'static str];

#[test]
fn each_term_and_organization_feed_and_calendar_hold_exactly_its_programs() {
    let site = site_with_terms(HOST);
    let cases: &[Expected] = &[
        // A program in two tags is in both; one outside is in neither.
        (
            "tags/kopi",
            &["a-2027", "b-2027"],
            &[],
            &["a-2027", "b-2027"],
        ),
        ("tags/umkm", &["a-2027"], &[], &["a-2027"]),
        (
            "tags/keripik-pisang",
            &[],
            &["pembukaan-keripik"],
            &["keripik-2024"],
        ),
        (
            "regions/kabupaten-probolinggo",
            &["a-2027"],
            &["pembukaan-keripik"],
            &["keripik-2024", "a-2027"],
        ),
        (
            "regions/kabupaten-jember",
            &["b-2027"],
            &[],
            &["b-2027", "arsip-2023"],
        ),
        (
            "sectors/kopi",
            &["a-2027", "b-2027"],
            &[],
            &["a-2027", "b-2027"],
        ),
        (
            "organizations/dinas-a",
            &["batik-2027", "a-2027"],
            &["pembukaan-keripik"],
            &["batik-2027", "a-2027", "keripik-2024"],
        ),
        (
            "organizations/kampus-b",
            &["b-2027"],
            &["pembukaan-keripik"],
            &["b-2027", "keripik-2024", "arsip-2023"],
        ),
    ];
    for (page, programs, news, calendar) in cases {
        let (in_feed, news_in_feed) = feed_entries(&site, &format!("{page}/feed.xml"));
        assert_eq!(in_feed, set(programs), "{page}/feed.xml programs");
        assert_eq!(news_in_feed, set(news), "{page}/feed.xml news");
        assert_eq!(
            calendar_programs(&site, &format!("{page}/calendar.ics")),
            set(calendar),
            "{page}/calendar.ics"
        );
    }
    // The site's calendar still holds every program.
    assert_eq!(
        calendar_programs(&site, "calendar.ics"),
        set(&[
            "keripik-2024",
            "batik-2027",
            "a-2027",
            "b-2027",
            "arsip-2023"
        ])
    );
    let feed = feed_rs::parser::parse(site.read("tags/kopi/feed.xml").as_bytes()).unwrap();
    assert_eq!(feed.title.unwrap().content, "kopi — Pelatihan Uji");
    assert_eq!(feed.id, format!("{HOST}tags/kopi/"));
}

#[test]
fn nothing_to_put_in_a_feed_or_calendar_means_no_file_and_no_link() {
    let site = site_with_terms(HOST);
    // Over, and no news: a calendar, no feed.
    for page in ["sectors/perikanan", "tags/arsip"] {
        assert!(!exists(&site, &format!("{page}/feed.xml")), "{page} feed");
        assert!(exists(&site, &format!("{page}/calendar.ics")), "{page} ics");
        let html = site.read(&format!("{page}/index.html"));
        assert!(
            !html.contains(&format!("{page}/feed.xml")),
            "{page} links its missing feed"
        );
        assert!(html.contains(&format!("webcal://uji.example.go.id/{page}/calendar.ics")));
    }
    // News but no program: a feed, no calendar.
    assert!(exists(&site, "tags/pengumuman/feed.xml"));
    assert!(!exists(&site, "tags/pengumuman/calendar.ics"));
    let html = site.read("tags/pengumuman/index.html");
    assert!(!html.contains("calendar.ics"), "no calendar link");
    assert!(html.contains("tags/pengumuman/feed.xml"));
}

/// The `<a>` and `<link>` elements of a page whose `href` is `href`.
fn with_href(page: &str, href: &str) -> Vec<Element> {
    tokenize(page)
        .elements
        .into_iter()
        .filter(|e| e.attr("href") == Some(href))
        .collect()
}

fn assert_subscription_links(site: &Site, rel: &str, host_path: &str, term: &str, title: &str) {
    let page = site.read(&format!("{rel}index.html"));
    let feed = format!("https://{host_path}{term}feed.xml");
    let ics = format!("{host_path}{term}calendar.ics");
    let head = with_href(&page, &feed);
    let alternate = head
        .iter()
        .find(|e| e.name == "link")
        .unwrap_or_else(|| panic!("{rel}: no <link> to {feed}"));
    assert_eq!(alternate.attr("rel"), Some("alternate"));
    assert_eq!(alternate.attr("type"), Some("application/atom+xml"));
    assert_eq!(alternate.attr("title"), Some(title));
    assert!(head.iter().any(|e| e.name == "a"), "{rel}: feed link");
    let webcal = with_href(&page, &format!("webcal://{ics}"));
    assert_eq!(webcal.len(), 1, "{rel}: one webcal link");
    let name = webcal[0].attr("aria-label").unwrap();
    assert!(name.starts_with("Subscribe to the calendar"), "{name}");
    let download = with_href(&page, &format!("https://{ics}"));
    assert_eq!(download.len(), 1, "{rel}: one download link");
    assert!(download[0].attr("download").is_some());
}

#[test]
fn pages_link_their_feed_and_calendar_in_body_and_head_with_a_base_path() {
    for (base_url, host_path) in [
        (HOST, "uji.example.go.id/"),
        ("https://uji.example.go.id/sub/", "uji.example.go.id/sub/"),
    ] {
        let site = site_with_terms(base_url);
        for (rel, name) in [
            ("regions/kabupaten-probolinggo/", "Kabupaten Probolinggo"),
            ("tags/kopi/", "kopi"),
            ("organizations/kampus-b/", "Universitas B"),
        ] {
            let title = format!("{name} — Pelatihan Uji");
            assert_subscription_links(&site, rel, host_path, rel, &title);
            // The files are where the links say, below the output folder.
            assert!(exists(&site, &format!("{rel}feed.xml")));
            assert!(exists(&site, &format!("{rel}calendar.ics")));
        }
        // The site's calendar, from the home page and the programs index.
        for rel in ["", "programs/"] {
            let page = site.read(&format!("{rel}index.html"));
            let ics = format!("{host_path}calendar.ics");
            assert_eq!(with_href(&page, &format!("webcal://{ics}")).len(), 1);
            assert_eq!(with_href(&page, &format!("https://{ics}")).len(), 1);
        }
    }
}
