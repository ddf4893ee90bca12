//! Our reader of plain YAML (src/load/yaml/plain.rs) must mean exactly what
//! serde-saphyr means wherever it reads a record at all: same values, same
//! positions. Checked on every record of the demo site, on hand-written
//! corner cases and on thousands of mutated records. It must also read the
//! ordinary records itself, or the build is no faster.

use std::fmt::Debug;
use std::path::Path;

use serde::de::DeserializeOwned;
use warta::load::{front_matter, yaml};
use warta::model::{ConfigRecord, NewsRecord, OrganizationRecord, PageRecord, ProgramRecord};

/// What the two parsers make of `text`, when our reader takes it:
/// `Some(true)` if they agree, `Some(false)` if not, `None` if our reader
/// left it to serde-saphyr.
fn agree<T: DeserializeOwned + Debug>(text: &str, first_line: u32) -> Option<Result<(), String>> {
    let plain = yaml::parse_plain::<T>(text, first_line)?;
    let full = yaml::parse_full::<T>(text, first_line);
    Some(match (plain, full) {
        (Ok(plain), Ok(full)) if format!("{full:?}") == format!("{plain:?}") => Ok(()),
        (Err(plain), Err(full)) if plain == full => Ok(()),
        (plain, full) => Err(format!("plain reader: {plain:?}\nserde-saphyr: {full:?}")),
    })
}

/// The kinds of YAML text a site has, with how to check one.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Program,
    News,
    Page,
    Organization,
    Config,
}

impl Kind {
    fn of(path: &Path) -> Option<Kind> {
        let s = path.to_string_lossy();
        Some(if s.ends_with("warta.yaml") {
            Kind::Config
        } else if s.contains("/programs/") {
            Kind::Program
        } else if s.contains("/organizations/") {
            Kind::Organization
        } else if s.contains("/news/") {
            Kind::News
        } else if s.contains("/pages/") {
            Kind::Page
        } else {
            return None;
        })
    }

    /// The YAML of a file's text and its first line.
    fn yaml(self, text: &str) -> Option<(String, u32)> {
        match self {
            Kind::News | Kind::Page => {
                let split = front_matter::split(text).ok()?;
                Some((split.yaml.to_string(), split.yaml_line))
            }
            _ => Some((text.to_string(), 1)),
        }
    }

    fn check(self, yaml: &str, first_line: u32) -> Option<Result<(), String>> {
        match self {
            Kind::Program => agree::<ProgramRecord>(yaml, first_line),
            Kind::News => agree::<NewsRecord>(yaml, first_line),
            Kind::Page => agree::<PageRecord>(yaml, first_line),
            Kind::Organization => agree::<OrganizationRecord>(yaml, first_line),
            Kind::Config => agree::<ConfigRecord>(yaml, first_line),
        }
    }
}

fn demo_records() -> Vec<(String, Kind, String, u32)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("warta.yaml")];
    for entry in walkdir::WalkDir::new(root.join("content")).sort_by_file_name() {
        let entry = entry.expect("the demo content can be listed");
        if entry.file_type().is_file() {
            files.push(entry.into_path());
        }
    }
    files
        .into_iter()
        .filter_map(|path| {
            let kind = Kind::of(&path)?;
            let text = std::fs::read_to_string(&path).ok()?;
            let (yaml, line) = kind.yaml(&text)?;
            Some((path.display().to_string(), kind, yaml, line))
        })
        .collect()
}

#[test]
fn the_plain_reader_reads_the_demo_site_as_serde_saphyr_does() {
    let records = demo_records();
    assert!(
        records.len() > 30,
        "the demo site has {} records",
        records.len()
    );
    let mut read = 0;
    for (name, kind, yaml, line) in &records {
        match kind.check(yaml, *line) {
            Some(Ok(())) => read += 1,
            Some(Err(e)) => panic!("{name}: the parsers disagree\n{e}"),
            None => {}
        }
    }
    // Editors write plain YAML: nearly all of it must take the fast way.
    assert!(
        read * 10 >= records.len() * 9,
        "the plain reader read only {read} of {} records",
        records.len()
    );
}

/// Corner cases, each a small record: where a reader of a YAML subset could
/// go wrong. The plain reader may leave any of them to serde-saphyr, but
/// what it reads it must read the same.
#[test]
fn corner_cases_mean_the_same_to_both_parsers() {
    let news = [
        "title: 123\ndate: 2024-01-01\n",
        "title: true\ndate: 2024-01-01\n",
        "title: yes\ndate: 2024-01-01\n",
        "title: null\ndate: 2024-01-01\n",
        "title: ~\ndate: 2024-01-01\n",
        "title: 1.5\ndate: 2024-01-01\n",
        "title: 0x1F\ndate: 2024-01-01\n",
        "title: .inf\ndate: 2024-01-01\n",
        "title: Judul # komentar\ndate: 2024-01-01\n",
        "title: Judul#bukan komentar\ndate: 2024-01-01\n",
        "title: 'it''s'\ndate: 2024-01-01\n",
        "title: \"a \\\"b\\\" \\\\ c\"\ndate: 2024-01-01\n",
        "title: \"\\u00e9\"\ndate: 2024-01-01\n",
        "title: \"tab\\there\"\ndate: 2024-01-01\n",
        "title: Judul\ndate: 2024-01-01\ntags: [a, b, 'c d', \"e\"]\n",
        "title: Judul\ndate: 2024-01-01\ntags: []\n",
        "title: Judul\ndate: 2024-01-01\ntags:\n- a\n- b\n",
        "title: Judul\ndate: 2024-01-01\ntags:\n  - a\n  -   b\n",
        "title: Judul\ndate: 2024-01-01\ntags:\n",
        "title: Judul\ndate: 2024-01-01\ndraft: true\n",
        "title: Judul\ndate: 2024-01-01\ndraft: True\n",
        "title: Judul\ndate: 2024-01-01\ndraft: yes\n",
        "title: Judul\ndate: 2024-01-01\ndraft:\n",
        "title: Judul\ndate: 2024-01-01\nsource: { name: Dinas, url: 'https://x.id/a?b=c' }\n",
        "title: Judul\ndate: 2024-01-01\nsource:\n  name: Dinas\n  url: https://x.id/a#b\n",
        "title: Judul\ndate: 2024-01-01 09:30\n",
        "title: Judul\ndate: 2024-01-01T09:30:00+07:00\n",
        "title: Judul\ndate: 2024-01-01\nsummary: |\n  Baris satu\n  baris dua\n\n",
        "title: Judul\ndate: 2024-01-01\nsummary: |-\n  Baris satu\n\n  baris dua\n",
        "title: Judul\ndate: 2024-01-01\nsummary: |+\n  Baris\n\n\nlocation: x\n",
        "title: Judul\ndate: 2024-01-01\nsummary: |\n    dalam\n  dangkal\n",
        "title: Judul\ndate: 2024-01-01\nsummary: |\n  a\n   b\n  # bukan komentar\n# komentar\n",
        "title: Judul\ndate: 2024-01-01\nsummary: |\n  a",
        "title: Judul\ndate: 2024-01-01\nsummary: >\n  a\n  b\n",
        "title: Judul\ndate: 2024-01-01\nsummary: a\n  b\n",
        "title: Judul\ndate: 2024-01-01\ntitle: lagi\n",
        "title: Judul\ndate: 2024-01-01\nunknown: 1\n",
        "title: &a Judul\ndate: 2024-01-01\nsummary: *a\n",
        "title: Judul\ndate: 2024-01-01\ntags: [a, [b]]\n",
        "title: Judul\ndate: 2024-01-01\ntags: [a,b]\n",
        "title: Judul\ndate: 2024-01-01\ntags: [a , b ]\n",
        "title: Judul\ndate: 2024-01-01\ntags: [a, b,]\n",
        "title: Judul\ndate: 2024-01-01\ntags: [a # x\n  , b]\n",
        "title: Judul\ndate: 2024-01-01\ntags: [-1, -a]\n",
        "title:  Judul  \ndate:   2024-01-01   \n",
        "title: Jalan: Raya\ndate: 2024-01-01\n",
        "title: Jalan:Raya\ndate: 2024-01-01\n",
        "title: 'satu'  # c\ndate: 2024-01-01\n",
        "title: \"satu\"x\ndate: 2024-01-01\n",
        "\ntitle: Judul\n\n# c\ndate: 2024-01-01\n\n",
        "title: Judul\n date: 2024-01-01\n",
        "title: Ñandú — “kutip” 日本\ndate: 2024-01-01\nlocation: Désa\n",
        "title: Judul\ndate: 2024-01-01\nprograms: [program-1, program-2]\n",
        "title: Judul\ndate: 2024-01-01\nslug: -awal\n",
        "title: -12\ndate: 2024-01-01\n",
        "title: Judul\r\ndate: 2024-01-01\r\n",
        "title: Judul\ndate: 2024-01-01\n---\ntitle: b\n",
        "title: Judul\ndate: 2024-01-01\n...\n",
        "title: !!str 12\ndate: 2024-01-01\n",
        "? title\n: Judul\ndate: 2024-01-01\n",
        "\"title\": Judul\ndate: 2024-01-01\n",
    ];
    let programs = [
        "title: P\nstart: 2024-01-01\norganizers: [o]\nparticipants: { quota: 20, registered: 007 }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\nparticipants: { quota: +20 }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\nparticipants: { quota: 1_000 }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\nparticipants: { quota: 99999999999999999999 }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\nparticipants: { quota: -3 }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\nparticipants: { quota: 2.0 }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\nparticipants: { quota: '20' }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\ncurriculum:\n  - { title: a, hours: 1.5, day: 1 }\n  - title: b\n    hours: 2\n    kind: practice\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\ncurriculum:\n  - { title: a, hours: .5 }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\ncurriculum:\n  - { title: a, hours: 1e1 }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\ncurriculum:\n  - { title: a, hours: 1. }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\ncurriculum:\n  - { title: a, kind: Theory }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\ncurriculum:\n  - { title: a, kind: 'theory' }\n",
        "title: P\nstart: 2024-01-01\norganizers:\n  - o\n  - p\nvenues:\n  - name: Balai\n    geo: { lat: -7.25, lon: 112 }\n",
        "title: P\nstart: 2024-01-01\norganizers:\n- o\nvenues:\n- name: Balai\n  role: theory\n",
        "title: P\nstart: 2024-01-01\norganizers: o\n",
        "title: P\nstart: 2024-01-01\norganizers: []\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\noutcomes:\n  graduates: 20\n  indicators:\n    - name: Lulus\n      target: 20\n      actual: 18\n      unit: orang\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\ndescription: |\n  Satu.\n\n  Dua: **tebal**.\n  - bukan daftar\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\nstatus: cancelled\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\nregistration: { fee: 0, requirements: [KTP, 'KK'] }\n",
        "title: P\nstart: 2024-01-01\norganizers: [o]\nregion: { province: Jawa Timur, regency: Kab. Malang }\n",
    ];
    let mut disagreements = Vec::new();
    for text in news {
        if let Some(Err(e)) = Kind::News.check(text, 2) {
            disagreements.push(format!("{text:?}\n{e}"));
        }
    }
    for text in programs {
        if let Some(Err(e)) = Kind::Program.check(text, 1) {
            disagreements.push(format!("{text:?}\n{e}"));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n\n"));
}

/// xorshift: a fixed sequence, so a failure can be replayed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Bits of YAML syntax and of values that change a scalar's meaning.
const PIECES: &[&str] = &[
    ":",
    ": ",
    " ",
    "  ",
    "\n",
    "\n  ",
    "\n- ",
    "- ",
    "-",
    "#",
    " #",
    "'",
    "\"",
    "''",
    "\\",
    "[",
    "]",
    "{",
    "}",
    ",",
    "|",
    "|-",
    "|+",
    ">",
    "*a",
    "&a ",
    "!",
    "!!str ",
    "~",
    "null",
    "yes",
    "No",
    "0x1",
    "1e3",
    "007",
    ".5",
    "-3",
    "+3",
    "1_0",
    "true",
    "?",
    "%",
    "@",
    "`",
    "\t",
    "\r",
    "---",
    "...",
    "\u{85}",
    "\u{2028}",
    "\u{feff}",
    "\u{7}",
    "é",
    "2024-13-45",
    "12:30",
];

fn mutate(text: &str, random: &mut Random) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + random.below(3) {
        let at = random.below(chars.len() + 1);
        match random.below(5) {
            0 | 1 => {
                let piece = PIECES[random.below(PIECES.len())];
                chars.splice(at..at, piece.chars());
            }
            2 => {
                let end = (at + 1 + random.below(4)).min(chars.len());
                chars.drain(at.min(end)..end);
            }
            3 => {
                // Indent or unindent the line around `at`.
                let start = chars[..at]
                    .iter()
                    .rposition(|c| *c == '\n')
                    .map_or(0, |i| i + 1);
                if random.below(2) == 0 {
                    chars.splice(start..start, "  ".chars());
                } else if chars.get(start) == Some(&' ') {
                    chars.remove(start);
                }
            }
            _ => {
                // Repeat a line elsewhere: duplicate keys, stray items.
                let lines: Vec<&str> = text.lines().collect();
                let line = lines[random
                    .below(lines.len().max(1))
                    .min(lines.len().saturating_sub(1))];
                chars.splice(at..at, format!("{line}\n").chars());
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn mutated_records_mean_the_same_to_both_parsers() {
    let records = demo_records();
    let mut random = Random(0x5eed_2026_1128);
    let (mut read, mut tried) = (0, 0);
    let mut disagreements = Vec::new();
    for round in 0..40 {
        for (name, kind, yaml, line) in &records {
            let text = mutate(yaml, &mut random);
            tried += 1;
            match kind.check(&text, *line) {
                Some(Ok(())) => read += 1,
                Some(Err(e)) if disagreements.len() < 5 => {
                    disagreements.push(format!("{name}, round {round}:\n{text:?}\n{e}"))
                }
                _ => {}
            }
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n\n"));
    // Many mutations leave a record plain (a changed word, a duplicate
    // comment): the comparison above must have had something to compare.
    assert!(
        read * 5 >= tried,
        "only {read} of {tried} mutated records were read by the plain reader"
    );
}

/// Counting columns and looking for duplicate keys must not grow with the
/// square of a record's size: a 20 MiB file is allowed.
#[test]
fn huge_records_are_read_in_one_pass_or_left_to_serde_saphyr() {
    let items = vec!["kata"; 40_000].join(", ");
    let text = format!("title: a\ndate: 2024-01-01\ntags: [{items}]\n");
    let record: NewsRecord = yaml::parse_plain(&text, 2)
        .expect("a long flow list is plain YAML")
        .expect("within the budget");
    assert_eq!(record.tags.len(), 40_000);
    assert_eq!(record.tags[39_999].pos.column, 7 + 6 * 39_999 + 1);
    let keys: String = (0..30_000).map(|i| format!("k{i}: v\n")).collect();
    assert!(yaml::parse_plain::<NewsRecord>(&keys, 2).is_none());
}

/// More values than the budget allows: refused by the plain reader itself
/// (it once read a 5 MB `tags: [...]` of 600,000, a page each), with the
/// message and place serde-saphyr gives, in every shape of plain YAML.
#[test]
fn both_readers_refuse_too_many_values_alike() {
    let n = yaml::budget::MAX_VALUES;
    let flow_list = format!(
        "title: a\ndate: 2024-01-01\ntags: [{}]\n",
        (0..n)
            .map(|i| format!("t{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let block_list = format!(
        "title: a\ndate: 2024-01-01\ntags:\n{}",
        (0..n).map(|i| format!("  - t{i}\n")).collect::<String>()
    );
    let quoted = format!(
        "title: a\ndate: 2024-01-01\ntags: [{}]\n",
        (0..n)
            .map(|i| format!("'t{i}'"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let flow_maps = format!(
        "title: a\nregion:\n{}",
        (0..n / 2)
            .map(|i| format!("  - {{k: v{i}}}\n"))
            .collect::<String>()
    );
    let block_maps = format!(
        "title: a\ndate: 2024-01-01\nsummary: |\n  teks\nvenues:\n{}",
        (0..n / 3)
            .map(|i| format!("  - name: v{i}\n    role:\n"))
            .collect::<String>()
    );
    for (shape, text) in [
        ("flow list", flow_list),
        ("block list", block_list),
        ("quoted", quoted),
        ("flow mappings", flow_maps),
        ("block mappings", block_maps),
    ] {
        let full = yaml::parse_full::<serde::de::IgnoredAny>(&text, 2).unwrap_err();
        assert!(
            full.message.contains("far more values"),
            "{shape}: {full:?}"
        );
        assert!(
            full.hint
                .as_ref()
                .is_some_and(|h| h.contains("split the file"))
        );
        let plain = yaml::parse_plain::<NewsRecord>(&text, 2)
            .unwrap_or_else(|| panic!("{shape}: left to serde-saphyr"));
        // (`.err()`: a record read in full would fill the screen.)
        assert_eq!(plain.err(), Some(full.clone()), "{shape}");
        // And through the one entry point the build uses.
        let parsed = yaml::parse::<NewsRecord>(&text, 2);
        assert_eq!(parsed.err(), Some(full), "{shape}");
    }
}
