//! What warta says to an editor about their files, in both languages.
//!
//! Every message is one row of a table ([`crate::messages!`] below makes a
//! constant of each): a name, the Indonesian sentence and the English one,
//! with `{name}` where a value is filled in. Code names a row with
//! [`crate::msg!`], so a misspelt name is a build error; a test checks that
//! both sentences of every row fill in the same values. A message is made in
//! both languages where the problem is found ([`Text`]) and printed in the
//! editor's language, which is known only later (the site's `language`, or
//! `--lang`).

use std::borrow::Cow;

use super::Language;

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct Message {
    pub name: &'static str,
    pub id: &'static str,
    pub en: &'static str,
}

/// A sentence for an editor in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    id: Box<str>,
    /// `None`: the same as `id` (a text that needs no translation, or one
    /// not yet in the table). Boxed strings keep a diagnostic small.
    en: Option<Box<str>>,
}

impl Text {
    /// The sentence in `language`.
    pub fn get(&self, language: Language) -> &str {
        match (language, &self.en) {
            (Language::En, Some(en)) => en,
            _ => &self.id,
        }
    }

    /// The English sentence: for tests and logs, never for an editor.
    pub fn en(&self) -> &str {
        self.get(Language::En)
    }

    /// Whether either language's sentence contains `part`.
    pub fn contains(&self, part: &str) -> bool {
        self.id.contains(part) || self.en.as_deref().is_some_and(|en| en.contains(part))
    }

    /// `message` with its `{name}`s filled in from `args`, in both languages.
    pub fn format(message: &Message, args: &[(&str, &dyn Arg)]) -> Text {
        Text {
            id: fill(message.id, args, Language::Id).into(),
            en: Some(fill(message.en, args, Language::En).into()),
        }
    }
}

/// A text that reads the same in both languages (a path, a value the editor
/// wrote, a parser's words that have no row yet).
impl From<String> for Text {
    fn from(id: String) -> Text {
        Text {
            id: id.into(),
            en: None,
        }
    }
}

impl From<&str> for Text {
    fn from(id: &str) -> Text {
        Text::from(id.to_string())
    }
}

/// A value filled into a message, said in the message's language.
pub trait Arg {
    fn say(&self, language: Language) -> Cow<'_, str>;
}

impl Arg for str {
    fn say(&self, _: Language) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl Arg for String {
    fn say(&self, _: Language) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl Arg for Text {
    fn say(&self, language: Language) -> Cow<'_, str> {
        Cow::Borrowed(self.get(language))
    }
}

/// A row with nothing to fill in, used as a value in another (`{what}`).
impl Arg for Message {
    fn say(&self, language: Language) -> Cow<'_, str> {
        Cow::Borrowed(match language {
            Language::Id => self.id,
            Language::En => self.en,
        })
    }
}

impl<T: Arg + ?Sized> Arg for &T {
    fn say(&self, language: Language) -> Cow<'_, str> {
        (**self).say(language)
    }
}

macro_rules! numbers_are_args {
    ($($t:ty),*) => {$(
        /// Written as digits only: these are line numbers, years, ids and
        /// small counts, where `1.250` would mislead.
        impl Arg for $t {
            fn say(&self, _: Language) -> Cow<'_, str> {
                Cow::Owned(self.to_string())
            }
        }
    )*};
}
numbers_are_args!(u8, u16, u32, u64, usize, i32, i64);

/// `template` with each `{name}` replaced by its value in `language`; a
/// name with no value stays as written (a test catches that).
fn fill(template: &str, args: &[(&str, &dyn Arg)], language: Language) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let named = after.find('}').and_then(|close| {
            let name = &after[..close];
            let (_, value) = args.iter().find(|(n, _)| *n == name)?;
            Some((value, close))
        });
        match named {
            Some((value, close)) => {
                out.push_str(&value.say(language));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Names or values listed for the editor, each as written: `` `a`, `b` ``.
pub fn backticked(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    quoted.join(", ")
}

/// The `{name}`s of a sentence, sorted.
pub fn placeholders(sentence: &str) -> Vec<&str> {
    let mut names: Vec<&str> = sentence
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !name.is_empty())
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// A [`Text`] from a row of [`crate::i18n::messages`] and its values:
/// `msg!(UNKNOWN_KEY, key = field)`.
#[macro_export]
macro_rules! msg {
    ($name:ident $(, $arg:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Text::format(
            &$crate::i18n::messages::$name,
            &[$((stringify!($arg), &$value as &dyn $crate::i18n::Arg)),*],
        )
    };
}

/// Makes a constant of each row of a file of rows, and `ALL` of them.
macro_rules! messages {
    ($($name:ident: $id:literal, $en:literal;)*) => {
        $(pub const $name: super::Message = super::Message { name: stringify!($name), id: $id, en: $en };)*
        /// Every row of this file, in the order written.
        pub(super) const ROWS: &[super::Message] = &[$($name),*];
    };
}

// The rows, one file per part of warta. Indonesian first; plain words in
// both languages: "key" is "isian", a list is "daftar", text is "teks"; no
// "scalar", "mapping" or "front matter" (docs/PANDUAN.md has the words
// editors know). A name used twice is a build error where it is used.
mod cms_api;
mod commands;
mod images;
mod load;
mod output;
mod resolve;
pub use cms_api::*;
pub use commands::*;
pub use images::*;
pub use load::*;
pub use output::*;
pub use resolve::*;

/// Every row, for the tests.
pub fn all() -> impl Iterator<Item = &'static Message> {
    [
        cms_api::ROWS,
        commands::ROWS,
        images::ROWS,
        load::ROWS,
        output::ROWS,
        resolve::ROWS,
    ]
    .into_iter()
    .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sentences_of_every_row_fill_in_the_same_values() {
        for m in all() {
            assert_eq!(placeholders(m.id), placeholders(m.en), "{}", m.name);
        }
    }

    #[test]
    fn no_row_uses_the_parsers_words() {
        const JARGON: &[&str] = &[
            "scalar",
            "mapping",
            "front matter",
            "deserializ",
            "sequence",
        ];
        for m in all() {
            for word in JARGON {
                assert!(
                    !m.id.to_lowercase().contains(word) && !m.en.to_lowercase().contains(word),
                    "{}: `{word}`",
                    m.name
                );
            }
        }
    }

    #[test]
    fn values_are_filled_in_each_language() {
        const M: Message = Message {
            name: "TEST",
            id: "isian `{key}` tidak dikenal di baris {line}",
            en: "unknown key `{key}` on line {line}",
        };
        let t = Text::format(&M, &[("key", &"strat"), ("line", &3u32)]);
        assert_eq!(
            t.get(Language::Id),
            "isian `strat` tidak dikenal di baris 3"
        );
        assert_eq!(t.en(), "unknown key `strat` on line 3");
        // A value that is itself a row is said in the sentence's language.
        let inner = Text::format(&SEVERITY_ERROR, &[]);
        let t = Text::format(&M, &[("key", &inner), ("line", &"{x}")]);
        assert_eq!(
            t.get(Language::Id),
            "isian `kesalahan` tidak dikenal di baris {x}"
        );
        assert_eq!(t.en(), "unknown key `error` on line {x}");
    }
}
