//! `warta new program|news|page|organization TITLE` and `warta init DIR`: files that an
//! editor fills in, every key present with an Indonesian comment.

use std::path::{Path, PathBuf};

use clap::ValueEnum;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::diagnostics::print_error;
use crate::i18n::{Language, Text};
use crate::load;
use crate::msg;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Kind {
    Program,
    News,
    Page,
    Organization,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// What to write.
    pub kind: Kind,
    /// The title (an organization's name); the file name, and so the id or
    /// address, is made from it.
    pub title: String,
    /// The site's folder.
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The folder for the new site; must not exist or be empty.
    pub dir: PathBuf,
}

const PROGRAM: &str = include_str!("scaffold/program.yaml");
const NEWS: &str = include_str!("scaffold/news.md");
const PAGE: &str = include_str!("scaffold/page.md");
const ORGANIZATION: &str = include_str!("scaffold/organization.yaml");

/// A slug from a title, at most 60 characters, cut at a word.
pub fn slug_from_title(title: &str) -> String {
    let full = slug::slugify(title);
    if full.len() <= 60 {
        return full;
    }
    let cut = full[..60].rfind('-').unwrap_or(60);
    full[..cut].to_string()
}

/// Today in the site's time zone (warta.yaml's, or WIB).
fn today(root: &Path) -> Date {
    let (config, _) = load::read_config(root);
    let tz = config
        .timezone
        .and_then(|t| TimeZone::get(t.value.trim()).ok())
        .or_else(|| TimeZone::get("Asia/Jakarta").ok())
        .unwrap_or(TimeZone::UTC);
    let now = crate::clock::now_or_clock();
    now.to_zoned_datetime(tz).date()
}

/// The first organization id of the site, to fill `organizers` with
/// something that exists (the publisher when there is one).
fn some_organization(root: &Path) -> String {
    let (config, _) = load::read_config(root);
    if let Some(p) = config.publisher {
        return p.value;
    }
    let mut ids: Vec<String> = std::fs::read_dir(root.join("content/organizations"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let p = e.path();
            let ext = p.extension()?.to_str()?;
            matches!(ext, "yaml" | "yml").then(|| p.file_stem()?.to_str().map(str::to_string))?
        })
        .collect();
    ids.sort();
    ids.into_iter().next().unwrap_or_default()
}

fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in pairs {
        out = out.replace(&format!("{{{{{k}}}}}"), v);
    }
    out
}

/// Writes a new file; never replaces one.
fn create(path: &Path, text: &str) -> Result<(), Text> {
    let shown = path.display().to_string();
    let cannot_write =
        |e: std::io::Error| msg!(CANNOT_WRITE_FILE, file = shown, error = e.to_string());
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| {
            let folder = parent.display().to_string();
            msg!(CANNOT_MAKE_FOLDER, folder = folder, error = e.to_string())
        })?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => msg!(NEW_FILE_EXISTS, file = shown),
            _ => cannot_write(e),
        })?;
    std::io::Write::write_all(&mut file, text.as_bytes()).map_err(cannot_write)
}

pub fn run_new(args: &NewArgs, language: Language) -> i32 {
    let slug = slug_from_title(&args.title);
    if slug.is_empty() {
        print_error(
            &msg!(NEW_TITLE_WITHOUT_LETTERS, title = args.title),
            language,
        );
        return 2;
    }
    let date = today(&args.root).to_string();
    // A JSON string is a valid YAML double-quoted scalar: any title is safe.
    let title = serde_json::to_string(args.title.trim()).unwrap_or_default();
    let (path, text) = match args.kind {
        Kind::Program => {
            let organizer = some_organization(&args.root);
            (
                args.root.join(format!("content/programs/{slug}.yaml")),
                fill(
                    PROGRAM,
                    &[
                        ("title", &title),
                        ("date", &date),
                        ("organizer", &organizer),
                    ],
                ),
            )
        }
        Kind::News => (
            args.root
                .join(format!("content/news/{}/{date}-{slug}.md", &date[..4])),
            fill(NEWS, &[("title", &title), ("date", &date), ("slug", &slug)]),
        ),
        Kind::Page => (
            args.root.join(format!("content/pages/{slug}.md")),
            fill(PAGE, &[("title", &title)]),
        ),
        Kind::Organization => (
            args.root.join(format!("content/organizations/{slug}.yaml")),
            fill(ORGANIZATION, &[("title", &title), ("slug", &slug)]),
        ),
    };
    match create(&path, &text) {
        Ok(()) => {
            println!("{}", path.strip_prefix(".").unwrap_or(&path).display());
            0
        }
        Err(e) => {
            print_error(&e, language);
            1
        }
    }
}

pub fn run_init(args: &InitArgs, language: Language) -> i32 {
    let dir = &args.dir;
    let shown = dir.display().to_string();
    let non_empty = std::fs::read_dir(dir)
        .map(|mut d| d.next().is_some())
        .unwrap_or(false);
    if non_empty {
        print_error(&msg!(INIT_FOLDER_NOT_EMPTY, folder = shown), language);
        return 2;
    }
    let today = crate::clock::now_or_clock()
        .to_zoned_datetime(TimeZone::get("Asia/Jakarta").unwrap_or(TimeZone::UTC))
        .date();
    let day = |n: i64| {
        today
            .checked_add(jiff::Span::new().days(n))
            .unwrap_or(today)
            .to_string()
    };
    let files = [
        (
            "warta.yaml",
            include_str!("scaffold/init/warta.yaml").to_string(),
        ),
        (
            "content/organizations/dinas-contoh.yaml",
            include_str!("scaffold/init/organization.yaml").to_string(),
        ),
        (
            "content/programs/contoh-pelatihan.yaml",
            fill(
                include_str!("scaffold/init/program.yaml"),
                &[
                    ("start", &day(30)),
                    ("end", &day(31)),
                    ("opens", &day(0)),
                    ("closes", &day(25)),
                ],
            ),
        ),
        (
            "content/news/contoh-berita.md",
            fill(include_str!("scaffold/init/news.md"), &[("date", &day(0))]),
        ),
        (
            "content/pages/tentang.md",
            include_str!("scaffold/init/page.md").to_string(),
        ),
        ("static/.gitkeep", String::new()),
    ];
    for (rel, text) in &files {
        if let Err(e) = create(&dir.join(rel), text) {
            print_error(&e, language);
            return 1;
        }
    }
    println!("{}", msg!(INIT_DONE, folder = shown).get(language));
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_short_and_cut_at_words() {
        assert_eq!(
            slug_from_title("Pelatihan Batik Tulis 2027"),
            "pelatihan-batik-tulis-2027"
        );
        let long = slug_from_title(&"kata ".repeat(30));
        assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
        assert_eq!(slug_from_title("!!!"), "");
    }
}
