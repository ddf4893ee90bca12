//! `warta check`: every rule of a build plus internal links; writes nothing.

mod common;

use common::small_site;

#[test]
fn a_clean_site_passes_and_nothing_is_written() {
    let site = small_site();
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!site.output().exists(), "check writes nothing");
}

#[test]
fn broken_internal_links_are_reported_with_their_place() {
    let site = small_site();
    site.write(
        "content/news/tautan.md",
        "---\ntitle: Tautan\ndate: 2025-01-01\n---\nBaik: [program](/programs/keripik-2024/), [relatif](../pembukaan-keripik/),\n[bagian](/news/pembukaan-keripik/#hari-pertama), [luar](https://example.go.id/x/).\n\nRusak: [program](/programs/keripik-2025/)\n\n[bagian](#tidak-ada) dan [berkas](/berkas/panduan.pdf)\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let e = &run.stderr;
    assert!(e.contains("content/news/tautan.md:8:8"), "{e}");
    assert!(
        e.contains("the link `/programs/keripik-2025/` leads to a page this site does not have"),
        "{e}"
    );
    assert!(e.contains("did you mean `/programs/keripik-2024/`?"), "{e}");
    assert!(e.contains("content/news/tautan.md:10:1"), "{e}");
    assert!(
        e.contains("`#tidak-ada`, which that page does not have"),
        "{e}"
    );
    assert!(e.contains("content/news/tautan.md:10:26"), "{e}");
    assert!(
        e.contains("put the file at `static/berkas/panduan.pdf`"),
        "{e}"
    );
    assert_eq!(
        e.matches("error:").count(),
        4,
        "three broken links and the summary:\n{e}"
    );
    assert!(!site.output().exists(), "check writes nothing");
}

#[test]
fn content_errors_fail_the_check_too() {
    let site = small_site();
    site.write(
        "content/programs/salah.yaml",
        "title: A\nstart: 2024-02-30\norganizers: [dinas-a]\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("content/programs/salah.yaml:2:8"),
        "{}",
        run.stderr
    );
}

/// A broken link in a program's description is reported at the link itself,
/// with the line it is on under the error, in every style of YAML text
/// (both YAML readers, ours and serde-saphyr, read these files).
#[test]
fn a_broken_link_in_a_description_is_placed_at_the_link() {
    let styles = [
        (
            "literal",
            "|\n  Baris satu.\n  Lihat [x](/tidak-ada/) ya\n",
            "6:9",
        ),
        (
            "keep",
            "|+\n  Baris satu.\n  Lihat [x](/tidak-ada/) ya\n\n",
            "6:9",
        ),
        (
            "folded",
            ">\n  Baris satu.\n  Lihat [x](/tidak-ada/) ya\n",
            "6:9",
        ),
        (
            "quoted",
            "\"Baris satu.\n  Lihat [x](/tidak-ada/) ya\"\n",
            "5:9",
        ),
        (
            "escaped",
            "\"Baris \\\"satu\\\".\\n\\n  Lihat [x](/tidak-ada/) ya\"\n",
            "4:42",
        ),
    ];
    let site = small_site();
    for (name, description, _) in styles {
        site.write(
            &format!("content/programs/{name}.yaml"),
            &format!(
                "title: P\nstart: 2024-06-24\norganizers: [dinas-a]\ndescription: {description}sector: A\n"
            ),
        );
    }
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for (name, _, place) in styles {
        let line = place.split(':').next().unwrap();
        let error = run
            .stderr
            .split("error: ")
            .find(|e| e.contains(&format!("{name}.yaml:")))
            .unwrap_or_else(|| panic!("no error for {name}:\n{}", run.stderr));
        assert!(
            error.contains(&format!("--> content/programs/{name}.yaml:{place}\n")),
            "{name}: {error}"
        );
        // The snippet shows the file's line, labelled with its number.
        let shown = error
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{line} |")))
            .unwrap_or_else(|| panic!("{name}: no line {line} in {error}"));
        assert!(shown.contains("[x](/tidak-ada/)"), "{name}: {error}");
    }
}

/// A link the site's URL rule refuses (the page shows `#` in its place) is
/// reported by `warta check` at the link, once: a warning, as in `build`
/// (the Markdown checks find it), which fails a check.
#[test]
fn a_link_to_another_host_written_as_a_path_fails_the_check() {
    let site = small_site();
    site.write(
        "content/news/tuan-rumah.md",
        "---\ntitle: T\ndate: 2025-01-01\n---\nBaca [ini](/\\evil.example/x) atau <humas@example.go.id>.\n",
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/news/tuan-rumah.md:5:6"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("nor a web address warta can link to"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("warning:").count(), 1, "{}", run.stderr);
    assert_eq!(run.stderr.matches("error:").count(), 1, "{}", run.stderr);
}
