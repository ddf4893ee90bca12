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
use super::layout::indent_of;
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
/// Ordinary records have none of these and pay nothing more. The parse
/// costs as much as reading the record itself (a program's `indicators:`
/// under `outcomes:` made every program pay it), so a key whose value
/// follows on the next lines does not count.
fn may_have_empties(text: &str) -> bool {
    if text.contains("\"\"") || text.contains("''") || text.contains("null") || text.contains('~') {
        return true;
    }
    let lines: Vec<&str> = text.lines().collect();
    lines.iter().enumerate().any(|(i, line)| {
        let body = line.trim_end();
        body.starts_with(' ')
            && body.ends_with(':')
            && !body.trim_start().starts_with('-')
            && !value_follows(indent_of(body), &lines[i + 1..])
    })
}

/// Whether the next line with content (not blank, not a comment) holds the
/// value of a key indented by `key_indent`: it is indented deeper, or it is
/// a `- item` at the key's own indentation (a block list may start there).
/// A deeper line that closes a flow collection (`}`, `]`) or goes on with
/// one (`,`) is not a value: the key may be empty inside that collection.
fn value_follows(key_indent: usize, rest: &[&str]) -> bool {
    let Some(next) = rest.iter().map(|l| l.trim_end()).find(|l| {
        let content = l.trim_start();
        !content.is_empty() && !content.starts_with('#')
    }) else {
        return false;
    };
    let content = next.trim_start();
    let at = indent_of(next);
    (at > key_indent && !content.starts_with(['}', ']', ',']))
        || (at == key_indent && (content == "-" || content.starts_with("- ")))
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
    fn a_key_whose_value_follows_needs_no_parse() {
        let nested = "outcomes:\n  graduates: 11\n  indicators:\n    - { name: A, actual: 1 }\n";
        assert!(!may_have_empties(nested));
        let same_indent = "outcomes:\n  indicators:\n  - { name: A, actual: 1 }\n";
        assert!(!may_have_empties(same_indent));
        let commented = "outcomes:\n  indicators:\n\n    # the first\n    - { name: A }\n";
        assert!(!may_have_empties(commented));
        // Empty: nothing follows, a sibling follows, the key is last, or a
        // deeper line only closes the flow mapping it is in.
        for text in [
            "image:\n  src:\n  alt:\n",
            "image:\n  src:\n    # nothing\nend: x\n",
            "image:\n  src:",
            "image: {\n  src:\n    }\n",
        ] {
            assert!(may_have_empties(text), "{text:?}");
        }
    }

    /// The look before the parse may say "maybe" for nothing, never "no"
    /// where the parse finds something to blank: every line of the demo
    /// site's records, emptied in each way an editor or the CMS empties a
    /// value, is checked both ways.
    #[test]
    fn the_look_before_the_parse_never_misses_an_empty() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let mut records = Vec::new();
        for entry in walkdir::WalkDir::new(root).into_iter().flatten() {
            let path = entry.path();
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            match path.extension().and_then(|e| e.to_str()) {
                Some("yaml") => records.push(text),
                Some("md") => {
                    if let Some(front) = text
                        .strip_prefix("---\n")
                        .and_then(|t| t.split("\n---").next())
                    {
                        records.push(front.to_string() + "\n");
                    }
                }
                _ => {}
            }
        }
        assert!(
            records.len() > 20,
            "the demo site's records: {}",
            records.len()
        );
        let mut tried = 0;
        let mut check = |lines: &[String]| {
            let text = lines.join("\n") + "\n";
            tried += 1;
            let found = empty_ranges(&text).unwrap_or_default();
            assert!(
                may_have_empties(&text) || found.is_empty(),
                "missed {found:?} in:\n{text}"
            );
        };
        for record in &records {
            let lines: Vec<String> = record.lines().map(str::to_string).collect();
            for i in 0..lines.len() {
                let Some(key) = key_of(&lines[i]) else {
                    continue;
                };
                // The value's own deeper lines go with it.
                let own = indent_of(&lines[i]);
                let mut end = i + 1;
                while end < lines.len()
                    && (lines[end].trim().is_empty() || indent_of(&lines[end]) > own)
                {
                    end += 1;
                }
                for empty in ["", " \"\"", " ''", " null", " ~"] {
                    // This value emptied.
                    let mut changed = lines.clone();
                    changed[i] = format!("{key}:{empty}");
                    changed.drain(i + 1..end);
                    check(&changed);
                    // Every field of the mapping it holds emptied.
                    let mut changed = lines.clone();
                    for line in &mut changed[i + 1..end] {
                        if let Some(field) = key_of(line).filter(|_| indent_of(line) > own) {
                            *line = format!("{field}:{empty}");
                        }
                    }
                    check(&changed);
                }
            }
        }
        assert!(tried > 1000, "only {tried} texts tried");
    }

    /// A line's key with its indentation (`  src` of `  src: a.jpg`).
    fn key_of(line: &str) -> Option<&str> {
        let colon = line
            .find(": ")
            .or_else(|| line.ends_with(':').then(|| line.len() - 1))?;
        let key = &line[..colon];
        (!key.trim().is_empty() && !key.trim_start().starts_with(['-', '#'])).then_some(key)
    }

    #[test]
    fn list_items_and_filled_values_stay() {
        assert_eq!(blank("tags: [\"\", a]\ntitle: A\n"), None);
        assert_eq!(blank("title: A\nstart: 2024-01-01\n"), None);
    }
}
