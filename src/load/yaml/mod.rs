//! The one module that knows which YAML parser we use (serde-saphyr).
//!
//! Everything else sees [`parse`] and our own [`Spanned`], so swapping the
//! parser means rewriting this module only. Records written in the plain
//! part of YAML are read by our own reader first ([`plain`], four to
//! seven times faster per record in `cargo bench`); anything else, and
//! every error but one, is serde-saphyr's. Both read within the same
//! limits ([`budget`]): a text with too many values is refused by whichever
//! reader meets it, in the same words at the same place.

pub mod budget;
pub mod place;
mod plain;
mod plain_de;

use serde::de::{Deserialize, DeserializeOwned, Deserializer};

use crate::diagnostics::{Pos, closest};
use crate::model::Spanned;
use budget::{
    ALIAS_HINT, MAX_ALIAS_BYTES, MAX_ALIASES, MAX_DEPTH, MAX_EVENTS, MAX_REPLAYED_EVENTS,
    MAX_VALUES,
};

/// A YAML problem in terms an editor can act on.
#[derive(Debug, Clone, PartialEq)]
pub struct YamlError {
    pub pos: Pos,
    pub message: String,
    pub hint: Option<String>,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if plain_de::active() {
            let (pos, value) = deserializer.deserialize_newtype_struct(
                plain_de::SPANNED,
                plain_de::SpannedVisitor(std::marker::PhantomData),
            )?;
            return Ok(Spanned::new(value, pos));
        }
        let inner = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        Ok(Spanned::new(inner.value, to_pos(&inner.referenced)))
    }
}

fn to_pos(location: &serde_saphyr::Location) -> Pos {
    Pos::new(
        u32::try_from(location.line()).unwrap_or(u32::MAX),
        u32::try_from(location.column()).unwrap_or(u32::MAX),
    )
}

/// Parses `text` into `T`. `first_line` is the line of the file on which
/// `text` starts (front matter starts on line 2 of a news item), so positions
/// in errors and spans are positions in the whole file.
pub fn parse<T: DeserializeOwned>(text: &str, first_line: u32) -> Result<T, YamlError> {
    if text.trim().is_empty() {
        // The parser would accept an empty document as a struct with every
        // field missing and then report the first one; "empty" is clearer.
        return Err(YamlError {
            pos: Pos::new(first_line, 1),
            message: "this YAML is empty".into(),
            hint: Some("write the record's keys here, for example `title: ...`".into()),
        });
    }
    match parse_plain(text, first_line) {
        Some(result) => result,
        None => parse_full(text, first_line),
    }
}

/// Our reader of plain YAML alone: `None` where it leaves the text to the
/// full parser, an error where the text is over a [`budget`] limit. Public
/// for the tests that compare the two.
pub fn parse_plain<T: DeserializeOwned>(
    text: &str,
    first_line: u32,
) -> Option<Result<T, YamlError>> {
    match plain::read(text, first_line) {
        Ok(node) => plain_de::from_node(&node?).map(Ok),
        Err(refused) => Some(Err(refused)),
    }
}

/// serde-saphyr alone, with our limits and messages.
pub fn parse_full<T: DeserializeOwned>(text: &str, first_line: u32) -> Result<T, YamlError> {
    // Padding with blank lines shifts every line number serde-saphyr reports
    // by exactly the offset, at the cost of a few bytes.
    let padded;
    let input = if first_line > 1 {
        padded = "\n".repeat(first_line as usize - 1) + text;
        padded.as_str()
    } else {
        text
    };
    if let Some(pos) = alias_overflow(input) {
        return Err(YamlError {
            pos,
            message: format!(
                "the aliases here repeat more than {} KiB of text",
                MAX_ALIAS_BYTES / 1024
            ),
            hint: Some(ALIAS_HINT.into()),
        });
    }
    serde_saphyr::from_str_with_options(input, options())
        .map_err(|e| translate(&e, text, first_line))
}

/// Where the aliases of `input` have repeated more than [`MAX_ALIAS_BYTES`],
/// if they do: one pass over the parser's events, counting each anchored
/// value's size and what every alias repeats. Files without `*` (nearly
/// all) skip it; a syntax error is left to the real parse to report.
fn alias_overflow(input: &str) -> Option<Pos> {
    use serde_saphyr::granit_parser::{Event, Parser};
    if !input.contains('*') {
        return None;
    }
    let mut options = serde_saphyr::granit_parser::Options::default();
    options.flow_nesting_limit = MAX_DEPTH;
    options.block_nesting_limit = MAX_DEPTH + 1;
    // Anchor id -> bytes of its value; open collections with their anchor
    // and their size so far (the bottom entry is the document).
    let mut sizes: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    let mut open: Vec<(usize, usize)> = vec![(0, 0)];
    let mut repeated = 0usize;
    let grow = |open: &mut Vec<(usize, usize)>, n: usize| {
        if let Some(top) = open.last_mut() {
            top.1 = top.1.saturating_add(n);
        }
    };
    for event in Parser::new_from_str_with_options(input, options) {
        let (event, span) = event.ok()?;
        match event {
            Event::Scalar(value, _, anchor, _) => {
                let n = value.len() + 1;
                if anchor != 0 {
                    sizes.insert(anchor, n);
                }
                grow(&mut open, n);
            }
            Event::SequenceStart(_, anchor, _) | Event::MappingStart(_, anchor, _) => {
                open.push((anchor, 1));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if open.len() > 1
                    && let Some((anchor, n)) = open.pop()
                {
                    if anchor != 0 {
                        sizes.insert(anchor, n);
                    }
                    grow(&mut open, n);
                }
            }
            Event::Alias(anchor) => {
                let n = sizes.get(&anchor).copied().unwrap_or(1);
                repeated = repeated.saturating_add(n);
                if repeated > MAX_ALIAS_BYTES {
                    return Some(Pos::new(
                        u32::try_from(span.start.line()).unwrap_or(u32::MAX),
                        u32::try_from(span.start.col() + 1).unwrap_or(u32::MAX),
                    ));
                }
                grow(&mut open, n);
            }
            _ => {}
        }
    }
    None
}

/// The parser's limits, set here rather than left to its defaults so that
/// they are ours to document and test (docs/CONTENT.md, tests/corpus.rs).
fn options() -> serde_saphyr::Options {
    let mut alias_limits = serde_saphyr::options::AliasLimits::default();
    alias_limits.max_total_replayed_events = MAX_REPLAYED_EVENTS;
    alias_limits.max_replay_stack_depth = 16;
    alias_limits.max_alias_expansions_per_anchor = MAX_ALIASES;
    serde_saphyr::options! {
        with_snippet: false,
        alias_limits: alias_limits,
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            flow_nesting_limit: MAX_DEPTH,
            max_aliases: MAX_ALIASES,
            max_anchors: MAX_ALIASES,
            max_events: MAX_EVENTS,
            max_nodes: MAX_VALUES,
            max_merge_keys: 100,
            max_documents: 16,
            // Above the file size limit (20 MiB): text is bounded by that.
            max_total_scalar_bytes: 32 * 1024 * 1024,
            max_recorded_anchor_events: MAX_REPLAYED_EVENTS,
            max_recorded_anchor_bytes: 32 * 1024 * 1024,
        },
    }
}

/// A limit of [`options`] was reached: say which, in an editor's words.
fn budget_message(breach: &serde_saphyr::budget::BudgetBreach) -> (String, String) {
    use serde_saphyr::budget::BudgetBreach as B;
    match breach {
        B::Depth { .. } => split(budget::too_deep(Pos::START)),
        B::Aliases { .. }
        | B::Anchors { .. }
        | B::AliasAnchorRatio { .. }
        | B::MergeKeys { .. }
        | B::RecordedAnchorEvents { .. }
        | B::RecordedAnchorBytes { .. } => (
            "this YAML uses more anchors and aliases than a record needs".to_string(),
            ALIAS_HINT.to_string(),
        ),
        B::Documents { .. } => (
            "this file holds too many YAML documents".to_string(),
            "a record is one document: remove the `---` lines inside it".to_string(),
        ),
        _ => split(budget::too_many_values(Pos::START)),
    }
}

/// A budget error's message and hint, for a place the caller knows.
fn split(error: YamlError) -> (String, String) {
    (error.message, error.hint.unwrap_or_default())
}

fn translate(error: &serde_saphyr::Error, text: &str, first_line: u32) -> YamlError {
    // Errors met through an alias come wrapped, as do those with a snippet.
    let mut error = error;
    while let serde_saphyr::Error::AliasError { error: inner, .. }
    | serde_saphyr::Error::WithSnippet { error: inner, .. } = error
    {
        error = inner;
    }
    let pos = error
        .location()
        .map(|l| to_pos(&l))
        .filter(|p| p.line > 0)
        .unwrap_or(Pos::new(first_line, 1));
    use serde_saphyr::Error as E;
    match error {
        E::SerdeUnknownField {
            field, expected, ..
        } => YamlError {
            pos,
            message: format!("unknown key `{field}`"),
            hint: Some(match closest(field, expected.iter().copied()) {
                Some(near) => format!("did you mean `{near}`?"),
                None => format!("the keys allowed here are: {}", expected.join(", ")),
            }),
        },
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => YamlError {
            pos,
            message: format!("`{variant}` is not an allowed value here"),
            hint: Some(match closest(variant, expected.iter().copied()) {
                Some(near) => format!("did you mean `{near}`? allowed: {}", expected.join(", ")),
                None => format!("write one of: {}", expected.join(", ")),
            }),
        },
        E::SerdeMissingField { field, .. } => YamlError {
            pos: mapping_start(text, first_line, pos),
            message: format!("the required key `{field}` is missing"),
            hint: Some(format!("add a line `{field}: ...` to this record")),
        },
        E::Budget { breach, .. } => {
            let (message, hint) = budget_message(breach);
            YamlError {
                pos,
                message,
                hint: Some(hint),
            }
        }
        E::DuplicateMappingKey { key, .. } => YamlError {
            pos,
            message: match key {
                Some(k) => format!("the key `{k}` appears twice"),
                None => "a key appears twice".to_string(),
            },
            hint: Some("each key may appear once in a record; remove one of them".into()),
        },
        E::MultipleDocuments { .. } => YamlError {
            pos,
            message: "this file holds more than one YAML document".into(),
            hint: Some(
                "a record is one document: remove the `---` line above, or move the second record to a file of its own"
                    .into(),
            ),
        },
        E::UnknownAnchor { .. } => YamlError {
            pos,
            message: "this alias (`*name`) refers to no anchor (`&name`) written before it".into(),
            hint: Some(ALIAS_HINT.into()),
        },
        E::Eof { .. } => YamlError {
            pos,
            message: "the text ends in the middle of a value".into(),
            hint: Some("close every `[`, `{` and quote that the record opens".into()),
        },
        E::AliasReplayCounterOverflow { .. }
        | E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. } => YamlError {
            pos,
            message: "this YAML expands its aliases to more values than a record needs".into(),
            hint: Some(ALIAS_HINT.into()),
        },
        other => {
            let text = other.to_string();
            // serde-saphyr appends " at line L, column C"; we show the place
            // ourselves, with a snippet.
            let message = match text.rfind(" at line ") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            if message.contains("recursion limit") || message.contains("nesting limit") {
                // The parser's own guard against deep flow nesting.
                return budget::too_deep(pos);
            }
            YamlError {
                hint: hint_for(&message),
                pos,
                message,
            }
        }
    }
}

/// serde-saphyr places a missing-key error at the last key of the mapping;
/// the editor is better served by its first key, where the record (or list
/// item) begins. Walks up over sibling keys and their nested lines. Block
/// mappings only; anything else keeps the parser's place.
fn mapping_start(text: &str, first_line: u32, pos: Pos) -> Pos {
    let lines: Vec<&str> = text.lines().collect();
    let key_col = pos.column.saturating_sub(1) as usize;
    let Some(mut i) = (pos.line as usize).checked_sub(first_line as usize) else {
        return pos;
    };
    if i >= lines.len() {
        return pos;
    }
    while i > 0 {
        let prev = lines[i - 1];
        let trimmed = prev.trim_start_matches(' ');
        let indent = prev.len() - trimmed.len();
        let blank = trimmed.trim().is_empty() || trimmed.starts_with('#');
        let sibling = indent == key_col && !trimmed.starts_with("- ");
        if blank || indent > key_col || sibling {
            i -= 1;
        } else {
            // A list item whose first key sits in our column opens the mapping.
            let item_key = trimmed
                .strip_prefix("- ")
                .map(|rest| indent + 2 + (rest.len() - rest.trim_start().len()));
            if item_key == Some(key_col) {
                i -= 1;
            }
            break;
        }
    }
    // Skip blank and comment lines we may have walked over at the top.
    while i < lines.len() && (lines[i].trim().is_empty() || lines[i].trim_start().starts_with('#'))
    {
        i += 1;
    }
    Pos::new(first_line + i as u32, pos.column)
}

/// Common parser messages, each with what an editor should do about it.
/// Every syntax error gets at least the general reminder of YAML's rules.
fn hint_for(message: &str) -> Option<String> {
    let m = message.to_lowercase();
    let hint = if m.contains("tab cannot")
        || m.contains("tabs disallowed")
        || m.contains("found a tab")
        || m.contains("tab character")
    {
        "YAML does not allow tabs for indentation; indent with spaces"
    } else if m.contains("invalid i64") || m.contains("invalid u64") || m.contains("expected i64") {
        "write a whole number without quotes, dots or units, for example `20`"
    } else if m.contains("invalid f64") || m.contains("expected f64") {
        "write a number, for example `2` or `1.5`"
    } else if m.contains("expected sequence") {
        "write a list, either `[a, b]` or one `- item` per line"
    } else if m.contains("expected string") {
        "write text here; put quotes around text that contains `:` or starts with `[`, `{` or `*`"
    } else if m.contains("expected a boolean") || m.contains("invalid bool") {
        "write `true` or `false`"
    } else if m.contains("unclosed quote") || m.contains("quoted scalar") {
        "close the quote with the same mark it opened with (`\"` or `'`), or leave the quotes out"
    } else if m.contains("alias") || m.contains("anchor") || m.contains("budget") {
        ALIAS_HINT
    } else if m.contains("indentation") || m.contains("mapping") || m.contains("expected key") {
        "check the indentation: keys of the same record start in the same column"
    } else if m.contains("flow") || m.contains("bracket") {
        "check that every `[` has its `]` and every `{` its `}`, with commas between the items"
    } else {
        "check this line against YAML's rules: `key: value`, lists as `[a, b]` or one `- item` \
         per line, indentation with spaces, and quotes around text that contains `: ` or `#`"
    };
    Some(hint.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Rec {
        title: Spanned<String>,
        #[allow(dead_code)]
        count: Option<Spanned<i64>>,
    }

    #[test]
    fn spans_are_offset_by_the_first_line() {
        let r: Rec = parse("title: Halo\n", 3).unwrap();
        assert_eq!(r.title.value, "Halo");
        assert_eq!(r.title.pos, Pos::new(3, 8));
    }

    #[test]
    fn unknown_key_gets_did_you_mean() {
        let e = parse::<Rec>("title: a\ncuont: 2\n", 1).unwrap_err();
        assert_eq!(e.pos, Pos::new(2, 1));
        assert_eq!(e.message, "unknown key `cuont`");
        assert_eq!(e.hint.as_deref(), Some("did you mean `count`?"));
    }

    #[test]
    fn missing_key_and_bad_number_are_explained() {
        let e = parse::<Rec>("count: 2\n", 1).unwrap_err();
        assert!(e.message.contains("`title`"), "{e:?}");
        let e = parse::<Rec>("title: a\ncount: banyak\n", 1).unwrap_err();
        assert_eq!(e.pos, Pos::new(2, 8));
        assert!(e.hint.unwrap().contains("whole number"));
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Venue {
        name: String,
        address: Option<String>,
        other: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Rec2 {
        title: String,
        other: Option<String>,
        venues: Vec<Venue>,
    }

    #[test]
    fn missing_key_points_at_the_start_of_its_mapping() {
        let e = parse::<Rec2>("# komentar\nother: x\nvenues: []\n", 2).unwrap_err();
        assert_eq!(e.pos, Pos::new(3, 1), "{e:?}");
        let e = parse::<Rec2>(
            "title: t\nvenues:\n  - name: a\n  - address: x\n    other: y\n",
            1,
        )
        .unwrap_err();
        assert_eq!(e.pos, Pos::new(4, 5), "{e:?}");
    }

    /// "Billion laughs": nine levels of ten aliases each would be 10^9 values.
    fn alias_bomb() -> String {
        let mut yaml = String::from(
            "title: x\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
        );
        for i in 1..10 {
            let refs = vec![format!("*l{}", i - 1); 10].join(", ");
            yaml.push_str(&format!("lol{i}: &l{i} [{refs}]\n"));
        }
        yaml
    }

    #[test]
    fn an_alias_bomb_is_stopped_with_a_hint() {
        let e = parse::<serde::de::IgnoredAny>(&alias_bomb(), 1).unwrap_err();
        assert!(e.message.contains("alias"), "{e:?}");
        assert!(e.hint.unwrap().contains("aliases (`*name`)"));
        let e = parse::<Rec>(&alias_bomb(), 1).unwrap_err();
        assert!(e.hint.is_some(), "{e:?}");
    }

    #[test]
    fn aliases_may_not_repeat_a_long_text_many_times() {
        let long = "x".repeat(100_000);
        let yaml = format!(
            "title: &t {long}\ncount: 1\n# {}\n",
            vec!["*t"; 20].join(", ")
        );
        // Comments do not count: a `*` alone does not trigger anything.
        assert!(parse::<serde::de::IgnoredAny>(&yaml, 1).is_ok());
        let yaml = format!("title: &t {long}\ntags: [{}]\n", vec!["*t"; 20].join(", "));
        let e = parse::<serde::de::IgnoredAny>(&yaml, 3).unwrap_err();
        assert!(e.message.contains("repeat more than 1024 KiB"), "{e:?}");
        assert_eq!(e.pos.line, 4, "{e:?}");
        assert!(e.pos.column > 8, "{e:?}");
        // A few short aliases are fine.
        let yaml = "title: &t Judul\nsummary: *t\n";
        assert!(parse::<TwoTexts>(yaml, 1).is_ok());
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct TwoTexts {
        title: String,
        summary: String,
    }

    #[test]
    fn nesting_thousands_deep_is_refused() {
        let flow = format!("title: {}{}\n", "[".repeat(5000), "]".repeat(5000));
        let e = parse::<serde::de::IgnoredAny>(&flow, 1).unwrap_err();
        assert!(e.message.contains("nested"), "{e:?}");
        // Into a record, the first `[` where text belongs already stops it.
        assert!(parse::<Rec>(&flow, 1).is_err());
        let mut block = String::from("title: x\n");
        for depth in 0..5000 {
            block.push_str(&format!("{}k{depth}:\n", " ".repeat(depth)));
        }
        let e = parse::<serde::de::IgnoredAny>(&block, 1).unwrap_err();
        assert!(e.message.contains("nested"), "{e:?}");
        let lists = format!("title: x\ntags:\n{}", "- ".repeat(3000) + "a\n");
        let e = parse::<serde::de::IgnoredAny>(&lists, 1).unwrap_err();
        assert!(e.message.contains("nested"), "{e:?}");
    }

    #[test]
    fn empty_text_is_reported_as_empty() {
        let e = parse::<Rec>("  \n", 1).unwrap_err();
        assert!(e.message.contains("empty"));
    }
}
