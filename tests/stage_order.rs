//! The stages of the build import only downwards (ARCHITECTURE.md):
//! shared leaves → load → resolve → images → render → write → pipeline → serve → cli.
//! A module may use its own stage and the ones below, never one above, so
//! the code reads from the bottom up and no two stages form a circle.
//!
//! How it checks: every `.rs` file under `src/` belongs to the top-level
//! module of its first path component (`src/render/feed.rs` is `render`).
//! Comments are dropped, then every `crate::name` (and every name in a
//! `crate::{a, b::c}` group) is a use of the top-level module `name`. Each
//! top-level module has a stage in [`STAGES`]; a use of a higher stage fails
//! the test, as does a module missing from the table (a new module must be
//! given its place). Uses within one stage are allowed but may not form a
//! circle between top-level modules; that is checked too.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each top-level module of `src/` and its stage, lowest first.
const STAGES: &[(&str, u8)] = &[
    // Shared leaves: used by every stage, built on nothing of theirs.
    ("clock", 0),
    ("diagnostics", 0),
    ("escape", 0),
    ("i18n", 0),
    ("memo", 0),
    ("model", 0),
    ("output", 0),
    ("platform", 0),
    ("site_url", 0),
    ("timing", 0),
    ("load", 1),
    ("resolve", 2),
    // The photos: planned from the resolved site, read by render.
    ("images", 3),
    ("render", 4),
    // The links in Markdown checked against the rendered pages: made from
    // the resolved site and the output files, used by the pipeline's check.
    ("links", 4),
    // The browser CMS: its files, its configuration from the model, its page.
    ("cms", 4),
    ("write", 5),
    ("pipeline", 6),
    ("serve", 7),
    ("cli", 8),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source without its comments (line comments only: the code has no
/// block comments, and a `//` inside a string literal ends nothing that
/// matters here, as no string in `src/` holds `crate::` after one).
fn without_comments(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The top-level modules named after each `crate::` in `code`.
fn crate_uses(code: &str) -> BTreeSet<String> {
    let mut uses = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a, b::{c, d}, e}`: the first name of each top-level item.
            let mut depth = 0;
            let mut item_start = true;
            for (at, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    c if item_start && (c.is_ascii_alphabetic() || c == '_') => {
                        uses.insert(ident(&group[at..]).to_string());
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            let name = ident(rest);
            if !name.is_empty() {
                uses.insert(name.to_string());
            }
        }
    }
    uses
}

/// Every top-level module's uses of other top-level modules, with the file
/// of one use of each, for the message.
fn module_uses() -> BTreeMap<String, BTreeMap<String, PathBuf>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let sources: Vec<(PathBuf, String, String)> = files
        .iter()
        .map(|file| {
            let rel = file.strip_prefix(&src).unwrap();
            let first = rel.components().next().unwrap().as_os_str();
            let module = first.to_str().unwrap().trim_end_matches(".rs").to_string();
            let code = without_comments(&fs::read_to_string(file).unwrap());
            (rel.to_path_buf(), module, code)
        })
        .collect();
    // `#[macro_export]` puts a macro at the crate root (`crate::ui!`): a
    // use of it is a use of the module that defines it.
    let mut macros = BTreeMap::new();
    for (_, module, code) in &sources {
        for (i, _) in code.match_indices("#[macro_export]") {
            if let Some(at) = code[i..].find("macro_rules!") {
                let name = ident(code[i + at + "macro_rules!".len()..].trim_start());
                macros.insert(name.to_string(), module.clone());
            }
        }
    }
    let mut graph: BTreeMap<String, BTreeMap<String, PathBuf>> = BTreeMap::new();
    for (rel, module, code) in &sources {
        // The crate root and the binary declare modules; they use none.
        if module == "lib" || module == "main" {
            continue;
        }
        let uses = graph.entry(module.clone()).or_default();
        for used in crate_uses(code) {
            let used = macros.get(&used).cloned().unwrap_or(used);
            if used != *module {
                uses.entry(used).or_insert_with(|| rel.clone());
            }
        }
    }
    graph
}

fn stage(module: &str) -> Option<u8> {
    STAGES.iter().find(|(m, _)| *m == module).map(|(_, s)| *s)
}

#[test]
fn no_module_imports_from_a_stage_above_it() {
    let graph = module_uses();
    assert!(graph.contains_key("render") && graph.contains_key("pipeline"));
    let mut wrong = Vec::new();
    for (module, uses) in &graph {
        let Some(own) = stage(module) else {
            wrong.push(format!("src/{module}: not in STAGES; give it its stage"));
            continue;
        };
        for (used, file) in uses {
            match stage(used) {
                None => wrong.push(format!("src/{}: uses crate::{used}, not in STAGES", file.display())),
                Some(s) if s > own => wrong.push(format!(
                    "src/{}: {module} (stage {own}) uses crate::{used} (stage {s}), a stage above it",
                    file.display()
                )),
                Some(_) => {}
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Render hands back output files and write takes them; the pipeline
/// passes one to the other. Neither names the other (`OutputFile` is a
/// shared leaf), so render cannot drive the writing, nor write the render.
#[test]
fn render_and_write_know_nothing_of_each_other() {
    let graph = module_uses();
    for (module, other) in [("render", "write"), ("write", "render")] {
        if let Some(file) = graph[module].get(other) {
            panic!("src/{}: {module} uses crate::{other}", file.display());
        }
    }
}

/// Each stage's entry point, and the module that defines it: called only
/// there and from the pipeline, the one place that chains the stages (for
/// build, check, build --watch and the preview alike). Found by name in the
/// code, as written at a call.
const ENTRY_POINTS: &[(&str, &str)] = &[
    ("load", "load_site("),
    ("load", "load::update("),
    ("resolve", "resolve::resolve("),
    ("render", "Rendering::new("),
    ("write", "Staging::new("),
    ("write", "write_site("),
];

#[test]
fn only_the_pipeline_chains_the_stages() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let module = rel.components().next().unwrap().as_os_str();
        let module = module.to_str().unwrap().trim_end_matches(".rs");
        let code = without_comments(&fs::read_to_string(&file).unwrap());
        for (stage, call) in ENTRY_POINTS {
            if module != *stage && module != "pipeline" && code.contains(call) {
                wrong.push(format!(
                    "src/{}: calls {call}..), a stage; go through crate::pipeline",
                    rel.display()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_circle_between_top_level_modules() {
    let graph = module_uses();
    // Depth-first search; a module met again while still on the path closes a circle.
    fn visit<'a>(
        module: &'a str,
        graph: &'a BTreeMap<String, BTreeMap<String, PathBuf>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<String> {
        if let Some(at) = path.iter().position(|m| *m == module) {
            return Some(format!("{} -> {module}", path[at..].join(" -> ")));
        }
        if !done.insert(module) {
            return None;
        }
        path.push(module);
        for used in graph.get(module).into_iter().flat_map(|u| u.keys()) {
            if let Some(circle) = visit(used, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        if let Some(circle) = visit(module, &graph, &mut Vec::new(), &mut done) {
            panic!("modules use each other in a circle: {circle}");
        }
    }
}

#[test]
fn finds_uses_in_paths_and_groups() {
    let code = "use crate::render::OutputFile;\nuse crate::{load, resolve::{Site, Term}};\n\
                let x = crate::timing::mark(); // crate::cli\n";
    let uses: Vec<String> = crate_uses(&without_comments(code)).into_iter().collect();
    assert_eq!(uses, ["load", "render", "resolve", "timing"]);
}
