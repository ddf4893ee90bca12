use schemars::JsonSchema;
use serde::Deserialize;

use super::Spanned;

/// A photo a record shows (`image:`, `logo:`, an item of `gallery:`),
/// always a mapping: a photo is published only with its description, so
/// the one-line form `image: /images/x.jpg` is an error that shows this one.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// The photo file: beside the record (`pembukaan.jpg`), or below
    /// `static/` when it starts with `/` (`/images/x.jpg`).
    pub src: Spanned<String>,
    /// What the photo shows, for readers who cannot see it. Required (a
    /// warning in the preview, an error in a build).
    pub alt: Option<Spanned<String>>,
    pub caption: Option<Spanned<String>>,
    /// Who took the photo, or where it comes from.
    pub credit: Option<Spanned<String>>,
}
