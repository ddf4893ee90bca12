//! The template context: plain serializable structs made from the `Site`.
//!
//! Templates never see internal types. Every field is always present (an
//! absent value is `null`), because Tera 2 errors on undefined fields; dates
//! arrive formatted for the site's language and also as ISO strings; every
//! URL is complete (it includes the base path), so templates never build one.

use std::borrow::Cow;

use serde::Serialize;

/// A [`ProgramCard`] or a [`NewsCard`] made into a Tera value once per
/// build (`Ctx::program_card_value`): every page that shows it shares it,
/// and Tera takes it into a page's context without serializing it again.
pub type Card = tera::Value;

/// A link to an organization's page.
#[derive(Debug, Clone, Serialize)]
pub struct OrgRef {
    pub id: String,
    pub name: String,
    pub short_name: Option<String>,
    pub url: String,
}

/// A link to a taxonomy term's page.
#[derive(Debug, Clone, Serialize)]
pub struct TermRef {
    pub name: String,
    pub url: String,
}

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
    /// [`NewsCard`]s.
    pub news: Vec<Card>,
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

#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub name: String,
    pub url: Option<String>,
}

/// Everything on a news item's page.
#[derive(Debug, Clone, Serialize)]
pub struct NewsView {
    /// A [`NewsCard`].
    pub card: Card,
    /// "10.00 WIB" when the date has a time.
    pub time_label: Option<String>,
    pub author: Option<String>,
    pub source: Option<SourceView>,
    pub image_url: Option<String>,
    pub body_html: String,
    /// [`ProgramCard`]s.
    pub programs: Vec<Card>,
    pub organizations: Vec<OrgRef>,
    pub tags: Vec<TermRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    pub number: usize,
    pub url: String,
    pub current: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    pub current: usize,
    pub total: usize,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
    pub pages: Vec<PageLink>,
}

/// A taxonomy term with its counts, for indexes and term pages.
#[derive(Debug, Clone, Serialize)]
pub struct TermSummary {
    pub name: String,
    pub url: String,
    pub program_count: usize,
    pub news_count: usize,
    /// "3 program · 1 berita" / "1 program · 2 news items"
    pub counts_label: String,
    /// For regions: districts named by its programs.
    pub children: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrganizationView {
    pub org: OrgRef,
    /// "Instansi pemerintah"
    pub kind_label: &'static str,
    pub website: Option<String>,
    pub region: Option<String>,
    /// [`ProgramCard`]s and [`NewsCard`]s.
    pub programs: Vec<Card>,
    pub news: Vec<Card>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TotalsView {
    pub programs: String,
    pub participants: String,
    pub graduates: String,
    pub businesses_started: String,
    pub jobs_created: String,
}

/// A row of a breakdown table.
#[derive(Debug, Clone, Serialize)]
pub struct BreakdownRow {
    pub label: String,
    pub url: Option<String>,
    pub totals: TotalsView,
    /// Raw numbers for charts.
    pub graduates: u64,
    pub participants: u64,
}

/// An indicator of one program, for the outcomes page.
#[derive(Debug, Clone, Serialize)]
pub struct ProgramIndicator {
    pub program: String,
    pub url: String,
    pub indicator: IndicatorView,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutcomesPage {
    pub totals: TotalsView,
    pub by_year: Vec<BreakdownRow>,
    pub by_regency: Vec<BreakdownRow>,
    pub by_sector: Vec<BreakdownRow>,
    pub indicators: Vec<ProgramIndicator>,
    pub charts: OutcomesCharts,
}

/// Inline SVG bar charts, one per breakdown; empty when it has no rows.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomesCharts {
    pub by_year: String,
    pub by_regency: String,
    pub by_sector: String,
}

/// A group on the programs index.
#[derive(Debug, Clone, Serialize)]
pub struct ProgramGroup {
    /// `ongoing`, `upcoming`, `completed`, `cancelled`.
    pub key: &'static str,
    pub label: &'static str,
    /// [`ProgramCard`]s.
    pub programs: Vec<Card>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NavLink {
    pub label: &'static str,
    pub url: String,
    /// The section this link leads to: `home`, `programs`, `news`, `outcomes`, ...
    pub section: &'static str,
}

/// The same on every page: given to Tera once, as its global context.
#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: String,
    pub base_url: String,
    pub base_path: String,
    /// `id` or `en`, for `<html lang>`.
    pub lang: &'static str,
    /// The day statuses are as of: "Jumat, 27 November 2026".
    pub build_date: String,
    pub build_date_iso: String,
    pub stylesheet_url: String,
    /// The small script that keeps statuses current between builds.
    pub script_url: String,
    /// The site's IANA time zone (for the script), or null.
    pub timezone: Option<String>,
    /// The Atom feed, absolute.
    pub feed_url: String,
    /// Open Graph locale: `id_ID` or `en_US`.
    pub locale: &'static str,
    pub nav: Vec<NavLink>,
    pub publisher: Option<OrgRef>,
    pub pages: Vec<PageLinkView>,
}

/// A standalone page in the footer.
#[derive(Debug, Clone, Serialize)]
pub struct PageLinkView {
    pub title: String,
    pub url: String,
}

/// Per page: what the layout needs besides the page's own data.
#[derive(Debug, Clone, Serialize)]
pub struct PageMeta<'a> {
    /// The `<title>` text before the site title.
    pub title: Cow<'a, str>,
    pub description: Option<&'a str>,
    /// The navigation section this page belongs to.
    pub section: &'static str,
    pub url: &'a str,
    pub canonical_url: String,
}

/// An organization on the organizations index.
#[derive(Debug, Clone, Serialize)]
pub struct OrganizationSummary {
    pub org: OrgRef,
    pub kind_label: &'static str,
    pub program_count: usize,
    pub news_count: usize,
    /// "3 program · 1 berita"
    pub counts_label: String,
}

/// Which taxonomy a page is about.
#[derive(Debug, Clone, Serialize)]
pub struct TaxonomyView {
    /// `regions`, `sectors` or `tags`.
    pub key: &'static str,
    /// "Wilayah"
    pub title: &'static str,
    pub url: String,
}

/// A standalone page.
#[derive(Debug, Clone, Serialize)]
pub struct StandalonePage {
    pub title: String,
    pub summary: Option<String>,
    pub body_html: String,
}

/// The search page: where its script and styles are, and where to go
/// without script.
#[derive(Debug, Clone, Serialize)]
pub struct SearchPage {
    pub script_url: String,
    pub stylesheet_url: String,
    pub programs_url: String,
    pub news_url: String,
}

/// A filter on the programs index: a taxonomy term with programs.
#[derive(Debug, Clone, Serialize)]
pub struct FilterLink {
    pub name: String,
    pub slug: String,
    pub url: String,
    pub count: usize,
}
