//! The cards (a program's, a news item's) and what a program's page shows:
//! dates, places, registration, curriculum, participants, outcomes, funding, sharing.

use serde::Serialize;

use super::{Card, OrgRef, TermRef};

/// Registration state as of the build date, for cards and the program page.
#[derive(Debug, Clone, Serialize)]
pub struct RegistrationState {
    /// `open`, `not_yet_open`, `closed` or `full`.
    pub key: &'static str,
    /// "Pendaftaran dibuka sampai 20 Juni 2025", "Kuota penuh", ...
    pub label: String,
    /// For the script that keeps the state current between builds: the
    /// dates it turns on (ISO) and the labels of the states it can reach.
    pub opens_iso: Option<String>,
    /// `closes`, or the first day when the record has no `closes`.
    pub closes_iso: String,
    pub open_label: String,
    pub not_yet_open_label: Option<String>,
}

/// A program in a list: enough to decide whether to open it.
#[derive(Debug, Clone, Serialize)]
pub struct ProgramCard {
    pub id: String,
    pub url: String,
    pub title: String,
    pub summary: Option<String>,
    /// `upcoming`, `ongoing`, `completed`, `cancelled` or `postponed`.
    pub status: &'static str,
    pub status_label: &'static str,
    /// "24–26 Juni 2024"
    pub date_range: String,
    pub start_iso: String,
    pub end_iso: String,
    /// Regency (or province), and district when given: "Gending, Kabupaten Probolinggo".
    pub place: Option<String>,
    pub sector: Option<String>,
    /// The slugs of its region and sector terms, for the programs filters.
    pub region_slug: Option<String>,
    pub sector_slug: Option<String>,
    pub registration: Option<RegistrationState>,
    /// "Gratis", "Rp150.000", or null when the record says nothing.
    pub fee_label: Option<String>,
    /// `draft` when the program is a draft (see [`Unpublished`]); else null.
    pub unpublished: Option<&'static str>,
}

/// A news item in a list.
#[derive(Debug, Clone, Serialize)]
pub struct NewsCard {
    pub slug: String,
    pub url: String,
    pub title: String,
    pub summary: Option<String>,
    /// "Senin, 24 Juni 2024"
    pub date_label: String,
    pub date_iso: String,
    pub location: Option<String>,
    /// `draft` or `scheduled` when the item is not public yet (see
    /// [`Unpublished`]); else null.
    pub unpublished: Option<&'static str>,
}

/// Why a record on a page is not public yet: only a preview (`serve`, or
/// `build --drafts` / `--future`) has such records, and the default theme
/// marks them with a "Draf" banner on their page and a mark on their card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unpublished {
    /// `draft: true`.
    Draft,
    /// A news item dated after the build's "now".
    Scheduled,
}

impl Unpublished {
    /// The word templates compare with: `draft` or `scheduled`.
    pub fn key(self) -> &'static str {
        match self {
            Unpublished::Draft => "draft",
            Unpublished::Scheduled => "scheduled",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct VenueView {
    pub name: String,
    pub address: Option<String>,
    /// "Teori", "Praktik", or null.
    pub role_label: Option<&'static str>,
    /// OpenStreetMap link when the record gives `geo`.
    pub map_url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    pub name: Option<String>,
    pub phone: Option<String>,
    /// `tel:+62335000000`
    pub phone_url: Option<String>,
    pub email: Option<String>,
    /// `mailto:...`
    pub email_url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RegistrationView {
    pub state: RegistrationState,
    pub opens: Option<String>,
    pub opens_iso: Option<String>,
    pub closes: Option<String>,
    pub closes_iso: Option<String>,
    pub url: Option<String>,
    pub contact: Option<ContactView>,
    pub requirements: Vec<String>,
    pub fee_label: Option<String>,
}

/// Who teaches a session: a linked organization or a name.
#[derive(Debug, Clone, Serialize)]
pub struct InstructorView {
    pub name: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SessionView {
    pub title: String,
    /// "2 jam" / "2 hours"
    pub hours_label: Option<String>,
    /// `theory`, `practice`, `field-visit`, `evaluation`, or null.
    pub kind: Option<&'static str>,
    pub kind_label: Option<&'static str>,
    pub instructor: Option<InstructorView>,
    pub venue: Option<String>,
}

/// One day of the schedule. Sessions without a day come last, with `day` null.
#[derive(Debug, Clone, Serialize)]
pub struct DayView {
    pub day: Option<u32>,
    /// "Senin, 24 Juni 2024", or null for unscheduled sessions.
    pub date_label: Option<String>,
    pub sessions: Vec<SessionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OfficialView {
    pub name: String,
    pub position: Option<String>,
    pub organization: Option<OrgRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    pub name: String,
    pub target: Option<String>,
    pub actual: Option<String>,
    pub unit: Option<String>,
    /// Actual as a share of target, 0-100 and more, rounded; null without both.
    pub percent: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutcomesView {
    pub graduates: Option<String>,
    pub businesses_started: Option<String>,
    pub jobs_created: Option<String>,
    pub indicators: Vec<IndicatorView>,
    pub follow_up: Option<String>,
    pub reported_on: Option<String>,
    pub reported_on_iso: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FundingView {
    pub source: Option<String>,
    /// "Rp45.000.000"
    pub amount: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParticipantsView {
    pub quota: Option<String>,
    pub registered: Option<String>,
    pub attended: Option<String>,
    pub origin: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RegionView {
    pub province: Option<String>,
    pub regency: Option<String>,
    pub district: Option<String>,
    /// The region's term page.
    pub url: Option<String>,
}

/// Everything on a program's page.
#[derive(Debug, Clone, Serialize)]
pub struct ProgramView {
    /// A [`ProgramCard`].
    pub card: Card,
    /// Start and end in full: "Senin, 24 Juni 2024"; times when given: "08.00 WIB".
    pub start_label: String,
    pub end_label: String,
    pub start_time: Option<String>,
    /// "3 hari"
    pub days_label: String,
    pub description_html: Option<String>,
    /// The program's photo, at the top; its gallery, as thumbnails.
    pub image: Option<super::PictureView>,
    pub gallery: Vec<super::PictureView>,
    pub organizers: Vec<OrgRef>,
    pub partners: Vec<OrgRef>,
    pub sector: Option<TermRef>,
    pub tags: Vec<TermRef>,
    pub region: RegionView,
    pub venues: Vec<VenueView>,
    pub target_group: Option<String>,
    pub participants: Option<ParticipantsView>,
    pub registration: Option<RegistrationView>,
    pub schedule: Vec<DayView>,
    pub officials: Vec<OfficialView>,
    pub outcomes: Option<OutcomesView>,
    pub funding: Option<FundingView>,
    /// The first [`NewsCard`]s of its news.
    pub news: Vec<Card>,
    /// Set when `news` are not all of them.
    pub news_all: Option<super::MoreLink>,
    /// The program as an iCalendar file: `/programs/<id>.ics`.
    pub calendar_url: String,
    pub share: ShareView,
    /// For the printed page; null when the address is too long for a QR code.
    pub qr: Option<QrView>,
}

/// Ways to pass a page on, none needing a third-party script.
#[derive(Debug, Clone, Serialize)]
pub struct ShareView {
    /// The page's absolute address, to show and to copy.
    pub page_url: String,
    /// `https://wa.me/?text=...`
    pub whatsapp_url: String,
    /// `mailto:?subject=...&body=...`
    pub email_url: String,
}

/// A QR code for print: where it leads and what it says.
#[derive(Debug, Clone, Serialize)]
pub struct QrView {
    /// Inline SVG, made by warta (safe to output unescaped).
    pub svg: String,
    pub target_url: String,
    /// "Pindai untuk mendaftar" / "Scan to open this page"
    pub caption: &'static str,
}
