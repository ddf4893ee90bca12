//! warta speaks to the editor in the site's language (Indonesian unless the
//! site says `language: en`), `--lang` or `WARTA_LANG` override it, and
//! outside a site it speaks English.

mod common;

use common::small_site;

#[test]
fn an_indonesian_site_is_told_in_indonesian() {
    let site = small_site();
    let run = site.run_as_editor(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("Selesai: "), "{}", run.stderr);
    site.write(
        "content/programs/rusak.yaml",
        "title: [A\nstart: 2024-01-01\n",
    );
    let run = site.run_as_editor(&["build"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("kesalahan: "), "{}", run.stderr);
    assert!(!run.stderr.contains("error:"), "{}", run.stderr);
    assert!(
        run.stderr.contains("tidak ada yang ditulis"),
        "{}",
        run.stderr
    );
}

#[test]
fn lang_and_warta_lang_override_the_sites_language() {
    let site = small_site();
    let run = site.run_as_editor(&["--lang", "en", "build"]);
    assert!(run.stderr.contains("Built "), "{}", run.stderr);
    let run = site.run(&["build"]);
    assert!(run.stderr.contains("Built "), "{}", run.stderr);
    site.write("warta.yaml", "language: en\n");
    let run = site.run_as_editor(&["build"]);
    assert!(run.stderr.contains("Built "), "{}", run.stderr);
    let run = site.run_as_editor(&["check", "--lang", "id"]);
    assert!(run.stderr.contains("beres: "), "{}", run.stderr);
}

#[test]
fn outside_a_site_warta_speaks_english_and_refuses_an_unknown_language() {
    let site = small_site();
    let missing = site.root().join("tidak-ada");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_warta"))
        .env_remove("WARTA_LANG")
        .args(["build", "--root"])
        .arg(&missing)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.starts_with("error: the site folder"), "{stderr}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_warta"))
        .env("WARTA_LANG", "fr")
        .args(["build", "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("WARTA_LANG=`fr`"), "{stderr}");
}

/// `--help` and the command line's mistakes follow the site's language too
/// (issue 16): the help of an Indonesian site is Indonesian, from the rows,
/// and a mistyped option is told in Indonesian with exit code 2.
#[test]
fn help_and_command_line_mistakes_are_in_the_sites_language() {
    let site = small_site();
    let run = site.run_as_editor(&["build", "--help"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let help = &run.stdout;
    for words in [
        "Bangun situs ke folder hasil",
        "Pemakaian:",
        "Pilihan:",
        "Tampilkan bantuan ini",
        "Folder situs",
    ] {
        assert!(help.contains(words), "`{words}` in:\n{help}");
    }
    assert!(
        !help.contains("Usage:") && !help.contains("Print help"),
        "{help}"
    );
    let run = site.run_as_editor(&["build", "--strcit"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("kesalahan: pilihan `--strcit` tidak dikenal"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("unexpected argument"),
        "{}",
        run.stderr
    );
    // In English on request, as clap writes it.
    let run = site.run(&["build", "--help"]);
    assert!(
        run.stdout.contains("Usage:") && run.stdout.contains("Build the site"),
        "{}",
        run.stdout
    );
}

/// The content rules (src/resolve/) speak Indonesian whole: the words
/// filled in (the kind of record, a month, a date, a count) too, with
/// dates and numbers written as Indonesians write them.
#[test]
fn content_rules_are_told_in_indonesian_with_indonesian_dates_and_numbers() {
    let site = small_site();
    site.write(
        "content/programs/rusak.yaml",
        "title: A\nstart: 2024-06-31\norganizers: [dinas-x]\nparticipants: { quota: -5 }\n",
    )
    .write(
        "content/programs/daftar.yaml",
        "title: B\nstart: 2024-03-10\nend: 2024-03-01\norganizers: [dinas-a]\nparticipants: { registered: 1200, attended: 1250 }\n",
    );
    let run = site.run_as_editor(&["build"]);
    assert_eq!(run.code, 1);
    let said: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| {
            l.starts_with("kesalahan: ")
                || l.starts_with("peringatan: ")
                || l.starts_with("saran: ")
        })
        .collect();
    let expected = [
        "kesalahan: program berakhir (1 Maret 2024) sebelum dimulai (10 Maret 2024)",
        "saran: `end` adalah hari terakhir program dan tidak boleh lebih awal dari `start`",
        "peringatan: yang hadir (1.250) lebih banyak daripada yang mendaftar (1.200)",
        "saran: periksa kedua angka; jika ada peserta yang datang tanpa mendaftar, naikkan `registered` sampai sama",
        "kesalahan: `2024-06-31` bukan tanggal yang ada: Juni 2024 hanya sampai tanggal 30",
        "saran: periksa tanggal dan bulannya; tanggal ditulis TTTT-BB-HH",
        "kesalahan: tidak ada lembaga dengan kode `dinas-x`",
        "saran: maksud Anda `dinas-a`?",
        "kesalahan: isian `quota` tidak boleh negatif (sekarang -5)",
        "saran: tulis 0 atau bilangan bulat positif",
    ];
    assert_eq!(said[..expected.len()], expected, "{}", run.stderr);
}

/// Every command's help in Indonesian has no English of clap's left in it.
#[test]
fn every_commands_help_is_indonesian_whole() {
    let site = small_site();
    for command in ["build", "serve", "check", "new", "init", "schema"] {
        let run = site.run_as_editor(&[command, "--help"]);
        assert_eq!(run.code, 0, "{command}: {}", run.stderr);
        for english in [
            "Usage",
            "[OPTIONS]",
            "[default",
            "possible values",
            "Print help",
        ] {
            assert!(
                !run.stdout.contains(english),
                "`{english}` in `warta {command} --help`:\n{}",
                run.stdout
            );
        }
        assert!(run.stdout.contains("[PILIHAN]"), "{}", run.stdout);
    }
}
