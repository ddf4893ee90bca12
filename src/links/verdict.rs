//! Whether one link leads somewhere, and if not, what to tell the editor.

use crate::diagnostics::{Diagnostic, Pos, closest};
use crate::i18n::Text;
use crate::msg;
use crate::render::urls::Urls;
use crate::resolve::Markdown;

use super::targets::{Targets, normalize};

/// Beyond this many candidates, no "did you mean" (each costs an edit distance).
const MAX_SUGGESTION_CANDIDATES: usize = 2000;

/// What is wrong with a link, and how to fix it.
pub struct Problem {
    message: Text,
    hint: Text,
}

impl Problem {
    /// The error, at `pos` in the file `md` was written in.
    pub fn at(self, md: &Markdown, pos: Option<Pos>) -> Diagnostic {
        Diagnostic::error(&md.file, pos, self.message)
            .with_hint(self.hint)
            .with_source(md.file_text.clone())
    }
}

/// The URL path `dest` leads to from the page at `page_url`, `.` and `..`
/// resolved; `None` when it climbs above the site's root.
pub fn target_of(dest: &str, page_url: &str, urls: &Urls) -> Option<String> {
    let path_part = dest.split('#').next().unwrap_or("");
    let path_part = path_part.split('?').next().unwrap_or("");
    let target = if path_part.is_empty() {
        page_url.to_string()
    } else if let Some(rest) = path_part.strip_prefix('/') {
        urls.link(rest)
    } else {
        let dir = &page_url[..page_url.rfind('/').map_or(0, |i| i + 1)];
        format!("{dir}{path_part}")
    };
    normalize(&target)
}

/// A page or file of the site near `target`, for "did you mean": among the
/// ones beside it, as a folder of thousands (all news) is too many to
/// compare one by one.
fn near<'t>(target: &str, targets: &'t Targets) -> Option<&'t str> {
    let parent = &target[..target.trim_end_matches('/').rfind('/').map_or(0, |i| i + 1)];
    let siblings: Vec<&str> = targets
        .paths
        .iter()
        .map(String::as_str)
        .filter(|p| p.starts_with(parent) && p.len().abs_diff(target.len()) <= 3)
        .take(MAX_SUGGESTION_CANDIDATES + 1)
        .collect();
    if siblings.len() <= MAX_SUGGESTION_CANDIDATES {
        closest(target, siblings)
    } else {
        None
    }
}

/// The problem with the internal link (or image, `image`) `dest` written on
/// the page at `page_url`; `None` when it leads somewhere.
pub fn of_link(
    dest: &str,
    image: bool,
    page_url: &str,
    urls: &Urls,
    targets: &Targets,
) -> Option<Problem> {
    let Some(target) = target_of(dest, page_url, urls) else {
        return Some(Problem {
            message: msg!(LINK_ABOVE_ROOT, dest = dest),
            hint: msg!(LINK_ABOVE_ROOT_HINT),
        });
    };
    if !targets.has(&target) {
        let below = urls.below_root(&target).unwrap_or(&target);
        let last = target.rsplit('/').next().unwrap_or("");
        let is_file = image || (last.contains('.') && !last.ends_with(".html"));
        let hint = match near(&target, targets) {
            Some(n) => msg!(DID_YOU_MEAN_LINK, near = n),
            None if is_file => msg!(PUT_FILE_IN_STATIC, path = below),
            None => msg!(LINK_TO_A_PAGE_HINT),
        };
        let message = match (image, target == dest) {
            (true, _) => msg!(IMAGE_NOT_FOUND, image = dest),
            (false, true) => msg!(LINK_NO_PAGE, dest = dest),
            (false, false) => msg!(LINK_NO_PAGE_AT, dest = dest, target = target),
        };
        return Some(Problem { message, hint });
    }
    let fragment = dest.split_once('#').map(|(_, f)| f)?;
    if fragment.is_empty() || fragment == "top" {
        return None;
    }
    let page = if targets.paths.contains(&target) {
        urls.output_path(&target)
    } else {
        urls.output_path(&format!("{target}/"))
    };
    let ids = targets.anchors.of(&page)?;
    if ids.contains(fragment) {
        return None;
    }
    let hint = match closest(fragment, ids.iter().map(String::as_str)) {
        Some(n) => msg!(DID_YOU_MEAN_ANCHOR, anchor = n),
        None => msg!(ANCHOR_FROM_HEADING_HINT),
    };
    Some(Problem {
        message: msg!(LINK_NO_ANCHOR, dest = dest, fragment = fragment),
        hint,
    })
}
