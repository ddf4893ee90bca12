//! The output folder is replaced whole, so every build that replaces it —
//! `warta build`, each rebuild of `build --watch` — goes through one guard:
//! a folder of someone's files is never replaced, a link named as the output
//! stays a link with the new site behind it, and a path through a link into
//! the site's sources is refused like the source folder itself.
//!
//! The `--watch` cases run the real binary and change real files; the waits
//! are bounded (a hang fails the test), nothing asserts how long anything
//! takes.

#![cfg(unix)]

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{NOW, Site, small_site};

const NEWS: &str = "content/news/2024/2024-06-24-pembukaan-keripik.md";

/// `warta build --watch --output OUTPUT`, its messages going to a file.
struct Watching {
    child: Child,
    log: PathBuf,
}

impl Watching {
    fn start(site: &Site, output: &Path) -> Watching {
        let log = site.root().with_extension("watch.log");
        let child = Command::new(env!("CARGO_BIN_EXE_warta"))
            .env("WARTA_LANG", "en")
            .args(["build", "--watch", "--output"])
            .arg(output)
            .arg("--root")
            .arg(site.root())
            .env("SOURCE_DATE_EPOCH", NOW)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(fs::File::create(&log).unwrap())
            .spawn()
            .expect("run warta");
        Watching { child, log }
    }

    fn said(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits (at most a minute) until `done` holds; false if it never did.
    fn wait_for(&mut self, mut done: impl FnMut(&mut Self) -> bool) -> bool {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if done(self) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }

    fn exit_code(&mut self) -> Option<i32> {
        self.child
            .try_wait()
            .unwrap()
            .map(|s| s.code().unwrap_or(-1))
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = fs::remove_file(&self.log);
    }
}

fn edit_news_title(site: &Site, title: &str) {
    let text = fs::read_to_string(site.root().join(NEWS)).unwrap();
    let start = text.find("title: ").unwrap();
    let end = start + text[start..].find('\n').unwrap();
    site.write(
        NEWS,
        &format!("{}title: {title}{}", &text[..start], &text[end..]),
    );
}

#[test]
fn build_watch_refuses_a_folder_of_the_users_files_and_stops() {
    let site = small_site();
    let mine = site.root().join("mine");
    fs::create_dir(&mine).unwrap();
    fs::write(mine.join("thesis.txt"), "my thesis").unwrap();
    let mut watching = Watching::start(&site, &mine);
    let stopped = watching.wait_for(|w| w.exit_code().is_some());
    // Had it gone on watching, a save would replace the folder.
    edit_news_title(&site, "Judul Baru");
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(
        fs::read_to_string(mine.join("thesis.txt")).unwrap(),
        "my thesis"
    );
    assert!(
        stopped,
        "still watching after refusing:\n{}",
        watching.said()
    );
    assert_eq!(watching.exit_code(), Some(2), "{}", watching.said());
    assert!(
        watching.said().contains("was not made by warta"),
        "{}",
        watching.said()
    );
}

#[test]
fn build_watch_rebuilds_on_save_and_never_replaces_a_folder_that_became_the_users() {
    let site = small_site();
    let output = site.output();
    let mut watching = Watching::start(&site, &output);
    assert!(
        watching.wait_for(|w| w.said().contains("Watching")),
        "{}",
        watching.said()
    );
    assert!(output.join("index.html").is_file());
    edit_news_title(&site, "Judul Sesudah Disimpan");
    assert!(
        watching.wait_for(|_| fs::read_to_string(output.join("news/index.html"))
            .is_ok_and(|page| page.contains("Judul Sesudah Disimpan"))),
        "the save was not built:\n{}",
        watching.said()
    );
    // The user puts a folder of their own where the output was.
    fs::remove_dir_all(&output).unwrap();
    fs::create_dir(&output).unwrap();
    fs::write(output.join("thesis.txt"), "my thesis").unwrap();
    edit_news_title(&site, "Judul Ketiga");
    assert!(
        watching.wait_for(|w| w.said().matches("was not made by warta").count() == 1),
        "the rebuild did not refuse:\n{}",
        watching.said()
    );
    assert_eq!(
        fs::read_to_string(output.join("thesis.txt")).unwrap(),
        "my thesis"
    );
    assert!(!output.join("index.html").exists());
}

#[test]
fn a_linked_output_stays_a_link_with_the_new_site_behind_it() {
    let site = small_site();
    fs::create_dir(site.root().join("www")).unwrap();
    // The web root does not exist yet: the first build makes it.
    symlink("www/site", site.output()).unwrap();
    for title in ["Judul Pertama", "Judul Kedua"] {
        edit_news_title(&site, title);
        let run = site.build();
        assert_eq!(run.code, 0, "{}", run.stderr);
        let link = fs::symlink_metadata(site.output()).unwrap();
        assert!(link.file_type().is_symlink(), "the link was replaced");
        let page = fs::read_to_string(site.root().join("www/site/news/index.html")).unwrap();
        assert!(page.contains(title), "the site behind the link is old");
    }
    // Nothing of the build is left beside the link or the web root.
    for dir in [site.root().to_path_buf(), site.root().join("www")] {
        let strays: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".warta-"))
            .collect();
        assert!(strays.is_empty(), "{strays:?} in {}", dir.display());
    }
}

#[test]
fn an_output_through_a_link_into_the_sources_is_refused() {
    let site = small_site();
    symlink(site.root().join("content"), site.root().join("clink")).unwrap();
    let output = site.root().join("clink/sub");
    let run = site.run(&["build", "--output", output.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("inside the site's content/ folder"),
        "{}",
        run.stderr
    );
    assert!(!site.root().join("content/sub").exists());
}
