//! The images stage on its own (src/images/): photos made in the test,
//! prepared and processed into a cache folder, the outputs read back with
//! real readers (exiftool for metadata, the image crate for pixels).

use std::path::{Path, PathBuf};

use warta::diagnostics::{Diagnostic, Pos};
use warta::images::{self, Cache, Prepared};
use warta::load::StaticFile;
use warta::resolve::{ImageIx, ImageSource};

#[path = "images/photos.rs"]
mod photos;

mod common;

/// A photo file named by line 3, column 8 of a news item.
fn source(dir: &Path, file: &str, bytes: &[u8]) -> ImageSource {
    let path = dir.join(file);
    std::fs::write(&path, bytes).unwrap();
    ImageSource {
        path,
        name: format!("content/news/{file}"),
        stem: file.split('.').next().unwrap().to_string(),
        named_in: PathBuf::from("content/news/pembukaan.md"),
        named_at: Pos::new(3, 8),
    }
}

fn prepare_and_process(
    images: &[ImageSource],
    cache: &Cache,
) -> Result<(Prepared, Vec<StaticFile>), Vec<Diagnostic>> {
    let prepared = images::prepare_files(images, None, cache)?;
    let files = images::process(&prepared, cache)?;
    Ok((prepared, files))
}

fn disk(file: &StaticFile) -> (&str, &Path) {
    match file {
        StaticFile::Disk { output, source } => (output, source),
        StaticFile::Embedded { .. } => panic!("processed photos are files in the cache"),
    }
}

/// Every metadata group exiftool finds in `files` but the file's own
/// (`File:`, `System:`, `JFIF:`, `ExifTool:`, `Composite:`, `RIFF:`, `PNG:`...).
fn metadata_groups(files: &[&Path]) -> Vec<String> {
    let run = std::process::Command::new("exiftool")
        .args(["-j", "-a", "-G1"])
        .args(files)
        .output()
        .expect("exiftool is needed by this test: install libimage-exiftool-perl");
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let mut found = Vec::new();
    for entry in json.as_array().unwrap() {
        for key in entry.as_object().unwrap().keys() {
            let group = key.split(':').next().unwrap();
            let carries = [
                "IFD",
                "ExifIFD",
                "GPS",
                "XMP",
                "ICC",
                "MakerNotes",
                "Photoshop",
                "IPTC",
            ];
            if carries.iter().any(|g| group.starts_with(g)) {
                found.push(key.clone());
            }
        }
    }
    found
}

#[test]
fn a_phone_photo_is_turned_made_small_and_keeps_no_location() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::at(dir.path().join("cache"));
    let photo = photos::with_exif(&photos::jpeg(&photos::photo_like(4000, 3000)), 6);
    let image = source(dir.path(), "pembukaan.jpg", &photo);
    // The reader sees the position in the source: its silence below means something.
    let before = metadata_groups(&[&image.path]);
    assert!(before.iter().any(|k| k.starts_with("GPS:")), "{before:?}");

    let (prepared, files) = prepare_and_process(&[image], &cache).unwrap();
    let plan = prepared.plan(ImageIx::new(0));
    assert_eq!((plan.width, plan.height), (3000, 4000));
    let widths: Vec<u32> = plan.webp.iter().map(|v| v.width).collect();
    assert_eq!(widths, [480, 720, 1080, 1600]);
    assert_eq!(files.len(), 9, "4 WebP, 4 JPEG, 1 share image");

    let paths: Vec<&Path> = files.iter().map(|f| disk(f).1).collect();
    assert_eq!(metadata_groups(&paths), Vec::<String>::new());
    for file in &files {
        let (output, path) = disk(file);
        assert!(output.starts_with("images/pembukaan-"), "{output}");
        let made = image::open(path).unwrap();
        let planned = (plan.webp.iter().chain(&plan.jpeg))
            .chain([&plan.share])
            .find(|v| v.path == output)
            .unwrap();
        assert_eq!(
            (made.width(), made.height()),
            (planned.width, planned.height),
            "{output}"
        );
    }
    // Turned: the 720 px file is as tall as a portrait photo.
    let webp_720 = cache
        .dir()
        .join(plan.webp[1].path.rsplit('/').next().unwrap());
    let size = std::fs::metadata(&webp_720).unwrap().len();
    assert!(size <= 80_000, "the 720 px WebP has {size} bytes");
}

#[test]
fn a_second_build_decodes_nothing_and_rewrites_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::at(dir.path().join("cache"));
    let image = source(
        dir.path(),
        "a.jpg",
        &photos::jpeg(&photos::photo_like(1200, 800)),
    );
    let (first, files) = prepare_and_process(std::slice::from_ref(&image), &cache).unwrap();
    let times = |files: &[StaticFile]| -> Vec<_> {
        let mut cached: Vec<PathBuf> = files.iter().map(|f| disk(f).1.to_path_buf()).collect();
        cached.push(cache.dir().join("headers.txt"));
        let times = cached
            .iter()
            .map(|p| std::fs::metadata(p).unwrap().modified().unwrap());
        times.collect()
    };
    let before = times(&files);
    let (second, again) = prepare_and_process(std::slice::from_ref(&image), &cache).unwrap();
    assert_eq!(first.plans(), second.plans());
    assert_eq!(first.fingerprint(), second.fingerprint());
    assert_eq!(times(&again), before);

    // The same path with another photo: new names, made anew.
    std::fs::write(&image.path, photos::jpeg(&photos::photo_like(1000, 800))).unwrap();
    let (third, _) = prepare_and_process(&[image], &cache).unwrap();
    assert_ne!(third.plans(), first.plans());
    // The preview's render cache sees it (render/rendering.rs).
    assert_ne!(third.fingerprint(), first.fingerprint());
    assert_eq!(third.plan(ImageIx::new(0)).width, 1000);
}

#[test]
fn the_logo_gives_square_icons() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::at(dir.path().join("cache"));
    let logo = source(
        dir.path(),
        "logo.jpg",
        &photos::jpeg(&photos::photo_like(300, 100)),
    );
    let prepared = images::prepare_files(&[logo], Some(ImageIx::new(0)), &cache).unwrap();
    let icons = prepared.icons().unwrap().clone();
    let files = images::process(&prepared, &cache).unwrap();
    for icon in [icons.favicon, icons.apple_touch] {
        let file = files.iter().find(|f| disk(f).0 == icon.path).unwrap();
        let made = image::open(disk(file).1).unwrap().into_rgba8();
        assert_eq!(made.dimensions(), (icon.width, icon.width));
        // Letter-boxed: the top row is transparent, the middle is not.
        assert_eq!(made.get_pixel(0, 0).0[3], 0);
        assert_eq!(made.get_pixel(icon.width / 2, icon.width / 2).0[3], 255);
    }
}

/// The one error `bytes` as a photo gives, at the place naming it.
fn refused(file: &str, bytes: &[u8]) -> Diagnostic {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::at(dir.path().join("cache"));
    let image = source(dir.path(), file, bytes);
    let Err(errors) = prepare_and_process(&[image], &cache) else {
        panic!("{file} was accepted");
    };
    assert_eq!(errors.len(), 1, "{errors:?}");
    let error = errors.into_iter().next().unwrap();
    assert_eq!(error.location(), "content/news/pembukaan.md:3:8");
    assert!(
        error.message.en().contains(&format!("content/news/{file}")),
        "{:?}",
        error.message
    );
    assert!(error.hint.is_some());
    error
}

#[test]
fn a_text_file_named_jpg_is_not_a_photo() {
    let e = refused("catatan.jpg", b"Ini bukan foto, ini catatan rapat.\n");
    assert!(e.message.en().contains("not a photo"), "{:?}", e.message);
}

#[test]
fn a_heic_photo_is_refused_with_how_to_save_it_as_jpeg() {
    let e = refused("iphone.jpg", b"\0\0\0\x18ftypheic\0\0\0\0mif1heic");
    assert!(e.message.en().contains("HEIC"), "{:?}", e.message);
    assert!(e.hint.unwrap().en().contains("JPEG"));
}

#[test]
fn a_truncated_photo_is_damaged_not_a_panic() {
    let whole = photos::jpeg(&photos::photo_like(800, 600));
    let e = refused("terpotong.jpg", &whole[..whole.len() / 3]);
    assert!(
        e.message.en().contains("damaged or cut short"),
        "{:?}",
        e.message
    );
}

#[test]
fn a_png_declaring_ten_gigapixels_is_refused_from_its_header() {
    let e = refused("bom.png", &photos::png_header_only(100_000, 100_000));
    assert!(e.message.en().contains("100000×100000"), "{:?}", e.message);
    assert!(e.hint.unwrap().en().contains("smaller"));
}

#[test]
fn a_fifty_megapixel_photo_is_processed() {
    let dir = tempfile::tempdir().unwrap();
    let cache = Cache::at(dir.path().join("cache"));
    let image = source(
        dir.path(),
        "besar.jpg",
        &photos::jpeg(&photos::photo_like(8660, 5780)),
    );
    let (prepared, files) = prepare_and_process(&[image], &cache).unwrap();
    assert_eq!(prepared.plan(ImageIx::new(0)).width, 8660);
    assert_eq!(files.len(), 9);
}

#[test]
fn a_photo_copied_from_static_keeps_no_location() {
    let site = common::small_site();
    let photo = photos::with_exif(&photos::jpeg(&photos::photo_like(64, 48)), 6);
    std::fs::create_dir_all(site.root().join("static/foto")).unwrap();
    std::fs::write(site.root().join("static/foto/rumah.jpg"), &photo).unwrap();
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let copied = site.output().join("foto/rumah.jpg");
    assert_eq!(metadata_groups(&[&copied]), Vec::<String>::new());
    // Only the EXIF block went: the picture is the same.
    let (source, out) = (
        image::load_from_memory(&photo).unwrap(),
        image::open(&copied).unwrap(),
    );
    assert_eq!(source.to_rgb8(), out.to_rgb8());
}
