//! Every URL of the site, in one place, and the output file each one maps to.
//!
//! Links are root-relative and start with the base path (`/sub/programs/x/`),
//! so a site served from a sub-path works; canonical links are absolute.
//! Only this file reads the base URL and base path: the rest of the code asks
//! a [`Urls`] (tests/url_rule.rs keeps it so), so moving a page or serving
//! the site from a sub-path is a change here alone.

use crate::resolve::SiteConfig;

/// The page shown for any missing page, as its output path: also what the
/// preview server serves with status 404.
pub const NOT_FOUND: &str = "404.html";

/// Makes the site's URLs from its base URL. Its fields are private: a link
/// is made by a method below, never by formatting the base path elsewhere.
#[derive(Debug, Clone)]
pub struct Urls {
    /// `https://host/sub/`
    base_url: String,
    /// `/sub/`
    base_path: String,
}

impl Urls {
    /// The URLs of a site with this configuration.
    pub fn of(config: &SiteConfig) -> Urls {
        Urls::new(&config.base_url, &config.base_path)
    }

    /// From a base URL and its path as `resolve` checks them
    /// (`https://host/sub/`, `/sub/`): for tests and benchmarks without a site.
    pub fn new(base_url: &str, base_path: &str) -> Urls {
        Urls {
            base_url: base_url.to_string(),
            base_path: base_path.to_string(),
        }
    }

    /// `path` is relative to the site root, without a leading slash.
    pub fn link(&self, path: &str) -> String {
        self.link_of(&[path])
    }

    /// A link to the parts of a path, put together: one allocation and no
    /// formatting, as pages make tens of thousands of links.
    fn link_of(&self, parts: &[&str]) -> String {
        concat(&self.base_path, parts)
    }

    /// The absolute form of a link made by [`Urls::link`].
    pub fn absolute(&self, link: &str) -> String {
        let rest = link
            .strip_prefix(&self.base_path)
            .unwrap_or(link.trim_start_matches('/'));
        concat(&self.base_url, &[rest])
    }

    /// The part of `link` below the site's root (`/sub/news/` -> `news/`),
    /// or `None` for a link outside the site.
    pub fn below_root<'l>(&self, link: &'l str) -> Option<&'l str> {
        link.strip_prefix(&self.base_path)
    }

    /// The host of the base URL (`pelatihan.example.go.id`), for globally
    /// unique ids such as calendar UIDs.
    pub fn host(&self) -> &str {
        let url = &self.base_url;
        let rest = url.split_once("://").map_or(url.as_str(), |(_, r)| r);
        rest.split('/').next().unwrap_or(rest)
    }

    pub fn home(&self) -> String {
        self.link("")
    }
    /// The home page, absolute: the base URL itself.
    pub fn home_url(&self) -> String {
        self.base_url.clone()
    }
    pub fn programs(&self) -> String {
        self.link("programs/")
    }
    pub fn program(&self, id: &str) -> String {
        self.link_of(&["programs/", id, "/"])
    }
    /// All the news of a program, when its page shows only the first:
    /// `/programs/<id>/news/`.
    pub fn program_news(&self, id: &str) -> String {
        self.link_of(&["programs/", id, "/news/"])
    }
    /// The program as an iCalendar file: `/programs/<id>.ics`.
    pub fn program_calendar(&self, id: &str) -> String {
        self.link_of(&["programs/", id, ".ics"])
    }
    /// Every program in one iCalendar file.
    pub fn site_calendar(&self) -> String {
        self.link("calendar.ics")
    }
    pub fn news_index(&self) -> String {
        self.link("news/")
    }
    /// Page 1 of the news is `/news/`; later pages are `/news/page/N/`.
    pub fn news_page(&self, n: usize) -> String {
        Urls::paged(self.news_index(), n)
    }
    /// Page `n` of the list whose first page is `first`: `first` itself
    /// for page 1, then `first` + `page/N/`. Every paginated list takes
    /// its pages' addresses from here, so they all have the same shape.
    pub fn paged(first: String, n: usize) -> String {
        if n <= 1 {
            first
        } else {
            format!("{first}page/{n}/")
        }
    }
    /// The programs of one status group, a list of its own (the programs
    /// index's status filter): `/programs/status/<group>/`.
    pub fn programs_status(&self, group: &str) -> String {
        self.link_of(&["programs/status/", group, "/"])
    }
    pub fn news(&self, slug: &str) -> String {
        self.link_of(&["news/", slug, "/"])
    }
    pub fn organizations(&self) -> String {
        self.link("organizations/")
    }
    pub fn organization(&self, id: &str) -> String {
        self.link_of(&["organizations/", id, "/"])
    }
    /// All the programs or news (`list` is `programs` or `news`) of an
    /// organization, when its page shows only the first few:
    /// `/organizations/<id>/programs/`.
    pub fn organization_list(&self, id: &str, list: &str) -> String {
        self.link_of(&["organizations/", id, "/", list, "/"])
    }
    /// `taxonomy` is `regions`, `sectors` or `tags`.
    pub fn taxonomy(&self, taxonomy: &str) -> String {
        self.link_of(&[taxonomy, "/"])
    }
    pub fn term(&self, taxonomy: &str, slug: &str) -> String {
        self.link_of(&[taxonomy, "/", slug, "/"])
    }
    /// A term's own Atom feed, beside its page: `/regions/<slug>/feed.xml`.
    pub fn term_feed(&self, taxonomy: &str, slug: &str) -> String {
        self.link_of(&[taxonomy, "/", slug, "/feed.xml"])
    }
    /// A term's own calendar, beside its page: `/regions/<slug>/calendar.ics`.
    pub fn term_calendar(&self, taxonomy: &str, slug: &str) -> String {
        self.link_of(&[taxonomy, "/", slug, "/calendar.ics"])
    }
    /// An organization's own Atom feed: `/organizations/<id>/feed.xml`.
    pub fn organization_feed(&self, id: &str) -> String {
        self.link_of(&["organizations/", id, "/feed.xml"])
    }
    /// An organization's own calendar: `/organizations/<id>/calendar.ics`.
    pub fn organization_calendar(&self, id: &str) -> String {
        self.link_of(&["organizations/", id, "/calendar.ics"])
    }
    /// All the programs or news of a term, as [`Urls::organization_list`]:
    /// `/regions/<slug>/news/`.
    pub fn term_list(&self, taxonomy: &str, slug: &str, list: &str) -> String {
        self.link_of(&[taxonomy, "/", slug, "/", list, "/"])
    }
    pub fn outcomes(&self) -> String {
        self.link("outcomes/")
    }
    /// The indicators of every completed program, when the outcomes page
    /// shows only the first: `/outcomes/indicators/`.
    pub fn outcome_indicators(&self) -> String {
        self.link("outcomes/indicators/")
    }
    pub fn search(&self) -> String {
        self.link("search/")
    }
    /// The search page's script and stylesheet (theme files).
    pub fn search_script(&self) -> String {
        self.link("search.js")
    }
    pub fn search_stylesheet(&self) -> String {
        self.link("search.css")
    }
    /// One file of the search index: `meta`, `t/<shard>` or `d/<chunk>`,
    /// fetched by the search script from `search/<name>.js`.
    pub fn search_index(&self, name: &str) -> String {
        self.link_of(&["search/", name, ".js"])
    }
    /// A standalone page from `content/pages/`, by its path.
    pub fn page(&self, path: &str) -> String {
        self.link_of(&[path, "/"])
    }
    pub fn not_found(&self) -> String {
        self.link(NOT_FOUND)
    }
    pub fn stylesheet(&self) -> String {
        self.link("style.css")
    }
    /// The theme's icon: linked from every page, so that no browser asks
    /// for a `/favicon.ico` that is not there.
    pub fn favicon(&self) -> String {
        self.link("favicon.svg")
    }
    pub fn script(&self) -> String {
        self.link("warta.js")
    }
    /// The Atom feed.
    pub fn feed(&self) -> String {
        self.link("feed.xml")
    }
    pub fn sitemap(&self) -> String {
        self.link("sitemap.xml")
    }
    pub fn robots(&self) -> String {
        self.link("robots.txt")
    }
    /// Open data (docs/DATA.md): every program as JSON.
    pub fn programs_json(&self) -> String {
        self.link("data/programs.json")
    }
    /// Open data: every program as CSV, one row each.
    pub fn programs_csv(&self) -> String {
        self.link("data/programs.csv")
    }
    /// Open data: every news item as JSON.
    pub fn news_json(&self) -> String {
        self.link("data/news.json")
    }

    /// An image as `resolve` keeps it: a path of the site (`/images/a.jpg`)
    /// becomes a link (`/sub/images/a.jpg`); a web address stays as it is.
    pub fn image(&self, src: &str) -> String {
        match src.strip_prefix('/') {
            Some(rest) => self.link(rest),
            None => src.to_string(),
        }
    }
    /// A file made into the output folder (a processed photo,
    /// `images/pembukaan-3f9a2c41d0-720.webp`, as `images::Variant::path`
    /// says it) as a link: `/sub/images/...`.
    pub fn output_file(&self, path: &str) -> String {
        self.link(path)
    }
    /// [`Urls::output_file`], absolute: for `og:image` and JSON-LD, read
    /// away from the page.
    pub fn output_file_url(&self, path: &str) -> String {
        concat(&self.base_url, &[path])
    }
    /// A calendar's link as a subscription: its absolute URL with the
    /// `webcal:` scheme, which calendar apps open as "subscribe" (kept up
    /// to date) where `https:` would import a copy once.
    pub fn webcal(&self, link: &str) -> String {
        let url = self.absolute(link);
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .unwrap_or(&url);
        concat("webcal://", &[rest])
    }
    /// [`Urls::image`], absolute: for JSON-LD, read away from the page.
    pub fn image_url(&self, src: &str) -> String {
        match src.strip_prefix('/') {
            Some(rest) => concat(&self.base_url, &[rest]),
            None => src.to_string(),
        }
    }

    /// The file in the output folder that serves `link`: `/sub/news/` ->
    /// `news/index.html`.
    pub fn output_path(&self, link: &str) -> String {
        let rel = link
            .strip_prefix(&self.base_path)
            .unwrap_or(link.trim_start_matches('/'));
        if rel.is_empty() || rel.ends_with('/') {
            format!("{rel}index.html")
        } else {
            rel.to_string()
        }
    }

    /// The link that serves the output file at `path`, the reverse of
    /// [`Urls::output_path`]: `news/index.html` -> `/sub/news/`.
    pub fn link_of_output(&self, path: &str) -> String {
        self.link(path.strip_suffix("index.html").unwrap_or(path))
    }
}

/// `head` followed by `parts`, in a string of the exact size.
fn concat(head: &str, parts: &[&str]) -> String {
    let len = head.len() + parts.iter().map(|p| p.len()).sum::<usize>();
    let mut s = String::with_capacity(len);
    s.push_str(head);
    for p in parts {
        s.push_str(p);
    }
    s
}

#[cfg(test)]
mod tests;
