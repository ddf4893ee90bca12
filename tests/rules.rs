//! The rules warta adds where the content model is silent (docs/CONTENT.md).

mod common;

use common::small_site;

fn errors_of(site: &common::Site) -> String {
    let run = site.build();
    assert_eq!(run.code, 1, "expected a content error:\n{}", run.stderr);
    run.stderr
}

#[test]
fn yml_bom_crlf_and_ignored_files_are_accepted() {
    let site = small_site();
    site.write(
        "content/organizations/dinas-c.yml",
        "\u{feff}name: Dinas C\r\nkind: government\r\n",
    )
    .write(
        "content/news/crlf.md",
        "\u{feff}---\r\ntitle: Baris CRLF\r\ndate: 2025-03-01\r\n---\r\nIsi.\r\n",
    )
    .write("content/news/_catatan.md", "bukan berita")
    .write("content/programs/.cadangan.yaml", "rusak: [")
    .write("content/programs/lama.yaml~", "rusak: [");
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.read("organizations/dinas-c/index.html")
            .contains("Dinas C")
    );
    assert!(site.read("news/crlf/index.html").contains("Baris CRLF"));
}

#[test]
fn index_pages_take_their_folder_path() {
    let site = small_site();
    site.write(
        "content/pages/layanan/index.md",
        "---\ntitle: Layanan\n---\nIsi.\n",
    );
    assert_eq!(site.build().code, 0);
    assert!(site.read("layanan/index.html").contains("Layanan"));
}

#[test]
fn reserved_paths_and_slugs_are_refused() {
    let site = small_site();
    site.write("content/pages/programs.md", "---\ntitle: Bentrok\n---\nx\n")
        .write(
            "content/news/page.md",
            "---\ntitle: Bentrok\ndate: 2025-01-01\n---\nx\n",
        );
    let stderr = errors_of(&site);
    assert!(stderr.contains("content/pages/programs.md:1:1"), "{stderr}");
    assert!(stderr.contains("taken by warta's own pages"), "{stderr}");
    assert!(stderr.contains("the slug `page` is taken"), "{stderr}");
}

#[test]
fn registration_sessions_and_geo_are_checked() {
    let site = small_site();
    site.write(
        "content/programs/cek.yaml",
        r#"title: Cek
start: 2025-03-10
end: 2025-03-11
organizers: [dinas-a]
venues:
  - name: Balai
    geo: { lat: -95, lon: 113 }
registration:
  opens: 2025-03-05
  closes: 2025-03-01
curriculum:
  - { title: Hari tiga, day: 3 }
  - { title: Tanggal luar, date: 2025-03-20 }
"#,
    );
    let stderr = errors_of(&site);
    for (place, words) in [
        (
            "content/programs/cek.yaml:7:17",
            "latitude must be between -90 and 90",
        ),
        (
            "content/programs/cek.yaml:9:10",
            "registration opens (5 March 2025) after it closes (1 March 2025)",
        ),
        (
            "content/programs/cek.yaml:12:30",
            "day 3 is not a day of this program",
        ),
        (
            "content/programs/cek.yaml:13:34",
            "20 March 2025 is not a day of this program",
        ),
    ] {
        assert!(stderr.contains(place), "no {place}:\n{stderr}");
        assert!(stderr.contains(words), "no {words}:\n{stderr}");
    }
}

#[test]
fn record_links_accept_only_safe_schemes() {
    let site = small_site();
    site.write(
        "content/organizations/jahat.yaml",
        "name: Jahat\nurl: \"javascript:alert(1)\"\n",
    )
    .write(
        "content/news/gambar.md",
        "---\ntitle: G\ndate: 2025-01-01\nimage:\n  src: ../../../etc/passwd\n  alt: G\n---\nx\n",
    );
    let stderr = errors_of(&site);
    assert!(
        stderr.contains("content/organizations/jahat.yaml:2:6"),
        "{stderr}"
    );
    assert!(
        stderr.contains("is not a web address warta can link to"),
        "{stderr}"
    );
    assert!(stderr.contains("content/news/gambar.md:5:8"), "{stderr}");
    assert!(
        stderr.contains("is not a photo file inside the site folder"),
        "{stderr}"
    );
}

#[test]
fn config_values_are_checked() {
    let site = small_site();
    site.write(
        "warta.yaml",
        "language: jawa\ntimezone: Asia/Bandung\nnews_per_page: 0\npublisher: dinas-x\n",
    );
    let stderr = errors_of(&site);
    for place in [
        "warta.yaml:1:11",
        "warta.yaml:2:11",
        "warta.yaml:3:16",
        "warta.yaml:4:12",
    ] {
        assert!(stderr.contains(place), "no {place}:\n{stderr}");
    }
    assert!(stderr.contains("did you mean `dinas-a`?"), "{stderr}");
}

#[test]
fn times_without_offset_are_in_the_site_time_zone() {
    let site = small_site();
    site.write("warta.yaml", "timezone: Asia/Makassar\n").write(
        "content/programs/sore.yaml",
        "title: Sore\nstart: 2027-02-01 14:30\norganizers: [dinas-a]\n",
    );
    assert_eq!(site.build().code, 0);
    assert!(site.read("programs/sore/index.html").contains("14.30 WITA"));
}
