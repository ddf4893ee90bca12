use schemars::JsonSchema;
use serde::Deserialize;

use super::{Image, Spanned};

/// Front matter of `content/pages/**/*.md`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PageRecord {
    pub title: Spanned<String>,
    pub summary: Option<Spanned<String>>,
    pub image: Option<Spanned<Image>>,
    #[serde(default)]
    pub draft: bool,
}
