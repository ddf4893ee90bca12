//! `warta serve`: a real server on a free port, edited while it runs.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::small_site;

/// Stops the server even when an assertion fails.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(root: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(["serve", "--port", "0", "--root"])
        .arg(root)
        .env("SOURCE_DATE_EPOCH", common::NOW)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start warta serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .nth(1)
        .unwrap_or_else(|| panic!("no URL in {line:?}"));
    let addr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    assert!(
        addr.starts_with("127.0.0.1:"),
        "loopback by default: {addr}"
    );
    Server { child, addr }
}

/// A raw HTTP/1.1 GET, so that paths reach the server exactly as written.
fn get(server: &Server, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.addr
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map_or(String::new(), |(_, b)| b.to_string());
    (status, body)
}

/// Asks until `want` holds: the rebuild runs after the watcher's debounce,
/// so the first answers may still be the old page. Bounded, not timed.
fn eventually(server: &Server, path: &str, want: impl Fn(u16, &str) -> bool) -> (u16, String) {
    let mut last = (0, String::new());
    for _ in 0..200 {
        last = get(server, path);
        if want(last.0, &last.1) {
            return last;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "{path} never became as expected; last answer {}:\n{}",
        last.0, last.1
    );
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
