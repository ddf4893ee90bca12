use schemars::JsonSchema;
use serde::Deserialize;

use super::Spanned;

/// Front matter of `content/pages/**/*.md`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PageRecord {
    pub title: Spanned<String>,
    pub summary: Option<Spanned<String>>,
    #[serde(default)]
    pub draft: bool,
}
