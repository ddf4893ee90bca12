//! `warta serve` on a free port, and raw HTTP/1.1 requests to it, for the
//! tests of the preview (tests/serve.rs) and of the CMS's local backend
//! (tests/cms_api.rs).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running `warta serve`, stopped even when an assertion fails.
pub struct Server {
    child: Child,
    /// `127.0.0.1:<port>`.
    pub addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `warta serve` of `root` on a free port, speaking `lang` (`None`: the
/// site's own language, as an editor without WARTA_LANG gets).
pub fn start(root: &Path, lang: Option<&str>) -> Server {
    let mut command = Command::new(env!("CARGO_BIN_EXE_warta"));
    command.env_remove("WARTA_LANG");
    if let Some(lang) = lang {
        command.env("WARTA_LANG", lang);
    }
    let mut child = command
        .args(["serve", "--port", "0", "--root"])
        .arg(root)
        .env("SOURCE_DATE_EPOCH", super::NOW)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start warta serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // The line is in the editor's language ("Pratinjau di http://..."):
    // the address is the word that starts with the scheme.
    let addr = line
        .split_whitespace()
        .find(|word| word.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in {line:?}"))
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    assert!(
        addr.starts_with("127.0.0.1:"),
        "loopback by default: {addr}"
    );
    Server { child, addr }
}

/// One answer, as it came over the wire.
pub struct Answer {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Answer {
    /// The value of header `name` (case-insensitive), if present.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// A raw HTTP/1.1 request, so that paths and headers reach the server
/// exactly as written. `headers` are whole lines (`Host: ...\r\n`), the
/// Host included; a `body` is sent with its length.
pub fn send(server: &Server, method: &str, path: &str, headers: &str, body: &str) -> Answer {
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let length = if body.is_empty() {
        String::new()
    } else {
        format!("Content-Length: {}\r\n", body.len())
    };
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\n{headers}{length}Connection: close\r\n\r\n{body}"
    )
    .unwrap();
    let mut response = Vec::new();
    if let Err(e) = stream.read_to_end(&mut response) {
        panic!("{method} {path}: no whole answer in 30 s ({e}); the server hangs");
    }
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .map_or((text.clone(), String::new()), |(h, b)| {
            (h.to_string(), b.to_string())
        });
    Answer { status, head, body }
}

/// A GET with `headers`, see [`send`].
pub fn request(server: &Server, path: &str, headers: &str) -> Answer {
    send(server, "GET", path, headers, "")
}

/// A GET for the server's own address.
pub fn get(server: &Server, path: &str) -> (u16, String) {
    let answer = request(server, path, &format!("Host: {}\r\n", server.addr));
    (answer.status, answer.body)
}

/// Asks until `want` holds: the rebuild runs after the watcher's debounce,
/// so the first answers may still be the old page. Bounded, not timed.
pub fn eventually(server: &Server, path: &str, want: impl Fn(u16, &str) -> bool) -> (u16, String) {
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
