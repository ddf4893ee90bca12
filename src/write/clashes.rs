//! One path in the output, one source.
//!
//! A static file copied to the path of a page warta makes (`static/index.html`
//! beside the home page), or a file where a page needs a folder (`static/news`
//! beside `news/…/index.html`), would make the published site depend on the
//! order things are written in. Each clash is an error naming both, on every
//! build, before anything is written. A site's static file of the same path
//! as one of the theme's replaces it: that is how a site overrides its theme.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, relative_to};
use crate::load::StaticFile;
use crate::msg;
use crate::output::OutputFile;

/// Every clash between the static files and the pages, as errors at the
/// static file's path.
pub fn clashes(root: &Path, pages: &[OutputFile], statics: &[StaticFile]) -> Vec<Diagnostic> {
    let page_paths: HashSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
    // Folders the pages need, each with one page in it to name: the first
    // in the pages' order, so the message is the same at every build.
    let mut page_folders: HashMap<&str, &str> = HashMap::new();
    for page in pages.iter().map(|p| p.path.as_str()) {
        for folder in ancestors(page) {
            if page_folders.contains_key(folder) {
                // Its parents were added with it.
                break;
            }
            page_folders.insert(folder, page);
        }
    }
    // The last static of a path is the one written (the site's win over the theme's).
    let mut by_path: HashMap<&str, &StaticFile> = HashMap::new();
    for s in statics {
        by_path.insert(s.output(), s);
    }
    let mut found = Vec::new();
    for s in statics {
        if !std::ptr::eq(by_path[s.output()], s) {
            continue;
        }
        let path = s.output();
        let shown = origin(root, s);
        let file = shown.display().to_string();
        let problem = if page_paths.contains(path) {
            Some(msg!(STATIC_IS_A_PAGE, file = file, path = path))
        } else if let Some(page) = page_folders.get(path) {
            Some(msg!(
                STATIC_WHERE_PAGES_GO,
                file = file,
                path = path,
                page = page
            ))
        } else {
            ancestors(path)
                .find(|folder| page_paths.contains(folder) || by_path.contains_key(folder))
                .map(|folder| {
                    msg!(
                        STATIC_NEEDS_FOLDER,
                        file = file,
                        path = path,
                        folder = folder
                    )
                })
        };
        if let Some(message) = problem {
            found.push(Diagnostic::error(shown, None, message).with_hint(msg!(STATIC_CLASH_HINT)));
        }
    }
    found
}

/// `a/b/c.html` -> `a/b`, `a`.
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    path.rmatch_indices('/').map(move |(i, _)| &path[..i])
}

/// Where an editor finds a static file.
fn origin(root: &Path, s: &StaticFile) -> PathBuf {
    match s {
        StaticFile::Disk { source, .. } | StaticFile::Processed { source, .. } => {
            relative_to(root, source)
        }
        StaticFile::Embedded { output, .. } => {
            PathBuf::from(format!("(built-in theme)/static/{output}"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            bytes: Vec::new().into(),
        }
    }

    fn disk(root: &Path, output: &str) -> StaticFile {
        StaticFile::Disk {
            output: output.into(),
            source: root.join("static").join(output),
        }
    }

    #[test]
    fn names_the_static_file_and_the_page_it_clashes_with() {
        let root = Path::new("/site");
        let pages = [
            page("index.html"),
            page("news/a/index.html"),
            page("feed.xml"),
        ];
        let statics = [
            disk(root, "index.html"),
            disk(root, "news"),
            disk(root, "feed.xml/x.png"),
            disk(root, "img/logo.png"),
        ];
        let found = clashes(root, &pages, &statics);
        let messages: Vec<String> = found
            .iter()
            .map(|d| format!("{}: {}", d.file.display(), d.message.en()))
            .collect();
        assert_eq!(messages.len(), 3, "{messages:#?}");
        assert!(
            messages[0].starts_with("static/index.html:") && messages[0].contains("`index.html`")
        );
        assert!(
            messages[1].starts_with("static/news:") && messages[1].contains("news/a/index.html")
        );
        assert!(
            messages[2].starts_with("static/feed.xml/x.png:")
                && messages[2].contains("`feed.xml` is a file")
        );
    }

    #[test]
    fn a_site_static_file_overrides_the_theme_one() {
        let root = Path::new("/site");
        let statics = [
            StaticFile::Embedded {
                output: "style.css".into(),
                bytes: b"theme",
            },
            disk(root, "style.css"),
        ];
        assert!(clashes(root, &[page("index.html")], &statics).is_empty());
    }
}
