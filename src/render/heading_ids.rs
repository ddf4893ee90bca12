//! Heading anchors of Markdown bodies: every heading without an explicit
//! id gets one made from its text, unique within the body, so a section
//! can be linked to (`/news/x/#hari-pertama`).

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// A heading id from its text: lower-case ASCII words joined by `-`, with
/// `-1`, `-2`, ... for repeats. `next` remembers each base's next number, so
/// a body of thousands of equal headings costs no more than distinct ones
/// (counting from 1 each time made it quadratic: a hang on hostile input).
fn anchor(text: &str, used: &mut HashSet<String>, next: &mut HashMap<String, usize>) -> String {
    let mut base = slug::slugify(text);
    if base.is_empty() {
        base = "bagian".to_string();
    }
    let n = next.entry(base.clone()).or_insert(0);
    let mut id = if *n == 0 {
        base.clone()
    } else {
        format!("{base}-{n}")
    };
    while !used.insert(id.clone()) {
        *n += 1;
        id = format!("{base}-{n}");
    }
    *n += 1;
    id
}

/// Gives every heading of `events` without an id one.
pub fn add(events: &mut [Event]) {
    let mut used: HashSet<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
            _ => None,
        })
        .collect();
    let mut next = HashMap::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { id: None, .. }) = &events[i] {
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j] {
                    text.push_str(t);
                }
                j += 1;
            }
            let new_id = anchor(&text, &mut used, &mut next);
            if let Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) = events[i].clone()
            {
                events[i] = Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(new_id)),
                    classes,
                    attrs,
                });
            }
        }
        i += 1;
    }
}
