//! Encoding from pixels only: the encoders are given a pixel buffer and
//! write no EXIF, XMP, ICC or GPS block (the JPEG gets only its JFIF
//! header), so nothing of where a photo was taken reaches the site.

use image::{ExtendedColorType, ImageEncoder, RgbImage, RgbaImage};

use super::plan::{JPEG_QUALITY, WEBP_METHOD, WEBP_QUALITY};

/// Lossy WebP (libwebp).
pub(super) fn webp(image: &RgbImage) -> Result<Vec<u8>, String> {
    let (w, h) = image.dimensions();
    let encoder = webp::Encoder::from_rgb(image.as_raw(), w, h);
    let mut config = webp::WebPConfig::new().map_err(|()| "libwebp config".to_string())?;
    config.quality = WEBP_QUALITY;
    config.method = WEBP_METHOD;
    encoder
        .encode_advanced(&config)
        .map(|m| m.to_vec())
        .map_err(|e| format!("{e:?}"))
}

/// Baseline JPEG.
pub(super) fn jpeg(image: &RgbImage) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let (w, h) = image.dimensions();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
        .write_image(image.as_raw(), w, h, ExtendedColorType::Rgb8)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// PNG with transparency (the icons).
pub(super) fn png(image: &RgbaImage) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let (w, h) = image.dimensions();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(image.as_raw(), w, h, ExtendedColorType::Rgba8)
        .map_err(|e| e.to_string())?;
    Ok(out)
}
