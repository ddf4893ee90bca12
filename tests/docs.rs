//! The documentation users read is true to the program and complete in
//! itself: docs/CONTENT.md lists every key `warta schema` knows (and no other)
//! and every option of every command, and no document points at a file
//! outside the repository or at one that does not exist.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// Every key path of a schema (`venues[].geo.lat`) with the values of its
/// enumeration, if it has one.
fn key_paths(schema: &Value) -> std::collections::BTreeMap<String, Vec<String>> {
    fn walk(
        s: &Value,
        defs: &Value,
        path: &str,
        out: &mut std::collections::BTreeMap<String, Vec<String>>,
    ) {
        if let Some(r) = s["$ref"].as_str() {
            let name = r.rsplit('/').next().unwrap();
            return walk(&defs[name], defs, path, out);
        }
        for key in ["anyOf", "oneOf", "allOf"] {
            for sub in s[key].as_array().into_iter().flatten() {
                walk(sub, defs, path, out);
            }
        }
        let values = s["enum"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(s.get("const"))
            .filter_map(Value::as_str);
        out.entry(path.to_string())
            .or_default()
            .extend(values.map(str::to_string));
        if s["items"].is_object() {
            walk(&s["items"], defs, &format!("{path}[]"), out);
        }
        for (key, sub) in s["properties"].as_object().into_iter().flatten() {
            let inner = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            walk(sub, defs, &inner, out);
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(schema, &schema["$defs"], "", &mut out);
    out.remove("");
    // A list's items are documented on the list's own row (`tags`), their
    // keys under `list[].key`.
    let items: Vec<String> = out.keys().filter(|k| k.ends_with("[]")).cloned().collect();
    for key in items {
        let values = out.remove(&key).unwrap_or_default();
        out.entry(key.trim_end_matches("[]").to_string())
            .or_default()
            .extend(values);
    }
    out
}

/// The rows of the table after `<!-- fields: NAME -->` in docs/CONTENT.md, by
/// the key in their first cell.
fn documented_keys(doc: &str, name: &str) -> std::collections::BTreeMap<String, String> {
    let marker = format!("<!-- fields: {name} -->");
    let start = doc
        .find(&marker)
        .unwrap_or_else(|| panic!("docs/CONTENT.md has no `{marker}` table"));
    doc[start + marker.len()..]
        .lines()
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|row| {
            let key = row.split('|').nth(1).unwrap().trim().trim_matches('`');
            (key.to_string(), row.to_string())
        })
        .collect()
}

#[test]
fn the_content_reference_documents_every_key_of_every_file_and_no_other() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_warta"))
        .env("WARTA_LANG", "en")
        .args(["schema", "--output"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/CONTENT.md"))
            .unwrap();
    let mut problems = Vec::new();
    for (file, table) in [
        ("warta.schema.json", "warta.yaml"),
        ("organization.schema.json", "organization"),
        ("program.schema.json", "program"),
        ("news.schema.json", "news"),
        ("page.schema.json", "page"),
    ] {
        let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
        let keys = key_paths(&serde_json::from_str(&text).unwrap());
        let rows = documented_keys(&doc, table);
        for (key, values) in &keys {
            let Some(row) = rows.get(key) else {
                problems.push(format!("{table}: `{key}` is not in the table"));
                continue;
            };
            for v in values {
                if !row.contains(&format!("`{v}`")) {
                    problems.push(format!("{table}: `{key}` does not list the value `{v}`"));
                }
            }
        }
        for key in rows.keys().filter(|k| !keys.contains_key(*k)) {
            problems.push(format!(
                "{table}: `{key}` is documented but warta does not read it"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "docs/CONTENT.md:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_content_reference_names_every_option_of_every_command() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/CONTENT.md"))
            .unwrap();
    let start = doc.find("## Command line").expect("a Command line section");
    let section = &doc[start..];
    let mut problems = Vec::new();
    let options_of = |args: &[&str]| -> Vec<String> {
        let help = Command::new(env!("CARGO_BIN_EXE_warta"))
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&help.stdout)
            .split_whitespace()
            .filter(|w| w.starts_with("--") && *w != "--help" && *w != "--version")
            .map(|w| w.trim_end_matches(',').to_string())
            .collect()
    };
    // Options every command takes are said once.
    let global = options_of(&["--help"]);
    for option in &global {
        if !section.contains(&format!("`{option}")) {
            problems.push(format!(
                "{option} (every command) is not in docs/CONTENT.md"
            ));
        }
    }
    for command in ["build", "serve", "check", "new", "init", "schema"] {
        let line = section
            .lines()
            .find(|l| l.starts_with(&format!("warta {command} ")))
            .unwrap_or_else(|| panic!("no `warta {command}` line in the Command line section"));
        let options = options_of(&[command, "--help"]);
        for option in options.iter().filter(|o| !global.contains(o)) {
            if !line.contains(option.as_str()) {
                problems.push(format!(
                    "warta {command}: {option} is not in docs/CONTENT.md"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The documents a user of the project reads, and the text warta writes into a new site.
fn user_documents() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md"), root.join("ARCHITECTURE.md")];
    for dir in ["docs", "src/cli/scaffold"] {
        for entry in walkdir::WalkDir::new(root.join(dir)) {
            let entry = entry.unwrap();
            if entry.file_type().is_file()
                && matches!(
                    entry.path().extension().and_then(|e| e.to_str()),
                    Some("md" | "yaml")
                )
            {
                files.push(entry.into_path());
            }
        }
    }
    files
}

#[test]
fn no_document_points_outside_the_repository_or_to_a_missing_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for file in user_documents() {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(root).unwrap().display().to_string();
        if text.contains("../shared") || text.contains("CONTENT-MODEL") {
            problems.push(format!(
                "{name} points at the project's private files (../shared)"
            ));
        }
        // Markdown links to files of the repository: `](docs/X.md#part)`.
        for link in text.split("](").skip(1) {
            let target = link.split(')').next().unwrap_or("");
            let path = target.split('#').next().unwrap_or("");
            // Files of the repository; addresses of a site (`/images/x.jpg`)
            // and examples in code (`![](x.jpg)`) are not.
            let repository_file = [".md", ".rs", ".py", ".yml", ".json"]
                .iter()
                .any(|ext| path.ends_with(ext));
            if !repository_file || path.contains("://") || path.starts_with('/') {
                continue;
            }
            let base = file.parent().unwrap();
            if !base.join(path).exists() {
                problems.push(format!("{name} links to `{target}`, which does not exist"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
