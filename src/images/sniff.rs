//! What a file is, from its first bytes, whatever its name says: so that a
//! text file named `.jpg` or an iPhone's HEIC photo renamed to `.jpg` gets
//! a clear message before any decoder sees it.

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Jpeg,
    Png,
    Webp,
    /// HEIC/HEIF or AVIF (an ISO-BMFF `ftyp` box): no decoder here.
    Heif,
    /// A picture format warta does not process, by its usual name.
    Other(&'static str),
    NotAnImage,
}

/// The kind of a file starting with `head` (its first 16 bytes suffice).
pub(super) fn sniff(head: &[u8]) -> Kind {
    const HEIF_BRANDS: &[&[u8; 4]] = &[
        b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis",
    ];
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Kind::Jpeg
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Kind::Png
    } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        Kind::Webp
    } else if head.len() >= 12
        && &head[4..8] == b"ftyp"
        && HEIF_BRANDS.iter().any(|b| &head[8..12] == *b)
    {
        Kind::Heif
    } else if head.starts_with(b"GIF8") {
        Kind::Other("GIF")
    } else if head.starts_with(b"BM") {
        Kind::Other("BMP")
    } else if head.starts_with(b"II*\0") || head.starts_with(b"MM\0*") {
        Kind::Other("TIFF")
    } else {
        Kind::NotAnImage
    }
}

/// Whether `bytes` are a photo warta publishes (JPEG, PNG or WebP) by their
/// first bytes: the rule a build applies, for files checked before they
/// are written (the CMS's uploads).
pub fn is_publishable(bytes: &[u8]) -> bool {
    matches!(
        sniff(&bytes[..bytes.len().min(16)]),
        Kind::Jpeg | Kind::Png | Kind::Webp
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bytes_decide_not_the_name() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0\0\x10JFIF"), Kind::Jpeg);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Kind::Png);
        assert_eq!(sniff(b"RIFF\x10\0\0\0WEBPVP8 "), Kind::Webp);
        assert_eq!(sniff(b"\0\0\0\x18ftypheic\0\0\0\0"), Kind::Heif);
        assert_eq!(sniff(b"\0\0\0\x1cftypavif\0\0\0\0"), Kind::Heif);
        assert_eq!(sniff(b"GIF89a"), Kind::Other("GIF"));
        assert_eq!(sniff(b"hello, this is text"), Kind::NotAnImage);
        assert_eq!(sniff(b""), Kind::NotAnImage);
    }
}
