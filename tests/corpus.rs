//! The bad-input corpus: one damage per case, applied to a fresh copy of the
//! small test site after a good build. Each case must end with exit code 1,
//! no panic, a diagnostic naming the file (with line and column where the
//! problem has a place), a `help:` hint, the previous output byte-for-byte
//! unchanged and no temporary folder left beside it.
//!
//! `CORPUS_SHOW=1 cargo test --test corpus` prints what warta said for each.

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{NOW, Run, Site, small_site};

struct Case {
    name: &'static str,
    damage: fn(&Site),
    /// What the diagnostic must name: `file:line:column`, or the file alone
    /// for problems that have no place inside it.
    place: &'static str,
    /// Words the message or its hint must carry.
    words: &'static [&'static str],
}

fn program(site: &Site, name: &str, text: &str) {
    site.write(&format!("content/programs/{name}"), text);
}

fn news(site: &Site, name: &str, text: &str) {
    site.write(&format!("content/news/{name}"), text);
}

fn write_bytes(site: &Site, rel: &str, bytes: &[u8]) {
    let path = site.root().join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

/// "Billion laughs": ten levels of ten aliases each.
fn alias_bomb() -> String {
    let mut yaml = String::from("lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..10 {
        let refs = vec![format!("*l{}", i - 1); 10].join(", ");
        yaml.push_str(&format!("lol{i}: &l{i} [{refs}]\n"));
    }
    yaml
}

/// A news item whose body is a Markdown table `columns` wide, with rows of
/// one-letter cells until the file is `size` bytes.
fn wide_table(columns: usize, size: usize) -> String {
    let row = |cell: &dyn Fn(usize) -> String| {
        let cells: Vec<String> = (0..columns).map(cell).collect();
        format!("|{}|\n", cells.join("|"))
    };
    let mut text = String::from("---\ntitle: Tabel\ndate: 2024-01-01\n---\n");
    text.push_str(&row(&|i| format!("k{i}")));
    text.push_str(&row(&|_| "-".into()));
    let cells = row(&|_| "x".into());
    while text.len() < size {
        text.push_str(&cells);
    }
    text
}

/// Whether this process can read a file whose permissions say it may not
/// (root can): then `chmod 000` makes nothing unreadable.
fn permissions_are_enforced(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join("probe");
    fs::write(&probe, "x").unwrap();
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o000)).unwrap();
    let enforced = fs::read(&probe).is_err();
    fs::remove_file(&probe).unwrap();
    enforced
}

const CASES: &[Case] = &[
    // --- YAML syntax ---
    Case {
        name: "yaml syntax: unclosed flow list",
        damage: |s| {
            program(
                s,
                "rusak.yaml",
                "title: [tidak ditutup\nstart: 2024-01-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/rusak.yaml:1:8",
        words: &[],
    },
    Case {
        name: "yaml syntax: unclosed quote in front matter",
        damage: |s| {
            news(
                s,
                "kutip.md",
                "---\ntitle: \"tanpa penutup\ndate: 2024-01-01\n---\nIsi.\n",
            )
        },
        place: "content/news/kutip.md:2:",
        words: &[],
    },
    Case {
        name: "yaml syntax: key without value indentation",
        damage: |s| {
            program(
                s,
                "indentasi.yaml",
                "title: A\n  start: 2024-01-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/indentasi.yaml:2:",
        words: &[],
    },
    Case {
        name: "tab indentation",
        damage: |s| {
            program(
                s,
                "tab.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nregion:\n\tprovince: Jawa Timur\n",
            )
        },
        place: "content/programs/tab.yaml:5:",
        words: &["indent with spaces"],
    },
    Case {
        name: "duplicate key",
        damage: |s| {
            program(
                s,
                "ganda-kunci.yaml",
                "title: A\ntitle: B\nstart: 2024-01-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/ganda-kunci.yaml:2:",
        words: &["the key `title` appears twice", "remove one of them"],
    },
    Case {
        name: "several YAML documents in one record",
        damage: |s| {
            program(
                s,
                "dua.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\n---\ntitle: B\n",
            )
        },
        place: "content/programs/dua.yaml:",
        words: &[],
    },
    Case {
        name: "an error in a CRLF file with a byte order mark keeps its place",
        damage: |s| {
            program(
                s,
                "crlf.yml",
                "\u{feff}title: A\r\nstrat: 2024-01-01\r\norganizers: [dinas-a]\r\n",
            )
        },
        place: "content/programs/crlf.yml:2:1",
        words: &["unknown key `strat`", "did you mean `start`?"],
    },
    Case {
        name: "an error in CRLF front matter with a byte order mark keeps its place",
        damage: |s| {
            news(
                s,
                "crlf.md",
                "\u{feff}---\r\ntitle: A\r\ndate: 2024-02-30\r\n---\r\nIsi.\r\n",
            )
        },
        place: "content/news/crlf.md:3:7",
        words: &["not a real date"],
    },
    // --- wrong types ---
    Case {
        name: "wrong type: text where a list belongs",
        damage: |s| {
            program(
                s,
                "jenis.yaml",
                "title: A\nstart: 2024-01-01\norganizers: dinas-a\n",
            )
        },
        place: "content/programs/jenis.yaml:3:13",
        words: &["takes a list", "put it in square brackets"],
    },
    Case {
        name: "wrong type: words where a number belongs",
        damage: |s| {
            program(
                s,
                "angka.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nparticipants: { quota: banyak }\n",
            )
        },
        place: "content/programs/angka.yaml:4:24",
        words: &["whole number"],
    },
    Case {
        name: "wrong type: not a boolean",
        damage: |s| {
            news(
                s,
                "draf.md",
                "---\ntitle: A\ndate: 2024-01-01\ndraft: mungkin\n---\nIsi.\n",
            )
        },
        place: "content/news/draf.md:4:8",
        words: &["`true` or `false`"],
    },
    Case {
        name: "wrong type: a list where text belongs",
        damage: |s| {
            program(
                s,
                "judul-daftar.yaml",
                "title: [a, b]\nstart: 2024-01-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/judul-daftar.yaml:1:8",
        words: &["takes one text", "`title: a, b`"],
    },
    Case {
        name: "not an allowed value",
        damage: |s| {
            program(
                s,
                "peran.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nvenues:\n  - { name: Balai, role: teori }\n",
            )
        },
        place: "content/programs/peran.yaml:5:",
        words: &["`teori` is not an allowed value", "theory"],
    },
    // --- unknown keys ---
    Case {
        name: "unknown key in a program",
        damage: |s| {
            program(
                s,
                "kunci.yaml",
                "title: A\nstrat: 2024-01-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/kunci.yaml:2:1",
        words: &["unknown key `strat`", "did you mean `start`?"],
    },
    Case {
        name: "unknown key in a venue",
        damage: |s| {
            program(
                s,
                "alamat.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nvenues:\n  - name: Balai\n    adress: Jl. Raya\n",
            )
        },
        place: "content/programs/alamat.yaml:6:5",
        words: &["unknown key `adress`", "did you mean `address`?"],
    },
    Case {
        name: "unknown key in warta.yaml",
        damage: |s| {
            s.write(
                "warta.yaml",
                "title: Uji\nbase_ulr: https://uji.example.go.id/\n",
            );
        },
        place: "warta.yaml:2:1",
        words: &["unknown key `base_ulr`", "did you mean `base_url`?"],
    },
    Case {
        name: "unknown key in news front matter",
        damage: |s| {
            news(
                s,
                "penulis.md",
                "---\ntitle: A\ndate: 2024-01-01\npenulis: Humas\n---\nIsi.\n",
            )
        },
        place: "content/news/penulis.md:4:1",
        words: &["unknown key `penulis`"],
    },
    // --- missing required fields ---
    Case {
        name: "program without a title",
        damage: |s| {
            program(
                s,
                "tanpa-judul.yaml",
                "start: 2024-01-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/tanpa-judul.yaml:1:1",
        words: &["required key `title` is missing", "add a line `title: ...`"],
    },
    Case {
        name: "news item without a date",
        damage: |s| news(s, "tanpa-tanggal.md", "---\ntitle: A\n---\nIsi.\n"),
        place: "content/news/tanpa-tanggal.md:2:1",
        words: &["required key `date` is missing"],
    },
    Case {
        name: "organization without a name",
        damage: |s| {
            s.write(
                "content/organizations/tanpa-nama.yaml",
                "kind: government\n",
            );
        },
        place: "content/organizations/tanpa-nama.yaml:1:1",
        words: &["required key `name` is missing"],
    },
    Case {
        name: "curriculum session without a title",
        damage: |s| {
            program(
                s,
                "sesi.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\ncurriculum:\n  - day: 1\n    hours: 2\n",
            )
        },
        place: "content/programs/sesi.yaml:5:5",
        words: &["required key `title` is missing"],
    },
    // --- dangling references ---
    Case {
        name: "unknown organizer",
        damage: |s| {
            program(
                s,
                "org.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-b]\n",
            )
        },
        place: "content/programs/org.yaml:3:14",
        words: &[
            "no organization with the id `dinas-b`",
            "did you mean `dinas-a`?",
        ],
    },
    Case {
        name: "unknown organization of an official",
        damage: |s| {
            program(
                s,
                "pejabat.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nofficials:\n  - { name: Budi, organization: kampus-c }\n",
            )
        },
        place: "content/programs/pejabat.yaml:5:33",
        words: &[
            "no organization with the id `kampus-c`",
            "did you mean `kampus-b`?",
        ],
    },
    Case {
        name: "unknown program in a news item",
        damage: |s| {
            news(
                s,
                "program.md",
                "---\ntitle: A\ndate: 2024-01-01\nprograms: [keripik-2023]\n---\nIsi.\n",
            )
        },
        place: "content/news/program.md:4:12",
        words: &[
            "no program with the id `keripik-2023`",
            "did you mean `keripik-2024`?",
        ],
    },
    Case {
        name: "unknown organization in a news item",
        damage: |s| {
            news(
                s,
                "lembaga.md",
                "---\ntitle: A\ndate: 2024-01-01\norganizations: [tidak-ada-sama-sekali]\n---\nIsi.\n",
            )
        },
        place: "content/news/lembaga.md:4:17",
        words: &[
            "no organization with the id `tidak-ada-sama-sekali`",
            "content/organizations/",
        ],
    },
    Case {
        name: "unknown venue in the curriculum",
        damage: |s| {
            program(
                s,
                "tempat.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nvenues:\n  - name: Hotel Tampiarto\ncurriculum:\n  - { title: Praktik, venue: Hotel Tampiarta }\n",
            )
        },
        place: "content/programs/tempat.yaml:7:30",
        words: &[
            "not one of this program's venues",
            "did you mean `Hotel Tampiarto`?",
        ],
    },
    Case {
        name: "unknown publisher in warta.yaml",
        damage: |s| {
            s.write("warta.yaml", "title: Uji\npublisher: dinas-x\n");
        },
        place: "warta.yaml:2:12",
        words: &["did you mean `dinas-a`?"],
    },
    // --- dates ---
    Case {
        name: "30 February",
        damage: |s| {
            program(
                s,
                "tanggal.yaml",
                "title: A\nstart: 2024-02-30\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/tanggal.yaml:2:8",
        words: &["not a real date", "February 2024 has 29 days"],
    },
    Case {
        name: "a date in words",
        damage: |s| {
            news(
                s,
                "kata.md",
                "---\ntitle: A\ndate: 10 Maret 2024\n---\nIsi.\n",
            )
        },
        place: "content/news/kata.md:3:7",
        words: &["is not a date", "YYYY-MM-DD"],
    },
    Case {
        name: "end before start",
        damage: |s| {
            program(
                s,
                "terbalik.yaml",
                "title: A\nstart: 2024-03-10\nend: 2024-03-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/terbalik.yaml:3:6",
        words: &[
            "ends (1 March 2024) before it starts (10 March 2024)",
            "must not precede",
        ],
    },
    Case {
        name: "registration closing after the start",
        damage: |s| {
            program(
                s,
                "daftar.yaml",
                "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\nregistration:\n  closes: 2024-03-11\n",
            )
        },
        place: "content/programs/daftar.yaml:5:11",
        words: &[
            "registration closes (11 March 2024) after the program starts",
            "on or before the first day",
        ],
    },
    Case {
        name: "registration opening after it closes",
        damage: |s| {
            program(
                s,
                "buka.yaml",
                "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\nregistration:\n  opens: 2024-03-05\n  closes: 2024-03-01\n",
            )
        },
        place: "content/programs/buka.yaml:5:10",
        words: &["registration opens (5 March 2024) after it closes (1 March 2024)"],
    },
    Case {
        name: "a session day outside the program",
        damage: |s| {
            program(
                s,
                "hari.yaml",
                "title: A\nstart: 2024-03-10\nend: 2024-03-11\norganizers: [dinas-a]\ncurriculum:\n  - { title: B, day: 3 }\n",
            )
        },
        place: "content/programs/hari.yaml:6:22",
        words: &["day 3 is not a day of this program", "from 1 to 2"],
    },
    // --- numbers ---
    Case {
        name: "negative quota",
        damage: |s| {
            program(
                s,
                "negatif.yaml",
                "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\nparticipants: { quota: -5 }\n",
            )
        },
        place: "content/programs/negatif.yaml:4:24",
        words: &["`quota` must not be negative", "positive whole number"],
    },
    Case {
        name: "negative funding amount",
        damage: |s| {
            program(
                s,
                "dana.yaml",
                "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\nfunding: { source: APBD, amount: -1000000 }\n",
            )
        },
        place: "content/programs/dana.yaml:4:",
        words: &["`amount` must not be negative"],
    },
    Case {
        name: "negative hours",
        damage: |s| {
            program(
                s,
                "jam.yaml",
                "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\ncurriculum:\n  - { title: B, hours: -2.5 }\n",
            )
        },
        place: "content/programs/jam.yaml:5:",
        words: &["`hours` must be a number that is not negative"],
    },
    Case {
        name: "a number too large for its field",
        damage: |s| {
            program(
                s,
                "besar.yaml",
                "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\nparticipants: { quota: 99999999999999999999999 }\n",
            )
        },
        place: "content/programs/besar.yaml:4:",
        words: &["whole number"],
    },
    Case {
        name: "latitude out of range",
        damage: |s| {
            program(
                s,
                "geo.yaml",
                "title: A\nstart: 2024-03-10\norganizers: [dinas-a]\nvenues:\n  - { name: Balai, geo: { lat: -95, lon: 113 } }\n",
            )
        },
        place: "content/programs/geo.yaml:5:",
        words: &["latitude must be between -90 and 90"],
    },
    // --- duplicate ids and slugs ---
    Case {
        name: "duplicate program ids across folders",
        damage: |s| {
            program(
                s,
                "2023/ganda.yaml",
                "title: A\nstart: 2023-03-10\norganizers: [dinas-a]\n",
            );
            program(
                s,
                "2024/ganda.yaml",
                "title: B\nstart: 2024-03-10\norganizers: [dinas-a]\n",
            );
        },
        place: "content/programs/2024/ganda.yaml:1:1",
        words: &[
            "`ganda` is used twice",
            "content/programs/2023/ganda.yaml already uses it",
        ],
    },
    Case {
        name: "duplicate program id through `id:`",
        damage: |s| {
            program(
                s,
                "lain.yaml",
                "id: keripik-2024\ntitle: B\nstart: 2024-03-10\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/lain.yaml:1:5",
        words: &["`keripik-2024` is used twice", "already uses it"],
    },
    Case {
        name: "duplicate news slugs across folders",
        damage: |s| {
            news(
                s,
                "2023/sama.md",
                "---\ntitle: A\ndate: 2023-01-01\n---\nIsi.\n",
            );
            news(
                s,
                "2024/sama.md",
                "---\ntitle: B\ndate: 2024-01-01\n---\nIsi.\n",
            );
        },
        place: "content/news/2024/sama.md:1:1",
        words: &[
            "`sama` is used twice",
            "content/news/2023/sama.md already uses it",
        ],
    },
    Case {
        name: "duplicate news slug through `slug:`",
        damage: |s| {
            news(
                s,
                "lain.md",
                "---\ntitle: B\ndate: 2024-01-01\nslug: pembukaan-keripik\n---\nIsi.\n",
            )
        },
        place: "content/news/lain.md:4:7",
        words: &["`pembukaan-keripik` is used twice"],
    },
    Case {
        name: "duplicate organization ids across folders",
        damage: |s| {
            s.write(
                "content/organizations/jatim/dinas-a.yaml",
                "name: Dinas A Lain\n",
            );
        },
        place: "content/organizations/",
        words: &["`dinas-a` is used twice", "already uses it"],
    },
    // --- ids and slugs that are not slugs or try to escape ---
    Case {
        name: "id with capitals and spaces",
        damage: |s| {
            program(
                s,
                "spasi.yaml",
                "id: Bimtek Keripik\ntitle: B\nstart: 2024-03-10\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/spasi.yaml:1:5",
        words: &["is not a valid id", "bimtek-keripik"],
    },
    Case {
        name: "id climbing out with ../",
        damage: |s| {
            program(
                s,
                "naik.yaml",
                "id: ../../../etc/passwd\ntitle: B\nstart: 2024-03-10\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/naik.yaml:1:5",
        words: &["is not a valid id", "lower-case letters"],
    },
    Case {
        name: "id with a slash",
        damage: |s| {
            program(
                s,
                "garis.yaml",
                "id: /tmp/x\ntitle: B\nstart: 2024-03-10\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/garis.yaml:1:5",
        words: &["is not a valid id"],
    },
    Case {
        name: "id with a backslash",
        damage: |s| {
            program(
                s,
                "miring.yaml",
                "id: '..\\..\\windows'\ntitle: B\nstart: 2024-03-10\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/miring.yaml:1:5",
        words: &["is not a valid id"],
    },
    Case {
        name: "id with a NUL",
        damage: |s| {
            program(
                s,
                "nul.yaml",
                "id: \"a\\0b\"\ntitle: B\nstart: 2024-03-10\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/nul.yaml:1:5",
        words: &["is not a valid id", "`a␀b`"],
    },
    Case {
        name: "slug climbing out with ../",
        damage: |s| {
            news(
                s,
                "naik.md",
                "---\ntitle: A\ndate: 2024-01-01\nslug: ../../index\n---\nIsi.\n",
            )
        },
        place: "content/news/naik.md:4:7",
        words: &["is not a valid id"],
    },
    Case {
        name: "slug with a slash",
        damage: |s| {
            news(
                s,
                "garis.md",
                "---\ntitle: A\ndate: 2024-01-01\nslug: a/b\n---\nIsi.\n",
            )
        },
        place: "content/news/garis.md:4:7",
        words: &["is not a valid id"],
    },
    Case {
        name: "slug with a backslash",
        damage: |s| {
            news(
                s,
                "miring.md",
                "---\ntitle: A\ndate: 2024-01-01\nslug: 'a\\b'\n---\nIsi.\n",
            )
        },
        place: "content/news/miring.md:4:7",
        words: &["is not a valid id"],
    },
    Case {
        name: "slug with a NUL",
        damage: |s| {
            news(
                s,
                "nul.md",
                "---\ntitle: A\ndate: 2024-01-01\nslug: \"x\\0\"\n---\nIsi.\n",
            )
        },
        place: "content/news/nul.md:4:7",
        words: &["is not a valid id", "`x␀`"],
    },
    Case {
        name: "a file name that is not a slug",
        damage: |s| {
            s.write(
                "content/organizations/Dinas Baru.yaml",
                "name: Dinas Baru\n",
            );
        },
        place: "content/organizations/Dinas Baru.yaml:1:1",
        words: &["is not a valid id", "dinas-baru"],
    },
    Case {
        name: "a file name that is not UTF-8",
        damage: |s| {
            use std::os::unix::ffi::OsStrExt;
            let name = std::ffi::OsStr::from_bytes(b"caf\xe9.md");
            fs::write(
                s.root().join("content/news").join(name),
                "---\ntitle: A\ndate: 2024-01-01\n---\nIsi.\n",
            )
            .unwrap();
        },
        place: "content/news/caf\u{fffd}.md",
        words: &["not valid UTF-8", "rename it"],
    },
    // --- front matter and whole files ---
    Case {
        name: "unclosed front matter",
        damage: |s| {
            news(
                s,
                "terbuka.md",
                "---\ntitle: Terbuka\ndate: 2024-03-10\nIsi tanpa penutup.\n",
            )
        },
        place: "content/news/terbuka.md:4:1",
        words: &["never closed", "add a line with just `---` above this line"],
    },
    Case {
        name: "no front matter at all",
        damage: |s| news(s, "polos.md", "Hanya teks.\n"),
        place: "content/news/polos.md:1:1",
        words: &["does not begin with a `---` line"],
    },
    Case {
        name: "an empty news file",
        damage: |s| news(s, "kosong.md", ""),
        place: "content/news/kosong.md:1:1",
        words: &["does not begin with a `---` line"],
    },
    Case {
        name: "empty front matter",
        damage: |s| news(s, "hampa.md", "---\n---\nIsi.\n"),
        place: "content/news/hampa.md:2:1",
        words: &["empty"],
    },
    Case {
        name: "an empty program file",
        damage: |s| program(s, "kosong.yaml", ""),
        place: "content/programs/kosong.yaml:1:1",
        words: &["this is empty", "title: ..."],
    },
    Case {
        name: "invalid UTF-8 in a program",
        damage: |s| {
            write_bytes(
                s,
                "content/programs/latin1.yaml",
                b"title: Caf\xe9\nstart: 2024-01-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/latin1.yaml:1:11",
        words: &["not valid UTF-8", "UTF-8"],
    },
    Case {
        name: "invalid UTF-8 in a news body",
        damage: |s| {
            write_bytes(
                s,
                "content/news/latin1.md",
                b"---\ntitle: A\ndate: 2024-01-01\n---\nBaris satu\nKopi \xff\xfe enak\n",
            )
        },
        place: "content/news/latin1.md:6:6",
        words: &["not valid UTF-8"],
    },
    Case {
        name: "UTF-16 file (from a word processor)",
        damage: |s| {
            let mut bytes = vec![0xff, 0xfe];
            for unit in "title: A\n".encode_utf16() {
                bytes.extend_from_slice(&unit.to_le_bytes());
            }
            write_bytes(s, "content/organizations/utf16.yaml", &bytes);
        },
        place: "content/organizations/utf16.yaml:1:1",
        words: &["not valid UTF-8"],
    },
    // --- limits ---
    Case {
        name: "YAML alias bomb (billion laughs) in a program",
        damage: |s| {
            program(
                s,
                "bom.yaml",
                &format!(
                    "{}title: A\nstart: 2024-01-01\norganizers: [dinas-a]\ntags: *l9\n",
                    alias_bomb()
                ),
            )
        },
        place: "content/programs/bom.yaml:",
        words: &["aliases here repeat more than", "instead of using anchors"],
    },
    Case {
        name: "aliases repeating a long text (within the record's types)",
        damage: |s| {
            let long = "panjang ".repeat(20_000);
            let refs = vec!["*s"; 100].join(", ");
            news(
                s,
                "ulang.md",
                &format!(
                    "---\ntitle: A\ndate: 2024-01-01\nsummary: &s {long}\ntags: [{refs}]\n---\nIsi.\n"
                ),
            );
        },
        place: "content/news/ulang.md:5:",
        words: &["aliases here repeat more than", "instead of using anchors"],
    },
    Case {
        name: "an alias to no anchor",
        damage: |s| {
            program(
                s,
                "alias.yaml",
                "title: *judul\nstart: 2024-01-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/alias.yaml:1:8",
        words: &["refers to no anchor"],
    },
    Case {
        name: "flow nesting thousands deep",
        damage: |s| {
            program(
                s,
                "dalam.yaml",
                &format!(
                    "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\ntags: {}{}\n",
                    "[".repeat(5000),
                    "]".repeat(5000)
                ),
            )
        },
        place: "content/programs/dalam.yaml:4:",
        words: &[],
    },
    Case {
        name: "block nesting thousands deep",
        damage: |s| {
            let mut text =
                String::from("title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nregion:\n");
            for depth in 1..3000 {
                text.push_str(&format!("{}k{depth}:\n", " ".repeat(depth)));
            }
            program(s, "bertingkat.yaml", &text);
        },
        place: "content/programs/bertingkat.yaml:",
        words: &[],
    },
    Case {
        name: "a 50 MB news item",
        damage: |s| {
            let mut text = String::from("---\ntitle: Besar\ndate: 2024-01-01\n---\n");
            let line = "Kalimat yang diulang-ulang sampai berkas ini sangat besar.\n";
            while text.len() < 50 * 1000 * 1000 {
                text.push_str(line);
            }
            news(s, "besar.md", &text);
        },
        place: "content/news/besar.md",
        words: &["larger than 20 MiB", "split it"],
    },
    Case {
        name: "a news item naming five thousand unknown programs on one line",
        damage: |s| {
            let ids: Vec<String> = (0..5_000).map(|i| format!("program-{i}")).collect();
            news(
                s,
                "banyak.md",
                &format!(
                    "---\ntitle: A\ndate: 2024-01-01\nprograms: [{}]\n---\nIsi.\n",
                    ids.join(", ")
                ),
            );
        },
        place: "content/news/banyak.md:4:",
        words: &[
            "no program with the id `program-0`",
            "no program with the id `program-4999`",
            "the program ids are the file names",
        ],
    },
    // --- the file system ---
    Case {
        name: "symlink loop under content/",
        damage: |s| symlink("..", s.root().join("content/news/putar")).unwrap(),
        place: "content/news/putar",
        words: &["symlink loop", "remove the symbolic link"],
    },
    Case {
        name: "unreadable file",
        damage: |s| {
            let path = s.root().join("content/news/rahasia.md");
            if permissions_are_enforced(s.root()) {
                use std::os::unix::fs::PermissionsExt;
                fs::write(&path, "---\ntitle: A\ndate: 2024-01-01\n---\n").unwrap();
                fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
            } else {
                // Running as root, which reads any file whatever its mode: a
                // link to nowhere is the file that cannot be read.
                symlink("tidak-ada.md", &path).unwrap();
            }
        },
        place: "content/news/rahasia.md",
        words: &["read", "you may read it"],
    },
    Case {
        name: "a named pipe where a news item should be (would block a read forever)",
        damage: |s| {
            let status = Command::new("mkfifo")
                .arg(s.root().join("content/news/pipa.md"))
                .status()
                .expect("mkfifo");
            assert!(status.success());
        },
        place: "content/news/pipa.md",
        words: &["not a regular file"],
    },
    Case {
        name: "a link to /dev/zero (endless input)",
        damage: |s| symlink("/dev/zero", s.root().join("content/programs/nol.yaml")).unwrap(),
        place: "content/programs/nol.yaml",
        words: &["outside the site", "/dev/zero"],
    },
    Case {
        name: "a file content/ does not know",
        damage: |s| {
            s.write("content/news/catatan.txt", "catatan");
        },
        place: "content/news/catatan.txt",
        words: &["does not know what to do with this file", "`.md`"],
    },
    // --- URLs ---
    Case {
        name: "javascript: URL in a record",
        damage: |s| {
            s.write(
                "content/organizations/jahat.yaml",
                "name: Jahat\nurl: \"javascript:alert(1)\"\n",
            );
        },
        place: "content/organizations/jahat.yaml:2:6",
        words: &["is not a web address warta can link to", "https://"],
    },
    Case {
        name: "image path climbing out",
        damage: |s| {
            news(
                s,
                "gambar.md",
                "---\ntitle: G\ndate: 2025-01-01\nimage:\n  src: /../../etc/passwd\n  alt: Foto\n---\nx\n",
            )
        },
        place: "content/news/gambar.md:5:8",
        words: &["is not a photo file inside the site folder"],
    },
    // --- templates ---
    Case {
        name: "broken template syntax",
        damage: |s| {
            s.write("templates/page.html", "<p>\n{{ page.title \n</p>");
        },
        place: "templates/page.html:3:1",
        words: &[],
    },
    Case {
        name: "template using a field that does not exist",
        damage: |s| {
            s.write("templates/news.html", "{% extends \"base.html\" %}\n{% block content %}{{ news.no_such_field }}{% endblock content %}\n");
        },
        place: "templates/news.html:2:",
        words: &[],
    },
    Case {
        name: "template filling a block its parent does not have",
        damage: |s| {
            s.write(
                "templates/news.html",
                "{% extends \"base.html\" %}\n{% block utama %}x{% endblock utama %}\n",
            );
        },
        place: "templates/news.html:2:10",
        words: &["Block `utama` is not defined in any parent template"],
    },
    Case {
        name: "template extending a template that does not exist",
        damage: |s| {
            s.write("templates/page.html", "{% extends \"dasar.html\" %}\n");
        },
        place: "templates/page.html",
        words: &["dasar.html"],
    },
    // --- output layout (issue 14) ---
    Case {
        name: "static file with the path of the home page",
        damage: |s| {
            s.write("static/index.html", "<p>statis</p>");
        },
        place: "static/index.html",
        words: &["`index.html`", "rename or move"],
    },
    Case {
        name: "static file with the path of a page from content/pages",
        damage: |s| {
            s.write("static/tentang/index.html", "<p>statis</p>");
        },
        place: "static/tentang/index.html",
        words: &["`tentang/index.html`"],
    },
    Case {
        name: "static file where the pages need a folder",
        damage: |s| {
            s.write("static/news", "bukan folder");
        },
        place: "static/news",
        words: &["needs a folder"],
    },
    Case {
        name: "static folder inside a file warta makes",
        damage: |s| {
            s.write("static/feed.xml/gambar.png", "x");
        },
        place: "static/feed.xml/gambar.png",
        words: &["`feed.xml` is a file"],
    },
    // --- files outside the site and odd files (issue 14) ---
    Case {
        name: "a link in static/ to a file outside the site",
        damage: |s| {
            fs::create_dir_all(s.root().join("static")).unwrap();
            symlink("/etc/passwd", s.root().join("static/passwd.txt")).unwrap();
        },
        place: "static/passwd.txt",
        words: &["outside the site", "copy the file into the site"],
    },
    Case {
        name: "a page linking to a file outside the site",
        damage: |s| symlink("/etc/passwd", s.root().join("content/pages/sandi.md")).unwrap(),
        place: "content/pages/sandi.md",
        words: &["outside the site", "copy the file into the site"],
    },
    Case {
        name: "a news item linking to a file outside the site",
        damage: |s| symlink("/etc/passwd", s.root().join("content/news/sandi.md")).unwrap(),
        place: "content/news/sandi.md",
        words: &["outside the site", "copy the file into the site"],
    },
    Case {
        name: "warta.yaml linking to a file outside the site",
        damage: |s| {
            s.remove("warta.yaml");
            symlink("/etc/passwd", s.root().join("warta.yaml")).unwrap();
        },
        place: "warta.yaml",
        words: &["outside the site", "copy the file into the site"],
    },
    Case {
        name: "a named pipe in static/",
        damage: |s| {
            fs::create_dir_all(s.root().join("static")).unwrap();
            let status = Command::new("mkfifo")
                .arg(s.root().join("static/pipa.css"))
                .status()
                .expect("mkfifo");
            assert!(status.success());
        },
        place: "static/pipa.css",
        words: &["not a regular file", "remove this pipe"],
    },
    Case {
        name: "a named pipe in templates/",
        damage: |s| {
            fs::create_dir_all(s.root().join("templates")).unwrap();
            let status = Command::new("mkfifo")
                .arg(s.root().join("templates/pipa.html"))
                .status()
                .expect("mkfifo");
            assert!(status.success());
        },
        place: "templates/pipa.html",
        words: &["not a regular file", "remove this pipe"],
    },
    Case {
        name: "a static file name that is not UTF-8",
        damage: |s| {
            use std::os::unix::ffi::OsStrExt;
            let name = std::ffi::OsStr::from_bytes(b"caf\xe9.jpg");
            fs::create_dir_all(s.root().join("static")).unwrap();
            fs::write(s.root().join("static").join(name), "JFIF").unwrap();
        },
        place: "static/caf\u{fffd}.jpg",
        words: &["not valid UTF-8", "rename"],
    },
    Case {
        name: "static/ is a file, not a folder",
        damage: |s| {
            s.write("static", "bukan folder");
        },
        place: "static",
        words: &["should be a folder"],
    },
    Case {
        name: "static/ is a link to a file",
        damage: |s| {
            s.write("logo.png", "PNG");
            symlink(s.root().join("logo.png"), s.root().join("static")).unwrap();
        },
        place: "static",
        words: &["should be a folder"],
    },
    // --- URLs from content (issue 14) ---
    Case {
        name: "image path that a browser reads as another host (/\\host)",
        damage: |s| {
            news(
                s,
                "tuan-rumah.md",
                "---\ntitle: G\ndate: 2025-01-01\nimage:\n  src: /\\evil.example/x.png\n  alt: Foto\n---\nx\n",
            )
        },
        place: "content/news/tuan-rumah.md:5:8",
        words: &[
            "is not a photo file inside the site folder",
            "/images/pembukaan.jpg",
        ],
    },
    Case {
        name: "image path that a browser reads as another host (two backslashes)",
        damage: |s| {
            news(
                s,
                "tuan-rumah.md",
                "---\ntitle: G\ndate: 2025-01-01\nimage:\n  src: /\\\\evil.example/x.png\n  alt: Foto\n---\nx\n",
            )
        },
        place: "content/news/tuan-rumah.md:5:8",
        words: &["is not a photo file inside the site folder"],
    },
    Case {
        name: "image path with a tab a browser drops (/<tab>/host)",
        damage: |s| {
            news(
                s,
                "tuan-rumah.md",
                "---\ntitle: G\ndate: 2025-01-01\nimage:\n  src: \"/\\t/evil.example/x.png\"\n  alt: Foto\n---\nx\n",
            )
        },
        place: "content/news/tuan-rumah.md:5:8",
        words: &["is not a photo file inside the site folder"],
    },
    Case {
        name: "image path climbing out with %2e%2e",
        damage: |s| {
            news(
                s,
                "tuan-rumah.md",
                "---\ntitle: G\ndate: 2025-01-01\nimage:\n  src: /%2e%2e/%2E%2E/etc/passwd\n  alt: Foto\n---\nx\n",
            )
        },
        place: "content/news/tuan-rumah.md:5:8",
        words: &["is not a photo file inside the site folder"],
    },
    Case {
        name: "registration link to another host written as a path",
        damage: |s| {
            program(
                s,
                "tuan-rumah.yaml",
                "title: P\nstart: 2027-03-01\norganizers: [dinas-a]\nregistration:\n  url: /\\evil.example/daftar\n",
            )
        },
        place: "content/programs/tuan-rumah.yaml:5:8",
        words: &["is not a web address warta can link to"],
    },
    // --- budgets (issue 14) ---
    Case {
        name: "a news item with 600,000 tags in 5 MB of plain YAML",
        damage: |s| {
            let tags: Vec<String> = (0..600_000).map(|i| format!("t{i}")).collect();
            news(
                s,
                "tag-banyak.md",
                &format!(
                    "---\ntitle: A\ndate: 2024-01-01\ntags: [{}]\n---\nIsi.\n",
                    tags.join(", ")
                ),
            );
        },
        place: "content/news/tag-banyak.md:4:",
        words: &["far more values than a record needs", "split the file"],
    },
    Case {
        name: "a Markdown table 50,000 columns wide, 6 MB",
        damage: |s| news(s, "tabel-lebar.md", &wide_table(50_000, 6_000_000)),
        // 2 MiB into the body (line 5): the header row, the dashes, then
        // 100 KB a row.
        place: "content/news/tabel-lebar.md:23:58227",
        words: &["longer than 2 MiB", "split it into several pages"],
    },
    Case {
        name: "a Markdown table of 1.4 MB: 700,000 cells",
        damage: |s| news(s, "tabel-panjang.md", &wide_table(50, 1_400_000)),
        // The 200,001st element: a cell of the 1,315th row.
        place: "content/news/tabel-panjang.md:1321:80",
        words: &[
            "more than 200,000 Markdown elements",
            "put the data in a file under static/",
        ],
    },
    Case {
        name: "a program description of 300,000 empty list items",
        damage: |s| {
            program(
                s,
                "daftar.yaml",
                &format!(
                    "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\ndescription: |\n{}",
                    "  -\n".repeat(300_000)
                ),
            )
        },
        // Two elements an item: the 100,000th item, on the line of the
        // file it is written on.
        place: "content/programs/daftar.yaml:100004:3",
        words: &["more than 200,000 Markdown elements"],
    },
    // --- Indonesian words for English values (issue 16) ---
    Case {
        name: "indonesian word for a session kind",
        damage: |s| {
            program(
                s,
                "praktik.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\ncurriculum:\n  - { title: Menggoreng, kind: praktik }\n",
            )
        },
        place: "content/programs/praktik.yaml:5:32",
        words: &[
            "`praktik` is not an allowed value",
            "write `practice` for `praktik`",
        ],
    },
    Case {
        name: "indonesian word for a cancelled status",
        damage: |s| {
            program(
                s,
                "batal.yaml",
                "title: A\nstart: 2024-01-01\nstatus: dibatalkan\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/batal.yaml:3:9",
        words: &["write `cancelled` for `dibatalkan`"],
    },
    Case {
        name: "a derived status written by hand",
        damage: |s| {
            program(
                s,
                "selesai.yaml",
                "title: A\nstart: 2024-01-01\nstatus: selesai\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/selesai.yaml:3:9",
        words: &["follows from `start` and `end`", "remove this line"],
    },
    Case {
        name: "indonesian word for an organization kind",
        damage: |s| {
            s.write(
                "content/organizations/kampus.yaml",
                "name: Politeknik Negeri Jember\nkind: perguruan tinggi\n",
            );
        },
        place: "content/organizations/kampus.yaml:2:7",
        words: &["write `university` for `perguruan tinggi`"],
    },
    // --- the three YAML slips editors make most (issue 16) ---
    Case {
        name: "slip: an unquoted title with a colon",
        damage: |s| {
            program(
                s,
                "titik-dua.yaml",
                "title: Bimtek WUB: Pengolahan Keripik Pisang\nstart: 2024-01-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/titik-dua.yaml:1:18",
        words: &[
            "colon followed by a space",
            r#"`title: "Bimtek WUB: Pengolahan Keripik Pisang"`"#,
        ],
    },
    Case {
        name: "slip: a quote never closed",
        damage: |s| {
            program(
                s,
                "kutip.yaml",
                "title: A\nsummary: \"Pelatihan dua hari\nstart: 2024-01-01\norganizers: [dinas-a]\nregistration:\n  contact: { phone: \"+62 1\" }\n",
            )
        },
        place: "content/programs/kutip.yaml:2:10",
        words: &[
            "not closed on this line",
            r#"`summary: "Pelatihan dua hari"`"#,
        ],
    },
    Case {
        name: "slip: a tab in the indentation",
        damage: |s| {
            program(
                s,
                "tab.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nvenues:\n  - name: Balai\n    address: Jalan 1\n\t  role: theory\n",
            )
        },
        place: "content/programs/tab.yaml:7:1",
        words: &["a tab is used to indent this line", "spaces"],
    },
    // --- slips (issue 16, load) ---
    Case {
        name: "slip: a key written twice names the line of the first",
        damage: |s| {
            program(
                s,
                "dua-judul.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\ntitle: B\n",
            )
        },
        place: "content/programs/dua-judul.yaml:4:1",
        words: &[
            "the key `title` appears twice: here and on line 1",
            "remove one of them (this line or line 1)",
        ],
    },
    Case {
        name: "slip: a list where one text belongs",
        damage: |s| {
            program(
                s,
                "judul-daftar.yaml",
                "title: [Bimtek, Keripik]\nstart: 2024-01-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/judul-daftar.yaml:1:8",
        words: &[
            "`title` takes one text, but a list is written here",
            "`title: Bimtek, Keripik`",
        ],
    },
    Case {
        name: "slip: one text where a list belongs",
        damage: |s| {
            program(
                s,
                "penyelenggara.yaml",
                "title: A\nstart: 2024-01-01\norganizers: dinas-a\n",
            )
        },
        place: "content/programs/penyelenggara.yaml:3:13",
        words: &[
            "`organizers` takes a list, even of one item",
            "`organizers: [dinas-a]`",
        ],
    },
    Case {
        name: "slip: a key one space deeper than its siblings",
        damage: |s| {
            program(
                s,
                "menjorok.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nregion:\n  province: Jawa Timur\n   regency: Jember\n",
            )
        },
        place: "content/programs/menjorok.yaml:6:4",
        words: &[
            "`regency` does not line up with `province` on line 5",
            "start this line with 2 spaces instead of 3",
        ],
    },
    Case {
        name: "slip: a key one space shallower than its siblings",
        damage: |s| {
            program(
                s,
                "kurang.yaml",
                "title: A\nstart: 2024-01-01\norganizers: [dinas-a]\nregion:\n  province: Jawa Timur\n regency: Jember\n",
            )
        },
        place: "content/programs/kurang.yaml:6:2",
        words: &[
            "`regency` does not line up with `province` on line 5",
            "start this line with 2 spaces instead of 1",
        ],
    },
    Case {
        name: "slip: a value on the line below its key",
        damage: |s| {
            news(
                s,
                "judul-bawah.md",
                "---\ntitle:\nBimtek Keripik Pisang\ndate: 2024-01-01\n---\nIsi.\n",
            )
        },
        place: "content/news/judul-bawah.md:3:1",
        words: &[
            "the value of `title` is on the line below it",
            "`title: Bimtek Keripik Pisang`",
        ],
    },
    Case {
        name: "slip: an opening fence of two dashes",
        damage: |s| {
            news(
                s,
                "dua-strip.md",
                "--\ntitle: A\ndate: 2024-01-01\n---\nIsi.\n",
            )
        },
        place: "content/news/dua-strip.md:1:1",
        words: &["exactly three dashes (`---`), not `--`", "write just `---`"],
    },
    Case {
        name: "slip: a closing fence of four dashes",
        damage: |s| {
            news(
                s,
                "empat-strip.md",
                "---\ntitle: A\ndate: 2024-01-01\n----\nIsi.\n",
            )
        },
        place: "content/news/empat-strip.md:4:1",
        words: &["exactly three dashes (`---`), not `----`"],
    },
    Case {
        name: "slip: a page whose closing fence is missing",
        damage: |s| {
            s.write(
                "content/pages/tanpa-tutup.md",
                "---\ntitle: Profil\n\nDinas kami melayani pelaku usaha.\n",
            );
        },
        place: "content/pages/tanpa-tutup.md:4:1",
        words: &[
            "the text starts here",
            "add a line with just `---` above this line",
        ],
    },
    // --- scaffold placeholders (issue 16) ---
    Case {
        name: "placeholder: news published with the example sentence",
        damage: |s| {
            news(
                s,
                "contoh.md",
                "---\ntitle: Contoh\ndate: 2024-01-01\ndraft: false\n---\nPembukaan.\n\nTulis berita di sini. Paragraf dipisah baris kosong.\n",
            )
        },
        place: "content/news/contoh.md:8:1",
        words: &[
            "example sentence from `warta new`",
            "Tulis berita di sini.",
            "`draft: true`",
        ],
    },
    Case {
        name: "placeholder: program description left as written by warta new",
        damage: |s| {
            program(
                s,
                "contoh.yaml",
                "title: A\ndescription: |\n  Tulis uraian program di sini.\nstart: 2024-01-01\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/contoh.yaml:3:3",
        words: &["Tulis uraian program di sini."],
    },
    Case {
        name: "placeholder: page left as written by warta new",
        damage: |s| {
            s.write(
                "content/pages/kontak.md",
                "---\ntitle: Kontak\n---\nTulis isi halaman di sini.\n",
            );
        },
        place: "content/pages/kontak.md:4:1",
        words: &["Tulis isi halaman di sini."],
    },
    // --- photos (issue 17) ---
    Case {
        name: "photo written on one line (the old image: form)",
        damage: |s| {
            news(
                s,
                "foto-satu-baris.md",
                "---\ntitle: G\ndate: 2025-01-01\nimage: /images/pembukaan.jpg\n---\nx\n",
            )
        },
        place: "content/news/foto-satu-baris.md:4:8",
        words: &[
            "is written on one line, but a photo needs a description",
            "src: /images/pembukaan.jpg",
            "alt:",
        ],
    },
    Case {
        name: "photo without a description (alt)",
        damage: |s| {
            s.write("content/news/pembukaan.jpg", "jpg");
            news(
                s,
                "foto-tanpa-alt.md",
                "---\ntitle: G\ndate: 2025-01-01\nimage:\n  src: pembukaan.jpg\n---\nx\n",
            )
        },
        place: "content/news/foto-tanpa-alt.md:5:3",
        words: &["has no description (alt)", "alt: Peserta"],
    },
    Case {
        name: "photo file missing, a close name beside it",
        damage: |s| {
            s.write("content/programs/pembukaan.jpg", "jpg");
            program(
                s,
                "foto-hilang.yaml",
                "title: P\nstart: 2025-01-01\norganizers: [dinas-a]\nimage:\n  src: pembukan.jpg\n  alt: Peserta praktik\n",
            )
        },
        place: "content/programs/foto-hilang.yaml:5:8",
        words: &[
            "there is no file `content/programs/pembukan.jpg`",
            "did you mean `pembukaan.jpg`?",
        ],
    },
    Case {
        name: "photo at a web address",
        damage: |s| {
            news(
                s,
                "foto-jauh.md",
                "---\ntitle: G\ndate: 2025-01-01\nimage:\n  src: https://cdn.example.id/foto/pembukaan.jpg\n  alt: Peserta\n---\nx\n",
            )
        },
        place: "content/news/foto-jauh.md:5:8",
        words: &[
            "is a web address",
            "download the photo",
            "src: pembukaan.jpg",
        ],
    },
    Case {
        name: "photo name climbing out of the site with ..",
        damage: |s| {
            news(
                s,
                "foto-keluar.md",
                "---\ntitle: G\ndate: 2025-01-01\ngallery:\n  - src: ../../../rahasia.jpg\n    alt: Peserta\n---\nx\n",
            )
        },
        place: "content/news/foto-keluar.md:5:10",
        words: &["is not a photo file inside the site folder", "without `..`"],
    },
    Case {
        name: "HEIC photo from an iPhone",
        damage: |s| {
            s.write("content/news/IMG_0001.HEIC", "heic");
            news(
                s,
                "foto-heic.md",
                "---\ntitle: G\ndate: 2025-01-01\nimage:\n  src: IMG_0001.HEIC\n  alt: Peserta\n---\nx\n",
            )
        },
        place: "content/news/foto-heic.md:5:8",
        words: &["HEIC", "as JPEG"],
    },
    Case {
        name: "unknown key under image",
        damage: |s| {
            news(
                s,
                "foto-kunci.md",
                "---\ntitle: G\ndate: 2025-01-01\nimage:\n  src: a.jpg\n  alt: Peserta\n  judul: Pembukaan\n---\nx\n",
            )
        },
        place: "content/news/foto-kunci.md:7:3",
        words: &["unknown key `judul`", "`caption`"],
    },
    Case {
        name: "photo in a body whose file is missing",
        damage: |s| {
            news(
                s,
                "foto-badan.md",
                "---\ntitle: G\ndate: 2025-01-01\n---\nPembuka.\n\n![Peserta praktik](praktik.jpg)\n",
            )
        },
        place: "content/news/foto-badan.md:7:1",
        words: &[
            "the photo `praktik.jpg` does not exist",
            "content/news/praktik.jpg",
        ],
    },
    Case {
        name: "image in a body without a description is an error in a build",
        damage: |s| {
            s.write("static/images/a.jpg", "jpg");
            news(
                s,
                "foto-badan-alt.md",
                "---\ntitle: G\ndate: 2025-01-01\n---\nPembuka.\n\n![](/images/a.jpg)\n",
            )
        },
        place: "content/news/foto-badan-alt.md:7:1",
        words: &["an image without a description (alt text)"],
    },
    // --- pagination (issue 18) ---
    Case {
        name: "programs_per_page out of range",
        damage: |s| {
            s.write("warta.yaml", "title: Uji\nprograms_per_page: 0\n");
        },
        place: "warta.yaml:2:20",
        words: &[
            "programs_per_page must be between 1 and 1000",
            "write a number such as 10",
        ],
    },
    // --- cms: in warta.yaml (issue 19) ---
    Case {
        name: "cms repository without an owner",
        damage: |s| {
            s.write(
                "warta.yaml",
                "title: Uji\ncms:\n  backend: github\n  repo: situs-pelatihan\n",
            );
        },
        place: "warta.yaml:4:9",
        words: &[
            "`situs-pelatihan` is not a repository name",
            "`repo: dinas-kominfo/situs-pelatihan`",
        ],
    },
    Case {
        name: "cms git host warta does not know",
        damage: |s| {
            s.write(
                "warta.yaml",
                "title: Uji\ncms:\n  backend: bitbucket\n  repo: a/b\n",
            );
        },
        place: "warta.yaml:3:12",
        words: &["bitbucket"],
    },
    Case {
        name: "cms api_root not an address",
        damage: |s| {
            s.write(
                "warta.yaml",
                "title: Uji\ncms:\n  backend: gitea\n  repo: a/b\n  api_root: git.example.go.id\n",
            );
        },
        place: "warta.yaml:5:13",
        words: &["api_root `git.example.go.id` is not a full http:// or https:// address"],
    },
    // --- empty values (issue 19, what the browser CMS writes) ---
    Case {
        name: "required title left empty",
        damage: |s| {
            program(
                s,
                "batik-2027.yaml",
                "title: \"\"\nstart: 2027-01-11\norganizers: [dinas-a]\n",
            )
        },
        place: "content/programs/batik-2027.yaml:1:1",
        words: &[
            "`title` must be filled in",
            "only optional fields may be left empty",
        ],
    },
    Case {
        name: "required news date left empty",
        damage: |s| {
            news(
                s,
                "2024/kosong.md",
                "---\ntitle: Kosong\ndate: ''\n---\nTeks.\n",
            )
        },
        place: "content/news/2024/kosong.md:3:1",
        words: &["`date` must be filled in"],
    },
    Case {
        name: "required field of a list item left empty",
        damage: |s| {
            program(
                s,
                "batik-2027.yaml",
                "title: B\nstart: 2027-01-11\norganizers: [dinas-a]\nvenues:\n  - name: \"\"\n    role: theory\n",
            )
        },
        place: "content/programs/batik-2027.yaml:5:5",
        words: &["`name` must be filled in"],
    },
];

/// Runs the build with a watchdog: a hang is a finding, reported as such
/// rather than blocking the test run. (The limit is generous; nothing here
/// asserts how long a build takes.)
fn build_guarded(site: &Site) -> Run {
    build_guarded_in(site, "en")
}

/// [`build_guarded`] with warta speaking `language`.
fn build_guarded_in(site: &Site, language: &str) -> Run {
    let err_path = site.root().join("..").join(format!(
        "{}.stderr",
        site.root().file_name().unwrap().to_string_lossy()
    ));
    let err_file = fs::File::create(&err_path).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
        .env("WARTA_LANG", language)
        .arg("build")
        .arg("--root")
        .arg(site.root())
        .env("SOURCE_DATE_EPOCH", NOW)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::from(err_file))
        .spawn()
        .expect("run warta");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = fs::read_to_string(&err_path).unwrap_or_default();
    let _ = fs::remove_file(&err_path);
    Run {
        code: status.and_then(|s| s.code()).unwrap_or(-1),
        stdout: String::new(),
        stderr: if status.is_none() {
            format!("HUNG: killed after 120 s\n{stderr}")
        } else {
            stderr
        },
    }
}

/// What is wrong with one case's outcome; empty when it passed.
fn check(case: &Case) -> Vec<String> {
    let site = small_site();
    let first = site.build();
    assert_eq!(first.code, 0, "the small site builds:\n{}", first.stderr);
    let before = site.snapshot();
    (case.damage)(&site);
    let run = build_guarded(&site);
    if std::env::var_os("CORPUS_SHOW").is_some() {
        eprintln!("===== {} (exit {})\n{}", case.name, run.code, run.stderr);
    }
    let mut wrong = Vec::new();
    if run.code != 1 {
        wrong.push(format!("exit code {}", run.code));
    }
    if run.stderr.contains("panicked") || run.stderr.contains("RUST_BACKTRACE") {
        wrong.push("panicked".into());
    }
    let located = run
        .stderr
        .lines()
        .any(|l| l.trim_start().starts_with("--> ") && l.contains(case.place));
    if !located {
        wrong.push(format!("no `--> {}`", case.place));
    }
    if !run.stderr.contains("help: ") {
        wrong.push("no `help:` hint".into());
    }
    for w in case.words {
        if !run.stderr.contains(w) {
            wrong.push(format!("no `{w}`"));
        }
    }
    if site.snapshot() != before {
        wrong.push("the previous output changed".into());
    }
    let strays: Vec<String> = fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".warta-"))
        .collect();
    if !strays.is_empty() {
        wrong.push(format!("left behind: {strays:?}"));
    }
    // The whole of what the editor reads, in both languages, against the
    // case's snapshot: a change of wording is a visible diff.
    let indonesian = build_guarded_in(&site, "id");
    let root = site.root().display().to_string();
    wrong.extend(english_words(&indonesian.stderr.replace(&root, "<site>")));
    let shown = format!(
        "== id ==\n{}\n== en ==\n{}",
        indonesian.stderr.trim_end(),
        run.stderr.trim_end()
    )
    .replace(&site.root().display().to_string(), "<site>");
    wrong.extend(common::snapshot::compare(
        &format!("corpus/{}", common::snapshot::name(case.name)),
        &shown,
    ));
    if !wrong.is_empty() {
        wrong.push(format!("stderr:\n{}", run.stderr));
    }
    wrong
}

/// English words in what warta printed in Indonesian, outside the lines it
/// quotes from the editor's file, the `-->` places, `backticked` values and
/// "quoted" words of other programs (a menu of a text editor, Tera's message).
fn english_words(stderr: &str) -> Vec<String> {
    const ENGLISH: &[&str] = &[
        "the",
        "is",
        "are",
        "not",
        "must",
        "write",
        "file",
        "line",
        "key",
        "value",
        "this",
        "that",
        "with",
        "which",
        "should",
        "missing",
        "unknown",
        "error",
        "warning",
        "help",
        "did",
        "you",
        "mean",
        "allowed",
        "here",
        "expected",
        "found",
        "for",
        "and",
        "or",
        "of",
        "to",
        "in",
        "be",
        "an",
        "no",
        "there",
        "does",
        "cannot",
        "was",
        "nothing",
        "written",
        "unchanged",
        "add",
        "remove",
        "use",
        "only",
        "list",
        "text",
        "number",
        "date",
    ];
    let mut found = Vec::new();
    for line in stderr.lines() {
        let t = line.trim_start();
        let quoted = t.starts_with("-->")
            || t.starts_with('|')
            || t.split_once(" |")
                .is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()));
        if quoted {
            continue;
        }
        // Drop `values`, then look at the words left.
        let mut plain = String::new();
        for (i, quoted) in t.split('"').enumerate() {
            if i % 2 == 1 {
                continue;
            }
            for (j, part) in quoted.split('`').enumerate() {
                if j % 2 == 0 {
                    plain.push_str(part);
                    plain.push(' ');
                }
            }
        }
        for word in plain.split(|c: char| !c.is_alphabetic()) {
            if ENGLISH.contains(&word.to_lowercase().as_str()) {
                found.push(format!("English `{word}` in Indonesian: {line}"));
                break;
            }
        }
    }
    found
}

#[test]
fn the_corpus_has_at_least_forty_cases_each_with_its_snapshot() {
    assert!(CASES.len() >= 40, "{} cases", CASES.len());
    let mut names: Vec<String> = CASES
        .iter()
        .map(|c| common::snapshot::name(c.name))
        .collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(
        names.len(),
        CASES.len(),
        "two cases share a snapshot's name"
    );
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/corpus");
    for entry in fs::read_dir(&folder).into_iter().flatten().flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let stem = file.trim_end_matches(".txt");
        assert!(
            names.iter().any(|n| n == stem),
            "{file} in tests/snapshots/corpus belongs to no case: remove it"
        );
    }
    let mut names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), CASES.len(), "case names are unique");
}

#[test]
fn every_bad_input_is_refused_clearly_and_leaves_the_output_alone() {
    let filter = std::env::var("CORPUS_CASE").ok();
    let failures: Vec<String> = CASES
        .iter()
        .filter(|c| filter.as_deref().is_none_or(|f| c.name.contains(f)))
        .filter_map(|case| {
            let wrong = check(case);
            (!wrong.is_empty()).then(|| format!("## {}\n{}", case.name, wrong.join("\n")))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n\n")
    );
}

/// What editors' tools produce and is not wrong: accepted, and read right.
#[test]
fn harmless_input_is_accepted() {
    let site = small_site();
    site.write(
        "warta.yaml",
        "\u{feff}title: Pelatihan Uji   \r\nbase_url: https://uji.example.go.id/\r\npublisher: dinas-a \r\n\r\n",
    )
    .write(
        "content/programs/crlf-bom.yml",
        "\u{feff}title: Program CRLF   \r\nstart: 2025-02-03  \r\norganizers: [dinas-a]\t\r\nsummary: Teks\tdengan tab di tengah\r\n\r\n\r\n",
    )
    .write(
        "content/programs/BESAR.YAML",
        "id: huruf-besar\ntitle: Ekstensi Besar\nstart: 2025-02-04\norganizers: [dinas-a]\n",
    )
    .write(
        "content/organizations/dinas-d.yml",
        "name:   Dinas D   \nkind: government\n",
    )
    .write(
        "content/news/spasi.md",
        "---   \ntitle: Spasi di Ujung   \ndate: 2025-03-01\t\n---  \nBaris satu.   \r\nBaris dua.\n",
    )
    .write(
        "content/pages/crlf.md",
        "\u{feff}---\r\ntitle: Halaman CRLF\r\n---\r\n\r\nIsi halaman.\r\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let program = site.read("programs/crlf-bom/index.html");
    assert!(program.contains("<h1>Program CRLF</h1>"), "title trimmed");
    assert!(
        program.contains("Teks\tdengan tab di tengah"),
        "a tab inside text is text"
    );
    assert!(
        site.read("programs/huruf-besar/index.html")
            .contains("Ekstensi Besar")
    );
    assert!(
        site.read("organizations/dinas-d/index.html")
            .contains("Dinas D")
    );
    let news = site.read("news/spasi/index.html");
    assert!(news.contains("Spasi di Ujung"), "{news}");
    assert!(news.contains("Baris satu."), "{news}");
    assert!(site.read("crlf/index.html").contains("Isi halaman."));
    assert!(site.read("index.html").contains("Pelatihan Uji"));
}

/// Valid but hostile: what once took time or memory out of proportion.
#[test]
fn hostile_but_valid_input_builds() {
    let site = small_site();
    // Thousands of equal headings (their ids were numbered in quadratic time).
    let body = "## Sama\n\nTeks.\n\n".repeat(30_000);
    site.write(
        "content/news/judul-sama.md",
        &format!("---\ntitle: Judul Sama\ndate: 2025-01-01\n---\n{body}"),
    );
    // Deeply nested Markdown: block quotes and lists thousands deep.
    site.write(
        "content/news/dalam.md",
        &format!(
            "---\ntitle: Dalam\ndate: 2025-01-02\n---\n{}x\n\n{}y\n\n{}z\n",
            "> ".repeat(5_000),
            "- ".repeat(5_000),
            "<div>".repeat(20_000)
        ),
    );
    // A long table, well within the Markdown budget (3,000 rows of 10
    // columns: about 100,000 elements).
    let rows = "| a | b | c | d | e | f | g | h | i | j |\n".repeat(3_000);
    site.write(
        "content/news/tabel.md",
        &format!(
            "---\ntitle: Tabel\ndate: 2025-01-03\n---\n{}\n{}\n{rows}",
            "| k |".repeat(10).replace("||", "|"),
            "|---|".repeat(10).replace("||", "|")
        ),
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.read("news/judul-sama/index.html")
            .contains("id=\"sama-29999\"")
    );
    let table = site.read("news/tabel/index.html");
    assert_eq!(table.matches("<tr>").count(), 3_001, "every row");
    // More raw HTML than is sanitised in reasonable time is shown as text.
    let deep = site.read("news/dalam/index.html");
    assert!(deep.contains("&lt;div&gt;&lt;div&gt;"), "shown as text");
}
