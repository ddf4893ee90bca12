//! Where a character of a YAML value was written in its file.
//!
//! A parser gives a scalar's text unindented, folded and unescaped, and one
//! position: where the scalar starts (both our plain reader and
//! serde-saphyr place a block scalar, `|` or `>`, at its first line of
//! text, and a quoted one at its opening quote). A problem found inside the
//! value, such as a broken link in a program's `description: |`, needs its
//! own line and column: [`in_value`] finds them by walking the file's text
//! from the scalar's start alongside the value. The walk depends only on the
//! text and that start, so the place is the same whichever reader read the
//! file.

use crate::diagnostics::{LineIndex, Pos};

/// The line and column (in characters) of a byte offset in `text`; for
/// more than a few places in one text, [`LineIndex`].
pub fn pos_at(text: &str, offset: usize) -> Pos {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    Pos::new(line as u32, column as u32)
}

/// The byte offset of `pos` in `text`, if the text has that place.
fn offset_of(text: &str, pos: Pos) -> Option<usize> {
    let mut line_start = 0;
    for _ in 1..pos.line {
        line_start += text[line_start..].find('\n')? + 1;
    }
    let line = &text[line_start..];
    let column = pos.column.checked_sub(1)? as usize;
    let in_line = match line.char_indices().nth(column) {
        Some((i, _)) => i,
        None if line.chars().count() == column => line.len(),
        None => return None,
    };
    Some(line_start + in_line)
}

/// The place in `file` of byte `offset` of `value`, a scalar the parser
/// placed at `value_pos`. When the walk cannot follow the text (a style it
/// does not know), the value's own place.
pub fn in_value(file: &str, value_pos: Pos, value: &str, offset: usize) -> Pos {
    in_value_all(file, value_pos, value, &[offset])[0]
}

/// [`in_value`] for many offsets of one value at once, in one walk: a
/// description with thousands of problems is walked once, not once per
/// problem. The places come in the order of `offsets`.
pub fn in_value_all(file: &str, value_pos: Pos, value: &str, offsets: &[usize]) -> Vec<Pos> {
    let Some(start) = offset_of(file, value_pos) else {
        return vec![value_pos; offsets.len()];
    };
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let targets: Vec<usize> = order.iter().map(|&i| offsets[i]).collect();
    let raw = &file[start..];
    let quote = raw.chars().next().filter(|c| matches!(c, '"' | '\''));
    let found = quote
        .and_then(|q| walk(raw, Style::Quoted(q), value, &targets))
        .or_else(|| walk(raw, Style::Block, value, &targets))
        .or_else(|| {
            // A parser that places a block scalar at its `|` or `>`: the
            // text starts on the next line.
            let header_end = raw.find('\n')? + 1;
            let found = (raw.starts_with(['|', '>']))
                .then(|| walk(&raw[header_end..], Style::Block, value, &targets))
                .flatten()?;
            Some(found.into_iter().map(|o| header_end + o).collect())
        });
    let mut places = vec![value_pos; offsets.len()];
    if let Some(found) = found {
        let lines = LineIndex::new(file);
        for (&i, o) in order.iter().zip(found) {
            places[i] = lines.pos(file, start + o);
        }
    }
    places
}

#[derive(Clone, Copy)]
enum Style {
    /// Plain, `|` or `>`: the text as written, less indentation and folds.
    Block,
    /// `"..."` (with escapes) or `'...'` (with `''`).
    Quoted(char),
}

/// The offsets in `raw` of the bytes `targets` (in ascending order) of
/// `value`, walking both once; `None` when `value` is not what `raw` says in
/// this style.
///
/// Each character of the value is the next one of the text, or (in double
/// quotes) the next escape; a space or line break of the value may also be
/// a fold, which has no character of its own. Before any other character,
/// the text's spaces and line breaks (indentation, folds) are skipped.
fn walk(raw: &str, style: Style, value: &str, targets: &[usize]) -> Option<Vec<usize>> {
    let mut at = match style {
        Style::Quoted(_) => 1,
        Style::Block => 0,
    };
    let mut found = Vec::with_capacity(targets.len());
    for (i, c) in value.char_indices() {
        let len = match encodes(raw, at, c, style) {
            Some(len) => len,
            None if matches!(c, ' ' | '\n' | '\t' | '\r') => 0, // a fold
            None => {
                at = skip_space(raw, at, style);
                encodes(raw, at, c, style)?
            }
        };
        while targets.get(found.len()).is_some_and(|&t| i >= t) {
            found.push(at);
        }
        at += len;
    }
    if let Style::Quoted(q) = style
        && !raw[skip_space(raw, at, style)..].starts_with(q)
    {
        return None;
    }
    found.resize(targets.len(), at);
    Some(found)
}

/// How many bytes of `raw` at `at` stand for `c` in this style, if they do.
fn encodes(raw: &str, at: usize, c: char, style: Style) -> Option<usize> {
    let rest = raw.get(at..)?;
    match style {
        Style::Quoted('"') if rest.starts_with('\\') => {
            let (decoded, len) = escape(rest)?;
            (decoded == c).then_some(len)
        }
        Style::Quoted('"') if rest.starts_with('"') => None,
        Style::Quoted(_) if rest.starts_with("''") => (c == '\'').then_some(2),
        Style::Quoted(_) if rest.starts_with('\'') => None,
        _ => rest.starts_with(c).then_some(c.len_utf8()),
    }
}

/// The offset after the spaces and line breaks at `at` (and, in double
/// quotes, escaped line breaks).
fn skip_space(raw: &str, mut at: usize, style: Style) -> usize {
    let bytes = raw.as_bytes();
    loop {
        match bytes.get(at) {
            Some(b' ' | b'\t' | b'\r' | b'\n') => at += 1,
            Some(b'\\')
                if matches!(style, Style::Quoted('"'))
                    && matches!(bytes.get(at + 1), Some(b'\n' | b'\r')) =>
            {
                at += 2;
            }
            _ => return at,
        }
    }
}

/// The character a double-quoted escape at the start of `s` stands for, and
/// its length.
fn escape(s: &str) -> Option<(char, usize)> {
    let e = s[1..].chars().next()?;
    let hex = |n: usize| {
        let digits = s.get(2..2 + n)?;
        let code = u32::from_str_radix(digits, 16).ok()?;
        Some((char::from_u32(code)?, 2 + n))
    };
    let c = match e {
        'x' => return hex(2),
        'u' => return hex(4),
        'U' => return hex(8),
        '0' => '\0',
        'a' => '\u{7}',
        'b' => '\u{8}',
        't' | '\t' => '\t',
        'n' => '\n',
        'v' => '\u{b}',
        'f' => '\u{c}',
        'r' => '\r',
        'e' => '\u{1b}',
        ' ' => ' ',
        '"' => '"',
        '/' => '/',
        '\\' => '\\',
        'N' => '\u{85}',
        '_' => '\u{a0}',
        'L' => '\u{2028}',
        'P' => '\u{2029}',
        _ => return None,
    };
    Some((c, 1 + e.len_utf8()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProgramRecord;

    /// Where each reader says the link `[x]` of the description is.
    fn link_places(description: &str) -> Vec<Pos> {
        let text = format!(
            "title: P\nstart: 2024-06-24\norganizers: [dinas-a]\ndescription: {description}\nsector: A\n"
        );
        let place = |r: ProgramRecord| {
            let d = r.description.unwrap();
            let offset = d.value.find("[x]").unwrap();
            in_value(&text, d.pos, &d.value, offset)
        };
        let mut places = vec![place(super::super::parse_full(&text, 1).unwrap())];
        if let Some(r) = super::super::parse_plain(&text, 1) {
            places.push(place(r.unwrap()));
        }
        places
    }

    #[test]
    fn a_link_inside_a_value_is_placed_where_it_was_written() {
        for (description, line, column) in [
            ("|\n  Baris satu.\n  Lihat [x](/y/)", 6, 9),
            ("|+\n  Baris satu.\n  Lihat [x](/y/)\n", 6, 9),
            ("|-\n  Baris satu.\n\n    Lihat [x](/y/)", 7, 11),
            ("|   # komentar\n\n  Baris satu.\n  Lihat [x](/y/)", 7, 9),
            (">\n  Baris satu.\n  Lihat [x](/y/)", 6, 9),
            (">-\n  Baris satu.\n\n  Lihat [x](/y/)", 7, 9),
            ("\"Baris satu.\\n  Lihat [x](/y/)\"", 4, 36),
            ("\"Baris \\\"satu\\\".\n  Lihat\\\n  [x](/y/)\"", 6, 3),
            ("\"\\u00e9 \\x41\\t [x](/y/)\"", 4, 29),
            ("'Baris ''satu''.\n  Lihat [x](/y/)'", 5, 9),
            ("Baris satu.\n  Lihat [x](/y/)", 5, 9),
            ("Baris é [x](/y/)", 4, 22),
            ("|\n  é Baris satu.\n  Lihat [x](/y/)", 6, 9),
        ] {
            let places = link_places(description);
            for p in &places {
                assert_eq!(
                    (p.line, p.column),
                    (line, column),
                    "{description:?}: {places:?}"
                );
            }
        }
    }

    #[test]
    fn positions_and_offsets_count_lines_and_characters() {
        assert_eq!(pos_at("ab\ncé d", 7), Pos::new(2, 4));
        assert_eq!(pos_at("ab", 99), Pos::new(1, 3));
        // Inside a multi-byte character: the character's start.
        assert_eq!(pos_at("é", 1), Pos::new(1, 1));
        assert_eq!(offset_of("ab\ncé d", Pos::new(2, 4)), Some(7));
        assert_eq!(offset_of("ab\n", Pos::new(1, 3)), Some(2));
        assert_eq!(offset_of("ab\n", Pos::new(3, 1)), None);
    }

    #[test]
    fn a_value_the_walk_cannot_follow_keeps_its_own_place() {
        let at = Pos::new(1, 4);
        assert_eq!(in_value("a: b\n", at, "something else", 3), at);
        assert_eq!(in_value("a: b\n", Pos::new(9, 1), "b", 0), Pos::new(9, 1));
    }
}
