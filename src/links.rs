//! Internal links in Markdown bodies, checked against the pages a build
//! writes: `/programs/x/`, relative links and `#anchors`. Used by
//! `warta check`.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag};

use crate::diagnostics::{Diagnostic, closest};
use crate::load::StaticFile;
use crate::output::OutputFile;
use crate::render::urls::Urls;
use crate::resolve::{Markdown, Site};
use crate::site_url::{self, UrlKind};

/// Beyond this many candidates, no "did you mean" (each costs an edit distance).
const MAX_SUGGESTION_CANDIDATES: usize = 2000;

/// The pages and files of a built site, by URL path, with the ids in each page.
pub struct Targets {
    paths: HashSet<String>,
    anchors: HashMap<String, HashSet<String>>,
}

/// The values of every `id="..."` in an HTML page.
fn ids(html: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut rest = html;
    while let Some(i) = rest.find(" id=\"") {
        rest = &rest[i + 5..];
        if let Some(end) = rest.find('"') {
            out.insert(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    out
}

impl Targets {
    /// `files` and `statics` are the output of a build of the site with these `urls`.
    pub fn new(urls: &Urls, files: &[OutputFile], statics: &[StaticFile]) -> Targets {
        let mut paths = HashSet::new();
        let mut anchors = HashMap::new();
        for f in files {
            let url = urls.link(&f.path);
            if let Some(dir) = url.strip_suffix("index.html") {
                paths.insert(dir.to_string());
                if f.path.ends_with(".html") {
                    anchors.insert(dir.to_string(), ids(&String::from_utf8_lossy(&f.bytes)));
                }
            }
            if f.path.ends_with(".html") {
                anchors.insert(url.clone(), ids(&String::from_utf8_lossy(&f.bytes)));
            }
            paths.insert(url);
        }
        for s in statics {
            paths.insert(urls.link(s.output()));
        }
        Targets { paths, anchors }
    }
}

/// Resolves `.` and `..` in a URL path; `None` when it climbs above the root.
fn normalize(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    let trailing = path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..");
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let mut out = format!("/{}", parts.join("/"));
    if trailing && out != "/" {
        out.push('/');
    }
    Some(out)
}

/// Problems with one internal link, `None` when it resolves.
fn check_link(
    dest: &str,
    page_url: &str,
    urls: &Urls,
    targets: &Targets,
) -> Option<(String, String)> {
    let (path_part, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    let path_part = path_part.split('?').next().unwrap_or("");
    let target = if path_part.is_empty() {
        page_url.to_string()
    } else if let Some(rest) = path_part.strip_prefix('/') {
        urls.link(rest)
    } else {
        let dir = &page_url[..page_url.rfind('/').map_or(0, |i| i + 1)];
        format!("{dir}{path_part}")
    };
    let Some(target) = normalize(&target) else {
        return Some((
            format!("the link `{dest}` leads above the site's root"),
            "remove the extra `../`".into(),
        ));
    };
    let exists = targets.paths.contains(&target)
        || (!target.ends_with('/') && targets.paths.contains(&format!("{target}/")));
    if !exists {
        // "Did you mean" among the pages beside the target; a folder of
        // thousands (all news) is too many to compare one by one.
        let parent = &target[..target.trim_end_matches('/').rfind('/').map_or(0, |i| i + 1)];
        let siblings: Vec<&str> = targets
            .paths
            .iter()
            .map(String::as_str)
            .filter(|p| p.starts_with(parent) && p.len().abs_diff(target.len()) <= 3)
            .take(MAX_SUGGESTION_CANDIDATES + 1)
            .collect();
        let near = if siblings.len() <= MAX_SUGGESTION_CANDIDATES {
            closest(&target, siblings)
        } else {
            None
        };
        let last = target.rsplit('/').next().unwrap_or("");
        let is_file = last.contains('.') && !last.ends_with(".html");
        let hint = match near {
            Some(n) => format!("did you mean `{n}`?"),
            None if is_file => format!(
                "put the file at `static/{}` to publish it at this address",
                urls.below_root(&target).unwrap_or(&target)
            ),
            None => {
                "link to a page of this site, like `/programs/<id>/` or `/news/<slug>/`".to_string()
            }
        };
        let message = if target == dest {
            format!("the link `{dest}` leads to a page this site does not have")
        } else {
            format!("the link `{dest}` leads to `{target}`, which this site does not have")
        };
        return Some((message, hint));
    }
    if let Some(fragment) = fragment.filter(|f| !f.is_empty() && *f != "top") {
        let key = if targets.anchors.contains_key(&target) {
            target.clone()
        } else {
            format!("{target}/")
        };
        if let Some(ids) = targets.anchors.get(&key)
            && !ids.contains(fragment)
        {
            let hint = match closest(fragment, ids.iter().map(String::as_str)) {
                Some(n) => format!("did you mean `#{n}`?"),
                None => "headings get ids from their text: `## Hari Pertama` is `#hari-pertama`"
                    .to_string(),
            };
            return Some((
                format!("the link `{dest}` points to `#{fragment}`, which that page does not have"),
                hint,
            ));
        }
    }
    None
}

fn check_markdown(
    md: &Markdown,
    page_url: &str,
    urls: &Urls,
    targets: &Targets,
    out: &mut Vec<Diagnostic>,
) {
    let source = md.source();
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    // Placed all at once at the end: one walk of the text for all.
    let mut broken: Vec<(usize, String, String)> = Vec::new();
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        let dest = match &event {
            // `<humas@example.go.id>`: pulldown-cmark adds the `mailto:`.
            Event::Start(Tag::Link {
                link_type: LinkType::Email,
                ..
            }) => continue,
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => dest_url,
            _ => continue,
        };
        // By the site's one URL rule: paths of the site are checked, web
        // addresses are not; what the rule refuses (the page shows `#`) is
        // an error of its own.
        let problem = match site_url::kind(dest) {
            _ if dest.is_empty() => None,
            UrlKind::SitePath | UrlKind::Relative => check_link(dest, page_url, urls, targets),
            UrlKind::Web => None,
            UrlKind::Refused => Some((
                format!("the link `{dest}` is not a page of this site nor a web address warta can link to"),
                "write a path of this site, like `/programs/<id>/`, or a full address starting with https://".to_string(),
            )),
        };
        if let Some((message, hint)) = problem {
            broken.push((range.start, message, hint));
        }
    }
    if broken.is_empty() {
        return;
    }
    let offsets: Vec<usize> = broken.iter().map(|(offset, ..)| *offset).collect();
    for ((_, message, hint), place) in broken.into_iter().zip(md.places(&offsets)) {
        out.push(
            Diagnostic::error(&md.file, Some(place), message)
                .with_hint(hint)
                .with_source(md.file_text.clone()),
        );
    }
}

/// Every broken internal link in the site's Markdown.
pub fn check(site: &Site, urls: &Urls, targets: &Targets) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for n in &site.news {
        check_markdown(&n.body, &urls.news(&n.slug), urls, targets, &mut out);
    }
    for p in &site.pages {
        check_markdown(&p.body, &urls.page(&p.path), urls, targets, &mut out);
    }
    for p in &site.programs {
        if let Some(d) = &p.description {
            check_markdown(d, &urls.program(&p.id), urls, targets, &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_normalize_and_never_climb_out() {
        assert_eq!(normalize("/news/a/../b/").as_deref(), Some("/news/b/"));
        assert_eq!(normalize("/a/./b").as_deref(), Some("/a/b"));
        assert_eq!(normalize("/../x"), None);
    }
}
