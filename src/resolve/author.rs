//! Who wrote a news item, and whether that is a person or an office.
//!
//! Most reports on a government training site are written by a press office
//! ("Humas DKUPP Kabupaten Probolinggo"), and search engines show an
//! office differently from a person. The record may say which with
//! `author_kind`; without it, an author whose first word is an office word,
//! or who is one of the site's organizations, is an organization.

use crate::model::AuthorKind;

use super::site::Organization;

/// First words that make an author an office, compared without case. An
/// office name starts with what it is ("Humas ...", "Dinas ...") in
/// Indonesian, so the first word is enough.
const OFFICE_WORDS: &[&str] = &[
    "humas",
    "dinas",
    "badan",
    "bagian",
    "biro",
    "kantor",
    "tim",
    "redaksi",
    "sekretariat",
    "bidang",
    "seksi",
    "upt",
    "balai",
    "pemerintah",
    "pemkab",
    "pemkot",
    "pemprov",
    "kementerian",
    "kemenperin",
    "kemenkop",
    "diskominfo",
    "disperindag",
    "diskop",
    "diskopindag",
    "diskumperindag",
    "dkupp",
    "dinsos",
    "disnaker",
    "bappeda",
    "universitas",
    "politeknik",
    "lembaga",
    "yayasan",
    "koperasi",
    "pt",
    "cv",
    "ud",
];

/// The author of a news item as the record gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    pub kind: AuthorKind,
}

/// The author with its kind: as the record says, else guessed from the
/// name (see the module's doc).
pub fn author(
    name: Option<String>,
    said: Option<AuthorKind>,
    organizations: &[Organization],
) -> Option<Author> {
    let name = name?;
    let kind = said.unwrap_or_else(|| guess_kind(&name, organizations));
    Some(Author { name, kind })
}

fn guess_kind(name: &str, organizations: &[Organization]) -> AuthorKind {
    let first = name
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .next()
        .unwrap_or("")
        .to_lowercase();
    let is_office = OFFICE_WORDS.contains(&first.as_str())
        || organizations.iter().any(|o| {
            o.name.eq_ignore_ascii_case(name)
                || o.short_name
                    .as_deref()
                    .is_some_and(|s| s.eq_ignore_ascii_case(name))
        });
    if is_office {
        AuthorKind::Organization
    } else {
        AuthorKind::Person
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(name: &str) -> AuthorKind {
        guess_kind(name, &[])
    }

    #[test]
    fn offices_are_organizations_and_people_are_persons() {
        assert_eq!(
            kind("Humas DKUPP Kabupaten Probolinggo"),
            AuthorKind::Organization
        );
        assert_eq!(kind("Dinas Koperasi"), AuthorKind::Organization);
        assert_eq!(kind("DISKOMINFO Jatim"), AuthorKind::Organization);
        assert_eq!(kind("Budi Santoso"), AuthorKind::Person);
        // A word that only starts like an office word is a name.
        assert_eq!(kind("Timotius Wibowo"), AuthorKind::Person);
    }
}
