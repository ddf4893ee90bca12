//! What every page shows around its own content: the site's title, its
//! navigation, its standalone pages, its publisher. Made once per build
//! and given to Tera as the global context (`render`, the benchmarks).

use crate::i18n::Language;
use crate::ui;

use super::super::context::Ctx;
use super::super::view::{NavLink, PageLinkView, SiteView};

impl Ctx<'_> {
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
            favicon_url: u.favicon(),
            icon_url: self.images.icons().map(|i| u.output_file(&i.favicon.path)),
            apple_touch_icon_url: self
                .images
                .icons()
                .map(|i| u.output_file(&i.apple_touch.path)),
            logo: self.logo(),
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
