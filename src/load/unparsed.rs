//! Record files that are there but could not be read or parsed.
//!
//! Their mistake is reported once, at the file. The record still exists
//! for everything that names it (a news item's `programs:`, a program's
//! `organizers:`, warta.yaml's `publisher:`): otherwise one slip in a
//! program file would also report "there is no program with the id ..."
//! in every news item about it, and those come first in the list.

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

use super::{Kind, stem_below};

/// One record file that did not load: where it is and the id it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnparsedRecord {
    /// The file, relative to the site root (as in its diagnostic).
    pub path: PathBuf,
    /// Its id: the program's `id:` line when the text shows one, else the
    /// file name without extension.
    pub id: String,
}

/// The record files of each kind that others may refer to and that did
/// not load.
#[derive(Debug, Default)]
pub struct Unparsed {
    pub organizations: Vec<UnparsedRecord>,
    pub programs: Vec<UnparsedRecord>,
}

impl Unparsed {
    /// Notes the record at `path` (absolute), whose loading failed with
    /// `failure`, and hands `failure` back to be reported; news items and
    /// pages are named by nothing, so not kept.
    pub(super) fn noted(
        &mut self,
        root: &Path,
        kind: Kind,
        path: &Path,
        failure: Diagnostic,
    ) -> Diagnostic {
        let stem = stem_below(&root.join("content"), kind, path);
        let file_id = stem.rsplit('/').next().unwrap_or(&stem).to_string();
        let record = |id| UnparsedRecord {
            path: failure.file.clone(),
            id,
        };
        match kind {
            Kind::Organization => self.organizations.push(record(file_id)),
            Kind::Program => {
                let written = failure.source.as_deref().and_then(id_line);
                self.programs.push(record(written.unwrap_or(file_id)));
            }
            Kind::News | Kind::Page => {}
        }
        failure
    }

    /// Forgets the files at `rel` or below it (changed or removed).
    pub(super) fn forget(&mut self, rel: &Path) {
        self.organizations.retain(|r| !r.path.starts_with(rel));
        self.programs.retain(|r| !r.path.starts_with(rel));
    }

    /// In path order, as a fresh load finds them.
    pub(super) fn sort(&mut self) {
        self.organizations.sort_by(|a, b| a.path.cmp(&b.path));
        self.programs.sort_by(|a, b| a.path.cmp(&b.path));
    }
}

/// The value of a top-level `id:` line, when the text has one that reads
/// plainly (`id: keripik-2024`, quoted or with a comment after it).
fn id_line(text: &str) -> Option<String> {
    let value = text.lines().find_map(|l| l.strip_prefix("id:"))?;
    let value = value.split(" #").next().unwrap_or(value).trim();
    let value = value.trim_matches(|c| c == '"' || c == '\'').trim();
    (!value.is_empty()).then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_line_is_read_when_the_text_shows_one() {
        assert_eq!(
            id_line("title: A: B\nid: keripik-2024\n"),
            Some("keripik-2024".into())
        );
        assert_eq!(id_line("id: \"keripik\" # lama\n"), Some("keripik".into()));
        assert_eq!(id_line("title: x\n  id: dalam\n"), None);
        assert_eq!(id_line("id:\n"), None);
    }
}
