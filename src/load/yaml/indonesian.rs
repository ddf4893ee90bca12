//! Every YAML error an editor can meet reads as Indonesian in Indonesian:
//! outside the editor's own words (in backticks) no English word is left,
//! whichever path through the parser and our explanations made it.

use crate::i18n::Language;
use crate::model::{NewsRecord, ProgramRecord};

/// English words any sentence about these errors would use.
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "not",
    "line",
    "key",
    "value",
    "list",
    "write",
    "text",
    "here",
    "this",
    "expected",
    "found",
    "while",
    "parsing",
    "did",
    "find",
    "invalid",
    "unknown",
    "allowed",
    "of",
    "to",
    "and",
    "or",
    "with",
    "should",
    "mapping",
    "scalar",
    "sequence",
    "anchor",
    "alias",
    "character",
    "cannot",
    "read",
];

/// The words of `sentence` outside backticks.
fn words_outside_backticks(sentence: &str) -> Vec<String> {
    sentence
        .split('`')
        .step_by(2)
        .flat_map(|part| part.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

const PROGRAMS: &[&str] = &[
    "title: A\ntitle: B\nstart: 2024-01-01\norganizers: [a]\n",
    "title: [A, B]\nstart: 2024-01-01\norganizers: [a]\n",
    "title:\n  - A\n  - B\nstart: 2024-01-01\norganizers: [a]\n",
    "title: A\nstart: 2024-01-01\norganizers: a\n",
    "title: A\n start: 2024-01-01\norganizers: [a]\n",
    "title: A\nstart: 2024-01-01\norganizers: [a]\nregion:\n  province: J\n regency: K\n",
    "title:\nJudul\nstart: 2024-01-01\norganizers: [a]\n",
    "title: Bimtek WUB: Keripik\nstart: 2024-01-01\norganizers: [a]\n",
    "title: \"A\nstart: 2024-01-01\norganizers: [a]\n",
    "title: A\nstart: 2024-01-01\norganizers: [a]\nregion:\n\tprovince: J\n",
    "title: A\nstart: 2024-01-01\norganizers: [a\n",
    "title: A\nstart: 2024-01-01\norganizers: [a]\nparticipants:\n  quota: banyak\n",
    "title: A\nstart: 2024-01-01\norganizers: [a]\nsummary: *x\n",
    "title: A\nstart: 2024-01-01\norganizers: [a]\nregistration: ya\n",
    "title: A\nstart: 2024-01-01\norganizers: [a]\n@x: 1\n",
    "title: \"A\" b\nstart: 2024-01-01\norganizers: [a]\n",
    "title: A\nstart: 2024-01-01\norganizers: [a]\ncurriculum:\n  - title: x\n    kind: theory\n   - title: y\n",
    "title: A\nstart: 2024-01-01\nstatus: dibatalkan\norganizers: [a]\n",
    "title: A\nstart: 2024-01-01\nstatus: selesai\norganizers: [a]\n",
    "title: A\nstrat: 2024-01-01\norganizers: [a]\n",
    "start: 2024-01-01\norganizers: [a]\n",
    "title: A\nstart: 2024-01-01\norganizers: [a]\n---\ntitle: B\n",
    "title: A\nstart: 2024-01-01\norganizers: [a]\ndraft: mungkin\n",
    "  \n",
];

#[test]
fn no_english_word_is_left_in_indonesian() {
    let mut errors = Vec::new();
    for text in PROGRAMS {
        errors.push(super::parse::<ProgramRecord>(text, 1).unwrap_err());
    }
    errors.push(
        super::parse::<NewsRecord>("title: A\ndate: 2024-01-01\ntags: a\ntitle: B\n", 2)
            .unwrap_err(),
    );
    for e in errors {
        let hint = e.hint.as_ref().expect("every error has a hint");
        for text in [&e.message, hint] {
            let sentence = text.get(Language::Id);
            let english: Vec<String> = words_outside_backticks(sentence)
                .into_iter()
                .filter(|w| ENGLISH.contains(&w.as_str()))
                .collect();
            assert!(english.is_empty(), "{sentence:?}: {english:?}");
            assert_ne!(sentence, text.en(), "not translated: {sentence:?}");
        }
    }
}
