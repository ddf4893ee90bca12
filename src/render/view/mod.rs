//! The template context: plain serializable structs made from the `Site`.
//!
//! Templates never see internal types. Every field is always present (an
//! absent value is `null`), because Tera 2 errors on undefined fields; dates
//! arrive formatted for the site's language and also as ISO strings; every
//! URL is complete (it includes the base path), so templates never build one.

use std::borrow::Cow;

use serde::Serialize;

mod picture;
mod program;
pub use picture::{Fetch, PictureView, ShareImageView};
pub use program::{
    ContactView, DayView, FundingView, IndicatorView, InstructorView, NewsCard, OfficialView,
    OutcomesView, ParticipantsView, ProgramCard, ProgramView, QrView, RegionView,
    RegistrationState, RegistrationView, SessionView, ShareView, Unpublished, VenueView,
};

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
    /// The photo at the top.
    pub image: Option<PictureView>,
    pub body_html: String,
    /// The gallery, as thumbnails.
    pub gallery: Vec<PictureView>,
    /// [`ProgramCard`]s.
    pub programs: Vec<Card>,
    pub organizations: Vec<OrgRef>,
    pub tags: Vec<TermRef>,
    /// WhatsApp, e-mail and the address to copy, as on a program's page.
    pub share: ShareView,
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

/// The link from a page that shows a list's first cards to all of them,
/// a page at a time ("All programs (120)").
#[derive(Debug, Clone, Serialize)]
pub struct MoreLink {
    pub url: String,
    pub count: usize,
}

/// What heads each page of a list of its own: "Programs" under the
/// organization, term or status whose programs they are.
#[derive(Debug, Clone, Serialize)]
pub struct CardListView {
    pub title: String,
    pub parent_name: String,
    pub parent_url: String,
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
    pub logo: Option<PictureView>,
    /// [`ProgramCard`]s and [`NewsCard`]s.
    pub programs: Vec<Card>,
    pub news: Vec<Card>,
    /// Set when `programs` or `news` are only the first cards.
    pub programs_all: Option<MoreLink>,
    pub news_all: Option<MoreLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TotalsView {
    pub programs: String,
    pub participants: FigureView,
    pub graduates: FigureView,
    pub businesses_started: FigureView,
    pub jobs_created: FigureView,
}

/// A total as people read it (`partials/figure.html`).
#[derive(Debug, Clone, Serialize)]
pub struct FigureView {
    /// "1.250"; `None` when no program reported it: the page says
    /// `t.not_reported`, never 0.
    pub value: Option<String>,
    /// "2 dari 3 program melapor" when only some programs reported it.
    pub partial: Option<String>,
}

/// A row of a breakdown table.
#[derive(Debug, Clone, Serialize)]
pub struct BreakdownRow {
    pub label: String,
    pub url: Option<String>,
    pub totals: TotalsView,
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
    /// The indicators of the first completed programs that report them.
    pub indicators: Vec<ProgramIndicator>,
    /// Set when `indicators` are not all of them.
    pub indicators_all: Option<MoreLink>,
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
    /// The first [`ProgramCard`]s of the group.
    pub programs: Vec<Card>,
    /// How many programs the group has.
    pub count: usize,
    /// The group's own list, a page of its own (the status filter).
    pub url: String,
    /// Set when `programs` are only the first cards.
    pub all: Option<MoreLink>,
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
    /// The home page, absolute (`https://host/sub/`); `site.base_url` in
    /// templates.
    #[serde(rename = "base_url")]
    pub home_url: String,
    /// The home page's link (`/sub/`); `site.base_path` in templates.
    #[serde(rename = "base_path")]
    pub home: String,
    /// `id` or `en`, for `<html lang>`.
    pub lang: &'static str,
    /// The day statuses are as of: "Jumat, 27 November 2026".
    pub build_date: String,
    pub build_date_iso: String,
    pub stylesheet_url: String,
    /// The theme's icon (`favicon.svg`).
    pub favicon_url: String,
    /// The icons made from the site's logo (32×32 and 180×180 PNG), which
    /// replace the theme's when there is a logo.
    pub icon_url: Option<String>,
    pub apple_touch_icon_url: Option<String>,
    /// The site's logo, in the header.
    pub logo: Option<PictureView>,
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
    pub description: Option<Cow<'a, str>>,
    /// The navigation section this page belongs to.
    pub section: &'static str,
    pub url: &'a str,
    pub canonical_url: String,
    /// `draft` or `scheduled` on the page of a record that is not public
    /// yet ([`Unpublished`]): the theme shows a banner. Null otherwise.
    pub unpublished: Option<&'static str>,
    /// The picture a shared link shows (`og:image`): the page's own photo,
    /// else the site's `share_image`, else none.
    pub image: Option<ShareImageView>,
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
    pub image: Option<PictureView>,
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

/// The "Subscribe" block of a page (`partials/subscribe.html`) and its
/// `<link rel="alternate">`: only the links to files that exist, since a
/// term with nothing to put in its feed or calendar gets none.
#[derive(Debug, Clone, Hash, Serialize)]
pub struct SubscriptionView {
    /// What is followed: a term's or an organization's name, or the site's title.
    pub name: String,
    /// The feed's title, for the head's `<link rel="alternate" title=…>`.
    pub feed_title: String,
    /// The Atom feed, absolute.
    pub feed_url: Option<String>,
    /// The calendar as a subscription (`webcal://…`).
    pub webcal_url: Option<String>,
    /// The calendar as a download (`https://…`).
    pub calendar_url: Option<String>,
}
