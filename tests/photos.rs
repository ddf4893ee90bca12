//! Photos in the content model (issue 17): where a `src` leads, one photo
//! file once however often it is named, photos in Markdown bodies, and what
//! is published of a photo file (only what the images stage makes).

mod common;

use common::{Site, small_site};
use warta::resolve::{BuildOptions, Site as Resolved};

fn options(preview: bool) -> BuildOptions {
    BuildOptions {
        drafts: false,
        future: false,
        base_url: None,
        now: jiff::Timestamp::from_second(common::NOW.parse().unwrap()).unwrap(),
        strict: false,
        preview,
    }
}

/// The site as resolve hands it on, or what stopped it.
fn resolved(site: &Site, preview: bool) -> Result<Resolved, Vec<String>> {
    let (loaded, diagnostics) = warta::load::load_site(site.root());
    let load_errors: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| format!("{d:?}"))
        .collect();
    if !load_errors.is_empty() {
        return Err(load_errors);
    }
    let (resolved, diagnostics) = warta::resolve::resolve(&loaded, &options(preview), None);
    let errors: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| format!("{d:?}"))
        .collect();
    match resolved {
        Some(s) if errors.is_empty() => Ok(s),
        _ => Err(errors),
    }
}

/// The small site with `lines` added at the end of the keripik program.
fn with_program_lines(site: &Site, lines: &str) {
    let path = site.root().join("content/programs/keripik-2024.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    site.write(
        "content/programs/keripik-2024.yaml",
        &format!("{text}{lines}"),
    );
}

const NEWS: &str = "content/news/2024/2024-06-24-pembukaan-keripik.md";

#[test]
fn a_relative_src_is_beside_its_file_and_a_slash_is_static() {
    let site = small_site();
    site.write("content/programs/Foto Pembukaan.JPG", "jpg")
        .write("static/images/praktik.webp", "webp");
    with_program_lines(
        &site,
        "image:\n  src: Foto Pembukaan.JPG\n  alt: Pembukaan pelatihan\n  caption: Hari pertama\n  credit: Humas\ngallery:\n  - src: /images/praktik.webp\n    alt: Praktik menggoreng\n",
    );
    let s = resolved(&site, false).expect("resolves");
    let p = s.programs.iter().find(|p| p.id == "keripik-2024").unwrap();
    let image = p.image.as_ref().expect("the program's photo");
    let source = &s.images[image.source];
    assert_eq!(source.name, "content/programs/Foto Pembukaan.JPG");
    assert_eq!(source.stem, "foto-pembukaan");
    assert_eq!(
        source.path,
        site.root().join("content/programs/Foto Pembukaan.JPG")
    );
    assert_eq!(image.alt, "Pembukaan pelatihan");
    assert_eq!(image.caption.as_deref(), Some("Hari pertama"));
    assert_eq!(image.credit.as_deref(), Some("Humas"));
    assert_eq!(p.gallery.len(), 1);
    assert_eq!(
        s.images[p.gallery[0].source].name,
        "static/images/praktik.webp"
    );
}

#[test]
fn one_file_named_twice_is_one_source_named_where_first_used() {
    let site = small_site();
    site.write("static/images/pembukaan.jpg", "jpg");
    with_program_lines(
        &site,
        "image:\n  src: /images/pembukaan.jpg\n  alt: Pembukaan pelatihan\n",
    );
    site.write(
        NEWS,
        "---\ntitle: Dibuka\ndate: 2024-06-24\nimage:\n  src: ../../../static/images/pembukaan.jpg\n  alt: Pembukaan\n---\nTeks.\n\n![Pembukaan lagi](/images/pembukaan.jpg)\n",
    );
    let s = resolved(&site, false).expect("resolves");
    assert_eq!(
        s.images.len(),
        1,
        "{:?}",
        s.images.iter().collect::<Vec<_>>()
    );
    let source = s.images.iter().next().unwrap();
    assert_eq!(
        source.named_in,
        std::path::Path::new("content/programs/keripik-2024.yaml")
    );
    let n = s.news.iter().next().unwrap();
    let p = s.programs.iter().find(|p| p.id == "keripik-2024").unwrap();
    assert_eq!(
        n.image.as_ref().unwrap().source,
        p.image.as_ref().unwrap().source
    );
    assert_eq!(
        n.body.pictures[0].picture.source,
        p.image.as_ref().unwrap().source
    );
}

#[test]
fn photos_in_a_body_are_found_and_other_images_left_alone() {
    let site = small_site();
    site.write("content/news/2024/praktik.jpg", "jpg")
        .write("static/images/bagan.svg", "<svg/>");
    site.write(
        NEWS,
        "---\ntitle: Dibuka\ndate: 2024-06-24\n---\nTeks.\n\n![Peserta *praktik*](praktik.jpg)\n\n![Bagan](/images/bagan.svg) ![Jauh](https://example.go.id/a.jpg)\n",
    );
    let s = resolved(&site, false).expect("resolves");
    let n = s.news.iter().next().unwrap();
    let found: Vec<(&str, &str, &str)> = n
        .body
        .pictures
        .iter()
        .map(|b| {
            (
                b.src.as_str(),
                b.picture.alt.as_str(),
                s.images[b.picture.source].name.as_str(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![(
            "praktik.jpg",
            "Peserta praktik",
            "content/news/2024/praktik.jpg"
        )]
    );
}

#[test]
fn a_missing_description_is_an_error_in_a_build_and_a_warning_in_the_preview() {
    let site = small_site();
    site.write("content/programs/pembukaan.jpg", "jpg");
    with_program_lines(&site, "image:\n  src: pembukaan.jpg\n  alt: \"  \"\n");
    let errors = resolved(&site, false).expect_err("a build stops");
    assert!(
        errors.iter().any(|e| e.contains("has no description")),
        "{errors:?}"
    );
    let s = resolved(&site, true).expect("the preview shows the page");
    let p = s.programs.iter().find(|p| p.id == "keripik-2024").unwrap();
    assert_eq!(p.image.as_ref().map(|i| i.alt.as_str()), Some(""));
}

#[test]
fn a_drafts_photo_is_not_among_the_sites_photos() {
    let site = small_site();
    site.write("content/news/rahasia.jpg", "jpg").write(
        "content/news/draf.md",
        "---\ntitle: Draf\ndate: 2024-06-01\ndraft: true\nimage:\n  src: rahasia.jpg\n  alt: Rumah penerima bantuan\n---\nx\n",
    );
    let s = resolved(&site, false).expect("resolves");
    assert!(
        s.images.is_empty(),
        "{:?}",
        s.images.iter().collect::<Vec<_>>()
    );
}

/// A photo is published only as the images stage makes it: a photo beside a
/// record loads without a word and is not copied, nor is a photo in
/// `static/` that a record names (a camera's GPS position stays home); a
/// file in `static/` no record names as a photo is copied as before.
#[test]
fn photo_files_are_never_copied_as_they_are() {
    let site = small_site();
    site.write("content/programs/pembukaan.jpg", "jpg-with-gps")
        .write("static/images/praktik.jpg", "jpg-with-gps")
        .write("static/images/lain.jpg", "jpg");
    with_program_lines(
        &site,
        "image:\n  src: pembukaan.jpg\n  alt: Pembukaan pelatihan\ngallery:\n  - src: /images/praktik.jpg\n    alt: Praktik\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("pembukaan.jpg"), "{}", run.stderr);
    let copied: Vec<String> = site
        .snapshot()
        .into_keys()
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".jpg"))
        .collect();
    assert_eq!(copied, vec!["images/lain.jpg".to_string()]);
}

/// A photo replaced beside its record is a change: the next build does not
/// answer "nothing changed" (the images stage has a new photo to make).
#[test]
fn a_replaced_photo_beside_a_record_is_a_change() {
    let site = small_site();
    site.write("content/programs/pembukaan.jpg", "jpg");
    with_program_lines(
        &site,
        "image:\n  src: pembukaan.jpg\n  alt: Pembukaan pelatihan\n",
    );
    assert_eq!(site.build().code, 0);
    let again = site.build();
    assert!(again.stderr.contains("nothing changed"), "{}", again.stderr);
    site.write("content/programs/pembukaan.jpg", "another, larger photo");
    let changed = site.build();
    assert_eq!(changed.code, 0, "{}", changed.stderr);
    assert!(
        !changed.stderr.contains("nothing changed"),
        "{}",
        changed.stderr
    );
}
