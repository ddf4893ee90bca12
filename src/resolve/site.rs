//! The validated site graph: what `render` trusts.
//!
//! References are typed indices into the site's lists (`ix.rs`), checked to
//! exist; dates are
//! date types; every number is known to be non-negative. Templates never see
//! these types: `render::view` turns them into plain structs.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::ix::{ImageIx, NewsIx, OrgIx, ProgramIx, VenueIx};
use super::outcomes::Figure;
use super::records::Records;
use crate::i18n::Language;
use crate::model::{OrganizationKind, SessionKind, VenueRole};

pub use super::markdown_text::{
    BodyPicture, MARKDOWN_OPTIONS, Markdown, MarkdownOrigin, WrittenLink,
};
use super::registration::RegistrationState;

#[derive(Debug, Clone)]
pub struct SiteConfig {
    pub title: String,
    pub description: String,
    /// Absolute, ending in `/`: `https://host/sub/`.
    pub base_url: String,
    /// The path part of `base_url`, starting and ending with `/`: `/sub/`.
    pub base_path: String,
    pub language: Language,
    pub timezone: TimeZone,
    pub news_per_page: usize,
    /// Program cards on each page of a list of programs (`programs_per_page`).
    pub programs_per_page: usize,
    pub publisher: Option<OrgIx>,
    /// Make every link relative to its page (for sites opened from disk).
    pub relative_urls: bool,
    /// What happens to HTML written inside Markdown (`unsafe_html`).
    pub raw_html: RawHtml,
    /// The site's logo (`logo:`): shown in the header, and the favicon and
    /// apple-touch icon are made from it.
    pub logo: Option<super::Picture>,
    /// The share image of pages without a photo of their own (`share_image:`).
    pub share_image: Option<super::Picture>,
    /// The git host the published CMS saves to (`cms:`); `None`: no CMS
    /// in the built site.
    pub cms: Option<GitBackend>,
}

/// `cms:` of `warta.yaml`, checked: what Decap's git backend needs.
#[derive(Debug, Clone, PartialEq)]
pub struct GitBackend {
    pub host: crate::model::GitHost,
    /// `owner/name` (GitLab: `group/subgroup/name`).
    pub repo: String,
    pub branch: String,
    pub base_url: Option<String>,
    pub api_root: Option<String>,
    pub app_id: Option<String>,
}

/// Raw HTML inside Markdown bodies and descriptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RawHtml {
    /// Harmless markup stays; scripts, event handlers, frames, forms and
    /// `javascript:` links are removed (the default).
    #[default]
    Sanitize,
    /// Passed through as written (`unsafe_html: true`): for sites whose
    /// editors are trusted to embed videos, maps or forms.
    Allow,
}

/// A moment given either as a whole day or as a time of day.
#[derive(Debug, Clone, PartialEq)]
pub enum When {
    Day(Date),
    /// A time, kept in the site's time zone for display.
    Time(jiff::ZonedDateTime),
}

impl When {
    pub fn date(&self) -> Date {
        match self {
            When::Day(d) => *d,
            When::Time(z) => z.date(),
        }
    }

    /// For sorting: a whole day sorts at its start in the site's zone.
    pub fn timestamp(&self, tz: &TimeZone) -> Timestamp {
        match self {
            When::Day(d) => d
                .to_zoned_datetime(tz.clone())
                .map(|z| z.timestamp())
                .unwrap_or(Timestamp::UNIX_EPOCH),
            When::Time(z) => z.timestamp(),
        }
    }
}

/// Where a program is in its life, as of the build date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Ongoing,
    Upcoming,
    Completed,
    Postponed,
    Cancelled,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Upcoming => "upcoming",
            Status::Ongoing => "ongoing",
            Status::Completed => "completed",
            Status::Cancelled => "cancelled",
            Status::Postponed => "postponed",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Region {
    pub province: Option<String>,
    pub regency: Option<String>,
    pub district: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Organization {
    /// The source file's version: pages made from this record change only
    /// when it does (see `render::cache`).
    pub version: u64,
    pub id: String,
    pub name: String,
    pub short_name: Option<String>,
    pub kind: OrganizationKind,
    /// The organization's logo.
    pub logo: Option<super::Picture>,
    pub url: Option<String>,
    pub region: Region,
    /// Programs it organizes or partners in, newest first.
    pub programs: Vec<ProgramIx>,
    /// News that names it or one of its programs, newest first.
    pub news: Vec<NewsIx>,
}

#[derive(Debug, Clone)]
pub struct Venue {
    pub name: String,
    pub address: Option<String>,
    pub role: Option<VenueRole>,
    pub geo: Option<(f64, f64)>,
}

#[derive(Debug, Clone, Default)]
pub struct Participants {
    pub quota: Option<u64>,
    pub registered: Option<u64>,
    pub attended: Option<u64>,
    pub origin: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Contact {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Registration {
    pub opens: Option<Date>,
    pub closes: Option<Date>,
    pub url: Option<String>,
    pub contact: Option<Contact>,
    pub requirements: Vec<String>,
    pub fee: Option<u64>,
}

#[derive(Debug, Clone)]
pub enum Instructor {
    Organization(OrgIx),
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Session {
    pub title: String,
    /// 1-based day of the program; derived from `date:` when that was given.
    pub day: Option<u32>,
    pub hours: Option<f64>,
    pub kind: Option<SessionKind>,
    pub instructor: Option<Instructor>,
    /// One of the program's venues.
    pub venue: Option<VenueIx>,
}

#[derive(Debug, Clone)]
pub struct Official {
    pub name: String,
    pub position: Option<String>,
    pub organization: Option<OrgIx>,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub name: String,
    pub target: Option<f64>,
    pub actual: Option<f64>,
    pub unit: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Outcomes {
    pub graduates: Option<u64>,
    pub businesses_started: Option<u64>,
    pub jobs_created: Option<u64>,
    pub indicators: Vec<Indicator>,
    pub follow_up: Option<String>,
    pub reported_on: Option<Date>,
}

#[derive(Debug, Clone, Default)]
pub struct Funding {
    pub source: Option<String>,
    pub amount: Option<u64>,
}

#[derive(Debug, Clone)]
pub struct Program {
    /// The source file's version: pages made from this record change only
    /// when it does (see `render::cache`).
    pub version: u64,
    pub id: String,
    pub title: String,
    pub summary: Option<String>,
    pub description: Option<Markdown>,
    pub start: When,
    pub end: When,
    pub status: Status,
    /// Whether people can register as of the build date, decided with
    /// `status`; `None` when the record has no `registration`.
    pub registration_state: Option<RegistrationState>,
    pub organizers: Vec<OrgIx>,
    pub partners: Vec<OrgIx>,
    pub sector: Option<String>,
    pub tags: Vec<String>,
    pub region: Region,
    pub venues: Vec<Venue>,
    pub target_group: Option<String>,
    pub participants: Participants,
    pub registration: Option<Registration>,
    pub curriculum: Vec<Session>,
    pub officials: Vec<Official>,
    pub outcomes: Option<Outcomes>,
    pub funding: Option<Funding>,
    /// The program's photo: its pages' picture and share image.
    pub image: Option<super::Picture>,
    pub gallery: Vec<super::Picture>,
    pub draft: bool,
    /// News about this program, newest first.
    pub news: Vec<NewsIx>,
}

impl Program {
    /// Inclusive length in days.
    pub fn days(&self) -> i64 {
        (self.end.date() - self.start.date()).get_days() as i64 + 1
    }
}

#[derive(Debug, Clone)]
pub struct NewsSource {
    pub name: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone)]
pub struct NewsItem {
    /// The source file's version: pages made from this record change only
    /// when it does (see `render::cache`).
    pub version: u64,
    pub slug: String,
    pub title: String,
    pub date: When,
    pub summary: Option<String>,
    pub location: Option<String>,
    pub author: Option<super::Author>,
    pub source: Option<NewsSource>,
    pub programs: Vec<ProgramIx>,
    pub organizations: Vec<OrgIx>,
    pub tags: Vec<String>,
    /// The news item's photo: its page's picture and share image.
    pub image: Option<super::Picture>,
    pub body: Markdown,
    pub gallery: Vec<super::Picture>,
    pub draft: bool,
}

#[derive(Debug, Clone)]
pub struct Page {
    /// The URL path below the site, without slashes at the ends: `tentang`.
    pub path: String,
    pub title: String,
    pub summary: Option<String>,
    pub image: Option<super::Picture>,
    pub body: Markdown,
    pub draft: bool,
}

/// A taxonomy term (a region, a sector or a tag) and what carries it.
#[derive(Debug, Clone)]
pub struct Term {
    pub name: String,
    pub slug: String,
    pub programs: Vec<ProgramIx>,
    pub news: Vec<NewsIx>,
    /// For regions: the districts within it that programs name.
    pub children: Vec<String>,
}

/// Figures over completed programs, for the outcomes page and the home page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub programs: u64,
    pub participants: Figure,
    pub graduates: Figure,
    pub businesses_started: Figure,
    pub jobs_created: Figure,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    pub label: String,
    /// The term's slug where the label is a taxonomy term.
    pub slug: Option<String>,
    pub totals: Totals,
}

#[derive(Debug, Clone, Default)]
pub struct Aggregates {
    pub totals: Totals,
    pub by_year: Vec<Breakdown>,
    pub by_regency: Vec<Breakdown>,
    pub by_sector: Vec<Breakdown>,
}

#[derive(Debug, Clone)]
pub struct Site {
    pub config: SiteConfig,
    /// The build date in the site's time zone: the day statuses are as of.
    pub today: Date,
    /// The build's "now" (the clock, or SOURCE_DATE_EPOCH).
    pub built_at: Timestamp,
    /// Sorted by name.
    pub organizations: Records<OrgIx, Organization>,
    /// Newest start first.
    pub programs: Records<ProgramIx, Program>,
    /// Newest first.
    pub news: Records<NewsIx, NewsItem>,
    pub pages: Vec<Page>,
    pub regions: Vec<Term>,
    pub sectors: Vec<Term>,
    pub tags: Vec<Term>,
    pub aggregates: Aggregates,
    /// Every photo file the site shows, once each (`super::image`).
    pub images: Records<ImageIx, super::ImageSource>,
    /// What this build left out (drafts, future news).
    pub left_out: super::LeftOut,
}
