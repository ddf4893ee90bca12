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
mod empties;
mod errors;
#[cfg(test)]
mod indonesian;
mod layout;
mod parser_words;
pub mod place;
mod plain;
mod plain_de;
mod shapes;
mod slips;
mod twice;
mod value_words;

use serde::de::{Deserialize, DeserializeOwned, Deserializer};

use crate::diagnostics::Pos;
use crate::model::Spanned;
use crate::msg;
use budget::{
    MAX_ALIAS_BYTES, MAX_ALIASES, MAX_DEPTH, MAX_EVENTS, MAX_REPLAYED_EVENTS, MAX_VALUES,
};
use errors::translate;

/// A YAML problem in terms an editor can act on.
#[derive(Debug, Clone, PartialEq)]
pub struct YamlError {
    pub pos: Pos,
    pub message: crate::i18n::Text,
    pub hint: Option<crate::i18n::Text>,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Our plain reader answers this newtype with the position itself;
        // serde-saphyr hands itself over to `SaphyrSpanned` instead.
        let (pos, value) = deserializer.deserialize_newtype_struct(
            plain_de::SPANNED,
            plain_de::SpannedVisitor {
                full: SaphyrSpanned,
                value: std::marker::PhantomData,
            },
        )?;
        Ok(Spanned::new(value, pos))
    }
}

/// A `Spanned<T>` as serde-saphyr reads it.
struct SaphyrSpanned;

impl<'de, T: Deserialize<'de>> plain_de::FullSpanned<'de, T> for SaphyrSpanned {
    fn read<D: Deserializer<'de>>(self, deserializer: D) -> Result<(Pos, T), D::Error> {
        let inner = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        Ok((to_pos(&inner.referenced), inner.value))
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
            message: msg!(YAML_EMPTY),
            hint: Some(msg!(YAML_EMPTY_HINT)),
        });
    }
    // Empty values read as absent ([`empties`]), in both readers alike.
    let blanked = empties::blank(text);
    let text = blanked.as_deref().unwrap_or(text);
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
            message: msg!(YAML_ALIAS_BYTES, kib = MAX_ALIAS_BYTES / 1024),
            hint: Some(msg!(YAML_ALIAS_HINT)),
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
        assert_eq!(e.message.en(), "unknown key `cuont`");
        assert_eq!(
            e.hint.as_ref().map(|h| h.en()),
            Some("did you mean `count`?")
        );
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
