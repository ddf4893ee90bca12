//! Every URL of the site, in one place, and the output file each one maps to.
//!
//! Links are root-relative and start with the base path (`/sub/programs/x/`),
//! so a site served from a sub-path works; canonical links are absolute.

/// Makes the site's URLs from its base path.
#[derive(Debug, Clone)]
pub struct Urls {
    /// `https://host/sub/`
    pub base_url: String,
    /// `/sub/`
    pub base_path: String,
}

impl Urls {
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

    pub fn home(&self) -> String {
        self.link("")
    }
    pub fn programs(&self) -> String {
        self.link("programs/")
    }
    pub fn program(&self, id: &str) -> String {
        self.link_of(&["programs/", id, "/"])
    }
    /// The program as an iCalendar file: `/programs/<id>.ics`.
    pub fn program_calendar(&self, id: &str) -> String {
        self.link_of(&["programs/", id, ".ics"])
    }
    pub fn news_index(&self) -> String {
        self.link("news/")
    }
    /// Page 1 of the news is `/news/`; later pages are `/news/page/N/`.
    pub fn news_page(&self, n: usize) -> String {
        if n <= 1 {
            self.news_index()
        } else {
            self.link(&format!("news/page/{n}/"))
        }
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
    /// `taxonomy` is `regions`, `sectors` or `tags`.
    pub fn taxonomy(&self, taxonomy: &str) -> String {
        self.link_of(&[taxonomy, "/"])
    }
    pub fn term(&self, taxonomy: &str, slug: &str) -> String {
        self.link_of(&[taxonomy, "/", slug, "/"])
    }
    pub fn outcomes(&self) -> String {
        self.link("outcomes/")
    }
    pub fn search(&self) -> String {
        self.link("search/")
    }
    pub fn page(&self, path: &str) -> String {
        self.link_of(&[path, "/"])
    }
    pub fn stylesheet(&self) -> String {
        self.link("style.css")
    }
    pub fn script(&self) -> String {
        self.link("warta.js")
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
mod tests {
    use super::*;

    fn urls() -> Urls {
        Urls {
            base_url: "https://host/sub/".into(),
            base_path: "/sub/".into(),
        }
    }

    #[test]
    fn links_carry_the_base_path() {
        let u = urls();
        assert_eq!(u.program("a"), "/sub/programs/a/");
        assert_eq!(u.news_page(1), "/sub/news/");
        assert_eq!(u.news_page(3), "/sub/news/page/3/");
        assert_eq!(u.absolute(&u.program("a")), "https://host/sub/programs/a/");
    }

    #[test]
    fn output_paths_are_inside_the_output_folder() {
        let u = urls();
        assert_eq!(u.output_path(&u.home()), "index.html");
        assert_eq!(u.output_path(&u.news_page(2)), "news/page/2/index.html");
        assert_eq!(u.output_path(&u.stylesheet()), "style.css");
    }
}
