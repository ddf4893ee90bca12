//! QR codes as inline SVG, made at build time, for printed program pages.
//!
//! A notice printed and pinned to a village office board leads a reader's
//! phone to the registration form (or the program page) without typing.
//! The symbol is one `<path>` of horizontal strokes, so a 90-character
//! address costs about 2 KB of HTML and prints sharp at any size.

use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};

/// The quiet zone around the symbol, in modules (the standard asks for 4).
const QUIET: i32 = 4;

/// An SVG QR code for `text`, or `None` when the text is too long for any
/// QR code. `label` is its accessible name (escaped here).
pub fn svg(text: &str, label: &str) -> Option<String> {
    // Medium error correction: survives a smudge or a crease in the paper
    // and keeps the symbol small enough to scan from an A4 sheet.
    // One fixed mask: choosing the best of the eight by their penalty
    // scores costs a tenth of a whole build's time (2,000 programs), and
    // readers decode every mask alike.
    let segments = QrSegment::make_segments(text);
    let qr = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::MIN,
        Version::MAX,
        Some(Mask::new(0)),
        true,
    )
    .ok()?;
    let size = qr.size();
    let full = size + 2 * QUIET;
    // Each row's dark runs are strokes one module thick: `M4 4.5h7m2 0h1`.
    // Numbers are pushed digit by digit: through `write!` they take half
    // of this function's time.
    let mut d = String::with_capacity(2048);
    for y in 0..size {
        let mut x = 0;
        let mut pen: Option<i32> = None;
        while x < size {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && qr.get_module(x, y) {
                x += 1;
            }
            match pen {
                None => {
                    d.push('M');
                    push_number(&mut d, start + QUIET);
                    d.push(' ');
                    push_number(&mut d, y + QUIET);
                    d.push_str(".5");
                }
                Some(end) => {
                    d.push('m');
                    push_number(&mut d, start - end);
                    d.push_str(" 0");
                }
            }
            d.push('h');
            push_number(&mut d, x - start);
            pen = Some(x);
        }
    }
    Some(format!(
        "<svg class=\"qr-code\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {full} {full}\" \
         width=\"{px}\" height=\"{px}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/><path d=\"{d}\" stroke=\"#000\"/></svg>",
        crate::escape::html(label),
        px = full * 3,
    ))
}

/// Appends `n`, a coordinate or a length in modules: at most 185 (a
/// version 40 symbol and its quiet zone), never negative.
fn push_number(out: &mut String, n: i32) {
    debug_assert!((0..1000).contains(&n), "{n}");
    let n = n.unsigned_abs();
    let digit = |d: u32| char::from(b'0' + (d % 10) as u8);
    if n >= 100 {
        out.push(digit(n / 100));
    }
    if n >= 10 {
        out.push(digit(n / 10));
    }
    out.push(digit(n));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_format_writes_them() {
        for n in [0, 7, 10, 99, 100, 185, 999] {
            let mut s = String::new();
            push_number(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    #[test]
    fn a_url_becomes_a_small_svg_with_a_name() {
        let s = svg(
            "https://pelatihan.example.go.id/programs/bimtek-wub-keripik-pisang-gending-2024/",
            "Kode QR <uji>",
        )
        .unwrap();
        assert!(s.starts_with("<svg class=\"qr-code\" role=\"img\""), "{s}");
        assert!(s.contains("aria-label=\"Kode QR &lt;uji&gt;\""), "{s}");
        assert!(s.len() < 2500, "{} bytes", s.len());
    }

    #[test]
    fn text_too_long_for_a_qr_code_gives_none() {
        assert!(svg(&"x".repeat(5000), "x").is_none());
    }
}
