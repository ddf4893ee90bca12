//! `warta schema`: JSON Schemas for the files editors write, generated from
//! the very types that parse them, for autocomplete and checks while typing.

use std::path::{Path, PathBuf};

use schemars::JsonSchema;

use crate::model::{ConfigRecord, NewsRecord, OrganizationRecord, PageRecord, ProgramRecord};

#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// The site's folder.
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
    /// Where to write the schemas. Default: schemas/ in the site's folder.
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
}

/// (file name, title, schema) for every kind of file an editor writes.
pub fn schemas() -> Vec<(&'static str, &'static str, serde_json::Value)> {
    fn one<T: JsonSchema>(title: &str) -> serde_json::Value {
        crate::model::json_schema::<T>(title)
    }
    vec![
        (
            "program.schema.json",
            "warta program record",
            one::<ProgramRecord>("warta program record"),
        ),
        (
            "news.schema.json",
            "warta news front matter",
            one::<NewsRecord>("warta news front matter"),
        ),
        (
            "page.schema.json",
            "warta page front matter",
            one::<PageRecord>("warta page front matter"),
        ),
        (
            "organization.schema.json",
            "warta organization record",
            one::<OrganizationRecord>("warta organization record"),
        ),
        (
            "warta.schema.json",
            "warta.yaml",
            one::<ConfigRecord>("warta.yaml"),
        ),
    ]
}

fn write(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for (name, _, schema) in schemas() {
        let path = dir.join(name);
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        std::fs::write(&path, text)?;
        written.push(path);
    }
    Ok(written)
}

pub fn run(args: &SchemaArgs, language: crate::i18n::Language) -> i32 {
    let dir = args
        .output
        .clone()
        .unwrap_or_else(|| args.root.join("schemas"));
    match write(&dir) {
        Ok(paths) => {
            for p in paths {
                println!("{}", p.display());
            }
            0
        }
        Err(e) => {
            let folder = dir.display().to_string();
            let message = crate::msg!(CANNOT_WRITE_SCHEMAS, folder = folder, error = e.to_string());
            crate::diagnostics::print_error(&message, language);
            1
        }
    }
}
