//! The Indonesian words editors write where a record takes one of a few
//! English values (`kind: praktik` for `practice`, `status: dibatalkan` for
//! `cancelled`). Spelling suggestions cannot find these (`praktik` is far from
//! `practice`), so they are looked up here and the hint says which value to
//! write and why the values are English.

use crate::i18n::Text;
use crate::msg;

/// Indonesian words for one value of an enumeration.
struct Words {
    /// The value to write; `None` for words that name no value of the list
    /// but are a common mistake in it (a derived status written by hand).
    value: Option<&'static str>,
    /// A value only this list has, which tells the list apart from others
    /// sharing `value` (`theory` is both a session kind and a venue role).
    list: &'static str,
    said: &'static [&'static str],
}

const WORDS: &[Words] = &[
    // `status:` (cancelled | postponed): the others follow from the dates.
    Words {
        value: Some("cancelled"),
        list: "cancelled",
        said: &["batal", "dibatalkan", "pembatalan", "tidak-jadi"],
    },
    Words {
        value: Some("postponed"),
        list: "postponed",
        said: &["ditunda", "tunda", "diundur", "penundaan", "mundur"],
    },
    Words {
        value: None,
        list: "postponed",
        said: &[
            "selesai",
            "sudah-selesai",
            "terlaksana",
            "berlangsung",
            "sedang-berlangsung",
            "berjalan",
            "akan-datang",
            "akan-dilaksanakan",
            "dibuka",
            "completed",
            "ongoing",
            "upcoming",
        ],
    },
    // Session kinds (theory | practice | field-visit | evaluation) and venue
    // roles (theory | practice | other).
    Words {
        value: Some("theory"),
        list: "theory",
        said: &["teori", "materi", "kelas", "paparan", "ceramah"],
    },
    Words {
        value: Some("practice"),
        list: "practice",
        said: &["praktik", "praktek", "praktikum", "latihan", "demonstrasi"],
    },
    Words {
        value: Some("field-visit"),
        list: "field-visit",
        said: &[
            "kunjungan",
            "kunjungan-lapangan",
            "kunjungan-industri",
            "kunjungan-usaha",
            "studi-banding",
            "lapangan",
        ],
    },
    Words {
        value: Some("evaluation"),
        list: "evaluation",
        said: &[
            "evaluasi",
            "ujian",
            "tes",
            "penilaian",
            "pre-test",
            "post-test",
        ],
    },
    Words {
        value: Some("other"),
        list: "other",
        said: &[
            "lainnya",
            "lain",
            "lain-lain",
            "daring",
            "online",
            "luring",
            "offline",
        ],
    },
    // Organization kinds.
    Words {
        value: Some("government"),
        list: "government",
        said: &[
            "pemerintah",
            "pemerintahan",
            "dinas",
            "pemda",
            "instansi",
            "badan",
        ],
    },
    Words {
        value: Some("university"),
        list: "university",
        said: &[
            "universitas",
            "perguruan-tinggi",
            "kampus",
            "politeknik",
            "institut",
            "sekolah-tinggi",
        ],
    },
    Words {
        value: Some("company"),
        list: "company",
        said: &[
            "perusahaan",
            "swasta",
            "pt",
            "cv",
            "ud",
            "bumn",
            "bumd",
            "usaha",
        ],
    },
    Words {
        value: Some("community"),
        list: "community",
        said: &[
            "komunitas",
            "paguyuban",
            "kelompok",
            "asosiasi",
            "lsm",
            "ormas",
            "yayasan",
        ],
    },
];

/// The hint for `written` in a list that allows `expected`, when `written`
/// is an Indonesian word for one of its values (or a known mistake in it).
pub fn hint(written: &str, expected: &[&str]) -> Option<Text> {
    let word = written.trim().to_lowercase().replace([' ', '_'], "-");
    let found = WORDS
        .iter()
        .filter(|w| expected.contains(&w.list))
        .find(|w| w.said.contains(&word.as_str()))?;
    let allowed = crate::i18n::backticked(expected);
    Some(match found.value {
        Some(value) => msg!(
            VALUE_WORD_HINT,
            value = value,
            written = written,
            allowed = allowed
        ),
        None => msg!(VALUE_WORD_DERIVED_STATUS),
    })
}

#[cfg(test)]
mod tests {
    use super::hint;

    const SESSION: &[&str] = &["theory", "practice", "field-visit", "evaluation"];
    const ROLE: &[&str] = &["theory", "practice", "other"];
    const STATUS: &[&str] = &["cancelled", "postponed"];
    const ORG: &[&str] = &["government", "university", "company", "community", "other"];

    fn value_in(h: Option<crate::i18n::Text>) -> Option<String> {
        let h = h?.en().to_string();
        let start = h.find("write `")? + 7;
        Some(h[start..start + h[start..].find('`')?].to_string())
    }

    #[test]
    fn indonesian_words_get_the_english_value_of_their_list() {
        assert_eq!(
            value_in(hint("praktik", SESSION)).as_deref(),
            Some("practice")
        );
        assert_eq!(value_in(hint("Praktek", ROLE)).as_deref(), Some("practice"));
        assert_eq!(
            value_in(hint("kunjungan lapangan", SESSION)).as_deref(),
            Some("field-visit")
        );
        assert_eq!(
            value_in(hint("dibatalkan", STATUS)).as_deref(),
            Some("cancelled")
        );
        assert_eq!(
            value_in(hint("ditunda", STATUS)).as_deref(),
            Some("postponed")
        );
        assert_eq!(
            value_in(hint("pemerintah", ORG)).as_deref(),
            Some("government")
        );
        assert_eq!(value_in(hint("lainnya", ROLE)).as_deref(), Some("other"));
    }

    #[test]
    fn a_derived_status_says_to_remove_the_line() {
        let h = hint("selesai", STATUS).unwrap().en().to_string();
        assert!(
            h.contains("remove this line") && h.contains("`start`"),
            "{h}"
        );
    }

    #[test]
    fn a_word_of_another_list_is_not_suggested() {
        // `field-visit` is no venue role; `other` is no session kind.
        assert_eq!(hint("kunjungan", ROLE), None);
        assert_eq!(hint("lainnya", SESSION), None);
        assert_eq!(hint("selesai", SESSION), None);
        assert_eq!(hint("keripik", SESSION), None);
    }
}
