//! What each fuzz target checks, beyond "does not panic, does not hang".
//! Every failed assertion here is a finding: make it a regression test under
//! `tests/` (see docs/FUZZING.md).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use warta::diagnostics::Diagnostic;

#[path = "../../tests/common/html.rs"]
pub mod html;
#[path = "../../tests/common/invariants.rs"]
pub mod invariants;

pub use invariants::{front_matter, markdown, markdown_file, record};

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
        write(
            "content/news/pembukaan.md",
            "---\ntitle: Dibuka\ndate: 2024-06-24\nprograms: [pelatihan]\n---\nIsi.\n",
        );
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
        preview: false,
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
