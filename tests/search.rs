//! The search index under `search/` (docs/SEARCH.md): each file one
//! `wartaSearch(name, JSON)` call; terms stemmed, postings as gaps with a
//! title bit; documents in chunks. The page itself is tested in a browser
//! by tests/browser/run.

mod common;

use common::{Site, small_site};
use serde_json::Value;

fn built(site: Site) -> Site {
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

/// The data of an index file, checking it is one call named `name`.
fn data(site: &Site, name: &str) -> Value {
    let text = site.read(&format!("search/{name}.js"));
    let rest = text
        .strip_prefix(&format!("wartaSearch({name:?},"))
        .unwrap_or_else(|| panic!("{name}: {text}"));
    let json = rest.strip_suffix(");\n").expect("one call per file");
    serde_json::from_str(json).expect("JSON data")
}

/// Documents of a term: (id, in title), decoded from the gaps.
fn postings(site: &Site, term: &str) -> Vec<(u64, bool)> {
    let shard = data(site, &format!("t/{}", &term[..2]));
    let mut id = 0;
    shard[term]
        .as_array()
        .unwrap_or_else(|| panic!("no term {term}: {shard}"))
        .iter()
        .map(|v| {
            let v = v.as_u64().unwrap();
            id += v / 2;
            (id, v % 2 == 1)
        })
        .collect()
}

#[test]
fn the_index_has_every_program_and_news_item_by_stem() {
    let site = built(small_site());
    let meta = data(&site, "meta");
    // The batik program is upcoming, keripik completed, then the news.
    assert_eq!(meta["kinds"], "upn");
    for shard in meta["shards"].as_array().unwrap() {
        let name = format!("t/{}", shard.as_str().unwrap());
        assert!(data(&site, &name).is_object(), "{name}");
    }
    // "Pelatihan" in every title is indexed as "latih".
    assert_eq!(postings(&site, "latih"), [(0, true), (1, true), (2, true)]);
    assert_eq!(postings(&site, "keripik"), [(1, true), (2, true)]);
    // Text beyond the title: the description, venues, the news body.
    assert_eq!(postings(&site, "tampiarto"), [(1, false)]);
    assert_eq!(postings(&site, "belajar"), [(2, false)]);
    let shard = data(&site, "t/ke");
    assert!(shard.get("pelatihan").is_none());
}

#[test]
fn documents_carry_what_a_result_shows() {
    let site = built(small_site());
    let docs = data(&site, "d/0");
    let docs = docs.as_array().unwrap();
    assert_eq!(docs.len(), 3);
    assert_eq!(
        docs[1],
        serde_json::json!([
            "Pelatihan Keripik Pisang",
            "programs/keripik-2024/",
            "24–26 Juni 2024",
            "completed",
            "Selesai",
            "Pelatihan tiga hari."
        ])
    );
    assert_eq!(docs[2][1], "news/pembukaan-keripik/");
    assert_eq!(docs[2][3], "");
    assert!(
        docs[2][5]
            .as_str()
            .unwrap()
            .starts_with("Dua puluh warga belajar.")
    );
}

#[test]
fn the_page_is_in_the_menu_and_loads_its_own_script_and_styles() {
    let site = built(small_site());
    let home = site.read("index.html");
    assert!(home.contains(r#"<a href="/search/">Cari</a>"#), "{home}");
    let page = site.read("search/index.html");
    assert!(
        page.contains(r#"<script src="/search.js" defer>"#),
        "{page}"
    );
    assert!(page.contains(r#"<link rel="stylesheet" href="/search.css">"#));
    assert!(page.contains("<noscript>") && page.contains(r#"href="/programs/""#));
    assert!(site.output().join("search.js").is_file());
    let js = std::fs::read(site.output().join("search.js")).unwrap();
    assert!(js.len() < 10 * 1024, "search.js is {} bytes", js.len());
}

#[test]
fn drafts_stay_out_and_text_is_data_not_code() {
    let site = small_site();
    site.write(
        "content/news/2024/rahasia.md",
        "---\ntitle: Rahasia\ndate: 2024-06-01\ndraft: true\n---\nrahasia\n",
    )
    .write(
        "content/news/2024/kutip.md",
        "---\ntitle: \"Kutip \\\"\\u2028</script><b>x\\\\\"\ndate: 2024-06-02\n---\nIsi.\n",
    );
    let site = built(site);
    assert!(data(&site, "t/ra").get("rahasia").is_none());
    let docs = data(&site, "d/0");
    let titles: Vec<&str> = docs
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d[0].as_str().unwrap())
        .collect();
    assert!(
        titles.contains(&"Kutip \"\u{2028}</script><b>x\\"),
        "{titles:?}"
    );
}

#[test]
fn under_a_sub_path_and_with_relative_links() {
    let site = small_site();
    site.write(
        "warta.yaml",
        "title: Pelatihan Uji\nbase_url: https://uji.example.go.id/sub/\nrelative_urls: true\npublisher: dinas-a\n",
    );
    let site = built(site);
    // Result links stay below the site root: the script adds its own base.
    assert_eq!(data(&site, "d/0")[1][1], "programs/keripik-2024/");
    let page = site.read("search/index.html");
    assert!(
        page.contains(r#"<script src="../search.js" defer>"#),
        "{page}"
    );
    assert!(page.contains(r#"href="../search.css""#), "{page}");
}
