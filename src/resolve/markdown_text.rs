//! A Markdown text of the site (a body, a description) as render and the
//! checks read it: its dialect, where it was written, the photos it shows.

use std::sync::Arc;

/// The Markdown dialect of bodies and descriptions: CommonMark with tables,
/// footnotes, strikethrough, task lists and heading ids. Render and the
/// checks in resolve read it alike.
pub const MARKDOWN_OPTIONS: pulldown_cmark::Options = pulldown_cmark::Options::ENABLE_TABLES
    .union(pulldown_cmark::Options::ENABLE_FOOTNOTES)
    .union(pulldown_cmark::Options::ENABLE_STRIKETHROUGH)
    .union(pulldown_cmark::Options::ENABLE_TASKLISTS)
    .union(pulldown_cmark::Options::ENABLE_HEADING_ATTRIBUTES);

/// Markdown to render, with where it came from (for warnings and links).
#[derive(Debug, Clone)]
pub struct Markdown {
    pub text: Arc<str>,
    pub range: std::ops::Range<usize>,
    /// Where it was written, for `warta check`'s link errors: the file,
    /// its text (for the snippet under an error) and, for a YAML value, where
    /// the parser placed the value.
    pub file: std::path::PathBuf,
    pub file_text: Arc<str>,
    pub origin: MarkdownOrigin,
    /// The photos of the site its images show (`![alt](pembukaan.jpg)`), by
    /// the address as written: render shows them as processed pictures.
    pub pictures: Vec<BodyPicture>,
    /// Its links and images that lead inside the site, found by the
    /// lint's walk over it (`markdown_lint::lint`) for the link check.
    pub links: Arc<[WrittenLink]>,
}

/// A link or image of a Markdown text whose address is a path of the site
/// or a relative one (web addresses, e-mail and empty links are left out),
/// at a byte offset of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenLink {
    pub offset: usize,
    pub dest: Box<str>,
    pub image: bool,
}

/// A Markdown image that shows a photo file of the site.
#[derive(Debug, Clone, PartialEq)]
pub struct BodyPicture {
    /// The address as the Markdown writes it (`pembukaan.jpg`, `/images/a.jpg`).
    pub src: String,
    pub picture: super::Picture,
}

/// How the Markdown's text relates to its file's.
#[derive(Debug, Clone, Copy)]
pub enum MarkdownOrigin {
    /// A body: `text` is the file, `range` a part of it.
    Body,
    /// A YAML value (a program's `description`): `text` is the value as the
    /// parser gave it (unindented, unescaped), placed at this position.
    Value(crate::diagnostics::Pos),
}

impl Markdown {
    pub fn source(&self) -> &str {
        &self.text[self.range.clone()]
    }

    /// The lines and columns in the file of bytes `offsets` of
    /// [`Markdown::source`], found in one pass over the text.
    pub fn places(&self, offsets: &[usize]) -> Vec<crate::diagnostics::Pos> {
        match self.origin {
            MarkdownOrigin::Body => {
                let lines = crate::diagnostics::LineIndex::new(&self.file_text);
                offsets
                    .iter()
                    .map(|o| lines.pos(&self.file_text, self.range.start + o))
                    .collect()
            }
            MarkdownOrigin::Value(at) => {
                crate::load::yaml::place::in_value_all(&self.file_text, at, self.source(), offsets)
            }
        }
    }
}
