//! The views of photos: a picture as `partials/picture.html` writes it, a
//! gallery's thumbnails, and a page's share image (`og:image`).

use serde::Serialize;

/// One photo on a page, with everything `<picture>` needs: the browser picks
/// the narrowest file that fills the space `sizes` says the theme gives it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PictureView {
    /// `a-480.webp 480w, a-720.webp 720w, ...`, for `<source type="image/webp">`.
    pub webp_srcset: String,
    /// The same widths as JPEG, for browsers without WebP.
    pub jpeg_srcset: String,
    /// The JPEG nearest 720 px wide, for browsers without `srcset`.
    pub src: String,
    /// The size of `src`: the browser keeps the space before the file
    /// arrives (no layout shift).
    pub width: u32,
    pub height: u32,
    /// How wide the theme shows it (style.css), per screen width.
    pub sizes: &'static str,
    pub alt: String,
    pub caption: Option<String>,
    pub credit: Option<String>,
    /// When the browser fetches it.
    pub fetch: Fetch,
    /// A gallery's thumbnail: the full photo it opens (the largest JPEG,
    /// which opens without any script and saves as a file every phone
    /// can share). The link is named by the picture's `alt`.
    pub link: Option<String>,
    /// Without `<figure>` and caption: a logo, or a photo inside a line
    /// of text (a `<figure>` cannot stand inside a paragraph).
    pub bare: bool,
}

/// When the browser fetches a photo.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Fetch {
    /// The page's first photo: at once, before other images
    /// (`fetchpriority="high"`): it is what the reader sees first.
    First,
    /// When scrolled near (`loading="lazy"`): every photo but the first.
    Lazy,
    /// At once, at the usual priority: the site's logo in the header.
    Eager,
}

/// The picture a link to the page shows when shared (`og:image`), made
/// 1200×630 by the images stage.
#[derive(Debug, Clone, Serialize)]
pub struct ShareImageView {
    /// Absolute: read by WhatsApp or Facebook, away from the page.
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
    /// `image/jpeg`.
    pub media_type: &'static str,
}
