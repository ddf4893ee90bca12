//! A build killed at any moment (SIGKILL, via `Child::kill`) leaves the
//! previous output whole, and the next build cleans up after it.
//!
//! Not a timed test: the kill delays only spread the kills over the build;
//! nothing asserts how long anything takes. Whatever moment a kill lands on,
//! the output must be byte for byte the previous site or the new one.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{NOW, Site, small_site};

/// Enough news items that a build writes thousands of files.
const NEWS: usize = 1500;

fn big_site() -> Site {
    let site = small_site();
    let body =
        "Paragraf berita dengan **tebal** dan [tautan](/programs/keripik-2024/).\n\n".repeat(20);
    for i in 0..NEWS {
        site.write(
            &format!("content/news/massal/berita-{i:05}.md"),
            &format!(
                "---\ntitle: Berita nomor {i}\ndate: 2025-{:02}-{:02}\nprograms: [keripik-2024]\ntags: [tag-{}]\n---\n{body}",
                i % 12 + 1,
                i % 28 + 1,
                i % 40
            ),
        );
    }
    site
}

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn strays(root: &Path) -> Vec<String> {
    fs::read_dir(root)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public.warta-"))
        .collect()
}

fn build_into(site: &Site, output: &Path) {
    let run = site.run(&["build", "--output", output.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

const CONFIG_A: &str = "title: Pelatihan Uji\nbase_url: https://uji.example.go.id/\nnews_per_page: 2\npublisher: dinas-a\n";
/// A change every page shows.
const CONFIG_B: &str = "title: Pelatihan Uji Baru\nbase_url: https://uji.example.go.id/\nnews_per_page: 2\npublisher: dinas-a\n";

#[test]
fn a_killed_build_leaves_the_previous_output_whole() {
    let site = big_site();
    let output = site.output();
    // What each version of the site builds to.
    let reference = site.root().join("rujukan");
    site.write("warta.yaml", CONFIG_B);
    build_into(&site, &reference);
    let b = snapshot(&reference);
    fs::remove_dir_all(&reference).unwrap();
    site.write("warta.yaml", CONFIG_A);
    build_into(&site, &output);
    let a = snapshot(&output);
    assert!(a.len() > NEWS, "{} files", a.len());
    assert_ne!(a, b);

    let mut killed_while_running = 0;
    for delay_ms in [0u64, 15, 60, 150, 300, 500, 800, 1200] {
        // Each round builds toward the version that is not on disk now.
        let before = snapshot(&output);
        let (config, target) = if before == a {
            (CONFIG_B, &b)
        } else {
            (CONFIG_A, &a)
        };
        site.write("warta.yaml", config);
        let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
            .env("WARTA_LANG", "en")
            .arg("build")
            .arg("--root")
            .arg(site.root())
            .env("SOURCE_DATE_EPOCH", NOW)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            killed_while_running += 1;
        }
        // SIGKILL: no destructor, no cleanup, as when the machine is stopped.
        let _ = child.kill();
        let _ = child.wait();

        let now = snapshot(&output);
        assert!(
            now == before || now == *target,
            "after a kill at {delay_ms} ms the output is neither the previous site nor the new one \
             ({} files; previous {}, new {})",
            now.len(),
            before.len(),
            target.len()
        );
    }
    assert!(killed_while_running > 0, "no kill landed during a build");

    // The next build succeeds, is the new site, and leaves nothing beside it.
    site.write("warta.yaml", CONFIG_B);
    build_into(&site, &output);
    assert_eq!(snapshot(&output), b);
    assert!(
        strays(site.root()).is_empty(),
        "left behind: {:?}",
        strays(site.root())
    );
}
