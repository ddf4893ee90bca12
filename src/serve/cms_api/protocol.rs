//! The shapes of Decap CMS's local-backend protocol (the one of the npm
//! package decap-server, which Decap's proxy backend speaks): one `POST`
//! with `{action, params}`, answered with JSON, or with `{error}` and a
//! status that is not 2xx, which Decap shows to the editor as it is.

use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

use crate::i18n::{Language, Text};

/// One request: what to do, and its parameters (read by each action).
#[derive(Deserialize)]
pub struct Request {
    pub action: String,
    #[serde(default)]
    pub params: serde_json::Value,
}

/// Why a request was not done: its status and the editor's message.
#[derive(Debug)]
pub struct Refusal {
    pub status: StatusCode,
    pub message: Refused,
}

/// The message of a [`Refusal`]: one sentence, or warta's report of the
/// problems a save would make, rendered already in the editor's language.
#[derive(Debug)]
pub enum Refused {
    Text(Text),
    Report(String),
}

impl Refusal {
    /// 400: the request names something the editor may not touch.
    pub fn bad(message: Text) -> Refusal {
        Refusal {
            status: StatusCode::BAD_REQUEST,
            message: Refused::Text(message),
        }
    }

    /// 422: understood, but not done (a save that would break the site, an
    /// action warta does not know); decap-server uses 422 the same way.
    pub fn unprocessable(message: Text) -> Refusal {
        Refusal {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message: Refused::Text(message),
        }
    }

    /// 500: the disk failed.
    pub fn failed(message: Text) -> Refusal {
        Refusal {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: Refused::Text(message),
        }
    }

    /// The JSON body Decap reads its message from.
    pub fn body(&self, language: Language) -> serde_json::Value {
        let error = match &self.message {
            Refused::Text(t) => t.get(language).to_string(),
            Refused::Report(r) => r.clone(),
        };
        serde_json::json!({ "error": error })
    }
}

/// A file read for the editor: its text (`None` when it cannot be read as
/// text) and a version id that changes with its bytes.
#[derive(Serialize)]
pub struct Entry {
    pub data: Option<String>,
    pub file: EntryFile,
}

#[derive(Serialize)]
pub struct EntryFile {
    pub path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub id: Option<String>,
}

/// A photo read for the editor's media library, as base64.
#[derive(Serialize)]
pub struct MediaFile {
    pub id: String,
    pub content: String,
    pub encoding: &'static str,
    pub path: String,
    pub name: String,
}

/// A file the CMS sends to save: a record's text.
#[derive(Deserialize, Clone)]
pub struct DataFile {
    pub path: String,
    pub raw: String,
    /// The record moves here (its slug changed).
    #[serde(default, rename = "newPath")]
    pub new_path: Option<String>,
}

/// A photo the CMS sends to save, base64-encoded.
#[derive(Deserialize)]
pub struct Asset {
    pub path: String,
    pub content: String,
    pub encoding: String,
}

/// The version id of a file's bytes (decap-server uses SHA-256; Decap only
/// compares ids, so any digest that changes with the bytes does).
pub fn version_id(bytes: &[u8]) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
}
