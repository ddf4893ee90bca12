//! serde-saphyr's errors in an editor's words: the message, the place it
//! belongs to (not always where the parser stopped) and a hint.

use crate::diagnostics::{Pos, closest};
use crate::i18n::Text;

use super::budget::{self, ALIAS_HINT};
use super::{YamlError, to_pos};

/// A limit of [`super::options`] was reached: say which, in an editor's words.
fn budget_message(breach: &serde_saphyr::budget::BudgetBreach) -> (Text, Text) {
    use serde_saphyr::budget::BudgetBreach as B;
    match breach {
        B::Depth { .. } => split(budget::too_deep(Pos::START)),
        B::Aliases { .. }
        | B::Anchors { .. }
        | B::AliasAnchorRatio { .. }
        | B::MergeKeys { .. }
        | B::RecordedAnchorEvents { .. }
        | B::RecordedAnchorBytes { .. } => (
            "this YAML uses more anchors and aliases than a record needs".into(),
            ALIAS_HINT.into(),
        ),
        B::Documents { .. } => (
            "this file holds too many YAML documents".into(),
            "a record is one document: remove the `---` lines inside it".into(),
        ),
        _ => split(budget::too_many_values(Pos::START)),
    }
}

/// A budget error's message and hint, for a place the caller knows.
fn split(error: YamlError) -> (Text, Text) {
    (error.message, error.hint.unwrap_or_else(|| "".into()))
}

pub(super) fn translate(error: &serde_saphyr::Error, text: &str, first_line: u32) -> YamlError {
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
            message: format!("unknown key `{field}`").into(),
            hint: Some(match closest(field, expected.iter().copied()) {
                Some(near) => format!("did you mean `{near}`?").into(),
                None => format!("the keys allowed here are: {}", expected.join(", ")).into(),
            }),
        },
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => YamlError {
            pos,
            message: format!("`{variant}` is not an allowed value here").into(),
            hint: Some(
                match (
                    super::value_words::hint(variant, expected),
                    closest(variant, expected.iter().copied()),
                ) {
                    (Some(hint), _) => hint.into(),
                    (None, Some(near)) => {
                        format!("did you mean `{near}`? allowed: {}", expected.join(", ")).into()
                    }
                    (None, None) => format!("write one of: {}", expected.join(", ")).into(),
                },
            ),
        },
        E::SerdeMissingField { field, .. } => YamlError {
            pos: mapping_start(text, first_line, pos),
            message: format!("the required key `{field}` is missing").into(),
            hint: Some(format!("add a line `{field}: ...` to this record").into()),
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
                Some(k) => format!("the key `{k}` appears twice").into(),
                None => "a key appears twice".to_string().into(),
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
            let said = other.to_string();
            // serde-saphyr appends " at line L, column C"; we show the place
            // ourselves, with a snippet.
            let message = match said.rfind(" at line ") {
                Some(i) => said[..i].to_string(),
                None => said,
            };
            if message.contains("recursion limit") || message.contains("nesting limit") {
                // The parser's own guard against deep flow nesting.
                return budget::too_deep(pos);
            }
            if let Some(clearer) = super::slips::explain(text, first_line, pos, &message) {
                return clearer;
            }
            YamlError {
                hint: hint_for(&message).map(Text::from),
                pos,
                message: message.into(),
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
