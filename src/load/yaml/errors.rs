//! serde-saphyr's errors in an editor's words: the message, the place it
//! belongs to (not always where the parser stopped) and a hint.

use crate::diagnostics::{Pos, closest};
use crate::i18n::Text;
use crate::msg;

use super::budget;
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
        | B::RecordedAnchorBytes { .. } => (msg!(YAML_TOO_MANY_ALIASES), msg!(YAML_ALIAS_HINT)),
        B::Documents { .. } => (
            msg!(YAML_TOO_MANY_DOCUMENTS),
            msg!(YAML_TOO_MANY_DOCUMENTS_HINT),
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
    let said = |message: Text, hint: Text| YamlError {
        pos,
        message,
        hint: Some(hint),
    };
    use serde_saphyr::Error as E;
    match error {
        E::SerdeUnknownField {
            field, expected, ..
        } => said(
            msg!(YAML_UNKNOWN_KEY, key = field),
            match closest(field, expected.iter().copied()) {
                Some(near) => msg!(YAML_DID_YOU_MEAN, near = near),
                None => msg!(YAML_KEYS_ALLOWED, keys = crate::i18n::backticked(expected)),
            },
        ),
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let allowed = crate::i18n::backticked(expected);
            said(
                msg!(YAML_VALUE_NOT_ALLOWED, value = variant),
                match (
                    super::value_words::hint(variant, expected),
                    closest(variant, expected.iter().copied()),
                ) {
                    (Some(hint), _) => hint,
                    (None, Some(near)) => {
                        msg!(YAML_VALUE_DID_YOU_MEAN, near = near, allowed = allowed)
                    }
                    (None, None) => msg!(YAML_VALUE_ONE_OF, allowed = allowed),
                },
            )
        }
        E::SerdeMissingField { field, .. } => YamlError {
            pos: mapping_start(text, first_line, pos),
            ..said(
                msg!(YAML_MISSING_KEY, key = *field),
                msg!(YAML_MISSING_KEY_HINT, key = *field),
            )
        },
        E::Budget { breach, .. } => {
            let (message, hint) = budget_message(breach);
            said(message, hint)
        }
        E::DuplicateMappingKey { key, .. } => {
            super::twice::explain(text, first_line, pos, key.as_deref())
        }
        E::MultipleDocuments { .. } => {
            said(msg!(YAML_MANY_DOCUMENTS), msg!(YAML_MANY_DOCUMENTS_HINT))
        }
        E::UnknownAnchor { .. } => said(msg!(YAML_UNKNOWN_ANCHOR), msg!(YAML_ALIAS_HINT)),
        E::Eof { .. } => said(msg!(YAML_ENDS_EARLY), msg!(YAML_ENDS_EARLY_HINT)),
        E::AliasReplayCounterOverflow { .. }
        | E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. } => {
            said(msg!(YAML_ALIASES_EXPAND), msg!(YAML_ALIAS_HINT))
        }
        other => {
            let words = other.to_string();
            // serde-saphyr appends " at line L, column C"; we show the place
            // ourselves, with a snippet.
            let words = match words.rfind(" at line ") {
                Some(i) => &words[..i],
                None => &words,
            };
            if words.contains("recursion limit") || words.contains("nesting limit") {
                // The parser's own guard against deep flow nesting.
                return budget::too_deep(pos);
            }
            let clearer = super::empties::explain(text, first_line, pos, words)
                .or_else(|| super::shapes::explain(text, first_line, pos, words))
                .or_else(|| super::slips::explain(text, first_line, pos, words))
                .or_else(|| super::layout::explain(text, first_line, pos, words));
            if let Some(clearer) = clearer {
                return clearer;
            }
            let (message, hint) = super::parser_words::plain_words(words);
            said(message, hint)
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
