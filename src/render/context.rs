//! The shared, read-only context every page and output is made with: the
//! site, its language, its interface strings and its URLs. What is made
//! from it is split by job:
//! - [`format`]: dates, numbers, decimals and times as the language writes them;
//! - [`labels`]: interface labels for statuses, fees, kinds and roles;
//! - [`cards`]: the cards and links that show one record on another's page,
//!   and the build-wide cache of cards;
//! - [`share`]: share links and QR codes;
//! - the views of whole pages live with their page family (`render::pages`).

mod cards;
mod format;
mod labels;
mod pictures;
mod share;

pub use pictures::{CONTENT_SIZES, PhotoOrder, THUMBNAIL_SIZES, picture_view};

use std::collections::BTreeMap;

use crate::i18n::{self, Language, UiKey};
use crate::resolve::Site;

use super::urls::Urls;

/// Everything view-making needs: the site, its language and its URLs.
pub struct Ctx<'a> {
    pub site: &'a Site,
    pub lang: Language,
    pub t: BTreeMap<&'static str, &'static str>,
    pub urls: Urls,
    /// Every photo's plan: the files its `<picture>` lists, with sizes.
    pub images: &'a crate::images::Prepared,
    /// The cards made for templates once per build (see [`cards`]).
    cards: cards::CardCache,
    /// Whether pages' data keeps a fingerprint ([`Ctx::page_data`]): only
    /// for a render with a cache, which reuses pages by it.
    fingerprints: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(site: &'a Site, images: &'a crate::images::Prepared) -> Self {
        let lang = site.config.language;
        Ctx {
            site,
            lang,
            t: i18n::ui_strings(lang),
            urls: Urls::of(&site.config),
            images,
            cards: cards::CardCache::new(site),
            fingerprints: true,
        }
    }

    /// The same, for a render that keeps no pages for the next one: no
    /// page's data is fingerprinted.
    pub(super) fn without_fingerprints(self) -> Self {
        Ctx {
            fingerprints: false,
            ..self
        }
    }

    /// Whether this render may reuse pages (the preview's): then a page's
    /// address and title are made only if it is rendered (`Job::per_item`).
    pub(super) fn reuses(&self) -> bool {
        self.fingerprints
    }

    /// Empty data for a page without [`Deps`](super::cache::Deps):
    /// fingerprinted when this render's pages may be reused.
    pub(super) fn page_data(&self) -> super::cache::PageData {
        super::cache::PageData::new(self.fingerprints)
    }

    /// An interface string in the site's language; `key` is checked while
    /// compiling (`ui!("free")`).
    pub fn t(&self, key: UiKey) -> &'static str {
        key.text(self.lang)
    }
}
