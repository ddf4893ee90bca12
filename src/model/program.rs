use schemars::JsonSchema;
use serde::Deserialize;

use super::{DATE_PATTERN, DATE_TIME_PATTERN, Image, Region, Spanned};

/// `content/programs/<id>.yaml`: one training program.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProgramRecord {
    /// Overrides the file stem as the program's id.
    pub id: Option<Spanned<String>>,
    pub title: Spanned<String>,
    pub summary: Option<Spanned<String>>,
    /// Markdown.
    pub description: Option<Spanned<String>>,
    #[schemars(regex(pattern = DATE_TIME_PATTERN))]
    pub start: Spanned<String>,
    #[schemars(regex(pattern = DATE_TIME_PATTERN))]
    pub end: Option<Spanned<String>>,
    pub status: Option<Spanned<StatusOverride>>,
    pub organizers: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    pub partners: Vec<Spanned<String>>,
    pub sector: Option<Spanned<String>>,
    #[serde(default)]
    pub tags: Vec<Spanned<String>>,
    pub region: Option<Region>,
    #[serde(default)]
    pub venues: Vec<Venue>,
    pub target_group: Option<Spanned<String>>,
    pub participants: Option<Participants>,
    pub registration: Option<Registration>,
    #[serde(default)]
    pub curriculum: Vec<Session>,
    #[serde(default)]
    pub officials: Vec<Official>,
    pub outcomes: Option<Outcomes>,
    pub funding: Option<Funding>,
    /// The program's photo: its pages' picture and share image.
    pub image: Option<Spanned<Image>>,
    #[serde(default)]
    pub gallery: Vec<Spanned<Image>>,
    #[serde(default)]
    pub draft: bool,
}

/// The only statuses an editor sets by hand; the others follow from dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum StatusOverride {
    Cancelled,
    Postponed,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Venue {
    pub name: Spanned<String>,
    pub address: Option<Spanned<String>>,
    pub role: Option<VenueRole>,
    pub geo: Option<Geo>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum VenueRole {
    Theory,
    Practice,
    Other,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Geo {
    #[schemars(range(min = -90.0, max = 90.0))]
    pub lat: Spanned<f64>,
    #[schemars(range(min = -180.0, max = 180.0))]
    pub lon: Spanned<f64>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Participants {
    #[schemars(range(min = 0))]
    pub quota: Option<Spanned<i64>>,
    #[schemars(range(min = 0))]
    pub registered: Option<Spanned<i64>>,
    #[schemars(range(min = 0))]
    pub attended: Option<Spanned<i64>>,
    pub origin: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Registration {
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub opens: Option<Spanned<String>>,
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub closes: Option<Spanned<String>>,
    pub url: Option<Spanned<String>>,
    pub contact: Option<Contact>,
    #[serde(default)]
    pub requirements: Vec<Spanned<String>>,
    #[schemars(range(min = 0))]
    pub fee: Option<Spanned<i64>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Option<Spanned<String>>,
    pub phone: Option<Spanned<String>>,
    pub email: Option<Spanned<String>>,
}

/// One session of the curriculum.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub title: Spanned<String>,
    /// 1-based day of the program.
    #[schemars(range(min = 1))]
    pub day: Option<Spanned<i64>>,
    /// Alternative to `day`: the calendar date of the session.
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub date: Option<Spanned<String>>,
    #[schemars(range(min = 0.0))]
    pub hours: Option<Spanned<f64>>,
    pub kind: Option<SessionKind>,
    /// Free text, or an organization id (then linked).
    pub instructor: Option<Spanned<String>>,
    /// Must name one of the program's venues.
    pub venue: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SessionKind {
    Theory,
    Practice,
    FieldVisit,
    Evaluation,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Official {
    pub name: Spanned<String>,
    pub position: Option<Spanned<String>>,
    /// An organization id.
    pub organization: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcomes {
    #[schemars(range(min = 0))]
    pub graduates: Option<Spanned<i64>>,
    #[schemars(range(min = 0))]
    pub businesses_started: Option<Spanned<i64>>,
    #[schemars(range(min = 0))]
    pub jobs_created: Option<Spanned<i64>>,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    pub follow_up: Option<Spanned<String>>,
    #[schemars(regex(pattern = DATE_PATTERN))]
    pub reported_on: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub name: Spanned<String>,
    #[schemars(range(min = 0.0))]
    pub target: Option<Spanned<f64>>,
    #[schemars(range(min = 0.0))]
    pub actual: Option<Spanned<f64>>,
    pub unit: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    pub source: Option<Spanned<String>>,
    #[schemars(range(min = 0))]
    pub amount: Option<Spanned<i64>>,
}
