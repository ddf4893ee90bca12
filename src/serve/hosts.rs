//! Which host names the preview answers for: the guard against DNS
//! rebinding.
//!
//! A page on any web site can have its own name resolve to 127.0.0.1 a moment
//! after it loads, and then read the preview, drafts included, as if it were
//! its own origin. The browser still sends that name in `Host`, so the server
//! answers only names that cannot be someone else's: an IP address (no DNS
//! involved), `localhost` and `*.localhost` (browsers resolve those to the
//! loopback address themselves), and the names the user allows with
//! `--allow-host`. Vite and webpack-dev-server allow the same by default.
//!
//! The port is not compared: an `ssh -L` tunnel or a proxy changes it, and no
//! name that passes can be an attacker's anyway. Whatever address the server
//! is bound to, the rule is the same, so `--bind 0.0.0.0` works from a phone
//! by the computer's IP address, and by its name once that is allowed.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

/// The answer to a request for any other host.
const REFUSED: &str = "403 Forbidden: warta serve answers only requests for its own address \
(an IP address such as 127.0.0.1, or localhost); this request names another host.\n\
help: to open the preview under another name, start it with `warta serve --allow-host NAME`.\n";

/// The host names the preview answers for besides IP addresses and
/// `localhost`.
#[derive(Clone, Default)]
pub struct AllowedHosts {
    names: Arc<[String]>,
}

impl AllowedHosts {
    /// `names` as given to `--allow-host`; a port on them is ignored.
    pub fn new(names: &[String]) -> AllowedHosts {
        AllowedHosts {
            names: names.iter().filter_map(|n| host_name(n)).collect(),
        }
    }

    /// Whether `authority` (`host` or `host:port`, as in a `Host` header)
    /// names this server.
    pub fn allows(&self, authority: &str) -> bool {
        let Some(host) = host_name(authority) else {
            return false;
        };
        is_ip_literal(&host)
            || host == "localhost"
            || host.ends_with(".localhost")
            || self.names.contains(&host)
    }

    /// Whether an `Origin` header names this server: `http(s)://` and an
    /// allowed host. `null` (a sandboxed frame, a file) is not.
    fn allows_origin(&self, origin: &str) -> bool {
        let authority = origin
            .strip_prefix("http://")
            .or_else(|| origin.strip_prefix("https://"));
        authority.is_some_and(|a| !a.contains('/') && self.allows(a))
    }
}

/// The host of `host[:port]` in lower case without a final dot, brackets
/// kept around an IPv6 address. `None` when it is not a plain host.
fn host_name(authority: &str) -> Option<String> {
    let host = if authority.starts_with('[') {
        let end = authority.find(']')?;
        let rest = &authority[end + 1..];
        if !(rest.is_empty() || rest.starts_with(':')) {
            return None;
        }
        &authority[..=end]
    } else {
        authority.split(':').next().unwrap_or("")
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let plain = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._[]:".contains(&b));
    plain.then_some(host)
}

/// `127.0.0.1`, `[::1]`: an address, which no DNS answer can change.
fn is_ip_literal(host: &str) -> bool {
    match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(v6) => v6.parse::<Ipv6Addr>().is_ok(),
        None => host.parse::<Ipv4Addr>().is_ok(),
    }
}

/// Whether the request names this server: exactly one `Host` header, an
/// allowed one; the same for the authority of an absolute request target
/// and for `Origin`, where present.
fn names_this_server(allowed: &AllowedHosts, request: &Request) -> bool {
    let mut hosts = request.headers().get_all(header::HOST).iter();
    let host_ok = match (hosts.next(), hosts.next()) {
        (Some(host), None) => host.to_str().is_ok_and(|h| allowed.allows(h)),
        _ => false,
    };
    let target_ok = request
        .uri()
        .authority()
        .is_none_or(|a| allowed.allows(a.as_str()));
    let origin_ok = request
        .headers()
        .get_all(header::ORIGIN)
        .iter()
        .all(|o| o.to_str().is_ok_and(|o| allowed.allows_origin(o)));
    host_ok && target_ok && origin_ok
}

/// Middleware for every route: answers 403 to requests for other hosts.
pub async fn refuse_other_hosts(
    State(allowed): State<AllowedHosts>,
    request: Request,
    next: Next,
) -> Response {
    if names_this_server(&allowed, &request) {
        return next.run(request).await;
    }
    let mut r = Response::new(Body::from(REFUSED));
    *r.status_mut() = StatusCode::FORBIDDEN;
    let headers = r.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_localhost_pass_other_names_do_not() {
        let allowed = AllowedHosts::new(&["Laptop-Humas.local:8080".to_string()]);
        for ok in [
            "127.0.0.1:1111",
            "127.0.0.1",
            "192.168.1.20:1111",
            "[::1]:1111",
            "[::1]",
            "localhost:1111",
            "LOCALHOST.",
            "app.localhost:1111",
            "laptop-humas.local:1111",
        ] {
            assert!(allowed.allows(ok), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example:1111",
            "127.0.0.1.evil.example",
            "evillocalhost",
            "[::1]evil",
            "[evil]",
            "",
            ":1111",
            "a b",
            "user@127.0.0.1",
        ] {
            assert!(!allowed.allows(bad), "{bad}");
        }
    }

    #[test]
    fn origins_must_name_an_allowed_host() {
        let allowed = AllowedHosts::default();
        assert!(allowed.allows_origin("http://127.0.0.1:1111"));
        assert!(allowed.allows_origin("http://localhost:1111"));
        assert!(!allowed.allows_origin("http://evil.example"));
        assert!(!allowed.allows_origin("null"));
        assert!(!allowed.allows_origin("file://"));
        assert!(!allowed.allows_origin("http://127.0.0.1:1111/x"));
    }
}
