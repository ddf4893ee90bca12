//! A file of the built site, in memory: what render makes and write puts on
//! disk. A shared leaf, so that both stages name it without one importing
//! the other.

use std::sync::Arc;

/// A file to write: its path inside the output folder and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative, with `/`; always inside the output folder.
    pub path: String,
    /// Shared, so a page reused from the render cache is not copied.
    pub bytes: Arc<[u8]>,
}
