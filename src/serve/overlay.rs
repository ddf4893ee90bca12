//! What serve mode adds to every HTML page: the live-reload script and, while
//! the sources have errors, an overlay listing them.

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
}
