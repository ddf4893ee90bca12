//! The browser CMS in the preview: `/admin/` (the page), `/admin/config.yml`
//! (generated, saving through this server's own API) and Decap's vendored
//! files, sent gzip-compressed as they are carried in the binary. Names are
//! looked up in the vendored table, never joined to a folder.

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::cms::config::{Backend, config_yaml};
use crate::cms::{admin, script};
use crate::model::ConfigRecord;

use super::cms_api;
use super::http::{self, AppState};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin", get(to_folder))
        .route("/admin/", get(index))
        .route("/admin/config.yml", get(config))
        .route("/admin/{name}", get(vendored))
}

fn language(state: &AppState) -> crate::i18n::Language {
    state
        .served
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .language
}

fn answer(content_type: &'static str, body: impl Into<Body>) -> Response {
    let mut r = Response::new(body.into());
    let headers = r.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

/// `/admin` -> `/admin/`, a 301 like the preview's other folders, so the
/// page's relative `decap-cms.js` and `config.yml` resolve inside `/admin/`.
async fn to_folder() -> Response {
    http::redirect_to_folder("admin", None)
}

async fn index(State(state): State<AppState>) -> Response {
    answer(
        "text/html; charset=utf-8",
        admin::index_html(language(&state)),
    )
}

/// The configuration with the API at the address the browser used: the
/// hosts layer has already refused any Host that is not this server's.
async fn config(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let backend = Backend::Local {
        api_url: format!("http://{host}{}", cms_api::PATH),
    };
    let yaml = config_yaml(&ConfigRecord::default(), language(&state), &backend);
    answer("text/yaml; charset=utf-8", yaml)
}

async fn vendored(Path(name): Path<String>) -> Response {
    let Some(bytes) = script::gzipped(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut r = answer(http::content_type(&name), bytes);
    r.headers_mut()
        .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    r
}
