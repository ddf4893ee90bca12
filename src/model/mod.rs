//! Record types: what an editor writes, field for field.
//!
//! These types know nothing of the YAML parser; `load::yaml` gives [`Spanned`]
//! its `Deserialize` implementation. Every struct denies unknown keys, so a
//! typo is an error with a hint rather than a field that silently vanishes.
//! Values that a later rule checks (dates, ids, numbers) are `Spanned`, so that
//! the rule's error points at the exact line and column.

mod config;
mod news;
mod organization;
mod page;
mod program;

pub use config::ConfigRecord;
pub use news::NewsRecord;
pub use organization::{OrganizationKind, OrganizationRecord};
pub use page::PageRecord;
pub use program::{ProgramRecord, Session, SessionKind, StatusOverride, VenueRole};

use crate::diagnostics::Pos;
use serde::Deserialize;

/// A value with the place it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> Spanned<T> {
    pub fn new(value: T, pos: Pos) -> Self {
        Spanned { value, pos }
    }
}

/// Where a program or organization is, from province down to district.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub province: Option<Spanned<String>>,
    pub regency: Option<Spanned<String>>,
    pub district: Option<Spanned<String>>,
}
