use schemars::JsonSchema;
use serde::Deserialize;

use super::DATE_TIME_PATTERN;
use super::{Image, Spanned};

/// Front matter of `content/news/**/*.md`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewsRecord {
    pub title: Spanned<String>,
    /// A date or a datetime; parsed in `resolve` so its error can point here.
    #[schemars(regex(pattern = DATE_TIME_PATTERN))]
    pub date: Spanned<String>,
    pub summary: Option<Spanned<String>>,
    pub location: Option<Spanned<String>>,
    pub author: Option<Spanned<String>>,
    /// Whether `author` is a person or an office; guessed from its words
    /// when not given (`resolve::author`).
    pub author_kind: Option<AuthorKind>,
    pub source: Option<SourceRef>,
    #[serde(default)]
    pub programs: Vec<Spanned<String>>,
    #[serde(default)]
    pub organizations: Vec<Spanned<String>>,
    #[serde(default)]
    pub tags: Vec<Spanned<String>>,
    pub image: Option<Spanned<Image>>,
    #[serde(default)]
    pub gallery: Vec<Spanned<Image>>,
    pub slug: Option<Spanned<String>>,
    #[serde(default)]
    pub draft: bool,
}

/// What kind of author wrote a news item: search engines show a person
/// and an office differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AuthorKind {
    Person,
    Organization,
}

/// Where a syndicated item first appeared.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub name: Spanned<String>,
    pub url: Option<Spanned<String>>,
}
