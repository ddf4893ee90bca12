//! The three YAML slips editors make most, found in the text itself when the
//! parser fails, because the parser notices each of them somewhere else:
//!
//! - an unquoted title with a colon (`title: Bimtek WUB: Keripik Pisang`, the
//!   way official titles are written): the parser says "mapping values are
//!   not allowed", and the fix is quotes, not indentation;
//! - a quote that is never closed: the parser reads on to the next quote,
//!   lines later, and complains about a line that is right;
//! - a tab in the indentation: the parser reports the line above it.
//!
//! Each is said at the place the editor must change, with the corrected line.

use crate::diagnostics::Pos;
use crate::msg;

use super::YamlError;

/// A clearer error than the parser's, when the text shows one of the slips
/// near the place the parser stopped (`parser`, a line of the whole file).
pub(super) fn explain(
    text: &str,
    first_line: u32,
    parser: Pos,
    message: &str,
) -> Option<YamlError> {
    let lines: Vec<&str> = text.lines().collect();
    let stop = (parser.line.checked_sub(first_line)? as usize).min(lines.len().checked_sub(1)?);
    let at = |index: usize, column: usize| Pos::new(first_line + index as u32, column as u32 + 1);
    tab_in_indentation(&lines, stop, message.contains("tab"))
        .map(|(i, c)| tab_error(at(i, c)))
        .or_else(|| {
            unclosed_quote(&lines, stop).map(|(i, c, key, value)| quote_error(at(i, c), key, value))
        })
        .or_else(|| {
            colon_in_value(lines[stop]).map(|(c, key, value)| colon_error(at(stop, c), key, value))
        })
}

/// The line (index, column of the tab) whose indentation holds a tab: the
/// parser's line or the one after it (where it usually is), or any line
/// before when the parser said it met a tab.
fn tab_in_indentation(
    lines: &[&str],
    stop: usize,
    parser_saw_a_tab: bool,
) -> Option<(usize, usize)> {
    let from = if parser_saw_a_tab { 0 } else { stop };
    let to = (stop + 1).min(lines.len() - 1);
    (from..=to)
        .rev()
        .filter_map(|i| {
            let line = lines[i];
            let indent = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
            indent.find('\t').map(|c| (i, c))
        })
        .min_by_key(|(i, _)| i.abs_diff(stop))
}

fn tab_error(pos: Pos) -> YamlError {
    YamlError {
        pos,
        message: msg!(SLIP_TAB),
        hint: Some(msg!(SLIP_TAB_HINT)),
    }
}

/// `key: value` or `- value` in a block: the key (if any) and where the value
/// starts.
pub(super) fn split_value(line: &str) -> Option<(Option<&str>, usize)> {
    let skip_spaces =
        |from: usize| from + (line[from..].len() - line[from..].trim_start_matches(' ').len());
    let mut start = skip_spaces(0);
    let mut item = false;
    while line[start..].starts_with("- ") {
        item = true;
        start = skip_spaces(start + 2);
    }
    let body = &line[start..];
    if body.starts_with('#') {
        return None;
    }
    if let Some(colon) = body.find(": ") {
        let key = &body[..colon];
        let simple = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-');
        if simple {
            return Some((Some(key), skip_spaces(start + colon + 2)));
        }
    }
    item.then_some((None, start))
}

/// Whether `rest` (what follows an opening quote) closes it on this line.
fn closes(rest: &str, quote: char) -> bool {
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            ('"', '\\') => {
                chars.next();
            }
            ('\'', '\'') if chars.peek() == Some(&'\'') => {
                chars.next();
            }
            (q, c) if c == q => return true,
            _ => {}
        }
    }
    false
}

/// A line that starts a new key or list item, as the line after a value does.
fn starts_an_entry(line: &str) -> bool {
    split_value(line).is_some()
        || line.trim_end().ends_with(':') && !line.trim_start().starts_with('#')
}

/// The first value up to the parser's stop that opens a quote and does not
/// close it, when the next line starts a new entry: (index, column of the
/// quote, key, the value as written).
fn unclosed_quote<'a>(
    lines: &[&'a str],
    stop: usize,
) -> Option<(usize, usize, Option<&'a str>, &'a str)> {
    (0..=stop).find_map(|i| {
        let (key, start) = split_value(lines[i])?;
        let value = lines[i][start..].trim_end();
        let quote = value.chars().next().filter(|q| matches!(q, '"' | '\''))?;
        if closes(&value[1..], quote) {
            return None;
        }
        let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty())?;
        starts_an_entry(next).then_some((i, start, key, value))
    })
}

fn quote_error(pos: Pos, key: Option<&str>, value: &str) -> YamlError {
    let quote = &value[..1];
    let fixed = format!("{value}{quote}");
    let line = match key {
        Some(k) => format!("{k}: {fixed}"),
        None => format!("- {fixed}"),
    };
    YamlError {
        pos,
        message: msg!(SLIP_QUOTE, quote = quote),
        hint: Some(msg!(SLIP_QUOTE_HINT, line = line)),
    }
}

/// An unquoted value holding `: `: the column of that colon, the key and the
/// value as written.
fn colon_in_value(line: &str) -> Option<(usize, &str, &str)> {
    let (key, start) = split_value(line)?;
    let value = line[start..].trim_end();
    if value.starts_with(['"', '\'', '[', '{', '|', '>', '&', '*', '!']) {
        return None;
    }
    let text = value.split(" #").next().unwrap_or(value);
    let colon = text
        .find(": ")
        .or_else(|| text.ends_with(':').then(|| text.len() - 1))?;
    Some((start + colon, key?, text))
}

fn colon_error(pos: Pos, key: &str, value: &str) -> YamlError {
    let quoted = if value.contains('"') {
        format!("'{}'", value.replace('\'', "''"))
    } else {
        format!("\"{}\"", value.replace('\\', "\\\\"))
    };
    YamlError {
        pos,
        message: msg!(SLIP_COLON, key = key),
        hint: Some(msg!(SLIP_COLON_HINT, line = format!("{key}: {quoted}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slip(text: &str, parser_line: u32, message: &str) -> Option<YamlError> {
        explain(text, 1, Pos::new(parser_line, 1), message)
    }

    #[test]
    fn a_colon_in_an_unquoted_title_asks_for_quotes() {
        let e = slip(
            "title: Bimtek WUB: Pengolahan Keripik Pisang\nstart: 2024-06-24\n",
            1,
            "mapping values",
        )
        .unwrap();
        // At the colon the parser cannot read, the second one on the line.
        assert_eq!(e.pos, Pos::new(1, 18));
        assert!(
            e.hint
                .unwrap()
                .contains(r#"`title: "Bimtek WUB: Pengolahan Keripik Pisang"`"#),
        );
    }

    #[test]
    fn an_unclosed_quote_is_reported_where_it_opens() {
        let text = "title: A\nsummary: \"Pelatihan dua hari\nstart: 2024-06-24\norganizers: [a]\ncontact: { phone: \"+62\" }\n";
        let e = slip(text, 5, "invalid trailing content").unwrap();
        assert_eq!(e.pos, Pos::new(2, 10));
        assert!(
            e.hint
                .unwrap()
                .contains(r#"`summary: "Pelatihan dua hari"`"#)
        );
    }

    #[test]
    fn a_tab_is_reported_on_its_own_line() {
        let text = "venues:\n  - name: Balai\n    address: Jalan 1\n\t  role: theory\n";
        let e = slip(text, 3, "while scanning a plain scalar, found a tab").unwrap();
        assert_eq!(e.pos, Pos::new(4, 1));
    }

    #[test]
    fn correct_lines_are_not_blamed() {
        // Quotes closed, colons quoted, tabs only inside a block text: the
        // parser's own message stands.
        let text = "title: \"A: B\"\nnote: 'it''s'\nurl: https://x.go.id/a\ndescription: |\n  kode:\n    \tx\nbad: [\n";
        assert!(slip(text, 7, "did not find expected node").is_none());
    }
}
