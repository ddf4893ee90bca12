//! Indonesian and English formatting for dates, times, numbers and money.
//!
//! jiff deliberately ships no locale data, and the site only ever needs two
//! languages, so the handful of names and conventions live here as plain
//! tables instead of pulling in a full CLDR stack.

mod strings;
pub use strings::{UiKey, ui_strings};

use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;

/// Output language of a page; Indonesian is the default because the audience
/// is Indonesian civil servants and English pages are the exception.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Id,
    En,
}

impl Language {
    /// Accepts exactly the spellings serde accepts, so a language code given
    /// on the command line and one read from configuration never disagree.
    pub fn parse(code: &str) -> Option<Language> {
        match code {
            "id" => Some(Language::Id),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// BCP 47 primary subtag, suitable for `<html lang>` and `hreflang`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Id => "id",
            Language::En => "en",
        }
    }

    /// Chooses between an (Indonesian, English) pair; keeping both spellings
    /// side by side in one table makes a missing translation obvious.
    fn pick(self, pair: (&'static str, &'static str)) -> &'static str {
        match self {
            Language::Id => pair.0,
            Language::En => pair.1,
        }
    }
}

/// Indexed by `Weekday::to_monday_zero_offset`, which is why Monday comes first.
const WEEKDAYS: [(&str, &str); 7] = [
    ("Senin", "Monday"),
    ("Selasa", "Tuesday"),
    ("Rabu", "Wednesday"),
    ("Kamis", "Thursday"),
    ("Jumat", "Friday"),
    ("Sabtu", "Saturday"),
    ("Minggu", "Sunday"),
];

/// Indexed by `Date::month() - 1`; jiff months are 1-based.
const MONTHS: [(&str, &str); 12] = [
    ("Januari", "January"),
    ("Februari", "February"),
    ("Maret", "March"),
    ("April", "April"),
    ("Mei", "May"),
    ("Juni", "June"),
    ("Juli", "July"),
    ("Agustus", "August"),
    ("September", "September"),
    ("Oktober", "October"),
    ("November", "November"),
    ("Desember", "December"),
];

fn weekday_name(lang: Language, date: Date) -> &'static str {
    lang.pick(WEEKDAYS[date.weekday().to_monday_zero_offset() as usize])
}

fn month_name(lang: Language, date: Date) -> &'static str {
    lang.pick(MONTHS[date.month() as usize - 1])
}

/// Both languages use day-month-year order here: it is the Indonesian
/// convention, and British-style English reads naturally to the same audience.
pub fn format_date_long(lang: Language, date: Date) -> String {
    // Written into one string: every news card has one of these.
    let mut s = String::with_capacity(32);
    s.push_str(weekday_name(lang, date));
    s.push_str(", ");
    push_date(&mut s, lang, date);
    s
}

pub fn format_date(lang: Language, date: Date) -> String {
    let mut s = String::with_capacity(24);
    push_date(&mut s, lang, date);
    s
}

/// Day is not zero-padded because neither language pads it in running text.
fn push_date(out: &mut String, lang: Language, date: Date) {
    use std::fmt::Write as _;
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "{} {} {}",
        date.day(),
        month_name(lang, date),
        date.year()
    );
}

/// Shared parts are written once, as in printed programme schedules. The
/// dash is closed up between bare numbers and spaced between compound dates,
/// following common typographic practice. Dates given in reverse order are
/// swapped, so a slip in front matter still yields a readable range rather
/// than a backwards one.
pub fn format_date_range(lang: Language, start: Date, end: Date) -> String {
    let (start, end) = if end < start {
        (end, start)
    } else {
        (start, end)
    };
    if start == end {
        format_date(lang, start)
    } else if start.year() != end.year() {
        format!(
            "{} \u{2013} {}",
            format_date(lang, start),
            format_date(lang, end)
        )
    } else if start.month() != end.month() {
        format!(
            "{} {} \u{2013} {} {} {}",
            start.day(),
            month_name(lang, start),
            end.day(),
            month_name(lang, end),
            end.year()
        )
    } else {
        format!(
            "{}\u{2013}{} {} {}",
            start.day(),
            end.day(),
            month_name(lang, end),
            end.year()
        )
    }
}

/// Indonesian separates hours and minutes with a period (as prescribed by
/// the official spelling guide, PUEBI/EYD), English with a colon. Seconds
/// are dropped because schedules never need them.
pub fn format_time(lang: Language, time: Time, zone_label: &str) -> String {
    let sep = match lang {
        Language::Id => '.',
        Language::En => ':',
    };
    let mut out = format!("{:02}{sep}{:02}", time.hour(), time.minute());
    if !zone_label.is_empty() {
        out.push(' ');
        out.push_str(zone_label);
    }
    out
}

/// Participants know their zone as WIB/WITA/WIT, not as an IANA name, so
/// Indonesia's zones get their official abbreviations. Anything else falls
/// back to a numeric offset, because abbreviations elsewhere are ambiguous
/// and the offset is what a reader needs to convert the time. The offset is
/// taken at `at` so that zones with daylight saving show the right one.
pub fn zone_label(zone: &TimeZone, at: Timestamp) -> String {
    match zone.iana_name() {
        Some("Asia/Jakarta" | "Asia/Pontianak") => return "WIB".to_string(),
        Some("Asia/Makassar" | "Asia/Ujung_Pandang") => return "WITA".to_string(),
        Some("Asia/Jayapura") => return "WIT".to_string(),
        _ => {}
    }
    let seconds = zone.to_offset(at).seconds();
    if seconds == 0 {
        return "UTC".to_string();
    }
    let sign = if seconds < 0 { '-' } else { '+' };
    let abs = seconds.unsigned_abs();
    let (hours, minutes, secs) = (abs / 3600, abs % 3600 / 60, abs % 60);
    // Historical local mean times can carry seconds; show them rather than
    // silently print a label that is off by a few seconds.
    match (minutes, secs) {
        (0, 0) => format!("UTC{sign}{hours}"),
        (_, 0) => format!("UTC{sign}{hours}:{minutes:02}"),
        _ => format!("UTC{sign}{hours}:{minutes:02}:{secs:02}"),
    }
}

/// Indonesian groups thousands with periods (the comma is its decimal
/// mark), English with commas; mixing them up changes a number's meaning.
pub fn format_number(lang: Language, n: u64) -> String {
    let sep = match lang {
        Language::Id => '.',
        Language::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(digit);
    }
    out
}

/// Indonesian writes "Rp" closed up to the amount; for English readers the
/// ISO 4217 code is clearer than a symbol they may not recognise.
pub fn format_rupiah(lang: Language, n: u64) -> String {
    match lang {
        Language::Id => format!("Rp{}", format_number(lang, n)),
        Language::En => format!("IDR {}", format_number(lang, n)),
    }
}

/// Indonesian nouns do not inflect for number, so only English needs a
/// singular form.
pub fn format_days(lang: Language, days: i64) -> String {
    match lang {
        Language::Id => format!("{days} hari"),
        Language::En if days.unsigned_abs() == 1 => format!("{days} day"),
        Language::En => format!("{days} days"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};
    use jiff::tz::offset;
    use serde::Deserialize;
    use serde::de::value::{Error as ValueError, StrDeserializer};

    const ID: Language = Language::Id;
    const EN: Language = Language::En;

    #[test]
    fn language_parse_and_code() {
        assert_eq!(Language::parse("id"), Some(ID));
        assert_eq!(Language::parse("en"), Some(EN));
        assert_eq!(Language::parse("ID"), None);
        assert_eq!(Language::parse("en-US"), None);
        assert_eq!(Language::parse(""), None);
        assert_eq!(ID.code(), "id");
        assert_eq!(EN.code(), "en");
        assert_eq!(Language::default(), ID);
        for lang in [ID, EN] {
            assert_eq!(Language::parse(lang.code()), Some(lang));
        }
    }

    #[test]
    fn language_deserializes_from_lowercase_code() {
        let de = |s| Language::deserialize(StrDeserializer::<ValueError>::new(s));
        assert_eq!(de("id").unwrap(), ID);
        assert_eq!(de("en").unwrap(), EN);
        assert!(de("Id").is_err());
        assert!(de("fr").is_err());
    }

    #[test]
    fn tables_line_up_with_jiff() {
        // 2024-06-24 is a Monday; walk a full week and a full year.
        let monday = date(2024, 6, 24);
        let expected_id = [
            "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
        ];
        for (i, name) in expected_id.iter().enumerate() {
            let d = monday
                .checked_add(jiff::Span::new().days(i as i64))
                .unwrap();
            assert_eq!(weekday_name(ID, d), *name);
        }
        let sunday = date(2024, 6, 30);
        assert_eq!(weekday_name(EN, sunday), "Sunday");
        assert_eq!(month_name(ID, date(2024, 1, 1)), "Januari");
        assert_eq!(month_name(ID, date(2024, 8, 1)), "Agustus");
        assert_eq!(month_name(ID, date(2024, 12, 1)), "Desember");
        assert_eq!(month_name(EN, date(2024, 12, 1)), "December");
    }

    #[test]
    fn date_long() {
        let d = date(2024, 6, 24);
        assert_eq!(format_date_long(ID, d), "Senin, 24 Juni 2024");
        assert_eq!(format_date_long(EN, d), "Monday, 24 June 2024");
        let friday = date(2025, 8, 1);
        assert_eq!(format_date_long(ID, friday), "Jumat, 1 Agustus 2025");
        assert_eq!(format_date_long(EN, friday), "Friday, 1 August 2025");
    }

    #[test]
    fn date_short() {
        let d = date(2024, 6, 24);
        assert_eq!(format_date(ID, d), "24 Juni 2024");
        assert_eq!(format_date(EN, d), "24 June 2024");
        let d = date(2025, 3, 5);
        assert_eq!(format_date(ID, d), "5 Maret 2025");
        assert_eq!(format_date(EN, d), "5 March 2025");
    }

    #[test]
    fn leap_day() {
        let d = date(2024, 2, 29);
        assert_eq!(format_date(ID, d), "29 Februari 2024");
        assert_eq!(format_date(EN, d), "29 February 2024");
        assert_eq!(format_date_long(ID, d), "Kamis, 29 Februari 2024");
        assert_eq!(format_date_long(EN, d), "Thursday, 29 February 2024");
        assert_eq!(
            format_date_range(ID, d, date(2024, 3, 1)),
            "29 Februari \u{2013} 1 Maret 2024"
        );
    }

    #[test]
    fn range_same_day() {
        let d = date(2024, 6, 24);
        assert_eq!(format_date_range(ID, d, d), "24 Juni 2024");
        assert_eq!(format_date_range(EN, d, d), "24 June 2024");
    }

    #[test]
    fn range_same_month() {
        let (s, e) = (date(2024, 6, 24), date(2024, 6, 26));
        assert_eq!(format_date_range(ID, s, e), "24\u{2013}26 Juni 2024");
        assert_eq!(format_date_range(EN, s, e), "24\u{2013}26 June 2024");
    }

    #[test]
    fn range_same_year() {
        let (s, e) = (date(2025, 6, 30), date(2025, 7, 1));
        assert_eq!(format_date_range(ID, s, e), "30 Juni \u{2013} 1 Juli 2025");
        assert_eq!(format_date_range(EN, s, e), "30 June \u{2013} 1 July 2025");
    }

    #[test]
    fn range_different_years() {
        let (s, e) = (date(2024, 12, 30), date(2025, 1, 2));
        assert_eq!(
            format_date_range(ID, s, e),
            "30 Desember 2024 \u{2013} 2 Januari 2025"
        );
        assert_eq!(
            format_date_range(EN, s, e),
            "30 December 2024 \u{2013} 2 January 2025"
        );
        // Same month number in different years must not collapse.
        let (s, e) = (date(2024, 6, 1), date(2025, 6, 3));
        assert_eq!(
            format_date_range(EN, s, e),
            "1 June 2024 \u{2013} 3 June 2025"
        );
    }

    #[test]
    fn range_reversed_is_reordered() {
        let (s, e) = (date(2024, 6, 24), date(2024, 6, 26));
        assert_eq!(format_date_range(ID, e, s), format_date_range(ID, s, e));
    }

    #[test]
    fn time_with_and_without_label() {
        let t = time(8, 0, 0, 0);
        assert_eq!(format_time(ID, t, "WIB"), "08.00 WIB");
        assert_eq!(format_time(EN, t, "WIB"), "08:00 WIB");
        assert_eq!(format_time(ID, t, ""), "08.00");
        assert_eq!(format_time(EN, t, ""), "08:00");
        let t = time(13, 5, 59, 999_000_000);
        assert_eq!(format_time(ID, t, "UTC+5:30"), "13.05 UTC+5:30");
        assert_eq!(format_time(EN, t, "UTC+5:30"), "13:05 UTC+5:30");
    }

    fn label(name: &str) -> String {
        let tz = TimeZone::get(name).unwrap();
        zone_label(&tz, Timestamp::UNIX_EPOCH)
    }

    #[test]
    fn indonesian_zones() {
        assert_eq!(label("Asia/Jakarta"), "WIB");
        assert_eq!(label("Asia/Pontianak"), "WIB");
        assert_eq!(label("Asia/Makassar"), "WITA");
        assert_eq!(label("Asia/Ujung_Pandang"), "WITA");
        assert_eq!(label("Asia/Jayapura"), "WIT");
    }

    #[test]
    fn offset_fallback() {
        let now = Timestamp::UNIX_EPOCH;
        assert_eq!(zone_label(&TimeZone::fixed(offset(9)), now), "UTC+9");
        assert_eq!(zone_label(&TimeZone::fixed(offset(-5)), now), "UTC-5");
        assert_eq!(zone_label(&TimeZone::UTC, now), "UTC");
        assert_eq!(zone_label(&TimeZone::fixed(offset(0)), now), "UTC");
        let ist = jiff::tz::Offset::from_seconds(5 * 3600 + 30 * 60).unwrap();
        assert_eq!(zone_label(&TimeZone::fixed(ist), now), "UTC+5:30");
        let odd = jiff::tz::Offset::from_seconds(-(3 * 3600 + 30 * 60)).unwrap();
        assert_eq!(zone_label(&TimeZone::fixed(odd), now), "UTC-3:30");
        let lmt = jiff::tz::Offset::from_seconds(7 * 3600 + 7 * 60 + 12).unwrap();
        assert_eq!(zone_label(&TimeZone::fixed(lmt), now), "UTC+7:07:12");
        // A fixed +7 is not Jakarta: only named zones earn WIB.
        assert_eq!(zone_label(&TimeZone::fixed(offset(7)), now), "UTC+7");
        assert_eq!(label("Asia/Kolkata"), "UTC+5:30");
    }

    #[test]
    fn offset_follows_daylight_saving() {
        let tz = TimeZone::get("Europe/Amsterdam").unwrap();
        let winter: Timestamp = "2024-01-15T12:00:00Z".parse().unwrap();
        let summer: Timestamp = "2024-07-15T12:00:00Z".parse().unwrap();
        assert_eq!(zone_label(&tz, winter), "UTC+1");
        assert_eq!(zone_label(&tz, summer), "UTC+2");
    }

    #[test]
    fn numbers() {
        assert_eq!(format_number(ID, 45_000_000), "45.000.000");
        assert_eq!(format_number(EN, 45_000_000), "45,000,000");
        assert_eq!(format_number(ID, 0), "0");
        assert_eq!(format_number(EN, 999), "999");
        assert_eq!(format_number(ID, 1000), "1.000");
        assert_eq!(format_number(EN, 123_456), "123,456");
        assert_eq!(format_number(EN, 1_234_567), "1,234,567");
        assert_eq!(format_number(ID, u64::MAX), "18.446.744.073.709.551.615");
    }

    #[test]
    fn rupiah() {
        assert_eq!(format_rupiah(ID, 45_000_000), "Rp45.000.000");
        assert_eq!(format_rupiah(EN, 45_000_000), "IDR 45,000,000");
        assert_eq!(format_rupiah(ID, 0), "Rp0");
        assert_eq!(format_rupiah(EN, 500), "IDR 500");
    }

    #[test]
    fn days() {
        assert_eq!(format_days(ID, 3), "3 hari");
        assert_eq!(format_days(ID, 1), "1 hari");
        assert_eq!(format_days(EN, 3), "3 days");
        assert_eq!(format_days(EN, 1), "1 day");
        assert_eq!(format_days(EN, 0), "0 days");
        assert_eq!(format_days(EN, -1), "-1 day");
        assert_eq!(format_days(ID, 0), "0 hari");
    }
}
