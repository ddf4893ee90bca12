//! Small rules shared by every record kind: slugs, URLs, numbers, references.

use std::collections::HashMap;

use crate::diagnostics::{Diagnostic, Pos, closest};
use crate::i18n::Text;
use crate::i18n::messages::Message;
use crate::load::SourceFile;
use crate::model::Spanned;
use crate::msg;
use crate::site_url::{self, UrlKind};

use super::dates::{parse_date, parse_when};
use super::site::When;
use jiff::civil::Date;
use jiff::tz::TimeZone;

/// Collects the problems of one file.
pub struct Checker<'a> {
    pub file: &'a SourceFile,
    pub diagnostics: &'a mut Vec<Diagnostic>,
    /// The preview (`serve`): what [`Checker::required`] reports is a warning.
    preview: bool,
}

impl<'a> Checker<'a> {
    pub fn new(file: &'a SourceFile, diagnostics: &'a mut Vec<Diagnostic>) -> Self {
        Checker {
            file,
            diagnostics,
            preview: false,
        }
    }

    /// The same checker for the preview (`BuildOptions::preview`).
    pub fn in_preview(mut self, preview: bool) -> Self {
        self.preview = preview;
        self
    }

    /// What a page cannot be published without but an editor is still
    /// writing (a photo's description): an error in a build, a warning in
    /// the preview, so the page stays visible while it is written.
    pub fn required(&mut self, pos: Pos, message: Text, hint: Text) {
        if self.preview {
            self.warning(pos, message, hint);
        } else {
            self.error(pos, message, hint);
        }
    }

    /// Takes [`Text`]s, not strings: every sentence comes from the table
    /// of messages (`msg!`), in both languages.
    pub fn error(&mut self, pos: Pos, message: Text, hint: Text) {
        self.diagnostics
            .push(self.file.error(Some(pos), message).with_hint(hint));
    }

    pub fn warning(&mut self, pos: Pos, message: Text, hint: Text) {
        self.diagnostics
            .push(self.file.warning(Some(pos), message).with_hint(hint));
    }

    /// How many errors this checker's list holds, to tell whether a record
    /// added any.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// A date field, reported at its place when it is not a real date.
    pub fn date(&mut self, s: &Option<Spanned<String>>) -> Option<Date> {
        let s = s.as_ref()?;
        parse_date(&s.value)
            .map_err(|e| self.error(s.pos, e.message, e.hint))
            .ok()
    }

    /// A date or date-and-time field.
    pub fn when(&mut self, s: &Spanned<String>, tz: &TimeZone) -> Option<When> {
        parse_when(&s.value, tz)
            .map_err(|e| self.error(s.pos, e.message, e.hint))
            .ok()
    }

    /// Every id of `ids` that exists, each unknown one reported.
    pub fn references<I: Copy>(
        &mut self,
        ids: &[Spanned<String>],
        known: &HashMap<String, I>,
        what: Message,
        folder: &str,
    ) -> Vec<I> {
        ids.iter()
            .filter_map(|id| self.reference(id, known, what, folder))
            .collect()
    }

    /// A whole number that must not be negative; `key` is its key.
    pub fn count(&mut self, n: &Option<Spanned<i64>>, key: &str) -> Option<u64> {
        let n = n.as_ref()?;
        match u64::try_from(n.value) {
            Ok(v) => Some(v),
            Err(_) => {
                self.error(
                    n.pos,
                    msg!(COUNT_NEGATIVE, key = key, value = n.value),
                    msg!(COUNT_NEGATIVE_HINT),
                );
                None
            }
        }
    }

    /// A decimal number that must not be negative; `key` is its key.
    pub fn amount(&mut self, n: &Option<Spanned<f64>>, key: &str) -> Option<f64> {
        let n = n.as_ref()?;
        if n.value.is_finite() && n.value >= 0.0 {
            Some(n.value)
        } else {
            self.error(
                n.pos,
                msg!(AMOUNT_NEGATIVE, key = key),
                msg!(AMOUNT_NEGATIVE_HINT),
            );
            None
        }
    }

    /// An id or slug: lower-case letters and digits in words joined by `-`.
    /// `what` names it (`WORD_PROGRAM_ID`).
    pub fn slug(&mut self, s: &str, pos: Pos, what: Message) -> bool {
        if is_slug(s) {
            return true;
        }
        let suggestion = slug::slugify(s);
        let hint = if suggestion.is_empty() {
            msg!(ID_INVALID_HINT_EXAMPLE)
        } else {
            msg!(ID_INVALID_HINT, suggestion = suggestion)
        };
        self.error(pos, msg!(ID_INVALID, what = what, value = s), hint);
        false
    }

    /// A link in a record: a web address only (http, https, mailto and
    /// tel, by the site's one URL rule, [`crate::site_url`]), so that no
    /// record can smuggle a `javascript:` URL or another host into a page.
    pub fn url(&mut self, url: &Option<Spanned<String>>) -> Option<String> {
        let url = url.as_ref()?;
        let value = url.value.trim();
        let ok = site_url::kind(value) == UrlKind::Web && !value.chars().any(char::is_whitespace);
        if ok {
            Some(value.to_string())
        } else {
            self.error(
                url.pos,
                msg!(URL_REFUSED, value = value),
                msg!(URL_REFUSED_HINT),
            );
            None
        }
    }

    /// Looks up an id among `known`; an unknown id is an error with the
    /// closest known id as a hint. `what` names the kind of record
    /// (`WORD_ORGANIZATION`), `folder` is its folder under content/.
    pub fn reference<I: Copy>(
        &mut self,
        id: &Spanned<String>,
        known: &HashMap<String, I>,
        what: Message,
        folder: &str,
    ) -> Option<I> {
        if let Some(i) = known.get(&id.value) {
            return Some(*i);
        }
        // "Did you mean" compares with every known id: past a hundred
        // problems in one file (a pasted list, or hostile input) the plain
        // hint does, so the cost stays linear.
        let near = if self.diagnostics.len() < 100 {
            closest(&id.value, known.keys().map(String::as_str))
        } else {
            None
        };
        let hint = match near {
            Some(near) => msg!(REF_DID_YOU_MEAN, near = near),
            None => msg!(REF_UNKNOWN_HINT, what = what, folder = folder),
        };
        self.error(id.pos, msg!(REF_UNKNOWN, what = what, id = id.value), hint);
        None
    }
}

/// `^[a-z0-9]+(-[a-z0-9]+)*$`
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Trimmed text, `None` when empty: an empty summary is no summary.
pub fn text(s: &Option<Spanned<String>>) -> Option<String> {
    s.as_ref()
        .map(|s| s.value.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// Trimmed texts of a list, empty ones dropped: `tags: [batik, ""]` is one tag.
pub fn texts(list: &[Spanned<String>]) -> Vec<String> {
    list.iter()
        .map(|t| t.value.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_rule_matches_the_content_model() {
        for ok in ["a", "keripik-pisang", "wub-2024", "a1-b2-c3"] {
            assert!(is_slug(ok), "{ok}");
        }
        for bad in [
            "", "-a", "a-", "a--b", "Keripik", "a_b", "a/b", "../x", "a b", "é",
        ] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
