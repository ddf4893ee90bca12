//! Every escaper warta writes output with: one per output language, so a
//! rule about what is safe in HTML, XML, iCalendar, JSON inside a
//! `<script>`, or a URL is made (and fixed) in one place.
//!
//! Templates do not escape by themselves: Tera's autoescape is given
//! [`html_to`] (see `render::templates`), so a page's text, its SVG charts,
//! its QR code and serve mode's error overlay all go through [`html`].

/// Escapes text for HTML (and inline SVG), in content and in attribute
/// values quoted with `"` or `'`: `&`, `<`, `>`, `"` and `'`.
///
/// pulldown-cmark's escaper, which is also Tera's (its `fast` feature): SIMD,
/// and a page escapes every value it shows.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// [`html`] as Tera's escape function (`Tera::set_escape_fn`), written
/// straight to Tera's output.
pub fn html_to(text: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    pulldown_cmark_escape::escape_html(pulldown_cmark_escape::IoWriter(out), text)
}

/// Escapes text for XML content and attribute values (Atom, sitemap), and
/// drops the characters XML 1.0 cannot carry at all (most C0 controls,
/// U+FFFE and U+FFFF): unlike HTML, one such character makes a whole feed
/// unreadable.
///
/// Byte by byte, copying the runs between the few bytes that need a look:
/// every feed escapes the HTML of up to 50 news bodies, and a character at
/// a time this was a twelfth of a build's instructions.
pub fn xml(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 8);
    let (mut done, mut i) = (0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        if !XML_LOOK[usize::from(b)] {
            i += 1;
            continue;
        }
        let (replacement, len) = match b {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&apos;", 1),
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF; any other
            // character starting with EF stays.
            0xEF => match bytes.get(i + 1..i + 3) {
                Some([0xBF, 0xBE | 0xBF]) => ("", 3),
                _ => {
                    i += 1;
                    continue;
                }
            },
            // A C0 control other than tab, newline and carriage return.
            _ => ("", 1),
        };
        // `i` is at an ASCII byte or a character's first byte: a boundary.
        out.push_str(&s[done..i]);
        out.push_str(replacement);
        i += len;
        done = i;
    }
    out.push_str(&s[done..]);
    out
}

/// The bytes [`xml`] stops at: markup, quotes, the C0 controls XML 1.0
/// refuses, and EF (the first byte of U+FFFE and U+FFFF).
const XML_LOOK: [bool; 256] = {
    let mut look = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        look[b] = !matches!(b as u8, b'\t' | b'\n' | b'\r');
        b += 1;
    }
    look[b'&' as usize] = true;
    look[b'<' as usize] = true;
    look[b'>' as usize] = true;
    look[b'"' as usize] = true;
    look[b'\'' as usize] = true;
    look[0xEF] = true;
    look
};

/// Escapes an iCalendar TEXT value (RFC 5545 3.3.11): backslash, semicolon,
/// comma and newlines; other control characters are dropped.
pub fn ical_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// JSON text made safe inside an HTML `<script>` element: `<`, `>` and `&`
/// can only be inside a JSON string, where their `\u003c` escapes mean the
/// same, and without them no text can close the script or open a comment.
pub fn json_in_script(json: String) -> String {
    // Most records have none of the three: their text is used as it is.
    if !json.bytes().any(|b| matches!(b, b'<' | b'>' | b'&')) {
        return json;
    }
    // One pass over the text, not three of `replace`.
    let mut out = String::with_capacity(json.len() + 32);
    let mut done = 0;
    for (i, c) in json.match_indices(['<', '>', '&']) {
        out.push_str(&json[done..i]);
        out.push_str(match c {
            "<" => "\\u003c",
            ">" => "\\u003e",
            _ => "\\u0026",
        });
        done = i + 1;
    }
    out.push_str(&json[done..]);
    out
}

/// One CSV cell: RFC 4180 quoting, and text that a spreadsheet would run as
/// a formula (starting with = + - @, tab or CR) prefixed with `'`.
pub fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// Percent-encodes text for a URL's query (share links): everything but
/// RFC 3986's unreserved characters, as UTF-8 bytes.
pub fn url_query(text: &str) -> String {
    percent_encode(text, |b| matches!(b, b'-' | b'.' | b'_' | b'~'))
}

/// Percent-encodes a path for a URL (`café/` -> `caf%C3%A9/`): RFC 3986's
/// unreserved characters, sub-delimiters, `:`, `@` and `/` stay as they are.
/// The reverse of [`url_decode`] for every path it decodes.
pub fn url_path(path: &str) -> String {
    percent_encode(path, |b| b"-._~!$&'()*+,;=:@/".contains(&b))
}

/// Decodes `%XX` escapes; `None` for malformed escapes or invalid UTF-8.
pub fn url_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// `%XX` for every byte but ASCII letters, digits and those `keep` accepts.
fn percent_encode(text: &str, keep: impl Fn(u8) -> bool) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || keep(b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_both_quotes() {
        assert_eq!(html("a<b>&\"c\"'"), "a&lt;b&gt;&amp;&quot;c&quot;&#39;");
        let mut buf = Vec::new();
        html_to("x'<y>", &mut buf).unwrap();
        assert_eq!(buf, b"x&#39;&lt;y&gt;");
    }

    #[test]
    fn xml_escapes_markup_and_drops_controls() {
        assert_eq!(
            xml("a<b>&\"c\"'\u{1}"),
            "a&lt;b&gt;&amp;&quot;c&quot;&apos;"
        );
    }

    #[test]
    fn xml_keeps_every_character_xml_can_carry() {
        // Tab, newline and CR stay; other C0 controls, U+FFFE and U+FFFF
        // go; the characters around them, U+FFFD and other characters
        // starting with the byte EF, stay as they are.
        assert_eq!(
            xml("\u{0}a\tb\nc\rd\u{1f}é\u{fffe}x\u{ffff}\u{fffd}\u{f000}\u{ef}<"),
            "a\tb\nc\rdéx\u{fffd}\u{f000}\u{ef}&lt;"
        );
        assert_eq!(xml("\u{fffe}"), "");
        assert_eq!(xml("\u{fffd}\u{fffe}"), "\u{fffd}");
        assert_eq!(xml(""), "");
        // Every string of up to three of these characters comes out as the
        // rule says, character by character.
        let alphabet = [
            'a',
            '&',
            '<',
            '>',
            '"',
            '\'',
            '\t',
            '\n',
            '\r',
            '\u{0}',
            '\u{1f}',
            'é',
            '\u{fffd}',
            '\u{fffe}',
            '\u{ffff}',
            '\u{f000}',
            '\u{efbf}',
            '\u{1f600}',
        ];
        let by_char = |s: &str| -> String {
            s.chars()
                .map(|c| match c {
                    '&' => "&amp;".to_string(),
                    '<' => "&lt;".to_string(),
                    '>' => "&gt;".to_string(),
                    '"' => "&quot;".to_string(),
                    '\'' => "&apos;".to_string(),
                    '\t' | '\n' | '\r' => c.to_string(),
                    c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => String::new(),
                    c => c.to_string(),
                })
                .collect()
        };
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    let s: String = [a, b, c].iter().collect();
                    assert_eq!(xml(&s), by_char(&s), "{s:?}");
                }
            }
        }
        let long = "Pelatihan & \"kerja\" <b>".repeat(100);
        assert_eq!(
            xml(&long),
            "Pelatihan &amp; &quot;kerja&quot; &lt;b&gt;".repeat(100)
        );
    }

    #[test]
    fn ical_text_is_escaped() {
        assert_eq!(ical_text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }

    #[test]
    fn json_cannot_close_a_script() {
        let s = json_in_script(r#"{"a":"</script> & <!--"}"#.to_string());
        assert_eq!(s, r#"{"a":"\u003c/script\u003e \u0026 \u003c!--"}"#);
    }

    #[test]
    fn percent_encoding_keeps_unreserved_and_encodes_utf8() {
        assert_eq!(url_query("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(url_query("A & B\n"), "A%20%26%20B%0A");
        assert_eq!(url_query("é"), "%C3%A9");
        assert_eq!(url_path("café/a b/"), "caf%C3%A9/a%20b/");
        assert_eq!(url_decode(&url_path("café/a b?#/")).unwrap(), "café/a b?#/");
        assert_eq!(url_decode("%zz"), None);
    }

    #[test]
    fn csv_cells_are_quoted_and_neutralised() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_cell("@cmd"), "'@cmd");
        assert_eq!(csv_cell("-1+2,x"), "\"'-1+2,x\"");
    }
}
