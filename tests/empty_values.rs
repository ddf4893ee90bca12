//! An empty value is the same as the field left out (docs/CONTENT.md,
//! Rules → Values): what Decap CMS writes when an editor fills an optional
//! field and clears it again (`""` for texts, numbers and dates, `null` for
//! a select, `[]` for a list, an object of emptied fields).

mod common;

use common::small_site;

#[test]
fn an_emptied_end_builds_as_no_end() {
    let site = small_site();
    site.write(
        "content/programs/batik-2027.yaml",
        "title: Pelatihan Batik Tulis\nstart: 2027-01-11\nend: \"\"\norganizers: [dinas-a]\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let row = site.csv_row("batik-2027");
    assert_eq!(
        (row["end"].as_str(), row["days"].as_str()),
        ("2027-01-11", "1")
    );
}

#[test]
fn an_emptied_photo_is_no_photo() {
    let site = small_site();
    site.write(
        "content/news/2024/2024-06-24-pembukaan-keripik.md",
        "---\ntitle: Pelatihan Keripik Dibuka\ndate: 2024-06-24\nimage:\n  src: \"\"\n  alt: \"\"\n  caption: ''\n---\nTeks.\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.read("news/pembukaan-keripik/index.html");
    assert!(!page.contains("<figure"), "{page}");
}

#[test]
fn every_shape_decap_writes_for_a_cleared_field_reads_as_absent() {
    let site = small_site();
    // Text, Markdown, number, select, relation, list, object and a flow
    // object, each cleared the way Decap 3.16.3's widgets clear them.
    site.write(
        "content/programs/batik-2027.yaml",
        r#"title: Pelatihan Batik Tulis
summary: ""
description: ''
start: 2027-01-11
end: ""
status: null
organizers: [dinas-a]
partners: []
sector: ""
tags: []
region:
  province: ""
  regency: ""
participants: { quota: "", registered: "" }
target_group: ~
registration:
  opens: ""
  url: ""
  contact: { phone: "", email: "" }
image: { src: "", alt: "" }
"#,
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let row = site.csv_row("batik-2027");
    assert_eq!(
        (row["end"].as_str(), row["quota"].as_str()),
        ("2027-01-11", "")
    );
}
