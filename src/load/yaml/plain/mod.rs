//! A reader for the plain YAML editors write, beside the full parser.
//!
//! serde-saphyr reads a 2 KB program record in ~150 µs and a news item's
//! front matter in ~25 µs: at 10,000 news and 2,000 programs that alone
//! would be a quarter of a build's CPU. Nearly every record uses a small part of YAML:
//! `key: value` mappings, `- item` lists, one-line `[a, b]` and `{k: v}`,
//! quoted and plain one-line scalars, `|` text blocks and comments. This
//! module reads exactly that part into a [`Node`] tree, several times
//! faster, and gives up (returns `None`) at the first thing outside it.
//!
//! Giving up is always safe: the caller then asks serde-saphyr, whose result
//! (and whose error messages) are the reference. So the rule for every
//! branch here is "accept only what is certain to mean the same to the full
//! parser"; `tests/yaml_plain.rs` checks that on every record of the demo
//! site, on corner cases and on thousands of mutated records.
//!
//! The one thing it does not give up on is a text over the limits of
//! [`super::budget`]: giving up would leave it to the full parser, but only after
//! reading it all here. It counts values as it reads them and refuses the
//! text at the first one past the limit, as serde-saphyr would.

use std::cell::Cell;

mod one_line;

use super::YamlError;
use super::budget::ValueCount;
use crate::diagnostics::Pos;
use one_line::{Cursor, block_plain, is_item, room_for, split_key};

/// A value as written, with where it starts. Scalars keep their text:
/// what a plain scalar means (number, text, true) depends on the field it
/// fills, decided in `plain_de.rs`.
#[derive(Debug)]
pub enum Node<'a> {
    /// `key:` with nothing after it.
    Empty(Pos),
    /// Unquoted one-line text.
    Plain(&'a str, Pos),
    /// Quoted text or a `|` block: always a string.
    Text(String, Pos),
    Seq(Vec<Node<'a>>, Pos),
    Map(Vec<Entry<'a>>, Pos),
}

#[derive(Debug)]
pub struct Entry<'a> {
    pub key: &'a str,
    pub value: Node<'a>,
}

impl Node<'_> {
    pub fn pos(&self) -> Pos {
        match self {
            Node::Empty(p) | Node::Plain(_, p) | Node::Text(_, p) => *p,
            Node::Seq(_, p) | Node::Map(_, p) => *p,
        }
    }
}

/// Reads `text` (whose first line is line `first_line` of its file) when it
/// uses only the plain part of YAML; `Ok(None)` when anything is outside it,
/// an error when it holds more values than [`super::budget::MAX_VALUES`].
pub fn read(text: &str, first_line: u32) -> Result<Option<Node<'_>>, YamlError> {
    let mut reader = Reader {
        lines: Vec::new(),
        at: 0,
        ends_with_break: text.ends_with('\n'),
        values: ValueCount::default(),
    };
    let node = reader.read(text, first_line);
    match reader.values.breach() {
        Some(refused) => Err(refused),
        None => Ok(node),
    }
}

/// No tabs, carriage returns or characters the YAML spec does not allow in
/// a file (controls, BOMs inside), and none of the line breaks YAML 1.1
/// knew (NEL, LS, PS): each has rules of its own in the full parser.
fn plain_characters(text: &str) -> bool {
    text.chars().all(|c| {
        let code = u32::from(c);
        c == '\n'
            || (0x20..0x7f).contains(&code)
            || (code > 0x9f
                && !matches!(
                    c,
                    '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
                ))
    })
}

pub(super) struct Line<'a> {
    number: u32,
    /// The whole line, for columns.
    text: &'a str,
    /// The last column asked for, `(byte, column)`: positions are asked
    /// left to right, so a long line is counted once, not once per value.
    counted: Cell<(usize, usize)>,
    /// Leading spaces.
    indent: usize,
    /// The line after its indentation.
    content: &'a str,
}

impl<'a> Line<'a> {
    /// Line `number`, `text`, whose content starts after `indent` bytes.
    fn new(number: u32, text: &'a str, indent: usize) -> Self {
        Line {
            number,
            text,
            counted: Cell::new((0, 1)),
            indent,
            content: &text[indent..],
        }
    }

    fn blank(&self) -> bool {
        self.content.is_empty() || self.content.starts_with('#')
    }

    /// The place of byte `offset` of `content`; columns count characters.
    fn pos(&self, offset: usize) -> Pos {
        let byte = self.indent + offset;
        let (mut from, mut column) = self.counted.get();
        if byte < from {
            (from, column) = (0, 1);
        }
        column += self.text[from..byte].chars().count();
        self.counted.set((byte, column));
        Pos::new(self.number, u32::try_from(column).unwrap_or(u32::MAX))
    }
}

struct Reader<'a> {
    lines: Vec<Line<'a>>,
    at: usize,
    /// The text ends with a line break.
    ends_with_break: bool,
    /// The values read so far, against the budget.
    values: ValueCount,
}

/// Keys and values may nest this deep here, below [`super::budget::MAX_DEPTH`];
/// deeper goes to the full parser (which refuses past the budget).
pub(super) const MAX_DEPTH: usize = 16;
/// Keys in one mapping: a record has about 25. Each new key is compared
/// with those before it, so a file of a million keys is the full parser's.
pub(super) const MAX_KEYS: usize = 64;

impl<'a> Reader<'a> {
    /// The whole text, or `None` where it leaves it to the full parser (or
    /// stopped at the budget).
    fn read(&mut self, text: &'a str, first_line: u32) -> Option<Node<'a>> {
        if !plain_characters(text) {
            return None;
        }
        for (i, line) in text.split('\n').enumerate() {
            // Document markers and directives: more than one record, or YAML
            // features this reader does not know.
            if line.starts_with("---") || line.starts_with("...") || line.starts_with('%') {
                return None;
            }
            let indent = line.len() - line.trim_start_matches(' ').len();
            self.lines
                .push(Line::new(first_line + u32::try_from(i).ok()?, line, indent));
        }
        self.skip_blank();
        let first = self.lines.get(self.at)?;
        if first.indent != 0 {
            return None;
        }
        let node = self.block(0, 0)?;
        self.skip_blank();
        // Anything left over is text the structure above did not take.
        (self.at == self.lines.len()).then_some(node)
    }

    fn skip_blank(&mut self) {
        while self.lines.get(self.at).is_some_and(Line::blank) {
            self.at += 1;
        }
    }

    /// The indentation of the next line with content, if any.
    fn next_indent(&mut self) -> Option<usize> {
        self.skip_blank();
        self.lines.get(self.at).map(|l| l.indent)
    }

    /// A mapping or a list starting at the current line, indented `indent`.
    fn block(&mut self, indent: usize, depth: usize) -> Option<Node<'a>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let line = self.lines.get(self.at)?;
        if line.indent != indent {
            return None;
        }
        if is_item(line.content) {
            self.list(indent, depth)
        } else {
            self.mapping(indent, depth)
        }
    }

    fn mapping(&mut self, indent: usize, depth: usize) -> Option<Node<'a>> {
        let start = self.lines[self.at].pos(0);
        self.values.one_more(start)?;
        let mut entries: Vec<Entry<'a>> = Vec::new();
        while self.next_indent() == Some(indent) && !is_item(self.lines[self.at].content) {
            let line = &self.lines[self.at];
            let (key, rest) = split_key(line.content)?;
            if !room_for(&entries, key) {
                return None;
            }
            self.values.one_more(line.pos(0))?;
            let offset = line.content.len() - rest.len();
            let value = self.value(indent, offset, depth)?;
            entries.push(Entry { key, value });
        }
        Some(Node::Map(entries, start))
    }

    fn list(&mut self, indent: usize, depth: usize) -> Option<Node<'a>> {
        let start = self.lines[self.at].pos(0);
        self.values.one_more(start)?;
        let mut items = Vec::new();
        while self.next_indent() == Some(indent) && is_item(self.lines[self.at].content) {
            let line = &self.lines[self.at];
            let after_dash = &line.content[1..];
            let rest = after_dash.trim_start_matches(' ');
            let inner = indent + 1 + (after_dash.len() - rest.len());
            if !rest.is_empty()
                && !rest.starts_with('#')
                && (is_item(rest) || split_key(rest).is_some())
            {
                // `- key: value` or `- - item`: a block that starts on the
                // dash's line. Seen as a line of its own, indented to where
                // its content begins.
                self.lines[self.at] = Line::new(line.number, line.text, inner);
                items.push(self.block(inner, depth + 1)?);
            } else {
                items.push(self.value(indent, 1 + after_dash.len() - rest.len(), depth)?);
            }
        }
        Some(Node::Seq(items, start))
    }

    /// The value that begins at byte `offset` of the current line's content,
    /// in a block (mapping or list) indented `indent`; moves past it.
    fn value(&mut self, indent: usize, offset: usize, depth: usize) -> Option<Node<'a>> {
        let line = &self.lines[self.at];
        let rest = &line.content[offset..];
        let pos = line.pos(offset);
        self.at += 1;
        let value = if rest.is_empty() || rest.starts_with('#') {
            // The value is the block on the next lines, if any: deeper, or a
            // list at the key's own indentation (`key:\n- a`).
            match self.next_indent() {
                Some(next) if next > indent => self.block(next, depth + 1)?,
                Some(next) if next == indent && is_item(self.lines[self.at].content) => {
                    // serde-saphyr places a list at its key's indentation
                    // where its first item starts, not at the dash.
                    match self.block(next, depth + 1)? {
                        Node::Seq(items, dash) => {
                            let first = items.first().map_or(dash, Node::pos);
                            Node::Seq(items, first)
                        }
                        _ => return None,
                    }
                }
                _ => {
                    self.values.one_more(pos)?;
                    Node::Empty(pos)
                }
            }
        } else if rest.starts_with('|') {
            self.literal(indent, rest)?
        } else {
            let node = if rest.starts_with(['[', '{', '"', '\'']) {
                let mut cursor = Cursor::new(rest, &self.values);
                let node = if rest.starts_with(['[', '{']) {
                    cursor.flow(line, offset, depth)?
                } else {
                    cursor.quoted(line, offset)?
                };
                if !cursor.rest_is_comment() {
                    return None;
                }
                node
            } else {
                let text = block_plain(rest)?;
                self.values.one_more(pos)?;
                Node::Plain(text, pos)
            };
            // A deeper line after a one-line value would continue it (a
            // plain scalar over several lines) or be an error: both are
            // the full parser's.
            if self.next_indent().is_some_and(|next| next > indent) {
                return None;
            }
            node
        };
        Some(value)
    }

    /// A `|` block: the lines below, deeper than `indent`, as they are.
    fn literal(&mut self, indent: usize, header: &str) -> Option<Node<'a>> {
        // `|`, `|-` (no final line break) or `|+` (keep trailing blank
        // lines), then perhaps a comment. An explicit indentation (`|2`)
        // is the full parser's.
        let after = &header[1..];
        let (chomp, after) = match after.chars().next() {
            Some(c @ ('-' | '+')) => (Some(c), &after[1..]),
            _ => (None, after),
        };
        let comment = after.trim_start_matches(' ');
        if !(after.is_empty()
            || (after.starts_with(' ') && (comment.is_empty() || comment.starts_with('#'))))
        {
            return None;
        }
        // The block's indentation is that of its first line, where
        // serde-saphyr also places the text. A block that starts with blank
        // lines is left to it.
        let (body_indent, pos) = match self.lines.get(self.at) {
            Some(l) if !l.content.is_empty() && l.indent > indent => (l.indent, l.pos(0)),
            _ => return None,
        };
        self.values.one_more(pos)?;
        let mut lines: Vec<&str> = Vec::new();
        while let Some(line) = self.lines.get(self.at) {
            if line.content.is_empty() {
                // A blank line longer than the indentation: its spaces are
                // text, or an error before the first line; rare either way.
                if line.indent > body_indent {
                    return None;
                }
                lines.push("");
            } else if line.indent >= body_indent {
                lines.push(&line.text[body_indent..]);
            } else if line.indent > indent {
                // Text between the key's column and the block's: an error
                // for the full parser to word.
                return None;
            } else {
                break;
            }
            self.at += 1;
        }
        if self.at >= self.lines.len() && (chomp == Some('+') || !self.ends_with_break) {
            // The block runs to the end of the text: whether its last line
            // has a break is a question of the file's last byte; rare
            // enough to leave to the full parser.
            return None;
        }
        let mut trailing = 0;
        while lines.last().is_some_and(|l| l.is_empty()) {
            lines.pop();
            trailing += 1;
        }
        let mut text = lines.join("\n");
        match chomp {
            Some('-') => {}
            Some(_) => text.push_str(&"\n".repeat(trailing + 1)),
            None => text.push('\n'),
        }
        Some(Node::Text(text, pos))
    }
}
