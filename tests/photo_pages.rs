//! Photos on the pages (issue 17): `<picture>` with every width and its
//! size, the page's first photo fetched at once and the rest lazily,
//! galleries without script, share previews (`og:image`, `twitter:card`),
//! JSON-LD images, icons from the logo, and every word of a photo escaped.
//!
//! The demo site, its records given photos by hand and the images stage's
//! plans made by hand: what render writes needs no photo decoded.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use warta::diagnostics::Pos;
use warta::images::{Format, Icons, Plan, Prepared, Variant};
use warta::resolve::{
    self, BodyPicture, BuildOptions, ImageIx, ImageSource, Picture, Records, Site,
};

const HOSTILE: &str = "\"><script>alert(1)</script>";
const ESCAPED: &str = "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;";

fn variant(stem: &str, width: u32, format: Format) -> Variant {
    let ext = match format {
        Format::Webp => "webp",
        Format::Jpeg => "jpg",
        Format::Png => "png",
    };
    Variant {
        path: format!("images/{stem}-0123456789-{width}.{ext}"),
        width,
        height: width * 3 / 4,
        format,
    }
}

fn plan(stem: &str) -> Plan {
    let widths = [480, 720, 1080, 1600];
    Plan {
        width: 4000,
        height: 3000,
        webp: widths
            .iter()
            .map(|w| variant(stem, *w, Format::Webp))
            .collect(),
        jpeg: widths
            .iter()
            .map(|w| variant(stem, *w, Format::Jpeg))
            .collect(),
        share: Variant {
            path: format!("images/{stem}-0123456789-share.jpg"),
            width: 1200,
            height: 630,
            format: Format::Jpeg,
        },
    }
}

/// Photo `i` of [`STEMS`], whose sources follow the demo site's own
/// (`base` of them).
fn picture(base: usize, i: usize, alt: &str) -> Picture {
    Picture {
        source: ImageIx::new(base + i),
        alt: alt.into(),
        caption: Some(format!("Keterangan {i}")),
        credit: Some("Humas DKUPP".into()),
    }
}

const STEMS: [&str; 5] = ["utama", "galeri-a", "galeri-b", "isi", "logo"];

/// The demo site with photos: the first program has a photo (with hostile
/// words) and a gallery of two, the first news item a photo in its body and
/// the same gallery; the site a logo, and a share image when `share` says.
fn site_with_photos(share: bool) -> (Site, Prepared, Vec<warta::load::TemplateSource>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (loaded, _) = warta::load::load_site(root);
    let options = BuildOptions {
        drafts: false,
        future: false,
        base_url: None,
        now: jiff::Timestamp::from_second(1_795_780_800).expect("a time"),
        strict: false,
        preview: false,
    };
    let (site, diagnostics) = resolve::resolve(&loaded, &options, None);
    let mut site = site.unwrap_or_else(|| panic!("{diagnostics:?}"));
    // The demo's own photos keep their places; the test's follow them.
    let base = site.images.len();
    let demo_stems: Vec<String> = site.images.iter().map(|s| s.stem.clone()).collect();
    site.images = Records::from(
        site.images
            .iter()
            .cloned()
            .chain(STEMS.iter().map(|stem| ImageSource {
                path: PathBuf::from(format!("{stem}.jpg")),
                name: format!("content/{stem}.jpg"),
                stem: stem.to_string(),
                named_in: PathBuf::from("warta.yaml"),
                named_at: Pos { line: 1, column: 1 },
            }))
            .collect::<Vec<_>>(),
    );
    let gallery = vec![
        picture(base, 1, "Galeri satu"),
        picture(base, 2, "Galeri dua"),
    ];
    let program = &mut site.programs[warta::resolve::ProgramIx::new(0)];
    program.image = Some(Picture {
        source: ImageIx::new(base),
        alt: format!("Peserta {HOSTILE}"),
        caption: Some(format!("Praktik {HOSTILE}")),
        credit: Some(format!("Humas {HOSTILE}")),
    });
    program.gallery = gallery.clone();
    let news = &mut site.news[warta::resolve::NewsIx::new(0)];
    let text = "Pembukaan.\n\n![Peserta di dapur](isi.jpg)\n\nLalu.\n";
    news.body.text = Arc::from(text);
    news.body.range = 0..text.len();
    news.body.pictures = vec![BodyPicture {
        src: "isi.jpg".into(),
        picture: picture(base, 3, "Peserta di dapur"),
    }];
    news.gallery = gallery;
    site.config.logo = Some(picture(base, 4, "Logo"));
    site.config.share_image = share.then(|| picture(base, 4, "Logo dinas"));
    let icons = Icons {
        favicon: variant("logo", 32, Format::Png),
        apple_touch: variant("logo", 180, Format::Png),
    };
    let plans = demo_stems
        .iter()
        .map(|s| plan(s))
        .chain(STEMS.iter().map(|s| plan(s)))
        .collect();
    let prepared = Prepared::from_plans(plans, Some(icons));
    (site, prepared, loaded.theme.templates)
}

/// The pages of the site, by output path.
fn pages(share: bool) -> (Site, Vec<(String, String)>) {
    let (site, prepared, templates) = site_with_photos(share);
    let files = warta::pipeline::render(&site, &prepared, &templates, None).expect("render");
    let pages = files
        .into_iter()
        .filter(|f| f.path.ends_with(".html"))
        .map(|f| (f.path, String::from_utf8(f.bytes.to_vec()).expect("UTF-8")))
        .collect();
    (site, pages)
}

fn page<'p>(pages: &'p [(String, String)], path: &str) -> &'p str {
    &pages
        .iter()
        .find(|(p, _)| p == path)
        .unwrap_or_else(|| panic!("no {path}"))
        .1
}

fn program_page(site: &Site, pages: &[(String, String)]) -> String {
    let id = &site.programs[warta::resolve::ProgramIx::new(0)].id;
    page(pages, &format!("programs/{id}/index.html")).to_string()
}

fn news_page(site: &Site, pages: &[(String, String)]) -> String {
    let slug = &site.news[warta::resolve::NewsIx::new(0)].slug;
    page(pages, &format!("news/{slug}/index.html")).to_string()
}

#[test]
fn a_photo_has_every_width_its_size_and_the_first_is_fetched_first() {
    let (site, pages) = pages(false);
    let html = program_page(&site, &pages);
    assert!(
        html.contains("<figure class=\"picture\"><picture><source type=\"image/webp\" srcset=\"/images/utama-0123456789-480.webp 480w, /images/utama-0123456789-720.webp 720w, /images/utama-0123456789-1080.webp 1080w, /images/utama-0123456789-1600.webp 1600w\" sizes=\"(min-width: 44rem) 42rem, calc(100vw - 2rem)\"><img src=\"/images/utama-0123456789-720.jpg\" srcset=\"/images/utama-0123456789-480.jpg 480w,"),
        "{html}"
    );
    assert!(html.contains(" width=\"720\" height=\"540\" "), "{html}");
    // The lead photo first; both thumbnails lazy; exactly one of each kind.
    assert_eq!(html.matches("fetchpriority=\"high\"").count(), 1);
    assert_eq!(html.matches("loading=\"lazy\"").count(), 2);
    let lead = html.find("utama-0123456789-720.jpg\"").expect("lead");
    let first = html.find("fetchpriority=\"high\"").expect("first");
    assert!(first > lead && first < html.find("galeri-a").expect("gallery"));
    assert_eq!(
        html.matches("decoding=\"async\"").count(),
        4,
        "with the logo"
    );
    // On a news page without a photo of its own, the body's photo is first.
    let news = news_page(&site, &pages);
    let body = news.find("isi-0123456789-720.jpg\"").expect("body photo");
    assert!(news[body..].starts_with("isi-0123456789-720.jpg\" srcset"));
    assert!(news.contains(
        "<figure class=\"picture\"><picture><source type=\"image/webp\" srcset=\"/images/isi-"
    ));
    assert!(
        !news.contains("<p><figure"),
        "a figure cannot stand in a paragraph"
    );
    assert_eq!(news.matches("fetchpriority=\"high\"").count(), 1);
    assert_eq!(news.matches("loading=\"lazy\"").count(), 2);
}

#[test]
fn galleries_are_lists_of_links_to_the_full_photo_without_script() {
    let (site, pages) = pages(false);
    for html in [program_page(&site, &pages), news_page(&site, &pages)] {
        let start = html
            .find("<section class=\"block gallery\"")
            .expect("a gallery");
        let end = start + html[start..].find("</section>").expect("its end");
        let gallery = &html[start..end];
        assert!(gallery.contains("<ul>\n<li><figure class=\"picture\"><a href=\"/images/galeri-a-0123456789-1600.jpg\"><picture>"), "{gallery}");
        assert!(
            gallery.contains("alt=\"Galeri dua\""),
            "each link is named by its alt"
        );
        assert!(
            gallery.contains("sizes=\"(min-width: 44rem) 10rem, calc(50vw - 1.5rem)\""),
            "{gallery}"
        );
        assert!(
            gallery.contains("<figcaption>Keterangan 1 · Foto: Humas DKUPP</figcaption>"),
            "{gallery}"
        );
        assert!(
            !gallery.contains("<script") && !gallery.contains(" on"),
            "{gallery}"
        );
    }
    let css = include_str!("../themes/default/static/style.css");
    let print = &css[css.find("@media print").expect("print styles")..];
    assert!(
        print.contains(
            ".gallery, [loading=lazy], .picture:has([loading=lazy]) { display: none !important; }"
        ),
        "print keeps only the page's first photo"
    );
}

#[test]
fn shared_links_preview_the_page_photo_else_the_site_image_else_none() {
    let (site, pages) = pages(false);
    let html = program_page(&site, &pages);
    assert!(html.contains("<meta property=\"og:image\" content=\"https://pelatihan.example.go.id/images/utama-0123456789-share.jpg\">"), "{html}");
    assert!(html.contains("<meta property=\"og:image:width\" content=\"1200\">"));
    assert!(html.contains("<meta property=\"og:image:height\" content=\"630\">"));
    assert!(html.contains("<meta property=\"og:image:type\" content=\"image/jpeg\">"));
    assert!(html.contains(&format!(
        "<meta property=\"og:image:alt\" content=\"Peserta {ESCAPED}\">"
    )));
    assert!(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    // Without a share image of the site, other pages have no og:image.
    let home = page(&pages, "index.html");
    assert!(!home.contains("og:image"), "{home}");
    assert!(home.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    // With one, they show it.
    let (_, pages) = self::pages(true);
    let home = page(&pages, "index.html");
    assert!(home.contains("<meta property=\"og:image\" content=\"https://pelatihan.example.go.id/images/logo-0123456789-share.jpg\">"), "{home}");
    assert!(home.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
}

#[test]
fn structured_data_names_the_photo_by_its_absolute_address() {
    let (site, pages) = pages(false);
    let html = program_page(&site, &pages);
    assert!(
        html.contains("\"image\":[\"https://pelatihan.example.go.id/images/utama-0123456789-share.jpg\",\"https://pelatihan.example.go.id/images/utama-0123456789-1600.jpg\"]"),
        "{html}"
    );
}

#[test]
fn the_logo_makes_the_icons_and_stands_in_the_header() {
    let (_, pages) = pages(false);
    let home = page(&pages, "index.html");
    assert!(home.contains("<link rel=\"icon\" type=\"image/png\" sizes=\"32x32\" href=\"/images/logo-0123456789-32.png\">"), "{home}");
    assert!(
        home.contains("<link rel=\"apple-touch-icon\" href=\"/images/logo-0123456789-180.png\">")
    );
    assert!(
        !home.contains("favicon.svg"),
        "the theme's icon gives way to the logo"
    );
    assert!(home.contains("<a class=\"site-title\" href=\"/\"><picture><source type=\"image/webp\" srcset=\"/images/logo-"), "{home}");
    assert!(
        home.contains(" alt=\"\" decoding=\"async\"></picture> "),
        "named by the title beside it"
    );
}

#[test]
fn the_words_of_a_photo_are_escaped() {
    let (site, pages) = pages(false);
    let html = program_page(&site, &pages);
    assert!(!html.contains("<script>alert(1)"), "{html}");
    assert!(
        html.contains(&format!("alt=\"Peserta {ESCAPED}\"")),
        "{html}"
    );
    assert!(
        html.contains(&format!(
            "<figcaption>Praktik {ESCAPED} · Foto: Humas {ESCAPED}</figcaption>"
        )),
        "{html}"
    );
}
