//! `warta serve`: a real server on a free port, edited while it runs.

mod common;

use std::process::Command;

use common::server::{self, Server, eventually, get, request};
use common::small_site;

fn start(root: &std::path::Path) -> Server {
    server::start(root, Some("en"))
}

/// [`start`] with the editor's language `lang`.
fn start_in(root: &std::path::Path, lang: &str) -> Server {
    server::start(root, Some(lang))
}

#[test]
fn edits_show_up_errors_overlay_and_the_server_recovers() {
    let site = small_site();
    let server = start(site.root());
    let (status, home) = get(&server, "/");
    assert_eq!(status, 200);
    assert!(home.contains("Pelatihan Uji"));
    assert!(
        home.contains("new EventSource(\"/__warta/reload\")"),
        "live reload script injected"
    );
    assert!(
        home.contains(&format!("http://{}/", server.addr)),
        "links made for the local address"
    );

    let news = "content/news/2024/2024-06-24-pembukaan-keripik.md";
    // A new title and body, and no page comes or goes: the preview serves
    // the pages it made anew beside the ones it kept.
    let text = std::fs::read_to_string(site.root().join(news)).unwrap();
    site.write(
        news,
        &text
            .replace("title: Pelatihan Keripik Dibuka", "title: Dibuka Hari Ini")
            .replace("Teks.", "Teks yang disunting."),
    );
    eventually(&server, "/news/pembukaan-keripik/", |s, b| {
        s == 200 && b.contains("Dibuka Hari Ini") && b.contains("Teks yang disunting.")
    });
    eventually(&server, "/news/", |_, b| b.contains("Dibuka Hari Ini"));
    eventually(&server, "/programs/keripik-2024/", |_, b| {
        b.contains("Dibuka Hari Ini")
    });
    let (_, tentang) = get(&server, "/tentang/");
    assert!(
        tentang.contains("Portal pelatihan."),
        "the pages kept are served still"
    );
    // Undone: the pages are as they were before, which the preview keeps
    // and takes again instead of making them; they are served again too.
    site.write(news, &text);
    eventually(&server, "/news/pembukaan-keripik/", |s, b| {
        s == 200 && b.contains("Pelatihan Keripik Dibuka") && !b.contains("Dibuka Hari Ini")
    });
    eventually(&server, "/news/", |_, b| {
        b.contains("Pelatihan Keripik Dibuka") && !b.contains("Dibuka Hari Ini")
    });
    // A page made while another file had an error is served once the error
    // is mended, though the build that made it served nothing.
    let tentang = "content/pages/tentang.md";
    let about = std::fs::read_to_string(site.root().join(tentang)).unwrap();
    site.write(tentang, &format!("{about}\n[Rusak](/tidak-ada/)\n"));
    eventually(&server, "/", |_, b| b.contains("warta-errors"));
    site.write(
        news,
        &text.replace(
            "title: Pelatihan Keripik Dibuka",
            "title: Dibuka Saat Rusak",
        ),
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    site.write(tentang, &about);
    eventually(&server, "/news/pembukaan-keripik/", |s, b| {
        s == 200 && b.contains("Dibuka Saat Rusak") && !b.contains("warta-errors")
    });

    site.write(
        news,
        "---\ntitle: Judul Baru Hasil Suntingan\ndate: 2024-06-24T10:00:00+07:00\n---\nIsi baru.\n",
    );
    eventually(&server, "/news/pembukaan-keripik/", |s, b| {
        s == 200 && b.contains("Judul Baru Hasil Suntingan")
    });
    eventually(&server, "/news/", |_, b| {
        b.contains("Judul Baru Hasil Suntingan")
    });

    site.write(
        "content/programs/keripik-2024.yaml",
        "title: Rusak\nstrat: 2024-06-24\norganizers: [dinas-a]\n",
    );
    let (status, page) = eventually(&server, "/", |_, b| b.contains("warta-errors"));
    assert_eq!(status, 200, "the last good build is still served");
    assert!(
        page.contains("unknown key `strat`"),
        "the error is in the page"
    );
    assert!(
        page.contains("content/programs/keripik-2024.yaml:2:1"),
        "with its place"
    );
    assert!(page.contains("did you mean `start`?"), "and its hint");
    assert_eq!(
        get(&server, "/programs/batik-2027/").0,
        200,
        "the server is still up"
    );

    site.write(
        "content/programs/keripik-2024.yaml",
        "title: Pulih Kembali\nstart: 2024-06-24\norganizers: [dinas-a]\n",
    );
    eventually(&server, "/programs/keripik-2024/", |s, b| {
        s == 200 && b.contains("Pulih Kembali") && !b.contains("warta-errors")
    });

    // Editors like vim and VS Code save through a temporary file and a rename.
    let page = site.root().join("content/pages/tentang.md");
    let scratch = site.root().join("content/pages/tentang.md.tmp");
    std::fs::write(
        &scratch,
        "---\ntitle: Disimpan Lewat Ganti Nama\n---\nIsi.\n",
    )
    .unwrap();
    std::fs::rename(&scratch, &page).unwrap();
    eventually(&server, "/tentang/", |s, b| {
        s == 200 && b.contains("Disimpan Lewat Ganti Nama")
    });

    site.write("static/berkas/panduan.txt", "panduan baru");
    eventually(&server, "/berkas/panduan.txt", |s, b| {
        s == 200 && b == "panduan baru"
    });
    site.remove("content/pages/tentang.md");
    eventually(&server, "/tentang/", |s, _| s == 404);
}

#[test]
fn nothing_outside_the_site_is_served() {
    let site = small_site();
    site.write("static/ok.txt", "boleh");
    let server = start(site.root());
    assert_eq!(get(&server, "/ok.txt"), (200, "boleh".to_string()));
    for path in [
        "/../warta.yaml",
        "/%2e%2e/warta.yaml",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2fwarta.yaml",
        "/%2e%2e%2fwarta.yaml",
        "/static/..%2f..%2fwarta.yaml",
        "//etc/passwd",
        "/%2Fetc%2Fpasswd",
        "/..\\warta.yaml",
        "/warta.yaml",
        "/content/programs/keripik-2024.yaml",
        "/static/ok.txt/../../warta.yaml",
    ] {
        let (status, body) = get(&server, path);
        assert!(status == 404 || status == 400, "{path}: status {status}");
        assert!(
            !body.contains("Pelatihan Uji\nbase_url") && !body.contains("root:"),
            "{path} leaked a file"
        );
    }
    let (status, body) = get(&server, "/tidak-ada/");
    assert_eq!(status, 404);
    assert!(body.contains("<main"), "the site's own 404 page");
}

/// The Location of a redirect to `path`: it must be a path on this server.
fn redirect_of(server: &Server, path: &str) -> String {
    let answer = request(server, path, &format!("Host: {}\r\n", server.addr));
    assert_eq!(answer.status, 301, "{path}: {}", answer.head);
    answer
        .header("Location")
        .unwrap_or_else(|| panic!("{path}: a redirect without Location"))
        .to_string()
}

#[test]
fn redirects_stay_on_this_server_and_keep_the_query() {
    let site = small_site();
    let server = start(site.root());
    assert_eq!(redirect_of(&server, "/news"), "/news/");
    // A browser reads `//news/` as the host `news`.
    for path in ["//news", "///news", "//news?x=1", "/%2F%2Fnews"] {
        let location = redirect_of(&server, path);
        assert!(
            location.starts_with('/') && !location.starts_with("//"),
            "{path} -> {location}: not a path on this server"
        );
    }
    // And `/\\news/` too: a backslash is no part of any page's address.
    let answer = request(&server, "/\\news", &format!("Host: {}\r\n", server.addr));
    assert_eq!(answer.status, 404, "{}", answer.head);
    assert_eq!(redirect_of(&server, "//news"), "/news/");
    assert_eq!(redirect_of(&server, "/news?x=1"), "/news/?x=1");
    assert_eq!(redirect_of(&server, "//news?x=1&y=%20"), "/news/?x=1&y=%20");
    assert_eq!(
        redirect_of(&server, "/programs//batik-2027"),
        "/programs/batik-2027/"
    );
}

#[test]
fn only_the_servers_own_host_names_are_answered() {
    let site = small_site();
    let server = start(site.root());
    let port = server.addr.rsplit(':').next().unwrap();
    for host in [
        server.addr.clone(),
        format!("localhost:{port}"),
        "LocalHost".to_string(),
    ] {
        let answer = request(&server, "/", &format!("Host: {host}\r\n"));
        assert_eq!(answer.status, 200, "Host: {host}");
        assert!(answer.body.contains("Pelatihan Uji"), "Host: {host}");
    }
    // A DNS-rebinding page: its own name, resolving to 127.0.0.1.
    for headers in [
        "Host: evil.example\r\n".to_string(),
        format!("Host: evil.example:{port}\r\n"),
        format!("Host: localhost.evil.example:{port}\r\n"),
        format!("Host: {}\r\nOrigin: http://evil.example\r\n", server.addr),
        String::new(),
    ] {
        for path in ["/", "/news/", "/style.css", "/__warta/reload", "/news"] {
            let answer = request(&server, path, &headers);
            assert_eq!(
                answer.status, 403,
                "{path} with {headers:?}: {}",
                answer.head
            );
            assert!(
                !answer.body.contains("Pelatihan Uji"),
                "{path} with {headers:?} leaked the site"
            );
            assert!(
                answer.body.contains("--allow-host"),
                "the refusal says what to do"
            );
        }
    }
    let answer = request(
        &server,
        "/",
        &format!(
            "Host: {}\r\nOrigin: http://{}\r\n",
            server.addr, server.addr
        ),
    );
    assert_eq!(answer.status, 200, "the preview's own origin");
}

/// A static file swapped for a FIFO (a named pipe) must not hang the server:
/// opening a FIFO waits for a writer that never comes.
#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_a_static_file_does_not_hang_the_server() {
    let site = small_site();
    // `.tmp`: the watcher ignores such names, so no rebuild drops the FIFO
    // before the request, as when a request comes between the swap and the
    // rebuild.
    site.write("static/berkas/data.tmp", "isi");
    let server = start(site.root());
    assert_eq!(get(&server, "/berkas/data.tmp"), (200, "isi".to_string()));
    site.remove("static/berkas/data.tmp");
    let status = Command::new("mkfifo")
        .arg(site.root().join("static/berkas/data.tmp"))
        .status()
        .expect("run mkfifo");
    assert!(status.success());
    for _ in 0..3 {
        let (status, body) = get(&server, "/berkas/data.tmp");
        assert_eq!(status, 404, "a FIFO is not served: {body}");
    }
    let (status, home) = get(&server, "/");
    assert_eq!(status, 200);
    assert!(home.contains("Pelatihan Uji"), "the server still answers");
}

/// A broken link and a missing image are errors in the preview too: the
/// overlay shows them at their place (issue 16), and fixing them clears it.
#[test]
fn a_broken_link_and_a_missing_image_show_in_the_overlay() {
    let site = small_site();
    let server = start(site.root());
    site.write(
        "content/news/rusak.md",
        "---\ntitle: Rusak\ndate: 2024-01-01\n---\nLihat [program](/programs/keripik-2025/).\n\n![Bagan peserta](/images/tidak-ada.svg)\n",
    );
    let (status, page) = eventually(&server, "/", |_, b| b.contains("warta-errors"));
    assert_eq!(status, 200, "the last good build is still served");
    assert!(page.contains("content/news/rusak.md:5:7"), "{page}");
    assert!(
        page.contains("leads to a page this site does not have"),
        "{page}"
    );
    assert!(page.contains("content/news/rusak.md:7:1"), "{page}");
    assert!(page.contains("is not in this site"), "{page}");
    site.write("static/images/tidak-ada.svg", "<svg/>");
    site.write(
        "content/news/rusak.md",
        "---\ntitle: Pulih\ndate: 2024-01-01\n---\nLihat [program](/programs/keripik-2024/).\n\n![Bagan peserta](/images/tidak-ada.svg)\n",
    );
    eventually(&server, "/news/rusak/", |s, b| {
        s == 200 && b.contains("Pulih") && !b.contains("warta-errors")
    });
}

/// A photo without its description (issue 17) stops a build, but the
/// preview shows the page with a warning, so the editor sees the photo
/// while writing its `alt`.
#[test]
fn a_photo_without_a_description_is_a_warning_in_the_preview() {
    let site = small_site();
    site.photo("content/programs/pembukaan.jpg")
        .photo("content/news/praktik.jpg");
    let program =
        std::fs::read_to_string(site.root().join("content/programs/keripik-2024.yaml")).unwrap();
    site.write(
        "content/programs/keripik-2024.yaml",
        &format!("{program}image:\n  src: pembukaan.jpg\n"),
    );
    site.write(
        "content/news/foto.md",
        "---\ntitle: Berita Berfoto\ndate: 2024-07-01\n---\nTeks.\n\n![](praktik.jpg)\n",
    );
    let build = site.build();
    assert_eq!(build.code, 1, "an error in a build: {}", build.stderr);
    assert!(
        build
            .stderr
            .contains("error: the photo `pembukaan.jpg` has no description"),
        "{}",
        build.stderr
    );
    assert!(
        build
            .stderr
            .contains("error: an image without a description"),
        "{}",
        build.stderr
    );
    let server = start(site.root());
    let (status, page) = get(&server, "/news/foto/");
    assert_eq!(status, 200, "the page is in the preview");
    assert!(!page.contains("warta-errors"), "no overlay: {page}");
    assert!(page.contains("<div id=\"warta-warnings\""), "{page}");
    assert!(page.contains("content/news/foto.md:7:1"), "{page}");
    assert!(
        page.contains("content/programs/keripik-2024.yaml:"),
        "{page}"
    );
}

#[test]
fn drafts_and_future_news_are_in_the_preview_with_a_draft_banner() {
    let site = small_site();
    site.write(
        "content/news/baru.md",
        "---\ntitle: Berita Baru\ndate: 2025-01-01\ndraft: true\n---\nx\n",
    )
    .write(
        "content/news/besok.md",
        "---\ntitle: Berita Besok\ndate: 2030-01-01\n---\nx\n",
    )
    .write(
        "content/programs/rahasia.yaml",
        "title: Rahasia\nstart: 2025-01-01\norganizers: [dinas-a]\ndraft: true\n",
    );
    let server = start(site.root());
    let (status, page) = get(&server, "/news/baru/");
    assert_eq!(status, 200, "a draft is no 404 in the preview");
    assert!(
        page.contains("<strong class=\"unpublished-mark\"") && page.contains(">Draf</strong>"),
        "{page}"
    );
    let (status, page) = get(&server, "/news/besok/");
    assert_eq!(status, 200, "future news are in the preview");
    assert!(page.contains(">Terjadwal</strong>"), "{page}");
    let (status, page) = get(&server, "/programs/rahasia/");
    assert_eq!(status, 200);
    assert!(page.contains("unpublished-banner"), "{page}");
    let (_, list) = get(&server, "/programs/");
    assert!(
        list.contains("class=\"unpublished-mark\"") && list.contains(">Draf</span> <a href=\""),
        "{list}"
    );
    let (_, page) = get(&server, "/programs/keripik-2024/");
    assert!(
        !page.contains("unpublished-banner"),
        "published pages have none"
    );
}

#[test]
fn warnings_show_in_the_preview_as_a_banner_that_closes() {
    let site = small_site();
    site.write(
        "content/news/lompat.md",
        "---\ntitle: Judul <b>Lompat</b>\ndate: 2024-07-01\n---\nTeks.\n\n#### Terlalu dalam\n",
    );
    let server = start(site.root());
    let (status, page) = get(&server, "/news/lompat/");
    assert_eq!(status, 200, "a warning does not stop the preview");
    assert!(page.contains("<div id=\"warta-warnings\""), "{page}");
    assert!(
        page.contains("content/news/lompat.md:7:1"),
        "the warning's place: {page}"
    );
    assert!(
        page.contains("<button type=\"button\" onclick=\"this.parentNode.remove()\""),
        "a real button closes it"
    );
    assert!(!page.contains("warta-errors"), "no overlay for warnings");
    assert!(page.contains("Terlalu dalam"), "the page is still there");
    site.write(
        "content/news/lompat.md",
        "---\ntitle: Judul Lompat\ndate: 2024-07-01\n---\nTeks.\n\n## Cukup\n",
    );
    eventually(&server, "/news/lompat/", |s, b| {
        s == 200 && b.contains("Cukup") && !b.contains("warta-warnings")
    });
}

#[test]
fn placeholders_are_a_warning_in_the_preview_not_an_error() {
    let site = small_site();
    site.write(
        "content/news/contoh.md",
        "---\ntitle: Contoh Terbit\ndate: 2024-07-01\ndraft: false\n---\nTulis berita di sini.\n",
    );
    assert_eq!(site.build().code, 1, "an error in build");
    let server = start(site.root());
    let (status, page) = get(&server, "/news/contoh/");
    assert_eq!(status, 200, "the page is in the preview");
    assert!(!page.contains("warta-errors"), "no overlay: {page}");
    assert!(
        page.contains("content/news/contoh.md:6:1") && page.contains("Tulis berita di sini."),
        "the banner names it: {page}"
    );
}

// --- the CMS at /admin/ (issue 19) ---

#[test]
fn the_cms_page_its_configuration_and_its_files_are_served() {
    let site = small_site();
    let server = start(site.root());
    let host = format!("Host: {}\r\n", server.addr);

    let page = request(&server, "/admin/", &host);
    assert_eq!(page.status, 200, "{}", page.head);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(
        page.body.contains("<script src=\"decap-cms.js\"></script>"),
        "{}",
        page.body
    );
    assert_eq!(redirect_of(&server, "/admin"), "/admin/");

    // The API at the address the browser used, so it is this server.
    let config = request(&server, "/admin/config.yml", &host);
    assert_eq!(config.status, 200, "{}", config.head);
    assert!(
        config
            .header("content-type")
            .unwrap()
            .starts_with("text/yaml")
    );
    let wanted = format!("proxy_url: \"http://{}/admin/api/v1\"", server.addr);
    assert!(config.body.contains(&wanted), "{}", config.body);
    assert!(
        config.body.contains("folder: \"content/programs\""),
        "{}",
        config.body
    );

    for (name, content_type) in [
        ("decap-cms.js", "text/javascript; charset=utf-8"),
        ("cms.css", "text/css; charset=utf-8"),
        ("decap-cms.js.LICENSE.txt", "text/plain; charset=utf-8"),
    ] {
        let file = request(&server, &format!("/admin/{name}"), &host);
        assert_eq!(file.status, 200, "{name}: {}", file.head);
        assert_eq!(file.header("content-encoding"), Some("gzip"), "{name}");
        assert_eq!(file.header("content-type"), Some(content_type), "{name}");
        let gzipped = warta::cms::script::gzipped(name).unwrap();
        assert_eq!(
            file.header("content-length"),
            Some(gzipped.len().to_string().as_str()),
            "{name}"
        );
    }
    let wasm = warta::cms::script::names()
        .find(|n| n.ends_with(".wasm"))
        .unwrap();
    let file = request(&server, &format!("/admin/{wasm}"), &host);
    assert_eq!(file.header("content-type"), Some("application/wasm"));

    for missing in [
        "/admin/nope.js",
        "/admin/decap-cms.js.gz",
        "/admin/%2e%2e%2fwarta.yaml",
    ] {
        let answer = request(&server, missing, &host);
        assert_eq!(answer.status, 404, "{missing}: {}", answer.head);
    }
    // Another host gets nothing, the CMS included.
    let other = request(&server, "/admin/config.yml", "Host: evil.example\r\n");
    assert_ne!(other.status, 200, "{}", other.head);
}

#[test]
fn the_cms_speaks_indonesian_to_an_indonesian_editor() {
    let site = small_site();
    let server = start_in(site.root(), "id");
    let host = format!("Host: {}\r\n", server.addr);
    let page = request(&server, "/admin/", &host);
    assert!(
        page.body.contains("CMS.registerLocale(\"id\", {"),
        "{}",
        page.body
    );
    assert!(page.body.contains("\"login\":\"Masuk\""), "{}", page.body);
    let config = request(&server, "/admin/config.yml", &host);
    assert!(config.body.contains("locale: \"id\""), "{}", config.body);
    // In English, Decap's own English.
    let server = start(site.root());
    let host = format!("Host: {}\r\n", server.addr);
    let page = request(&server, "/admin/", &host);
    assert!(!page.body.contains("registerLocale"), "{}", page.body);
}
