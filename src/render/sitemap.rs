//! `/sitemap.xml` (sitemaps.org) and `/robots.txt` naming it.
//!
//! The sitemap lists every HTML page written (but the 404 page), so it can
//! never disagree with the output. `lastmod` is the newest date the page's
//! content carries: a news item's date, a program's latest related date,
//! and for list pages the newest date of the site.

use std::collections::HashMap;
use std::fmt::Write as _;

use jiff::civil::Date;

use crate::resolve::{Program, Site};

use super::context::Ctx;
use crate::escape::xml as escape;
use crate::output::OutputFile;

/// The newest date a program's page shows: its news, its outcome report,
/// its registration opening, or its start.
fn program_date(site: &Site, p: &Program) -> Date {
    let mut d = p.start.date().min(site.today);
    if let Some(r) = p.outcomes.as_ref().and_then(|o| o.reported_on) {
        d = d.max(r);
    }
    if let Some(o) = p.registration.as_ref().and_then(|r| r.opens) {
        d = d.max(o);
    }
    for n in &p.news {
        d = d.max(site.news[*n].date.date());
    }
    d.min(site.today)
}

pub fn sitemap(cx: &Ctx, files: &[OutputFile]) -> Vec<OutputFile> {
    let site = cx.site;
    let u = &cx.urls;
    let mut dates: HashMap<String, Date> = HashMap::new();
    for n in &site.news {
        dates.insert(u.output_path(&u.news(&n.slug)), n.date.date());
    }
    for p in &site.programs {
        dates.insert(u.output_path(&u.program(&p.id)), program_date(site, p));
    }
    let newest = site
        .news
        .iter()
        .map(|n| n.date.date())
        .chain(site.programs.iter().map(|p| program_date(site, p)))
        .max()
        .unwrap_or(site.today);

    let mut pages: Vec<&str> = files
        .iter()
        .map(|f| f.path.as_str())
        .filter(|p| p.ends_with("index.html"))
        .collect();
    pages.sort_unstable();
    let mut x = String::with_capacity(128 + pages.len() * 128);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for path in pages {
        let loc = u.absolute(&u.link_of_output(path));
        let lastmod = dates.get(path).copied().unwrap_or(newest);
        let _ = writeln!(
            x,
            "  <url><loc>{}</loc><lastmod>{lastmod}</lastmod></url>",
            escape(&loc)
        );
    }
    x.push_str("</urlset>\n");
    let robots = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        u.absolute(&u.sitemap())
    );
    vec![
        OutputFile {
            path: u.output_path(&u.sitemap()),
            bytes: x.into_bytes().into(),
        },
        OutputFile {
            path: u.output_path(&u.robots()),
            bytes: robots.into_bytes().into(),
        },
    ]
}
