//! Cards rendered once per build and pasted into every list that shows them.
//!
//! A news item's card is on up to ten lists (the news list, its tags, its
//! region, its organizations, the programs it reports on), a program's on
//! as many; rendering the card partial again for each was two-fifths of
//! Tera's time in a build. The list partials call `news_card(story=…, h=…)`
//! and `program_card(card=…, h=…)` instead of including the card partial:
//! the function renders `partials/news_card.html` (or
//! `partials/program_card.html`) the first time a card is shown at a
//! heading level and hands back the same HTML every time after.
//!
//! So a card partial sees only what the function gives it: its card
//! (`story` or `card`), `h`, and what every page sees (`site`, `t`). A
//! theme whose card reads anything of the list page around it includes the
//! partial itself, as before; the functions are only a faster way to the
//! same output.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use tera::{Context, Kwargs, State, Tera, TeraResult, Value};
use xxhash_rust::xxh3::Xxh3DefaultBuilder;

/// The functions' names, with the partial each renders and the name the
/// partial gives its card.
pub(super) const CARD_FUNCTIONS: [(&str, &str, &str); 2] = [
    ("news_card", "partials/news_card.html", "story"),
    ("program_card", "partials/program_card.html", "card"),
];

/// The cards rendered so far: by a card's address, the HTML at each
/// heading level it was shown at (one or two).
type Made = HashMap<Arc<str>, Vec<(i64, Value)>, Xxh3DefaultBuilder>;

/// One card function: the theme to render the partial with, and the cards
/// rendered so far by their address and heading level.
pub(super) struct CardPartial {
    /// The same templates and shared context as the pages', without the
    /// card functions (a card that shows a card is refused, not repeated).
    theme: Arc<Tera>,
    template: &'static str,
    variable: &'static str,
    made: RwLock<Made>,
}

impl CardPartial {
    pub(super) fn new(theme: Arc<Tera>, template: &'static str, variable: &'static str) -> Self {
        CardPartial {
            theme,
            template,
            variable,
            made: RwLock::new(Made::default()),
        }
    }

    fn made(&self, url: &str, h: i64) -> Option<Value> {
        let made = self.made.read().unwrap_or_else(|e| e.into_inner());
        let levels = made.get(url)?;
        levels.iter().find(|(l, _)| *l == h).map(|(_, v)| v.clone())
    }

    fn render(&self, card: &Value, h: i64) -> TeraResult<Value> {
        let mut context = Context::new();
        context.insert_value(self.variable, card.clone());
        context.insert("h", &h);
        let mut html = Vec::with_capacity(1024);
        self.theme
            .render_to(self.template, &context, &mut html)
            // Tera passes a function's error on as text, at the list that
            // called it: the card's whole report, with its `--> NAME:LINE:COL`,
            // which `Templates::diagnostic` reads the card's place out of.
            .map_err(tera::Error::message)?;
        let html = std::str::from_utf8(&html).map_err(tera::Error::message)?;
        Ok(Value::safe_string(html))
    }
}

impl tera::Function<TeraResult<Value>> for CardPartial {
    fn call(&self, kwargs: Kwargs, _: &State) -> TeraResult<Value> {
        let card: &Value = kwargs.must_get(self.variable)?;
        let h: i64 = kwargs.must_get("h")?;
        // A card's address is its identity: one record, one card.
        let url = card
            .as_map()
            .and_then(|m| m.get(&tera::value::Key::Str("url")));
        let Some(url) = url.and_then(Value::as_str) else {
            return self.render(card, h);
        };
        if let Some(html) = self.made(url, h) {
            return Ok(html);
        }
        let html = self.render(card, h)?;
        let mut made = self.made.write().unwrap_or_else(|e| e.into_inner());
        made.entry(Arc::from(url))
            .or_default()
            .push((h, html.clone()));
        Ok(html)
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// Stands in for a card function inside a card partial.
pub(super) struct CardInCard;

impl tera::Function<TeraResult<Value>> for CardInCard {
    fn call(&self, _: Kwargs, _: &State) -> TeraResult<Value> {
        Err(tera::Error::message(
            "a card partial cannot show another card with news_card() or program_card()",
        ))
    }
}
