//! What a schema cannot say about a field: that a text is an id of another
//! record, Markdown, or a photo file. Keyed like the labels table
//! (`Type.field`), so a shared type's override (`Image.src`) applies
//! wherever the type is used.

use serde_json::{Map, Value, json};

use super::fields::date_widget;

enum Kind {
    /// Ids of records of a collection: (collection, fields to search, field to show).
    Relation(&'static str, &'static [&'static str], &'static str),
    Markdown,
    /// A photo file, written beside the record (the collections' media folder).
    Photo,
    /// A date-or-time field most records give as a date: a date picker.
    Date,
}

const ORGANIZATIONS: Kind = Kind::Relation("organizations", &["name", "short_name"], "name");
const PROGRAMS: Kind = Kind::Relation("programs", &["title"], "title");

const OVERRIDES: &[(&str, Kind)] = &[
    ("ProgramRecord.organizers", ORGANIZATIONS),
    ("ProgramRecord.partners", ORGANIZATIONS),
    ("Official.organization", ORGANIZATIONS),
    ("NewsRecord.organizations", ORGANIZATIONS),
    ("NewsRecord.programs", PROGRAMS),
    ("ProgramRecord.description", Kind::Markdown),
    ("Image.src", Kind::Photo),
    // Programs run whole days; a time written in the file is kept until
    // the date is changed here.
    ("ProgramRecord.start", Kind::Date),
    ("ProgramRecord.end", Kind::Date),
];

/// The widget part of the field `key` when the table overrides it;
/// `is_list`: the field holds a list (a relation then allows many).
pub fn widget(key: &str, is_list: bool) -> Option<Map<String, Value>> {
    let (_, kind) = OVERRIDES.iter().find(|(k, _)| *k == key)?;
    let value = match kind {
        Kind::Relation(collection, search, display) => json!({
            "widget": "relation",
            "collection": collection,
            "value_field": "{{slug}}",
            "search_fields": search,
            "display_fields": [display],
            "multiple": is_list,
        }),
        Kind::Markdown => json!({"widget": "markdown"}),
        Kind::Photo => json!({"widget": "image", "choose_url": false}),
        Kind::Date => Value::Object(date_widget(false)),
    };
    match value {
        Value::Object(map) => Some(map),
        _ => None,
    }
}

/// Every key the table overrides, for the tests.
#[cfg(test)]
pub fn keys() -> impl Iterator<Item = &'static str> {
    OVERRIDES.iter().map(|(k, _)| *k)
}
