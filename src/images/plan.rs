//! The files a photo becomes, and their names: decided from the header and
//! the content digest alone, before any pixel is decoded.

use super::header::Header;
use super::{Format, Icons, Plan, Variant};

/// The widths a photo is made at (if it is at least that wide): a 360 px
/// phone at 2× takes the 720, a laptop the 1080 or 1600.
pub(super) const WIDTHS: [u32; 4] = [480, 720, 1080, 1600];
/// The share image's size (Facebook's and WhatsApp's large preview).
pub(super) const SHARE: (u32, u32) = (1200, 630);
/// The icons' sizes: favicon and apple-touch-icon.
pub(super) const ICONS: [u32; 2] = [32, 180];
pub(super) const WEBP_QUALITY: f32 = 75.0;
/// libwebp's effort, 0 (fastest) to 6: 4 is its default.
pub(super) const WEBP_METHOD: i32 = 4;
pub(super) const JPEG_QUALITY: u8 = 80;

/// Everything that changes the bytes made from a photo: part of every file
/// name, so a new setting gives new names (and a browser never keeps an
/// old file under a name that now means another).
const SETTINGS: &str = concat!(
    "widths 480 720 1080 1600; share 1200x630 centre; icons 32 180 letterbox; ",
    "webp q75 m4; jpeg q80; lanczos3; rgb8 on white; v1"
);

/// The 10 hex digits in the names of the files made from a photo whose
/// bytes have `digest`.
pub(super) fn name_digest(digest: u64) -> String {
    let mut input = digest.to_le_bytes().to_vec();
    input.extend_from_slice(SETTINGS.as_bytes());
    let full = xxhash_rust::xxh3::xxh3_64(&input);
    format!("{full:016x}")[..10].to_string()
}

/// The plan of a photo named `stem`.
pub(super) fn plan(stem: &str, digest: u64, header: &Header) -> Plan {
    let base = base_name(stem, digest);
    let (width, height) = header.shown();
    let mut widths: Vec<u32> = WIDTHS.into_iter().filter(|w| *w <= width).collect();
    if widths.is_empty() {
        widths.push(width);
    }
    let variant = |w: u32, format: Format, ext: &str| Variant {
        path: format!("{base}-{w}.{ext}"),
        width: w,
        height: scaled(height, w, width),
        format,
    };
    Plan {
        width,
        height,
        webp: widths
            .iter()
            .map(|w| variant(*w, Format::Webp, "webp"))
            .collect(),
        jpeg: widths
            .iter()
            .map(|w| variant(*w, Format::Jpeg, "jpg"))
            .collect(),
        share: Variant {
            path: format!("{base}-share.jpg"),
            width: SHARE.0,
            height: SHARE.1,
            format: Format::Jpeg,
        },
    }
}

/// The icons made from the logo named `stem`.
pub(super) fn icons(stem: &str, digest: u64) -> Icons {
    let base = base_name(stem, digest);
    let icon = |size: u32| Variant {
        path: format!("{base}-{size}.png"),
        width: size,
        height: size,
        format: Format::Png,
    };
    Icons {
        favicon: icon(ICONS[0]),
        apple_touch: icon(ICONS[1]),
    }
}

/// `images/<stem>-<digest>`: every file of a photo starts so.
fn base_name(stem: &str, digest: u64) -> String {
    let stem = if stem.is_empty() { "foto" } else { stem };
    format!("images/{stem}-{}", name_digest(digest))
}

/// `length` scaled by `to / from`, rounded, at least 1.
pub(super) fn scaled(length: u32, to: u32, from: u32) -> u32 {
    let exact = u64::from(length) * u64::from(to);
    let rounded = (exact + u64::from(from) / 2) / u64::from(from.max(1));
    u32::try_from(rounded).unwrap_or(u32::MAX).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(width: u32, height: u32, orientation: u8) -> Header {
        Header {
            width,
            height,
            orientation,
        }
    }

    #[test]
    fn a_big_photo_gets_every_width_in_both_formats() {
        let p = plan("pembukaan", 1, &header(4000, 3000, 1));
        let widths: Vec<u32> = p.webp.iter().map(|v| v.width).collect();
        assert_eq!(widths, WIDTHS);
        assert_eq!(p.jpeg[1].height, 540);
        assert!(p.webp[1].path.starts_with("images/pembukaan-"));
        assert!(p.webp[1].path.ends_with("-720.webp"), "{}", p.webp[1].path);
        assert_eq!(
            p.share.path.len(),
            "images/pembukaan-0123456789-share.jpg".len()
        );
    }

    #[test]
    fn a_turned_photo_is_planned_as_shown() {
        let p = plan("x", 1, &header(4000, 3000, 6));
        assert_eq!((p.width, p.height), (3000, 4000));
        assert_eq!(p.jpeg[1].height, 960);
    }

    #[test]
    fn a_narrow_photo_keeps_its_own_width_only() {
        let p = plan("x", 1, &header(300, 200, 1));
        let widths: Vec<u32> = p.jpeg.iter().map(|v| v.width).collect();
        assert_eq!(widths, [300]);
    }

    #[test]
    fn other_bytes_give_other_names() {
        assert_ne!(name_digest(1), name_digest(2));
        assert_eq!(name_digest(1).len(), 10);
    }
}
