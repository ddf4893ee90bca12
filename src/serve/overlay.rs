//! What serve mode adds to every HTML page: the live-reload script and, while
//! the sources have errors, an overlay listing them; while they have only
//! warnings, a small banner listing those, which the editor may close.

use crate::diagnostics::Diagnostic;
use crate::i18n::Language;
use crate::msg;

/// The path of the Server-Sent Events stream that announces rebuilds.
pub const EVENTS_PATH: &str = "/__warta/reload";

/// Reloads the page when the server announces a new build. Reconnects by
/// itself (EventSource does) when the server restarts.
const RELOAD_SCRIPT: &str = "<script>new EventSource(\"/__warta/reload\").onmessage=function(){location.reload()};</script>";

/// The overlay for a build with errors, in the editor's `language`: every
/// diagnostic as the terminal shows it, without colours.
pub fn overlay(diagnostics: &[Diagnostic], language: Language) -> String {
    let errors: Vec<&Diagnostic> = crate::diagnostics::in_reading_order(diagnostics)
        .into_iter()
        .filter(|d| d.is_error())
        .collect();
    let mut text = String::new();
    for d in &errors {
        text.push_str(&d.render(false, language));
        text.push_str("\n\n");
    }
    let title = msg!(OVERLAY_TITLE, errors = errors.len());
    let explain = msg!(OVERLAY_EXPLAIN);
    format!(
        "<div id=\"warta-errors\" role=\"alert\" lang=\"{}\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;\
         background:#fff;color:#111;padding:1rem 1.5rem;font:15px/1.5 system-ui,sans-serif\">\
         <h1 style=\"color:#a00;font-size:1.4rem;margin:0 0 .5rem\">{}</h1>\
         <p style=\"margin:0 0 1rem\">{}</p>\
         <pre style=\"white-space:pre-wrap;background:#f6f6f6;border:1px solid #ccc;padding:1rem;font:14px/1.4 ui-monospace,monospace\">{}</pre></div>",
        language.code(),
        crate::escape::html(title.get(language)),
        crate::escape::html(explain.get(language)),
        crate::escape::html(text.trim_end())
    )
}

/// The banner for a build with warnings (an image without a description, a
/// skipped heading level...), in the editor's `language`: each warning's
/// place, message and hint, escaped. It covers the bottom of the page, not
/// the page, and its close button is a real `<button>` that removes it;
/// the next rebuild shows it again while the warnings remain. `None` when
/// there are none.
pub fn warnings_banner(diagnostics: &[Diagnostic], language: Language) -> Option<String> {
    let warnings: Vec<&Diagnostic> = diagnostics.iter().filter(|d| !d.is_error()).collect();
    if warnings.is_empty() {
        return None;
    }
    let esc = crate::escape::html;
    let mut items = String::new();
    for d in &warnings {
        items.push_str(&format!(
            "<li style=\"margin:.25rem 0\"><code style=\"font:13px ui-monospace,monospace;background:#fff;padding:0 .2rem\">{}</code> {}",
            esc(&d.location()),
            code_spans(&esc(d.message.get(language)))
        ));
        if let Some(hint) = &d.hint {
            items.push_str(&format!(
                "<br><span style=\"color:#333\">{}: {}</span>",
                esc(msg!(SEVERITY_HELP).get(language)),
                code_spans(&esc(hint.get(language)))
            ));
        }
        items.push_str("</li>");
    }
    let title = msg!(WARNINGS_BANNER_TITLE, warnings = warnings.len());
    let close = msg!(WARNINGS_BANNER_CLOSE);
    Some(format!(
        "<div id=\"warta-warnings\" role=\"status\" lang=\"{}\" style=\"position:fixed;left:.5rem;right:.5rem;bottom:.5rem;z-index:2147483646;\
         max-height:40vh;overflow:auto;background:#fff8d6;color:#111;border:2px solid #7a5c00;border-radius:6px;\
         padding:.6rem 3rem .6rem .9rem;font:14px/1.45 system-ui,sans-serif;box-shadow:0 2px 10px rgba(0,0,0,.3)\">\
         <button type=\"button\" onclick=\"this.parentNode.remove()\" style=\"position:absolute;top:.4rem;right:.4rem;\
         font:600 14px/1 system-ui,sans-serif;padding:.35rem .55rem;border:2px solid #111;border-radius:4px;background:#fff;color:#111;cursor:pointer\">\
         {}</button><strong>&#9888; {}</strong><ul style=\"margin:.3rem 0 0;padding-left:1.2rem\">{items}</ul></div>",
        language.code(),
        esc(close.get(language)),
        esc(title.get(language)),
    ))
}

/// Escaped text with its `backticked` values shown as code, as a page
/// shows them: the backticks are the terminal's way of marking them.
fn code_spans(escaped: &str) -> String {
    let mut out = String::with_capacity(escaped.len() + 16);
    let mut parts = escaped.split('`').peekable();
    let mut inside = false;
    while let Some(part) = parts.next() {
        if inside && parts.peek().is_some() {
            out.push_str("<code>");
            out.push_str(part);
            out.push_str("</code>");
        } else if inside {
            // An odd backtick: shown as written.
            out.push('`');
            out.push_str(part);
        } else {
            out.push_str(part);
        }
        inside = !inside;
    }
    out
}

/// A page for when no build has succeeded yet.
pub fn error_page(overlay: &str, language: Language) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body>{overlay}</body></html>",
        language.code(),
        crate::escape::html(msg!(OVERLAY_PAGE_TITLE).get(language)),
    )
}

/// Adds the reload script (and the overlay, if any) before `</body>`.
pub fn inject(html: &[u8], overlay: Option<&str>) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let addition = format!("{}{RELOAD_SCRIPT}", overlay.unwrap_or(""));
    let out = match text.rfind("</body>") {
        Some(i) => format!("{}{addition}{}", &text[..i], &text[i..]),
        None => format!("{text}{addition}"),
    };
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_and_overlay_go_before_the_end_of_body() {
        let out = String::from_utf8(inject(
            b"<html><body><p>x</p></body></html>",
            Some("<div>E</div>"),
        ))
        .unwrap();
        assert!(out.ends_with("<div>E</div><script>new EventSource(\"/__warta/reload\").onmessage=function(){location.reload()};</script></body></html>"));
    }

    #[test]
    fn overlay_escapes_the_messages() {
        let d = Diagnostic::error("content/a.yaml", None, "bad <script>");
        let o = overlay(&[d], Language::En);
        assert!(o.contains("bad &lt;script&gt;"));
        assert!(o.contains("content/a.yaml"));
    }

    #[test]
    fn the_overlay_lists_problems_in_file_order_as_the_terminal_does() {
        // As a build finds them: the file that did not load, then a
        // problem resolve found in a file that comes first.
        let found = [
            Diagnostic::error("content/programs/a.yaml", None, "first found"),
            Diagnostic::error("content/news/b.md", None, "found later"),
        ];
        let o = overlay(&found, Language::En);
        let at = |s| o.find(s).unwrap();
        assert!(
            at("content/news/b.md") < at("content/programs/a.yaml"),
            "{o}"
        );
    }

    #[test]
    fn warnings_banner_lists_warnings_escaped_with_a_close_button() {
        let w = Diagnostic::warning("content/a.md", None, "no <alt>").with_hint("write <b>");
        let e = Diagnostic::error("content/b.md", None, "an error");
        let b = warnings_banner(&[w, e], Language::En).unwrap();
        assert!(b.contains("no &lt;alt&gt;") && b.contains("write &lt;b&gt;"));
        assert!(b.contains("content/a.md") && !b.contains("content/b.md"));
        assert!(b.contains("<button type=\"button\""));
        assert_eq!(warnings_banner(&[], Language::En), None);
        let b = warnings_banner(
            &[Diagnostic::warning("a.md", None, "use `###` here, not `#")],
            Language::En,
        )
        .unwrap();
        assert!(b.contains("use <code>###</code> here, not `#"), "{b}");
    }
}
