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
    /// The browser CMS published with the site (`admin/`), and the git
    /// host it saves to.
    pub cms: Option<Spanned<CmsRecord>>,
}

/// `cms:` of `warta.yaml`: where the CMS of a built site saves its edits.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CmsRecord {
    pub backend: Spanned<GitHost>,
    /// `owner/name` of the site's repository.
    pub repo: Spanned<String>,
    /// The branch the CMS commits to; default `main`.
    pub branch: Option<Spanned<String>>,
    /// The address of the sign-in service (OAuth), for a self-hosted host.
    pub base_url: Option<Spanned<String>>,
    /// The address of the host's API, for a self-hosted host.
    pub api_root: Option<Spanned<String>>,
    /// The OAuth application's id (GitLab and Gitea sign-in without a server).
    pub app_id: Option<Spanned<String>>,
}

/// The git hosts the CMS can save to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum GitHost {
    Github,
    Gitlab,
    Gitea,
}
