//! Helpers for integration tests: write a small site into a temporary
//! folder, run the real `warta` binary on it, read what it wrote.

#![allow(dead_code)]

pub mod html;
pub mod invariants;
pub mod server;
pub mod snapshot;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// 2026-11-27T12:00:00Z: "today" for every test build, so statuses are stable.
pub const NOW: &str = "1795780800";

/// What `warta build` builds with, at [`NOW`].
pub fn build_options() -> warta::resolve::BuildOptions {
    warta::resolve::BuildOptions {
        drafts: false,
        future: false,
        base_url: None,
        now: jiff::Timestamp::from_second(NOW.parse().unwrap()).unwrap(),
        strict: false,
        preview: false,
    }
}

/// What `serve` builds with: drafts and future news shown.
pub fn preview_options() -> warta::resolve::BuildOptions {
    warta::resolve::BuildOptions {
        drafts: true,
        future: true,
        preview: true,
        ..build_options()
    }
}

pub struct Site {
    pub dir: tempfile::TempDir,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Site {
    pub fn new() -> Site {
        Site {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) -> &Self {
        let path = self.root().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
        self
    }

    /// A small real photo (a 64×48 JPEG) at `rel`: the images stage reads
    /// every photo a record names, so a placeholder text would be refused.
    pub fn photo(&self, rel: &str) -> &Self {
        self.photo_seeded(rel, 0)
    }

    /// [`Site::photo`] with other pixels for another `seed`: a new photo
    /// at the same path.
    pub fn photo_seeded(&self, rel: &str, seed: u8) -> &Self {
        let path = self.root().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, small_jpeg(seed)).unwrap();
        self
    }

    pub fn remove(&self, rel: &str) {
        fs::remove_file(self.root().join(rel)).unwrap();
    }

    /// Runs warta on the site with its messages in English (`WARTA_LANG=en`),
    /// the language the tests' expected words are written in.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, Some("en"))
    }

    /// Runs warta as an editor would: in the site's own language.
    pub fn run_as_editor(&self, args: &[&str]) -> Run {
        self.run_with(args, None)
    }

    fn run_with(&self, args: &[&str], language: Option<&str>) -> Run {
        let mut command = Command::new(env!("CARGO_BIN_EXE_warta"));
        match language {
            Some(l) => command.env("WARTA_LANG", l),
            None => command.env_remove("WARTA_LANG"),
        };
        let out = command
            .args(args)
            .arg("--root")
            .arg(self.root())
            .env("SOURCE_DATE_EPOCH", NOW)
            .env("NO_COLOR", "1")
            .output()
            .expect("run warta");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn build(&self) -> Run {
        self.run(&["build"])
    }

    pub fn output(&self) -> PathBuf {
        self.root().join("public")
    }

    pub fn read(&self, rel: &str) -> String {
        let path = self.output().join(rel);
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// One row of `data/programs.csv`, read with the csv crate, by column name.
    pub fn csv_row(&self, id: &str) -> BTreeMap<String, String> {
        let text = self.read("data/programs.csv");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers = reader.headers().unwrap().clone();
        let row = reader
            .records()
            .map(Result::unwrap)
            .find(|r| &r[0] == id)
            .unwrap_or_else(|| panic!("no row `{id}` in programs.csv"));
        headers
            .iter()
            .map(str::to_string)
            .zip(row.iter().map(str::to_string))
            .collect()
    }

    /// Every file of the output with its bytes, for "unchanged" checks.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut map = BTreeMap::new();
        for e in walkdir::WalkDir::new(self.output()).into_iter().flatten() {
            if e.file_type().is_file() {
                let rel = e.path().strip_prefix(self.output()).unwrap().to_path_buf();
                map.insert(rel, fs::read(e.path()).unwrap());
            }
        }
        map
    }
}

/// A small valid site: two organizations, a completed and an upcoming
/// program, a news item and a page.
pub fn small_site() -> Site {
    let site = Site::new();
    site.write(
        "warta.yaml",
        "title: Pelatihan Uji\nbase_url: https://uji.example.go.id/\nnews_per_page: 2\npublisher: dinas-a\n",
    )
    .write(
        "content/organizations/dinas-a.yaml",
        "name: Dinas Perindustrian A\nshort_name: Disperin A\nkind: government\nurl: https://a.example.go.id/\n",
    )
    .write("content/organizations/kampus-b.yaml", "name: Universitas B\nkind: university\n")
    .write(
        "content/programs/keripik-2024.yaml",
        r#"title: Pelatihan Keripik Pisang
summary: Pelatihan tiga hari.
description: |
  Teori di hotel, **praktik** di pabrik.
start: 2024-06-24
end: 2024-06-26
organizers: [dinas-a]
partners: [kampus-b]
sector: Pangan olahan
tags: [keripik pisang]
region: { province: Jawa Timur, regency: Kabupaten Probolinggo, district: Gending }
venues:
  - name: Hotel Tampiarto
    role: theory
  - name: UD Rajawali
    role: practice
    geo: { lat: -7.7601, lon: 113.4110 }
participants: { quota: 20, registered: 20, attended: 20 }
curriculum:
  - { title: Kebijakan, day: 1, kind: theory, instructor: dinas-a }
  - { title: Praktik produksi, day: 3, kind: practice, venue: UD Rajawali, instructor: "Ir. Budi" }
outcomes:
  graduates: 20
  businesses_started: 6
  jobs_created: 9
  indicators:
    - { name: Lulus, target: 20, actual: 18, unit: orang }
"#,
    )
    .write(
        "content/programs/batik-2027.yaml",
        r#"title: Pelatihan Batik Tulis
start: 2027-01-11T08:00:00+07:00
end: 2027-01-13
organizers: [dinas-a]
sector: Kerajinan
region: { province: Jawa Timur, regency: Kabupaten Pamekasan }
registration:
  opens: 2026-11-01
  closes: 2026-12-20
  fee: 0
  url: https://daftar.example.go.id/
  contact: { phone: "+62 324 000000", email: batik@example.go.id }
"#,
    )
    .write(
        "content/news/2024/2024-06-24-pembukaan-keripik.md",
        "---\ntitle: Pelatihan Keripik Dibuka\ndate: 2024-06-24T10:00:00+07:00\nlocation: Probolinggo\nprograms: [keripik-2024]\ntags: [keripik pisang]\n---\n\nDua puluh warga **belajar**.\n\n## Hari pertama\n\nTeks.\n",
    )
    .write("content/pages/tentang.md", "---\ntitle: Tentang Kami\n---\nPortal pelatihan.\n");
    site
}

/// A 64×48 JPEG whose pixels depend on `seed`.
pub fn small_jpeg(seed: u8) -> Vec<u8> {
    use image::ImageEncoder;
    let (w, h) = (64u32, 48u32);
    let pixels: Vec<u8> = (0..w * h)
        .flat_map(|i| {
            let (x, y) = ((i % w) as u8, (i / w) as u8);
            [x.wrapping_mul(4), y.wrapping_mul(5), seed.wrapping_mul(37)]
        })
        .collect();
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .write_image(&pixels, w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}
