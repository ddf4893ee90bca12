//! A patched record's photos. Photo files are numbered in the order the
//! whole resolve first meets them (`Site::images`), so a changed record is
//! patched only when it names the photos it named, in the same order: then
//! every number stays. A file new to the site never passes: it is numbered
//! after the site's (`Photos::after`), which the old record's are not.
//! Editing a news report's text is the common save, and nearly every
//! report has a photo.

use std::path::Path;

use super::super::pictures::Photos;
use super::super::{ImageIx, ImageSource, NewsItem, Picture, Program, Records};
use crate::diagnostics::Pos;

/// The photos a news item names, in the order resolve meets them
/// (`Photos::of_news`): `image:`, `gallery:`, the body's.
pub(super) fn of_news(n: &NewsItem) -> Vec<ImageIx> {
    let body = n.body.pictures.iter().map(|b| &b.picture);
    numbers(n.image.iter().chain(&n.gallery).chain(body))
}

/// The same for a program (`Photos::of_program`).
pub(super) fn of_program(p: &Program) -> Vec<ImageIx> {
    let description = p.description.iter().flat_map(|d| &d.pictures);
    numbers(
        p.image
            .iter()
            .chain(&p.gallery)
            .chain(description.map(|b| &b.picture)),
    )
}

fn numbers<'a>(pictures: impl Iterator<Item = &'a Picture>) -> Vec<ImageIx> {
    pictures.map(|p| p.source).collect()
}

/// For the photos `file` is the first to name, where it names them now:
/// the whole resolve notes that place (`ImageSource::named_at`), and text
/// added above a photo moves it.
pub(super) fn first_named(
    photos: &Photos,
    images: &Records<ImageIx, ImageSource>,
    file: &Path,
) -> Vec<(ImageIx, Pos)> {
    let mut first: Vec<(ImageIx, Pos)> = Vec::new();
    for &(ix, pos) in photos.named() {
        if images[ix].named_in == file && !first.iter().any(|(seen, _)| *seen == ix) {
            first.push((ix, pos));
        }
    }
    first
}
