//! What a browser would see in an HTML page: its elements with their
//! attributes, and its text, as the HTML5 tokenizer (html5ever, the one
//! ammonia uses) reads them. Shared by the tests and the fuzz targets
//! (`fuzz/src/lib.rs` includes this file), so "inert" means the same in both.

use std::cell::RefCell;

use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// One start tag: its name and attributes, in order.
#[derive(Debug, Clone)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A page as tokens.
#[derive(Debug, Default)]
pub struct Page {
    pub elements: Vec<Element>,
    /// The text of the page outside `<script>`, `<style>` and the like,
    /// with character references decoded: what a reader sees.
    pub text: String,
    /// The contents of raw-text elements (`<script>`, `<style>`, ...), each
    /// with its element's index in `elements`.
    pub raw: Vec<(usize, String)>,
}

struct Sink {
    page: RefCell<Page>,
    in_raw: RefCell<Option<usize>>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) => {
                if tag.kind == TagKind::EndTag {
                    *self.in_raw.borrow_mut() = None;
                    return TokenSinkResult::Continue;
                }
                let name = tag.name.to_string();
                let attrs = tag
                    .attrs
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect();
                let mut page = self.page.borrow_mut();
                page.elements.push(Element {
                    name: name.clone(),
                    attrs,
                });
                if tag.self_closing {
                    return TokenSinkResult::Continue;
                }
                let kind = match name.as_str() {
                    "script" => RawKind::ScriptData,
                    "style" | "xmp" | "iframe" | "noembed" | "noframes" => RawKind::Rawtext,
                    "title" | "textarea" => RawKind::Rcdata,
                    "plaintext" => return TokenSinkResult::Plaintext,
                    _ => return TokenSinkResult::Continue,
                };
                let index = page.elements.len() - 1;
                page.raw.push((index, String::new()));
                if name == "title" || name == "textarea" {
                    // Their text is text a reader sees, too.
                    *self.in_raw.borrow_mut() = None;
                } else {
                    *self.in_raw.borrow_mut() = Some(index);
                }
                TokenSinkResult::RawData(kind)
            }
            Token::CharacterTokens(t) => {
                let mut page = self.page.borrow_mut();
                if self.in_raw.borrow().is_some() {
                    if let Some(last) = page.raw.last_mut() {
                        last.1.push_str(&t);
                    }
                } else {
                    page.text.push_str(&t);
                }
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }
}

/// Tokenizes `html` the way a browser does.
pub fn tokenize(html: &str) -> Page {
    let sink = Sink {
        page: RefCell::new(Page::default()),
        in_raw: RefCell::new(None),
    };
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(html.into());
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    tokenizer.sink.page.into_inner()
}

/// Elements that run code or pull in other documents; none may come from content.
const ACTIVE: &[&str] = &[
    "iframe", "frame", "frameset", "object", "embed", "applet", "base", "svg", "math", "portal",
    "link", "meta", "style",
];

/// Attributes that hold a URL.
const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "data",
    "cite",
    "background",
    "xlink:href",
];

/// A URL as a browser reads its scheme: leading spaces and control
/// characters dropped, tabs and newlines anywhere removed, lower case.
fn scheme_view(url: &str) -> String {
    url.trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Why `page` is not inert, if it is not. `trusted` says which elements the
/// page itself (its theme) may have: a `<script>` with a `src` or JSON-LD,
/// `<link>` and `<meta>` in the head. Content must bring none of these.
pub fn problems(page: &Page, theme_page: bool) -> Vec<String> {
    let mut found = Vec::new();
    for (i, e) in page.elements.iter().enumerate() {
        let n = e.name.as_str();
        let theme_ok = theme_page
            && match n {
                "script" => {
                    e.attr("src").is_some() || e.attr("type") == Some("application/ld+json")
                }
                "link" | "meta" | "svg" => true,
                "style" => false,
                _ => false,
            };
        if (n == "script" || ACTIVE.contains(&n)) && !theme_ok {
            found.push(format!("element <{n}> (#{i}): {:?}", e.attrs));
        }
        for (name, value) in &e.attrs {
            if name.starts_with("on") {
                found.push(format!("event handler {name}={value:?} on <{n}>"));
            }
            if URL_ATTRS.contains(&name.as_str()) || name == "content" && n == "meta" {
                let v = scheme_view(value);
                let v = v.strip_prefix("0;url=").unwrap_or(&v);
                // `//host`, `/\host`, `\\host`: another host, though no
                // scheme says so (browsers read `\` as `/`).
                let elsewhere = v.starts_with(['/', '\\']) && v[1..].starts_with(['/', '\\']);
                if v.starts_with("javascript:")
                    || v.starts_with("vbscript:")
                    || (v.starts_with("data:") && !v.starts_with("data:image/"))
                    || elsewhere
                {
                    found.push(format!("{name}={value:?} on <{n}>"));
                }
            }
            if name == "style" && value.to_ascii_lowercase().contains("expression(") {
                found.push(format!("style={value:?} on <{n}>"));
            }
        }
    }
    // JSON-LD must be JSON that cannot end its element early.
    for (i, raw) in &page.raw {
        let e = &page.elements[*i];
        if e.name == "script" && e.attr("type") == Some("application/ld+json") {
            let lower = raw.to_ascii_lowercase();
            if lower.contains("</script") || lower.contains("<!--") || raw.contains('<') {
                found.push(format!("JSON-LD with markup: {raw:?}"));
            }
        }
    }
    found
}
