//! Photos made in the tests: photo-like pixels (smooth gradients, soft
//! shapes and a little sensor noise, so they compress like a real photo,
//! not like flat colour or pure noise), and an EXIF block written byte by
//! byte with an orientation and a GPS position.

use image::{ExtendedColorType, ImageEncoder, RgbImage};

/// A photo-like `width`×`height` picture.
pub fn photo_like(width: u32, height: u32) -> RgbImage {
    // Per column and per row, so a 50 MP picture is quick in a debug build.
    let column = |f: fn(f32) -> f32| -> Vec<f32> {
        (0..width).map(|x| f(x as f32 / width as f32)).collect()
    };
    let (fx, hills, leaves_x) = (
        column(|x| x),
        column(|x| (x * 9.0).sin() * 0.08 + 0.55),
        column(|x| (x * 37.0).sin()),
    );
    let mut seed: u32 = 0x9E37_79B9;
    let mut out = Vec::with_capacity(width as usize * height as usize * 3);
    for y in 0..height {
        let fy = y as f32 / height as f32;
        let (sky, leaves_y) = (1.0 - fy, (fy * 23.0).cos() * 30.0);
        for x in 0..width as usize {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            let noise = (seed % 9) as f32 - 4.0;
            let hill = (hills[x] - fy).clamp(-0.1, 0.1) * 5.0;
            let leaves = leaves_x[x] * leaves_y;
            let r = 90.0 + 120.0 * sky * fx[x] + leaves * 0.5 + noise;
            let g = 110.0 + 90.0 * hill + leaves + noise;
            let b = 160.0 * sky + 40.0 * fy + noise;
            out.extend([r, g, b].map(|c| c.clamp(0.0, 255.0) as u8));
        }
    }
    RgbImage::from_raw(width, height, out).unwrap()
}

/// `pixels` as a JPEG (quality 90, as phones save).
pub fn jpeg(pixels: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .write_image(
            pixels.as_raw(),
            pixels.width(),
            pixels.height(),
            ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

/// `jpeg` with an EXIF block (APP1) saying `orientation` and a GPS
/// position (7° 45' 30" S), as a phone writes it, right after the start.
pub fn with_exif(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"MM\x00\x2a\x00\x00\x00\x08");
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        t.extend_from_slice(&tag.to_be_bytes());
        t.extend_from_slice(&kind.to_be_bytes());
        t.extend_from_slice(&count.to_be_bytes());
        t.extend_from_slice(&value);
    };
    // IFD0 at 8: orientation, and where the GPS IFD is (38).
    tiff.extend_from_slice(&2u16.to_be_bytes());
    let o = orientation.to_be_bytes();
    entry(&mut tiff, 0x0112, 3, 1, [o[0], o[1], 0, 0]);
    entry(&mut tiff, 0x8825, 4, 1, 38u32.to_be_bytes());
    tiff.extend_from_slice(&0u32.to_be_bytes());
    // The GPS IFD at 38: latitude reference and latitude (rationals at 68).
    tiff.extend_from_slice(&2u16.to_be_bytes());
    entry(&mut tiff, 0x0001, 2, 2, *b"S\0\0\0");
    entry(&mut tiff, 0x0002, 5, 3, 68u32.to_be_bytes());
    tiff.extend_from_slice(&0u32.to_be_bytes());
    assert_eq!(tiff.len(), 68);
    for n in [7u32, 45, 30] {
        tiff.extend_from_slice(&n.to_be_bytes());
        tiff.extend_from_slice(&1u32.to_be_bytes());
    }
    let mut app1 = vec![0xFF, 0xE1];
    app1.extend_from_slice(&(2 + 6 + tiff.len() as u16).to_be_bytes());
    app1.extend_from_slice(b"Exif\0\0");
    app1.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A PNG whose header declares `width`×`height` pixels, with a few bytes
/// of compressed data: a decompression bomb as a header reader sees it.
pub fn png_header_only(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend_from_slice(&13u32.to_be_bytes());
    out.extend_from_slice(&ihdr);
    out.extend_from_slice(&crc32(&ihdr).to_be_bytes());
    let idat = b"IDAT\x78\x9c\x63\x00\x00\x00\x01\x00\x01";
    out.extend_from_slice(&((idat.len() - 4) as u32).to_be_bytes());
    out.extend_from_slice(idat);
    out.extend_from_slice(&crc32(idat).to_be_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(b"IEND");
    out.extend_from_slice(&crc32(b"IEND").to_be_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}
