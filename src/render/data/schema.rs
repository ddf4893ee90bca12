//! The records of the open data, as published: each struct is one object of
//! `data/programs.json` or `data/news.json` (docs/DATA.md). Field names are
//! the interface portals import; add fields, never rename one.

use serde::Serialize;

/// Bumped when a field changes meaning or goes away. 2: `start`, `end` and
/// a news `date` are always a day; a time is in the `..datetime` fields.
pub(super) const SCHEMA_VERSION: u32 = 2;

#[derive(Serialize)]
pub(super) struct OrgData {
    pub(super) id: String,
    pub(super) name: String,
}

#[derive(Serialize)]
pub(super) struct RegionData {
    pub(super) province: Option<String>,
    pub(super) regency: Option<String>,
    pub(super) district: Option<String>,
}

#[derive(Serialize)]
pub(super) struct VenueData {
    pub(super) name: String,
    pub(super) address: Option<String>,
    pub(super) role: Option<crate::model::VenueRole>,
    pub(super) lat: Option<f64>,
    pub(super) lon: Option<f64>,
}

#[derive(Serialize)]
pub(super) struct ParticipantsData {
    pub(super) quota: Option<u64>,
    pub(super) registered: Option<u64>,
    pub(super) attended: Option<u64>,
    pub(super) origin: Option<String>,
}

#[derive(Serialize)]
pub(super) struct ContactData {
    pub(super) name: Option<String>,
    pub(super) phone: Option<String>,
    pub(super) email: Option<String>,
}

#[derive(Serialize)]
pub(super) struct RegistrationData {
    pub(super) opens: Option<String>,
    pub(super) closes: Option<String>,
    pub(super) url: Option<String>,
    pub(super) fee: Option<u64>,
    pub(super) requirements: Vec<String>,
    pub(super) contact: Option<ContactData>,
}

#[derive(Serialize)]
pub(super) struct SessionData {
    pub(super) day: Option<u32>,
    pub(super) title: String,
    pub(super) kind: Option<crate::model::SessionKind>,
    pub(super) hours: Option<f64>,
    pub(super) instructor: Option<String>,
    pub(super) instructor_organization: Option<String>,
    pub(super) venue: Option<String>,
}

#[derive(Serialize)]
pub(super) struct OfficialData {
    pub(super) name: String,
    pub(super) position: Option<String>,
    pub(super) organization: Option<String>,
}

#[derive(Serialize)]
pub(super) struct IndicatorData {
    pub(super) name: String,
    pub(super) target: Option<f64>,
    pub(super) actual: Option<f64>,
    pub(super) unit: Option<String>,
}

#[derive(Serialize)]
pub(super) struct OutcomesData {
    pub(super) graduates: Option<u64>,
    pub(super) businesses_started: Option<u64>,
    pub(super) jobs_created: Option<u64>,
    pub(super) indicators: Vec<IndicatorData>,
    pub(super) follow_up: Option<String>,
    pub(super) reported_on: Option<String>,
}

#[derive(Serialize)]
pub(super) struct FundingData {
    pub(super) source: Option<String>,
    pub(super) amount: Option<u64>,
}

#[derive(Serialize)]
pub(super) struct ProgramData {
    pub(super) id: String,
    pub(super) url: String,
    pub(super) title: String,
    pub(super) summary: Option<String>,
    pub(super) status: &'static str,
    /// The first day, `YYYY-MM-DD`, even when the record gave a time.
    pub(super) start: String,
    pub(super) end: String,
    /// RFC 3339 with offset when the record gave a time, else `None`.
    pub(super) start_datetime: Option<String>,
    pub(super) end_datetime: Option<String>,
    pub(super) days: i64,
    pub(super) sector: Option<String>,
    pub(super) tags: Vec<String>,
    pub(super) region: RegionData,
    pub(super) organizers: Vec<OrgData>,
    pub(super) partners: Vec<OrgData>,
    pub(super) target_group: Option<String>,
    pub(super) venues: Vec<VenueData>,
    pub(super) participants: ParticipantsData,
    pub(super) registration: Option<RegistrationData>,
    pub(super) curriculum: Vec<SessionData>,
    pub(super) officials: Vec<OfficialData>,
    pub(super) outcomes: Option<OutcomesData>,
    pub(super) funding: Option<FundingData>,
    pub(super) news: Vec<String>,
}

#[derive(Serialize)]
pub(super) struct SourceData {
    pub(super) name: String,
    pub(super) url: Option<String>,
}

#[derive(Serialize)]
pub(super) struct NewsData {
    pub(super) slug: String,
    pub(super) url: String,
    pub(super) title: String,
    /// The day, `YYYY-MM-DD`; the time, when given, is in `datetime`.
    pub(super) date: String,
    pub(super) datetime: Option<String>,
    pub(super) summary: Option<String>,
    pub(super) location: Option<String>,
    pub(super) author: Option<String>,
    pub(super) source: Option<SourceData>,
    pub(super) programs: Vec<String>,
    pub(super) organizations: Vec<String>,
    pub(super) tags: Vec<String>,
}

#[derive(Serialize)]
pub(super) struct Document<T> {
    pub(super) schema_version: u32,
    pub(super) site: String,
    pub(super) generated_on: String,
    #[serde(flatten)]
    pub(super) items: T,
}

#[derive(Serialize)]
pub(super) struct Programs {
    pub(super) programs: Vec<ProgramData>,
}

#[derive(Serialize)]
pub(super) struct News {
    pub(super) news: Vec<NewsData>,
}
