//! How much Markdown one text (a news item's or a page's body, a program's
//! `description`) may hold.
//!
//! Rendering costs memory in proportion to the Markdown elements of a text,
//! not to its bytes: a 1.4 MB body of one-character list items, or of a
//! table's cells, takes 0.6-1.2 GB to render, where 1.4 MB of prose takes 26
//! MB. Two limits, both checked in the first pass over a text (the
//! accessibility checks, `markdown_lint`), before any page is rendered:
//! its size, before a parser reads it (the parser's own tree grows with
//! the elements, and a size bounds them), and then its elements, counted
//! as the parser meets them. Far above what an article or a long page with
//! tables needs.

use crate::i18n::ProseNumber;
use crate::msg;

use super::markdown_lint::Finding;

/// Bytes of Markdown in one text: some 300,000 words.
pub const MAX_MARKDOWN_BYTES: usize = 2 * 1024 * 1024;
/// Markdown elements in one text, as the parser reports them (the start and
/// end of each paragraph, heading, list item, table cell, link or
/// emphasis, and each run of text): a long article has a few thousand, a
/// table of 2,000 rows and 10 columns some 60,000.
pub const MAX_MARKDOWN_ELEMENTS: usize = 200_000;

/// The text is longer than [`MAX_MARKDOWN_BYTES`]: where it passes that.
pub fn over_size(source: &str) -> Option<Finding> {
    if source.len() <= MAX_MARKDOWN_BYTES {
        return None;
    }
    let mut offset = MAX_MARKDOWN_BYTES;
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    Some(Finding {
        offset,
        message: msg!(MARKDOWN_TOO_LONG, mib = MAX_MARKDOWN_BYTES / 1024 / 1024),
        hint: msg!(MARKDOWN_TOO_LONG_HINT),
        required: false,
    })
}

/// The element at `offset` is one more than [`MAX_MARKDOWN_ELEMENTS`].
pub fn too_many_elements(offset: usize) -> Finding {
    Finding {
        offset,
        message: msg!(
            MARKDOWN_TOO_MANY_ELEMENTS,
            max = ProseNumber(MAX_MARKDOWN_ELEMENTS as u64)
        ),
        hint: msg!(MARKDOWN_TOO_MANY_ELEMENTS_HINT),
        required: false,
    }
}
