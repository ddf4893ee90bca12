//! Numbers and dates filled into a message, each written the way the
//! message's language writes them in running text: `1.250` and
//! `24 Juni 2024` in Indonesian, `1,250` and `24 June 2024` in English.
//! (A bare number is an [`Arg`] too, but as digits only: line numbers,
//! years and ids, and values quoted from the editor's file.)

use std::borrow::Cow;

use jiff::civil::Date;

use super::{Arg, Language, format_date, format_number, month_name};

/// A count or an amount in a sentence: `lebih dari 200.000 unsur`.
#[derive(Debug, Clone, Copy)]
pub struct ProseNumber(pub u64);

impl Arg for ProseNumber {
    fn say(&self, language: Language) -> Cow<'_, str> {
        Cow::Owned(format_number(language, self.0))
    }
}

/// A date in a sentence: `program berakhir (1 Maret 2024) ...`.
#[derive(Debug, Clone, Copy)]
pub struct ProseDate(pub Date);

impl Arg for ProseDate {
    fn say(&self, language: Language) -> Cow<'_, str> {
        Cow::Owned(format_date(language, self.0))
    }
}

/// A month of a year in a sentence: `Juni 2024 hanya sampai tanggal 30`.
#[derive(Debug, Clone, Copy)]
pub struct ProseMonth(pub Date);

impl Arg for ProseMonth {
    fn say(&self, language: Language) -> Cow<'_, str> {
        Cow::Owned(format!(
            "{} {}",
            month_name(language, self.0),
            self.0.year()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn each_language_writes_its_own_numbers_and_dates() {
        let say = |a: &dyn Arg, l| a.say(l).into_owned();
        assert_eq!(say(&ProseNumber(200_000), Language::Id), "200.000");
        assert_eq!(say(&ProseNumber(200_000), Language::En), "200,000");
        let d = date(2024, 3, 1);
        assert_eq!(say(&ProseDate(d), Language::Id), "1 Maret 2024");
        assert_eq!(say(&ProseDate(d), Language::En), "1 March 2024");
        assert_eq!(say(&ProseMonth(d), Language::Id), "Maret 2024");
    }
}
