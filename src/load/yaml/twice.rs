//! A key written twice in one record: the parser points at the second; the
//! editor also needs the first, to choose which one to keep.

use crate::diagnostics::Pos;
use crate::msg;

use super::YamlError;

/// The error for the key at `second` (a place in the whole file) that was
/// written before in the same mapping; `key` as the parser names it.
pub(super) fn explain(text: &str, first_line: u32, second: Pos, key: Option<&str>) -> YamlError {
    let lines: Vec<&str> = text.lines().collect();
    let column = second.column.saturating_sub(1) as usize;
    let index = second.line.checked_sub(first_line).map(|i| i as usize);
    let written = index.and_then(|i| key_at(lines.get(i)?, column));
    let key = key.or(written).unwrap_or("?");
    let first = index.and_then(|i| first_place(&lines[..i.min(lines.len())], column, key));
    let (message, hint) = match first {
        Some(i) => {
            let line = first_line + i as u32;
            (
                msg!(YAML_KEY_TWICE, key = key, first = line),
                msg!(YAML_KEY_TWICE_HINT, first = line),
            )
        }
        None => (
            msg!(YAML_KEY_TWICE_SOMEWHERE, key = key),
            msg!(YAML_KEY_TWICE_SOMEWHERE_HINT),
        ),
    };
    YamlError {
        pos: second,
        message,
        hint: Some(hint),
    }
}

/// The key written at byte `column` of `line`, if a `key:` starts there.
fn key_at(line: &str, column: usize) -> Option<&str> {
    let rest = line.get(column..)?;
    let end = rest.find(':')?;
    let key = rest[..end].trim_end();
    (!key.is_empty() && !key.contains([' ', '{', '[', ','])).then_some(key)
}

/// The index of the line above (the `lines` given) where `key` was first
/// written in the same block mapping, whose keys start at `column`. The walk
/// stops where the mapping starts: a line less indented, or the `- ` that
/// opens a list item.
fn first_place(lines: &[&str], column: usize, key: &str) -> Option<usize> {
    for (i, line) in lines.iter().enumerate().rev() {
        let content = line.trim_start_matches(' ');
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let indent = line.len() - content.len();
        // `- key: value`: a key at the dash's column plus the dash and spaces.
        let after_dash = content
            .strip_prefix("- ")
            .map(|rest| indent + 2 + (rest.len() - rest.trim_start().len()));
        let key_column = after_dash.unwrap_or(indent);
        if key_column == column && key_at(line, column) == Some(key) {
            return Some(i);
        }
        if indent < column || (after_dash.is_some() && key_column <= column) {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_second_key_is_reported_with_the_line_of_the_first() {
        let text = "title: A\nstart: 2024-01-01\ntitle: B\n";
        let e = explain(text, 1, Pos::new(3, 1), Some("title"));
        assert_eq!(e.pos, Pos::new(3, 1));
        assert_eq!(
            e.message.en(),
            "the key `title` appears twice: here and on line 1"
        );
    }

    #[test]
    fn only_keys_of_the_same_mapping_count() {
        // `name` of the first venue is not the second venue's.
        let text = "venues:\n  - name: A\n  - name: B\n    role: theory\n    name: C\n";
        let e = explain(text, 2, Pos::new(6, 5), Some("name"));
        assert!(e.message.en().contains("on line 4"), "{e:?}");
        let text = "region:\n  name: A\nname: B\nname: C\n";
        let e = explain(text, 1, Pos::new(4, 1), Some("name"));
        assert!(e.message.en().contains("on line 3"), "{e:?}");
    }
}
