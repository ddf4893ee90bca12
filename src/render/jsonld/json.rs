//! JSON written straight into text, for the JSON-LD of program and news
//! pages: every page has one, and building a `serde_json::Value` (a map and
//! a string per key) and then writing it was a twentieth of a build's time.
//!
//! Text goes in as serde_json writes it, with `<`, `>` and `&` as `\u003c`
//! escapes besides, so that no text from a record can close the script or
//! open a comment. Keys are written in the order the caller gives: the
//! callers give them sorted, as serde_json's map had them (a test checks
//! each object is its own canonical form).

/// An object being written: `{` on opening, `}` on [`Obj::close`].
pub struct Obj<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Obj<'a> {
    pub fn open(out: &'a mut String) -> Obj<'a> {
        out.push('{');
        Obj { out, empty: true }
    }

    /// Starts the member `key`: what is written next into the text is its
    /// value.
    pub fn key(&mut self, key: &str) -> &mut String {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        string(self.out, key);
        self.out.push(':');
        self.out
    }

    pub fn str(&mut self, key: &str, value: &str) -> &mut Self {
        string(self.key(key), value);
        self
    }

    pub fn opt_str(&mut self, key: &str, value: Option<&str>) -> &mut Self {
        if let Some(v) = value {
            self.str(key, v);
        }
        self
    }

    pub fn uint(&mut self, key: &str, value: u64) -> &mut Self {
        use std::fmt::Write;
        let _ = write!(self.key(key), "{value}");
        self
    }

    pub fn float(&mut self, key: &str, value: f64) -> &mut Self {
        // serde_json's own form of a number (`112.0`, `null` for NaN).
        let text = serde_json::to_string(&value).unwrap_or_else(|_| "null".into());
        self.key(key).push_str(&text);
        self
    }

    /// The member `key` an object that `fill` writes.
    pub fn obj(&mut self, key: &str, fill: impl FnOnce(&mut Obj)) -> &mut Self {
        let mut inner = Obj::open(self.key(key));
        fill(&mut inner);
        inner.close();
        self
    }

    /// The member `key` an array, `write` writing each item.
    pub fn arr<T>(
        &mut self,
        key: &str,
        items: impl IntoIterator<Item = T>,
        mut write: impl FnMut(&mut String, T),
    ) -> &mut Self {
        let out = self.key(key);
        out.push('[');
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write(out, item);
        }
        out.push(']');
        self
    }

    pub fn close(self) {
        self.out.push('}');
    }
}

/// `s` as a JSON string that may sit inside a `<script>` element.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut done = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escaped = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            b'<' => "\\u003c",
            b'>' => "\\u003e",
            b'&' => "\\u0026",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[done..i]);
        if escaped.is_empty() {
            // The other control characters, as serde_json writes them.
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0xf)] as char);
        } else {
            out.push_str(escaped);
        }
        done = i + 1;
    }
    out.push_str(&s[done..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_serde_json_writes(s: &str) -> String {
        crate::escape::json_in_script(serde_json::to_string(s).unwrap())
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them_and_cannot_close_a_script() {
        for s in [
            "",
            "plain",
            "Kabupaten Probolinggo, \"Jawa\" \\ Timur",
            "</script><script>alert(1)</script> & <!--",
            "tab\there\nnew\rline\u{8}\u{c}\u{1}\u{1f}\u{7f}",
            "é — 日本 😀",
        ] {
            let mut out = String::new();
            string(&mut out, s);
            assert_eq!(out, as_serde_json_writes(s), "{s:?}");
            assert!(!out.contains(['<', '>', '&']), "{out}");
            let back: String = serde_json::from_str(&out).unwrap();
            assert_eq!(back, s);
        }
    }

    #[test]
    fn objects_nest_and_separate_their_members() {
        let mut out = String::new();
        let mut o = Obj::open(&mut out);
        o.str("@type", "Place")
            .obj("geo", |g| {
                g.float("latitude", -7.25).float("longitude", 112.0);
            })
            .arr("names", ["a", "b"], string)
            .arr("none", Vec::<&str>::new(), string)
            .opt_str("skipped", None)
            .uint("quota", 20);
        o.close();
        assert_eq!(
            out,
            r#"{"@type":"Place","geo":{"latitude":-7.25,"longitude":112.0},"names":["a","b"],"none":[],"quota":20}"#
        );
    }
}
