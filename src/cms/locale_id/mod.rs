//! Decap CMS's own words (buttons, "optional", its validation messages,
//! the media library, the sign-in screen) in Indonesian. Decap 3.16.3
//! carries no Indonesian; `CMS.registerLocale("id", phrases)` adds it, and
//! Decap merges the phrases over its English ones (lodash `merge` of
//! `en` and the chosen locale), so a phrase missing here shows in English
//! rather than as a bare key. The table covers what an editor meets in the
//! forms warta generates; the editorial workflow (not used) is left out.

use serde_json::{Map, Value};

mod phrases;
use phrases::PHRASES;

/// The phrases as the nested object `CMS.registerLocale` takes.
pub fn phrases() -> Value {
    let mut root = Map::new();
    for (key, text) in PHRASES {
        let parts: Vec<&str> = key.split('.').collect();
        insert(&mut root, &parts, text);
    }
    Value::Object(root)
}

fn insert(map: &mut Map<String, Value>, path: &[&str], text: &str) {
    match path {
        [] => {}
        [last] => {
            map.insert((*last).to_string(), Value::String(text.to_string()));
        }
        [first, rest @ ..] => {
            let next = map
                .entry(*first)
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(inner) = next {
                insert(inner, rest, text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_nest_by_their_dotted_keys() {
        let p = phrases();
        assert_eq!(p["auth"]["login"], "Masuk");
        assert_eq!(
            p["editor"]["editorControl"]["field"]["optional"],
            "tidak wajib"
        );
        assert_eq!(p["editor"]["editorToolbar"]["publish"], "Terbitkan");
    }

    #[test]
    fn every_placeholder_is_one_decap_fills() {
        for (key, text) in PHRASES {
            let mut rest = *text;
            while let Some(at) = rest.find("%{") {
                let end = rest[at..].find('}').expect(key) + at;
                let name = &rest[at + 2..end];
                assert!(
                    [
                        "fieldLabel",
                        "pattern",
                        "minValue",
                        "maxValue",
                        "minCount",
                        "maxCount",
                        "count",
                        "path",
                        "collectionLabel",
                        "searchTerm",
                        "collection",
                        "label",
                        "item",
                        "size",
                        "details",
                    ]
                    .contains(&name),
                    "{key}: {name}"
                );
                rest = &rest[end..];
            }
        }
    }
}
