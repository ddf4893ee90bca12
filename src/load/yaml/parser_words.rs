//! The parser's own syntax and type messages ("mapping values are not
//! allowed in this context", "expected string scalar") in an editor's
//! words: each message editors meet is a row of the table with a hint;
//! one the table does not know gets a general row whose English sentence
//! carries the parser's words and whose Indonesian one does not.

use crate::i18n::Text;
use crate::load::detail::EnglishDetail;
use crate::msg;

/// The message and hint for the parser's `said` (its words, without the
/// place).
pub(super) fn plain_words(said: &str) -> (Text, Text) {
    let m = said.to_lowercase();
    let has = |parts: &[&str]| parts.iter().any(|p| m.contains(p));
    if has(&[
        "tab cannot",
        "tabs disallowed",
        "found a tab",
        "tab character",
    ]) {
        (msg!(YAML_TAB), msg!(SLIP_TAB_HINT))
    } else if has(&["invalid i64", "invalid u64", "expected i64", "expected u64"])
        || has(&["invalid i32", "invalid u32", "invalid u16", "invalid u8"])
    {
        (
            msg!(YAML_WANT_WHOLE_NUMBER),
            msg!(YAML_WANT_WHOLE_NUMBER_HINT),
        )
    } else if has(&["invalid f64", "expected f64", "invalid f32"]) {
        (msg!(YAML_WANT_NUMBER), msg!(YAML_WANT_NUMBER_HINT))
    } else if has(&["expected sequence"]) {
        (msg!(YAML_WANT_LIST), msg!(YAML_WANT_LIST_HINT))
    } else if has(&["expected string", "expected a string"]) {
        (msg!(YAML_WANT_TEXT), msg!(YAML_WANT_TEXT_HINT))
    } else if has(&["expected mapping", "expected a map", "expected struct"]) {
        (msg!(YAML_WANT_KEYS), msg!(YAML_WANT_KEYS_HINT))
    } else if has(&["expected a boolean", "invalid bool", "expected bool"]) {
        (msg!(YAML_WANT_YES_NO), msg!(YAML_WANT_YES_NO_HINT))
    } else if has(&["unclosed quote", "quoted scalar"]) {
        (msg!(YAML_QUOTE), msg!(YAML_QUOTE_HINT))
    } else if has(&["alias", "anchor"]) {
        (msg!(YAML_UNKNOWN_ANCHOR), msg!(YAML_ALIAS_HINT))
    } else if has(&["mapping values are not allowed"]) {
        (msg!(YAML_COLON_HERE), msg!(YAML_COLON_HERE_HINT))
    } else if has(&["'-' indicator", "block sequence", "block collection"]) {
        (msg!(YAML_NOT_AN_ITEM), msg!(YAML_INDENT_HINT))
    } else if has(&["expected key", "block mapping", "indentation"]) {
        (msg!(YAML_NOT_A_KEY), msg!(YAML_INDENT_HINT))
    } else if has(&["unexpected end", "end of stream", "unexpected eof"]) {
        (msg!(YAML_ENDS_EARLY), msg!(YAML_ENDS_EARLY_HINT))
    } else if has(&["flow", "bracket"]) {
        (msg!(YAML_BRACKET), msg!(YAML_BRACKET_HINT))
    } else if has(&["expected ':'", "simple key"]) {
        (msg!(YAML_NO_COLON), msg!(YAML_NO_COLON_HINT))
    } else if has(&["unexpected character", "found character that cannot start"]) {
        (msg!(YAML_ODD_CHARACTER), msg!(YAML_ODD_CHARACTER_HINT))
    } else {
        (
            msg!(YAML_CANNOT_READ, detail = EnglishDetail(said)),
            msg!(YAML_CANNOT_READ_HINT),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::plain_words;
    use crate::i18n::Language;

    #[test]
    fn the_messages_editors_meet_have_rows_of_their_own() {
        for (said, words) in [
            ("mapping values are not allowed in this context", "colon"),
            (
                "while parsing a block mapping, did not find expected key",
                "line up",
            ),
            ("expected string scalar", "text belongs here"),
            ("expected sequence start", "a list belongs here"),
            ("invalid i64", "whole number"),
            ("unclosed bracket '['", "brackets"),
            ("simple key expected ':'", "`key: value`"),
        ] {
            let (message, _) = plain_words(said);
            assert!(message.en().contains(words), "{said}: {message:?}");
            assert!(!message.get(Language::Id).contains(said), "{said}");
        }
    }

    #[test]
    fn an_unknown_message_keeps_the_parsers_words_in_english_only() {
        let (message, hint) = plain_words("something new happened");
        assert_eq!(
            message.en(),
            "warta cannot read this line: something new happened"
        );
        assert_eq!(
            message.get(Language::Id),
            "warta tidak bisa membaca baris ini"
        );
        assert!(hint.en().contains("`key: value`"));
    }
}
