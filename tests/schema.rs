//! `warta schema`: the schemas accept every demo file and reject what the
//! parser rejects, so editors' autocomplete never disagrees with the build.

mod common;

use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn schemas() -> (tempfile::TempDir, impl Fn(&str) -> jsonschema::Validator) {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_warta"))
        .env("WARTA_LANG", "en")
        .args(["schema", "--output"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = dir.path().to_path_buf();
    let load = move |name: &str| {
        let text = std::fs::read_to_string(path.join(name)).unwrap();
        let schema: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    (dir, load)
}

fn yaml(text: &str) -> Value {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_saphyr::from_str(text).unwrap_or_else(|e| panic!("{e}"))
}

fn front_matter(text: &str) -> Value {
    let rest = text.strip_prefix("---\n").expect("front matter");
    let end = rest.find("\n---").expect("closed front matter");
    yaml(&rest[..end + 1])
}

fn files(dir: &Path, ext: &[&str]) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            e.path()
                .extension()
                .is_some_and(|x| ext.contains(&x.to_str().unwrap()))
        })
        .map(|e| e.into_path())
        .collect()
}

#[test]
fn every_demo_file_validates_against_its_schema() {
    let (_dir, load) = schemas();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for (folder, schema, markdown) in [
        ("content/programs", "program.schema.json", false),
        ("content/organizations", "organization.schema.json", false),
        ("content/news", "news.schema.json", true),
        ("content/pages", "page.schema.json", true),
    ] {
        let validator = load(schema);
        for path in files(&root.join(folder), &["yaml", "yml", "md"]) {
            let text = std::fs::read_to_string(&path).unwrap();
            let value = if markdown {
                front_matter(&text)
            } else {
                yaml(&text)
            };
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
            checked += 1;
        }
    }
    let config = yaml(&std::fs::read_to_string(root.join("warta.yaml")).unwrap());
    assert!(load("warta.schema.json").is_valid(&config));
    assert!(checked >= 40, "only {checked} files checked");
}

/// Records the parser rejects, and the schema must reject too.
const REJECTED: &[(&str, &str)] = &[
    (
        "unknown key",
        "title: A\nstrat: 2024-01-01\norganizers: [dinas-a]\n",
    ),
    (
        "missing title",
        "start: 2024-01-01\norganizers: [dinas-a]\n",
    ),
    ("missing organizers", "title: A\nstart: 2024-01-01\n"),
    (
        "organizers not a list",
        "title: A\nstart: 2024-01-01\norganizers: dinas-a\n",
    ),
    (
        "bad status",
        "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nstatus: canceled\n",
    ),
    (
        "date not a date",
        "title: A\nstart: 24 Juni 2024\norganizers: [dinas-a]\n",
    ),
    (
        "negative quota",
        "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nparticipants: { quota: -1 }\n",
    ),
    (
        "quota not a number",
        "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nparticipants: { quota: banyak }\n",
    ),
    (
        "venue without name",
        "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nvenues:\n  - address: x\n",
    ),
    (
        "bad venue role",
        "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nvenues:\n  - { name: X, role: lecture }\n",
    ),
    (
        "bad session kind",
        "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\ncurriculum:\n  - { title: X, kind: lecture }\n",
    ),
    (
        "day zero",
        "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\ncurriculum:\n  - { title: X, day: 0 }\n",
    ),
    (
        "latitude out of range",
        "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nvenues:\n  - { name: X, geo: { lat: 95, lon: 100 } }\n",
    ),
    (
        "registration closes with a time",
        "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nregistration: { closes: 2023-12-01T10:00 }\n",
    ),
    (
        "draft not a boolean",
        "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\ndraft: kadang\n",
    ),
];

#[test]
fn the_schema_rejects_what_the_parser_rejects() {
    let (_dir, load) = schemas();
    let validator = load("program.schema.json");
    for (what, text) in REJECTED {
        let site = common::small_site();
        site.write("content/programs/salah.yaml", text);
        let run = site.build();
        assert_eq!(
            run.code, 1,
            "{what}: the parser accepted it:\n{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("content/programs/salah.yaml"),
            "{what}: {}",
            run.stderr
        );
        assert!(
            !validator.is_valid(&yaml(text)),
            "{what}: the schema accepted it"
        );
    }
}
