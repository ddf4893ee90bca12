//! Rebuilding after edits gives exactly what a fresh build gives: random
//! sequences of edits, each followed by an incremental rebuild, compared
//! byte for byte with a build from scratch.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use common::{build_options as options, preview_options};
use warta::resolve::BuildOptions;
use warta::serve::Preview;

type Files = BTreeMap<String, Arc<[u8]>>;

fn fresh(root: &std::path::Path) -> Result<Files, usize> {
    fresh_with(root, &options())
}

fn fresh_with(root: &std::path::Path, options: &BuildOptions) -> Result<Files, usize> {
    let (loaded, diagnostics) = warta::load::load_site(root);
    match warta::pipeline::build_loaded(root, &loaded, &diagnostics, options, None) {
        Ok(built) => Ok(built.files.into_iter().map(|f| (f.path, f.bytes)).collect()),
        Err(d) => Err(d.iter().filter(|d| d.is_error()).count()),
    }
}

/// A small deterministic generator, so a failing sequence can be replayed.
/// A preview of `site` (its root, canonical) whose first build made its
/// site-wide outputs too: the resolved site is no longer shared with them,
/// so the next save can patch it.
fn first_build_complete(site: &common::Site, options: &BuildOptions) -> (PathBuf, Preview) {
    let root = std::fs::canonicalize(site.root()).unwrap();
    let mut preview = Preview::new(&root, options.clone());
    preview
        .rebuild()
        .result
        .expect("the first build")
        .complete();
    (root, preview)
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() as usize) % items.len()]
    }
}

const TAGS: &[&str] = &["keripik pisang", "batik", "kopi", "UMKM", "pangan olahan"];
const SECTORS: &[&str] = &["Pangan olahan", "Kerajinan", "Kopi"];
const REGENCIES: &[&str] = &[
    "Kabupaten Probolinggo",
    "Kabupaten Pamekasan",
    "Kabupaten Jember",
];

/// One random edit: writes or removes a file, returns the changed path.
fn edit(site: &common::Site, rng: &mut Rng, step: usize) -> Vec<PathBuf> {
    let n = rng.next() % 14;
    let rel = match n {
        0 | 1 => {
            let day = 1 + rng.next() % 28;
            let slug = format!("berita-{}", rng.next() % 6);
            let rel = format!("content/news/2025/2025-03-{day:02}-{slug}.md");
            let tag = rng.pick(TAGS);
            let program = rng.pick(&["keripik-2024", "batik-2027"]);
            site.write(
                &rel,
                &format!("---\ntitle: Berita {step}\ndate: 2025-03-{day:02}\ntags: [{tag}]\nprograms: [{program}]\n---\nIsi langkah {step}.\n"),
            );
            rel
        }
        2 => {
            let existing: Vec<PathBuf> = walkdir::WalkDir::new(site.root().join("content/news"))
                .into_iter()
                .flatten()
                .filter(|e| e.file_type().is_file())
                .map(|e| e.into_path())
                .collect();
            if existing.is_empty() {
                let rel = "content/news/kembali.md".to_string();
                site.write(
                    &rel,
                    &format!("---\ntitle: Kembali {step}\ndate: 2025-01-01\n---\nIsi.\n"),
                );
                rel
            } else {
                let path = rng.pick(&existing).clone();
                std::fs::remove_file(&path).unwrap();
                return vec![path];
            }
        }
        3 | 4 => {
            let id = format!("program-{}", rng.next() % 4);
            let month = 1 + rng.next() % 12;
            let rel = format!("content/programs/{id}.yaml");
            site.write(
                &rel,
                &format!(
                    "title: Program {step}\nstart: 2026-{month:02}-10\nend: 2026-{month:02}-12\norganizers: [dinas-a]\nsector: {}\ntags: [{}]\nregion: {{ province: Jawa Timur, regency: {} }}\noutcomes: {{ graduates: {} }}\n",
                    rng.pick(SECTORS),
                    rng.pick(TAGS),
                    rng.pick(REGENCIES),
                    rng.next() % 30
                ),
            );
            rel
        }
        5 => {
            let rel = "content/organizations/kampus-b.yaml".to_string();
            site.write(
                &rel,
                &format!("name: Universitas B {step}\nkind: university\n"),
            );
            rel
        }
        6 => {
            // A broken file, fixed by a later edit of the same path.
            let rel = "content/programs/program-0.yaml".to_string();
            site.write(&rel, "title: [rusak\n");
            rel
        }
        7 => {
            let rel = "content/pages/tentang.md".to_string();
            site.write(
                &rel,
                &format!("---\ntitle: Tentang {step}\n---\nIsi {step}.\n"),
            );
            rel
        }
        8 => {
            // The scaffold's example sentence left in a body: an error in a
            // build, a warning in the preview; gone with the next edit of
            // the file. The preview remembers where bodies hold one: both
            // bodies are as long and at the same place, so only the file's
            // version tells them apart.
            let rel = format!("content/news/contoh-{}.md", rng.next() % 2);
            let body = if rng.next().is_multiple_of(2) {
                "Tulis berita di sini."
            } else {
                "Isi berita yang asli."
            };
            site.write(
                &rel,
                &format!("---\ntitle: Contoh {step:02}\ndate: 2025-02-01\n---\n{body}\n"),
            );
            rel
        }
        9..=12 => return edit_in_place(site, rng, n, step),
        _ => {
            let rel = "content/programs/batik-2027.yaml".to_string();
            site.write(
                &rel,
                &format!(
                    "title: Batik {step}\nstart: 2027-01-11\norganizers: [dinas-a]\nstatus: {}\n",
                    rng.pick(&["cancelled", "postponed"])
                ),
            );
            rel
        }
    };
    vec![site.root().join(rel)]
}

/// The edits the preview is timed on (benches/serve_latency.py), made to a
/// file that exists: a news body, a news title (lists change), a program's
/// dates (statuses and calendars change), a tag (taxonomies change); and a
/// news item renamed, which is one path gone and one new.
fn edit_in_place(site: &common::Site, rng: &mut Rng, n: u64, step: usize) -> Vec<PathBuf> {
    let news: Vec<PathBuf> = walkdir::WalkDir::new(site.root().join("content/news"))
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    let program = site.root().join("content/programs/keripik-2024.yaml");
    let Some(path) = (n != 11)
        .then(|| news.get(rng.next() as usize % news.len().max(1)))
        .flatten()
    else {
        let text = std::fs::read_to_string(&program).unwrap();
        let year = 2024 + rng.next() % 4;
        let mut out = String::new();
        for line in text.lines() {
            match line.split_once(": ") {
                Some((key @ ("start" | "end"), value)) if value.len() >= 4 => {
                    out.push_str(&format!("{key}: {year}{}\n", &value[4..]))
                }
                _ => out.push_str(&format!("{line}\n")),
            }
        }
        std::fs::write(&program, out).unwrap();
        return vec![program];
    };
    let text = std::fs::read_to_string(path).unwrap();
    let changed = match n {
        9 => format!("{text}\nKata baru {step}.\n"),
        10 => text.replacen("title: ", &format!("title: Judul {step} "), 1),
        _ => {
            // 12: a tag, or the file renamed.
            if rng.next().is_multiple_of(2) {
                let to = path.with_file_name(format!("dipindah-{step}.md"));
                std::fs::rename(path, &to).unwrap();
                return vec![path.clone(), to];
            }
            let tag = rng.pick(TAGS);
            match text.find("tags: [") {
                Some(i) => format!("{}tags: [{tag} {step}, {}", &text[..i], &text[i + 7..]),
                None => text.replacen("---\n", &format!("---\ntags: [{tag} {step}]\n"), 1),
            }
        }
    };
    std::fs::write(path, changed).unwrap();
    vec![path.clone()]
}

#[test]
fn incremental_rebuilds_equal_fresh_builds() {
    edits_equal_fresh_builds(options());
}

/// The same, with what `serve` shows: drafts and future ("Terjadwal") news.
#[test]
fn preview_rebuilds_equal_fresh_builds() {
    edits_equal_fresh_builds(preview_options());
}

fn edits_equal_fresh_builds(options: BuildOptions) {
    for seed in 1..=4u64 {
        let site = common::small_site();
        // A card a page: every list of two or more is cut into pages, which
        // come and go as the edits add, move and remove records.
        site.write(
            "warta.yaml",
            "title: Pelatihan Uji\nbase_url: https://uji.example.go.id/\nnews_per_page: 1\nprograms_per_page: 1\npublisher: dinas-a\n",
        );
        let root = std::fs::canonicalize(site.root()).unwrap();
        let mut preview = Preview::new(&root, options.clone());
        assert!(preview.rebuild().result.is_ok());
        let mut rng = Rng(seed);
        for step in 0..25 {
            let changed = edit(&site, &mut rng, step);
            let outcome = preview.update(&changed, options.now);
            let incremental: Result<Files, usize> = outcome
                .result
                .map(|mut b| {
                    b.complete();
                    b.files.into_iter().map(|f| (f.path, f.bytes)).collect()
                })
                .map_err(|d| d.iter().filter(|d| d.is_error()).count());
            let expected = fresh_with(&root, &options);
            match (&incremental, &expected) {
                (Ok(a), Ok(b)) => {
                    let paths_a: Vec<&String> = a.keys().collect();
                    let paths_b: Vec<&String> = b.keys().collect();
                    assert_eq!(paths_a, paths_b, "seed {seed} step {step}: the same files");
                    for (path, bytes) in b {
                        assert!(
                            a[path] == *bytes,
                            "seed {seed} step {step}: {path} differs after editing {}",
                            changed[0].display()
                        );
                    }
                }
                (Err(x), Err(y)) => {
                    assert_eq!(x, y, "seed {seed} step {step}: the same number of errors")
                }
                _ => panic!(
                    "seed {seed} step {step}: incremental {} but fresh {} after editing {}",
                    if incremental.is_ok() {
                        "built"
                    } else {
                        "failed"
                    },
                    if expected.is_ok() { "built" } else { "failed" },
                    changed[0].display()
                ),
            }
        }
    }
}

/// A link to a file outside the site, added while `serve` runs, is refused
/// like in a fresh build, and nothing of the file is shown.
#[cfg(unix)]
#[test]
fn a_link_out_of_the_site_added_while_serving_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    let secret = "RAHASIA-NEGARA-5d2a";
    let target = outside.path().join("halaman.md");
    std::fs::write(&target, format!("---\ntitle: {secret}\n---\n{secret}\n")).unwrap();
    let site = common::small_site();
    let root = std::fs::canonicalize(site.root()).unwrap();
    let mut preview = Preview::new(&root, options());
    assert!(preview.rebuild().result.is_ok());
    let link = root.join("content/pages/halaman.md");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let outcome = preview.update(std::slice::from_ref(&link), options().now);
    let diagnostics = match outcome.result {
        Ok(built) => {
            let leaked = built
                .files
                .iter()
                .any(|f| String::from_utf8_lossy(&f.bytes).contains(secret));
            panic!("built (secret published: {leaked})");
        }
        Err(d) => d,
    };
    let shown: String = diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(shown.contains("content/pages/halaman.md"), "{shown}");
    assert!(shown.contains("outside the site"), "{shown}");
    assert!(!shown.contains(secret), "{shown}");
}

/// A photo added beside a page while `serve` runs (issue 17) is no unknown
/// file: the page that names it builds, as in a fresh build.
#[test]
fn a_photo_added_while_serving_is_found_by_the_page_that_names_it() {
    let site = common::small_site();
    site.write(
        "content/pages/tentang.md",
        "---\ntitle: Tentang Kami\n---\nPortal pelatihan.\n\n![Peserta praktik](praktik.jpg)\n",
    );
    let root = std::fs::canonicalize(site.root()).unwrap();
    let mut preview = Preview::new(&root, options());
    let first = preview.rebuild();
    let shown: String = match first.result {
        Ok(_) => panic!("a missing photo is an error"),
        Err(d) => d.iter().map(|d| d.to_string()).collect(),
    };
    assert!(shown.contains("does not exist"), "{shown}");
    let photo = root.join("content/pages/praktik.jpg");
    std::fs::write(&photo, common::small_jpeg(0)).unwrap();
    let outcome = preview.update(std::slice::from_ref(&photo), options().now);
    if let Err(d) = outcome.result {
        let shown: String = d.iter().map(|d| d.to_string()).collect();
        panic!("{shown}");
    }
    assert_eq!(fresh(&root).map(|_| ()), Ok(()));
}

/// A static file where an output made after the pages goes (the feed) is
/// refused by the preview as by a fresh build: the preview starts those
/// outputs early to check them.
#[test]
fn a_static_file_in_the_way_of_the_feed_stops_the_preview_too() {
    let site = common::small_site();
    site.write("static/feed.xml/gambar.png", "x");
    let root = std::fs::canonicalize(site.root()).unwrap();
    let mut preview = Preview::new(&root, preview_options());
    let shown: String = match preview.rebuild().result {
        Ok(_) => panic!("built over the feed"),
        Err(d) => d.iter().map(|d| d.to_string()).collect(),
    };
    assert!(shown.contains("static/feed.xml/gambar.png"), "{shown}");
    assert_eq!(fresh_with(&root, &preview_options()).map(|_| ()), Err(1));
}

/// The preview patches its last site for the edits that leave every record
/// in its place (`resolve::patch`): a news body, title or tags, a program's
/// words, figures, terms or dates; and the patched site builds exactly what a
/// fresh build does. An edit that moves a record takes the whole resolve.
#[test]
fn edits_that_move_nothing_patch_the_site_and_build_the_same() {
    // The third time a term is written two ways, so that its name may come
    // from another record when programs move: the terms are made again.
    let runs = [
        (options(), false),
        (preview_options(), false),
        (options(), true),
    ];
    for (options, two_spellings) in runs {
        let site = common::small_site();
        if two_spellings {
            site.write(
                "content/news/2023/2023-01-01-lama.md",
                "---\ntitle: Lama\ndate: 2023-01-01\ntags: [Keripik Pisang]\n---\nIsi.\n",
            );
        }
        site.write(
            "warta.yaml",
            "title: Pelatihan Uji\nbase_url: https://uji.example.go.id/\nnews_per_page: 1\nprograms_per_page: 1\npublisher: dinas-a\n",
        );
        site.write(
            "content/news/2024/2024-07-01-panen.md",
            "---\ntitle: Panen Raya\ndate: 2024-07-01\ntags: [kopi]\n---\nIsi berita.\n",
        );
        // Shares its region and a tag with the program that moves below.
        site.write(
            "content/programs/olahan-2025.yaml",
            "title: Olahan Pisang\nstart: 2025-05-05\nend: 2025-05-06\norganizers: [kampus-b]\ntags: [keripik pisang]\nregion: { province: Jawa Timur, regency: Kabupaten Probolinggo }\n",
        );
        let (root, mut preview) = first_build_complete(&site, &options);
        let news = "content/news/2024/2024-07-01-panen.md";
        let keripik = "content/programs/keripik-2024.yaml";
        let batik = "content/programs/batik-2027.yaml";
        let edits: [(&str, &str, &str, bool); 12] = [
            (news, "Isi berita.", "Isi berita yang *baru*.", true),
            (news, "title: Panen Raya", "title: Panen Raya Kopi", true),
            (news, "tags: [kopi]", "tags: [kopi, aneka olahan]", true),
            // A tag left empty goes; the item joins a tag others carry.
            (
                news,
                "tags: [kopi, aneka olahan]",
                "tags: [aneka olahan, keripik pisang]",
                true,
            ),
            // Another way of writing a tag: the tags are made again.
            (
                news,
                "tags: [aneka olahan, keripik pisang]",
                "tags: [Aneka Olahan, keripik pisang]",
                true,
            ),
            (keripik, "graduates: 20", "graduates: 19", true),
            (keripik, "sector: Pangan olahan", "sector: Kuliner", true),
            (keripik, "end: 2024-06-26", "end: 2024-06-27", true),
            (batik, "closes: 2026-12-20", "closes: 2026-12-21", true),
            // The program a news item names moves from the bottom of the
            // list to the top, and back.
            (
                keripik,
                "start: 2024-06-24\nend: 2024-06-27",
                "start: 2029-06-24\nend: 2029-06-27",
                true,
            ),
            (
                keripik,
                "start: 2029-06-24\nend: 2029-06-27",
                "start: 2024-06-24\nend: 2024-06-27",
                true,
            ),
            // A new date moves the item in the lists: the whole resolve.
            (news, "date: 2024-07-01", "date: 2024-05-01", false),
        ];
        for (step, (rel, from, to, patches)) in edits.into_iter().enumerate() {
            let text = std::fs::read_to_string(root.join(rel)).unwrap();
            assert!(text.contains(from), "step {step}: {rel} has {from:?}");
            site.write(rel, &text.replacen(from, to, 1));
            let before = preview.patched();
            let outcome = preview.update(&[root.join(rel)], options.now);
            let mut built = outcome.result.unwrap_or_else(|d| {
                panic!(
                    "step {step}: {:?}",
                    d.iter()
                        .map(|d| d.message.en().to_string())
                        .collect::<Vec<_>>()
                )
            });
            built.complete();
            assert_eq!(
                preview.patched() - before,
                usize::from(patches),
                "step {step}: {rel} {from:?} -> {to:?} patched"
            );
            let incremental: Files = built.files.into_iter().map(|f| (f.path, f.bytes)).collect();
            let expected = fresh_with(&root, &options).expect("a fresh build");
            assert_eq!(
                incremental.keys().collect::<Vec<_>>(),
                expected.keys().collect::<Vec<_>>(),
                "step {step}: the same files"
            );
            for (path, bytes) in &expected {
                assert!(
                    incremental[path] == *bytes,
                    "{} step {step}: {path} differs",
                    options.preview
                );
            }
        }
    }
}

/// A long preview session: as "now" moves on, a news item comes due the
/// same evening and a program's status moves with the next day, though no
/// file changed; the pages kept from before must not keep the old state
/// (and the resolve must not be patched: `resolve::patch` checks the day
/// and the next news item due).
#[test]
fn the_preview_follows_the_clock_without_a_save() {
    for options in [options(), preview_options()] {
        let site = common::small_site();
        // 19:00 in the site's zone (WIB): the news item is due at 21:00.
        let now = options.now;
        let evening = now + jiff::SignedDuration::from_hours(3);
        let next_day = now + jiff::SignedDuration::from_hours(36);
        let wib = jiff::tz::TimeZone::get("Asia/Jakarta").unwrap();
        let due = (now + jiff::SignedDuration::from_hours(2)).to_zoned_datetime(wib.clone());
        site.write(
            "content/news/2026/terjadwal.md",
            &format!(
                "---\ntitle: Terjadwal Nanti\ndate: {}\n---\nIsi.\n",
                due.strftime("%Y-%m-%dT%H:%M:%S%:z")
            ),
        );
        let today = now.to_zoned_datetime(wib).date();
        site.write(
            "content/programs/singkat.yaml",
            &format!(
                "title: Pelatihan Singkat\nstart: {today}\nend: {today}\norganizers: [dinas-a]\n"
            ),
        );
        let (root, mut preview) = first_build_complete(&site, &options);
        for (step, at) in [evening, next_day].into_iter().enumerate() {
            let mut built = preview.update(&[], at).result.expect("a rebuild");
            built.complete();
            let incremental: Files = built.files.into_iter().map(|f| (f.path, f.bytes)).collect();
            let options = BuildOptions {
                now: at,
                ..options.clone()
            };
            let expected = fresh_with(&root, &options).expect("a fresh build");
            assert_eq!(
                incremental.len(),
                expected.len(),
                "step {step}: as many files"
            );
            for (path, bytes) in &expected {
                assert!(
                    incremental.get(path) == Some(bytes),
                    "{} step {step}: {path} differs",
                    options.preview
                );
            }
        }
    }
}
