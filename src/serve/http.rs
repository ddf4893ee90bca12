//! The preview's HTTP side: pages from memory, static files from their
//! sources, Server-Sent Events for reloads.
//!
//! Requests are looked up in the built site's list of files, never joined to
//! a folder on disk, so no path (`..`, `%2e%2e`, `%2f`, absolute) can reach a
//! file outside the site. Only requests for the server's own host names are
//! answered ([`hosts`](super::hosts)).

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::middleware;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use crate::load::StaticFile;

use super::hosts::{self, AllowedHosts};
use super::{disk, overlay};

/// What the server serves now.
#[derive(Default)]
pub struct Served {
    pub pages: HashMap<String, Arc<[u8]>>,
    pub statics: HashMap<String, StaticFile>,
    /// The site-wide outputs (feed, calendars, ...), made after the pages.
    pub later: Option<crate::output::Later>,
    /// What every page gets besides the reload script: the overlay while
    /// the sources have errors, else the warnings banner, if any.
    pub overlay: Option<String>,
    /// Whether any build has succeeded yet.
    pub built: bool,
    /// The fingerprint of the served build's paths and the number of its
    /// render (`pipeline::Fresh`).
    pub render: Option<(u64, u64)>,
    /// The editor's language, for the page shown before any build succeeded.
    pub language: crate::i18n::Language,
}

#[derive(Clone)]
pub struct AppState {
    pub served: Arc<RwLock<Served>>,
    pub reloads: broadcast::Sender<u64>,
    pub cms_api: super::cms_api::Backend,
}

/// Every route, the reload stream included, answers only for `hosts`.
pub fn router(state: AppState, hosts: AllowedHosts) -> Router {
    Router::new()
        .route(overlay::EVENTS_PATH, get(events))
        .route(super::cms_api::PATH, super::cms_api::route())
        .merge(super::admin::routes())
        .fallback(get(page))
        .with_state(state)
        .layer(middleware::from_fn_with_state(
            hosts,
            hosts::refuse_other_hosts,
        ))
}

async fn events(State(state): State<AppState>) -> impl IntoResponse {
    let stream = BroadcastStream::new(state.reloads.subscribe())
        .filter_map(|n| n.ok())
        .map(|n| Ok::<Event, std::convert::Infallible>(Event::default().data(n.to_string())));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// The key of a request path in the served site: `/news/` -> `news/`.
/// `None` for anything that tries to leave the site.
pub fn site_key(path: &str) -> Option<String> {
    let decoded = crate::escape::url_decode(path)?;
    if decoded.contains(['\0', '\\']) {
        return None;
    }
    let segments: Vec<&str> = decoded.split('/').collect();
    if segments.iter().any(|s| *s == ".." || *s == ".") {
        return None;
    }
    let trailing = decoded.ends_with('/');
    let mut key = segments
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join("/");
    if trailing && !key.is_empty() {
        key.push('/');
    }
    Some(key)
}

/// A redirect to the folder `key` (a [`site_key`]), the request's `query`
/// kept. The one way this server makes a `Location`: always a path on this
/// server, since a key has no empty segment and no backslash, and so the
/// Location never starts with `//` or `/\`, which a browser reads as another
/// host (`//news` -> `/news/`, not `//news/`).
pub(super) fn redirect_to_folder(key: &str, query: Option<&str>) -> Response {
    let path = format!("/{}/", crate::escape::url_path(key.trim_matches('/')));
    let with_query = query.map(|q| format!("{path}?{q}"));
    let location = with_query
        .and_then(|l| HeaderValue::from_str(&l).ok())
        .or_else(|| HeaderValue::from_str(&path).ok());
    let mut r = Response::new(Body::empty());
    *r.status_mut() = StatusCode::MOVED_PERMANENTLY;
    if let Some(location) = location {
        r.headers_mut().insert(header::LOCATION, location);
    }
    r
}

/// The content type of a file by its name's extension (the served site's
/// files and the CMS's vendored ones).
pub(super) fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

fn respond(status: StatusCode, path: &str, bytes: Vec<u8>) -> Response {
    with_headers(status, path, Body::from(bytes))
}

fn with_headers(status: StatusCode, path: &str, body: Body) -> Response {
    let mut r = Response::new(body);
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(path)),
    );
    // A preview must never show yesterday's page from the browser's cache.
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn html(status: StatusCode, bytes: &[u8], overlay: Option<&str>) -> Response {
    respond(status, "x.html", overlay::inject(bytes, overlay))
}

async fn page(State(state): State<AppState>, uri: Uri) -> Response {
    // Static files are read from disk outside the lock.
    let static_source = {
        let served = state.served.read().unwrap_or_else(|e| e.into_inner());
        let overlay = served.overlay.as_deref();
        if !served.built {
            let page = overlay::error_page(overlay.unwrap_or(""), served.language);
            return respond(
                StatusCode::SERVICE_UNAVAILABLE,
                "x.html",
                overlay::inject(page.as_bytes(), None),
            );
        }
        let Some(key) = site_key(uri.path()) else {
            return not_found(&served);
        };
        let file = if key.is_empty() || key.ends_with('/') {
            format!("{key}index.html")
        } else {
            key.clone()
        };
        if let Some(bytes) = served.pages.get(&file) {
            return if file.ends_with(".html") {
                html(StatusCode::OK, bytes, overlay)
            } else {
                respond(StatusCode::OK, &file, bytes.to_vec())
            };
        }
        if served.pages.contains_key(&format!("{key}/index.html")) {
            return redirect_to_folder(&key, uri.query());
        }
        match (served.statics.get(&file), &served.later) {
            (Some(StaticFile::Embedded { bytes, .. }), _) => {
                return respond(StatusCode::OK, &file, bytes.to_vec());
            }
            (Some(StaticFile::Disk { source, .. } | StaticFile::Processed { source, .. }), _) => {
                Ok((file, source.clone()))
            }
            (None, Some(later)) => Err((later.clone(), file)),
            (None, None) => return not_found(&served),
        }
    };
    let (file, source) = match static_source {
        Ok(found) => found,
        Err((later, file)) => return later_output(&state, later, file).await,
    };
    if file.starts_with("images/") {
        disk::wait_for_photo(&source).await;
    }
    match disk::body(source).await {
        Some((body, length)) => {
            let mut r = with_headers(StatusCode::OK, &file, body);
            r.headers_mut()
                .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
            r
        }
        None => {
            let served = state.served.read().unwrap_or_else(|e| e.into_inner());
            not_found(&served)
        }
    }
}

/// One of the outputs made after the pages, once it is made (a static file
/// of the same path would have stopped the build: none is shadowed).
async fn later_output(state: &AppState, later: crate::output::Later, file: String) -> Response {
    let found = tokio::task::spawn_blocking(move || {
        later.wait(|made| made.get(&file).map(|f| (file.clone(), f.bytes.clone())))
    })
    .await
    .ok()
    .flatten();
    match found {
        Some((file, bytes)) => respond(StatusCode::OK, &file, bytes.to_vec()),
        None => {
            let served = state.served.read().unwrap_or_else(|e| e.into_inner());
            not_found(&served)
        }
    }
}

/// The site's own 404 page, with status 404.
fn not_found(served: &Served) -> Response {
    match served.pages.get(crate::render::urls::NOT_FOUND) {
        Some(bytes) => html(StatusCode::NOT_FOUND, bytes, served.overlay.as_deref()),
        None => respond(StatusCode::NOT_FOUND, "x.txt", b"404 Not Found\n".to_vec()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_never_leave_the_site() {
        assert_eq!(site_key("/").as_deref(), Some(""));
        assert_eq!(site_key("/news/").as_deref(), Some("news/"));
        assert_eq!(site_key("/style.css").as_deref(), Some("style.css"));
        assert_eq!(site_key("/caf%C3%A9/").as_deref(), Some("café/"));
        assert_eq!(site_key("//etc/passwd").as_deref(), Some("etc/passwd"));
        for bad in [
            "/../x",
            "/%2e%2e/x",
            "/a/%2E%2E/%2E%2E/x",
            "/..%2fx",
            "/a%5c..%5cx",
            "/%00",
            "/%zz",
            "/./x",
        ] {
            assert_eq!(site_key(bad), None, "{bad}");
        }
    }

    #[test]
    fn folder_redirects_stay_on_this_server() {
        let location = |path: &str, query| {
            let key = site_key(path).unwrap();
            let r = redirect_to_folder(&key, query);
            r.headers()[header::LOCATION].to_str().unwrap().to_string()
        };
        assert_eq!(location("/news", None), "/news/");
        assert_eq!(location("//news", None), "/news/");
        assert_eq!(location("///a//b", Some("x=1&y=%20")), "/a/b/?x=1&y=%20");
        assert_eq!(location("/caf%C3%A9", None), "/caf%C3%A9/");
        assert_eq!(location("/%2F%2Fevil.example", None), "/evil.example/");
        assert_eq!(location("/a%20b%3F%23", None), "/a%20b%3F%23/");
    }
}
