//! Makes the template context (`view`) from the `Site`: the one place where
//! internal types become what templates see.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use jiff::civil::Date;

use crate::i18n::{self, Language, UiKey};
use crate::model::{OrganizationKind, SessionKind, VenueRole};
use crate::resolve::{
    Instructor, NewsItem, NewsIx, OrgIx, Organization, Program, ProgramIx, Registration, Site,
    Status, Term, Totals, When, term_slug,
};
use crate::ui;

use super::markdown;
use super::urls::Urls;
use super::view::*;

/// Everything view-making needs: the site, its language and its URLs.
pub struct Ctx<'a> {
    pub site: &'a Site,
    pub lang: Language,
    pub t: BTreeMap<&'static str, &'static str>,
    pub urls: Urls,
    /// Each program's and news item's card, made for Tera once per build,
    /// by index: a card is shown on up to ten pages (lists, terms,
    /// organizations, the items it is linked from), and making and
    /// serializing it each time would be a fifth of the pages' own work.
    program_cards: Vec<OnceLock<Card>>,
    news_cards: Vec<OnceLock<Card>>,
}

impl<'a> Ctx<'a> {
    pub fn new(site: &'a Site) -> Self {
        let lang = site.config.language;
        Ctx {
            site,
            lang,
            t: i18n::ui_strings(lang),
            urls: Urls::of(&site.config),
            program_cards: site.programs.iter().map(|_| OnceLock::new()).collect(),
            news_cards: site.news.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// An interface string in the site's language; `key` is checked while
    /// compiling (`ui!("free")`).
    pub fn t(&self, key: UiKey) -> &'static str {
        key.text(self.lang)
    }

    fn date(&self, d: Date) -> String {
        i18n::format_date(self.lang, d)
    }

    fn date_long(&self, d: Date) -> String {
        i18n::format_date_long(self.lang, d)
    }

    fn number(&self, n: u64) -> String {
        i18n::format_number(self.lang, n)
    }

    /// A decimal as people write it: `1,5` in Indonesian, `1.5` in English.
    fn decimal(&self, x: f64) -> String {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            return self.number(x as u64);
        }
        let s = format!("{:.2}", x)
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string();
        if self.lang == Language::Id {
            s.replace('.', ",")
        } else {
            s
        }
    }

    /// "08.00 WIB" for a timed moment, `None` for a whole day.
    fn time(&self, w: &When) -> Option<String> {
        match w {
            When::Day(_) => None,
            When::Time(z) => {
                let label = i18n::zone_label(&self.site.config.timezone, z.timestamp());
                Some(i18n::format_time(self.lang, z.time(), &label))
            }
        }
    }

    pub fn org_ref(&self, i: OrgIx) -> OrgRef {
        let o: &Organization = &self.site.organizations[i];
        OrgRef {
            id: o.id.clone(),
            name: o.name.clone(),
            short_name: o.short_name.clone(),
            url: self.urls.organization(&o.id),
        }
    }

    fn term_ref(&self, taxonomy: &str, name: &str) -> TermRef {
        TermRef {
            name: name.to_string(),
            url: self.urls.term(taxonomy, &term_slug(name)),
        }
    }

    pub fn status_label(&self, s: Status) -> &'static str {
        self.t(match s {
            Status::Upcoming => ui!("status_upcoming"),
            Status::Ongoing => ui!("status_ongoing"),
            Status::Completed => ui!("status_completed"),
            Status::Cancelled => ui!("status_cancelled"),
            Status::Postponed => ui!("status_postponed"),
        })
    }

    fn fee_label(&self, r: &Registration) -> Option<String> {
        r.fee.map(|f| {
            if f == 0 {
                self.t(ui!("free")).to_string()
            } else {
                i18n::format_rupiah(self.lang, f)
            }
        })
    }

    /// Registration as of the build date. For a program that has started or
    /// ended, registration is closed whatever the dates say.
    fn registration_state(&self, p: &Program, r: &Registration) -> RegistrationState {
        let today = self.site.today;
        let full = matches!((p.participants.quota, p.participants.registered), (Some(q), Some(n)) if n >= q && q > 0);
        let closes = r.closes.unwrap_or(p.start.date());
        let open_label = format!(
            "{} {}",
            self.t(ui!("registration_open_until")),
            self.date(closes)
        );
        let not_yet_open_label = r.opens.map(|o| {
            format!(
                "{} {}",
                self.t(ui!("registration_not_yet_open")),
                self.date(o)
            )
        });
        let (key, label) = if p.status != Status::Upcoming {
            ("closed", self.t(ui!("registration_closed")).to_string())
        } else if full {
            ("full", self.t(ui!("registration_full")).to_string())
        } else if r.opens.is_some_and(|o| today < o) {
            (
                "not_yet_open",
                not_yet_open_label.clone().unwrap_or_default(),
            )
        } else if today <= closes {
            ("open", open_label.clone())
        } else {
            ("closed", self.t(ui!("registration_closed")).to_string())
        };
        RegistrationState {
            key,
            label,
            opens_iso: r.opens.map(|d| d.to_string()),
            closes_iso: closes.to_string(),
            open_label,
            not_yet_open_label,
        }
    }

    fn place(&self, p: &Program) -> Option<String> {
        let r = &p.region;
        match (&r.district, r.regency.as_ref().or(r.province.as_ref())) {
            (Some(d), Some(area)) => Some(format!("{d}, {area}")),
            (None, Some(area)) => Some(area.clone()),
            (Some(d), None) => Some(d.clone()),
            (None, None) => p.venues.first().map(|v| v.name.clone()),
        }
    }

    pub fn program_card(&self, i: usize) -> ProgramCard {
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
                .filter(|_| show_registration)
                .map(|r| self.registration_state(p, r)),
            fee_label: p.registration.as_ref().and_then(|r| self.fee_label(r)),
        }
    }

    pub fn news_card(&self, i: usize) -> NewsCard {
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
        }
    }

    /// [`Ctx::program_card`] as a template sees it, made once per build;
    /// a clone shares it.
    pub fn program_card_value(&self, i: usize) -> Card {
        self.program_cards[i]
            .get_or_init(|| Card::from_serializable(&self.program_card(i)))
            .clone()
    }

    /// [`Ctx::news_card`] as a template sees it.
    fn news_card_value(&self, i: usize) -> Card {
        Card::from_serializable(&self.news_card(i))
    }

    /// The cards of `programs`, in order.
    pub fn program_cards(&self, programs: &[ProgramIx]) -> Vec<Card> {
        programs
            .iter()
            .map(|p| self.program_card_value(p.get()))
            .collect()
    }

    /// The cards of `news`, in order, made for one page.
    pub fn news_cards(&self, news: &[NewsIx]) -> Vec<Card> {
        news.iter().map(|n| self.news_card_value(n.get())).collect()
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
                self.news_cards[n.get()]
                    .get_or_init(|| self.news_card_value(n.get()))
                    .clone()
            })
            .collect()
    }

    fn role_label(&self, r: VenueRole) -> &'static str {
        match r {
            VenueRole::Theory => self.t(ui!("role_theory")),
            VenueRole::Practice => self.t(ui!("role_practice")),
            VenueRole::Other => self.t(ui!("role_other")),
        }
    }

    fn session_kind(&self, k: SessionKind) -> (&'static str, &'static str) {
        match k {
            SessionKind::Theory => ("theory", self.t(ui!("kind_theory"))),
            SessionKind::Practice => ("practice", self.t(ui!("kind_practice"))),
            SessionKind::FieldVisit => ("field-visit", self.t(ui!("kind_field_visit"))),
            SessionKind::Evaluation => ("evaluation", self.t(ui!("kind_evaluation"))),
        }
    }

    pub fn org_kind_label(&self, k: OrganizationKind) -> &'static str {
        match k {
            OrganizationKind::Government => self.t(ui!("org_government")),
            OrganizationKind::University => self.t(ui!("org_university")),
            OrganizationKind::Company => self.t(ui!("org_company")),
            OrganizationKind::Community => self.t(ui!("org_community")),
            OrganizationKind::Other => self.t(ui!("org_other")),
        }
    }

    fn schedule(&self, p: &Program) -> Vec<DayView> {
        let mut days: BTreeMap<Option<u32>, Vec<SessionView>> = BTreeMap::new();
        for s in &p.curriculum {
            let (kind, kind_label) = s.kind.map(|k| self.session_kind(k)).unzip();
            let view = SessionView {
                title: s.title.clone(),
                hours_label: s
                    .hours
                    .map(|h| format!("{} {}", self.decimal(h), self.t(ui!("hours")))),
                kind,
                kind_label,
                instructor: s.instructor.as_ref().map(|i| match i {
                    Instructor::Organization(o) => {
                        let r = self.org_ref(*o);
                        InstructorView {
                            name: r.name,
                            url: Some(r.url),
                        }
                    }
                    Instructor::Text(name) => InstructorView {
                        name: name.clone(),
                        url: None,
                    },
                }),
                venue: s.venue.map(|v| p.venues[v].name.clone()),
            };
            days.entry(s.day).or_default().push(view);
        }
        // BTreeMap puts None (unscheduled) first; the schedule wants it last.
        let mut out: Vec<DayView> = days
            .into_iter()
            .map(|(day, sessions)| DayView {
                day,
                date_label: day.and_then(|d| {
                    p.start
                        .date()
                        .checked_add(jiff::Span::new().days(i64::from(d) - 1))
                        .ok()
                        .map(|date| self.date_long(date))
                }),
                sessions,
            })
            .collect();
        out.sort_by_key(|d| d.day.unwrap_or(u32::MAX));
        out
    }

    pub fn indicator_view(&self, i: &crate::resolve::Indicator) -> IndicatorView {
        IndicatorView {
            name: i.name.clone(),
            target: i.target.map(|x| self.decimal(x)),
            actual: i.actual.map(|x| self.decimal(x)),
            unit: i.unit.clone(),
            percent: match (i.target, i.actual) {
                (Some(t), Some(a)) if t > 0.0 => Some((a / t * 100.0).round() as u64),
                _ => None,
            },
        }
    }

    pub fn program_view(&self, i: usize) -> ProgramView {
        let p = &self.site.programs[i];
        ProgramView {
            card: self.program_card_value(i),
            start_label: self.date_long(p.start.date()),
            end_label: self.date_long(p.end.date()),
            start_time: self.time(&p.start),
            days_label: i18n::format_days(self.lang, p.days()),
            description_html: p.description.as_ref().map(|m| markdown::render(m.source(), &self.urls, self.site.config.raw_html)),
            organizers: p.organizers.iter().map(|o| self.org_ref(*o)).collect(),
            partners: p.partners.iter().map(|o| self.org_ref(*o)).collect(),
            sector: p.sector.as_ref().map(|s| self.term_ref("sectors", s)),
            tags: p.tags.iter().map(|t| self.term_ref("tags", t)).collect(),
            region: RegionView {
                province: p.region.province.clone(),
                regency: p.region.regency.clone(),
                district: p.region.district.clone(),
                url: crate::resolve::region_name(p).map(|r| self.urls.term("regions", &term_slug(r))),
            },
            venues: p
                .venues
                .iter()
                .map(|v| VenueView {
                    name: v.name.clone(),
                    address: v.address.clone(),
                    role_label: v.role.map(|r| self.role_label(r)),
                    map_url: v.geo.map(|(lat, lon)| {
                        format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}")
                    }),
                })
                .collect(),
            target_group: p.target_group.clone(),
            participants: {
                let pt = &p.participants;
                let any = pt.quota.is_some() || pt.registered.is_some() || pt.attended.is_some() || pt.origin.is_some();
                any.then(|| ParticipantsView {
                    quota: pt.quota.map(|n| self.number(n)),
                    registered: pt.registered.map(|n| self.number(n)),
                    attended: pt.attended.map(|n| self.number(n)),
                    origin: pt.origin.clone(),
                })
            },
            registration: p.registration.as_ref().map(|r| RegistrationView {
                state: self.registration_state(p, r),
                opens: r.opens.map(|d| self.date(d)),
                opens_iso: r.opens.map(|d| d.to_string()),
                closes: r.closes.map(|d| self.date(d)),
                closes_iso: r.closes.map(|d| d.to_string()),
                url: r.url.clone(),
                contact: r.contact.as_ref().map(|c| ContactView {
                    name: c.name.clone(),
                    phone: c.phone.clone(),
                    phone_url: c.phone.as_ref().map(|p| {
                        let digits: String = p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
                        format!("tel:{digits}")
                    }),
                    email: c.email.clone(),
                    email_url: c.email.as_ref().map(|e| format!("mailto:{e}")),
                }),
                requirements: r.requirements.clone(),
                fee_label: self.fee_label(r),
            }),
            schedule: self.schedule(p),
            officials: p
                .officials
                .iter()
                .map(|o| OfficialView {
                    name: o.name.clone(),
                    position: o.position.clone(),
                    organization: o.organization.map(|i| self.org_ref(i)),
                })
                .collect(),
            outcomes: p.outcomes.as_ref().map(|o| OutcomesView {
                graduates: o.graduates.map(|n| self.number(n)),
                businesses_started: o.businesses_started.map(|n| self.number(n)),
                jobs_created: o.jobs_created.map(|n| self.number(n)),
                indicators: o.indicators.iter().map(|i| self.indicator_view(i)).collect(),
                follow_up: o.follow_up.clone(),
                reported_on: o.reported_on.map(|d| self.date(d)),
                reported_on_iso: o.reported_on.map(|d| d.to_string()),
            }),
            funding: p.funding.as_ref().map(|f| FundingView {
                source: f.source.clone(),
                amount: f.amount.map(|a| i18n::format_rupiah(self.lang, a)),
            }),
            news: self.news_cards(&p.news),
            calendar_url: self.urls.program_calendar(&p.id),
            share: self.share(&p.title, &self.urls.program(&p.id)),
            qr: self.program_qr(p),
        }
    }

    /// Share links for a page: the message is the title and the address.
    fn share(&self, title: &str, link: &str) -> ShareView {
        let page_url = self.urls.absolute(link);
        let message = format!("{title}\n{page_url}");
        ShareView {
            whatsapp_url: format!("https://wa.me/?text={}", crate::escape::url_query(&message)),
            email_url: format!(
                "mailto:?subject={}&body={}",
                crate::escape::url_query(title),
                crate::escape::url_query(&message)
            ),
            page_url,
        }
    }

    /// The QR code of a printed program page: the registration form while
    /// registration can still be reached, otherwise the program's page.
    fn program_qr(&self, p: &Program) -> Option<QrView> {
        let form = p
            .registration
            .as_ref()
            .filter(|_| p.status == Status::Upcoming)
            .filter(|r| matches!(self.registration_state(p, r).key, "open" | "not_yet_open"))
            .and_then(|r| r.url.clone());
        let (target_url, caption) = match form {
            Some(url) => (url, self.t(ui!("qr_register"))),
            None => (
                self.urls.absolute(&self.urls.program(&p.id)),
                self.t(ui!("qr_page")),
            ),
        };
        let svg = super::qr::svg(
            &target_url,
            &format!("{}: {caption}", self.t(ui!("qr_code"))),
        )?;
        Some(QrView {
            svg,
            target_url,
            caption,
        })
    }

    pub fn news_view(&self, i: usize) -> NewsView {
        let n = &self.site.news[i];
        NewsView {
            card: self.news_card_value(i),
            time_label: self.time(&n.date),
            author: n.author.clone(),
            source: n.source.as_ref().map(|s| SourceView {
                name: s.name.clone(),
                url: s.url.clone(),
            }),
            image_url: n.image.as_ref().map(|img| self.urls.image(img)),
            body_html: markdown::render(n.body.source(), &self.urls, self.site.config.raw_html),
            programs: self.program_cards(&n.programs),
            organizations: n.organizations.iter().map(|o| self.org_ref(*o)).collect(),
            tags: n.tags.iter().map(|t| self.term_ref("tags", t)).collect(),
        }
    }

    pub fn totals(&self, t: &Totals) -> TotalsView {
        TotalsView {
            programs: self.number(t.programs),
            participants: self.number(t.participants),
            graduates: self.number(t.graduates),
            businesses_started: self.number(t.businesses_started),
            jobs_created: self.number(t.jobs_created),
        }
    }

    /// "3 program · 1 berita", singular where English needs it.
    pub fn counts(&self, programs: usize, news: usize) -> String {
        let word = |n: usize, one: UiKey, many: UiKey| {
            format!(
                "{} {}",
                self.number(n as u64),
                self.t(if n == 1 { one } else { many })
            )
        };
        format!(
            "{} · {}",
            word(programs, ui!("program_one"), ui!("program_many")),
            word(news, ui!("news_one"), ui!("news_many"))
        )
    }

    pub fn term_summary(&self, taxonomy: &str, term: &Term) -> TermSummary {
        TermSummary {
            name: term.name.clone(),
            url: self.urls.term(taxonomy, &term.slug),
            program_count: term.programs.len(),
            news_count: term.news.len(),
            counts_label: self.counts(term.programs.len(), term.news.len()),
            children: term.children.clone(),
        }
    }

    pub fn site_view(&self) -> SiteView {
        let c = &self.site.config;
        let u = &self.urls;
        let nav = vec![
            NavLink {
                label: self.t(ui!("home")),
                url: u.home(),
                section: "home",
            },
            NavLink {
                label: self.t(ui!("programs")),
                url: u.programs(),
                section: "programs",
            },
            NavLink {
                label: self.t(ui!("news")),
                url: u.news_index(),
                section: "news",
            },
            NavLink {
                label: self.t(ui!("outcomes")),
                url: u.outcomes(),
                section: "outcomes",
            },
            NavLink {
                label: self.t(ui!("regions")),
                url: u.taxonomy("regions"),
                section: "regions",
            },
            NavLink {
                label: self.t(ui!("organizations")),
                url: u.organizations(),
                section: "organizations",
            },
            NavLink {
                label: self.t(ui!("search")),
                url: u.search(),
                section: "search",
            },
        ];
        SiteView {
            title: c.title.clone(),
            description: c.description.clone(),
            home_url: u.home_url(),
            home: u.home(),
            lang: self.lang.code(),
            build_date: self.date_long(self.site.today),
            build_date_iso: self.site.today.to_string(),
            stylesheet_url: u.stylesheet(),
            script_url: u.script(),
            timezone: c.timezone.iana_name().map(str::to_string),
            feed_url: u.absolute(&u.feed()),
            locale: match self.lang {
                Language::Id => "id_ID",
                Language::En => "en_US",
            },
            nav,
            publisher: c.publisher.map(|i| self.org_ref(i)),
            pages: self
                .site
                .pages
                .iter()
                .map(|p| PageLinkView {
                    title: p.title.clone(),
                    url: u.page(&p.path),
                })
                .collect(),
        }
    }
}
