//! The limits every YAML text is read within, whichever reader reads it.
//!
//! A record needs a few hundred values, nested four levels deep; the limits
//! are far above that and far below what would make a build take minutes or
//! gigabytes. They live here, with the words an editor sees when one is
//! reached, so that our plain reader ([`super::plain`]) and serde-saphyr
//! (given them in `super::options`) refuse the same text with the same
//! message at the same place. docs/CONTENT.md lists them.

use std::cell::Cell;

use super::YamlError;
use crate::diagnostics::Pos;
use crate::msg;

/// Values in one file: every key, every value, every list and mapping.
/// A long program record has about a thousand; 5,000 program ids in one
/// news item are still read (and each reported if unknown). Each tag of a
/// news item is a page of the site: a 5 MB `tags: [...]` of 600,000 would
/// be 600,000 pages (minutes of build, gigabytes of memory); with the limit
/// in both readers it is refused in 0.03 s (benches/budgets.py).
pub const MAX_VALUES: usize = 50_000;
/// Parser events (a value, or the start or end of a list or mapping): at
/// most two per value, so [`MAX_VALUES`] is reached first.
pub const MAX_EVENTS: usize = 4 * MAX_VALUES;
/// How deep values may nest. The deepest record needs four levels (a
/// program's `outcomes` > `indicators` > one indicator > its keys); anything
/// far deeper is a mistake or an attack on the parser's stack.
pub const MAX_DEPTH: usize = 32;
/// Anchors (`&name`) and aliases (`*name`) are legal YAML, but no record needs
/// many; a "billion laughs" file needs thousands of expansions.
pub const MAX_ALIASES: usize = 1_000;
/// Events an alias may bring back in total: what bounds the memory a small
/// file can make the parser use.
pub const MAX_REPLAYED_EVENTS: usize = 100_000;
/// How much text aliases may repeat in one file, in total. Aliases count
/// and nest within the limits above, but each may repeat a long value: a
/// 10 MiB anchored summary aliased a thousand times would be 10 GiB of text
/// in memory, in a file that passes every other limit.
pub const MAX_ALIAS_BYTES: usize = 1024 * 1024;

/// More than [`MAX_VALUES`] values; `pos` is the first value past it.
pub fn too_many_values(pos: Pos) -> YamlError {
    YamlError {
        pos,
        message: msg!(YAML_TOO_MANY_VALUES),
        hint: Some(msg!(YAML_TOO_MANY_VALUES_HINT)),
    }
}

/// Nesting deeper than [`MAX_DEPTH`].
pub fn too_deep(pos: Pos) -> YamlError {
    YamlError {
        pos,
        message: msg!(YAML_TOO_DEEP, max = MAX_DEPTH),
        hint: Some(msg!(YAML_TOO_DEEP_HINT)),
    }
}

/// Counts the values a reader makes, in the order the text has them, and
/// remembers the first one past [`MAX_VALUES`]. Counted as serde-saphyr
/// counts its nodes: a mapping or list where it starts, then each key and
/// each value.
#[derive(Debug, Default)]
pub struct ValueCount {
    count: Cell<usize>,
    over: Cell<Option<Pos>>,
}

impl ValueCount {
    /// One more value, at `pos`; `None` once past the limit: the reader
    /// stops there and reports [`ValueCount::breach`].
    pub fn one_more(&self, pos: Pos) -> Option<()> {
        if self.over.get().is_some() {
            return None;
        }
        let count = self.count.get() + 1;
        self.count.set(count);
        if count > MAX_VALUES {
            self.over.set(Some(pos));
            return None;
        }
        Some(())
    }

    /// The error for the first value past the limit, if one was counted.
    pub fn breach(&self) -> Option<YamlError> {
        self.over.get().map(too_many_values)
    }
}
