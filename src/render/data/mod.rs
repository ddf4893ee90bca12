//! Open data: `/data/programs.json`, `/data/programs.csv`, `/data/news.json`.
//!
//! Field names here are a published interface (docs/DATA.md): rename one and
//! every portal that imports the files breaks. Add fields; never rename.
//! `schema` is what is published, `records` makes it from the site, `csv`
//! flattens the programs into rows.

mod csv;
mod records;
mod schema;

use serde::Serialize;

use super::context::Ctx;
use crate::output::OutputFile;
use schema::*;

fn json<T: Serialize>(value: &T) -> Vec<u8> {
    // Serializing plain structs of strings and numbers cannot fail.
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

pub fn open_data(cx: &Ctx) -> Vec<OutputFile> {
    let site = cx.site;
    let programs: Vec<ProgramData> = site
        .programs
        .iter()
        .map(|p| records::program(cx, p))
        .collect();
    let csv = csv::programs_csv(&programs);
    let news: Vec<NewsData> = site.news.iter().map(|n| records::news(cx, n)).collect();
    let document = |items| Document {
        schema_version: SCHEMA_VERSION,
        site: site.config.title.clone(),
        generated_on: site.today.to_string(),
        items,
    };
    let programs_json = json(&document(Programs { programs }));
    vec![
        OutputFile {
            path: cx.urls.output_path(&cx.urls.programs_json()),
            bytes: programs_json.into(),
        },
        OutputFile {
            path: cx.urls.output_path(&cx.urls.programs_csv()),
            bytes: csv.into_bytes().into(),
        },
        OutputFile {
            path: cx.urls.output_path(&cx.urls.news_json()),
            bytes: json(&Document {
                schema_version: SCHEMA_VERSION,
                site: site.config.title.clone(),
                generated_on: site.today.to_string(),
                items: News { news },
            })
            .into(),
        },
    ]
}
