//! A site folder becomes a complete static site.

mod common;

use common::{Site, small_site};
use std::fs;

#[test]
fn builds_every_page_of_the_url_layout() {
    let site = small_site();
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in [
        "index.html",
        "programs/index.html",
        "programs/keripik-2024/index.html",
        "programs/batik-2027/index.html",
        "news/index.html",
        "news/pembukaan-keripik/index.html",
        "organizations/index.html",
        "organizations/dinas-a/index.html",
        "organizations/kampus-b/index.html",
        "regions/index.html",
        "regions/kabupaten-probolinggo/index.html",
        "sectors/pangan-olahan/index.html",
        "tags/keripik-pisang/index.html",
        "outcomes/index.html",
        "tentang/index.html",
        "search/index.html",
        "search/meta.js",
        "search.js",
        "404.html",
        "style.css",
    ] {
        assert!(site.output().join(page).is_file(), "missing {page}");
    }
    assert!(run.stderr.contains("Built "), "{}", run.stderr);
}

#[test]
fn program_page_carries_dates_status_schedule_and_links() {
    let site = small_site();
    assert_eq!(site.build().code, 0);
    let html = site.read("programs/keripik-2024/index.html");
    assert!(html.contains("24–26 Juni 2024"), "date range");
    assert!(html.contains("Senin, 24 Juni 2024"), "long date");
    assert!(html.contains("Selesai"), "status label");
    assert!(html.contains("3 hari"), "duration");
    assert!(
        html.contains("<strong>praktik</strong>"),
        "description markdown"
    );
    assert!(
        html.contains("href=\"/organizations/dinas-a/\""),
        "organizer link"
    );
    assert!(html.contains("Universitas B"), "partner");
    assert!(html.contains("openstreetmap.org/?mlat=-7.7601"), "map link");
    assert!(html.contains("Ir. Budi"), "text instructor");
    assert!(
        html.contains("href=\"/news/pembukaan-keripik/\""),
        "related news"
    );
    assert!(
        html.contains("Rabu, 26 Juni 2024"),
        "day 3 of the schedule has its date"
    );
}

#[test]
fn upcoming_program_shows_registration_state_and_time() {
    let site = small_site();
    assert_eq!(site.build().code, 0);
    let html = site.read("programs/batik-2027/index.html");
    assert!(html.contains("Akan datang"));
    assert!(
        html.contains("Pendaftaran dibuka sampai 20 Desember 2026"),
        "registration state"
    );
    assert!(html.contains("Gratis"));
    assert!(html.contains("08.00 WIB"), "start time in WIB");
    assert!(html.contains("href=\"tel:+62324000000\""));
    assert!(html.contains("href=\"mailto:batik@example.go.id\""));
    let home = site.read("index.html");
    assert!(
        home.contains("Pelatihan Batik Tulis"),
        "upcoming program on the home page"
    );
    assert!(
        !home.contains("href=\"/programs/keripik-2024/\""),
        "completed program is not 'current'"
    );
}

#[test]
fn outcomes_count_completed_programs() {
    let site = small_site();
    assert_eq!(site.build().code, 0);
    let html = site.read("outcomes/index.html");
    assert!(html.contains("Kabupaten Probolinggo"));
    assert!(html.contains("2024"));
    assert!(
        !html.contains("Kabupaten Pamekasan"),
        "upcoming programs have no outcomes yet"
    );
}

#[test]
fn news_is_paginated_newest_first() {
    let site = small_site();
    for (day, slug) in [(1, "satu"), (2, "dua"), (3, "tiga"), (4, "empat")] {
        site.write(
            &format!("content/news/2025-01-0{day}-{slug}.md"),
            &format!("---\ntitle: Berita {slug}\ndate: 2025-01-0{day}\n---\nIsi.\n"),
        );
    }
    assert_eq!(site.build().code, 0);
    let first = site.read("news/index.html");
    let (a, b) = (
        first.find("Berita empat").unwrap(),
        first.find("Berita tiga").unwrap(),
    );
    assert!(a < b, "newest first");
    assert!(!first.contains("Berita dua"), "two per page");
    assert!(site.read("news/page/2/index.html").contains("Berita dua"));
    assert!(
        site.read("news/page/3/index.html")
            .contains("Pelatihan Keripik Dibuka")
    );
    assert!(
        first.contains("href=\"/news/page/2/\""),
        "link to the next page"
    );
}

#[test]
fn a_sub_path_base_url_prefixes_every_link() {
    let site = small_site();
    let run = site.run(&[
        "build",
        "--base-url",
        "https://host.example.go.id/pelatihan/",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for page in [
        "index.html",
        "programs/keripik-2024/index.html",
        "news/pembukaan-keripik/index.html",
    ] {
        let html = site.read(page);
        for (i, _) in html.match_indices("href=\"/") {
            let rest = &html[i + 6..];
            assert!(
                rest.starts_with("/pelatihan/"),
                "{page}: link outside the sub-path: {}",
                &rest[..rest.len().min(60)]
            );
        }
        assert!(
            html.contains("/pelatihan/style.css"),
            "{page}: stylesheet under the sub-path"
        );
    }
    assert!(
        site.read("programs/keripik-2024/index.html")
            .contains("href=\"https://host.example.go.id/pelatihan/programs/keripik-2024/\""),
        "canonical"
    );
}

#[test]
fn english_sites_get_english_dates_and_labels() {
    let site = small_site();
    site.write("warta.yaml", "title: Trainings\nlanguage: en\n");
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let html = site.read("programs/keripik-2024/index.html");
    assert!(html.contains("24–26 June 2024"));
    assert!(html.contains("Completed"));
    assert!(html.contains("lang=\"en\""));
    assert!(site.read("programs/batik-2027/index.html").contains("Free"));
    assert!(run.stderr.contains("Built "), "{}", run.stderr);
}

#[test]
fn drafts_and_future_news_only_on_request() {
    let site = small_site();
    site.write(
        "content/news/draf.md",
        "---\ntitle: Draf\ndate: 2025-01-01\ndraft: true\n---\nx\n",
    )
    .write(
        "content/news/besok.md",
        "---\ntitle: Besok\ndate: 2030-01-01\n---\nx\n",
    )
    .write(
        "content/programs/rahasia.yaml",
        "title: Rahasia\nstart: 2025-01-01\norganizers: [dinas-a]\ndraft: true\n",
    );
    assert_eq!(site.build().code, 0);
    assert!(!site.output().join("news/draf/index.html").exists());
    assert!(!site.output().join("news/besok/index.html").exists());
    assert!(!site.output().join("programs/rahasia/index.html").exists());
    assert_eq!(site.run(&["build", "--drafts", "--future"]).code, 0);
    assert!(site.output().join("news/draf/index.html").exists());
    assert!(site.output().join("news/besok/index.html").exists());
    assert!(site.output().join("programs/rahasia/index.html").exists());
}

/// Every `.html` file of the output, joined: to look for a mark anywhere.
fn all_html(site: &Site) -> String {
    site.snapshot()
        .into_iter()
        .filter(|(path, _)| path.extension().is_some_and(|e| e == "html"))
        .map(|(_, bytes)| String::from_utf8_lossy(&bytes).into_owned())
        .collect()
}

#[test]
fn build_says_how_many_drafts_and_future_news_it_left_out_and_marks_none() {
    let site = small_site();
    site.write(
        "content/news/draf.md",
        "---\ntitle: Draf\ndate: 2025-01-01\ndraft: true\n---\nx\n",
    )
    .write(
        "content/news/besok.md",
        "---\ntitle: Besok\ndate: 2030-01-01\n---\nx\n",
    )
    .write(
        "content/programs/rahasia.yaml",
        "title: Rahasia\nstart: 2025-01-01\norganizers: [dinas-a]\ndraft: true\n",
    )
    .write(
        "content/pages/rencana.md",
        "---\ntitle: Rencana\ndraft: true\n---\nx\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let last = run.stderr.trim_end().lines().last().unwrap_or("");
    assert_eq!(
        last,
        "3 draft(s) and 1 scheduled news item(s) not published (--drafts, --future to include them)",
        "{}",
        run.stderr
    );
    let published = all_html(&site);
    assert!(
        !published.contains("unpublished-banner") && !published.contains("unpublished-mark"),
        "a published site shows no draft banner or mark"
    );
    let editor = site.run_as_editor(&["build"]);
    assert!(
        editor.stderr.contains(
            "3 draf dan 1 berita terjadwal tidak diterbitkan (--drafts, --future untuk menyertakannya)"
        ),
        "{}",
        editor.stderr
    );

    // Asked for, drafts are published with their banner (docs/PUBLISHING.md):
    // a build with --drafts is a preview to share, not the public site.
    let run = site.run(&["build", "--drafts", "--future"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("not published"), "{}", run.stderr);
    let draft = site.read("news/draf/index.html");
    assert!(
        draft.contains("class=\"unpublished-banner\" role=\"note\""),
        "{draft}"
    );
    assert!(draft.contains(">Draf</strong>"), "{draft}");
    assert!(
        site.read("news/besok/index.html")
            .contains(">Terjadwal</strong>")
    );
    assert!(
        site.read("rencana/index.html")
            .contains("unpublished-banner")
    );
    let list = site.read("news/index.html");
    assert!(
        list.contains(">Draf</span> <a href=\"/news/draf/\">"),
        "{list}"
    );
    let programs = site.read("programs/index.html");
    assert!(programs.contains(">Draf</span> <a href=\"/programs/rahasia/\">"));
    assert!(
        !site
            .read("programs/keripik-2024/index.html")
            .contains("unpublished-banner"),
        "a published program has no banner"
    );
}

#[test]
fn content_is_escaped_and_raw_html_is_inert() {
    let site = small_site();
    site.write(
        "content/news/jahat.md",
        "---\ntitle: \"<script>alert(1)</script> & \\\"kutip\\\"\"\ndate: 2025-02-01\n---\n<img src=x onerror=alert(1)>\n",
    );
    assert_eq!(site.build().code, 0);
    let html = site.read("news/jahat/index.html");
    assert!(!html.contains("<script>alert"), "title escaped");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;")
            || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    );
    assert!(
        !html.contains("<img src=x"),
        "raw HTML in the body is shown as text"
    );
}

#[test]
fn site_templates_override_the_theme_and_static_files_are_copied() {
    let site = small_site();
    site.write("templates/page.html", "<p>KHUSUS {{ page.title }}</p>")
        .write("static/images/logo.svg", "<svg/>");
    assert_eq!(site.build().code, 0);
    assert_eq!(
        site.read("tentang/index.html"),
        "<p>KHUSUS Tentang Kami</p>"
    );
    assert_eq!(site.read("images/logo.svg"), "<svg/>");
    assert!(
        site.read("index.html").contains("<main"),
        "other templates still from the theme"
    );
}

#[test]
fn a_site_theme_replaces_the_built_in_one() {
    let site = Site::new();
    site.write("warta.yaml", "theme: polos\n")
        .write("content/organizations/a.yaml", "name: A\n")
        .write(
            "content/programs/p.yaml",
            "title: P\nstart: 2025-01-01\norganizers: [a]\n",
        );
    for name in [
        "index.html",
        "programs.html",
        "program.html",
        "news_list.html",
        "card_list.html",
        "news.html",
        "page.html",
        "organizations.html",
        "organization.html",
        "taxonomy_index.html",
        "taxonomy_term.html",
        "outcomes.html",
        "search.html",
        "404.html",
    ] {
        site.write(
            &format!("themes/polos/templates/{name}"),
            "polos {{ meta.title }}",
        );
    }
    site.write("themes/polos/static/polos.css", "body{}");
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(site.read("programs/p/index.html"), "polos P");
    assert!(site.output().join("polos.css").exists());
    assert!(
        !site.output().join("style.css").exists(),
        "the built-in theme's files are not used"
    );
}

/// The demo site built into a temporary folder (its `site/` inside).
fn built_demo() -> tempfile::TempDir {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_warta"))
        .env("WARTA_LANG", "en")
        .args(["build", "--root"])
        .arg(root)
        .arg("--output")
        .arg(out.path().join("site"))
        .env("SOURCE_DATE_EPOCH", common::NOW)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    out
}

/// Every HTML page of the demo site, but the 404 page: (path, text).
fn demo_pages(out: &tempfile::TempDir) -> Vec<(String, String)> {
    walkdir::WalkDir::new(out.path().join("site"))
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .filter(|e| e.file_name() != "404.html")
        .map(|e| {
            let text = fs::read_to_string(e.path()).unwrap();
            (e.path().display().to_string(), text)
        })
        .collect()
}

/// warta writes JSON-LD itself (src/render/jsonld/): each block of the demo
/// site (programs with venues, fees, partners and curricula; news with
/// authors and programs) must be the text serde_json makes of it (keys
/// sorted, the same escapes), with `<`, `>` and `&` escaped so that it
/// cannot end its script.
#[test]
fn json_ld_of_the_demo_site_is_its_own_canonical_json() {
    let out = built_demo();
    let mut blocks = 0;
    for (path, html) in &demo_pages(&out) {
        let Some(at) = html.find("<script type=\"application/ld+json\">") else {
            continue;
        };
        let start = at + 35;
        let text = &html[start..start + html[start..].find("</script>").unwrap()];
        let value: serde_json::Value =
            serde_json::from_str(text).unwrap_or_else(|e| panic!("{path}: {e}: {text}"));
        let canonical = serde_json::to_string(&value)
            .unwrap()
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026");
        assert_eq!(text, canonical, "{path}");
        blocks += 1;
    }
    assert!(blocks >= 20, "JSON-LD blocks in the demo site: {blocks}");
}

/// Search engines and shared links show a page by its description; without
/// one they make up a snippet from the navigation (issue 17: SEO).
#[test]
fn every_page_of_the_demo_site_has_a_description() {
    let out = built_demo();
    let pages = demo_pages(&out);
    assert!(pages.len() >= 40);
    for (path, html) in &pages {
        let content = html
            .split_once("<meta name=\"description\" content=\"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(content, _)| content.trim());
        assert!(
            content.is_some_and(|c| !c.is_empty()),
            "{path} has no description"
        );
    }
}

/// Without a `<link rel="icon">` a browser asks for /favicon.ico, which
/// 404s on every page (issue 17: Lighthouse best practices).
#[test]
fn every_page_of_the_demo_site_links_a_favicon_that_exists() {
    let out = built_demo();
    for (path, html) in &demo_pages(&out) {
        let href = html
            .split_once("<link rel=\"icon\" type=\"image/svg+xml\" href=\"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(href, _)| href.to_string());
        let href = href.unwrap_or_else(|| panic!("{path} links no favicon"));
        let file = out.path().join("site").join(href.trim_start_matches('/'));
        assert!(file.is_file(), "{path}: {href} is not in the output");
    }
    let svg = fs::read_to_string(out.path().join("site/favicon.svg")).unwrap();
    assert!(svg.starts_with("<svg") && svg.len() < 600, "{svg}");
}

#[test]
fn the_demo_site_builds_with_at_least_forty_pages() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_warta"))
        .env("WARTA_LANG", "en")
        .args(["build", "--root"])
        .arg(root)
        .arg("--output")
        .arg(out.path().join("site"))
        .env("SOURCE_DATE_EPOCH", common::NOW)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    let pages = walkdir::WalkDir::new(out.path().join("site"))
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .count();
    assert!(pages >= 40, "only {pages} pages");
    let flagship = std::fs::read_to_string(
        out.path()
            .join("site/programs/bimtek-wub-keripik-pisang-gending-2024/index.html"),
    )
    .unwrap();
    assert!(flagship.contains("24–26 Juni 2024"));
    assert!(flagship.contains("Hotel Tampiarto"));
    assert!(flagship.contains("UD Rajawali"));
}

#[cfg(unix)]
#[test]
fn an_unchanged_site_leaves_the_output_untouched() {
    use std::os::unix::fs::MetadataExt;
    let site = small_site();
    assert_eq!(site.build().code, 0);
    let inode = |rel: &str| fs::metadata(site.output().join(rel)).unwrap().ino();
    let home = inode("index.html");

    // Built again from the same sources: nothing is written, not even a
    // new copy of the same page.
    let again = site.build();
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stderr.contains("nothing changed"), "{}", again.stderr);
    assert_eq!(inode("index.html"), home);

    // A page changed by hand, or a file added to the output, is put right.
    fs::write(site.output().join("index.html"), "diubah").unwrap();
    fs::write(site.output().join("tambahan.txt"), "x").unwrap();
    let repaired = site.build();
    assert!(
        !repaired.stderr.contains("tidak ada yang berubah"),
        "{}",
        repaired.stderr
    );
    assert!(site.read("index.html").contains("<html"));
    assert!(!site.output().join("tambahan.txt").exists());

    // And an edited source is built as usual.
    let before = site.snapshot();
    site.write(
        "content/news/baru.md",
        "---\ntitle: Kabar Terbaru\ndate: 2026-01-05\n---\nIsi.\n",
    );
    let edited = site.build();
    assert!(
        !edited.stderr.contains("tidak ada yang berubah"),
        "{}",
        edited.stderr
    );
    assert!(site.read("news/baru/index.html").contains("Kabar Terbaru"));
    assert_ne!(site.snapshot(), before);
}

/// Pages go to disk in batches of 1,024 as they render, and a rebuild from
/// the same sources compares them with the output first: on a site of more
/// than one batch, every kind of rebuild must give exactly a fresh build.
#[test]
fn rebuilds_of_a_big_site_equal_a_fresh_build() {
    let site = small_site();
    for i in 0..1100 {
        site.write(
            &format!("content/news/berita-{i:04}.md"),
            &format!(
                "---\ntitle: Berita {i}\ndate: 2025-01-{:02}\nsummary: Ringkasan {i}.\n---\nIsi berita {i}.\n",
                1 + i % 28
            ),
        );
    }
    assert_eq!(site.build().code, 0);
    let fresh = site.snapshot();

    // Same sources, one page of the second batch spoiled by hand: the pages
    // before it were found the same and are taken from the output, the rest
    // written again.
    fs::write(site.output().join("news/berita-0000/index.html"), "rusak").unwrap();
    let repaired = site.build();
    assert_eq!(repaired.code, 0, "{}", repaired.stderr);
    assert!(!repaired.stderr.contains("tidak ada yang berubah"));
    assert_eq!(site.snapshot(), fresh);

    // An edited source: every page is written as it renders.
    site.write(
        "content/news/berita-0000.md",
        "---\ntitle: Berita 0\ndate: 2025-01-01\nsummary: Ringkasan 0.\n---\nIsi yang diperbaiki.\n",
    );
    assert_eq!(site.build().code, 0);
    assert!(
        site.read("news/berita-0000/index.html")
            .contains("Isi yang diperbaiki.")
    );
    let rebuilt = site.snapshot();
    fs::remove_dir_all(site.output()).unwrap();
    assert_eq!(site.build().code, 0);
    assert_eq!(site.snapshot(), rebuilt);
}

/// A secret written outside the site, for the link tests: it must appear
/// nowhere in what warta writes or says.
#[cfg(unix)]
const SECRET: &str = "RAHASIA-NEGARA-8c1f0e";

/// Every file of `dir` that contains `needle`, for "nowhere in the output".
#[cfg(unix)]
fn files_containing(dir: &std::path::Path, needle: &str) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| fs::read(e.path()).is_ok_and(|b| String::from_utf8_lossy(&b).contains(needle)))
        .map(|e| e.into_path())
        .collect()
}

#[cfg(unix)]
#[test]
fn links_out_of_the_site_are_refused_and_nothing_of_their_target_is_shown() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    let o = outside.path();
    fs::write(o.join("sandi.txt"), format!("{SECRET}\n")).unwrap();
    fs::write(
        o.join("halaman.md"),
        format!("---\ntitle: {SECRET}\n---\n{SECRET}\n"),
    )
    .unwrap();
    fs::write(o.join("kabar.md"), format!("{SECRET}: x\n")).unwrap();
    fs::create_dir_all(o.join("folder/dalam")).unwrap();
    fs::write(o.join("folder/dalam/isi.txt"), SECRET).unwrap();
    fs::create_dir_all(o.join("templates")).unwrap();
    fs::write(o.join("templates/page.html"), SECRET).unwrap();
    fs::create_dir_all(o.join("tema/static")).unwrap();
    fs::write(o.join("tema/static/gaya.css"), SECRET).unwrap();

    let site = small_site();
    assert_eq!(site.build().code, 0);
    let before = site.snapshot();
    let r = site.root();
    fs::create_dir_all(r.join("static")).unwrap();
    fs::create_dir_all(r.join("themes/default/templates")).unwrap();
    fs::write(r.join("themes/default/templates/page.html"), "x").unwrap();
    symlink(o.join("sandi.txt"), r.join("static/sandi.txt")).unwrap();
    symlink(o.join("folder"), r.join("static/folder")).unwrap();
    symlink(o.join("halaman.md"), r.join("content/pages/halaman.md")).unwrap();
    symlink(o.join("kabar.md"), r.join("content/news/kabar.md")).unwrap();
    symlink(o.join("templates"), r.join("templates")).unwrap();
    symlink(o.join("tema/static"), r.join("themes/default/static")).unwrap();

    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    for link in [
        "static/sandi.txt",
        "static/folder",
        "content/pages/halaman.md",
        "content/news/kabar.md",
        "templates",
        "themes/default/static",
    ] {
        assert!(
            run.stderr.contains(&format!("--> {link}\n")),
            "names {link}:\n{}",
            run.stderr
        );
    }
    assert!(!run.stderr.contains(SECRET), "{}", run.stderr);
    assert!(files_containing(&site.output(), SECRET).is_empty());
    assert_eq!(site.snapshot(), before, "the previous output stays");

    // Nor does `check`, which says the same without writing.
    let check = site.run(&["check"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert!(!check.stderr.contains(SECRET), "{}", check.stderr);
}

/// A photo a record names, linked from outside the site, is met by the
/// folder walk and again by the record's photo check: one error, said once.
#[cfg(unix)]
#[test]
fn a_photo_linked_from_outside_the_site_is_one_error() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("foto.jpg"), common::small_jpeg(0)).unwrap();
    let site = small_site();
    site.write(
        "content/news/2024/2024-07-01-panen.md",
        "---\ntitle: Panen\ndate: 2024-07-01\nimage: { src: foto.jpg, alt: Panen kopi. }\n---\nIsi.\n",
    );
    std::os::unix::fs::symlink(
        outside.path().join("foto.jpg"),
        site.root().join("content/news/2024/foto.jpg"),
    )
    .unwrap();
    let run = site.run_as_editor(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let told = run
        .stderr
        .matches("--> content/news/2024/foto.jpg\n")
        .count();
    assert_eq!(told, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("ditemukan 1 kesalahan"),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn links_inside_the_site_are_followed_even_when_the_site_is_reached_through_one() {
    use std::os::unix::fs::symlink;
    let site = small_site();
    let real = fs::canonicalize(site.root()).unwrap();
    site.write("assets/gaya.css", "body{}")
        .write("assets/gambar/logo.svg", "<svg/>");
    fs::create_dir_all(real.join("static")).unwrap();
    // Relative, absolute through the real path, and a folder.
    symlink("../assets/gaya.css", real.join("static/gaya.css")).unwrap();
    symlink(real.join("assets/gaya.css"), real.join("static/lagi.css")).unwrap();
    symlink(real.join("assets/gambar"), real.join("static/gambar")).unwrap();
    // The site folder itself named through a link.
    let elsewhere = tempfile::tempdir().unwrap();
    let via = elsewhere.path().join("situs");
    symlink(&real, &via).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_warta"))
        .env("WARTA_LANG", "en")
        .args(["build", "--root"])
        .arg(&via)
        .env("SOURCE_DATE_EPOCH", common::NOW)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(site.read("gaya.css"), "body{}");
    assert_eq!(site.read("lagi.css"), "body{}");
    assert_eq!(site.read("gambar/logo.svg"), "<svg/>");
}

/// A folder named like a record is most likely a file made as a folder by
/// mistake: warned about (a folder is still a folder, as in Hugo and Zola,
/// and what it holds is read), not passed over in silence.
#[test]
fn a_folder_named_like_a_record_is_warned_about() {
    let site = small_site();
    fs::create_dir_all(site.root().join("content/news/kabar.md")).unwrap();
    site.write(
        "content/programs/baru.yaml/baru.yaml",
        "title: Program Baru\nstart: 2024-03-10\norganizers: [dinas-a]\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (folder, ext) in [
        ("content/news/kabar.md", "`.md`"),
        ("content/programs/baru.yaml", "`.yaml`"),
    ] {
        let at = run
            .stderr
            .find(&format!("--> {folder}\n"))
            .unwrap_or_else(|| panic!("names {folder}:\n{}", run.stderr));
        let title = run.stderr[..at].lines().last().unwrap_or_default();
        assert!(title.starts_with("warning: this is a folder"), "{title}");
        assert!(title.contains(ext), "{title}");
    }
    assert!(
        site.read("programs/baru/index.html")
            .contains("Program Baru")
    );
    assert_eq!(site.run(&["build", "--strict"]).code, 1);
}

/// A content or static path becomes the same address on every system: a
/// `\` in a name (a folder separator on Windows, and `/` to a browser)
/// separates folders here too. (Windows cannot make such a name.)
#[cfg(unix)]
#[test]
fn backslashes_in_paths_separate_folders_as_on_windows() {
    let site = small_site();
    site.write("static/gambar\\logo.svg", "<svg/>").write(
        "content/pages/profil\\sejarah.md",
        "---\ntitle: Sejarah\n---\nIsi.\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(site.read("gambar/logo.svg"), "<svg/>");
    assert!(site.read("profil/sejarah/index.html").contains("Sejarah"));
}

/// Nothing goes live broken (issue 16): a link to a page the site does not
/// have and an image in a body whose file is missing each stop `build` (and
/// `build --strict`) at their place, and the output is not written. Photos
/// (a record's `image:`, a photo in a body) are found by resolve (issue 17),
/// before anything is rendered; links and other images after render.
#[test]
fn a_broken_link_or_a_missing_image_fails_the_build_at_its_place() {
    let site = small_site();
    let news = |link: &str| {
        format!(
            "---\ntitle: Rusak\ndate: 2025-01-01\n---\nLihat [program](/programs/{link}/).\n\n![Peserta praktik](/images/praktik-hilang.jpg)\n\n![Grafik peserta](/images/bagan-peserta.svg)\n"
        )
    };
    site.write("content/news/rusak.md", &news("keripik-2025"));
    site.write(
        "content/programs/keripik-2024.yaml",
        &format!(
            "{}image:\n  src: /images/tidak-ada.jpg\n  alt: Pembukaan pelatihan\n",
            std::fs::read_to_string(site.root().join("content/programs/keripik-2024.yaml"))
                .unwrap()
        ),
    );
    let image_line =
        std::fs::read_to_string(site.root().join("content/programs/keripik-2024.yaml"))
            .unwrap()
            .lines()
            .count()
            - 1;
    for strict in [false, true] {
        let args: &[&str] = if strict {
            &["build", "--strict"]
        } else {
            &["build"]
        };
        let run = site.run(args);
        let e = &run.stderr;
        assert_eq!(run.code, 1, "{e}");
        assert!(e.contains("content/news/rusak.md:7:1"), "{e}");
        assert!(
            e.contains("there is no file `static/images/praktik-hilang.jpg`"),
            "{e}"
        );
        let at = format!("content/programs/keripik-2024.yaml:{image_line}:8");
        assert!(e.contains(&at), "{at} in {e}");
        assert!(
            e.contains("put the photo at `static/images/tidak-ada.jpg`"),
            "{e}"
        );
        assert!(!site.output().exists(), "nothing was written");
    }
    // With the photos in place, the link and the other image are next.
    site.photo("static/images/tidak-ada.jpg");
    site.photo("static/images/praktik-hilang.jpg");
    let run = site.run(&["build"]);
    let e = &run.stderr;
    assert_eq!(run.code, 1, "{e}");
    assert!(e.contains("content/news/rusak.md:5:7"), "{e}");
    assert!(
        e.contains("the link `/programs/keripik-2025/` leads to a page this site does not have"),
        "{e}"
    );
    assert!(e.contains("did you mean `/programs/keripik-2024/`?"), "{e}");
    assert!(e.contains("content/news/rusak.md:9:1"), "{e}");
    assert!(
        e.contains("the image `/images/bagan-peserta.svg` is not in this site"),
        "{e}"
    );
    assert!(
        e.contains("put the file at `static/images/bagan-peserta.svg`"),
        "{e}"
    );
    assert!(
        !e.contains("praktik-hilang"),
        "a photo is not a file of the output: {e}"
    );
    assert!(!site.output().exists(), "nothing was written");
    // With the link fixed and the chart in place, the same item builds.
    site.write("static/images/bagan-peserta.svg", "<svg/>");
    site.write("content/news/rusak.md", &news("keripik-2024"));
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}
