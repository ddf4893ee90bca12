//! The CMS guide (docs/CMS.md, docs/CMS-ID.md) is true to the program: its
//! CI recipes are YAML that runs `warta build` and publishes `public/`, the
//! guides show them exactly as the files in docs/ci/ are (which .ci/lint-workflows
//! checks with actionlint), and the table of the `cms:` keys names every key
//! warta reads there and no other.

use std::path::Path;

use serde_json::Value;
use warta::model::{ConfigRecord, json_schema};

const GUIDES: [&str; 2] = ["docs/CMS.md", "docs/CMS-ID.md"];

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn yaml(path: &str) -> Value {
    serde_saphyr::from_str(&read(path)).unwrap_or_else(|e| panic!("{path} is not YAML: {e}"))
}

/// The commands of a list of steps or script lines, joined.
fn commands(v: &Value) -> String {
    v.as_array()
        .into_iter()
        .flatten()
        .map(|step| match step {
            Value::String(s) => s.clone(),
            other => other["run"].as_str().unwrap_or("").to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_github_recipe_builds_with_warta_and_publishes_public_on_each_push_to_main() {
    let w = yaml("docs/ci/github-pages.yml");
    assert_eq!(w["on"]["push"]["branches"], serde_json::json!(["main"]));
    let steps = &w["jobs"]["build"]["steps"];
    let run = commands(steps);
    assert!(
        run.contains("cargo install --locked --path tools/warta"),
        "{run}"
    );
    assert!(run.contains("warta build"), "{run}");
    let upload = steps
        .as_array()
        .unwrap()
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-pages-artifact"))
        })
        .expect("a step uploads the site for GitHub Pages");
    assert_eq!(upload["with"]["path"], "public");
    assert_eq!(w["jobs"]["deploy"]["needs"], "build");
}

#[test]
fn the_gitlab_recipe_builds_with_warta_and_publishes_public_from_the_default_branch() {
    let c = yaml("docs/ci/gitlab-pages.yml");
    let pages = &c["pages"];
    let script = commands(&pages["script"]);
    assert!(
        script.contains("cargo install --locked --path tools/warta"),
        "{script}"
    );
    assert!(script.contains("warta build"), "{script}");
    assert_eq!(pages["artifacts"]["paths"], serde_json::json!(["public"]));
    assert_eq!(pages["variables"]["GIT_SUBMODULE_STRATEGY"], "recursive");
    assert!(
        pages["rules"][0]["if"]
            .as_str()
            .is_some_and(|r| r.contains("CI_DEFAULT_BRANCH"))
    );
}

/// The ```yaml block right after `marker` in `doc`.
fn block_after<'a>(doc: &'a str, marker: &str) -> Option<&'a str> {
    let after = &doc[doc.find(marker)? + marker.len()..];
    let start = after.find("```yaml\n")? + "```yaml\n".len();
    let body = &after[start..];
    Some(&body[..body.find("```")?])
}

#[test]
fn both_guides_show_each_recipe_exactly_as_its_file() {
    for guide in GUIDES {
        let doc = read(guide);
        for recipe in ["ci/github-pages.yml", "ci/gitlab-pages.yml"] {
            let shown = block_after(&doc, &format!("<!-- recipe: {recipe} -->"))
                .unwrap_or_else(|| panic!("{guide} shows no recipe {recipe}"));
            assert_eq!(
                shown,
                read(&format!("docs/{recipe}")),
                "{guide} shows docs/{recipe} otherwise than the file is"
            );
        }
    }
}

#[test]
fn both_guides_list_every_key_of_the_cms_section_and_no_other() {
    let schema = json_schema::<ConfigRecord>("ConfigRecord");
    let mut keys: Vec<String> = schema["$defs"]["CmsRecord"]["properties"]
        .as_object()
        .expect("warta.yaml's schema has a cms section")
        .keys()
        .cloned()
        .collect();
    keys.sort();
    for guide in GUIDES {
        let doc = read(guide);
        let table = &doc[doc
            .find("<!-- cms keys -->")
            .unwrap_or_else(|| panic!("{guide} has no table of the cms keys"))..];
        let mut listed: Vec<String> = table
            .lines()
            .skip(1)
            .take_while(|l| l.starts_with('|'))
            .filter_map(|l| l.split('`').nth(1).map(str::to_string))
            .collect();
        listed.sort();
        assert_eq!(listed, keys, "{guide}: the keys of `cms:`");
    }
}
