//! Whole texts compared with files under tests/snapshots/, so that a change
//! of wording shows as a diff in review. `WARTA_BLESS=1 cargo test` writes
//! the files anew; look at `git diff tests/snapshots` before committing.

use std::path::PathBuf;

/// A file name from a case's name: `yaml syntax: unclosed quote` →
/// `yaml-syntax-unclosed-quote`.
pub fn name(case: &str) -> String {
    let mut out = String::new();
    for c in case.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

fn path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.txt"))
}

/// What differs between `text` and the snapshot `name`; empty when they are
/// the same (or when blessing, after writing it).
pub fn compare(name: &str, text: &str) -> Vec<String> {
    let file = path(name);
    let text = format!("{}\n", text.trim_end());
    if std::env::var_os("WARTA_BLESS").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &text).unwrap();
        return Vec::new();
    }
    let Ok(known) = std::fs::read_to_string(&file) else {
        return vec![format!(
            "no snapshot {} (run with WARTA_BLESS=1 to write it)",
            file.display()
        )];
    };
    if known == text {
        return Vec::new();
    }
    let first = known
        .lines()
        .zip(text.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(known.lines().count().min(text.lines().count()));
    vec![format!(
        "differs from {} at line {}:\n  snapshot: {}\n  now:      {}\n(WARTA_BLESS=1 writes it anew)",
        file.display(),
        first + 1,
        known.lines().nth(first).unwrap_or("(end)"),
        text.lines().nth(first).unwrap_or("(end)"),
    )]
}
