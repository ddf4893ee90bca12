//! Photos in Markdown bodies (`![alt](pembukaan.jpg)` naming a photo of the
//! site): shown with the same `<picture>` markup as a page's own photo.
//!
//! Raw HTML in a body is sanitised after Markdown is made into HTML, and the
//! sanitiser knows neither `<picture>` nor `srcset` (nor should it: an
//! editor's own `srcset` would escape the site's URL rule). So the image is
//! first replaced by a marker, plain text the sanitiser keeps, and the
//! marker by the markup after. Each marker holds a number drawn anew for
//! every body, which no editor can know: text typed to look like a marker
//! stays text.

use std::hash::{BuildHasher, RandomState};

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::view::{Fetch, PictureView};
use crate::escape::html as esc;

/// Writes `pic` as `partials/picture.html` does (a test in
/// `render::tests` keeps the two equal); `credit_label` is "Foto:".
pub fn write(pic: &PictureView, credit_label: &str) -> String {
    let mut out = String::with_capacity(512);
    if !pic.bare {
        out.push_str("<figure class=\"picture\">");
    }
    if let Some(link) = &pic.link {
        out.push_str(&format!("<a href=\"{}\">", esc(link)));
    }
    out.push_str(&format!(
        "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{}\"><img src=\"{}\" srcset=\"{}\" sizes=\"{}\" width=\"{}\" height=\"{}\" alt=\"{}\"",
        esc(&pic.webp_srcset),
        esc(pic.sizes),
        esc(&pic.src),
        esc(&pic.jpeg_srcset),
        esc(pic.sizes),
        pic.width,
        pic.height,
        esc(&pic.alt),
    ));
    match pic.fetch {
        Fetch::First => out.push_str(" fetchpriority=\"high\""),
        Fetch::Lazy => out.push_str(" loading=\"lazy\""),
        Fetch::Eager => {}
    }
    out.push_str(" decoding=\"async\"></picture>");
    if pic.link.is_some() {
        out.push_str("</a>");
    }
    if !pic.bare && (pic.caption.is_some() || pic.credit.is_some()) {
        out.push_str("<figcaption>");
        if let Some(caption) = &pic.caption {
            out.push_str(&esc(caption));
        }
        if pic.caption.is_some() && pic.credit.is_some() {
            out.push_str(" · ");
        }
        if let Some(credit) = &pic.credit {
            out.push_str(&esc(credit_label));
            out.push(' ');
            out.push_str(&esc(credit));
        }
        out.push_str("</figcaption>");
    }
    if !pic.bare {
        out.push_str("</figure>");
    }
    out
}

/// The markup each marker stands for.
#[derive(Default)]
pub struct Placed {
    markers: Vec<(String, String)>,
}

/// Finds the markup of an image by its address as written and whether it
/// stands alone in its paragraph (a `<figure>` then replaces the paragraph);
/// `None` for an image that is no photo of the site (it stays as it is).
pub type Find<'f> = dyn FnMut(&str, bool) -> Option<String> + 'f;

/// Replaces each image `find` knows by a marker.
pub fn place<'a>(events: Vec<Event<'a>>, find: &mut Find) -> (Vec<Event<'a>>, Placed) {
    let mut placed = Placed::default();
    let nonce = RandomState::new().hash_one(events.len());
    let mut out = Vec::with_capacity(events.len());
    let mut events = events.into_iter().peekable();
    while let Some(event) = events.next() {
        let Event::Start(Tag::Image { dest_url, .. }) = &event else {
            out.push(event);
            continue;
        };
        // The image's end, past its description (which may hold images).
        let rest: Vec<Event> = {
            let mut depth = 1;
            let mut inner = Vec::new();
            for e in events.by_ref() {
                match &e {
                    Event::Start(Tag::Image { .. }) => depth += 1,
                    Event::End(TagEnd::Image) => depth -= 1,
                    _ => {}
                }
                inner.push(e);
                if depth == 0 {
                    break;
                }
            }
            inner
        };
        let alone = matches!(out.last(), Some(Event::Start(Tag::Paragraph)))
            && matches!(events.peek(), Some(Event::End(TagEnd::Paragraph)));
        match find(dest_url, alone) {
            Some(html) => {
                if alone {
                    out.pop();
                    events.next();
                }
                let marker = format!("wartaphoto{nonce:016x}n{}e", placed.markers.len());
                out.push(Event::Text(CowStr::from(marker.clone())));
                placed.markers.push((marker, html));
            }
            None => {
                out.push(event);
                out.extend(rest);
            }
        }
    }
    (out, placed)
}

impl Placed {
    /// Puts the markup in place of the markers in `html`, the body made.
    pub fn fill(self, html: String) -> String {
        let mut html = html;
        for (marker, markup) in self.markers {
            html = html.replacen(&marker, &markup, 1);
        }
        html
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::images::{Format, Plan, Variant};
    use crate::render::context::{CONTENT_SIZES, picture_view};
    use crate::render::markdown::{RawHtml, render_with};
    use crate::render::urls::Urls;
    use crate::resolve::{ImageIx, Picture};

    fn variant(width: u32, format: Format) -> Variant {
        let ext = if format == Format::Webp {
            "webp"
        } else {
            "jpg"
        };
        Variant {
            path: format!("images/a-0123456789-{width}.{ext}"),
            width,
            height: width * 3 / 4,
            format,
        }
    }

    fn plan() -> Plan {
        let widths = [480, 720, 1080];
        Plan {
            width: 4000,
            height: 3000,
            webp: widths.iter().map(|w| variant(*w, Format::Webp)).collect(),
            jpeg: widths.iter().map(|w| variant(*w, Format::Jpeg)).collect(),
            share: Variant {
                path: "images/a-0123456789-share.jpg".into(),
                width: 1200,
                height: 630,
                format: Format::Jpeg,
            },
        }
    }

    fn picture(alt: &str, caption: Option<&str>, credit: Option<&str>) -> Picture {
        Picture {
            source: ImageIx::new(0),
            alt: alt.into(),
            caption: caption.map(str::to_string),
            credit: credit.map(str::to_string),
        }
    }

    fn urls() -> Urls {
        Urls::new("https://host/sub/", "/sub/")
    }

    #[test]
    fn a_picture_lists_every_width_and_keeps_its_space() {
        let pic = picture("Peserta", None, None);
        let view = picture_view(&urls(), &pic, &plan(), CONTENT_SIZES, Fetch::First);
        assert_eq!(
            view.webp_srcset,
            "/sub/images/a-0123456789-480.webp 480w, /sub/images/a-0123456789-720.webp 720w, \
             /sub/images/a-0123456789-1080.webp 1080w"
        );
        assert!(
            view.jpeg_srcset
                .ends_with("/sub/images/a-0123456789-1080.jpg 1080w")
        );
        assert_eq!(view.src, "/sub/images/a-0123456789-720.jpg");
        assert_eq!((view.width, view.height), (720, 540));
        let html = write(&view, "Foto:");
        assert!(
            html.contains(" fetchpriority=\"high\" decoding=\"async\""),
            "{html}"
        );
        assert!(!html.contains("loading="), "{html}");
        let lazy = write(
            &PictureView {
                fetch: Fetch::Lazy,
                ..view
            },
            "Foto:",
        );
        assert!(
            lazy.contains(" loading=\"lazy\" decoding=\"async\""),
            "{lazy}"
        );
        assert!(!lazy.contains("fetchpriority"), "{lazy}");
    }

    /// The page's photos (partials/picture.html) and the body's (`write`)
    /// are one markup: the partial rendered by Tera as a page renders it.
    #[test]
    fn body_photos_have_the_markup_of_the_theme_partial() {
        let mut tera = crate::render::templates::escaping_tera();
        tera.add_raw_template(
            "partials/picture.html",
            include_str!("../../themes/default/templates/partials/picture.html"),
        )
        .expect("the partial");
        let hostile = "\"><script>alert(1)</script>&'";
        let base = picture_view(
            &urls(),
            &picture(hostile, Some(hostile), Some(hostile)),
            &plan(),
            CONTENT_SIZES,
            Fetch::Lazy,
        );
        let views = [
            base.clone(),
            PictureView {
                caption: None,
                fetch: Fetch::First,
                ..base.clone()
            },
            PictureView {
                credit: None,
                fetch: Fetch::Eager,
                ..base.clone()
            },
            PictureView {
                bare: true,
                ..base.clone()
            },
            PictureView {
                link: Some("/sub/images/a.jpg?\"x".into()),
                ..base
            },
        ];
        for view in views {
            let mut context = tera::Context::new();
            context.insert("pic", &view);
            context.insert(
                "t",
                &std::collections::BTreeMap::from([("photo_credit", "Foto:")]),
            );
            let themed = tera
                .render("partials/picture.html", &context)
                .expect("render");
            let written = write(&view, "Foto:");
            assert_eq!(themed, written);
            assert!(!written.contains("<script"), "{written}");
        }
    }

    fn body(md: &str, raw_html: RawHtml) -> String {
        let urls = urls();
        let pic = picture("Peserta <b>", Some("Hari kedua"), Some("Humas"));
        let mut order = crate::render::context::PhotoOrder::default();
        let mut find = |src: &str, alone: bool| {
            (src == "pembukaan.jpg").then(|| {
                let view = PictureView {
                    bare: !alone,
                    ..picture_view(&urls, &pic, &plan(), CONTENT_SIZES, order.fetch())
                };
                write(&view, "Foto:")
            })
        };
        render_with(md, &urls, raw_html, Some(&mut find))
    }

    #[test]
    fn a_body_photo_alone_in_its_paragraph_becomes_a_figure() {
        let html = body(
            "Teks.\n\n![Peserta](pembukaan.jpg)\n\nLalu ![lagi](pembukaan.jpg) di sini. ![lain](/x.png)\n",
            RawHtml::Sanitize,
        );
        assert!(
            html.contains("<p>Teks.</p>\n<figure class=\"picture\"><picture>"),
            "{html}"
        );
        assert!(
            html.contains("<figcaption>Hari kedua · Foto: Humas</figcaption></figure>"),
            "{html}"
        );
        assert!(!html.contains("<p><figure"), "{html}");
        // Within a line of text: the picture alone, the first photo eager.
        assert!(html.contains("<p>Lalu <picture>"), "{html}");
        assert_eq!(html.matches("fetchpriority=\"high\"").count(), 1, "{html}");
        assert_eq!(html.matches("loading=\"lazy\"").count(), 1, "{html}");
        assert!(html.contains("alt=\"Peserta &lt;b&gt;\""), "{html}");
        // An image that is no photo of the site stays as it is.
        assert!(
            html.contains("<img src=\"/sub/x.png\" alt=\"lain\" />"),
            "{html}"
        );
    }

    #[test]
    fn body_photos_survive_the_sanitiser_and_markers_cannot_be_forged() {
        let html = body(
            "<b>tebal</b> <script>x</script>\n\n![Peserta](pembukaan.jpg)\n\nwartaphoto0000000000000000n0e\n",
            RawHtml::Sanitize,
        );
        assert!(
            html.contains("<b>tebal</b>") && !html.contains("<script"),
            "{html}"
        );
        assert!(html.contains("<figure class=\"picture\"><picture><source type=\"image/webp\" srcset=\"/sub/images/"), "{html}");
        assert_eq!(html.matches("<picture>").count(), 1, "{html}");
        assert!(
            html.contains("<p>wartaphoto0000000000000000n0e</p>"),
            "{html}"
        );
    }
}
