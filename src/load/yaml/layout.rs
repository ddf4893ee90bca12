//! Two slips of layout the parser words as grammar: a key indented one
//! space more or less than the keys it belongs with ("mapping values are
//! not allowed", "did not find expected key"), and a value written on the
//! line below its key ("simple key expected ':'"). Each is said on the
//! line to change, with what to write there.

use crate::diagnostics::Pos;
use crate::msg;

use super::YamlError;
use super::slips::split_value;

/// The parser's words for the errors these slips cause.
const LAYOUT_WORDS: &[&str] = &[
    "mapping values are not allowed",
    "expected key",
    "block mapping",
    "'-' indicator",
    "block collection",
    "block sequence",
    "simple key",
    "expected ':'",
    "indentation",
];

/// A clearer error than the parser's `said` at `parser` (a line of the
/// whole file), when its line is a value below its key or out of line.
pub(super) fn explain(text: &str, first_line: u32, parser: Pos, said: &str) -> Option<YamlError> {
    if !LAYOUT_WORDS.iter().any(|w| said.contains(w)) {
        return None;
    }
    let lines: Vec<&str> = text.lines().collect();
    let stop = parser.line.checked_sub(first_line)? as usize;
    let line = *lines.get(stop)?;
    let indent = indent_of(line);
    if line[indent..].is_empty() {
        return None;
    }
    let pos = Pos::new(parser.line, indent as u32 + 1);
    value_below_key(&lines, stop, pos).or_else(|| out_of_line(&lines, stop, first_line, pos))
}

pub(super) fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// The content lines above line `index`, nearest first: (index, line).
fn above<'a>(lines: &[&'a str], index: usize) -> impl Iterator<Item = (usize, &'a str)> {
    lines[..index]
        .iter()
        .copied()
        .enumerate()
        .rev()
        .filter(|(_, l)| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        })
}

/// `title:` then `Judul` on the next line, no deeper than the key.
fn value_below_key(lines: &[&str], stop: usize, pos: Pos) -> Option<YamlError> {
    let line = lines[stop];
    let value = line.trim();
    if split_value(line).is_some() || value.ends_with(':') || value.contains(": ") {
        return None;
    }
    let (_, above) = above(lines, stop).next()?;
    let key = above.trim_end().strip_suffix(':')?.trim_start();
    let simple = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'));
    if !simple || indent_of(line) > indent_of(above) {
        return None;
    }
    let fixed = format!("{}{key}: {value}", &above[..indent_of(above)]);
    Some(YamlError {
        pos,
        message: msg!(LAYOUT_VALUE_BELOW, key = key),
        hint: Some(msg!(
            LAYOUT_VALUE_BELOW_HINT,
            line = fixed.trim_start().to_string()
        )),
    })
}

/// Where an entry may start, seen from a line below: a column, the line
/// (index) that starts there and what starts there (a key, or `-`).
struct Column<'a> {
    at: usize,
    index: usize,
    what: &'a str,
}

/// The columns open at line `index`: each key or list item above it that
/// is less indented than everything between, nearest first.
fn open_columns<'a>(lines: &[&'a str], index: usize) -> Vec<Column<'a>> {
    let mut columns = Vec::new();
    let mut least = usize::MAX;
    for (i, line) in above(lines, index) {
        let indent = indent_of(line);
        let content = &line[indent..];
        let key_of = |c: &'a str| c.split_once(':').map(|(k, _)| k.trim());
        if let Some(rest) = content.strip_prefix("- ") {
            let key_column = indent + 2 + (rest.len() - rest.trim_start().len());
            if key_column < least
                && let Some(key) = key_of(rest.trim_start())
            {
                columns.push(Column {
                    at: key_column,
                    index: i,
                    what: key,
                });
            }
        }
        if indent < least {
            let what = if content.starts_with('-') {
                "-"
            } else {
                key_of(content).unwrap_or(content)
            };
            columns.push(Column {
                at: indent,
                index: i,
                what,
            });
            least = indent;
        }
        if least == 0 {
            break;
        }
    }
    columns
}

/// A key or list item indented to no column open above it.
fn out_of_line(lines: &[&str], stop: usize, first_line: u32, pos: Pos) -> Option<YamlError> {
    let line = lines[stop];
    let have = indent_of(line);
    let content = &line[have..];
    let item = content == "-" || content.starts_with("- ");
    let key = match item {
        true => "-",
        false => content.split_once(':').map(|(k, _)| k.trim())?,
    };
    let (_, previous) = above(lines, stop).next()?;
    if previous.trim_end().ends_with(':') && have > indent_of(previous) {
        return None; // the first line of a deeper block: any depth will do
    }
    let columns = open_columns(lines, stop);
    if columns.iter().any(|c| c.at == have) {
        return None;
    }
    // The nearest column; between two as near, the deeper one (the sibling
    // above), and an item lines up with items where there are any.
    let same_kind = |c: &&Column| (c.what == "-") == item;
    let pool: Vec<&Column> = match columns.iter().filter(same_kind).count() {
        0 => columns.iter().collect(),
        _ => columns.iter().filter(same_kind).collect(),
    };
    let best = pool.iter().min_by_key(|c| c.at.abs_diff(have))?;
    let other_line = first_line + best.index as u32;
    let (message, hint) = if item {
        (
            msg!(LAYOUT_ITEM_INDENT, line = other_line),
            msg!(
                LAYOUT_ITEM_INDENT_HINT,
                want = best.at,
                have = have,
                line = other_line
            ),
        )
    } else {
        (
            msg!(
                LAYOUT_KEY_INDENT,
                key = key,
                other = best.what,
                line = other_line
            ),
            msg!(
                LAYOUT_KEY_INDENT_HINT,
                want = best.at,
                have = have,
                key = key,
                other = best.what
            ),
        )
    };
    Some(YamlError {
        pos,
        message,
        hint: Some(hint),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(text: &str, line: u32, words: &str) -> Option<(Pos, String, String)> {
        let e = explain(text, 1, Pos::new(line, 1), words)?;
        Some((
            e.pos,
            e.message.en().to_string(),
            e.hint.unwrap().en().to_string(),
        ))
    }

    #[test]
    fn a_key_one_space_off_is_told_which_key_to_line_up_with() {
        let text = "title: A\nregion:\n  province: Jatim\n   regency: Jember\n";
        let (pos, message, hint) = said(text, 4, "mapping values are not allowed").unwrap();
        assert_eq!(pos, Pos::new(4, 4));
        assert_eq!(
            message,
            "`regency` does not line up with `province` on line 3"
        );
        assert!(hint.contains("2 spaces instead of 3"), "{hint}");
        let text = "title: A\nregion:\n  province: Jatim\n regency: Jember\n";
        let (_, message, _) = said(text, 4, "did not find expected key").unwrap();
        assert!(message.contains("`province` on line 3"), "{message}");
        let text = "title: A\n start: 2024-01-01\n";
        let (_, message, hint) = said(text, 2, "mapping values are not allowed").unwrap();
        assert!(message.contains("`title` on line 1"), "{message}");
        assert!(hint.contains("0 spaces instead of 1"), "{hint}");
    }

    #[test]
    fn a_list_item_off_lines_up_with_the_items_above() {
        let text = "curriculum:\n  - title: x\n    kind: theory\n   - title: y\n";
        let (_, message, hint) = said(text, 4, "did not find expected '-' indicator").unwrap();
        assert!(message.contains("on line 2"), "{message}");
        assert!(hint.contains("2 spaces instead of 3"), "{hint}");
    }

    #[test]
    fn a_value_below_its_key_is_put_on_the_keys_line() {
        let text = "title:\nJudul Pelatihan\nstart: 2024-01-01\n";
        let (pos, _, hint) = said(text, 2, "simple key expected ':'").unwrap();
        assert_eq!(pos, Pos::new(2, 1));
        assert!(hint.contains("`title: Judul Pelatihan`"), "{hint}");
    }

    #[test]
    fn lines_in_line_are_not_blamed() {
        let text = "title: A\nregion:\n  province: Jatim\n  regency: [\n";
        assert!(said(text, 4, "did not find expected key").is_none());
        assert!(said("title: A\n", 1, "expected string scalar").is_none());
    }
}
