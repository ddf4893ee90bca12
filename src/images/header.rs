//! A photo's header: its size and EXIF orientation, read without decoding
//! a pixel, so that a decompression bomb (a small PNG declaring
//! 100,000 × 100,000 pixels) is refused before anything is allocated for it.

use std::io::Cursor;

use image::ImageDecoder;
use image::metadata::Orientation;

use super::sniff::Kind;

/// The most pixels a photo may have: 64 megapixels, so that a 50 MP phone
/// photo is processed while a bomb is refused. With the budget of
/// `process` it bounds the memory a build uses for photos.
pub(super) const MAX_PIXELS: u64 = 64_000_000;

/// What a photo's header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Header {
    /// As stored, before the orientation is applied.
    pub width: u32,
    pub height: u32,
    /// The EXIF orientation, 1 to 8 (1: as stored).
    pub orientation: u8,
}

impl Header {
    /// Whether showing the photo turns it a quarter (EXIF 5 to 8).
    pub fn turned(&self) -> bool {
        self.orientation >= 5
    }

    /// The size as shown, after the orientation.
    pub fn shown(&self) -> (u32, u32) {
        if self.turned() {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }

    pub fn pixels(&self) -> u64 {
        u64::from(self.width) * u64::from(self.height)
    }

    pub fn orientation(&self) -> Orientation {
        Orientation::from_exif(self.orientation).unwrap_or(Orientation::NoTransforms)
    }
}

/// The header of `bytes`, a file of `kind` (JPEG, PNG or WebP). The error
/// is the decoder's own words, for a damaged file.
pub(super) fn read(bytes: &[u8], kind: Kind) -> Result<Header, String> {
    let format = match kind {
        Kind::Jpeg => image::ImageFormat::Jpeg,
        Kind::Png => image::ImageFormat::Png,
        Kind::Webp => image::ImageFormat::WebP,
        _ => return Err("not a JPEG, PNG or WebP file".into()),
    };
    if kind == Kind::Jpeg && !jpeg_is_whole(bytes) {
        return Err("the file ends before the picture does".into());
    }
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    // Only the header is read here; the size is checked by the caller.
    reader.no_limits();
    let mut decoder = reader.into_decoder().map_err(|e| e.to_string())?;
    let (width, height) = decoder.dimensions();
    if width == 0 || height == 0 {
        return Err("the picture has no pixels".into());
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(Orientation::NoTransforms)
        .to_exif();
    Ok(Header {
        width,
        height,
        orientation,
    })
}

/// Whether a JPEG ends its last scan with the end marker (`FF D9`): the
/// decoder quietly paints a cut-short photo grey below the cut, so a photo
/// copied halfway from a phone would otherwise be published so. Markers
/// cannot occur inside a scan (`FF` is followed by `00` there), and an
/// EXIF thumbnail's end marker comes before the main scan's start.
fn jpeg_is_whole(bytes: &[u8]) -> bool {
    let last = |marker: u8| bytes.windows(2).rposition(|w| w == [0xFF, marker]);
    match (last(0xDA), last(0xD9)) {
        (Some(scan), Some(end)) => end > scan,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jpeg_cut_short_is_not_whole() {
        let whole = [
            0xFF, 0xD8, 0xFF, 0xDA, 0, 2, 1, 2, 0xFF, 0x00, 3, 0xFF, 0xD9,
        ];
        assert!(jpeg_is_whole(&whole));
        assert!(!jpeg_is_whole(&whole[..whole.len() - 2]));
        let thumbnail_then_cut = [0xFF, 0xDA, 0xFF, 0xD9, 0xFF, 0xDA, 1, 2];
        assert!(!jpeg_is_whole(&thumbnail_then_cut));
    }
}
