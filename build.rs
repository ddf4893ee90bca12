//! Embeds the default theme in the binary, so a site needs no `themes/` folder,
//! and the vendored Decap CMS files, so `/admin/` works with no network.
//! Generates a table of every file under `themes/default/` with its bytes,
//! and one of every file under `vendor/decap-cms/files/`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("the embedded folders are part of the crate")
        .map(|e| e.expect("readable embedded folder").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// `pub static <name>: &[(&str, &[u8])]`: every file under `root` (its path
/// relative to `root`, minus `strip_suffix`) with its bytes, written to
/// `OUT_DIR/<file>`.
fn embed(root: &Path, name: &str, strip_suffix: &str, file: &str) {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(root, &mut files);
    let mut code = format!("pub static {name}: &[(&str, &[u8])] = &[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let rel = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let rel = rel.strip_suffix(strip_suffix).unwrap_or(&rel);
        writeln!(
            code,
            "    ({rel:?}, include_bytes!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join(file);
    std::fs::write(out, code).unwrap();
}

fn main() {
    let crate_root = Path::new(env!("CARGO_MANIFEST_DIR"));
    embed(
        &crate_root.join("themes/default"),
        "DEFAULT_THEME",
        "",
        "default_theme.rs",
    );
    // Named by the file they decompress to: `decap-cms.js`, not `.js.gz`.
    embed(
        &crate_root.join("vendor/decap-cms/files"),
        "DECAP_FILES",
        ".gz",
        "decap_files.rs",
    );
}
