//! `warta init` and `warta new`: files that build at once.

mod common;

use std::process::Command;

fn warta(args: &[&str], dir: &std::path::Path) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_warta"))
        .env("WARTA_LANG", "en")
        .args(args)
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", common::NOW)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn init_makes_a_site_that_builds_and_checks_clean() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, err) = warta(&["init", "situs"], tmp.path());
    assert_eq!(code, 0, "{err}");
    let site = tmp.path().join("situs");
    for f in [
        "warta.yaml",
        "content/organizations/dinas-contoh.yaml",
        "content/programs/contoh-pelatihan.yaml",
        "content/news/contoh-berita.md",
        "content/pages/tentang.md",
    ] {
        assert!(site.join(f).is_file(), "{f}");
    }
    let (code, _, err) = warta(&["check"], &site);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = warta(&["build"], &site);
    assert_eq!(code, 0, "{err}");
    let program =
        std::fs::read_to_string(site.join("public/programs/contoh-pelatihan/index.html")).unwrap();
    assert!(
        program.contains("Pendaftaran dibuka sampai"),
        "an upcoming program with open registration"
    );
    let (code, _, err) = warta(&["init", "situs"], tmp.path());
    assert_eq!(code, 2, "a non-empty folder is refused: {err}");
}

#[test]
fn new_files_have_every_key_build_and_are_never_overwritten() {
    let site = common::small_site();
    let root = site.root();
    let (code, out, err) = warta(
        &["new", "program", "Pelatihan Anyaman Bambu: Lanjutan"],
        root,
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.trim(),
        "content/programs/pelatihan-anyaman-bambu-lanjutan.yaml"
    );
    let text = std::fs::read_to_string(root.join(out.trim())).unwrap();
    for key in [
        "title:",
        "summary:",
        "start: 2026-11-27",
        "organizers: [dinas-a]",
        "venues:",
        "registration:",
        "curriculum:",
        "outcomes:",
        "draft: true",
    ] {
        assert!(text.contains(key), "no `{key}` in:\n{text}");
    }
    assert!(
        text.contains("# judul program"),
        "keys are explained in Indonesian"
    );
    let (code, out, err) = warta(&["new", "news", "Berita \"Penting\": Hari Ini"], root);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.trim()
            .ends_with("content/news/2026/2026-11-27-berita-penting-hari-ini.md"),
        "{out}"
    );
    let (code, _, err) = warta(&["new", "page", "Kontak"], root);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = warta(
        &[
            "new",
            "organization",
            "Dinas Koperasi dan UMKM Kabupaten Contoh",
        ],
        root,
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.trim(),
        "content/organizations/dinas-koperasi-dan-umkm-kabupaten-contoh.yaml"
    );

    let run = site.run(&["build", "--drafts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.read("programs/pelatihan-anyaman-bambu-lanjutan/index.html")
            .contains("Pelatihan Anyaman Bambu: Lanjutan")
    );
    assert!(
        site.read("news/berita-penting-hari-ini/index.html")
            .contains("Berita &quot;Penting&quot;: Hari Ini")
    );
    assert!(site.read("kontak/index.html").contains("Kontak"));
    assert!(
        site.read("organizations/dinas-koperasi-dan-umkm-kabupaten-contoh/index.html")
            .contains("Dinas Koperasi dan UMKM Kabupaten Contoh")
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !site.output().join("kontak/index.html").exists(),
        "new files are drafts until the editor says so"
    );

    let before = std::fs::read_to_string(root.join("content/pages/kontak.md")).unwrap();
    let (code, _, err) = warta(&["new", "page", "Kontak"], root);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(
        std::fs::read_to_string(root.join("content/pages/kontak.md")).unwrap(),
        before
    );
}

/// Every key a file of its kind may have (from `warta schema`) is in the file
/// `warta new` writes, written or shown in a comment: an editor never has to
/// look a key up.
#[test]
fn new_files_name_every_key_of_their_kind() {
    let site = common::small_site();
    let root = site.root();
    let schemas = tempfile::tempdir().unwrap();
    let (code, _, err) = warta(
        &["schema", "--output", schemas.path().to_str().unwrap()],
        root,
    );
    assert_eq!(code, 0, "{err}");
    for (kind, schema) in [
        ("program", "program.schema.json"),
        ("news", "news.schema.json"),
        ("page", "page.schema.json"),
        ("organization", "organization.schema.json"),
    ] {
        let (code, out, err) = warta(&["new", kind, &format!("Contoh {kind}")], root);
        assert_eq!(code, 0, "{err}");
        let text = std::fs::read_to_string(root.join(out.trim())).unwrap();
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(schemas.path().join(schema)).unwrap())
                .unwrap();
        for key in schema["properties"].as_object().unwrap().keys() {
            let written = text.lines().any(|l| {
                l.trim_start_matches(['#', ' '])
                    .starts_with(&format!("{key}:"))
            });
            assert!(written, "`warta new {kind}` has no `{key}:`:\n{text}");
        }
    }
}
