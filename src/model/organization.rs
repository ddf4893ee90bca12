use schemars::JsonSchema;
use serde::Deserialize;

use super::{Image, Region, Spanned};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum OrganizationKind {
    Government,
    University,
    Company,
    Community,
    #[default]
    Other,
}

/// `content/organizations/<id>.yaml`; the id is the file stem.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganizationRecord {
    pub name: Spanned<String>,
    pub short_name: Option<Spanned<String>>,
    pub kind: Option<OrganizationKind>,
    pub url: Option<Spanned<String>>,
    pub region: Option<Region>,
    /// The organization's logo.
    pub logo: Option<Spanned<Image>>,
}
