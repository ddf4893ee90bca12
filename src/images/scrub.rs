//! Metadata blocks removed from pictures copied as they are (`static/` and
//! the theme), losslessly: the pixels' bytes are untouched, only the blocks
//! that can carry where and when a photo was taken go (JPEG APP1 (EXIF,
//! XMP), APP13 (IPTC) and comments; PNG eXIf and text chunks; WebP EXIF
//! and XMP chunks, with the VP8X flags saying so cleared). A file that is
//! not such a picture, or is malformed, is left as it is.

use std::borrow::Cow;

use super::sniff::{Kind, sniff};

/// Whether a static file named `name` is a picture [`scrub`] may change:
/// the copy of other files streams, unread.
pub fn scrubbable(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".webp"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// `bytes` without their metadata blocks (borrowed when there were none).
pub fn scrub(bytes: &[u8]) -> Cow<'_, [u8]> {
    let scrubbed = match sniff(&bytes[..bytes.len().min(16)]) {
        Kind::Jpeg => jpeg(bytes),
        Kind::Png => png(bytes),
        Kind::Webp => webp(bytes),
        _ => None,
    };
    match scrubbed {
        Some(out) if out.len() != bytes.len() => Cow::Owned(out),
        _ => Cow::Borrowed(bytes),
    }
}

/// Segments up to the first scan; APP1, APP13 and COM dropped.
fn jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes[..2].to_vec();
    let mut at = 2;
    loop {
        let marker = *bytes.get(at + 1)?;
        if bytes[at] != 0xFF {
            return None;
        }
        if marker == 0xFF {
            at += 1; // fill byte
            continue;
        }
        if marker == 0xDA || (0xD0..=0xD9).contains(&marker) || marker == 0x01 {
            // The scan (or a marker without length): the rest as it is.
            out.extend_from_slice(&bytes[at..]);
            return Some(out);
        }
        let len = usize::from(u16::from_be_bytes([
            *bytes.get(at + 2)?,
            *bytes.get(at + 3)?,
        ]));
        let end = at + 2 + len;
        if len < 2 || end > bytes.len() {
            return None;
        }
        if !matches!(marker, 0xE1 | 0xED | 0xFE) {
            out.extend_from_slice(&bytes[at..end]);
        }
        at = end;
    }
}

/// Chunks after the signature; eXIf, tEXt, iTXt and zTXt dropped.
fn png(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes[..8].to_vec();
    let mut at = 8;
    while at < bytes.len() {
        let len = u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize;
        let kind = bytes.get(at + 4..at + 8)?;
        let end = at.checked_add(12)?.checked_add(len)?;
        if end > bytes.len() {
            return None;
        }
        if !matches!(kind, b"eXIf" | b"tEXt" | b"iTXt" | b"zTXt") {
            out.extend_from_slice(&bytes[at..end]);
        }
        at = end;
    }
    Some(out)
}

/// RIFF chunks; EXIF and XMP dropped, VP8X's flags for them cleared and the
/// RIFF size made right.
fn webp(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes[..12].to_vec();
    let mut at = 12;
    while at < bytes.len() {
        let kind = bytes.get(at..at + 4)?;
        let len = u32::from_le_bytes(bytes.get(at + 4..at + 8)?.try_into().ok()?) as usize;
        let end = at
            .checked_add(8)?
            .checked_add(len + (len & 1))?
            .min(bytes.len());
        if at + 8 + len > bytes.len() {
            return None;
        }
        match kind {
            b"EXIF" | b"XMP " => {}
            b"VP8X" if len >= 1 => {
                let start = out.len();
                out.extend_from_slice(&bytes[at..end]);
                out[start + 8] &= !(0x08 | 0x04);
            }
            _ => out.extend_from_slice(&bytes[at..end]),
        }
        at = end;
    }
    let size = u32::try_from(out.len() - 8).ok()?;
    out[4..8].copy_from_slice(&size.to_le_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(marker: u8, body: &[u8]) -> Vec<u8> {
        let mut s = vec![0xFF, marker];
        s.extend_from_slice(&(body.len() as u16 + 2).to_be_bytes());
        s.extend_from_slice(body);
        s
    }

    #[test]
    fn a_jpeg_keeps_jfif_icc_and_pixels_but_not_exif_xmp_or_comments() {
        let jfif = segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        let icc = segment(0xE2, b"ICC_PROFILE\0\x01\x01abc");
        let scan = [0xFF, 0xDA, 0, 2, 1, 2, 3, 0xFF, 0xE1, 0xFF, 0xD9];
        let mut file = vec![0xFF, 0xD8];
        file.extend(&jfif);
        file.extend(segment(0xE1, b"Exif\0\0MM\0*GPS"));
        file.extend(segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x/>"));
        file.extend(segment(0xED, b"Photoshop 3.0\0"));
        file.extend(segment(0xFE, b"taken at home"));
        file.extend(&icc);
        file.extend(scan);
        let mut want = vec![0xFF, 0xD8];
        want.extend(jfif);
        want.extend(icc);
        want.extend(scan);
        assert_eq!(&*scrub(&file), &want[..]);
    }

    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        c.extend_from_slice(&[1, 2, 3, 4]);
        c
    }

    #[test]
    fn a_png_loses_its_exif_and_text_chunks_only() {
        let ihdr = chunk(b"IHDR", &[0; 13]);
        let idat = chunk(b"IDAT", b"pixels");
        let iend = chunk(b"IEND", b"");
        let mut file = b"\x89PNG\r\n\x1a\n".to_vec();
        file.extend(&ihdr);
        file.extend(chunk(b"eXIf", b"MM\0*GPS"));
        file.extend(chunk(b"tEXt", b"Comment\0rumah"));
        file.extend(chunk(b"iTXt", b"XML:com.adobe.xmp\0"));
        file.extend(chunk(b"zTXt", b"x"));
        file.extend(&idat);
        file.extend(&iend);
        let mut want = b"\x89PNG\r\n\x1a\n".to_vec();
        want.extend(ihdr);
        want.extend(idat);
        want.extend(iend);
        assert_eq!(&*scrub(&file), &want[..]);
    }

    fn riff(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut c = kind.to_vec();
        c.extend_from_slice(&(data.len() as u32).to_le_bytes());
        c.extend_from_slice(data);
        if data.len() % 2 == 1 {
            c.push(0);
        }
        c
    }

    fn webp_file(chunks: &[Vec<u8>]) -> Vec<u8> {
        let body: Vec<u8> = chunks.concat();
        let mut f = b"RIFF".to_vec();
        f.extend_from_slice(&(body.len() as u32 + 4).to_le_bytes());
        f.extend_from_slice(b"WEBP");
        f.extend(body);
        f
    }

    #[test]
    fn a_webp_loses_exif_and_xmp_and_says_so_in_its_flags() {
        let vp8 = riff(b"VP8 ", b"pixels!");
        let flagged = riff(b"VP8X", &[0x08 | 0x04 | 0x10, 0, 0, 0, 1, 0, 0, 1, 0, 0]);
        let file = webp_file(&[
            flagged,
            vp8.clone(),
            riff(b"EXIF", b"MM\0*GPS"),
            riff(b"XMP ", b"<x/>"),
        ]);
        let plain = riff(b"VP8X", &[0x10, 0, 0, 0, 1, 0, 0, 1, 0, 0]);
        assert_eq!(&*scrub(&file), &webp_file(&[plain, vp8])[..]);
    }

    #[test]
    fn other_and_damaged_files_are_left_as_they_are() {
        assert!(matches!(scrub(b"body { color: red }"), Cow::Borrowed(_)));
        let cut = [0xFF, 0xD8, 0xFF, 0xE1, 0x40, 0x00, b'E'];
        assert!(matches!(scrub(&cut), Cow::Borrowed(_)));
        assert!(scrubbable("static/Foto.JPG") && !scrubbable("style.css"));
    }
}
