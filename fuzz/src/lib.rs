//! What each fuzz target checks, beyond "does not panic, does not hang".
//! Every failed assertion here is a finding: make it a regression test under
//! `tests/` (see docs/FUZZING.md).

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::de::DeserializeOwned;
use warta::diagnostics::Diagnostic;
use warta::load::front_matter;
use warta::load::yaml::{self, YamlError};
use warta::render::markdown::{self, RawHtml};

#[path = "../../tests/common/html.rs"]
pub mod html;

/// An error's place must be inside the text it is about, and the diagnostic
/// must render (with its snippet) without panicking.
fn check_error(text: &str, e: &YamlError) {
    let lines = text.split('\n').count() as u32;
    assert!(
        e.pos.line >= 1 && e.pos.line <= lines + 1,
        "line {} outside 1..={} for {:?}",
        e.pos.line,
        lines + 1,
        e
    );
    assert!(e.pos.column >= 1, "column 0 in {e:?}");
    assert!(!e.message.is_empty());
    let mut d = Diagnostic::error("content/x.yaml", Some(e.pos), e.message.clone())
        .with_source(Arc::from(text));
    if let Some(h) = &e.hint {
        d = d.with_hint(h.clone());
    }
    let shown = d.render(false);
    assert!(shown.contains("content/x.yaml"), "{shown}");
}

/// A YAML record file (program, organization, warta.yaml).
pub fn record<T: DeserializeOwned>(text: &str) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Err(e) = yaml::parse::<T>(text, 1) {
        check_error(text, &e);
    }
}

/// A Markdown file with front matter (news item, page), as `load` reads it.
pub fn markdown_file<T: DeserializeOwned>(text: &str) {
    if let Ok(split) = front_matter::split(text)
        && let Err(e) = yaml::parse::<T>(split.yaml, split.yaml_line)
    {
        check_error(text, &e);
    }
}

/// The split's parts are slices of the text at the lines it names.
pub fn front_matter(text: &str) {
    let Ok(s) = front_matter::split(text) else {
        return;
    };
    let stripped = text.strip_prefix('\u{feff}').unwrap_or(text);
    let base = stripped.as_ptr() as usize;
    let yaml_at = s.yaml.as_ptr() as usize - base;
    let body_at = s.body.as_ptr() as usize - base;
    assert!(yaml_at + s.yaml.len() <= body_at, "yaml overlaps the body");
    assert_eq!(body_at + s.body.len(), stripped.len(), "body runs to the end");
    assert_eq!(s.yaml_line, 2);
    assert_eq!(
        stripped[..yaml_at].matches('\n').count() as u32 + 1,
        s.yaml_line,
        "the YAML starts on the line after the opening fence"
    );
    assert_eq!(
        stripped[..body_at].matches('\n').count() as u32 + 1,
        s.body_line,
        "body_line is the body's line"
    );
}

/// Both raw-HTML modes; the sanitised output must be inert.
pub fn markdown(text: &str) {
    let _ = markdown::render(text, "/sub/", RawHtml::Allow);
    let out = markdown::render(text, "/sub/", RawHtml::Sanitize);
    let page = html::tokenize(&out);
    let problems = html::problems(&page, false);
    assert!(problems.is_empty(), "{problems:?}\nin:\n{out}");
}

struct FuzzSite {
    _dir: tempfile::TempDir,
    root: PathBuf,
    output: PathBuf,
}

fn fuzz_site() -> &'static FuzzSite {
    static SITE: OnceLock<FuzzSite> = OnceLock::new();
    SITE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().to_path_buf();
        let write = |rel: &str, text: &str| {
            let p = root.join(rel);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        };
        write("warta.yaml", "title: Fuzz\nbase_url: https://fuzz.example/\n");
        write("content/organizations/dinas-a.yaml", "name: Dinas A\n");
        write(
            "content/programs/pelatihan.yaml",
            "title: Pelatihan\nstart: 2024-06-24\nend: 2024-06-26\norganizers: [dinas-a]\n\
             venues:\n  - name: Balai\ncurriculum:\n  - { title: Teori, day: 1, venue: Balai }\n",
        );
        write("content/pages/tentang.md", "---\ntitle: Tentang\n---\nIsi.\n");
        let output = root.join("public");
        FuzzSite {
            _dir: dir,
            root,
            output,
        }
    })
}

/// One fuzzed news item in a valid site, built end to end.
pub fn site(data: &[u8]) {
    let site = fuzz_site();
    let path: &Path = &site.root.join("content/news/fuzz.md");
    std::fs::write(path, data).expect("write the fuzzed file");
    let options = warta::resolve::BuildOptions {
        drafts: data.first() == Some(&b'd'),
        future: true,
        base_url: None,
        now: jiff::Timestamp::from_second(1_795_780_800).unwrap(),
        strict: false,
    };
    match warta::pipeline::build(&site.root, &site.output, &options) {
        Ok(_) => {
            let html = std::fs::read_to_string(site.output.join("index.html")).unwrap();
            let problems = html::problems(&html::tokenize(&html), true);
            assert!(problems.is_empty(), "{problems:?}");
        }
        Err(warta::pipeline::BuildError::Content(diagnostics)) => {
            assert!(diagnostics.iter().any(Diagnostic::is_error));
            for d in diagnostics {
                let _ = d.render(false);
            }
        }
        Err(other) => panic!("{other:?}"),
    }
}
