//! Machine-readable outputs, each read back with a real parser: Atom with
//! feed-rs, iCalendar with icalendar, CSV with csv, JSON with serde_json,
//! the sitemap with roxmltree.

mod common;

use common::{Site, small_site};
use icalendar::{Calendar, CalendarComponent, Component, EventLike};

fn built() -> Site {
    let site = small_site();
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

fn events(site: &Site, path: &str) -> Vec<icalendar::Event> {
    let text = site.read(path);
    let cal: Calendar = text.parse().unwrap_or_else(|e| panic!("{path}: {e}"));
    cal.components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

#[test]
fn atom_feed_carries_news_and_announced_programs() {
    let site = built();
    let xml = site.read("feed.xml");
    let feed = feed_rs::parser::parse(xml.as_bytes()).expect("feed-rs parses the feed");
    assert_eq!(feed.title.unwrap().content, "Pelatihan Uji");
    assert_eq!(feed.id, "https://uji.example.go.id/");
    let news = feed
        .entries
        .iter()
        .find(|e| e.id == "https://uji.example.go.id/news/pembukaan-keripik/")
        .expect("news entry with a stable absolute id");
    assert_eq!(
        news.title.as_ref().unwrap().content,
        "Pelatihan Keripik Dibuka"
    );
    // 10:00 WIB is 03:00 UTC.
    assert_eq!(
        news.updated.unwrap().to_rfc3339(),
        "2024-06-24T03:00:00+00:00"
    );
    assert!(
        xml.contains("<updated>2024-06-24T10:00:00+07:00</updated>"),
        "offset kept"
    );
    let program = feed
        .entries
        .iter()
        .find(|e| e.id == "https://uji.example.go.id/programs/batik-2027/")
        .expect("the upcoming program is announced");
    // Announced on the day registration opened.
    assert_eq!(
        program.updated.unwrap().to_rfc3339(),
        "2026-10-31T17:00:00+00:00"
    );
    assert!(
        !feed
            .entries
            .iter()
            .any(|e| e.id.ends_with("/programs/keripik-2024/")),
        "finished programs are not news"
    );
}

#[test]
fn icalendar_files_parse_and_follow_rfc_5545() {
    let site = built();
    let all_day = events(&site, "programs/keripik-2024.ics");
    assert_eq!(all_day.len(), 1);
    let e = &all_day[0];
    assert_eq!(e.get_summary(), Some("Pelatihan Keripik Pisang"));
    assert_eq!(e.get_uid(), Some("program-keripik-2024@uji.example.go.id"));
    assert_eq!(format!("{:?}", e.get_start()), "Some(Date(2024-06-24))");
    assert_eq!(
        format!("{:?}", e.get_end()),
        "Some(Date(2024-06-27))",
        "DTEND of an all-day event is exclusive"
    );
    assert!(e.get_timestamp().is_some(), "DTSTAMP");
    assert_eq!(
        e.get_url(),
        Some("https://uji.example.go.id/programs/keripik-2024/")
    );
    assert!(e.get_location().unwrap().contains("Hotel Tampiarto"));

    let timed = &events(&site, "programs/batik-2027.ics")[0];
    let start = format!("{:?}", timed.get_start().unwrap());
    assert!(
        start.contains("2027-01-11T01:00:00Z") || start.contains("2027-01-11 01:00:00 UTC"),
        "{start}"
    );

    let all = events(&site, "calendar.ics");
    assert_eq!(all.len(), 2);
    let raw = site.read("calendar.ics");
    assert!(raw.ends_with("\r\n"));
    assert!(
        raw.split('\n')
            .filter(|l| !l.is_empty())
            .all(|l| l.ends_with('\r')),
        "CRLF line ends"
    );
    assert!(
        raw.split("\r\n").all(|l| l.len() <= 75),
        "folded at 75 octets"
    );
}

#[test]
fn cancelled_programs_say_so_in_the_calendar_and_drafts_stay_out() {
    let site = small_site();
    site.write(
        "content/programs/batal.yaml",
        "title: Batal\nstart: 2027-02-01\norganizers: [dinas-a]\nstatus: cancelled\n",
    )
    .write(
        "content/programs/draf.yaml",
        "title: Draf\nstart: 2027-02-01\norganizers: [dinas-a]\ndraft: true\n",
    );
    assert_eq!(site.run(&["build", "--drafts"]).code, 0);
    let e = &events(&site, "programs/batal.ics")[0];
    assert_eq!(e.get_status(), Some(icalendar::EventStatus::Cancelled));
    assert!(
        site.output().join("programs/draf.ics").exists(),
        "its own file, in a --drafts preview"
    );
    let all = events(&site, "calendar.ics");
    assert!(
        !all.iter().any(|e| e.get_summary() == Some("Draf")),
        "calendar.ics leaves drafts out"
    );
    assert_eq!(all.len(), 3);
}

#[test]
fn sitemap_lists_every_page_and_robots_names_it() {
    let site = built();
    let xml = site.read("sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed sitemap");
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    assert_eq!(doc.root_element().tag_name().namespace(), Some(ns));
    let urls: Vec<(String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name((ns, "url")))
        .map(|u| {
            let child = |name| {
                u.children()
                    .find(|c| c.has_tag_name((ns, name)))
                    .unwrap()
                    .text()
                    .unwrap()
                    .to_string()
            };
            (child("loc"), child("lastmod"))
        })
        .collect();
    assert!(urls.iter().any(
        |(l, m)| l == "https://uji.example.go.id/news/pembukaan-keripik/" && m == "2024-06-24"
    ));
    assert!(urls.iter().any(|(l, _)| l == "https://uji.example.go.id/"));
    assert!(!urls.iter().any(|(l, _)| l.contains("404")));
    let pages = walkdir::WalkDir::new(site.output())
        .into_iter()
        .flatten()
        .filter(|e| e.file_name() == "index.html")
        .count();
    assert_eq!(urls.len(), pages, "one <url> per page");
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://uji.example.go.id/sitemap.xml")
    );
}

#[test]
fn open_data_parses_with_stable_fields() {
    let site = built();
    let programs: serde_json::Value =
        serde_json::from_str(&site.read("data/programs.json")).unwrap();
    assert_eq!(programs["schema_version"], 2);
    let list = programs["programs"].as_array().unwrap();
    let keripik = list.iter().find(|p| p["id"] == "keripik-2024").unwrap();
    assert_eq!(keripik["status"], "completed");
    assert_eq!(keripik["start"], "2024-06-24");
    assert_eq!(keripik["days"], 3);
    assert_eq!(keripik["organizers"][0]["name"], "Dinas Perindustrian A");
    assert_eq!(keripik["outcomes"]["graduates"], 20);
    assert_eq!(keripik["region"]["regency"], "Kabupaten Probolinggo");
    let batik = list.iter().find(|p| p["id"] == "batik-2027").unwrap();
    assert_eq!(batik["status"], "upcoming");
    assert_eq!(batik["start"], "2027-01-11", "always a date");
    assert_eq!(batik["start_datetime"], "2027-01-11T08:00:00+07:00");
    assert_eq!(batik["end"], "2027-01-13");
    assert_eq!(batik["end_datetime"], serde_json::Value::Null);
    assert_eq!(keripik["start_datetime"], serde_json::Value::Null);
    assert_eq!(batik["registration"]["fee"], 0);

    let news: serde_json::Value = serde_json::from_str(&site.read("data/news.json")).unwrap();
    assert_eq!(news["news"][0]["programs"][0], "keripik-2024");
    assert_eq!(news["news"][0]["date"], "2024-06-24", "always a date");
    assert_eq!(news["news"][0]["datetime"], "2024-06-24T10:00:00+07:00");

    let csv_text = site.read("data/programs.csv");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "id");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let row = rows.iter().find(|r| &r[0] == "keripik-2024").unwrap();
    assert_eq!(&row[col("graduates")], "20");
    assert_eq!(&row[col("organizers")], "Dinas Perindustrian A");
    // One form per column: a date in `start`/`end`, a full time or nothing
    // in `start_datetime`/`end_datetime`.
    let is_date = |s: &str| jiff::civil::Date::strptime("%Y-%m-%d", s).is_ok();
    let is_datetime_or_empty = |s: &str| s.is_empty() || s.parse::<jiff::Timestamp>().is_ok();
    for r in &rows {
        assert!(
            is_date(&r[col("start")]) && is_date(&r[col("end")]),
            "{r:?}"
        );
        assert!(
            is_datetime_or_empty(&r[col("start_datetime")])
                && is_datetime_or_empty(&r[col("end_datetime")]),
            "{r:?}"
        );
    }
    let batik_row = rows.iter().find(|r| &r[0] == "batik-2027").unwrap();
    assert_eq!(
        &batik_row[col("start_datetime")],
        "2027-01-11T08:00:00+07:00"
    );
}

#[test]
fn json_ld_describes_programs_and_news() {
    let site = built();
    let ld = |page: &str| -> serde_json::Value {
        let html = site.read(page);
        let start = html
            .find("<script type=\"application/ld+json\">")
            .expect("JSON-LD block")
            + 35;
        let end = start + html[start..].find("</script>").unwrap();
        serde_json::from_str(&html[start..end]).expect("valid JSON")
    };
    let event = ld("programs/batik-2027/index.html");
    assert_eq!(event["@type"], "EducationEvent");
    assert_eq!(event["startDate"], "2027-01-11T08:00:00+07:00");
    assert_eq!(event["eventStatus"], "https://schema.org/EventScheduled");
    assert_eq!(event["offers"]["price"], 0);
    assert_eq!(event["offers"]["priceCurrency"], "IDR");
    assert_eq!(event["organizer"][0]["name"], "Dinas Perindustrian A");
    let with_venue = ld("programs/keripik-2024/index.html");
    assert_eq!(with_venue["location"][0]["@type"], "Place");
    assert_eq!(
        with_venue["location"][0]["address"]["addressRegion"],
        "Jawa Timur"
    );
    assert_eq!(
        with_venue["workFeatured"]["syllabusSections"][1]["name"],
        "Praktik produksi"
    );
    let article = ld("news/pembukaan-keripik/index.html");
    assert_eq!(article["@type"], "NewsArticle");
    assert_eq!(article["headline"], "Pelatihan Keripik Dibuka");
    assert_eq!(article["datePublished"], "2024-06-24T10:00:00+07:00");
    assert_eq!(article["publisher"]["name"], "Dinas Perindustrian A");
    let html = site.read("news/pembukaan-keripik/index.html");
    assert!(html.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(html.contains(
        "<link rel=\"canonical\" href=\"https://uji.example.go.id/news/pembukaan-keripik/\">"
    ));
}

/// Text with every character that some format treats specially.
const NASTY: &str = "Tes <script>alert(1)</script> \"kutip\" 'satu' & koma, titik; garis\\miring \"><img src=x onerror=alert(1)> =SUM(A1) Café ñ 日本";

#[test]
fn hostile_text_comes_out_inert_and_exact_in_every_format() {
    let site = small_site();
    let quoted = serde_json::to_string(NASTY).unwrap();
    let two_lines = format!("{NASTY}\nbaris kedua");
    let summary = serde_json::to_string(&two_lines).unwrap();
    site.write(
        "content/programs/nakal.yaml",
        &format!(
            "title: {quoted}\nsummary: {summary}\nstart: 2027-03-01\norganizers: [dinas-a]\nsector: {quoted}\nvenues:\n  - name: {quoted}\n    address: {quoted}\n"
        ),
    )
    .write("content/news/nakal.md", &format!("---\ntitle: {quoted}\ndate: 2025-05-05\nsummary: {quoted}\nprograms: [nakal]\n---\nIsi.\n"));
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);

    for page in ["programs/nakal/index.html", "news/nakal/index.html"] {
        let html = site.read(page);
        assert!(!html.contains("<script>alert"), "{page}: script escaped");
        assert!(
            !html.contains("<img src=x"),
            "{page}: attribute breakout escaped"
        );
        let start = html.find("application/ld+json\">").unwrap() + 21;
        let end = start + html[start..].find("</script>").unwrap();
        let ld: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
        let name = if page.starts_with("news") {
            &ld["headline"]
        } else {
            &ld["name"]
        };
        assert_eq!(name, NASTY, "{page}: JSON-LD carries the exact text");
    }

    let feed = feed_rs::parser::parse(site.read("feed.xml").as_bytes()).unwrap();
    assert!(
        feed.entries
            .iter()
            .any(|e| e.title.as_ref().unwrap().content == NASTY),
        "Atom"
    );

    let e = &events(&site, "programs/nakal.ics")[0];
    assert_eq!(
        e.get_summary(),
        Some(NASTY),
        "iCalendar SUMMARY round-trips"
    );
    assert!(
        e.get_location().unwrap().contains(NASTY),
        "iCalendar LOCATION"
    );

    assert_eq!(
        site.csv_row("nakal")["sector"],
        NASTY,
        "CSV round-trips (this cell does not start with a formula character)"
    );

    let json: serde_json::Value = serde_json::from_str(&site.read("data/programs.json")).unwrap();
    let p = json["programs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "nakal")
        .unwrap();
    assert_eq!(p["title"], NASTY);
    assert_eq!(p["summary"], two_lines.as_str());
    let entry = feed
        .entries
        .iter()
        .find(|e| e.id.ends_with("/programs/nakal/"))
        .expect("the upcoming program is in the feed");
    assert!(
        entry
            .summary
            .as_ref()
            .unwrap()
            .content
            .ends_with(&two_lines),
        "Atom summary"
    );
}

#[test]
fn csv_cells_that_look_like_formulas_are_neutralised() {
    let site = small_site();
    site.write(
        "content/programs/rumus.yaml",
        "title: \"=HYPERLINK(\\\"http://x\\\",\\\"klik\\\")\"\nstart: 2027-03-01\norganizers: [dinas-a]\nsector: \"+62 sektor\"\n",
    );
    assert_eq!(site.build().code, 0);
    let row = site.csv_row("rumus");
    assert_eq!(row["title"], "'=HYPERLINK(\"http://x\",\"klik\")");
    assert_eq!(row["sector"], "'+62 sektor");
}

/// The JSON-LD block of a built page, parsed.
fn json_ld(site: &Site, page: &str) -> serde_json::Value {
    let html = site.read(page);
    let start = html
        .find("<script type=\"application/ld+json\">")
        .expect("JSON-LD block")
        + 35;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).expect("valid JSON")
}

#[test]
fn json_ld_venues_are_where_the_venue_says_not_the_program_district() {
    let site = small_site();
    site.write(
        "content/programs/tempat-2024.yaml",
        r#"title: Pelatihan Tempat
start: 2024-06-24
end: 2024-06-26
organizers: [dinas-a]
region: { province: Jawa Timur, regency: Kabupaten Probolinggo, district: Gending }
venues:
  - name: UD Rajawali
    address: Kelurahan Kraksaan Wetan, Kecamatan Kraksaan
  - name: Hotel Tampiarto
    address: Jalan Panglima Sudirman 1, Kraksaan
  - name: Balai Desa
"#,
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ld = json_ld(&site, "programs/tempat-2024/index.html");
    let rajawali = &ld["location"][0]["address"];
    assert_eq!(
        rajawali["streetAddress"],
        "Kelurahan Kraksaan Wetan, Kecamatan Kraksaan"
    );
    assert_eq!(rajawali["addressLocality"], "Kraksaan");
    let hotel = &ld["location"][1]["address"];
    assert_eq!(
        hotel["streetAddress"],
        "Jalan Panglima Sudirman 1, Kraksaan"
    );
    assert!(
        hotel.get("addressLocality").is_none(),
        "no locality invented from the program's district: {hotel}"
    );
    // A venue without an address is placed by the program's region.
    assert_eq!(ld["location"][2]["address"]["addressLocality"], "Gending");
}

#[test]
fn json_ld_authors_that_are_offices_are_organizations() {
    let site = small_site();
    let news = |slug: &str, author: &str| {
        site.write(
            &format!("content/news/2024/2024-07-01-{slug}.md"),
            &format!("---\ntitle: Berita {slug}\ndate: 2024-07-01\n{author}---\nTeks.\n"),
        );
    };
    news("humas", "author: Humas DKUPP Kabupaten Probolinggo\n");
    news("orang", "author: Budi Santoso\n");
    news("nama-lembaga", "author: Universitas B\n");
    news("dinas-orang", "author: Dinas Wibowo\nauthor_kind: person\n");
    news(
        "redaksi",
        "author: Redaksi Warta Desa\nauthor_kind: organization\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let author = |slug: &str| json_ld(&site, &format!("news/{slug}/index.html"))["author"].clone();
    assert_eq!(author("humas")["@type"], "Organization", "an office word");
    assert_eq!(author("humas")["name"], "Humas DKUPP Kabupaten Probolinggo");
    assert_eq!(author("orang")["@type"], "Person");
    assert_eq!(
        author("nama-lembaga")["@type"],
        "Organization",
        "an organization's name"
    );
    assert_eq!(
        author("dinas-orang")["@type"],
        "Person",
        "the record says so"
    );
    assert_eq!(
        author("redaksi")["@type"],
        "Organization",
        "the record says so"
    );
}

#[test]
fn atom_entries_each_name_their_author() {
    let site = small_site();
    site.write(
        "content/news/2024/2024-07-01-humas.md",
        "---\ntitle: Berita Humas\ndate: 2024-07-01\nauthor: Humas <DKUPP> & Mitra\n---\nTeks.\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let xml = site.read("feed.xml");
    let feed = feed_rs::parser::parse(xml.as_bytes()).expect("feed-rs parses the feed");
    let authors = |id: &str| -> Vec<String> {
        let entry = feed
            .entries
            .iter()
            .find(|e| e.id == format!("https://uji.example.go.id/{id}"))
            .unwrap_or_else(|| panic!("entry {id}"));
        entry.authors.iter().map(|a| a.name.clone()).collect()
    };
    assert_eq!(authors("news/humas/"), ["Humas <DKUPP> & Mitra"]);
    assert_eq!(
        authors("news/pembukaan-keripik/"),
        ["Dinas Perindustrian A"],
        "the publisher when the news names no author"
    );
    assert_eq!(authors("programs/batik-2027/"), ["Dinas Perindustrian A"]);
}
