//! warta's own local backend for Decap CMS: `POST /admin/api/v1`, the
//! protocol of the npm package decap-server, so that the editing forms at
//! `/admin/` read and write the site with no other program running.
//!
//! It writes only inside `content/` and `static/` ([`site_path`]), only
//! what would still build ([`save`]), and answers only a page of this very
//! server: besides the host check every route has, a request must come
//! from this server's own origin and be JSON, which a form or a page on
//! another site cannot send without the browser asking first (and this
//! server never says yes).

mod actions;
mod files;
mod protocol;
mod save;
mod site_path;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, post};

use super::Preview;
use super::http::AppState;
use crate::msg;
use protocol::{Refusal, Request};

/// Where the CMS's configuration points its local backend.
pub const PATH: &str = "/admin/api/v1";

/// The largest request: a photo at the size limit of a build's reads, as
/// base64 (a third larger), and the rest of the request.
const MAX_REQUEST_BYTES: usize = (crate::load::MAX_FILE_BYTES as usize) / 3 * 4 + 1024 * 1024;

/// The site the backend edits, and the preview's loaded site, which every
/// save is checked against and which makes saves one at a time.
#[derive(Clone)]
pub struct Backend {
    root: Arc<Path>,
    preview: Arc<Mutex<Preview>>,
}

impl Backend {
    pub fn new(root: &Path, preview: Arc<Mutex<Preview>>) -> Backend {
        Backend {
            root: root.into(),
            preview,
        }
    }
}

/// The route, for [`super::http::router`].
pub fn route() -> MethodRouter<AppState> {
    post(handle).layer(DefaultBodyLimit::max(MAX_REQUEST_BYTES))
}

async fn handle(
    State(state): State<AppState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let language = state
        .served
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .language;
    let backend = state.cms_api.clone();
    let peer = peer.map(|Extension(ConnectInfo(addr))| addr);
    let answer = match from_this_computer(peer).and_then(|()| from_this_page(&headers)) {
        Err(refusal) => Err(refusal),
        Ok(()) => match serde_json::from_slice::<Request>(&body) {
            Err(e) => {
                let detail = e.to_string();
                Err(Refusal::bad(msg!(CMS_BAD_REQUEST, detail = detail)))
            }
            Ok(request) => tokio::task::spawn_blocking(move || {
                actions::answer(&backend.root, &backend.preview, request, language)
            })
            .await
            .unwrap_or_else(|_| Err(Refusal::failed(msg!(CMS_FAILED)))),
        },
    };
    match answer {
        Ok(value) => json(StatusCode::OK, &value),
        Err(refusal) => json(refusal.status, &refusal.body(language)),
    }
}

/// Refuses a request from another computer: with `--bind 0.0.0.0` the
/// network may look at the preview, but only this computer may write
/// through it. An unknown peer is refused too.
fn from_this_computer(peer: Option<SocketAddr>) -> Result<(), Refusal> {
    if peer.is_some_and(|p| p.ip().to_canonical().is_loopback()) {
        return Ok(());
    }
    Err(Refusal {
        status: StatusCode::FORBIDDEN,
        message: protocol::Refused::Text(msg!(CMS_NOT_THIS_COMPUTER)),
    })
}

/// Refuses a request not sent by a page of this server: an `Origin` other
/// than `http://` and the request's own `Host`, or a body not declared JSON.
fn from_this_page(headers: &HeaderMap) -> Result<(), Refusal> {
    let text = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    if let Some(origin) = text(header::ORIGIN) {
        let own = text(header::HOST).map(|host| format!("http://{host}"));
        if !own.is_some_and(|own| own.eq_ignore_ascii_case(origin)) {
            return Err(Refusal {
                status: StatusCode::FORBIDDEN,
                message: protocol::Refused::Text(msg!(CMS_OTHER_ORIGIN, origin = origin)),
            });
        }
    }
    let json = text(header::CONTENT_TYPE).is_some_and(|t| {
        t.split(';')
            .next()
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
    });
    if !json {
        return Err(Refusal {
            status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
            message: protocol::Refused::Text(msg!(CMS_NOT_JSON)),
        });
    }
    Ok(())
}

fn json(status: StatusCode, value: &serde_json::Value) -> Response {
    let mut r = (status, value.to_string()).into_response();
    let headers = r.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_computer_may_write() {
        for ok in [
            "127.0.0.1:1",
            "127.0.0.2:1",
            "[::1]:1",
            "[::ffff:127.0.0.1]:1",
        ] {
            assert!(
                from_this_computer(Some(ok.parse().unwrap())).is_ok(),
                "{ok}"
            );
        }
        for bad in [
            "192.168.1.20:1",
            "10.0.0.2:1",
            "[fd00::2]:1",
            "[::ffff:192.168.1.2]:1",
        ] {
            assert!(
                from_this_computer(Some(bad.parse().unwrap())).is_err(),
                "{bad}"
            );
        }
        assert!(from_this_computer(None).is_err(), "unknown peer");
    }
}
