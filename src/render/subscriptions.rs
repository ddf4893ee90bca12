//! What a citizen can subscribe to: the whole site, or one region,
//! sector, tag or organization. Each is a [`Selection`] of programs and
//! news, written by the one feed writer (`feed`) and the one calendar
//! writer (`ical`), and linked from its page (`partials/subscribe.html`).
//!
//! Whether a selection has a feed and a calendar is decided here alone,
//! by the same rules the writers select entries with: so a page never
//! links a file that was not written, and no empty feed is written.

use std::borrow::Cow;

use crate::resolve::{NewsIx, ProgramIx, Site, Term};

use super::context::Ctx;
use super::view::SubscriptionView;

/// The programs and news one feed and one calendar are made of, and
/// where they go.
pub struct Selection<'a> {
    /// What is followed: the term's or organization's name, or the site's title.
    pub name: &'a str,
    /// The feed's and the calendar's title.
    pub title: Cow<'a, str>,
    /// The feed's subtitle: the site's description, for the site's feed.
    pub subtitle: Option<&'a str>,
    /// The page it belongs to, and the files it is written to (links).
    pub page: String,
    pub feed: String,
    pub calendar: String,
    /// In display order: newest first.
    pub programs: Cow<'a, [ProgramIx]>,
    pub news: Cow<'a, [NewsIx]>,
    /// The site's own feed and calendar are written even when empty:
    /// every page's head links the feed.
    pub always: bool,
}

impl<'a> Selection<'a> {
    /// Everything the site publishes: `/feed.xml` and `/calendar.ics`.
    pub fn site(cx: &Ctx<'a>) -> Selection<'a> {
        let site = cx.site;
        let u = &cx.urls;
        Selection {
            name: &site.config.title,
            title: Cow::Borrowed(&site.config.title),
            subtitle: Some(site.config.description.as_str()).filter(|d| !d.is_empty()),
            page: u.home(),
            feed: u.feed(),
            calendar: u.site_calendar(),
            programs: Cow::Owned(site.programs.enumerate().map(|(i, _)| i).collect()),
            news: Cow::Owned(site.news.enumerate().map(|(i, _)| i).collect()),
            always: true,
        }
    }

    /// One region, sector or tag (`taxonomy` is `regions`, `sectors` or `tags`).
    pub fn term(cx: &Ctx<'a>, taxonomy: &str, term: &'a Term) -> Selection<'a> {
        let u = &cx.urls;
        Selection {
            name: &term.name,
            title: Cow::Owned(titled(cx.site, &term.name)),
            subtitle: None,
            page: u.term(taxonomy, &term.slug),
            feed: u.term_feed(taxonomy, &term.slug),
            calendar: u.term_calendar(taxonomy, &term.slug),
            programs: Cow::Borrowed(&term.programs),
            news: Cow::Borrowed(&term.news),
            always: false,
        }
    }

    /// One organization, by its index.
    pub fn organization(cx: &Ctx<'a>, i: crate::resolve::OrgIx) -> Selection<'a> {
        let o = &cx.site.organizations[i];
        let u = &cx.urls;
        Selection {
            name: &o.name,
            title: Cow::Owned(titled(cx.site, &o.name)),
            subtitle: None,
            page: u.organization(&o.id),
            feed: u.organization_feed(&o.id),
            calendar: u.organization_calendar(&o.id),
            programs: Cow::Borrowed(&o.programs),
            news: Cow::Borrowed(&o.news),
            always: false,
        }
    }

    /// Programs the feed announces: those not over yet (a program that
    /// ended is not news).
    pub fn feed_programs<'s>(&'s self, site: &'s Site) -> impl Iterator<Item = ProgramIx> + 's {
        self.programs
            .iter()
            .copied()
            .filter(move |&i| site.programs[i].end.date() >= site.today)
    }

    /// Programs the calendar holds: all but drafts, which are in the site
    /// only in a preview with `--drafts`.
    pub fn calendar_programs<'s>(&'s self, site: &'s Site) -> impl Iterator<Item = ProgramIx> + 's {
        self.programs
            .iter()
            .copied()
            .filter(move |&i| !site.programs[i].draft)
    }

    /// Whether the feed is written: it has an entry, or it is the site's.
    pub fn has_feed(&self, site: &Site) -> bool {
        self.always || !self.news.is_empty() || self.feed_programs(site).next().is_some()
    }

    /// Whether the calendar is written: it has an event, or it is the site's.
    pub fn has_calendar(&self, site: &Site) -> bool {
        self.always || self.calendar_programs(site).next().is_some()
    }

    /// The page's "Subscribe" block: `None` when there is nothing to follow.
    pub fn view(&self, cx: &Ctx) -> Option<SubscriptionView> {
        let u = &cx.urls;
        let feed_url = self.has_feed(cx.site).then(|| u.absolute(&self.feed));
        let calendar = self.has_calendar(cx.site);
        if feed_url.is_none() && !calendar {
            return None;
        }
        Some(SubscriptionView {
            name: self.name.to_string(),
            feed_title: self.title.to_string(),
            feed_url,
            webcal_url: calendar.then(|| u.webcal(&self.calendar)),
            calendar_url: calendar.then(|| u.absolute(&self.calendar)),
        })
    }
}

/// A term's or organization's feed title: `Kabupaten Probolinggo — <site>`,
/// so that a reader listing many feeds tells them apart.
fn titled(site: &Site, name: &str) -> String {
    format!("{name} — {}", site.config.title)
}

/// Every selection with a feed or a calendar of its own: the site first,
/// then each region, sector, tag and organization.
pub fn all<'a>(cx: &Ctx<'a>) -> Vec<Selection<'a>> {
    let site = cx.site;
    let mut all = vec![Selection::site(cx)];
    for (key, terms) in [
        ("regions", &site.regions),
        ("sectors", &site.sectors),
        ("tags", &site.tags),
    ] {
        all.extend(terms.iter().map(|t| Selection::term(cx, key, t)));
    }
    all.extend(
        site.organizations
            .enumerate()
            .map(|(i, _)| Selection::organization(cx, i)),
    );
    all
}
