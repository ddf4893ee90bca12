//! A detail only the English sentence carries: the words of the YAML parser
//! or of the operating system, which are English and would be the only
//! English in an Indonesian sentence. An editor reading Indonesian gets the
//! sentence without them; the English one keeps them for whoever helps.

use std::borrow::Cow;

use crate::i18n::{Arg, Language};

/// Filled into a `{detail}`: `": <words>"` in English, nothing in Indonesian.
pub struct EnglishDetail<'a>(pub &'a str);

impl Arg for EnglishDetail<'_> {
    fn say(&self, language: Language) -> Cow<'_, str> {
        match language {
            Language::En if !self.0.is_empty() => Cow::Owned(format!(": {}", self.0)),
            _ => Cow::Borrowed(""),
        }
    }
}
