//! A list where one text belongs (`title: [A, B]`) and one text where a
//! list belongs (`organizers: dinas-a`): the parser says "expected string
//! scalar" or "expected sequence start"; the editor is told which key wants
//! what, with the corrected line.

use crate::diagnostics::Pos;
use crate::msg;

use super::YamlError;
use super::slips::split_value;

/// A clearer error than the parser's type error `said` at `parser` (a
/// place in the whole file), when the text there shows which key it is.
pub(super) fn explain(text: &str, first_line: u32, parser: Pos, said: &str) -> Option<YamlError> {
    let lines: Vec<&str> = text.lines().collect();
    let index = parser.line.checked_sub(first_line)? as usize;
    let line = *lines.get(index)?;
    let column = byte_of_column(line, parser.column)?;
    let pos = parser;
    if said.contains("expected mapping")
        && let Some(found) = one_line_photo(&lines, index, column, pos)
    {
        return Some(found);
    }
    if said.contains("expected string") {
        let (key, items) = list_at(&lines, index, column)?;
        let fixed = format!("{key}: {}", as_one_text(&items.join(", ")));
        return Some(YamlError {
            pos,
            message: msg!(SHAPE_LIST_FOR_TEXT, key = key),
            hint: Some(msg!(SHAPE_LIST_FOR_TEXT_HINT, line = fixed)),
        });
    }
    if said.contains("expected sequence") {
        let (key, start) = split_value(line)?;
        let key = key.filter(|_| start == column)?;
        let value = without_comment(&line[start..]);
        if value.is_empty() || value.starts_with(['[', '{', '|', '>', '&', '*', '!']) {
            return None;
        }
        return Some(YamlError {
            pos,
            message: msg!(SHAPE_TEXT_FOR_LIST, key = key),
            hint: Some(msg!(
                SHAPE_TEXT_FOR_LIST_HINT,
                line = format!("{key}: [{value}]")
            )),
        });
    }
    None
}

/// The keys whose value is a photo (`model::Image`), or a list of them.
const PHOTO_KEYS: &[&str] = &["image", "logo", "share_image", "gallery"];

/// `image: /images/x.jpg`, the form news had before photos needed a
/// description: the error shows the lines to write, its path filled in.
fn one_line_photo(lines: &[&str], index: usize, column: usize, pos: Pos) -> Option<YamlError> {
    let line = lines[index];
    let key = match split_value(line)? {
        (Some(key), start) if start == column => key,
        _ => list_at(lines, index, column)?.0,
    };
    if !PHOTO_KEYS.contains(&key) {
        return None;
    }
    let src = without_comment(line.get(column..)?).trim_matches(['"', '\'']);
    Some(YamlError {
        pos,
        message: msg!(SHAPE_PHOTO_ONE_LINE, key = key),
        hint: Some(if key == "gallery" {
            msg!(SHAPE_PHOTO_ITEM_ONE_LINE_HINT, src = src)
        } else {
            msg!(SHAPE_PHOTO_ONE_LINE_HINT, key = key, src = src)
        }),
    })
}

/// The byte offset of 1-based character `column` in `line`.
fn byte_of_column(line: &str, column: u32) -> Option<usize> {
    let column = column.checked_sub(1)? as usize;
    line.char_indices()
        .map(|(i, _)| i)
        .chain([line.len()])
        .nth(column)
}

/// The value without a trailing ` # comment` and spaces.
fn without_comment(value: &str) -> &str {
    value.split(" #").next().unwrap_or(value).trim()
}

/// The key and the items of the list at byte `column` of line `index`:
/// `key: [a, b]` on the line, or `- a` lines below `key:`.
fn list_at<'a>(lines: &[&'a str], index: usize, column: usize) -> Option<(&'a str, Vec<&'a str>)> {
    let line = lines[index];
    if let (Some(key), start) = split_value(line)?
        && start == column
    {
        let value = without_comment(&line[start..]);
        let inner = value.strip_prefix('[')?.strip_suffix(']')?;
        let items = inner.split(',').map(str::trim).filter(|i| !i.is_empty());
        return Some((key, items.collect()));
    }
    // `- a` lines: the key is the line above them that ends with `key:`.
    let dash = line.len() - line.trim_start().len();
    let is_item = |l: &str| l.len() > dash && l[dash..].starts_with("- ");
    let first = (0..=index)
        .rev()
        .take_while(|&i| is_item(lines[i]))
        .last()?;
    let key = lines[..first]
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?
        .trim()
        .strip_suffix(':')?;
    let items = lines[first..]
        .iter()
        .take_while(|l| is_item(l))
        .map(|l| without_comment(&l[dash + 2..]))
        .collect();
    Some((key, items))
}

/// `text` as one value on a line: in quotes when it would not read as
/// plain text.
fn as_one_text(text: &str) -> String {
    let plain = !text.contains(": ")
        && !text.contains(" #")
        && !text.starts_with([
            '[', '{', '"', '\'', '&', '*', '!', '|', '>', '%', '@', '`', '-',
        ]);
    if plain {
        text.to_string()
    } else {
        format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint(text: &str, at: Pos, said: &str) -> Option<String> {
        explain(text, 1, at, said).map(|e| e.hint.unwrap().en().to_string())
    }

    #[test]
    fn a_list_for_text_is_told_with_the_line_as_one_text() {
        let text = "title: [A, B]\nstart: 2024-01-01\n";
        let h = hint(text, Pos::new(1, 8), "expected string scalar").unwrap();
        assert!(h.contains("`title: A, B`"), "{h}");
        let text = "title:\n  - Bimtek\n  - WUB: Keripik\nstart: 2024-01-01\n";
        let h = hint(text, Pos::new(2, 5), "expected string scalar").unwrap();
        assert!(h.contains(r#"`title: "Bimtek, WUB: Keripik"`"#), "{h}");
    }

    #[test]
    fn text_for_a_list_is_put_in_brackets() {
        let text = "title: A\norganizers: dinas-a, dinas-b # dua\n";
        let h = hint(text, Pos::new(2, 13), "expected sequence start").unwrap();
        assert!(h.contains("`organizers: [dinas-a, dinas-b]`"), "{h}");
        // Keys below where a list belongs: the parser's message stands.
        let text = "organizers:\n  name: x\n";
        assert!(hint(text, Pos::new(2, 3), "expected sequence start").is_none());
    }
}
