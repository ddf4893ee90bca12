//! Photos made into views: a [`Picture`] and the images stage's [`Plan`]
//! become a [`PictureView`] (what `partials/picture.html` writes), and a
//! page's own photo, or the site's, its share image (`og:image`).
//!
//! Nothing here waits for a photo: the plans say which files will exist
//! and how big they are before any pixel is decoded.

use crate::images::{Plan, Variant};
use crate::resolve::Picture;
use crate::ui;

use super::super::urls::Urls;
use super::super::view::{Fetch, PictureView, ShareImageView};
use super::Ctx;

/// How wide style.css shows a photo of the content column: `.picture` is at
/// most 42rem, inside `.wrap`'s 1rem padding on each side.
pub const CONTENT_SIZES: &str = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";
/// A gallery thumbnail (`.gallery`): two columns on a phone, 10rem wide
/// from 44rem up, so a phone fetches the 480 px file.
pub const THUMBNAIL_SIZES: &str = "(min-width: 44rem) 10rem, calc(50vw - 1.5rem)";
/// The logo in the site header (`.site-logo`): 2.5rem high, rarely wider
/// than 6rem.
pub const LOGO_SIZES: &str = "6rem";

/// `url 480w, url 720w, ...`.
fn srcset(urls: &Urls, variants: &[Variant]) -> String {
    let mut out = String::new();
    for (n, v) in variants.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        out.push_str(&urls.output_file(&v.path));
        out.push(' ');
        out.push_str(&v.width.to_string());
        out.push('w');
    }
    out
}

/// The view of `picture` as planned by `plan`, shown `sizes` wide.
pub fn picture_view(
    urls: &Urls,
    picture: &Picture,
    plan: &Plan,
    sizes: &'static str,
    fetch: Fetch,
) -> PictureView {
    let fallback = plan.fallback();
    PictureView {
        webp_srcset: srcset(urls, &plan.webp),
        jpeg_srcset: srcset(urls, &plan.jpeg),
        src: urls.output_file(&fallback.path),
        width: fallback.width,
        height: fallback.height,
        sizes,
        alt: picture.alt.clone(),
        caption: picture.caption.clone(),
        credit: picture.credit.clone(),
        fetch,
        link: None,
        bare: false,
    }
}

/// Which of a page's photos is its first: the one fetched at once. Asked
/// once per photo, in the order the page shows them.
#[derive(Debug, Default)]
pub struct PhotoOrder {
    shown: bool,
}

impl PhotoOrder {
    /// [`Fetch::First`] the first time, [`Fetch::Lazy`] after.
    pub fn fetch(&mut self) -> Fetch {
        if std::mem::replace(&mut self.shown, true) {
            Fetch::Lazy
        } else {
            Fetch::First
        }
    }
}

impl Ctx<'_> {
    /// A photo of the content column.
    pub(crate) fn picture(&self, picture: &Picture, order: &mut PhotoOrder) -> PictureView {
        let plan = self.images.plan(picture.source);
        picture_view(&self.urls, picture, plan, CONTENT_SIZES, order.fetch())
    }

    /// A gallery: thumbnails, each a link to its largest JPEG.
    pub(crate) fn gallery(&self, pictures: &[Picture], order: &mut PhotoOrder) -> Vec<PictureView> {
        pictures
            .iter()
            .map(|p| {
                let plan = self.images.plan(p.source);
                let largest = plan.jpeg.iter().max_by_key(|v| v.width);
                PictureView {
                    link: Some(self.urls.output_file(&largest.unwrap_or(&plan.share).path)),
                    ..picture_view(&self.urls, p, plan, THUMBNAIL_SIZES, order.fetch())
                }
            })
            .collect()
    }

    /// The site's logo in the header: fetched at once, named by the site's
    /// title beside it (so its own `alt` is empty).
    pub(crate) fn logo(&self) -> Option<PictureView> {
        let logo = self.site.config.logo.as_ref()?;
        let plan = self.images.plan(logo.source);
        Some(PictureView {
            alt: String::new(),
            caption: None,
            credit: None,
            bare: true,
            ..picture_view(&self.urls, logo, plan, LOGO_SIZES, Fetch::Eager)
        })
    }

    /// The picture a shared link to the page shows: its own photo's share
    /// file, else the site's `share_image`, else none.
    pub(crate) fn share_image(&self, own: Option<&Picture>) -> Option<ShareImageView> {
        let picture = own.or(self.site.config.share_image.as_ref())?;
        let share = &self.images.plan(picture.source).share;
        Some(ShareImageView {
            url: self.urls.output_file_url(&share.path),
            width: share.width,
            height: share.height,
            alt: picture.alt.clone(),
            media_type: share.format.media_type(),
        })
    }

    /// A photo for search engines (JSON-LD `image`), absolute: its share
    /// file (1200×630) and its largest JPEG, the two shapes they crop from.
    pub(crate) fn image_urls(&self, picture: &Picture) -> Vec<String> {
        let plan = self.images.plan(picture.source);
        let mut urls = vec![self.urls.output_file_url(&plan.share.path)];
        urls.extend(
            plan.jpeg
                .iter()
                .max_by_key(|v| v.width)
                .map(|v| self.urls.output_file_url(&v.path)),
        );
        urls
    }

    /// A logo for search engines (JSON-LD `logo`), absolute.
    pub(crate) fn logo_url(&self, logo: &Picture) -> String {
        let plan = self.images.plan(logo.source);
        self.urls.output_file_url(&plan.fallback().path)
    }

    /// `Foto: Humas DKUPP` for a credit.
    pub(crate) fn photo_credit_label(&self) -> &'static str {
        self.t(ui!("photo_credit"))
    }
}

impl Ctx<'_> {
    /// A Markdown body or description as HTML, its photos of the site shown
    /// as pictures, in `order` with the page's other photos.
    pub(crate) fn markdown(
        &self,
        markdown: &crate::resolve::Markdown,
        order: &mut PhotoOrder,
    ) -> String {
        let raw_html = self.site.config.raw_html;
        if markdown.pictures.is_empty() {
            return super::super::markdown::render(markdown.source(), &self.urls, raw_html);
        }
        let mut find = |src: &str, alone: bool| {
            let found = markdown.pictures.iter().find(|b| b.src == src)?;
            let view = PictureView {
                bare: !alone,
                ..self.picture(&found.picture, order)
            };
            Some(super::super::body_pictures::write(
                &view,
                self.photo_credit_label(),
            ))
        };
        super::super::markdown::render_with(
            markdown.source(),
            &self.urls,
            raw_html,
            Some(&mut find),
        )
    }
}
