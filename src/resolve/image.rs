//! The pictures of the site, as resolve hands them on: each photo file once
//! (an [`ImageSource`] in `Site::images`, however many records show it), and
//! each place that shows one (a [`Picture`]: which file, and its words).
//!
//! Resolve checks what needs no decoding: the path is inside the site, the
//! file exists, the description (`alt`) is given. Reading the file (is it an
//! image, how big) is the images stage's job (`crate::images`), which points
//! its errors at [`ImageSource::named_at`].

use std::path::PathBuf;

use super::ix::ImageIx;
use crate::diagnostics::Pos;

/// A photo a page shows, with the words that go with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub source: ImageIx,
    /// What the picture shows, for people who cannot see it; never empty
    /// (a missing description is an error, a warning in the preview).
    pub alt: String,
    pub caption: Option<String>,
    /// Who took it, or where it comes from (shown as "Foto: …").
    pub credit: Option<String>,
}

/// A photo file of the site, once however many pictures show it.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageSource {
    /// The file on disk.
    pub path: PathBuf,
    /// The file as the editor knows it, below the site with `/`
    /// (`content/news/2024/pembukaan.jpg`, `static/images/logo.png`): for messages.
    pub name: String,
    /// Its name without folder and extension, made URL-safe (`pembukaan`):
    /// the start of the processed files' names.
    pub stem: String,
    /// The first place that names it (a record's `image:`, a Markdown image,
    /// warta.yaml's `logo:`): where an error about the file points.
    pub named_in: PathBuf,
    pub named_at: Pos,
}
