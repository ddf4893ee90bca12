use schemars::JsonSchema;
use serde::Deserialize;

use super::{Image, Spanned};

/// `warta.yaml`. Every key is optional; `resolve` fills in the defaults.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfigRecord {
    pub title: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
    pub base_url: Option<Spanned<String>>,
    pub language: Option<Spanned<String>>,
    pub timezone: Option<Spanned<String>>,
    pub theme: Option<Spanned<String>>,
    #[schemars(range(min = 1, max = 1000))]
    pub news_per_page: Option<Spanned<i64>>,
    /// Program cards on each page of a list of programs.
    #[schemars(range(min = 1, max = 1000))]
    pub programs_per_page: Option<Spanned<i64>>,
    pub publisher: Option<Spanned<String>>,
    /// Every link relative, so the output works opened from disk.
    pub relative_urls: Option<bool>,
    /// Pass raw HTML in Markdown through unchanged (scripts and all), instead
    /// of sanitising it. Only for sites whose every editor is trusted.
    pub unsafe_html: Option<bool>,
    /// The site's logo (the favicon is made from it), relative to the site folder.
    pub logo: Option<Spanned<Image>>,
    /// The picture of shared links to pages without a photo of their own.
    pub share_image: Option<Spanned<Image>>,
}
