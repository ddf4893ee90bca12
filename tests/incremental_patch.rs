//! Saves the preview patches its last site with, instead of resolving the
//! whole site again, as real sites make them: to a record that has photos
//! (nearly every news report does), and in a site that has a warning
//! somewhere. Each builds exactly what a fresh build makes, with the same
//! warnings; an error about a photo points where the record names it now.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::preview_options as options;
use warta::diagnostics::Diagnostic;
use warta::serve::Preview;

/// A build's files by path and its warnings (where, what), or its errors.
type Built = Result<(BTreeMap<String, Vec<u8>>, Vec<Place>), Vec<Diagnostic>>;

type Place = (PathBuf, Option<(u32, u32)>, String);

fn places(diagnostics: &[Diagnostic]) -> Vec<Place> {
    diagnostics
        .iter()
        .map(|d| {
            let pos = d.pos.map(|p| (p.line, p.column));
            (d.file.clone(), pos, d.message.en().to_string())
        })
        .collect()
}

fn by_path(built: warta::pipeline::Built) -> (BTreeMap<String, Vec<u8>>, Vec<Place>) {
    let warnings = places(&built.warnings);
    let files = built.files.into_iter();
    (
        files.map(|f| (f.path, f.bytes.to_vec())).collect(),
        warnings,
    )
}

/// What a preview started now on `root` builds: its files, or its errors.
fn fresh(root: &Path) -> Built {
    let mut preview = Preview::new(root, options());
    preview.rebuild().result.map(|mut built| {
        built.complete();
        by_path(built)
    })
}

/// A preview whose first build is done, so that a save can patch its site.
fn started(root: &Path) -> Preview {
    let mut preview = Preview::new(root, options());
    if let Ok(mut built) = preview.rebuild().result {
        built.complete();
    }
    preview
}

/// Saves `rel` with `from` replaced by `to`; returns whether the preview
/// patched its site, and what it built.
fn save(preview: &mut Preview, root: &Path, rel: &str, from: &str, to: &str) -> (bool, Built) {
    let path: PathBuf = root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} has {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    let before = preview.patched();
    let result = preview
        .update(&[path], options().now)
        .result
        .map(|mut built| {
            built.complete();
            by_path(built)
        });
    (preview.patched() > before, result)
}

const NEWS: &str = "content/news/2024/2024-07-01-panen.md";
const PROGRAM: &str = "content/programs/keripik-2024.yaml";

#[test]
fn edits_to_records_with_photos_patch_the_site_and_build_the_same() {
    let site = common::small_site();
    site.photo("content/news/2024/panen.jpg")
        .photo_seeded("content/news/2024/kebun.jpg", 7)
        .photo_seeded("content/programs/olahan.jpg", 9);
    site.write(
        NEWS,
        "---\ntitle: Panen Raya\ndate: 2024-07-01\nimage: { src: panen.jpg, alt: Petani memanen kopi. }\ngallery:\n  - { src: kebun.jpg, alt: Kebun kopi di lereng. }\n---\nIsi berita.\n\n![Panen di kebun](panen.jpg)\n",
    );
    let program = std::fs::read_to_string(site.root().join(PROGRAM)).unwrap();
    site.write(
        PROGRAM,
        &format!("{program}image: {{ src: olahan.jpg, alt: Peserta menggoreng keripik. }}\n"),
    );
    let root = std::fs::canonicalize(site.root()).unwrap();
    let mut preview = started(&root);
    // (file, from, to, whether the site is patched)
    let edits = [
        (NEWS, "Isi berita.", "Isi berita yang *baru*.", true),
        (
            NEWS,
            "alt: Petani memanen kopi.",
            "alt: Petani memetik kopi.",
            true,
        ),
        // Text above the body's photo moves where it is named.
        (NEWS, "Isi berita", "Paragraf pembuka.\n\nIsi berita", true),
        (
            NEWS,
            "title: Panen Raya",
            "title: Panen Raya\nsummary: Ringkasan.",
            true,
        ),
        (
            PROGRAM,
            "alt: Peserta menggoreng keripik.",
            "alt: Peserta mengemas keripik.",
            true,
        ),
        // Another of the site's photos, first named elsewhere: the
        // numbering may change, so the whole resolve.
        (
            NEWS,
            "src: kebun.jpg",
            "src: ../../programs/olahan.jpg",
            false,
        ),
        // The photos in another order: the whole resolve.
        (
            NEWS,
            "![Panen di kebun](panen.jpg)",
            "![Panen di kebun](kebun.jpg)",
            false,
        ),
        (
            NEWS,
            "Paragraf pembuka.",
            "Paragraf pembuka yang lain.",
            true,
        ),
    ];
    for (step, (rel, from, to, patches)) in edits.into_iter().enumerate() {
        let (patched, built) = save(&mut preview, &root, rel, from, to);
        assert_eq!(patched, patches, "step {step}: {rel} {from:?} -> {to:?}");
        same_as_fresh(&root, built, step);
    }
}

/// `built` is what a fresh build of `root` makes: the same files, byte for
/// byte, and the same warnings.
fn same_as_fresh(root: &Path, built: Built, step: usize) {
    let (files, warnings) = built.unwrap_or_else(|d| panic!("step {step}: {:?}", places(&d)));
    let (expected, expected_warnings) = fresh(root).expect("a fresh build");
    assert_eq!(
        files.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>(),
        "step {step}: the same files"
    );
    for (path, bytes) in &expected {
        assert!(files[path] == *bytes, "step {step}: {path} differs");
    }
    assert_eq!(
        warnings, expected_warnings,
        "step {step}: the same warnings"
    );
}

#[test]
fn an_error_about_a_photo_points_where_the_edited_item_names_it_now() {
    let site = common::small_site();
    site.write("content/news/2024/rusak.jpg", "bukan foto");
    site.write(
        NEWS,
        "---\ntitle: Panen Raya\ndate: 2024-07-01\nimage: { src: rusak.jpg, alt: Foto panen. }\n---\nIsi berita.\n",
    );
    let root = std::fs::canonicalize(site.root()).unwrap();
    let mut preview = started(&root);
    let (patched, built) = save(
        &mut preview,
        &root,
        NEWS,
        "title: Panen Raya",
        "title: Panen Raya\nsummary: Ringkasan.\nlocation: Jember",
    );
    assert!(patched, "the save patches the site");
    let errors = places(&built.expect_err("the damaged photo stops the preview"));
    let expected = places(&fresh(&root).expect_err("and a fresh build"));
    assert_eq!(errors, expected);
    assert!(
        errors
            .iter()
            .any(|(file, pos, _)| file.ends_with(NEWS) && pos.is_some_and(|(line, _)| line == 6)),
        "the error points at `image:`, two lines lower: {errors:?}"
    );
}

#[test]
fn a_site_with_a_warning_elsewhere_is_patched_and_keeps_it() {
    let site = common::small_site();
    site.write(
        NEWS,
        "---\ntitle: Panen Raya\ndate: 2024-07-01\ntags: [kopi]\n---\nIsi berita.\n",
    );
    // More attended than registered: a warning of the program's own.
    let batik = "content/programs/batik-2027.yaml";
    let text = std::fs::read_to_string(site.root().join(batik)).unwrap();
    site.write(
        batik,
        &format!("{text}participants: {{ quota: 20, registered: 10, attended: 12 }}\n"),
    );
    let root = std::fs::canonicalize(site.root()).unwrap();
    let mut preview = started(&root);
    let edits = [
        (NEWS, "Isi berita.", "Isi berita yang *baru*.", true),
        (NEWS, "tags: [kopi]", "tags: [kopi, batik]", true),
        (PROGRAM, "graduates: 20", "graduates: 19", true),
        // A file with a warning of its own: the whole resolve, which
        // finds it mended.
        (batik, "attended: 12", "attended: 9", false),
        // A new warning in the file saved: the whole resolve puts it
        // where it goes among the others.
        (batik, "attended: 9", "attended: 13", false),
        // It has one still: its next save takes the whole resolve too.
        (batik, "quota: 20", "quota: 25", false),
        (NEWS, "Isi berita", "Paragraf pembuka.\n\nIsi berita", true),
    ];
    for (step, (rel, from, to, patches)) in edits.into_iter().enumerate() {
        let (patched, built) = save(&mut preview, &root, rel, from, to);
        assert_eq!(patched, patches, "step {step}: {rel} {from:?} -> {to:?}");
        if step != 3 {
            let warnings = &built.as_ref().expect("a build").1;
            assert!(
                warnings.iter().any(|(file, _, _)| file.ends_with(batik)),
                "step {step}: the program's warning is kept: {warnings:?}"
            );
        }
        same_as_fresh(&root, built, step);
    }
}

/// The photos a saved record names are checked again: one replaced by a
/// link out of the site since the last save is refused, as a fresh build
/// refuses it.
#[cfg(unix)]
#[test]
fn a_photo_replaced_by_a_link_out_of_the_site_is_refused_at_the_next_save() {
    let site = common::small_site();
    site.photo("content/news/2024/panen.jpg");
    site.write(
        NEWS,
        "---\ntitle: Panen Raya\ndate: 2024-07-01\nimage: { src: panen.jpg, alt: Petani memanen kopi. }\n---\nIsi berita.\n",
    );
    let outside = common::Site::new();
    outside.photo("rahasia.jpg");
    let root = std::fs::canonicalize(site.root()).unwrap();
    let mut preview = started(&root);
    let photo = root.join("content/news/2024/panen.jpg");
    std::fs::remove_file(&photo).unwrap();
    std::os::unix::fs::symlink(outside.root().join("rahasia.jpg"), &photo).unwrap();
    let (patched, built) = save(&mut preview, &root, NEWS, "Isi berita.", "Isi berita baru.");
    assert!(!patched, "the whole resolve finds the link");
    let errors = places(&built.expect_err("the link out of the site stops the preview"));
    let expected = places(&fresh(&root).expect_err("and a fresh build"));
    assert_eq!(errors, expected);
}
