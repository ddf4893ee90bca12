//! Decap CMS's `config.yml`, generated from the content model: the
//! collections in their folders, each field with the widget its schema (the
//! one `warta schema` prints) calls for, labels and hints in the site's
//! language. Nothing here is typed out twice: a new field in a record type
//! appears in the forms, and a test fails if its kind has no widget.

mod fields;
mod overrides;
mod yaml;

use serde_json::{Map, Value, json};

use crate::i18n::{Language, cms_text};
use crate::model::{
    ConfigRecord, GitHost, NewsRecord, OrganizationRecord, PageRecord, ProgramRecord, json_schema,
};
use crate::resolve::GitBackend;

pub use fields::{DATE_FORMAT, DATE_TIME_FORMAT};

/// Where the CMS reads and saves.
#[derive(Debug, Clone, PartialEq)]
pub enum Backend {
    /// `warta serve`'s own API (Decap's proxy backend protocol), at `api_url`.
    Local { api_url: String },
    /// The site's repository on a git host (`cms:` of `warta.yaml`).
    Git(GitBackend),
}

/// One collection: its name (also the labels' key), folder, file kind and
/// the record type whose schema gives the fields.
struct Collection {
    name: &'static str,
    folder: &'static str,
    /// `None`: YAML records (`.yaml`); `Some(body key)`: Markdown with front matter.
    markdown: bool,
    type_name: &'static str,
    schema: fn() -> Value,
    identifier: &'static str,
    /// Where a new file goes below `folder`, when not `{{slug}}` itself.
    path: Option<&'static str>,
}

const COLLECTIONS: &[Collection] = &[
    Collection {
        name: "programs",
        folder: "content/programs",
        markdown: false,
        type_name: "ProgramRecord",
        schema: || json_schema::<ProgramRecord>("ProgramRecord"),
        identifier: "title",
        path: None,
    },
    Collection {
        name: "news",
        folder: "content/news",
        markdown: true,
        type_name: "NewsRecord",
        schema: || json_schema::<NewsRecord>("NewsRecord"),
        identifier: "title",
        // The demo's layout: a folder per year, the file named by its date
        // (warta drops the date from the address).
        path: Some("{{year}}/{{year}}-{{month}}-{{day}}-{{slug}}"),
    },
    Collection {
        name: "organizations",
        folder: "content/organizations",
        markdown: false,
        type_name: "OrganizationRecord",
        schema: || json_schema::<OrganizationRecord>("OrganizationRecord"),
        identifier: "name",
        path: None,
    },
    Collection {
        name: "pages",
        folder: "content/pages",
        markdown: true,
        type_name: "PageRecord",
        schema: || json_schema::<PageRecord>("PageRecord"),
        identifier: "title",
        path: None,
    },
];

/// Decap's `config.yml` for this site.
pub fn config_yaml(config: &ConfigRecord, language: Language, backend: &Backend) -> String {
    yaml::to_yaml(&config_value(config, language, backend))
}

/// The configuration as a value (what [`config_yaml`] writes).
pub fn config_value(config: &ConfigRecord, language: Language, backend: &Backend) -> Value {
    let collections: Vec<Value> = COLLECTIONS
        .iter()
        .map(|c| collection(c, language))
        .collect();
    let mut root = Map::new();
    root.insert("backend".into(), backend_value(backend));
    // Decap's own words: `id` is registered by the page (cms::locale_id).
    root.insert("locale".into(), language.code().into());
    // Photos not beside a record (none of the forms' photos): below static/.
    root.insert("media_folder".into(), "static/images".into());
    root.insert("public_folder".into(), "/images".into());
    // Ids are lower-case letters, digits and hyphens (docs/CONTENT.md).
    root.insert(
        "slug".into(),
        json!({"encoding": "ascii", "clean_accents": true, "sanitize_replacement": "-"}),
    );
    if let Some(url) = config.base_url.as_ref().map(|u| u.value.trim())
        && !url.is_empty()
    {
        root.insert("site_url".into(), url.into());
    }
    root.insert("collections".into(), collections.into());
    Value::Object(root)
}

fn backend_value(backend: &Backend) -> Value {
    match backend {
        Backend::Local { api_url } => {
            json!({"name": "proxy", "proxy_url": api_url, "branch": "main"})
        }
        Backend::Git(git) => {
            let name = match git.host {
                GitHost::Github => "github",
                GitHost::Gitlab => "gitlab",
                GitHost::Gitea => "gitea",
            };
            let mut b = Map::new();
            b.insert("name".into(), name.into());
            b.insert("repo".into(), git.repo.clone().into());
            b.insert("branch".into(), git.branch.clone().into());
            for (key, value) in [
                ("base_url", &git.base_url),
                ("api_root", &git.api_root),
                ("app_id", &git.app_id),
            ] {
                if let Some(v) = value {
                    b.insert(key.into(), v.clone().into());
                }
            }
            // GitLab signs in without a server of its own when given an app.
            if git.host == GitHost::Gitlab && git.app_id.is_some() {
                b.insert("auth_type".into(), "pkce".into());
            }
            Value::Object(b)
        }
    }
}

fn collection(c: &Collection, language: Language) -> Value {
    let schema = (c.schema)();
    let walk = fields::Walk::new(&schema, language);
    let mut fields = walk.object_fields(c.type_name, &schema, true);
    let key = format!("collection.{}", c.name);
    let (label, description) = cms_text(&key, language).unwrap_or((c.name, None));
    let mut v = Map::new();
    v.insert("name".into(), c.name.into());
    v.insert("label".into(), label.into());
    v.insert("label_singular".into(), label.into());
    if let Some(d) = description {
        v.insert("description".into(), d.into());
    }
    v.insert("folder".into(), c.folder.into());
    v.insert("create".into(), true.into());
    v.insert("identifier_field".into(), c.identifier.into());
    // The file name is the id (or, for news, the address).
    v.insert("slug".into(), "{{slug}}".into());
    if let Some(path) = c.path {
        v.insert("path".into(), path.into());
    }
    if c.markdown {
        v.insert("extension".into(), "md".into());
        v.insert("format".into(), "yaml-frontmatter".into());
        let (body, _) = cms_text(&format!("body.{}", c.name), language).unwrap_or(("body", None));
        fields
            .push(json!({"name": "body", "label": body, "widget": "markdown", "required": false}));
    } else {
        v.insert("extension".into(), "yaml".into());
        v.insert("format".into(), "yaml".into());
    }
    // Photos land beside the record, and the record names them by file
    // name alone, as warta expects (docs/CONTENT.md, Photos).
    v.insert("media_folder".into(), "".into());
    v.insert("public_folder".into(), "".into());
    v.insert("fields".into(), fields.into());
    Value::Object(v)
}

#[cfg(test)]
mod tests;
