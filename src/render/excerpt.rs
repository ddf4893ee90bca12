//! Plain text made from Markdown, and short excerpts of it: what a search
//! result shows, and a page's description for search engines and shared
//! links when its record has no `summary`.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// Characters of a page description: what search engines show of it.
pub(super) const DESCRIPTION: usize = 160;

/// Bytes of Markdown read for a description: its first paragraph is at the
/// top, and a long body need not be parsed whole for it.
const DESCRIPTION_SOURCE: usize = 4096;

/// Text of Markdown: its words, without the syntax, links' targets or tags.
pub(super) fn plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        push_words(&mut out, &event);
    }
    out
}

/// Adds an event's words to `out`, and a space at the end of a block.
fn push_words(out: &mut String, event: &Event) {
    match event {
        Event::Text(t) | Event::Code(t) => out.push_str(t),
        // Inline tags end inside a word's sentence: no space there.
        Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link) => {}
        Event::SoftBreak | Event::HardBreak | Event::End(_) => out.push(' '),
        _ => {}
    }
}

/// A page's description from its Markdown: the first paragraph's text
/// (headings, lists and quotes before it skipped), cut between words at
/// about [`DESCRIPTION`] characters. Empty when there is no paragraph.
pub(super) fn description(markdown: &str) -> String {
    let mut end = markdown.len().min(DESCRIPTION_SOURCE);
    while !markdown.is_char_boundary(end) {
        end -= 1;
    }
    let mut text = String::new();
    let mut depth = 0usize;
    let mut inside = false;
    for event in Parser::new(&markdown[..end]) {
        match &event {
            Event::Start(Tag::Paragraph) if depth == 0 => inside = true,
            Event::End(TagEnd::Paragraph) if inside => {
                if !text.trim().is_empty() {
                    break;
                }
                inside = false;
            }
            Event::Start(_) => depth += usize::from(!inside),
            Event::End(_) if !inside => depth = depth.saturating_sub(1),
            _ if inside => push_words(&mut text, &event),
            _ => {}
        }
    }
    cut(&text, DESCRIPTION)
}

/// The first `limit` characters of `text`, its words with single spaces
/// between, cut between words with ` …` after.
pub(super) fn cut(text: &str, limit: usize) -> String {
    // The words with single spaces between, only as far as the cut needs:
    // a body is ~15 times longer than a snippet.
    let mut spaced = String::with_capacity(limit + 16);
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars > limit {
            break;
        }
        if chars > 0 {
            spaced.push(' ');
            chars += 1;
        }
        spaced.push_str(word);
        chars += word.chars().count();
    }
    if chars <= limit {
        return spaced;
    }
    let cut: String = spaced.chars().take(limit).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut} …")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::stem::words;

    #[test]
    fn markdown_becomes_its_words() {
        let text =
            plain("# Judul\n\nPelatihan *keripik* [pisang](https://x.id/) <b>x</b>\n\n- satu");
        let w: Vec<String> = words(&text).collect();
        assert_eq!(w, ["judul", "pelatihan", "keripik", "pisang", "x", "satu"]);
    }

    #[test]
    fn excerpts_are_cut_between_words() {
        let long = "kata ".repeat(100);
        let s = cut(&long, 200);
        assert!(s.ends_with(" …") && s.chars().count() <= 202, "{s}");
        assert_eq!(cut("  dua\n kata ", 200), "dua kata");
    }

    #[test]
    fn a_description_is_the_first_paragraph_as_text() {
        let md = "# Judul\n\n- butir\n\n> kutipan\n\nPelatihan *keripik*\n[pisang](https://x.id/).\n\nLain.";
        assert_eq!(description(md), "Pelatihan keripik pisang.");
        assert_eq!(description("# Hanya judul\n"), "");
        let long = description(&"kata ".repeat(100));
        assert!(long.ends_with(" …") && long.chars().count() <= DESCRIPTION + 2);
        // A body longer than what is read still gives whole characters.
        let wide = "é".repeat(DESCRIPTION_SOURCE);
        assert!(description(&wide).ends_with('…'));
    }
}
