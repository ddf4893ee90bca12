//! The floor for a build's time: read every source file of a site and render
//! the Markdown of its news items and pages with pulldown-cmark alone, on all
//! cores, writing nothing. `benches/build_speed.py` times it beside warta and
//! Hugo, to say how far a full build is from this lower bound.
//!
//!     cargo run --release --example markdown_floor -- SITE_ROOT

use std::path::PathBuf;

use pulldown_cmark::{Parser, html};
use rayon::prelude::*;

fn main() {
    let Some(root) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: markdown_floor SITE_ROOT");
        std::process::exit(2);
    };
    let paths: Vec<PathBuf> = walkdir::WalkDir::new(root.join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    let (files, html_bytes) = paths
        .par_iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            if path.extension().is_none_or(|e| e != "md") {
                return (1, 0);
            }
            // The body is what follows the closing `---` of the front matter.
            let body = text
                .strip_prefix("---")
                .and_then(|rest| rest.find("\n---").map(|end| &rest[end + 4..]))
                .unwrap_or(&text);
            let mut out = String::with_capacity(body.len() * 3 / 2);
            html::push_html(
                &mut out,
                Parser::new_ext(body, warta::resolve::MARKDOWN_OPTIONS),
            );
            (1, out.len())
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!("read {files} files, rendered {html_bytes} bytes of HTML");
}
