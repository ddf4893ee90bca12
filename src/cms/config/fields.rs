//! Decap CMS fields from a record type's JSON Schema: one walk that gives
//! each property the widget its schema calls for, with the overrides of
//! [`super::overrides`] for what a schema cannot say.
//!
//! A property whose schema this walk does not know gets no `widget`, so the
//! coverage test fails for a new kind of field instead of showing editors a
//! text box that writes the wrong thing.

use serde_json::{Map, Value, json};

use crate::i18n::{Language, cms_order, cms_text};
use crate::model::{DATE_PATTERN, DATE_TIME_PATTERN};

use super::overrides;

/// The stored value of a date-only field: what `DATE_PATTERN` accepts.
pub const DATE_FORMAT: &str = "YYYY-MM-DD";
/// The stored value of a date-and-time field, with the browser's offset:
/// `2024-06-24T08:00:00+07:00`, what `DATE_TIME_PATTERN` accepts.
pub const DATE_TIME_FORMAT: &str = "YYYY-MM-DDTHH:mm:ssZ";

/// One record type's schema, walked in one language.
pub struct Walk<'a> {
    defs: Option<&'a Map<String, Value>>,
    pub language: Language,
}

impl<'a> Walk<'a> {
    pub fn new(root: &'a Value, language: Language) -> Self {
        Walk {
            defs: root.get("$defs").and_then(Value::as_object),
            language,
        }
    }

    /// The fields of the object `schema` of type `type_name`, in the order
    /// of the labels table. `required_here`: whether the object itself must
    /// be there; the fields of an optional object are never required, so an
    /// editor can leave the whole object empty.
    pub fn object_fields(
        &self,
        type_name: &str,
        schema: &Value,
        required_here: bool,
    ) -> Vec<Value> {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            return Vec::new();
        };
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut names: Vec<&String> = properties.keys().collect();
        names.sort_by_key(|name| cms_order(&format!("{type_name}.{name}")));
        names
            .into_iter()
            .map(|name| {
                let must = required_here && required.contains(&name.as_str());
                self.field(type_name, name, &properties[name.as_str()], must)
            })
            .collect()
    }

    /// The field `name` of `type_name`: label, hint, required, widget.
    fn field(&self, type_name: &str, name: &str, schema: &Value, required: bool) -> Value {
        let key = format!("{type_name}.{name}");
        let mut field = Map::new();
        field.insert("name".into(), name.into());
        match cms_text(&key, self.language) {
            Some((label, hint)) => {
                field.insert("label".into(), label.into());
                if let Some(hint) = hint {
                    field.insert("hint".into(), hint.into());
                }
            }
            None => {
                field.insert("label".into(), name.into());
            }
        }
        field.insert("required".into(), required.into());
        let (resolved, _) = self.resolve(schema);
        let is_list = primary_type(resolved) == Some("array");
        let widget =
            overrides::widget(&key, is_list).or_else(|| self.widget(name, schema, required));
        if let Some(mut widget) = widget {
            // A list's values are labelled as the list is ("Topik").
            if let (Some(Value::Object(item)), Some(label)) =
                (widget.get_mut("field"), field.get("label"))
            {
                item.insert("label".into(), label.clone());
            }
            field.extend(widget);
        }
        Value::Object(field)
    }

    /// Follows `$ref` and the `anyOf: [x, null]` of an optional value:
    /// the schema itself and the name of its type, if it has one.
    fn resolve<'s>(&'s self, schema: &'s Value) -> (&'s Value, Option<&'s str>) {
        if let Some(name) = schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/$defs/"))
            && let Some(def) = self.defs.and_then(|d| d.get(name))
        {
            return (def, Some(name));
        }
        if let Some(branches) = schema.get("anyOf").and_then(Value::as_array)
            && let Some(branch) = branches
                .iter()
                .find(|b| b.get("type").and_then(Value::as_str) != Some("null"))
        {
            return self.resolve(branch);
        }
        (schema, None)
    }

    /// The widget part of a field (`widget` and its options), or `None` for
    /// a schema this walk does not know.
    fn widget(&self, name: &str, schema: &Value, required: bool) -> Option<Map<String, Value>> {
        let (schema, type_name) = self.resolve(schema);
        let type_name = type_name.unwrap_or(name);
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            return Some(self.select(type_name, values));
        }
        let mut w = Map::new();
        match primary_type(schema)? {
            "string" => match schema.get("pattern").and_then(Value::as_str) {
                Some(DATE_PATTERN) => return Some(date_widget(false)),
                Some(DATE_TIME_PATTERN) => return Some(date_widget(true)),
                Some(pattern) => {
                    w.insert("widget".into(), "string".into());
                    let message = match self.language {
                        Language::Id => "Isinya tidak sesuai bentuk yang diminta",
                        Language::En => "This is not in the form asked for",
                    };
                    w.insert("pattern".into(), json!([pattern, message]));
                }
                None => {
                    w.insert("widget".into(), "string".into());
                }
            },
            kind @ ("integer" | "number") => {
                w.insert("widget".into(), "number".into());
                let value_type = if kind == "integer" { "int" } else { "float" };
                w.insert("value_type".into(), value_type.into());
                for (from, to) in [("minimum", "min"), ("maximum", "max")] {
                    if let Some(n) = schema.get(from) {
                        w.insert(to.into(), n.clone());
                    }
                }
            }
            "boolean" => {
                w.insert("widget".into(), "boolean".into());
                if let Some(default) = schema.get("default") {
                    w.insert("default".into(), default.clone());
                }
            }
            "array" => {
                let items = schema.get("items")?;
                let (item_schema, item_type) = self.resolve(items);
                w.insert("widget".into(), "list".into());
                if primary_type(item_schema) == Some("object") {
                    let item_type = item_type.unwrap_or(name);
                    let fields = self.object_fields(item_type, item_schema, true);
                    w.insert("fields".into(), fields.into());
                    w.insert("collapsed".into(), true.into());
                } else {
                    let (label, _) = cms_text("list.item", self.language)?;
                    let mut item = Map::new();
                    item.insert("name".into(), "item".into());
                    item.insert("label".into(), label.into());
                    item.extend(self.widget(name, items, true)?);
                    w.insert("field".into(), Value::Object(item));
                    // Each value in its own box, shown, not behind a label.
                    w.insert("collapsed".into(), false.into());
                    w.insert("summary".into(), "{{fields.item}}".into());
                }
            }
            "object" => {
                w.insert("widget".into(), "object".into());
                w.insert("collapsed".into(), (!required).into());
                let fields = self.object_fields(type_name, schema, required);
                w.insert("fields".into(), fields.into());
            }
            _ => return None,
        }
        Some(w)
    }

    /// A select of an enumeration's values, each labelled from the table.
    fn select(&self, type_name: &str, values: &[Value]) -> Map<String, Value> {
        let options: Vec<Value> = values
            .iter()
            .filter_map(Value::as_str)
            .map(|value| {
                let label = cms_text(&format!("{type_name}.{value}"), self.language)
                    .map_or(value, |(label, _)| label);
                json!({"label": label, "value": value})
            })
            .collect();
        let mut w = Map::new();
        w.insert("widget".into(), "select".into());
        w.insert("options".into(), options.into());
        w
    }
}

/// The type of a schema, `null` left out: `["string", "null"]` is `string`.
fn primary_type(schema: &Value) -> Option<&str> {
    match schema.get("type")? {
        Value::String(t) => Some(t),
        Value::Array(types) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null"),
        _ => None,
    }
}

/// Decap's datetime widget storing `DATE_FORMAT` (a date picker) or
/// `DATE_TIME_FORMAT` (a date and time picker).
pub fn date_widget(with_time: bool) -> Map<String, Value> {
    let mut w = Map::new();
    w.insert("widget".into(), "datetime".into());
    if with_time {
        w.insert("format".into(), DATE_TIME_FORMAT.into());
    } else {
        w.insert("format".into(), DATE_FORMAT.into());
        w.insert("date_format".into(), DATE_FORMAT.into());
        w.insert("time_format".into(), false.into());
    }
    w
}
