//! Lines and columns of a text from one pass over it.

use super::Pos;

/// Where each line of a text starts, found in one pass. Turning a line
/// number into its text, or a byte offset into a line and column, is then a
/// lookup instead of a scan from the start of the file: done once per
/// problem, that scan makes reporting N problems of one file cost N times
/// the file. Shared by the problems of a file, the index prints 80,000
/// warnings of one file in under a second (benches/budgets.py).
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
    /// The last place asked for, `(byte, column)`: problems are asked for
    /// in order, so a long line is counted once, not once per problem on it.
    last: std::cell::Cell<(usize, u32)>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex {
            starts,
            last: std::cell::Cell::new((0, 1)),
        }
    }

    /// Line `number` (1-based) of `text`, the text this index was made of,
    /// without its line break; `None` past the end.
    pub fn line<'t>(&self, text: &'t str, number: u32) -> Option<&'t str> {
        let i = (number as usize).checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).map_or(text.len(), |next| next - 1);
        text.get(start..end)
    }

    /// The line and column (in characters) of byte `offset` of `text`, the
    /// text this index was made of; inside a character, its start.
    pub fn pos(&self, text: &str, offset: usize) -> Pos {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|start| *start <= offset);
        let line_start = self.starts[line - 1];
        let (last_byte, last_column) = self.last.get();
        let column = if (line_start..=offset).contains(&last_byte) {
            last_column + count_chars(&text[last_byte..offset])
        } else {
            1 + count_chars(&text[line_start..offset])
        };
        self.last.set((offset, column));
        Pos::new(u32::try_from(line).unwrap_or(u32::MAX), column)
    }
}

fn count_chars(text: &str) -> u32 {
    u32::try_from(text.chars().count()).unwrap_or(u32::MAX)
}
