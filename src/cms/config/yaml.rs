//! A YAML writer for the generated configuration: block mappings and
//! lists, every string double-quoted with JSON's escapes (a subset of
//! YAML's), so nothing in it (a site title, a hint) can change its shape.

use serde_json::Value;

/// Keys written first, in this order, so each field reads name, label,
/// widget; the rest follow alphabetically.
const FIRST: &[&str] = &["name", "label", "label_singular", "widget"];

pub fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    block(value, 0, &mut out);
    out
}

fn scalar(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn key(k: &str) -> String {
    let plain = k
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && k.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if plain {
        k.to_string()
    } else {
        scalar(&Value::String(k.to_string()))
    }
}

fn is_block(value: &Value) -> bool {
    match value {
        Value::Object(m) => !m.is_empty(),
        Value::Array(a) => !a.is_empty(),
        _ => false,
    }
}

/// `value` (a mapping or list) at `indent` spaces; a scalar or an empty
/// collection as one flow value.
fn block(value: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) if !map.is_empty() => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_by_key(|k| (FIRST.iter().position(|f| f == k).unwrap_or(FIRST.len()), *k));
            for k in keys {
                let v = &map[k.as_str()];
                if is_block(v) {
                    out.push_str(&format!("{pad}{}:\n", key(k)));
                    block(v, indent + 2, out);
                } else {
                    out.push_str(&format!("{pad}{}: {}\n", key(k), scalar(v)));
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for item in items {
                if is_block(item) {
                    // The item's first line goes after the dash.
                    let mut inner = String::new();
                    block(item, indent + 2, &mut inner);
                    out.push_str(&format!("{pad}- {}", &inner[indent + 2..]));
                } else {
                    out.push_str(&format!("{pad}- {}\n", scalar(item)));
                }
            }
        }
        _ => out.push_str(&format!("{pad}{}\n", scalar(value))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn mappings_lists_and_odd_strings_read_back_the_same() {
        let value = json!({
            "title": "Judul: \"kutip\" # bukan komentar\n- baris",
            "list": [{"name": "a", "fields": [{"name": "b"}]}, "x", [], {}],
            "n": 1.5, "t": true, "z": null, "Key With Space": [[1, 2]],
        });
        let text = to_yaml(&value);
        let back: Value = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(back, value, "{text}");
    }
}
