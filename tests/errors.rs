//! Content errors: every one reported at once, each with file:line:column,
//! a snippet and a hint; exit code 1; the previous output untouched.

mod common;

use common::{Site, small_site};

/// One instance of each class of content error, with the location and the
/// words each message must carry.
const BROKEN: &[(&str, &str, &str, &[&str])] = &[
    (
        "content/programs/yaml-rusak.yaml",
        "title: [tidak ditutup\nstart: 2024-01-01\norganizers: [dinas-a]\n",
        "content/programs/yaml-rusak.yaml:1:8",
        &[],
    ),
    (
        "content/programs/kunci-salah.yaml",
        "title: A\nstrat: 2024-01-01\norganizers: [dinas-a]\n",
        "content/programs/kunci-salah.yaml:2:1",
        &["unknown key `strat`", "did you mean `start`?"],
    ),
    (
        "content/programs/tanpa-judul.yaml",
        "start: 2024-01-01\norganizers: [dinas-a]\n",
        "content/programs/tanpa-judul.yaml:1:1",
        &["required key `title` is missing"],
    ),
    (
        "content/programs/jenis-salah.yaml",
        "title: A\nstart: 2024-01-01\norganizers: dinas-a\n",
        "content/programs/jenis-salah.yaml:3:13",
        &["takes a list", "put it in square brackets"],
    ),
    (
        "content/programs/tab.yaml",
        "title: A\nregion:\n\tprovince: Jawa Timur\n",
        "content/programs/tab.yaml:3:",
        &["tab"],
    ),
    (
        "content/programs/org-salah.yaml",
        "title: A\nstart: 2024-01-01\norganizers: [dinas-b]\n",
        "content/programs/org-salah.yaml:3:14",
        &[
            "no organization with the id `dinas-b`",
            "did you mean `dinas-a`?",
        ],
    ),
    (
        "content/programs/tanggal.yaml",
        "title: A\nstart: 2024-02-30\norganizers: [dinas-a]\n",
        "content/programs/tanggal.yaml:2:8",
        &["not a real date", "February 2024 has 29 days"],
    ),
    (
        "content/programs/terbalik.yaml",
        "title: A\nstart: 2024-03-10\nend: 2024-03-01\norganizers: [dinas-a]\n",
        "content/programs/terbalik.yaml:3:6",
        &["ends (1 March 2024) before it starts (10 March 2024)"],
    ),
    (
        "content/programs/daftar.yaml",
        "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\nregistration:\n  closes: 2024-03-11\n",
        "content/programs/daftar.yaml:5:11",
        &["registration closes (11 March 2024) after the program starts"],
    ),
    (
        "content/programs/negatif.yaml",
        "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\nparticipants: { quota: -5 }\n",
        "content/programs/negatif.yaml:4:24",
        &["`quota` must not be negative"],
    ),
    (
        "content/programs/tempat.yaml",
        "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\nvenues:\n  - name: Hotel Tampiarto\ncurriculum:\n  - title: Praktik\n    venue: Hotel Tampiarta\n",
        "content/programs/tempat.yaml:8:12",
        &[
            "not one of this program's venues",
            "did you mean `Hotel Tampiarto`?",
        ],
    ),
    (
        "content/programs/a/ganda.yaml",
        "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\n",
        "",
        &[],
    ),
    (
        "content/programs/b/ganda.yaml",
        "title: B\nstart: 2024-03-10\norganizers: [dinas-a]\n",
        "content/programs/b/ganda.yaml:1:1",
        &[
            "`ganda` is used twice",
            "content/programs/a/ganda.yaml already uses it",
        ],
    ),
    (
        "content/programs/Salah_ID.yaml",
        "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\n",
        "content/programs/Salah_ID.yaml:1:1",
        &["is not a valid id", "salah-id"],
    ),
    (
        "content/programs/status.yaml",
        "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\nstatus: canceled\n",
        "content/programs/status.yaml:4:9",
        &[
            "`canceled` is not an allowed value",
            "did you mean `cancelled`?",
        ],
    ),
    (
        "content/news/berita.md",
        "---\ntitle: Berita\ndate: 2024-03-10\nprograms: [tidak-ada]\n---\nIsi.\n",
        "content/news/berita.md:4:12",
        &["no program with the id `tidak-ada`"],
    ),
    (
        "content/news/tanggal-berita.md",
        "---\ntitle: Berita\ndate: 10 Maret 2024\n---\nIsi.\n",
        "content/news/tanggal-berita.md:3:7",
        &["is not a date", "YYYY-MM-DD"],
    ),
    (
        "content/news/terbuka.md",
        "---\ntitle: Terbuka\ndate: 2024-03-10\nIsi tanpa penutup.\n",
        "content/news/terbuka.md:4:1",
        &["never closed"],
    ),
    (
        "content/pages/tanpa-judul.md",
        "---\nsummary: x\n---\nIsi.\n",
        "content/pages/tanpa-judul.md:2:1",
        &["required key `title` is missing"],
    ),
    (
        "content/catatan.txt",
        "catatan pribadi\n",
        "content/catatan.txt",
        &["does not know what to do with this file"],
    ),
];

#[test]
fn every_content_error_is_reported_with_its_place_and_nothing_is_written() {
    let site = small_site();
    assert_eq!(site.build().code, 0);
    let before = site.snapshot();
    assert!(!before.is_empty());

    for (path, text, _, _) in BROKEN {
        site.write(path, text);
    }
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    for (path, _, location, words) in BROKEN {
        if location.is_empty() {
            continue;
        }
        assert!(
            run.stderr.contains(location),
            "no `{location}` for {path} in:\n{}",
            run.stderr
        );
        for w in *words {
            assert!(
                run.stderr.contains(w),
                "no `{w}` for {path} in:\n{}",
                run.stderr
            );
        }
    }
    let errors = run.stderr.matches("error:").count();
    assert!(
        errors >= BROKEN.len() - 1,
        "{errors} errors:\n{}",
        run.stderr
    );
    assert!(run.stderr.contains("help:"), "hints are shown");
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert_eq!(site.snapshot(), before, "the previous output changed");
}

#[test]
fn a_warning_does_not_stop_the_build() {
    let site = small_site();
    site.write(
        "content/programs/ramai.yaml",
        "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\nparticipants: { registered: 10, attended: 12 }\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("warning: more people attended (12) than registered (10)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("content/programs/ramai.yaml:4:"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_broken_template_names_its_file_and_line_and_writes_nothing() {
    let site = small_site();
    assert_eq!(site.build().code, 0);
    let before = site.snapshot();
    site.write("templates/page.html", "<p>\n{{ page.title \n</p>");
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    // Tera reports the place where it found the unexpected token.
    assert!(
        run.stderr.contains("templates/page.html:3:1"),
        "{}",
        run.stderr
    );
    assert_eq!(site.snapshot(), before);

    site.write("templates/page.html", "<p>{{ page.no_such_field }}</p>");
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("templates/page.html:1:"),
        "{}",
        run.stderr
    );
    assert_eq!(site.snapshot(), before);
}

#[test]
fn usage_errors_exit_with_two() {
    let site = small_site();
    assert_eq!(site.run(&["build", "--no-such-flag"]).code, 2);
    let root = site.root().to_str().unwrap().to_string();
    let run = site.run(&["build", "--output", &root]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("contains the site itself"),
        "{}",
        run.stderr
    );
    let run = site.run(&["build", "--output", &format!("{root}/content/public")]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    // A folder that warta did not make is never replaced.
    site.write("lain/catatan.txt", "penting");
    let run = site.run(&["build", "--output", &format!("{root}/lain")]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("was not made by warta"),
        "{}",
        run.stderr
    );
    assert!(site.root().join("lain/catatan.txt").exists());
    let run = site.run(&["build", "--base-url", "ftp://x/"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
}

#[test]
fn an_empty_site_folder_gets_a_hint_not_a_panic() {
    let site = Site::new();
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("no `content/` folder"),
        "{}",
        run.stderr
    );
}
