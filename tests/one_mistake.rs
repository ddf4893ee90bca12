//! One mistake, one error (issue 16 item 3): a record file that does not
//! load is reported once, at its own line; every file that names the
//! record (news items, programs, warta.yaml's `publisher`) stays quiet,
//! in a fresh build and in the preview's rebuild after a save.

mod common;

use common::{Site, small_site};

/// The `error:` blocks of a run, without the closing summary line.
fn errors(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("error: ") && !l.starts_with("error: the build found"))
        .collect()
}

/// Builds and returns (errors, stderr), asserting the build failed.
fn failed_build(site: &Site) -> (Vec<String>, String) {
    let run = site.build();
    assert_ne!(run.code, 0, "{}", run.stderr);
    let errors = errors(&run.stderr).iter().map(|e| e.to_string()).collect();
    (errors, run.stderr)
}

/// `title: Bimtek WUB: Pengolahan ...`, the slip editors make most: the
/// file does not load.
const BROKEN_TITLE: &str = "title: Bimtek WUB: Pengolahan Keripik\n";

#[test]
fn a_program_that_does_not_load_is_one_error_not_one_per_news_item() {
    let site = small_site();
    site.write(
        "content/news/2024/2024-06-25-hari-kedua.md",
        "---\ntitle: Hari Kedua\ndate: 2024-06-25\nprograms: [keripik-2024]\n---\nTeks.\n",
    );
    let program = "content/programs/keripik-2024.yaml";
    let text = std::fs::read_to_string(site.root().join(program)).unwrap();
    let rest = text.split_once('\n').unwrap().1;
    site.write(program, &format!("{BROKEN_TITLE}{rest}"));
    let (errors, stderr) = failed_build(&site);
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(stderr.contains(&format!("{program}:1:")), "{stderr}");
    assert!(!stderr.contains("there is no program"), "{stderr}");
}

#[test]
fn a_program_that_does_not_load_keeps_the_id_its_text_gives() {
    let site = small_site();
    site.remove("content/programs/keripik-2024.yaml");
    site.write(
        "content/programs/keripik-lama.yaml",
        &format!("{BROKEN_TITLE}id: keripik-2024\nstart: 2024-06-24\norganizers: [dinas-a]\n"),
    );
    let (errors, stderr) = failed_build(&site);
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(!stderr.contains("there is no program"), "{stderr}");
}

#[test]
fn an_organization_that_does_not_load_is_one_error_wherever_it_is_named() {
    let site = small_site();
    // dinas-a is warta.yaml's publisher and the organizer of both
    // programs; name it in a news item, a partner list and an official too.
    site.write(
        "content/news/2024/2024-06-25-dinas.md",
        "---\ntitle: Kabar Dinas\ndate: 2024-06-25\norganizations: [dinas-a]\n---\nTeks.\n",
    )
    .write(
        "content/programs/kopi-2024.yaml",
        "title: Kopi\nstart: 2024-05-01\norganizers: [kampus-b]\npartners: [dinas-a]\nofficials:\n  - { name: Ibu Sari, organization: dinas-a }\n",
    )
    .write("content/organizations/dinas-a.yaml", "name: Dinas: A\nkind: government\n");
    let (errors, stderr) = failed_build(&site);
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(
        stderr.contains("content/organizations/dinas-a.yaml:1:"),
        "{stderr}"
    );
    assert!(!stderr.contains("there is no organization"), "{stderr}");
}

#[test]
fn an_invalid_program_id_is_reported_once_not_again_where_it_is_named() {
    let site = small_site();
    let program = "content/programs/keripik-2024.yaml";
    let text = std::fs::read_to_string(site.root().join(program)).unwrap();
    site.write(program, &format!("id: Keripik_2024\n{text}"));
    site.write(
        "content/news/2024/2024-06-24-pembukaan-keripik.md",
        "---\ntitle: Dibuka\ndate: 2024-06-24\nprograms: [Keripik_2024]\n---\nTeks.\n",
    );
    let (errors, stderr) = failed_build(&site);
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(stderr.contains("is not a valid id"), "{stderr}");
}

/// The preview re-reads only the saved file (`load::update`): the same
/// single error as a fresh build, and none once the file is fixed.
#[test]
fn the_preview_after_a_save_reports_the_same_single_error() {
    let site = small_site();
    let root = site.root();
    let (mut loaded, mut diagnostics) = warta::load::load_site(root);
    let options = warta::resolve::BuildOptions {
        drafts: false,
        future: false,
        base_url: None,
        now: jiff::Timestamp::from_second(common::NOW.parse().unwrap()).unwrap(),
        strict: false,
        preview: false,
    };
    let program = root.join("content/programs/keripik-2024.yaml");
    let good = std::fs::read_to_string(&program).unwrap();
    let errors_after = |loaded: &mut warta::load::LoadedSite,
                        diagnostics: &mut Vec<warta::diagnostics::Diagnostic>,
                        text: &str| {
        std::fs::write(&program, text).unwrap();
        assert!(warta::load::update(
            loaded,
            diagnostics,
            root,
            std::slice::from_ref(&program)
        ));
        let (_, resolved) = warta::resolve::resolve(loaded, &options, None);
        diagnostics
            .iter()
            .chain(&resolved)
            .filter(|d| d.is_error())
            .map(|d| d.message.en().to_string())
            .collect::<Vec<_>>()
    };
    let rest = good.split_once('\n').unwrap().1;
    let broken = errors_after(
        &mut loaded,
        &mut diagnostics,
        &format!("{BROKEN_TITLE}{rest}"),
    );
    assert_eq!(broken.len(), 1, "{broken:?}");
    assert_eq!(
        errors_after(&mut loaded, &mut diagnostics, &good),
        Vec::<String>::new()
    );
}
