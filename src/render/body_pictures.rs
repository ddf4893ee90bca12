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
