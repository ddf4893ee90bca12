//! The generated configuration covers the content model, read back as
//! Decap would read it (the YAML parsed, not our value trusted).

use serde_json::{Value, json};

use super::*;
use crate::i18n::Language;
use crate::model::DATE_PATTERN;

fn local() -> Backend {
    Backend::Local {
        api_url: "http://127.0.0.1:1111/admin/api/v1".into(),
    }
}

/// The configuration as Decap sees it: the YAML text parsed.
fn parsed(language: Language) -> Value {
    let text = config_yaml(&ConfigRecord::default(), language, &local());
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn collection_fields<'a>(config: &'a Value, name: &str) -> &'a Value {
    let c = config["collections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no collection {name}"));
    &c["fields"]
}

/// The field at `path` (names, lists and objects stepped into) among `fields`.
fn field<'a>(fields: &'a Value, path: &[&str]) -> Option<&'a Value> {
    let (first, rest) = path.split_first()?;
    let f = fields.as_array()?.iter().find(|f| f["name"] == *first)?;
    if rest.is_empty() {
        Some(f)
    } else {
        field(&f["fields"], rest)
    }
}

/// Every property path of an object schema, recursively (`$ref`, optional
/// `anyOf` and array items followed), with the type that holds it.
fn property_paths(root: &Value, schema: &Value, prefix: &[String], out: &mut Vec<Vec<String>>) {
    let resolve = |s: &Value| -> Value {
        let mut s = s.clone();
        loop {
            if let Some(r) = s["$ref"].as_str() {
                s = root["$defs"][r.trim_start_matches("#/$defs/")].clone();
            } else if let Some(b) = s["anyOf"].as_array() {
                s = b.iter().find(|b| b["type"] != "null").unwrap().clone();
            } else if s["type"] == "array" || s["type"][0] == "array" {
                s = s["items"].clone();
            } else {
                return s;
            }
        }
    };
    let schema = resolve(schema);
    if let Some(props) = schema["properties"].as_object() {
        for (name, p) in props {
            let mut path = prefix.to_vec();
            path.push(name.clone());
            out.push(path.clone());
            property_paths(root, &resolve(p), &path, out);
        }
    }
}

/// The property paths of `schema` without a field with a widget in `fields`.
fn missing(schema: &Value, fields: &Value) -> Vec<String> {
    let mut paths = Vec::new();
    property_paths(schema, schema, &[], &mut paths);
    paths
        .into_iter()
        .filter(|p| {
            let p: Vec<&str> = p.iter().map(String::as_str).collect();
            field(fields, &p).is_none_or(|f| f["widget"].as_str().is_none_or(str::is_empty))
        })
        .map(|p| p.join("."))
        .collect()
}

#[test]
fn every_property_of_every_record_type_has_a_field_with_a_widget() {
    let config = parsed(Language::Id);
    for c in COLLECTIONS {
        let schema = (c.schema)();
        let mut paths = Vec::new();
        property_paths(&schema, &schema, &[], &mut paths);
        assert!(paths.len() >= 4, "{}: {paths:?}", c.name);
        let fields = collection_fields(&config, c.name);
        assert_eq!(missing(&schema, fields), Vec::<String>::new(), "{}", c.name);
    }
}

#[test]
fn a_new_kind_of_field_without_a_widget_fails_the_coverage_check() {
    // A record type with a field of a shape the walk does not know (a
    // union), and a field in a nested list of objects.
    let schema = json!({
        "properties": {
            "title": {"type": "string"},
            "choice": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            "rows": {"type": "array", "items": {"$ref": "#/$defs/Row"}},
        },
        "$defs": {"Row": {"type": "object", "properties": {
            "when": {"type": ["string", "null"], "pattern": DATE_PATTERN},
            "odd": {"type": "tuple"},
        }}},
    });
    let walk = fields::Walk::new(&schema, Language::Id);
    let fields = Value::from(walk.object_fields("Test", &schema, true));
    assert_eq!(missing(&schema, &fields), vec!["choice", "rows.odd"]);
}

#[test]
fn every_field_and_choice_has_a_label_of_its_own_in_both_languages() {
    for language in [Language::Id, Language::En] {
        let config = parsed(language);
        let mut unlabelled = Vec::new();
        fn walk(fields: &Value, path: &str, out: &mut Vec<String>) {
            for f in fields.as_array().into_iter().flatten() {
                let here = format!("{path}.{}", f["name"].as_str().unwrap());
                if f["label"] == f["name"] && f["name"] != "status" && f["name"] != "target" {
                    out.push(here.clone());
                }
                for o in f["options"].as_array().into_iter().flatten() {
                    if o["label"] == o["value"] {
                        out.push(format!("{here}={}", o["value"]));
                    }
                }
                walk(&f["fields"], &here, out);
            }
        }
        for c in COLLECTIONS {
            walk(collection_fields(&config, c.name), c.name, &mut unlabelled);
        }
        // English labels equal to the key are fine where the word is the key.
        unlabelled.retain(|p| language == Language::Id || !p.ends_with(".logo"));
        assert_eq!(unlabelled, Vec::<String>::new(), "{language:?}");
    }
}

#[test]
fn ids_of_other_records_are_picked_from_their_collections() {
    let config = parsed(Language::Id);
    let programs = collection_fields(&config, "programs");
    let news = collection_fields(&config, "news");
    for (fields, path, collection, multiple) in [
        (programs, &["organizers"][..], "organizations", true),
        (programs, &["partners"][..], "organizations", true),
        (
            programs,
            &["officials", "organization"][..],
            "organizations",
            false,
        ),
        (news, &["organizations"][..], "organizations", true),
        (news, &["programs"][..], "programs", true),
    ] {
        let f = field(fields, path).unwrap();
        assert_eq!(f["widget"], "relation", "{path:?}");
        assert_eq!(f["collection"], collection, "{path:?}");
        assert_eq!(f["value_field"], "{{slug}}", "{path:?}");
        assert_eq!(f["multiple"], multiple, "{path:?}");
    }
    assert_eq!(field(programs, &["organizers"]).unwrap()["required"], true);
    assert_eq!(field(programs, &["partners"]).unwrap()["required"], false);
}

#[test]
fn markdown_photos_dates_and_choices_get_their_widgets() {
    let config = parsed(Language::Id);
    let programs = collection_fields(&config, "programs");
    let news = collection_fields(&config, "news");
    let pages = collection_fields(&config, "pages");
    let orgs = collection_fields(&config, "organizations");
    let widget = |fields, path: &[&str]| field(fields, path).unwrap()["widget"].clone();
    assert_eq!(widget(programs, &["description"]), "markdown");
    assert_eq!(widget(news, &["body"]), "markdown");
    assert_eq!(widget(pages, &["body"]), "markdown");
    for (fields, path) in [
        (programs, &["image", "src"][..]),
        (programs, &["gallery", "src"][..]),
        (news, &["image", "src"][..]),
        (news, &["gallery", "src"][..]),
        (pages, &["image", "src"][..]),
        (orgs, &["logo", "src"][..]),
    ] {
        assert_eq!(widget(fields, path), "image", "{path:?}");
    }
    let start = field(programs, &["start"]).unwrap();
    assert_eq!(
        (&start["widget"], &start["format"]),
        (&json!("datetime"), &json!(DATE_FORMAT))
    );
    assert_eq!(start["required"], true);
    let date = field(news, &["date"]).unwrap();
    assert_eq!(date["format"], DATE_TIME_FORMAT);
    let closes = field(programs, &["registration", "closes"]).unwrap();
    assert_eq!(closes["format"], DATE_FORMAT);
    let kind = field(programs, &["curriculum", "kind"]).unwrap();
    assert_eq!(kind["widget"], "select");
    assert_eq!(
        kind["options"][2],
        json!({"label": "Kunjungan lapangan", "value": "field-visit"})
    );
    let quota = field(programs, &["participants", "quota"]).unwrap();
    assert_eq!(
        (&quota["value_type"], &quota["min"]),
        (&json!("int"), &json!(0))
    );
    let lat = field(programs, &["venues", "geo", "lat"]).unwrap();
    assert_eq!(
        (&lat["value_type"], &lat["max"]),
        (&json!("float"), &json!(90.0))
    );
    // Required inside a list item; not inside an optional object.
    assert_eq!(
        field(programs, &["curriculum", "title"]).unwrap()["required"],
        true
    );
    assert_eq!(
        field(programs, &["image", "src"]).unwrap()["required"],
        false
    );
    let tags = field(programs, &["tags"]).unwrap();
    assert_eq!(
        (&tags["widget"], &tags["field"]["widget"]),
        (&json!("list"), &json!("string"))
    );
}

#[test]
fn photos_land_beside_the_record_and_news_in_its_year_folder() {
    let config = parsed(Language::Id);
    for c in config["collections"].as_array().unwrap() {
        assert_eq!(
            (&c["media_folder"], &c["public_folder"]),
            (&json!(""), &json!(""))
        );
        assert_eq!(c["slug"], "{{slug}}");
    }
    let news = &config["collections"][1];
    assert_eq!(news["path"], "{{year}}/{{year}}-{{month}}-{{day}}-{{slug}}");
    assert_eq!(news["format"], "yaml-frontmatter");
    assert_eq!(config["collections"][0]["extension"], "yaml");
    assert_eq!(config["backend"]["name"], "proxy");
    assert_eq!(
        config["backend"]["proxy_url"],
        "http://127.0.0.1:1111/admin/api/v1"
    );
}

#[test]
fn a_git_backend_names_its_host_repository_and_branch() {
    let git = GitBackend {
        host: GitHost::Gitlab,
        repo: "kominfo/situs".into(),
        branch: "main".into(),
        base_url: None,
        api_root: Some("https://git.example.go.id/api/v4".into()),
        app_id: Some("abc".into()),
    };
    let text = config_yaml(&ConfigRecord::default(), Language::Id, &Backend::Git(git));
    let config: Value = serde_saphyr::from_str(&text).unwrap();
    assert_eq!(
        config["backend"],
        json!({"name": "gitlab", "repo": "kominfo/situs", "branch": "main",
               "api_root": "https://git.example.go.id/api/v4", "app_id": "abc", "auth_type": "pkce"})
    );
}

#[test]
fn the_overrides_name_fields_that_exist() {
    let labelled: Vec<&str> = crate::i18n::CMS_FIELDS.iter().map(|r| r.0).collect();
    for key in overrides::keys() {
        assert!(labelled.contains(&key), "{key}");
    }
}

#[test]
fn decaps_own_words_follow_the_sites_language() {
    assert_eq!(parsed(Language::Id)["locale"], "id");
    assert_eq!(parsed(Language::En)["locale"], "en");
}
