//! `warta serve`'s local backend for Decap CMS (`POST /admin/api/v1`, the
//! protocol of decap-server): its answers, its saves checked as a build
//! checks them, its path rule, and its refusal of other pages.

mod common;

use common::server::{self, Server, eventually, get, start};
use common::small_site;
use serde_json::{Value, json};

/// A raw request: its status and body.
fn raw(server: &Server, method: &str, path: &str, headers: &str, body: &str) -> (u16, String) {
    let answer = server::send(server, method, path, headers, body);
    (answer.status, answer.body)
}

/// An action as the CMS at this server's `/admin/` sends it.
fn call(server: &Server, action: &str, params: Value) -> (u16, Value) {
    let headers = format!(
        "Host: {0}\r\nOrigin: http://{0}\r\nContent-Type: application/json; charset=utf-8\r\n",
        server.addr
    );
    let body = json!({ "action": action, "params": params }).to_string();
    let (status, text) = raw(server, "POST", "/admin/api/v1", &headers, &body);
    let value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{action}: not JSON ({e}): {text}"));
    (status, value)
}

/// Every file of the site's sources (the cache left out), with its bytes.
fn sources(site: &common::Site) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    walkdir::WalkDir::new(site.root())
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| {
            e.file_type().is_file() && !e.path().starts_with(site.root().join(".warta-cache"))
        })
        .map(|e| (e.path().to_path_buf(), std::fs::read(e.path()).unwrap()))
        .collect()
}

fn base64(bytes: &[u8]) -> String {
    data_encoding::BASE64.encode(bytes)
}

fn persist(path: &str, raw: &str, assets: Value) -> Value {
    json!({
        "branch": "main",
        "dataFiles": [{ "slug": "x", "path": path, "raw": raw }],
        "assets": assets,
        "options": { "commitMessage": "Create", "useWorkflow": false, "status": "" },
    })
}

const NEWS: &str = "content/news/2024/2024-06-24-pembukaan-keripik.md";

#[test]
fn each_action_answers_in_decap_servers_shapes() {
    let site = small_site();
    site.photo("content/news/2024/foto.jpg");
    let server = start(site.root(), Some("en"));

    let (status, info) = call(&server, "info", json!({}));
    assert_eq!(status, 200);
    assert_eq!(info["type"], "local_fs");
    assert_eq!(info["publish_modes"], json!(["simple"]));

    let (status, entries) = call(
        &server,
        "entriesByFolder",
        json!({ "branch": "main", "folder": "content/news", "extension": "md", "depth": 3 }),
    );
    assert_eq!(status, 200, "{entries}");
    let entries = entries.as_array().unwrap();
    assert_eq!(entries.len(), 1, "only the .md files: {entries:?}");
    assert_eq!(entries[0]["file"]["path"], NEWS);
    assert!(
        entries[0]["data"]
            .as_str()
            .unwrap()
            .contains("Pelatihan Keripik Dibuka")
    );
    assert!(entries[0]["file"]["id"].is_string());
    let (_, shallow) = call(
        &server,
        "entriesByFolder",
        json!({ "branch": "main", "folder": "content/news", "extension": "md", "depth": 1 }),
    );
    assert_eq!(shallow, json!([]), "depth 1: the folder's own files only");

    let (status, by_files) = call(
        &server,
        "entriesByFiles",
        json!({ "branch": "main", "files": [{ "path": "content/pages/tentang.md", "label": "Tentang" }] }),
    );
    assert_eq!(status, 200);
    assert_eq!(by_files[0]["file"]["label"], "Tentang");
    assert!(
        by_files[0]["data"]
            .as_str()
            .unwrap()
            .contains("Tentang Kami")
    );

    let (status, entry) = call(
        &server,
        "getEntry",
        json!({ "branch": "main", "path": "content/programs/keripik-2024.yaml" }),
    );
    assert_eq!(status, 200);
    assert!(
        entry["data"]
            .as_str()
            .unwrap()
            .starts_with("title: Pelatihan Keripik Pisang")
    );
    let (status, missing) = call(
        &server,
        "getEntry",
        json!({ "branch": "main", "path": "content/news/tidak-ada.md" }),
    );
    assert_eq!((status, &missing["data"]), (200, &Value::Null));

    let (status, media) = call(
        &server,
        "getMedia",
        json!({ "branch": "main", "mediaFolder": "content/news/2024" }),
    );
    assert_eq!(status, 200);
    let media = media.as_array().unwrap();
    assert_eq!(media.len(), 1, "the photo, not the news item: {media:?}");
    assert_eq!(media[0]["name"], "foto.jpg");
    assert_eq!(media[0]["encoding"], "base64");
    assert_eq!(media[0]["content"], base64(&common::small_jpeg(0)));
    let (status, one) = call(
        &server,
        "getMediaFile",
        json!({ "branch": "main", "path": "content/news/2024/foto.jpg" }),
    );
    assert_eq!((status, &one["id"]), (200, &media[0]["id"]));

    let (status, preview) = call(
        &server,
        "getDeployPreview",
        json!({ "branch": "main", "collection": "news", "slug": "x" }),
    );
    assert_eq!((status, preview), (200, Value::Null));

    let (status, unknown) = call(&server, "publishUnpublishedEntry", json!({}));
    assert_eq!(status, 422);
    assert!(
        unknown["error"]
            .as_str()
            .unwrap()
            .contains("publishUnpublishedEntry")
    );
    let (status, incomplete) = call(&server, "getEntry", json!({ "branch": "main" }));
    assert_eq!(status, 422);
    assert!(
        incomplete["error"].as_str().unwrap().contains("`path`"),
        "{incomplete}"
    );
    let headers = format!(
        "Host: {}\r\nContent-Type: application/json\r\n",
        server.addr
    );
    let (status, _) = raw(&server, "POST", "/admin/api/v1", &headers, "{not json");
    assert_eq!(status, 400);
}

#[test]
fn a_valid_news_item_is_written_and_the_preview_serves_it() {
    let site = small_site();
    let server = start(site.root(), Some("en"));
    get(&server, "/");
    let path = "content/news/2026/2026-11-20-panen-perdana.md";
    let raw = "---\ntitle: Panen Perdana Lewat Penyunting\ndate: 2026-11-20T09:00:00+07:00\nprograms: [keripik-2024]\n---\n\nIsi dari CMS.\n";
    let (status, answer) = call(&server, "persistEntry", persist(path, raw, json!([])));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["message"], "entry persisted");
    assert_eq!(
        std::fs::read_to_string(site.root().join(path)).unwrap(),
        raw
    );
    eventually(&server, "/news/panen-perdana/", |s, b| {
        s == 200 && b.contains("Panen Perdana Lewat Penyunting")
    });
    // An edit of an existing item through `entry` (the older shape) too.
    let edited = raw.replace("Panen Perdana Lewat", "Panen Kedua Lewat");
    let params = json!({
        "branch": "main",
        "entry": { "slug": "x", "path": path, "raw": edited },
        "assets": [],
        "options": { "commitMessage": "Update", "useWorkflow": false, "status": "" },
    });
    assert_eq!(call(&server, "persistEntry", params).0, 200);
    eventually(&server, "/news/panen-perdana/", |s, b| {
        s == 200 && b.contains("Panen Kedua Lewat Penyunting")
    });
    let (status, _) = call(
        &server,
        "deleteFile",
        json!({ "branch": "main", "path": path, "options": { "commitMessage": "Delete" } }),
    );
    assert_eq!(status, 200);
    assert!(!site.root().join(path).exists());
    eventually(&server, "/news/panen-perdana/", |s, _| s == 404);
}

const BACKWARDS: &str =
    "title: Pelatihan Mundur\nstart: 2027-03-10\nend: 2027-03-08\norganizers: [dinas-a]\n";

/// Saving a program that ends before it starts, in the server's language:
/// refused with warta's message, its place and hint; nothing written.
fn refused_backwards_program(lang: Option<&str>) -> String {
    let site = small_site();
    let server = start(site.root(), lang);
    let before = sources(&site);
    let (status, answer) = call(
        &server,
        "persistEntry",
        persist("content/programs/mundur-2027.yaml", BACKWARDS, json!([])),
    );
    assert_eq!(status, 422, "{answer}");
    assert!(sources(&site) == before, "nothing written");
    let error = answer["error"].as_str().unwrap().to_string();
    assert!(
        error.contains("content/programs/mundur-2027.yaml:3:6"),
        "{error}"
    );
    error
}

#[test]
fn a_program_ending_before_it_starts_is_refused_in_english() {
    let error = refused_backwards_program(Some("en"));
    assert!(error.starts_with("warta did not save"), "{error}");
    assert!(
        error.contains("mundur-2027.yaml:3:6: the program ends (8 March 2027) before it starts (10 March 2027)\nhelp: "),
        "{error}"
    );
    assert!(
        error.contains("help: `end` is the last day of the program"),
        "{error}"
    );
}

#[test]
fn a_program_ending_before_it_starts_is_refused_in_indonesian() {
    let error = refused_backwards_program(None);
    assert!(error.starts_with("warta tidak menyimpan"), "{error}");
    assert!(
        error.contains("mundur-2027.yaml:3:6: program berakhir (8 Maret 2027) sebelum dimulai (10 Maret 2027)\nsaran: "),
        "{error}"
    );
    assert!(
        error.contains("saran: `end` adalah hari terakhir program"),
        "{error}"
    );
}

#[test]
fn a_save_that_breaks_another_record_or_removes_a_named_one_is_refused() {
    let site = small_site();
    let server = start(site.root(), Some("en"));
    let before = sources(&site);
    // A news item naming a program that does not exist.
    let raw = "---\ntitle: Salah Rujuk\ndate: 2026-11-20T09:00:00+07:00\nprograms: [tidak-ada]\n---\nIsi.\n";
    let (status, answer) = call(
        &server,
        "persistEntry",
        persist("content/news/2026/salah.md", raw, json!([])),
    );
    assert_eq!(status, 422, "{answer}");
    assert!(
        answer["error"]
            .as_str()
            .unwrap()
            .contains("content/news/2026/salah.md:4:"),
        "{answer}"
    );
    // Removing the organization both programs name.
    let (status, answer) = call(
        &server,
        "deleteFiles",
        json!({ "branch": "main", "paths": ["content/organizations/dinas-a.yaml"], "options": { "commitMessage": "Delete" } }),
    );
    assert_eq!(status, 422, "{answer}");
    assert!(
        answer["error"]
            .as_str()
            .unwrap()
            .contains("content/programs/"),
        "{answer}"
    );
    assert!(sources(&site) == before, "nothing written or removed");
}

#[test]
fn hostile_paths_are_refused_and_nothing_is_written() {
    let site = small_site();
    let server = start(site.root(), Some("en"));
    let before = sources(&site);
    for path in [
        "warta.yaml",
        "../outside.md",
        "content/../warta.yaml",
        "content/news/../../warta.yaml",
        "/etc/passwd",
        "/tmp/x.md",
        "themes/default/templates/base.html",
        ".git/config",
        "content\\news\\x.md",
        "content/news/x.md\u{0}",
        "C:/x.md",
        "static/x.md",
        ".warta-cache/images/x.webp",
        "public/index.html",
    ] {
        let (status, answer) = call(&server, "persistEntry", persist(path, "x: 1\n", json!([])));
        assert_eq!(status, 400, "persistEntry {path:?}: {answer}");
        assert!(answer["error"].as_str().is_some_and(|e| !e.is_empty()));
        let (status, _) = call(
            &server,
            "getEntry",
            json!({ "branch": "main", "path": path }),
        );
        assert!(
            status == 400 || path.starts_with("static/"),
            "getEntry {path:?}: {status}"
        );
        let (status, _) = call(
            &server,
            "deleteFile",
            json!({ "branch": "main", "path": path, "options": { "commitMessage": "x" } }),
        );
        assert!(
            status == 400 || path.starts_with("static/"),
            "deleteFile {path:?}: {status}"
        );
        let asset = json!({ "path": path, "content": base64(&common::small_jpeg(1)), "encoding": "base64" });
        let (status, _) = call(
            &server,
            "persistMedia",
            json!({ "branch": "main", "asset": asset, "options": { "commitMessage": "x" } }),
        );
        assert_eq!(status, 400, "persistMedia {path:?}");
    }
    // A news item may not carry a photo outside the site either.
    let asset = json!([{ "path": "../foto.jpg", "content": base64(&common::small_jpeg(1)), "encoding": "base64" }]);
    let (status, _) = call(
        &server,
        "persistEntry",
        persist(
            "content/news/2026/a.md",
            "---\ntitle: A\ndate: 2026-11-20\n---\n",
            asset,
        ),
    );
    assert_eq!(status, 400);
    // Not a photo, though named like one.
    let fake = json!({ "path": "static/foto.jpg", "content": base64(b"<script>alert(1)</script>"), "encoding": "base64" });
    let (status, _) = call(
        &server,
        "persistMedia",
        json!({ "branch": "main", "asset": fake, "options": { "commitMessage": "x" } }),
    );
    assert_eq!(status, 400);
    assert!(sources(&site) == before, "nothing written");
    assert!(!site.root().parent().unwrap().join("outside.md").exists());
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_site_is_not_followed() {
    let site = small_site();
    let outside = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(outside.path(), site.root().join("content/news/luar")).unwrap();
    let server = start(site.root(), Some("en"));
    let raw = "---\ntitle: Lewat Tautan\ndate: 2026-11-20T09:00:00+07:00\n---\nIsi.\n";
    let (status, answer) = call(
        &server,
        "persistEntry",
        persist("content/news/luar/a.md", raw, json!([])),
    );
    assert_eq!(status, 400, "{answer}");
    assert!(
        answer["error"].as_str().unwrap().contains("link"),
        "{answer}"
    );
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
}

#[test]
fn a_photo_upload_lands_beside_the_record_and_shows_in_the_preview() {
    let site = small_site();
    let server = start(site.root(), Some("en"));
    let jpeg = common::small_jpeg(7);
    let asset = json!({ "path": "content/news/2024/panen.jpg", "content": base64(&jpeg), "encoding": "base64" });
    let (status, media) = call(
        &server,
        "persistMedia",
        json!({ "branch": "main", "asset": asset, "options": { "commitMessage": "Upload" } }),
    );
    assert_eq!(status, 200, "{media}");
    assert_eq!(media["path"], "content/news/2024/panen.jpg");
    assert_eq!(media["name"], "panen.jpg");
    assert_eq!(
        std::fs::read(site.root().join("content/news/2024/panen.jpg")).unwrap(),
        jpeg
    );

    // A news item and its photo in one save, the photo beside it.
    let photo = common::small_jpeg(9);
    let assets = json!([{ "path": "content/news/2026/sawah.jpg", "content": base64(&photo), "encoding": "base64" }]);
    let raw = "---\ntitle: Foto Sawah Dari CMS\ndate: 2026-11-20T09:00:00+07:00\nimage:\n  src: sawah.jpg\n  alt: Sawah hijau\n---\nIsi.\n";
    let (status, answer) = call(
        &server,
        "persistEntry",
        persist("content/news/2026/sawah.md", raw, assets),
    );
    assert_eq!(status, 200, "{answer}");
    assert!(
        std::fs::read(site.root().join("content/news/2026/sawah.jpg")).unwrap() == photo,
        "the photo is written beside the news item"
    );
    let (_, page) = eventually(&server, "/news/sawah/", |s, b| {
        s == 200 && b.contains("Foto Sawah Dari CMS")
    });
    assert!(page.contains("/images/sawah-"), "the photo is on the page");

    // A refused save takes its new photo away again.
    let assets = json!([{ "path": "content/news/2026/lain.jpg", "content": base64(&photo), "encoding": "base64" }]);
    let bad = "---\ntitle: Salah\ndate: 2026-11-20T09:00:00+07:00\nimage:\n  src: lain.jpg\n  alt: Lain\nprograms: [tidak-ada]\n---\n";
    let (status, _) = call(
        &server,
        "persistEntry",
        persist("content/news/2026/lain.md", bad, assets),
    );
    assert_eq!(status, 422);
    assert!(!site.root().join("content/news/2026/lain.jpg").exists());
    assert!(!site.root().join("content/news/2026/lain.md").exists());
    // And puts back a photo it replaced.
    let assets = json!([{ "path": "content/news/2026/sawah.jpg", "content": base64(&jpeg), "encoding": "base64" }]);
    let bad = bad.replace("lain.jpg", "sawah.jpg");
    let (status, _) = call(
        &server,
        "persistEntry",
        persist("content/news/2026/lain.md", &bad, assets),
    );
    assert_eq!(status, 422);
    assert!(
        std::fs::read(site.root().join("content/news/2026/sawah.jpg")).unwrap() == photo,
        "the replaced photo is back"
    );
}

#[test]
fn an_upload_named_like_a_photo_that_a_build_cannot_publish_is_refused() {
    let site = small_site();
    let server = start(site.root(), Some("en"));
    // A GIF, and a text, named `.jpg`: a build stops at either.
    for (name, bytes) in [
        ("animasi.jpg", &b"GIF89a\x01\0\x01\0\0\0\0;"[..]),
        ("catatan.jpg", &b"bukan foto, hanya teks"[..]),
    ] {
        let path = format!("content/news/2024/{name}");
        let asset = json!({ "path": path, "content": base64(bytes), "encoding": "base64" });
        let (status, answer) = call(
            &server,
            "persistMedia",
            json!({ "branch": "main", "asset": asset, "options": { "commitMessage": "Upload" } }),
        );
        assert_eq!(status, 400, "{name}: {answer}");
        assert!(!site.root().join(&path).exists(), "{name} is not written");
    }
}

#[test]
fn requests_from_another_page_or_not_json_are_refused() {
    let site = small_site();
    let server = start(site.root(), Some("en"));
    let before = sources(&site);
    let body = json!({ "action": "persistEntry", "params": persist("content/news/2026/x.md", "---\ntitle: X\ndate: 2026-11-20\n---\n", json!([])) }).to_string();
    for (origin, content_type, want) in [
        // Another site, another local server, a sandboxed frame.
        ("Origin: http://evil.example\r\n", "application/json", 403),
        ("Origin: http://localhost:9\r\n", "application/json", 403),
        ("Origin: null\r\n", "application/json", 403),
        // What a plain HTML form can send without asking.
        ("", "text/plain", 415),
        ("", "application/x-www-form-urlencoded", 415),
    ] {
        let headers = format!(
            "Host: {}\r\n{origin}Content-Type: {content_type}\r\n",
            server.addr
        );
        let (status, text) = raw(&server, "POST", "/admin/api/v1", &headers, &body);
        assert_eq!(status, want, "{origin} {content_type}: {text}");
    }
    let headers = "Host: evil.example\r\nContent-Type: application/json\r\n";
    assert_eq!(raw(&server, "POST", "/admin/api/v1", headers, &body).0, 403);
    assert!(sources(&site) == before, "nothing written");
}

#[test]
fn an_error_already_in_another_file_does_not_block_a_save() {
    let site = small_site();
    site.write(
        "content/pages/rusak.md",
        "---\ntitle: Rusak\nstrat: 1\n---\nIsi.\n",
    );
    let server = start(site.root(), Some("en"));
    let raw = "---\ntitle: Tetap Bisa Disimpan\ndate: 2026-11-20T09:00:00+07:00\n---\nIsi.\n";
    let (status, answer) = call(
        &server,
        "persistEntry",
        persist("content/news/2026/tetap.md", raw, json!([])),
    );
    assert_eq!(status, 200, "{answer}");
    // A save with an error of its own is still refused, naming only that one.
    let (status, answer) = call(
        &server,
        "persistEntry",
        persist("content/programs/mundur-2027.yaml", BACKWARDS, json!([])),
    );
    assert_eq!(status, 422, "{answer}");
    let error = answer["error"].as_str().unwrap();
    assert!(error.contains("mundur-2027.yaml:3:6"), "{error}");
    assert!(!error.contains("rusak.md"), "{error}");
    // A news item naming a program saved a moment ago is checked against it,
    // before the preview has rebuilt.
    let program =
        "title: Program Baru\nstart: 2027-03-10\nend: 2027-03-12\norganizers: [dinas-a]\n";
    let news = "---\ntitle: Tentang Program Baru\ndate: 2026-11-20T09:00:00+07:00\nprograms: [baru-2027]\n---\nIsi.\n";
    assert_eq!(
        call(
            &server,
            "persistEntry",
            persist("content/programs/baru-2027.yaml", program, json!([]))
        )
        .0,
        200
    );
    let (status, answer) = call(
        &server,
        "persistEntry",
        persist("content/news/2026/baru.md", news, json!([])),
    );
    assert_eq!(status, 200, "{answer}");
}

#[test]
fn a_photo_still_named_by_a_record_is_not_deleted() {
    let site = small_site();
    site.photo("content/news/2024/dipakai.jpg")
        .photo("static/lepas.jpg")
        .write(
            "content/news/2024/foto.md",
            "---\ntitle: Berfoto\ndate: 2024-06-25T10:00:00+07:00\nimage:\n  src: dipakai.jpg\n  alt: Peserta\n---\nIsi.\n",
        );
    let server = start(site.root(), Some("en"));
    let delete = |path: &str| {
        call(
            &server,
            "deleteFile",
            json!({ "branch": "main", "path": path, "options": { "commitMessage": "Delete" } }),
        )
    };
    let (status, answer) = delete("content/news/2024/dipakai.jpg");
    assert_eq!(status, 422, "{answer}");
    let error = answer["error"].as_str().unwrap();
    assert!(
        error.contains("content/news/2024/foto.md:5:") && error.contains("still used here"),
        "{error}"
    );
    assert!(site.root().join("content/news/2024/dipakai.jpg").exists());
    let (status, answer) = delete("static/lepas.jpg");
    assert_eq!(status, 200, "{answer}");
    assert!(!site.root().join("static/lepas.jpg").exists());
}
