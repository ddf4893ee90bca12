//! Indonesian and English formatting for dates, times, numbers and money.
//!
//! jiff deliberately ships no locale data, and the site only ever needs two
//! languages, so the handful of names and conventions live here as plain
//! tables instead of pulling in a full CLDR stack.

pub mod messages;
mod prose;
mod strings;
mod strings_cms;
mod strings_subscribe;
pub use messages::{Arg, Text, backticked};
pub use prose::{ProseDate, ProseMonth, ProseNumber};
pub use strings::{UiKey, ui_strings};
pub use strings_cms::{CMS_FIELDS, cms_order, cms_text};

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
mod tests;
