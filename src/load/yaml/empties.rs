//! An empty value is the same as no value: `end: ""`, `end: ''`,
//! `end: null` and `end:` all mean "no end", and a mapping whose values are
//! all empty (`image: {src: "", alt: ""}`) means "no photo".
//!
//! Why here, before either reader: the browser CMS (Decap) writes a field
//! the editor filled and then cleared as `""` (texts, numbers, dates) or
//! `null` (selects), and keeps an object whose fields were all cleared.
//! Saves through its git backends never pass through warta, so the rule
//! must hold wherever warta reads YAML, for every field at once. Blanking
//! those values to spaces turns them into YAML's null for both readers
//! (ours and serde-saphyr) without moving anything: every later line and
//! column stays where it was, so positions in errors stay exact. An
//! optional field then reads as absent; a required one meets
//! [`explain`]'s "must be filled in" at its own line.
//!
//! Items of a list are left as they are: `- ""` is an item someone wrote.

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};

use crate::diagnostics::Pos;
use crate::msg;

use super::YamlError;
use super::slips::split_value;

/// `text` with its empty values blanked, or `None` when it has none (or
/// does not parse: the real reader reports that).
pub(super) fn blank(text: &str) -> Option<String> {
    if !may_have_empties(text) {
        return None;
    }
    let ranges = empty_ranges(text)?;
    if ranges.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (start, end) in ranges {
        if start < from || end > text.len() {
            continue;
        }
        out.push_str(text.get(from..start)?);
        // One space per character, newlines kept: columns count characters.
        for c in text.get(start..end)?.chars() {
            out.push(if matches!(c, '\n' | '\r') { c } else { ' ' });
        }
        from = end;
    }
    out.push_str(text.get(from..)?);
    Some(out)
}

/// A cheap look before the parse: quoted empties, nulls, or an indented
/// key with nothing after it (a field of a nested mapping left empty).
/// Ordinary records have none of these and pay nothing more.
fn may_have_empties(text: &str) -> bool {
    text.contains("\"\"")
        || text.contains("''")
        || text.contains("null")
        || text.contains('~')
        || text.lines().any(|line| {
            let body = line.trim_end();
            body.starts_with(' ') && body.ends_with(':') && !body.trim_start().starts_with('-')
        })
}

/// What is open while walking the events.
struct Frame {
    /// Byte where the collection starts.
    start: usize,
    /// Byte where its last value ends.
    last_end: usize,
    mapping: bool,
    /// In a mapping: whether the next scalar is a key.
    key_next: bool,
    all_empty: bool,
    /// Byte ranges inside it to blank if it is kept.
    blanks: Vec<(usize, usize)>,
}

/// The byte ranges to blank, in order; `None` if the text does not parse.
fn empty_ranges(text: &str) -> Option<Vec<(usize, usize)>> {
    let mut open: Vec<Frame> = Vec::new();
    let mut done: Vec<(usize, usize)> = Vec::new();
    for event in Parser::new_from_str(text) {
        let (event, span) = event.ok()?;
        let start = span.start.byte_offset()?;
        let end = span.end.byte_offset()?;
        match event {
            Event::MappingStart(..) | Event::SequenceStart(..) => open.push(Frame {
                start,
                last_end: start,
                mapping: matches!(event, Event::MappingStart(..)),
                key_next: true,
                all_empty: true,
                blanks: Vec::new(),
            }),
            Event::Scalar(value, style, ..) => {
                if let Some(top) = open.last_mut()
                    && top.mapping
                    && top.key_next
                {
                    top.key_next = false;
                    continue;
                }
                let empty = match style {
                    ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => value.is_empty(),
                    ScalarStyle::Plain => {
                        matches!(value.as_ref(), "" | "~" | "null" | "Null" | "NULL")
                    }
                    _ => false,
                };
                let quoted = empty && style != ScalarStyle::Plain;
                let whole = quoted.then_some((start, end));
                finish(&mut open, &mut done, empty, whole, Vec::new(), end);
            }
            Event::Alias(_) => finish(&mut open, &mut done, false, None, Vec::new(), end),
            Event::MappingEnd | Event::SequenceEnd => {
                let frame = open.pop()?;
                let flow = text.as_bytes().get(frame.start).is_some_and(|b| *b == b'{');
                let close = if flow {
                    end.max(frame.last_end)
                } else {
                    frame.last_end
                };
                let empty = frame.mapping && frame.all_empty;
                let whole = (empty && close > frame.start).then_some((frame.start, close));
                finish(&mut open, &mut done, empty, whole, frame.blanks, close);
            }
            _ => {}
        }
    }
    done.sort_unstable();
    Some(done)
}

/// A value has ended: tell the collection holding it. An empty value of a
/// mapping is blanked whole; anything else keeps only its inner blanks.
fn finish(
    open: &mut [Frame],
    done: &mut Vec<(usize, usize)>,
    empty: bool,
    whole: Option<(usize, usize)>,
    inner: Vec<(usize, usize)>,
    end: usize,
) {
    let Some(parent) = open.last_mut() else {
        done.extend(inner);
        return;
    };
    parent.last_end = parent.last_end.max(end);
    if !parent.mapping {
        done.extend(inner);
        return;
    }
    parent.key_next = true;
    if !empty {
        parent.all_empty = false;
        parent.blanks.extend(inner);
    } else if let Some(range) = whole {
        parent.blanks.push(range);
    }
}

/// The parser met a null where a value is required: if the line at `pos`
/// is `key:` with an empty value, say that the key must be filled in.
pub(super) fn explain(text: &str, first_line: u32, pos: Pos, said: &str) -> Option<YamlError> {
    if !said.contains("null") && !said.contains("invalid type") {
        return None;
    }
    let lines: Vec<&str> = text.lines().collect();
    let index = pos.line.checked_sub(first_line)? as usize;
    // serde-saphyr may place a null at the start of the next line.
    for row in [Some(index), index.checked_sub(1)].into_iter().flatten() {
        let Some(line) = lines.get(row).map(|l| l.trim_end()) else {
            continue;
        };
        let spaced = format!("{line} ");
        let Some((Some(key), value_at)) = split_value(&spaced) else {
            continue;
        };
        if line.get(value_at..).is_none_or(|v| v.trim().is_empty()) {
            let column = line.len() - line.trim_start_matches([' ', '-']).len() + 1;
            return Some(YamlError {
                pos: Pos::new(first_line + row as u32, column as u32),
                message: msg!(YAML_EMPTY_REQUIRED, key = key),
                hint: Some(msg!(YAML_EMPTY_REQUIRED_HINT, key = key)),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_empties_become_nulls_in_place() {
        let text = "title: A\nend: \"\"\nsummary: ''\n";
        assert_eq!(blank(text).unwrap(), "title: A\nend:   \nsummary:   \n");
    }

    #[test]
    fn a_mapping_of_empties_goes_whole() {
        let text = "title: A\nimage:\n  src: \"\"\n  alt: ''\nend: x\n";
        assert_eq!(
            blank(text).unwrap(),
            "title: A\nimage:\n         \n         \nend: x\n"
        );
        let flow = "image: {src: \"\", alt: null}\nend: x\n";
        assert_eq!(
            blank(flow).unwrap(),
            "image:                     \nend: x\n"
        );
    }

    #[test]
    fn a_mapping_with_one_value_keeps_it() {
        let text = "region:\n  province: Jawa Timur\n  regency: \"\"\n";
        assert_eq!(
            blank(text).unwrap(),
            "region:\n  province: Jawa Timur\n  regency:   \n"
        );
    }

    #[test]
    fn list_items_and_filled_values_stay() {
        assert_eq!(blank("tags: [\"\", a]\ntitle: A\n"), None);
        assert_eq!(blank("title: A\nstart: 2024-01-01\n"), None);
    }
}
