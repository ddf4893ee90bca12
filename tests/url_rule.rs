//! The site's URL layout lives in one place, `src/render/urls.rs` (issue 15):
//! no other file of `render` and not the link checker (`src/links/`)
//! reads the base URL or base path to make a link itself. They ask
//! `render::urls::Urls`; a second way of making a link would drift from the
//! first the day a page moves or the site is served from a sub-path.
//!
//! A check of the sources: any code naming `base_url` or `base_path`
//! (comments and attributes aside) is reading the setting to format a link.

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The one file allowed to know the base URL and base path.
const URLS: &str = "src/render/urls.rs";

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// `(file:line, line)` of every code line in `file` naming the base URL or path.
fn offences(root: &Path, file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let rel = file
        .strip_prefix(root)
        .unwrap_or(file)
        .display()
        .to_string();
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.trim_start();
            !code.starts_with("//") && !code.starts_with("#[")
        })
        .filter(|(_, line)| line.contains("base_url") || line.contains("base_path"))
        .map(|(n, line)| format!("{rel}:{}: {}", n + 1, line.trim()))
        .collect()
}

#[test]
fn only_urls_rs_makes_links_from_the_base_url() {
    let root = Path::new(ROOT);
    let mut files = Vec::new();
    rust_files(&root.join("src/render"), &mut files);
    rust_files(&root.join("src/links"), &mut files);
    assert!(
        files.iter().any(|f| f.ends_with(URLS)),
        "{URLS} moved: update this test"
    );
    let found: Vec<String> = files
        .iter()
        // urls.rs and its own tests (urls/tests.rs) are the module itself.
        .filter(|f| !f.ends_with(URLS) && !f.starts_with(root.join(URLS).with_extension("")))
        .flat_map(|f| offences(root, f))
        .collect();
    assert!(
        found.is_empty(),
        "these lines read the base URL or path themselves; ask `render::urls::Urls` \
         for the link instead:\n{}",
        found.join("\n")
    );
}
