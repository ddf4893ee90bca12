//! Stage 2½: the site's photos, between resolve and render (ARCHITECTURE.md).
//!
//! `prepare` reads what render needs and costs little: each file's content
//! digest, format, size and EXIF orientation (memoised in the cache folder by
//! path, length and modification time), and from them each photo's [`Plan`]:
//! the files that will exist, with their sizes. Render writes `<picture>`,
//! `srcset`, `og:image` from the plans alone, so pages never wait for a photo.
//! `process` makes the files (decode, orient, strip every metadata block,
//! resize, encode), on every core, into the cache folder, which a rebuild
//! with unchanged photos only copies from.
//!
//! Contract for the stages around it (issue #17):
//! - input: `Site::images` (`resolve::ImageSource`), `Site::config`'s logo;
//! - `prepare(..) -> Result<Prepared, Vec<Diagnostic>>`: errors name the file
//!   and the place that names it (`ImageSource::named_in`/`named_at`);
//! - render reads `Prepared::plan(ImageIx)` and `Prepared::icons()`;
//! - `process(..) -> Result<Vec<load::StaticFile>, Vec<Diagnostic>>`: the
//!   processed files as `StaticFile::Processed` entries pointing into the cache,
//!   which write copies like any static file and the preview serves.

/// An encoded file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Webp,
    Jpeg,
    Png,
}

impl Format {
    /// Its media type, for `<source type>` and `og:image:type`.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Webp => "image/webp",
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
        }
    }
}

/// One file made from a photo.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Variant {
    /// Inside the output folder, with `/`: `images/pembukaan-3f9a2c41d0-720.webp`.
    /// Render turns it into a URL with `Urls`.
    pub path: String,
    pub width: u32,
    pub height: u32,
    pub format: Format,
}

/// What a photo becomes: everything render needs, known before any pixel is
/// decoded.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Plan {
    /// The photo's size as shown (after its EXIF orientation).
    pub width: u32,
    pub height: u32,
    /// WebP at each width, narrowest first (for `<source type="image/webp">`).
    pub webp: Vec<Variant>,
    /// JPEG at the same widths, for browsers without WebP (`<img srcset>`).
    pub jpeg: Vec<Variant>,
    /// 1200×630 JPEG cropped around the centre, for `og:image` and
    /// `twitter:card` `summary_large_image`.
    pub share: Variant,
}

impl Plan {
    /// The JPEG `<img src>` falls back to: the one nearest 720 px wide.
    pub fn fallback(&self) -> &Variant {
        self.jpeg
            .iter()
            .min_by_key(|v| v.width.abs_diff(720))
            .unwrap_or(&self.share)
    }
}

/// The icons made from the site's logo (`warta.yaml` `logo:`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Icons {
    /// 32×32 PNG, `<link rel="icon" sizes="32x32">`.
    pub favicon: Variant,
    /// 180×180 PNG, `<link rel="apple-touch-icon">`.
    pub apple_touch: Variant,
}

mod cache;
mod encode;
mod header;
mod known;
mod pixels;
mod plan;
mod prepare;
mod process;
mod scrub;
mod sniff;

pub use cache::Cache;
pub use prepare::{prepare, prepare_files};
pub use process::{planned, process};
pub use scrub::{scrub, scrubbable};
pub use sniff::is_publishable;

/// Every photo's plan, read by render, and what `process` needs to make the
/// files; made by [`prepare`]. Empty for a site without photos.
#[derive(Debug, Default, Clone)]
pub struct Prepared {
    plans: Vec<Plan>,
    icons: Option<Icons>,
    /// One per plan, in the same order: the file and what its header said.
    sources: Vec<prepare::Source>,
    /// Which of `sources` the icons are made from.
    icons_from: Option<usize>,
}

impl Prepared {
    /// The plan of `Site::images[image]`.
    pub fn plan(&self, image: crate::resolve::ImageIx) -> &Plan {
        &self.plans[image.get()]
    }

    /// The icons made from the site's logo, when it has one.
    pub fn icons(&self) -> Option<&Icons> {
        self.icons.as_ref()
    }

    /// Every plan, in `Site::images` order: for fingerprints of the pages
    /// that show them (a new photo at the same path gives new file names).
    pub fn plans(&self) -> &[Plan] {
        &self.plans
    }

    /// A fingerprint of every plan and the icons, for the preview's render
    /// cache: a photo replaced at the same path gives new file names, so
    /// the pages showing it must be made again, though no record changed.
    /// One for the whole site: photos change far less often than text.
    pub fn fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::hash::DefaultHasher::new();
        (&self.plans, &self.icons).hash(&mut h);
        h.finish()
    }

    /// From plans made elsewhere, `plans[i]` for `Site::images[i]`: for
    /// tests of the pages, which need no photo decoded.
    pub fn from_plans(plans: Vec<Plan>, icons: Option<Icons>) -> Prepared {
        Prepared {
            plans,
            icons,
            sources: Vec::new(),
            icons_from: None,
        }
    }
}
