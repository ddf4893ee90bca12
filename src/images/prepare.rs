//! `prepare`: each photo's header and digest (from the cache when the file
//! did not change), checked before any decoding, and its plan.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::cache::Cache;
use super::header::{self, Header, MAX_PIXELS};
use super::known::{Known, KnownHeaders, Stamp};
use super::sniff::{Kind, sniff};
use super::{Prepared, plan};
use crate::diagnostics::{Diagnostic, Pos};
use crate::msg;
use crate::resolve::{ImageIx, ImageSource, Site};

/// A photo as `process` needs it.
#[derive(Debug, Clone)]
pub(super) struct Source {
    pub path: PathBuf,
    /// For messages: the file as the editor knows it, and who names it.
    pub name: String,
    pub named_in: PathBuf,
    pub named_at: Pos,
    pub header: Header,
}

/// The plans of every photo of `site` and the icons of its logo, reading
/// only the photos that changed since the headers in `cache` were kept. A
/// file that is not a JPEG, PNG or WebP, or has more than 64 megapixels, is
/// an error at the place that names it, found before any decoding.
pub fn prepare(site: &Site, cache: &Cache) -> Result<Prepared, Vec<Diagnostic>> {
    let logo = site.config.logo.as_ref().map(|l| l.source);
    prepare_files(site.images.iter().as_slice(), logo, cache)
}

/// [`prepare`] for the photo files `images` (`Site::images`), of which
/// `logo` makes the icons: for tests and benchmarks, which need no site.
pub fn prepare_files(
    images: &[ImageSource],
    logo: Option<ImageIx>,
    cache: &Cache,
) -> Result<Prepared, Vec<Diagnostic>> {
    if images.is_empty() {
        return Ok(Prepared::default());
    }
    let known = KnownHeaders::load(cache);
    let found: Vec<Result<(Stamp, Known), Diagnostic>> = images
        .par_iter()
        .map(|image| examine(image, &known))
        .collect();
    let mut errors = Vec::new();
    let mut kept = Vec::new();
    let mut prepared = Prepared::default();
    for (image, result) in images.iter().zip(found) {
        match result {
            Ok((stamp, k)) => {
                kept.push((image.path.clone(), stamp, k));
                prepared
                    .plans
                    .push(plan::plan(&image.stem, k.digest, &k.header));
                prepared.sources.push(Source {
                    path: image.path.clone(),
                    name: image.name.clone(),
                    named_in: image.named_in.clone(),
                    named_at: image.named_at,
                    header: k.header,
                });
            }
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    known.save(cache, &kept);
    if let Some(ix) = logo.map(ImageIx::get).filter(|ix| *ix < images.len()) {
        prepared.icons = Some(plan::icons(&images[ix].stem, kept[ix].2.digest));
        prepared.icons_from = Some(ix);
    }
    Ok(prepared)
}

/// What `image`'s file is, from the kept headers or from its bytes.
fn examine(image: &ImageSource, known: &KnownHeaders) -> Result<(Stamp, Known), Diagnostic> {
    let unreadable = |error: String| {
        error_at(
            image,
            msg!(IMAGE_UNREADABLE, file = image.name, error = error),
        )
        .with_hint(msg!(IMAGE_UNREADABLE_HINT))
    };
    let stamp = Stamp::of(&image.path).ok_or_else(|| unreadable("-".into()))?;
    let k = match known.get(&image.path, stamp) {
        Some(k) => k,
        None => {
            let bytes = std::fs::read(&image.path).map_err(|e| unreadable(e.to_string()))?;
            read_known(image, &bytes)?
        }
    };
    if k.header.pixels() > MAX_PIXELS {
        return Err(error_at(
            image,
            msg!(
                IMAGE_TOO_LARGE,
                file = image.name,
                width = k.header.width,
                height = k.header.height,
                limit = MAX_PIXELS / 1_000_000
            ),
        )
        .with_hint(msg!(IMAGE_TOO_LARGE_HINT)));
    }
    Ok((stamp, k))
}

/// The kind, header and digest of `bytes`, or why they are no photo.
fn read_known(image: &ImageSource, bytes: &[u8]) -> Result<Known, Diagnostic> {
    let kind = sniff(&bytes[..bytes.len().min(16)]);
    match kind {
        Kind::Jpeg | Kind::Png | Kind::Webp => {}
        Kind::Heif => {
            return Err(error_at(image, msg!(IMAGE_HEIF, file = image.name))
                .with_hint(msg!(IMAGE_HEIF_HINT)));
        }
        Kind::Other(format) => {
            return Err(error_at(
                image,
                msg!(IMAGE_UNSUPPORTED, file = image.name, format = format),
            )
            .with_hint(msg!(IMAGE_UNSUPPORTED_HINT)));
        }
        Kind::NotAnImage => {
            return Err(error_at(image, msg!(IMAGE_NOT_AN_IMAGE, file = image.name))
                .with_hint(msg!(IMAGE_NOT_AN_IMAGE_HINT)));
        }
    }
    let header = header::read(bytes, kind).map_err(|error| broken(image, error))?;
    Ok(Known {
        digest: xxhash_rust::xxh3::xxh3_64(bytes),
        kind,
        header,
    })
}

/// The photo is damaged: an error where it is named.
pub(super) fn broken(image: &ImageSource, error: String) -> Diagnostic {
    error_at(image, msg!(IMAGE_BROKEN, file = image.name, error = error))
        .with_hint(msg!(IMAGE_BROKEN_HINT))
}

fn error_at(image: &ImageSource, message: crate::i18n::Text) -> Diagnostic {
    Diagnostic::error(&image.named_in, Some(image.named_at), message)
}

impl Source {
    /// The `ImageSource` it came from, for the messages of `process`.
    pub fn as_image_source(&self) -> ImageSource {
        ImageSource {
            path: self.path.clone(),
            name: self.name.clone(),
            stem: String::new(),
            named_in: self.named_in.clone(),
            named_at: self.named_at,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}
