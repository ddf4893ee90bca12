//! Tera set up with the theme's templates, and template errors as diagnostics.

use std::collections::HashMap;
use std::sync::Arc;

use tera::{ErrorKind, Tera};

use super::card_partials::{CARD_FUNCTIONS, CardInCard, CardPartial};
use crate::diagnostics::{Diagnostic, Pos};
use crate::i18n::Text;
use crate::load::TemplateSource;
use crate::msg;

/// `error: MESSAGE` ... `--> NAME:LINE:COLUMN`, as Tera writes a report:
/// the template, its place and the message's first line.
fn located_report(report: &str) -> Option<(String, Option<Pos>, String)> {
    let message = report
        .lines()
        .next()?
        .trim()
        .trim_start_matches("error: ")
        .to_string();
    let place = report
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("--> "))?;
    let mut parts = place.trim().rsplitn(3, ':');
    let column: u32 = parts.next()?.parse().ok()?;
    let line: u32 = parts.next()?.parse().ok()?;
    let name = parts.next()?.to_string();
    Some((name, Some(Pos::new(line, column)), message))
}

/// The templates and where each came from, for error messages.
pub struct Templates {
    pub tera: Tera,
    sources: HashMap<String, TemplateSource>,
}

/// The room a page is rendered into at first: most pages fit, so the
/// buffer is not copied while it grows.
const PAGE_CAPACITY: usize = 32 * 1024;

/// The templates every theme must have: the pages warta writes.
pub const REQUIRED: &[&str] = &[
    "index.html",
    "programs.html",
    "program.html",
    "news_list.html",
    "card_list.html",
    "news.html",
    "page.html",
    "organizations.html",
    "organization.html",
    "taxonomy_index.html",
    "taxonomy_term.html",
    "outcomes.html",
    "search.html",
    "404.html",
];

/// A Tera that escapes every value of a .html (or .xml) template with
/// [`crate::escape::html`], the escaper charts and the QR code use too.
/// Never `| safe` anything but rendered Markdown (the card functions hand
/// back HTML this Tera rendered, escaped already).
pub(super) fn escaping_tera() -> Tera {
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".htm", ".xml"]);
    tera.set_escape_fn(crate::escape::html_to);
    tera
}

impl Templates {
    /// The theme's templates, with `globals` (what every page shares) as
    /// Tera's global context, and the card functions (see [`card_partials`]).
    pub fn new(
        theme: &[TemplateSource],
        globals: tera::Context,
    ) -> Result<Templates, Vec<Diagnostic>> {
        let sources: HashMap<String, TemplateSource> =
            theme.iter().map(|t| (t.name.clone(), t.clone())).collect();
        let missing: Vec<Diagnostic> = REQUIRED
            .iter()
            .filter(|name| !sources.contains_key(**name))
            .map(|name| {
                Diagnostic::error(
                    format!("templates/{name}"),
                    None,
                    msg!(TEMPLATE_MISSING, name = name),
                )
                .with_hint(msg!(TEMPLATE_MISSING_HINT))
            })
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        // The cards' Tera first: the pages' is the same with the card
        // functions that render through it.
        let mut tera = escaping_tera();
        for (name, _, _) in CARD_FUNCTIONS {
            tera.register_function(name, CardInCard);
        }
        let mut templates = Templates { tera, sources };
        let pairs: Vec<(String, Arc<str>)> = theme
            .iter()
            .map(|t| (t.name.clone(), t.text.clone()))
            .collect();
        if let Err(e) = templates
            .tera
            .add_raw_templates(pairs.iter().map(|(n, t)| (n.as_str(), t.as_ref())))
        {
            return Err(vec![templates.diagnostic(&e)]);
        }
        templates.tera.global_context().extend(globals);
        let cards = Arc::new(templates.tera.clone());
        for (name, template, variable) in CARD_FUNCTIONS {
            let function = CardPartial::new(cards.clone(), template, variable);
            templates.tera.register_function(name, function);
        }
        Ok(templates)
    }

    /// A page as the bytes it is written as. Tera's `render` would check
    /// that its own output is UTF-8 (a hundredth of a build's instructions)
    /// and grow its buffer from the template's size; every template and value
    /// is a `str` already, and most pages are 5-30 KB.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<Vec<u8>, Diagnostic> {
        let mut page = Vec::with_capacity(PAGE_CAPACITY);
        self.tera
            .render_to(name, context, &mut page)
            .map_err(|e| self.diagnostic(&e))?;
        Ok(page)
    }

    /// A Tera error as a diagnostic naming the template file and line.
    pub fn diagnostic(&self, e: &tera::Error) -> Diagnostic {
        let (file_name, pos, message) = match e.kind() {
            // A card partial's error, passed on by a card function as its
            // report: at the card's place, not the list's that called it.
            ErrorKind::RenderingError(r)
                if let Some((name, pos, message)) = located_report(r.message())
                    && self.sources.contains_key(&name) =>
            {
                (name, pos, Text::from(message))
            }
            ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
                let span = r.span();
                (
                    r.filename().to_string(),
                    Some(Pos::new(span.start_line as u32, span.start_col as u32 + 1)),
                    Text::from(r.message()),
                )
            }
            ErrorKind::MissingParent { current, parent } => (
                current.clone(),
                None,
                msg!(TEMPLATE_PARENT_MISSING, parent = parent),
            ),
            // Checks across templates (a block no parent has, an unknown
            // filter) come as finished reports: take the place from them.
            _ => located_report(&e.to_string())
                .map(|(name, pos, message)| (name, pos, Text::from(message)))
                .unwrap_or_else(|| (String::new(), None, Text::from(e.to_string()))),
        };
        let (file, source) = match self.sources.get(&file_name) {
            Some(s) => (s.origin.clone(), Some(s.text.clone())),
            None if file_name.is_empty() => ("templates".to_string(), None),
            None => (file_name, None),
        };
        // Tera's own words stay in English: they are for whoever writes
        // templates, and warta cannot translate them.
        let mut d = Diagnostic::error(file, pos, msg!(TEMPLATE_ERROR, message = message))
            .with_hint(msg!(TEMPLATE_ERROR_HINT));
        if let Some(src) = source {
            d = d.with_source(src);
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_interface_string_is_an_error_not_an_empty_text() {
        // Tera refuses a missing field when it prints one; the keys of the
        // default theme are checked by a test in load::theme, and Rust's by
        // `ui!` while compiling.
        let mut tera = escaping_tera();
        tera.add_raw_template("a.html", "{{ t.home }} {{ t.hom }}")
            .unwrap();
        let mut context = tera::Context::new();
        context.insert("t", &crate::i18n::ui_strings(crate::i18n::Language::Id));
        let error = tera.render("a.html", &context).unwrap_err().to_string();
        assert!(error.contains("`hom` is not defined"), "{error}");
    }

    #[test]
    fn values_are_escaped_with_the_one_html_escaper() {
        let mut tera = escaping_tera();
        tera.add_raw_template("a.html", "<a title='{{ x }}'>{{ x }}</a>")
            .unwrap();
        let mut context = tera::Context::new();
        context.insert("x", "x' onclick='y\" <b>&");
        let expected = crate::escape::html("x' onclick='y\" <b>&");
        assert_eq!(
            tera.render("a.html", &context).unwrap(),
            format!("<a title='{expected}'>{expected}</a>")
        );
    }
}
