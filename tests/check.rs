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
