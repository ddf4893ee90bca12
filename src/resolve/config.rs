//! `warta.yaml` with its defaults filled in and checked.

use jiff::tz::TimeZone;

use crate::diagnostics::{Diagnostic, Pos};
use crate::i18n::Language;
use crate::i18n::Text;
use crate::load::SourceFile;
use crate::model::{CmsRecord, ConfigRecord};
use crate::msg;

use super::site::{GitBackend, RawHtml, SiteConfig};

pub const DEFAULT_BASE_URL: &str = "http://127.0.0.1:1111/";

/// Cards on a page of a list when `news_per_page` or `programs_per_page`
/// is not set: ten cards keep a page far under 100 KB.
const DEFAULT_PER_PAGE: usize = 10;

/// Checks the configuration. `base_url_override` is `--base-url`.
/// `publisher` is resolved later, once organizations are known.
pub fn resolve_config(
    record: &ConfigRecord,
    base_url_override: Option<&str>,
    file: Option<&SourceFile>,
    diagnostics: &mut Vec<Diagnostic>,
) -> SiteConfig {
    let mut push = |pos: Option<Pos>, message: Text, hint: Text| {
        let d = match file {
            Some(f) => f.error(pos, message),
            None => Diagnostic::error("warta.yaml", pos, message),
        };
        diagnostics.push(d.with_hint(hint));
    };
    let language = match &record.language {
        None => Language::Id,
        Some(l) => Language::parse(l.value.trim()).unwrap_or_else(|| {
            push(
                Some(l.pos),
                msg!(CONFIG_LANGUAGE_UNKNOWN, value = l.value),
                msg!(CONFIG_LANGUAGE_HINT),
            );
            Language::Id
        }),
    };
    let timezone = match &record.timezone {
        None => TimeZone::get("Asia/Jakarta").unwrap_or(TimeZone::fixed(jiff::tz::offset(7))),
        Some(t) => TimeZone::get(t.value.trim()).unwrap_or_else(|_| {
            push(
                Some(t.pos),
                msg!(CONFIG_TIMEZONE_UNKNOWN, value = t.value),
                msg!(CONFIG_TIMEZONE_HINT),
            );
            TimeZone::UTC
        }),
    };
    let mut per_page = |key: &str, setting: &Option<crate::model::Spanned<i64>>| match setting {
        None => DEFAULT_PER_PAGE,
        Some(n) if (1..=1000).contains(&n.value) => n.value as usize,
        Some(n) => {
            push(
                Some(n.pos),
                msg!(CONFIG_PER_PAGE, key = key, value = n.value),
                msg!(CONFIG_PER_PAGE_HINT),
            );
            DEFAULT_PER_PAGE
        }
    };
    let news_per_page = per_page("news_per_page", &record.news_per_page);
    let programs_per_page = per_page("programs_per_page", &record.programs_per_page);
    let (raw_url, url_pos) = match (base_url_override, &record.base_url) {
        (Some(u), _) => (u.to_string(), None),
        (None, Some(u)) => (u.value.trim().to_string(), Some(u.pos)),
        (None, None) => (DEFAULT_BASE_URL.to_string(), None),
    };
    let (base_url, base_path) = match normalize_base_url(&raw_url) {
        Some(pair) => pair,
        None => {
            push(
                url_pos,
                msg!(CONFIG_BASE_URL, value = raw_url),
                msg!(CONFIG_BASE_URL_HINT),
            );
            (DEFAULT_BASE_URL.to_string(), "/".to_string())
        }
    };
    SiteConfig {
        title: record.title.as_ref().map_or_else(
            || "Program Pelatihan".to_string(),
            |t| t.value.trim().to_string(),
        ),
        description: record
            .description
            .as_ref()
            .map_or_else(String::new, |d| d.value.trim().to_string()),
        base_url,
        base_path,
        language,
        timezone,
        news_per_page,
        programs_per_page,
        publisher: None,
        relative_urls: record.relative_urls.unwrap_or(false),
        raw_html: if record.unsafe_html.unwrap_or(false) {
            RawHtml::Allow
        } else {
            RawHtml::Sanitize
        },
        logo: None,
        share_image: None,
        cms: record
            .cms
            .as_ref()
            .map(|cms| git_backend(&cms.value, &mut push)),
    }
}

/// `cms:` checked: a repository `owner/name`, a branch without spaces,
/// http(s) addresses. A wrong value is reported and the default kept, so
/// every mistake in the section is reported at once.
fn git_backend(cms: &CmsRecord, push: &mut impl FnMut(Option<Pos>, Text, Text)) -> GitBackend {
    let name_part = |s: &str| {
        !s.is_empty()
            && s != "."
            && s != ".."
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
    };
    let repo = cms.repo.value.trim();
    let parts: Vec<&str> = repo.split('/').collect();
    if parts.len() < 2 || !parts.iter().all(|p| name_part(p)) {
        push(
            Some(cms.repo.pos),
            msg!(CONFIG_CMS_REPO, value = repo),
            msg!(CONFIG_CMS_REPO_HINT),
        );
    }
    let branch = match &cms.branch {
        None => "main".to_string(),
        Some(b) => {
            let value = b.value.trim();
            if value.is_empty() || value.chars().any(|c| c.is_whitespace() || c == '\\') {
                push(
                    Some(b.pos),
                    msg!(CONFIG_CMS_BRANCH, value = value),
                    msg!(CONFIG_CMS_BRANCH_HINT),
                );
            }
            value.to_string()
        }
    };
    let mut address = |key: &str, setting: &Option<crate::model::Spanned<String>>| {
        let s = setting.as_ref()?;
        let value = s.value.trim();
        if normalize_base_url(value).is_none() {
            push(
                Some(s.pos),
                msg!(CONFIG_CMS_ADDRESS, key = key, value = value),
                msg!(CONFIG_CMS_ADDRESS_HINT),
            );
        }
        Some(value.to_string())
    };
    let base_url = address("base_url", &cms.base_url);
    let api_root = address("api_root", &cms.api_root);
    GitBackend {
        host: cms.backend.value,
        repo: repo.to_string(),
        branch,
        base_url,
        api_root,
        app_id: cms.app_id.as_ref().map(|a| a.value.trim().to_string()),
    }
}

/// `https://host/sub` -> (`https://host/sub/`, `/sub/`). None when it is not
/// an absolute http(s) URL, or has a query, fragment or odd characters.
pub fn normalize_base_url(url: &str) -> Option<(String, String)> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    let path_ok = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_' | '.' | '~'))
        && !path.split('/').any(|seg| seg == "..");
    if !host_ok || !path_ok {
        return None;
    }
    let path = path.trim_matches('/');
    let base_path = if path.is_empty() {
        "/".to_string()
    } else {
        format!("/{path}/")
    };
    let scheme = if url.starts_with("https://") {
        "https"
    } else {
        "http"
    };
    Some((format!("{scheme}://{host}{base_path}"), base_path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_normalized() {
        assert_eq!(
            normalize_base_url("https://host/sub"),
            Some(("https://host/sub/".into(), "/sub/".into()))
        );
        assert_eq!(
            normalize_base_url("http://127.0.0.1:1111"),
            Some(("http://127.0.0.1:1111/".into(), "/".into()))
        );
        assert_eq!(normalize_base_url("ftp://host/"), None);
        assert_eq!(normalize_base_url("https://host/a?b"), None);
        assert_eq!(normalize_base_url("https://ho\"st/"), None);
    }
}
