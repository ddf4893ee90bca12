//! Record types: what an editor writes, field for field.
//!
//! These types know nothing of the YAML parser; `load::yaml` gives [`Spanned`]
//! its `Deserialize` implementation. Every struct denies unknown keys, so a
//! typo is an error with a hint rather than a field that silently vanishes.
//! Values that a later rule checks (dates, ids, numbers) are `Spanned`, so that
//! the rule's error points at the exact line and column.

mod config;
mod image;
mod news;
mod organization;
mod page;
mod program;

pub use config::{CmsRecord, ConfigRecord, GitHost};
pub use image::Image;
pub use news::{AuthorKind, NewsRecord};
pub use organization::{OrganizationKind, OrganizationRecord};
pub use page::PageRecord;
pub use program::{ProgramRecord, Session, SessionKind, StatusOverride, VenueRole};

use crate::diagnostics::Pos;
use schemars::JsonSchema;
use serde::Deserialize;

/// What a date-only field accepts: `2024-06-24`. The calendar check (no
/// 30 February) is `resolve`'s.
pub const DATE_PATTERN: &str = r"^\d{4}-\d{1,2}-\d{1,2}$";

/// What a date-or-time field accepts: `2024-06-24`, or with a time and an
/// optional offset.
pub const DATE_TIME_PATTERN: &str = r"^(\d{4}-\d{1,2}-\d{1,2}|\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})?)$";

/// The JSON Schema (draft 2020-12) of a record type, titled `title`: what
/// `warta schema` prints and what the CMS's forms are made from.
pub fn json_schema<T: JsonSchema>(title: &str) -> serde_json::Value {
    let mut schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>();
    schema.insert("title".into(), title.into());
    schema.to_value()
}

/// A value with the place it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub pos: Pos,
}

/// In the schema a spanned value is just its value.
impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

impl<T> Spanned<T> {
    pub fn new(value: T, pos: Pos) -> Self {
        Spanned { value, pos }
    }
}

/// Where a program or organization is, from province down to district.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub province: Option<Spanned<String>>,
    pub regency: Option<Spanned<String>>,
    pub district: Option<Spanned<String>>,
}
