//! Pixels: decoding with bounded allocations, flattening to 8-bit RGB (or
//! RGBA for icons), resizing (SIMD, Lanczos3) and turning by the EXIF
//! orientation. Only pixels go on from here: no metadata block of the
//! source survives into the files made.

use std::io::Cursor;

use fast_image_resize as fir;
use image::{DynamicImage, RgbImage, RgbaImage};

use super::header::{Header, MAX_PIXELS};
use super::sniff::Kind;

/// Decodes a photo whose header was checked: the decoder may allocate at
/// most what the biggest allowed photo needs (16-bit RGBA), so a file whose
/// header lies about its size cannot take more.
pub(super) fn decode(bytes: &[u8], kind: Kind, header: &Header) -> Result<DynamicImage, String> {
    let format = match kind {
        Kind::Jpeg => image::ImageFormat::Jpeg,
        Kind::Png => image::ImageFormat::Png,
        Kind::Webp => image::ImageFormat::WebP,
        _ => return Err("not a JPEG, PNG or WebP file".into()),
    };
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(header.width);
    limits.max_image_height = Some(header.height);
    limits.max_alloc = Some(MAX_PIXELS * 8 + (16 << 20));
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    reader.decode().map_err(|e| e.to_string())
}

/// 8-bit RGB, transparent parts on white (a PNG with transparency shown as
/// a photo); grey and 16-bit pictures are widened or narrowed to it.
pub(super) fn rgb_on_white(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let (w, h) = rgba.dimensions();
    let mut out = Vec::with_capacity(w as usize * h as usize * 3);
    for p in rgba.pixels() {
        let [r, g, b, a] = p.0;
        let a = u16::from(a);
        for c in [r, g, b] {
            out.push(((u16::from(c) * a + 255 * (255 - a) + 127) / 255) as u8);
        }
    }
    RgbImage::from_raw(w, h, out).unwrap_or_else(|| RgbImage::new(w, h))
}

/// `source` (in its stored orientation) made `width`×`height`; with
/// `cover`, cropped around the centre to that shape first.
pub(super) fn resize_rgb(source: &RgbImage, width: u32, height: u32, cover: bool) -> RgbImage {
    let out = resize(
        source.as_raw(),
        source.dimensions(),
        (width, height),
        fir::PixelType::U8x3,
        cover,
    );
    RgbImage::from_raw(width, height, out).unwrap_or_else(|| RgbImage::new(width, height))
}

/// The icon of `logo` (already turned): `size`×`size`, the logo fitted
/// inside and centred on transparent.
pub(super) fn icon(logo: &RgbaImage, size: u32) -> RgbaImage {
    let (w, h) = logo.dimensions();
    let (fw, fh) = if w >= h {
        (size, super::plan::scaled(h, size, w).min(size))
    } else {
        (super::plan::scaled(w, size, h).min(size), size)
    };
    let fitted = resize(logo.as_raw(), (w, h), (fw, fh), fir::PixelType::U8x4, false);
    let fitted = RgbaImage::from_raw(fw, fh, fitted).unwrap_or_else(|| RgbaImage::new(fw, fh));
    let mut square = RgbaImage::new(size, size);
    image::imageops::overlay(
        &mut square,
        &fitted,
        i64::from((size - fw) / 2),
        i64::from((size - fh) / 2),
    );
    square
}

fn resize(
    pixels: &[u8],
    (w, h): (u32, u32),
    (width, height): (u32, u32),
    pixel_type: fir::PixelType,
    cover: bool,
) -> Vec<u8> {
    let mut dst = fir::images::Image::new(width, height, pixel_type);
    let Ok(src) = fir::images::ImageRef::new(w, h, pixels, pixel_type) else {
        return dst.into_vec();
    };
    let mut options = fir::ResizeOptions::new()
        .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::Lanczos3));
    if cover {
        options = options.fit_into_destination(Some((0.5, 0.5)));
    }
    // Sizes and buffers agree by construction: an error leaves the
    // picture blank rather than stopping the build.
    let _ = fir::Resizer::new().resize(&src, &mut dst, &options);
    dst.into_vec()
}

/// `image` turned as its EXIF orientation says: done on the small outputs,
/// not the full photo, which is never copied whole.
pub(super) fn orient(image: DynamicImage, header: &Header) -> DynamicImage {
    let mut image = image;
    image.apply_orientation(header.orientation());
    image
}
