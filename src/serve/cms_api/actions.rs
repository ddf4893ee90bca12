//! Each action of the protocol, as decap-server answers it, on warta's
//! rules: every path through [`site_path`], every save through
//! [`save::persist`].

use std::path::Path;
use std::sync::Mutex;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::files;
use super::protocol::{Asset, DataFile, Refusal, Request};
use super::save::{self, Save};
use super::site_path::{SitePath, site_path};
use crate::i18n::Language;
use crate::msg;
use crate::serve::Preview;

/// Answers `request` for the site at `root`, speaking `language`; saves
/// are checked against `preview`, one at a time.
pub fn answer(
    root: &Path,
    preview: &Mutex<Preview>,
    request: Request,
    language: Language,
) -> Result<Value, Refusal> {
    let preview = || preview.lock().unwrap_or_else(|e| e.into_inner());
    let params = request.params;
    match request.action.as_str() {
        "info" => Ok(json!({
            // Decap takes the backend as found only when `repo` is a string.
            "repo": root.file_name().map_or("site".into(), |n| n.to_string_lossy()),
            "publish_modes": ["simple"],
            "type": "local_fs",
        })),
        "entriesByFolder" => {
            let p: ByFolder = read(params)?;
            let folder = path(root, &p.folder)?;
            let depth = p.depth.clamp(0.0, 32.0) as usize;
            let entries = files::list(root, &folder.rel, &p.extension, depth)
                .iter()
                .map(|rel| files::entry(&path(root, rel)?, None))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(json!(entries))
        }
        "entriesByFiles" => {
            let p: ByFiles = read(params)?;
            let entries = p
                .files
                .into_iter()
                .map(|f| files::entry(&path(root, &f.path)?, f.label))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(json!(entries))
        }
        "getEntry" => {
            let p: OnePath = read(params)?;
            Ok(json!(files::entry(&path(root, &p.path)?, None)?))
        }
        "persistEntry" => {
            let p: PersistEntry = read(params)?;
            let data = p
                .data_files
                .or(p.entry.map(|e| vec![e]))
                .unwrap_or_default();
            let save = Save {
                records: save::records(root, data)?,
                photos: p
                    .assets
                    .iter()
                    .map(|a| save::photo(root, a))
                    .collect::<Result<_, _>>()?,
            };
            save::persist(&mut preview(), save, language)?;
            Ok(json!({ "message": "entry persisted" }))
        }
        "getMedia" => {
            let p: MediaFolder = read(params)?;
            let folder = path(root, &p.media_folder)?;
            let media = files::list(root, &folder.rel, "", 1)
                .iter()
                .filter(|rel| crate::load::is_photo_file(Path::new(rel)))
                .map(|rel| files::media(&path(root, rel)?))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(json!(media))
        }
        "getMediaFile" => {
            let p: OnePath = read(params)?;
            Ok(json!(files::media(&path(root, &p.path)?)?))
        }
        "persistMedia" => {
            let p: PersistMedia = read(params)?;
            let photo = save::photo(root, &p.asset)?;
            let at = photo.0.clone();
            let save = Save {
                records: Vec::new(),
                photos: vec![photo],
            };
            save::persist(&mut preview(), save, language)?;
            Ok(json!(files::media(&at)?))
        }
        "deleteFile" => {
            let p: OnePath = read(params)?;
            save::delete(&mut preview(), &[path(root, &p.path)?], language)?;
            Ok(json!({ "message": format!("deleted file {}", p.path) }))
        }
        "deleteFiles" => {
            let p: Paths = read(params)?;
            let paths = p
                .paths
                .iter()
                .map(|raw| path(root, raw))
                .collect::<Result<Vec<_>, _>>()?;
            save::delete(&mut preview(), &paths, language)?;
            Ok(json!({ "message": format!("deleted files {}", p.paths.join(", ")) }))
        }
        // No deploy previews: the preview is this server.
        "getDeployPreview" => Ok(Value::Null),
        other => Err(Refusal::unprocessable(msg!(
            CMS_UNKNOWN_ACTION,
            action = other
        ))),
    }
}

fn path(root: &Path, raw: &str) -> Result<SitePath, Refusal> {
    site_path(root, raw).map_err(Refusal::bad)
}

/// The action's parameters, or 422 naming what is missing.
fn read<T: DeserializeOwned>(params: Value) -> Result<T, Refusal> {
    serde_json::from_value(params).map_err(|e| {
        let detail = e.to_string();
        Refusal::unprocessable(msg!(CMS_BAD_PARAMS, detail = detail))
    })
}

#[derive(Deserialize)]
struct ByFolder {
    folder: String,
    extension: String,
    depth: f64,
}

#[derive(Deserialize)]
struct ByFiles {
    files: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    path: String,
    label: Option<String>,
}

#[derive(Deserialize)]
struct OnePath {
    path: String,
}

#[derive(Deserialize)]
struct Paths {
    paths: Vec<String>,
}

#[derive(Deserialize)]
struct MediaFolder {
    #[serde(rename = "mediaFolder")]
    media_folder: String,
}

#[derive(Deserialize)]
struct PersistEntry {
    entry: Option<DataFile>,
    #[serde(rename = "dataFiles")]
    data_files: Option<Vec<DataFile>>,
    #[serde(default)]
    assets: Vec<Asset>,
}

#[derive(Deserialize)]
struct PersistMedia {
    asset: Asset,
}
