//! The escaping corpus: every text field of every record kind carries markup,
//! an attribute breakout, a `javascript:` URL, `&`, quotes and a newline.
//! Every output must come out inert (an HTML5 tokenizer finds no script, no
//! event handler, no `javascript:` link that content put there) and correct
//! (each format's own parser gives back the exact text).

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::html;
use common::{Site, small_site};

/// Text that means something to HTML, attributes, XML, JSON, iCalendar and CSV.
const NASTY: &str = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> '&amp; & javascript:alert(1) a;b,c\\d </title></textarea>";

/// The value of field `name`: the nasty text, a newline, and the field's
/// name, so each field can be found in every output it reaches.
fn value(name: &str) -> String {
    format!("{NASTY}\nbaris kedua #{name}")
}

/// As a YAML double-quoted scalar (JSON's escapes are YAML's).
fn q(name: &str) -> String {
    serde_json::to_string(&value(name)).unwrap()
}

/// Links that pass the scheme check (no whitespace, http/https/mailto/tel)
/// but try to break out of an attribute or a feed.
const URL: &str = "https://x.example/a?b=1&c=2#\"><script>alert(1)</script>'";

fn hostile_site() -> Site {
    let site = small_site();
    let url = serde_json::to_string(URL).unwrap();
    site.write(
        "content/organizations/nakal.yaml",
        &format!(
            "name: {}\nshort_name: {}\nkind: community\nurl: {url}\nregion: {{ province: {}, regency: {}, district: {} }}\n",
            q("org.name"),
            q("org.short_name"),
            q("org.province"),
            q("org.regency"),
            q("org.district"),
        ),
    )
    .write(
        "content/programs/nakal.yaml",
        &format!(
            r#"title: {title}
summary: {summary}
description: {description}
start: 2027-03-01
end: 2027-03-03
organizers: [nakal]
partners: [dinas-a]
sector: {sector}
tags: [{tag}]
region: {{ province: {province}, regency: {regency}, district: {district} }}
venues:
  - {{ name: {venue}, address: {address}, role: theory, geo: {{ lat: -7.5, lon: 112.5 }} }}
target_group: {target}
participants: {{ quota: 20, registered: 5, origin: {origin} }}
registration:
  opens: 2026-11-01
  closes: 2027-02-20
  url: {url}
  fee: 0
  requirements: [{req}]
  contact: {{ name: {cname}, phone: {cphone}, email: {cemail} }}
curriculum:
  - {{ title: {session}, day: 1, kind: theory, instructor: {instructor}, venue: {venue} }}
  - {{ title: Sesi kedua, day: 2, instructor: nakal }}
officials:
  - {{ name: {oname}, position: {oposition}, organization: nakal }}
outcomes:
  graduates: 5
  indicators:
    - {{ name: {iname}, target: 10, actual: 5, unit: {iunit} }}
  follow_up: {follow}
funding: {{ source: {fsource}, amount: 1000 }}
"#,
            title = q("program.title"),
            summary = q("program.summary"),
            description = q("program.description"),
            sector = q("program.sector"),
            tag = q("program.tag"),
            province = q("program.province"),
            regency = q("program.regency"),
            district = q("program.district"),
            venue = q("venue.name"),
            address = q("venue.address"),
            target = q("program.target_group"),
            origin = q("participants.origin"),
            req = q("registration.requirement"),
            cname = q("contact.name"),
            cphone = q("contact.phone"),
            cemail = q("contact.email"),
            session = q("session.title"),
            instructor = q("session.instructor"),
            oname = q("official.name"),
            oposition = q("official.position"),
            iname = q("indicator.name"),
            iunit = q("indicator.unit"),
            follow = q("outcomes.follow_up"),
            fsource = q("funding.source"),
        ),
    )
    .write(
        "content/programs/nakal-selesai.yaml",
        &format!(
            "title: Selesai\nstart: 2024-03-01\norganizers: [nakal]\noutcomes:\n  graduates: 5\n  indicators:\n    - {{ name: {}, target: 10, actual: 5, unit: {} }}\n",
            q("indicator.name"),
            q("indicator.unit"),
        ),
    )
    .write(
        "content/news/nakal.md",
        &format!(
            "---\ntitle: {}\ndate: 2026-11-20\nsummary: {}\nlocation: {}\nauthor: {}\nsource: {{ name: {}, url: {url} }}\nprograms: [nakal]\norganizations: [nakal]\ntags: [{}]\n---\nIsi <b>tebal</b> <script>alert(2)</script> [tautan](javascript:alert(3)).\n",
            q("news.title"),
            q("news.summary"),
            q("news.location"),
            q("news.author"),
            q("news.source"),
            q("news.tag"),
        ),
    )
    .write(
        "content/pages/nakal.md",
        &format!(
            "---\ntitle: {}\nsummary: {}\n---\nHalaman <img src=x onerror=alert(4)>\n",
            q("page.title"),
            q("page.summary")
        ),
    )
    .write(
        "warta.yaml",
        &format!(
            "title: {}\ndescription: {}\nbase_url: https://uji.example.go.id/\npublisher: nakal\n",
            q("site.title"),
            q("site.description")
        ),
    );
    site
}

fn files(root: &Path, ext: &str) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == ext))
        .map(|e| e.into_path())
        .collect()
}

/// The `#field` markers in `text`.
fn markers(text: &str) -> BTreeSet<String> {
    text.split('#')
        .skip(1)
        .filter_map(|rest| {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || matches!(c, '.' | '_'))
                .collect();
            name.contains('.').then_some(name)
        })
        .collect()
}

#[test]
fn every_text_field_comes_out_inert_in_every_html_page() {
    let site = hostile_site();
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pages = files(&site.output(), "html");
    assert!(pages.len() > 20, "{} pages", pages.len());
    let mut seen = BTreeSet::new();
    for path in &pages {
        let text = std::fs::read_to_string(path).unwrap();
        let page = html::tokenize(&text);
        let problems = html::problems(&page, true);
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
        // The text arrives whole: the first line of the nasty value is
        // somewhere on the page exactly as written, when a field is shown.
        if page.text.contains("#program.title") || page.text.contains("#news.title") {
            assert!(
                page.text.contains(NASTY),
                "{}: the text is not shown exactly",
                path.display()
            );
        }
        seen.extend(markers(&page.text));
        // Attribute values (titles, descriptions, links) are decoded by the
        // tokenizer: any nasty text there is text, not markup.
        for e in &page.elements {
            for (name, v) in &e.attrs {
                if name == "href" && v.contains("x.example") {
                    assert_eq!(v, URL, "{}: a link is kept exactly", path.display());
                }
            }
        }
        for (i, raw) in &page.raw {
            if page.elements[*i].attr("type") == Some("application/ld+json") {
                let ld: serde_json::Value = serde_json::from_str(raw)
                    .unwrap_or_else(|e| panic!("{}: JSON-LD: {e}", path.display()));
                let flat = ld.to_string();
                seen.extend(markers(&flat));
            }
        }
    }
    let expected = [
        "org.name",
        "org.short_name",
        "program.title",
        "program.summary",
        "program.description",
        "program.sector",
        "program.tag",
        "program.province",
        "program.regency",
        "program.district",
        "venue.name",
        "venue.address",
        "program.target_group",
        "participants.origin",
        "registration.requirement",
        "contact.name",
        "contact.phone",
        "contact.email",
        "session.title",
        "session.instructor",
        "official.name",
        "official.position",
        "indicator.name",
        "indicator.unit",
        "outcomes.follow_up",
        "funding.source",
        "news.title",
        "news.summary",
        "news.location",
        "news.author",
        "news.source",
        "news.tag",
        "page.title",
        "page.summary",
        "site.title",
        "site.description",
    ];
    let missing: Vec<&&str> = expected.iter().filter(|f| !seen.contains(**f)).collect();
    assert!(missing.is_empty(), "fields never shown: {missing:?}");

    // Markdown bodies: raw HTML sanitised, the `javascript:` link dropped.
    let news = site.read("news/nakal/index.html");
    assert!(news.contains("<b>tebal</b>"), "harmless markup stays");
    assert!(!news.contains("alert(2)") && !news.contains("alert(3)"));
    assert!(!site.read("nakal/index.html").contains("alert(4)"));
}

#[test]
fn every_text_field_comes_out_exact_in_the_data_files() {
    let site = hostile_site();
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);

    // XML: well-formed (roxmltree), and the feed reads back exactly (feed-rs).
    for path in files(&site.output(), "xml") {
        let text = std::fs::read_to_string(&path).unwrap();
        let doc =
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            !doc.descendants().any(|n| n.tag_name().name() == "script"),
            "{}: a script element",
            path.display()
        );
    }
    let feed = feed_rs::parser::parse(site.read("feed.xml").as_bytes()).unwrap();
    let titles: Vec<String> = feed
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    assert!(titles.contains(&value("news.title")), "{titles:?}");
    assert!(titles.contains(&value("program.title")), "{titles:?}");
    assert_eq!(feed.title.unwrap().content, value("site.title"));
    let sitemap = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&sitemap).unwrap();
    for loc in doc.descendants().filter(|n| n.has_tag_name("loc")) {
        assert!(
            loc.text()
                .unwrap()
                .starts_with("https://uji.example.go.id/"),
            "{:?}",
            loc.text()
        );
    }

    // iCalendar: parses, and SUMMARY, LOCATION and CATEGORIES come back exact.
    let ics = site.read("programs/nakal.ics");
    assert!(
        ics.split("\r\n").all(|l| !l.contains('\n')),
        "no bare newline"
    );
    let cal: icalendar::Calendar = ics.parse().unwrap();
    use icalendar::{Component, EventLike};
    let event = cal
        .components
        .iter()
        .find_map(|c| match c {
            icalendar::CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .unwrap();
    assert_eq!(event.get_summary(), Some(value("program.title").as_str()));
    let location = event.get_location().unwrap();
    assert!(location.contains(&value("venue.name")), "{location}");
    assert!(location.contains(&value("venue.address")), "{location}");
    assert!(
        event
            .get_description()
            .unwrap()
            .contains(&value("program.summary"))
    );

    // CSV: RFC 4180 parses back; a cell starting with `<` is not a formula.
    let row = site.csv_row("nakal");
    let col = |name: &str| row[name].clone();
    assert_eq!(col("title"), value("program.title"));
    assert_eq!(col("sector"), value("program.sector"));
    assert_eq!(col("province"), value("program.province"));
    assert_eq!(col("organizers"), value("org.name"));
    assert_eq!(col("funding_source"), value("funding.source"));
    assert_eq!(col("registration_url"), URL);
    assert_eq!(col("tags"), value("program.tag"));

    // JSON: every field exact.
    let json: serde_json::Value = serde_json::from_str(&site.read("data/programs.json")).unwrap();
    let p = json["programs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "nakal")
        .unwrap();
    for (pointer, field) in [
        ("/title", "program.title"),
        ("/summary", "program.summary"),
        ("/sector", "program.sector"),
        ("/tags/0", "program.tag"),
        ("/region/province", "program.province"),
        ("/venues/0/name", "venue.name"),
        ("/venues/0/address", "venue.address"),
        ("/target_group", "program.target_group"),
        ("/participants/origin", "participants.origin"),
        ("/registration/requirements/0", "registration.requirement"),
        ("/registration/contact/name", "contact.name"),
        ("/registration/contact/phone", "contact.phone"),
        ("/registration/contact/email", "contact.email"),
        ("/curriculum/0/title", "session.title"),
        ("/curriculum/0/instructor", "session.instructor"),
        ("/curriculum/0/venue", "venue.name"),
        ("/officials/0/name", "official.name"),
        ("/officials/0/position", "official.position"),
        ("/outcomes/indicators/0/name", "indicator.name"),
        ("/outcomes/indicators/0/unit", "indicator.unit"),
        ("/outcomes/follow_up", "outcomes.follow_up"),
        ("/funding/source", "funding.source"),
        ("/organizers/0/name", "org.name"),
    ] {
        assert_eq!(
            p.pointer(pointer).and_then(|v| v.as_str()),
            Some(value(field).as_str()),
            "{pointer}"
        );
    }
    assert_eq!(p["registration"]["url"], URL);
    let news: serde_json::Value = serde_json::from_str(&site.read("data/news.json")).unwrap();
    let n = news["news"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["slug"] == "nakal")
        .unwrap();
    for (key, field) in [
        ("title", "news.title"),
        ("summary", "news.summary"),
        ("location", "news.location"),
        ("author", "news.author"),
    ] {
        assert_eq!(n[key], value(field), "{key}");
    }
    assert_eq!(n["source"]["name"], value("news.source"));
    assert_eq!(n["source"]["url"], URL);
}

/// Every URL field of every record, with every way to smuggle a script.
#[test]
fn record_urls_accept_only_http_https_mailto_and_tel() {
    let bad = [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "  javascript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/",
        "ftp://files.example/",
        "https://",
        "https://spasi di tengah.example/",
    ];
    for url in bad {
        let site = small_site();
        let u = serde_json::to_string(url).unwrap();
        site.write(
            "content/organizations/org-url.yaml",
            &format!("name: Org\nurl: {u}\n"),
        )
        .write(
            "content/programs/reg-url.yaml",
            &format!(
                "title: P\nstart: 2027-03-01\norganizers: [dinas-a]\nregistration:\n  url: {u}\n"
            ),
        )
        .write(
            "content/news/source-url.md",
            &format!("---\ntitle: N\ndate: 2025-01-01\nsource: {{ name: S, url: {u} }}\n---\nx\n"),
        )
        .write(
            "content/news/image-url.md",
            &format!("---\ntitle: N\ndate: 2025-01-01\nimage:\n  src: {u}\n  alt: Foto\n---\nx\n"),
        );
        let run = site.build();
        assert_eq!(run.code, 1, "{url}: {}", run.stderr);
        for place in [
            "content/organizations/org-url.yaml:2:6",
            "content/programs/reg-url.yaml:5:8",
            "content/news/source-url.md:4:",
            "content/news/image-url.md:5:8",
        ] {
            assert!(
                run.stderr.contains(place),
                "{url}: no {place} in\n{}",
                run.stderr
            );
        }
        assert_eq!(run.stderr.matches("help:").count(), 4, "{}", run.stderr);
    }
    // And the good ones pass.
    let site = small_site();
    site.write(
        "content/organizations/baik.yaml",
        "name: Baik\nurl: \"mailto:humas@example.go.id\"\n",
    )
    .write(
        "content/programs/baik.yaml",
        "title: P\nstart: 2027-03-01\norganizers: [baik]\nregistration:\n  url: \"tel:+62324000000\"\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// Raw HTML in Markdown: sanitised by default, passed through with
/// `unsafe_html: true` (docs/CONTENT.md).
#[test]
fn raw_html_is_sanitised_unless_the_site_allows_it() {
    let body = "Video:\n\n<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n\n<b onclick=\"alert(1)\">tebal</b> <sup>2</sup> <a href=\"javascript:alert(1)\">a</a>\n\n<script>alert(1)</script>\n";
    let site = small_site();
    site.write(
        "content/news/html.md",
        &format!("---\ntitle: HTML\ndate: 2025-01-01\n---\n{body}"),
    )
    .write(
        "content/programs/html.yaml",
        &format!(
            "title: HTML\nstart: 2027-01-01\norganizers: [dinas-a]\ndescription: {}\n",
            serde_json::to_string(body).unwrap()
        ),
    );
    assert_eq!(site.build().code, 0);
    for page in ["news/html/index.html", "programs/html/index.html"] {
        let text = site.read(page);
        let problems = html::problems(&html::tokenize(&text), true);
        assert!(problems.is_empty(), "{page}: {problems:?}");
        assert!(text.contains("<b>tebal</b> <sup>2</sup>"), "{page}");
        assert!(
            !text.contains("youtube") && !text.contains("alert(1)"),
            "{page}"
        );
    }

    site.write(
        "warta.yaml",
        "title: Pelatihan Uji\nbase_url: https://uji.example.go.id/\nunsafe_html: true\n",
    );
    assert_eq!(site.build().code, 0);
    for page in ["news/html/index.html", "programs/html/index.html"] {
        let text = site.read(page);
        assert!(
            text.contains("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>"),
            "{page}"
        );
        assert!(text.contains("<b onclick=\"alert(1)\">tebal</b>"), "{page}");
        assert!(text.contains("<script>alert(1)</script>"), "{page}");
    }

    site.write("warta.yaml", "unsafe_html: ya\n");
    let run = site.build();
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("warta.yaml:1:14"), "{}", run.stderr);
    assert!(run.stderr.contains("`true` or `false`"), "{}", run.stderr);
}

/// Paths from content that a browser reads as another host (it drops tabs
/// and line breaks, and reads `\` as `/`): in Markdown links and images and
/// in raw HTML, in a body and a description, with and without
/// `relative_urls`, none reaches a page as a URL.
#[test]
fn paths_that_name_another_host_never_reach_a_page() {
    let body = "[a](/\\evil.example/a) ![b](\\\\evil.example/b.png) [c](</\t/evil.example/c>) [baik](/programs/keripik-2024/)\n\n\
        <img src=\"/\\evil.example/d.png\" alt=\"d\"> <a href=\"\\\\evil.example/e\">e</a> <a href=\"/&#92;/evil.example/f\">f</a> \
        <a href=\"/&#9;/evil.example/g\">g</a> <a href=\" //evil.example/h\">h</a> <img src=\"/images/baik.png\" alt=\"baik\">\n";
    for config in ["", "relative_urls: true\n"] {
        let site = small_site();
        site.write(
            "warta.yaml",
            &format!("title: Pelatihan Uji\nbase_url: https://uji.example.go.id/\npublisher: dinas-a\n{config}"),
        )
        .write(
            "content/news/tuan-rumah.md",
            &format!("---\ntitle: Tuan Rumah\ndate: 2025-01-01\n---\n{body}"),
        )
        .write(
            "content/programs/tuan-rumah.yaml",
            &format!(
                "title: Tuan Rumah\nstart: 2027-01-01\norganizers: [dinas-a]\ndescription: {}\n",
                serde_json::to_string(body).unwrap()
            ),
        );
        let run = site.build();
        assert_eq!(run.code, 0, "{}", run.stderr);
        for page in [
            "news/tuan-rumah/index.html",
            "programs/tuan-rumah/index.html",
        ] {
            let text = site.read(page);
            let tokens = html::tokenize(&text);
            let problems = html::problems(&tokens, true);
            assert!(problems.is_empty(), "{config}{page}: {problems:?}");
            let leaks: Vec<_> = tokens
                .elements
                .iter()
                .flat_map(|e| &e.attrs)
                .filter(|(_, v)| v.contains("evil.example"))
                .collect();
            assert!(leaks.is_empty(), "{config}{page}: {leaks:?}");
            // The paths of the site still work.
            assert!(
                text.contains("keripik-2024/") && text.contains("images/baik.png"),
                "{config}{page}"
            );
        }
    }
}

/// `relative_urls: true` rewrites the URLs of tags only: text that looks
/// like an attribute, in a paragraph or in code, is published as written.
#[test]
fn relative_urls_leave_text_as_written() {
    let site = small_site();
    site.write(
        "warta.yaml",
        "title: Pelatihan Uji\nbase_url: https://uji.example.go.id/\npublisher: dinas-a\nrelative_urls: true\n",
    )
    .write(
        "content/news/atribut.md",
        "---\ntitle: Atribut\ndate: 2025-01-01\n---\ntulis href='/ lalu, dan src='/x/'.\n\n`tulis href='/ lalu`\n\n```html\n<a href='/ lalu'>x</a>\n```\n\n[tautan](/programs/keripik-2024/)\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = site.read("news/atribut/index.html");
    let page = html::tokenize(&text);
    assert!(
        page.text.contains("tulis href='/ lalu, dan src='/x/'."),
        "{}",
        page.text
    );
    assert_eq!(
        page.text.matches("tulis href='/ lalu").count(),
        2,
        "{}",
        page.text
    );
    assert!(
        page.text.contains("<a href='/ lalu'>x</a>"),
        "{}",
        page.text
    );
    let link = page
        .elements
        .iter()
        .find(|e| e.name == "a" && e.attr("href").is_some_and(|h| h.contains("keripik-2024")))
        .expect("the link");
    assert_eq!(
        link.attr("href"),
        Some("../../programs/keripik-2024/index.html")
    );
}
