//! Rules of the code itself, checked over every file under `src/`.
//!
//! No hidden global state: resolve and render are functions of their
//! arguments, so two builds in one process (tests, library callers) share
//! nothing. A cache belongs to the value that needs it (the preview's, in
//! `pipeline::Caches`) and is passed down explicitly.

use std::path::Path;

/// Statics that hold no mutable state, and why each may stay.
const ALLOWED_STATICS: &[(&str, &str, &str)] = &[
    (
        "src/main.rs",
        "GLOBAL",
        "the allocator: Rust asks for it as a static",
    ),
    (
        "src/render/markdown.rs",
        "SANITIZER",
        "the HTML sanitizer's fixed rules, built once, never changed",
    ),
    (
        "src/timing.rs",
        "ON",
        "whether WARTA_TIMING is set, read from the environment once",
    ),
];

/// A place in a source file that breaks the rule.
#[derive(Debug, PartialEq)]
struct Breach {
    line: usize,
    what: String,
}

/// Where `text` (a Rust source file) declares a `thread_local!`, a
/// `static mut`, or a `static` whose type could hold mutable state: any
/// type naming a type (an uppercase letter: `Mutex`, `AtomicBool`,
/// `Cell`, `OnceLock`, a struct of ours wrapping them) unless `allowed`
/// names it. Types of only primitives and references (`&str`, `[u8; 4]`)
/// cannot change.
fn breaches(text: &str, allowed: &[&str]) -> Vec<Breach> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        if code.contains("thread_local!") {
            found.push(Breach {
                line: i + 1,
                what: "thread_local!".into(),
            });
            continue;
        }
        let Some(rest) = static_item(code) else {
            continue;
        };
        // The declaration up to its `=` (or `;`), over lines if need be.
        let mut decl = rest.to_string();
        let mut next = i + 1;
        while !decl.contains('=') && !decl.contains(';') && next < lines.len() {
            decl.push(' ');
            decl.push_str(lines[next].trim());
            next += 1;
        }
        let decl = decl.split(['=', ';']).next().unwrap_or_default();
        let (name, ty) = decl.split_once(':').unwrap_or((decl, ""));
        let (name, ty) = (name.trim(), ty.trim());
        if let Some(name) = name.strip_prefix("mut ") {
            found.push(Breach {
                line: i + 1,
                what: format!("static mut {}", name.trim()),
            });
        } else if ty.chars().any(|c| c.is_ascii_uppercase()) && !allowed.contains(&name) {
            found.push(Breach {
                line: i + 1,
                what: format!("static {name}: {ty}"),
            });
        }
    }
    found
}

/// What follows `static` when `code` declares a static item.
fn static_item(code: &str) -> Option<&str> {
    let code = match code.strip_prefix("pub") {
        Some(rest) if rest.starts_with(' ') => rest.trim_start(),
        Some(rest) if rest.starts_with('(') => rest.split_once(')')?.1.trim_start(),
        _ => code,
    };
    code.strip_prefix("static ")
}

#[test]
fn no_static_holds_mutable_state() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for entry in walkdir::WalkDir::new(root.join("src")) {
        let entry = entry.expect("src/ is readable");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(root)
            .expect("under the crate")
            .to_string_lossy()
            .replace('\\', "/");
        let allowed: Vec<&str> = ALLOWED_STATICS
            .iter()
            .filter(|(file, _, _)| *file == rel)
            .map(|(_, name, _)| *name)
            .collect();
        let text = std::fs::read_to_string(entry.path()).expect("a source file is UTF-8");
        for b in breaches(&text, &allowed) {
            all.push(format!("{rel}:{}: {}", b.line, b.what));
        }
    }
    assert!(
        all.is_empty(),
        "global mutable state in src/ (own it in the value that needs it and pass it down; \
         an immutable constant goes in ALLOWED_STATICS with its reason):\n{}",
        all.join("\n")
    );
}

#[test]
fn the_rule_sees_each_kind_of_global_state() {
    let text = "\
// static IN_A_COMMENT: Mutex<u32> = Mutex::new(0);
static NAMES: &[&str] = &[\"a\"];
const LIMIT: usize = 4;
fn f(x: &'static str) {}
static COUNT: AtomicUsize = AtomicUsize::new(0);
pub(crate) static MEMO: Memo<u64, String> = Memo::new();
static mut RAW: u32 = 0;
thread_local! {
    static SCRATCH: RefCell<Vec<u8>> = RefCell::default();
}
pub static RULES: LazyLock<Vec<String>> = LazyLock::new(Vec::new);
static SPLIT:
    Mutex<u8> = Mutex::new(0);
";
    let lines: Vec<usize> = breaches(text, &["RULES"]).iter().map(|b| b.line).collect();
    assert_eq!(lines, [5, 6, 7, 8, 9, 12]);
}

/// A file grows one job at a time; past 400 lines it holds more than one.
/// Split it by job (issue 15), not in half.
#[test]
fn no_source_file_is_over_400_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut long = Vec::new();
    for entry in walkdir::WalkDir::new(root.join("src")) {
        let entry = entry.expect("src/ is readable");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("a source file is UTF-8");
        let lines = text.lines().count();
        if lines > 400 {
            long.push(format!("{}: {lines} lines", entry.path().display()));
        }
    }
    assert!(long.is_empty(), "split by job:\n{}", long.join("\n"));
}
