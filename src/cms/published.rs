//! The CMS of a built site (`cms:` in `warta.yaml`): `admin/` with the page,
//! the configuration saving to the site's repository, and Decap's files
//! decompressed (a web host may not send `.gz` files with the right header).
//! Added to the build's files, so they are written with the pages, in the
//! same atomic swap.

use std::sync::Arc;

use crate::i18n::Language;
use crate::model::ConfigRecord;
use crate::output::OutputFile;
use crate::resolve::GitBackend;

use super::config::{Backend, config_yaml};

/// The output folder the CMS is written to.
pub const FOLDER: &str = "admin";

/// Every file of `admin/`.
pub fn files(config: &ConfigRecord, language: Language, git: &GitBackend) -> Vec<OutputFile> {
    let file = |name: &str, bytes: Vec<u8>| OutputFile {
        path: format!("{FOLDER}/{name}"),
        bytes: Arc::from(bytes),
    };
    let backend = Backend::Git(git.clone());
    let mut files = vec![
        file(
            "index.html",
            super::admin::index_html(language).into_bytes(),
        ),
        file(
            "config.yml",
            config_yaml(config, language, &backend).into_bytes(),
        ),
    ];
    files.extend(
        super::script::names().filter_map(|name| Some(file(name, super::script::plain(name)?))),
    );
    files
}
