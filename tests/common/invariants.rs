//! What the fuzz targets check beyond "no panic, no hang", as functions the
//! regression tests (tests/fuzz_regressions.rs) run on every input the
//! fuzzers once broke. Shared with `fuzz/src/lib.rs` by `#[path]`, so both
//! check the same thing. Each input goes through what `load` does first
//! (line ends made uniform), as a file read by warta would.

use std::sync::Arc;

use serde::de::DeserializeOwned;
use warta::diagnostics::Diagnostic;
use warta::load::front_matter;
use warta::load::yaml::{self, YamlError};
use warta::render::markdown::{self, RawHtml};
use warta::render::urls::Urls;

use super::html;

/// An error's place must be inside the text it is about, and the diagnostic
/// must render (with its snippet) without panicking.
fn check_error(text: &str, e: &YamlError) {
    let lines = text.split('\n').count() as u32;
    assert!(
        e.pos.line >= 1 && e.pos.line <= lines + 1,
        "line {} outside 1..={} for {:?}",
        e.pos.line,
        lines + 1,
        e
    );
    assert!(e.pos.column >= 1, "column 0 in {e:?}");
    assert!(!e.message.en().is_empty() && !e.message.get(warta::i18n::Language::Id).is_empty());
    let mut d = Diagnostic::error("content/x.yaml", Some(e.pos), e.message.clone())
        .with_source(Arc::from(text));
    if let Some(h) = &e.hint {
        d = d.with_hint(h.clone());
    }
    for language in [warta::i18n::Language::Id, warta::i18n::Language::En] {
        let shown = d.render(false, language);
        assert!(shown.contains("content/x.yaml"), "{shown}");
    }
}

/// A YAML record file (program, organization, warta.yaml).
pub fn record<T: DeserializeOwned>(text: &str) {
    let text = warta::load::normalize_line_ends(text.to_string());
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    if let Err(e) = yaml::parse::<T>(text, 1) {
        check_error(text, &e);
    }
}

/// A Markdown file with front matter (news item, page), as `load` reads it.
pub fn markdown_file<T: DeserializeOwned>(text: &str) {
    let text = warta::load::normalize_line_ends(text.to_string());
    if let Ok(split) = front_matter::split(&text)
        && let Err(e) = yaml::parse::<T>(split.yaml, split.yaml_line)
    {
        check_error(&text, &e);
    }
}

/// The split's parts are slices of the text at the lines it names.
pub fn front_matter(text: &str) {
    let text = warta::load::normalize_line_ends(text.to_string());
    let Ok(s) = front_matter::split(&text) else {
        return;
    };
    let stripped = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let base = stripped.as_ptr() as usize;
    let yaml_at = s.yaml.as_ptr() as usize - base;
    let body_at = s.body.as_ptr() as usize - base;
    assert!(yaml_at + s.yaml.len() <= body_at, "yaml overlaps the body");
    assert_eq!(
        body_at + s.body.len(),
        stripped.len(),
        "body runs to the end"
    );
    assert_eq!(s.yaml_line, 2);
    assert_eq!(
        stripped[..yaml_at].matches('\n').count() as u32 + 1,
        s.yaml_line,
        "the YAML starts on the line after the opening fence"
    );
    // An empty body after a closing fence without a line end has no line.
    if !s.body.is_empty() {
        assert_eq!(
            stripped[..body_at].matches('\n').count() as u32 + 1,
            s.body_line,
            "body_line is the body's line"
        );
    }
}

/// Both raw-HTML modes; the sanitised output must be inert.
pub fn markdown(text: &str) {
    let urls = Urls::new("https://host/sub/", "/sub/");
    let _ = markdown::render(text, &urls, RawHtml::Allow);
    let out = markdown::render(text, &urls, RawHtml::Sanitize);
    let page = html::tokenize(&out);
    let problems = html::problems(&page, false);
    assert!(problems.is_empty(), "{problems:?}\nin:\n{out}");
}
