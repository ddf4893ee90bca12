//! What a page shows of another record: a link to an organization or a
//! term, or a program's or news item's card; and the cache that makes each
//! card once per build.

use std::sync::OnceLock;

use crate::i18n;
use crate::resolve::{
    NewsItem, NewsIx, OrgIx, Organization, Program, ProgramIx, Records, Site, Status, When,
    term_slug,
};

use super::super::view::{Card, NewsCard, OrgRef, ProgramCard, TermRef, Unpublished};
use super::Ctx;

/// Each program's and news item's card, made for Tera once per build, by
/// index: a card is shown on up to ten pages (lists, terms, organizations,
/// the items it is linked from), and making and serializing it each time
/// would be a fifth of the pages' own work.
pub(super) struct CardCache {
    programs: Records<ProgramIx, OnceLock<Card>>,
    news: Records<NewsIx, OnceLock<Card>>,
}

impl CardCache {
    pub(super) fn new(site: &Site) -> CardCache {
        CardCache {
            programs: site.programs.iter().map(|_| OnceLock::new()).collect(),
            news: site.news.iter().map(|_| OnceLock::new()).collect(),
        }
    }
}

impl Ctx<'_> {
    pub fn org_ref(&self, i: OrgIx) -> OrgRef {
        let o: &Organization = &self.site.organizations[i];
        OrgRef {
            id: o.id.clone(),
            name: o.name.clone(),
            short_name: o.short_name.clone(),
            url: self.urls.organization(&o.id),
        }
    }

    pub(crate) fn term_ref(&self, taxonomy: &str, name: &str) -> TermRef {
        TermRef {
            name: name.to_string(),
            url: self.urls.term(taxonomy, &term_slug(name)),
        }
    }

    /// Where a program takes place, as short as a card can show it.
    fn place(&self, p: &Program) -> Option<String> {
        let r = &p.region;
        match (&r.district, r.regency.as_ref().or(r.province.as_ref())) {
            (Some(d), Some(area)) => Some(format!("{d}, {area}")),
            (None, Some(area)) => Some(area.clone()),
            (Some(d), None) => Some(d.clone()),
            (None, None) => p.venues.first().map(|v| v.name.clone()),
        }
    }

    pub fn program_card(&self, i: ProgramIx) -> ProgramCard {
        let p = &self.site.programs[i];
        let show_registration = p.status == Status::Upcoming;
        ProgramCard {
            id: p.id.clone(),
            url: self.urls.program(&p.id),
            title: p.title.clone(),
            summary: p.summary.clone(),
            status: p.status.key(),
            status_label: self.status_label(p.status),
            date_range: i18n::format_date_range(self.lang, p.start.date(), p.end.date()),
            start_iso: p.start.date().to_string(),
            end_iso: p.end.date().to_string(),
            place: self.place(p),
            sector: p.sector.clone(),
            region_slug: crate::resolve::region_name(p).map(term_slug),
            sector_slug: p.sector.as_deref().map(term_slug),
            registration: p
                .registration
                .as_ref()
                .zip(p.registration_state)
                .filter(|_| show_registration)
                .map(|(r, state)| self.registration_state(p, r, state)),
            fee_label: p.registration.as_ref().and_then(|r| self.fee_label(r)),
            unpublished: p.draft.then_some(Unpublished::Draft).map(Unpublished::key),
        }
    }

    /// Why a news item is not public yet, if it is not: a draft, or dated
    /// after the build's "now" (only a preview has either).
    pub(crate) fn news_unpublished(&self, n: &NewsItem) -> Option<Unpublished> {
        if n.draft {
            Some(Unpublished::Draft)
        } else if n.date.timestamp(&self.site.config.timezone) > self.site.built_at {
            Some(Unpublished::Scheduled)
        } else {
            None
        }
    }

    pub fn news_card(&self, i: NewsIx) -> NewsCard {
        let n: &NewsItem = &self.site.news[i];
        NewsCard {
            slug: n.slug.clone(),
            url: self.urls.news(&n.slug),
            title: n.title.clone(),
            summary: n.summary.clone(),
            date_label: self.date_long(n.date.date()),
            date_iso: match &n.date {
                When::Day(d) => d.to_string(),
                When::Time(z) => z.timestamp().to_string(),
            },
            location: n.location.clone(),
            unpublished: self.news_unpublished(n).map(Unpublished::key),
        }
    }

    /// [`Ctx::program_card`] as a template sees it, made once per build;
    /// a clone shares it.
    pub fn program_card_value(&self, i: ProgramIx) -> Card {
        self.cards.programs[i]
            .get_or_init(|| Card::from_serializable(&self.program_card(i)))
            .clone()
    }

    /// [`Ctx::news_card`] as a template sees it.
    pub(crate) fn news_card_value(&self, i: NewsIx) -> Card {
        Card::from_serializable(&self.news_card(i))
    }

    /// The cards of `programs`, in order.
    pub fn program_cards(&self, programs: &[ProgramIx]) -> Vec<Card> {
        programs
            .iter()
            .map(|p| self.program_card_value(*p))
            .collect()
    }

    /// The cards of `news`, in order, made for one page.
    pub fn news_cards(&self, news: &[NewsIx]) -> Vec<Card> {
        news.iter().map(|n| self.news_card_value(*n)).collect()
    }

    /// The cards of `news`, in order, made once per build: for the pages
    /// of organizations and terms, which show most news items again and
    /// again (64,000 of the 73,000 cards shown at 10,000 news). These pages
    /// come last, so the cards fill memory that the pages written before
    /// them have freed; a card for every news item from the start of the
    /// render would be 15 MiB more at the peak.
    pub fn shared_news_cards(&self, news: &[NewsIx]) -> Vec<Card> {
        news.iter()
            .map(|n| {
                self.cards.news[*n]
                    .get_or_init(|| self.news_card_value(*n))
                    .clone()
            })
            .collect()
    }
}
