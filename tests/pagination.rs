//! Every list that grows with the site is cut into pages: the news, the
//! programs index and its status filters, and the programs and news of each
//! organization and term. A site with more records than fit on a page
//! (small page sizes, so it stays fast) is built, and every page checked.

mod common;

use std::collections::BTreeSet;

use common::Site;

const PROGRAMS: usize = 23;
const NEWS: usize = 17;
const PROGRAMS_PER_PAGE: usize = 4;
const NEWS_PER_PAGE: usize = 3;

/// One organization, sector, region and tag holding every record: each of
/// their lists needs several pages.
fn big_site() -> Site {
    let site = Site::new();
    site.write(
        "warta.yaml",
        &format!(
            "title: Uji\nbase_url: https://uji.example.go.id/\nnews_per_page: {NEWS_PER_PAGE}\nprograms_per_page: {PROGRAMS_PER_PAGE}\n"
        ),
    )
    .write("content/organizations/dinas-a.yaml", "name: Dinas A\nkind: government\n");
    for i in 0..PROGRAMS {
        // Past and future programs: two status groups, both over a page.
        let year = if i % 2 == 0 { 2024 } else { 2027 };
        let month = i % 12 + 1;
        let outcomes = if year == 2024 {
            "outcomes: { indicators: [{ name: Lulus, target: 20, actual: 18 }] }\n"
        } else {
            ""
        };
        site.write(
            &format!("content/programs/p{i:02}.yaml"),
            &format!(
                "title: Pelatihan {i}\nstart: {year}-{month:02}-01\nend: {year}-{month:02}-03\norganizers: [dinas-a]\nsector: Pangan olahan\ntags: [keripik]\nregion: {{ province: Jawa Timur, regency: Kabupaten Probolinggo }}\n{outcomes}"
            ),
        );
    }
    for i in 0..NEWS {
        let day = i + 1;
        site.write(
            &format!("content/news/2025/2025-01-{day:02}-berita-{i}.md"),
            &format!(
                "---\ntitle: Berita {i}\ndate: 2025-01-{day:02}T10:00:00+07:00\norganizations: [dinas-a]\nprograms: [p00]\ntags: [keripik]\n---\n\nTeks.\n"
            ),
        );
    }
    site
}

/// The `href`s of the cards of `class` (`program-card`, `news-card`) on a
/// page, or for `indicators` of the programs heading rows of indicators.
fn cards(html: &str, class: &str) -> Vec<String> {
    let marker = match class {
        "indicators" => "<tr class=\"group\">".to_string(),
        _ => format!("<article class=\"card {class}\">"),
    };
    html.split(&marker)
        .skip(1)
        .map(|card| {
            let at = card.find("<a href=\"").expect("a card links to its page") + 9;
            card[at..].split('"').next().unwrap().to_string()
        })
        .collect()
}

/// The `href` of `<link rel="{rel}">` in the head.
fn rel_link(html: &str, rel: &str) -> Option<String> {
    let marker = format!("<link rel=\"{rel}\" href=\"");
    let at = html.find(&marker)? + marker.len();
    Some(html[at..].split('"').next().unwrap().to_string())
}

/// `/a/b/` -> `a/b/index.html`
fn file_of(link: &str) -> String {
    format!("{}index.html", link.trim_start_matches('/'))
}

/// Follows `rel="next"` from the list's first page: every page links back
/// with `rel="prev"`, shows at most `per_page` cards and at least one, and
/// the pages together show each of the list's cards once.
fn walk_list(site: &Site, first: &str, class: &str, per_page: usize) -> Vec<String> {
    let (mut link, mut prev, mut shown) = (first.to_string(), None, Vec::new());
    loop {
        let html = site.read(&file_of(&link));
        let on_page = cards(&html, class);
        assert!(!on_page.is_empty(), "{link} shows no {class}");
        assert!(
            on_page.len() <= per_page,
            "{link}: {} {class}s",
            on_page.len()
        );
        assert_eq!(rel_link(&html, "prev"), prev, "rel=prev of {link}");
        shown.extend(on_page);
        match rel_link(&html, "next") {
            Some(next) => {
                assert!(
                    html.contains(&format!("href=\"{next}\" rel=\"next\"")),
                    "{link}"
                );
                prev = Some(link);
                link = next;
            }
            None => break,
        }
    }
    let distinct: BTreeSet<&String> = shown.iter().collect();
    assert_eq!(distinct.len(), shown.len(), "{first}: a card shown twice");
    shown
}

#[test]
fn every_list_is_cut_into_linked_pages() {
    let site = big_site();
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);

    // The lists of all the programs or news of one place, each whole.
    for (first, class, per_page, total) in [
        (
            "/organizations/dinas-a/programs/",
            "program-card",
            PROGRAMS_PER_PAGE,
            PROGRAMS,
        ),
        (
            "/organizations/dinas-a/news/",
            "news-card",
            NEWS_PER_PAGE,
            NEWS,
        ),
        (
            "/sectors/pangan-olahan/programs/",
            "program-card",
            PROGRAMS_PER_PAGE,
            PROGRAMS,
        ),
        (
            "/regions/kabupaten-probolinggo/programs/",
            "program-card",
            PROGRAMS_PER_PAGE,
            PROGRAMS,
        ),
        (
            "/tags/keripik/programs/",
            "program-card",
            PROGRAMS_PER_PAGE,
            PROGRAMS,
        ),
        ("/tags/keripik/news/", "news-card", NEWS_PER_PAGE, NEWS),
        ("/news/", "news-card", NEWS_PER_PAGE, NEWS),
        // p00 is in every news item.
        ("/programs/p00/news/", "news-card", NEWS_PER_PAGE, NEWS),
        (
            "/outcomes/indicators/",
            "indicators",
            PROGRAMS_PER_PAGE,
            PROGRAMS.div_ceil(2),
        ),
    ] {
        assert_eq!(
            walk_list(&site, first, class, per_page).len(),
            total,
            "{first}"
        );
    }
    // The status filters: together every program once.
    let statuses: usize = ["upcoming", "completed"]
        .iter()
        .map(|s| {
            walk_list(
                &site,
                &format!("/programs/status/{s}/"),
                "program-card",
                PROGRAMS_PER_PAGE,
            )
            .len()
        })
        .sum();
    assert_eq!(statuses, PROGRAMS);

    // The pages that show a list's first cards link to the whole list.
    for (page, more) in [
        (
            "organizations/dinas-a/index.html",
            "/organizations/dinas-a/programs/",
        ),
        (
            "organizations/dinas-a/index.html",
            "/organizations/dinas-a/news/",
        ),
        ("tags/keripik/index.html", "/tags/keripik/news/"),
        ("programs/index.html", "/programs/status/upcoming/"),
        ("programs/index.html", "/programs/status/completed/"),
        ("outcomes/index.html", "/outcomes/indicators/"),
        ("programs/p00/index.html", "/programs/p00/news/"),
    ] {
        assert!(
            site.read(page).contains(&format!("href=\"{more}\"")),
            "{page} links to {more}"
        );
    }

    // No page holds more than a page of each list (the programs index a
    // page per status group), and the sitemap lists every page.
    let sitemap = site.read("sitemap.xml");
    for path in site.snapshot().keys() {
        let path = path.to_string_lossy().replace('\\', "/");
        if !path.ends_with("index.html") {
            continue;
        }
        let html = site.read(&path);
        let groups = if path == "programs/index.html" { 2 } else { 1 };
        let (programs, news) = (cards(&html, "program-card"), cards(&html, "news-card"));
        let indicators = cards(&html, "indicators");
        assert!(
            indicators.len() <= PROGRAMS_PER_PAGE,
            "{path}: {} indicators",
            indicators.len()
        );
        assert!(
            programs.len() <= PROGRAMS_PER_PAGE * groups,
            "{path}: {} programs",
            programs.len()
        );
        // The home page shows the latest five.
        let most_news = if path == "index.html" {
            5
        } else {
            NEWS_PER_PAGE
        };
        assert!(news.len() <= most_news, "{path}: {} news", news.len());
        let link = format!(
            "https://uji.example.go.id/{}",
            path.trim_end_matches("index.html")
        );
        assert!(
            sitemap.contains(&format!("<loc>{link}</loc>")),
            "{link} not in the sitemap"
        );
    }
}
