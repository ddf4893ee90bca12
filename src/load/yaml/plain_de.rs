//! Record types from a [`Node`] tree, through serde.
//!
//! Every doubt is an error here ([`GiveUp`]), and an error only sends the
//! text to the full parser: a plain scalar becomes a number only when it is
//! one in every YAML schema (`20`, `-7.5`), `true`/`false` only as such,
//! and "no value" only as `~` or `null`.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

use super::plain::{Entry, Node};
use crate::diagnostics::Pos;

/// Not an error an editor sees: "let the full parser read this".
#[derive(Debug)]
pub struct GiveUp;

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("outside the plain YAML reader")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    fn custom<T: fmt::Display>(_: T) -> Self {
        GiveUp
    }
}

/// The name of the newtype under which a `Spanned<T>` asks its
/// deserializer for its position. This module's answers with
/// `(line, column, value)` as a sequence; any other deserializer
/// (serde-saphyr's) knows no such name and hands itself over as the newtype's
/// content, which `Spanned<T>` then reads in that parser's own way. So the
/// deserializer value itself says which reader it is: no state on the side.
pub const SPANNED: &str = "__warta_plain_spanned";

/// `T` from `node`, or `None` when any part of it needs the full parser.
pub fn from_node<T: de::DeserializeOwned>(node: &Node) -> Option<T> {
    T::deserialize(NodeDe(node)).ok()
}

/// Reads a `Spanned<T>` from either reader: `(line, column, value)` from
/// this module's ([`SPANNED`]), or whatever `full` makes of the
/// deserializer of another.
pub struct SpannedVisitor<T, F> {
    pub full: F,
    pub value: PhantomData<T>,
}

impl<'de, T, F> Visitor<'de> for SpannedVisitor<T, F>
where
    T: de::Deserialize<'de>,
    F: FullSpanned<'de, T>,
{
    type Value = (Pos, T);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value with its position")
    }

    fn visit_newtype_struct<D: de::Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<Self::Value, D::Error> {
        self.full.read(deserializer)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let line = seq
            .next_element()?
            .ok_or_else(|| de::Error::custom("line"))?;
        let column = seq
            .next_element()?
            .ok_or_else(|| de::Error::custom("column"))?;
        let value = seq
            .next_element()?
            .ok_or_else(|| de::Error::custom("value"))?;
        Ok((Pos::new(line, column), value))
    }
}

/// How the full parser reads a `Spanned<T>` from its own deserializer (a
/// trait, since a closure cannot be generic over that deserializer).
pub trait FullSpanned<'de, T> {
    fn read<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(Pos, T), D::Error>;
}

/// Words every YAML schema reads as "no value".
fn is_null(text: &str) -> bool {
    matches!(text, "~" | "null" | "Null" | "NULL")
}

/// A whole number in every YAML schema: no sign but `-`, no leading zero,
/// no `_`, no base prefix.
fn whole_number(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let plain = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    if plain { text.parse().ok() } else { None }
}

/// `12`, `-7.25`: digits with at most one dot between digits.
fn decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text, None),
    };
    whole_number(whole)?;
    if let Some(f) = fraction
        && (f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    text.parse().ok()
}

struct NodeDe<'n, 'a>(&'n Node<'a>);

impl<'de> de::Deserializer<'de> for NodeDe<'_, '_> {
    type Error = GiveUp;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, GiveUp> {
        Err(GiveUp)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        match self.0 {
            Node::Empty(_) => visitor.visit_none(),
            Node::Plain(text, _) if is_null(text) => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        match self.0 {
            Node::Text(text, _) => visitor.visit_str(text),
            // serde-saphyr gives a text field the words as written, `20` and
            // `true` included (tests/yaml_plain.rs); only "no value" differs.
            Node::Plain(text, _) if !is_null(text) => visitor.visit_str(text),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        self.deserialize_str(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        match self.0 {
            Node::Plain(text, _) => visitor.visit_i64(whole_number(text).ok_or(GiveUp)?),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        match self.0 {
            Node::Plain(text, _) => visitor.visit_f64(decimal(text).ok_or(GiveUp)?),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        match self.0 {
            Node::Plain("true", _) => visitor.visit_bool(true),
            Node::Plain("false", _) => visitor.visit_bool(false),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        match self.0 {
            Node::Seq(items, _) => visitor.visit_seq(Items(items.iter())),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        match self.0 {
            Node::Map(entries, _) => visitor.visit_map(Entries {
                entries: entries.iter(),
                value: None,
            }),
            _ => Err(GiveUp),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        self.deserialize_struct("", &[], visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        // Unit variants written as a word, `kind: theory`.
        match self.0 {
            Node::Plain(text, _) if !is_null(text) => {
                visitor.visit_enum((*text).into_deserializer())
            }
            _ => Err(GiveUp),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        if name == SPANNED {
            let pos = self.0.pos();
            return visitor.visit_seq(SpannedParts {
                pos,
                node: self.0,
                next: 0,
            });
        }
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i128 u8 u16 u32 u64 u128 f32 char bytes byte_buf unit
        unit_struct tuple tuple_struct identifier ignored_any
    }
}

/// A list's items.
struct Items<'n, 'a>(std::slice::Iter<'n, Node<'a>>);

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = GiveUp;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, GiveUp> {
        self.0
            .next()
            .map(|node| seed.deserialize(NodeDe(node)))
            .transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

/// A mapping's entries, keys as strings.
struct Entries<'n, 'a> {
    entries: std::slice::Iter<'n, Entry<'a>>,
    value: Option<&'n Node<'a>>,
}

impl<'de> de::MapAccess<'de> for Entries<'_, '_> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, GiveUp> {
        match self.entries.next() {
            Some(entry) => {
                self.value = Some(&entry.value);
                seed.deserialize(entry.key.into_deserializer()).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, GiveUp> {
        seed.deserialize(NodeDe(self.value.take().ok_or(GiveUp)?))
    }
}

/// `(line, column, value)` of a spanned node.
struct SpannedParts<'n, 'a> {
    pos: Pos,
    node: &'n Node<'a>,
    next: u8,
}

impl<'de> de::SeqAccess<'de> for SpannedParts<'_, '_> {
    type Error = GiveUp;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, GiveUp> {
        self.next += 1;
        match self.next {
            1 => seed
                .deserialize(self.pos.line.into_deserializer())
                .map(Some),
            2 => seed
                .deserialize(self.pos.column.into_deserializer())
                .map(Some),
            3 => seed.deserialize(NodeDe(self.node)).map(Some),
            _ => Ok(None),
        }
    }
}
