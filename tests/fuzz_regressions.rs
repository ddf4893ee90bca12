//! Every input that once broke a fuzz target (docs/FUZZING.md), run again
//! through the target's checks. The inputs are the fuzzers' own files in
//! `tests/fuzz-regressions/<target>/`; a new finding is added by copying its
//! `fuzz/artifacts/<target>/crash-*` there.

mod common;

use std::path::Path;

use common::invariants;
use warta::model::{ConfigRecord, NewsRecord, OrganizationRecord, PageRecord, ProgramRecord};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-regressions")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut files: Vec<(String, Vec<u8>)> = entries
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn run(target: &str, check: fn(&str)) -> usize {
    let all = inputs(target);
    for (name, bytes) in &all {
        // The fuzz targets skip what is not UTF-8, as warta refuses it.
        if let Ok(text) = std::str::from_utf8(bytes) {
            let result = std::panic::catch_unwind(|| check(text));
            assert!(result.is_ok(), "{target}/{name} fails again");
        }
    }
    all.len()
}

#[test]
fn every_past_fuzz_finding_stays_fixed() {
    let mut total = 0;
    total += run("front_matter", invariants::front_matter);
    total += run("yaml_program", invariants::record::<ProgramRecord>);
    total += run(
        "yaml_organization",
        invariants::record::<OrganizationRecord>,
    );
    total += run("yaml_config", invariants::record::<ConfigRecord>);
    total += run("yaml_news", invariants::markdown_file::<NewsRecord>);
    total += run("yaml_page", invariants::markdown_file::<PageRecord>);
    total += run("markdown", invariants::markdown);
    assert!(total >= 6, "the findings are there: {total}");
}

/// The finding behind most of them, end to end: a carriage return alone
/// ends a line for the YAML parser and for editors, so an error after one
/// must name the line an editor shows, with that line as the snippet.
#[test]
fn a_lone_carriage_return_does_not_shift_positions() {
    let site = common::small_site();
    site.write(
        "content/programs/mac.yaml",
        "title: A\rstart: 2024-01-01\rorganizers: [dinas-a]\rstrat: x\r",
    );
    let run = site.build();
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("--> content/programs/mac.yaml:4:1"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("4 | strat: x"), "{}", run.stderr);
    site.remove("content/programs/mac.yaml");
    site.write(
        "content/programs/mac.yaml",
        "title: A\rstart: 2024-01-01\rorganizers: [dinas-a]\r",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "CR line ends are harmless: {}", run.stderr);
}
