//! The pieces of one line of plain YAML: a key, a list item, a plain or
//! quoted scalar, a one-line flow collection (`[a, b]`, `{k: v}`).

use super::{Entry, Line, MAX_DEPTH, MAX_KEYS, Node};
use crate::load::yaml::budget::ValueCount;

/// Whether `key` may join `entries`: a key already there is the full
/// parser's to report, and so is a mapping of more than [`MAX_KEYS`].
pub(super) fn room_for(entries: &[Entry], key: &str) -> bool {
    entries.len() < MAX_KEYS && entries.iter().all(|e| e.key != key)
}

/// `- x` or a lone `-`: a list item.
pub(super) fn is_item(content: &str) -> bool {
    content == "-" || content.starts_with("- ")
}

/// `key: rest` or `key:` with a simple key: letters, digits, `_` and `-`
/// inside. Returns the key and what follows the colon and its spaces.
pub(super) fn split_key(content: &str) -> Option<(&str, &str)> {
    let end = content.find(':')?;
    let key = &content[..end];
    let simple = !key.is_empty()
        && key.as_bytes()[0].is_ascii_alphabetic()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if !simple {
        return None;
    }
    let after = &content[end + 1..];
    if !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    Some((key, after.trim_start_matches(' ')))
}

/// The first character of a plain scalar may not be one of YAML's
/// indicators; `-` only before a digit (a negative number).
pub(super) fn plain_start(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        None => false,
        Some('-') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some(c) => !"?:,[]{}#&*!|>'\"%@`".contains(c),
    }
}

/// A one-line plain scalar in a block: up to a comment, without trailing
/// spaces. `None` when it holds `: ` (a mapping the reader does not take).
pub(super) fn block_plain(rest: &str) -> Option<&str> {
    let text = match rest.find(" #") {
        Some(i) => &rest[..i],
        None => rest,
    }
    .trim_end_matches(' ');
    if !plain_start(text) || text.contains(": ") || text.ends_with(':') {
        return None;
    }
    Some(text)
}

/// A position within one line's content.
pub(super) struct Cursor<'a, 'v> {
    s: &'a str,
    at: usize,
    /// The reader's count of values, which this line's add to.
    values: &'v ValueCount,
}

impl<'a, 'v> Cursor<'a, 'v> {
    pub(super) fn new(s: &'a str, values: &'v ValueCount) -> Self {
        Cursor { s, at: 0, values }
    }

    pub(super) fn rest(&self) -> &'a str {
        &self.s[self.at..]
    }

    fn skip_spaces(&mut self) {
        while self.rest().starts_with(' ') {
            self.at += 1;
        }
    }

    /// Only spaces and perhaps a comment are left.
    pub(super) fn rest_is_comment(&mut self) -> bool {
        let before = self.at;
        self.skip_spaces();
        let rest = self.rest();
        rest.is_empty() || (rest.starts_with('#') && self.at > before)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.rest().starts_with(c) {
            self.at += c.len_utf8();
            true
        } else {
            false
        }
    }

    /// `[..]` or `{..}` closed on this line. `base` is the byte offset of
    /// the cursor's text within the line's content.
    pub(super) fn flow(&mut self, line: &Line, base: usize, depth: usize) -> Option<Node<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let pos = line.pos(base + self.at);
        if self.rest().starts_with(['[', '{']) {
            self.values.one_more(pos)?;
        }
        if self.eat('[') {
            let mut items = Vec::new();
            self.skip_spaces();
            if self.eat(']') {
                return Some(Node::Seq(items, pos));
            }
            loop {
                self.skip_spaces();
                items.push(self.flow_value(line, base, depth)?);
                self.skip_spaces();
                if self.eat(']') {
                    return Some(Node::Seq(items, pos));
                }
                if !self.eat(',') {
                    return None;
                }
            }
        }
        if self.eat('{') {
            let mut entries: Vec<Entry<'a>> = Vec::new();
            self.skip_spaces();
            if self.eat('}') {
                return Some(Node::Map(entries, pos));
            }
            loop {
                self.skip_spaces();
                let (key, rest) = split_key(self.rest())?;
                if rest.is_empty() || !room_for(&entries, key) {
                    return None;
                }
                self.values.one_more(line.pos(base + self.at))?;
                self.at = self.s.len() - rest.len();
                let value = self.flow_value(line, base, depth)?;
                entries.push(Entry { key, value });
                self.skip_spaces();
                if self.eat('}') {
                    return Some(Node::Map(entries, pos));
                }
                if !self.eat(',') {
                    return None;
                }
            }
        }
        None
    }

    /// One item or value inside `[..]` or `{..}`.
    pub(super) fn flow_value(
        &mut self,
        line: &Line,
        base: usize,
        depth: usize,
    ) -> Option<Node<'a>> {
        let rest = self.rest();
        if rest.starts_with(['[', '{']) {
            return self.flow(line, base, depth + 1);
        }
        if rest.starts_with(['"', '\'']) {
            return self.quoted(line, base);
        }
        let pos = line.pos(base + self.at);
        let end = rest
            .find([',', '[', ']', '{', '}', '#'])
            .unwrap_or(rest.len());
        let text = rest[..end].trim_end_matches(' ');
        if !plain_start(text) || text.contains(':') || rest[end..].starts_with(['[', '{', '#']) {
            return None;
        }
        self.values.one_more(pos)?;
        self.at += text.len();
        Some(Node::Plain(text, pos))
    }

    /// A quoted scalar closed on this line.
    pub(super) fn quoted(&mut self, line: &Line, base: usize) -> Option<Node<'a>> {
        let pos = line.pos(base + self.at);
        self.values.one_more(pos)?;
        let rest = self.rest();
        let (text, used) = if rest.starts_with('\'') {
            single_quoted(rest)?
        } else {
            double_quoted(rest)?
        };
        self.at += used;
        Some(Node::Text(text, pos))
    }
}

/// `'...'` with `''` for a quote: the text and the bytes taken.
pub(super) fn single_quoted(s: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut i = 1;
    loop {
        let rest = &s[i..];
        let q = rest.find('\'')?;
        out.push_str(&rest[..q]);
        i += q + 1;
        if s[i..].starts_with('\'') {
            out.push('\'');
            i += 1;
        } else {
            return Some((out, i));
        }
    }
}

/// `"..."` with the common escapes; any other escape goes to the full parser.
pub(super) fn double_quoted(s: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = s.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, i + 1)),
            '\\' => {
                let (_, e) = chars.next()?;
                out.push(match e {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'n' => '\n',
                    't' => '\t',
                    _ => return None,
                });
            }
            _ => out.push(c),
        }
    }
    None
}
