//! Dates as editors write them: `2024-06-24`, `2024-06-24T08:00:00+07:00`, or
//! `2024-06-24 08:00` (in the site's time zone).

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;

use crate::i18n::{ProseMonth, Text};
use crate::msg;

use super::site::When;

/// What is wrong with a date, and how to write it instead.
#[derive(Debug, PartialEq, Eq)]
pub struct DateError {
    pub message: Text,
    pub hint: Text,
}

fn bad_format(s: &str) -> DateError {
    DateError {
        message: msg!(DATE_NOT_A_DATE, value = s),
        hint: msg!(DATE_NOT_A_DATE_HINT),
    }
}

/// Parses `YYYY-MM-DD`, checking that the day exists in that month.
pub fn parse_date(s: &str) -> Result<Date, DateError> {
    let s = s.trim();
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad_format(s));
    };
    if y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
        return Err(bad_format(s));
    }
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<i16>(), m.parse::<i8>(), d.parse::<i8>())
    else {
        return Err(bad_format(s));
    };
    if !(1..=12).contains(&month) {
        return Err(DateError {
            message: msg!(DATE_NO_SUCH_MONTH, value = s, month = i32::from(month)),
            hint: msg!(DATE_NO_SUCH_MONTH_HINT),
        });
    }
    Date::new(year, month, day).map_err(|_| {
        // Years 1 to 9999 only: past those, the text is no date at all.
        match Date::new(year, month, 1) {
            Ok(first) => DateError {
                message: msg!(
                    DATE_NO_SUCH_DAY,
                    value = s,
                    month = ProseMonth(first),
                    days = i32::from(first.days_in_month())
                ),
                hint: msg!(DATE_NO_SUCH_DAY_HINT),
            },
            Err(_) => bad_format(s),
        }
    })
}

/// Parses a date or a date with a time. A time without an offset is in `tz`;
/// a time with an offset is converted to `tz` for display.
pub fn parse_when(s: &str, tz: &TimeZone) -> Result<When, DateError> {
    let s = s.trim();
    let Some(split) = s.find(['T', 't', ' ']) else {
        return parse_date(s).map(When::Day);
    };
    // Check the date part first, so that 2024-02-30T08:00 gets the calendar
    // message; text that is no date at all ("10 Maret 2024") is reported whole.
    if split != 10 {
        return Err(bad_format(s));
    }
    parse_date(&s[..split])?;
    if let Ok(ts) = s.parse::<jiff::Timestamp>() {
        return Ok(When::Time(ts.to_zoned_datetime(tz.clone())));
    }
    let dt: DateTime = s.replace(' ', "T").parse().map_err(|_| DateError {
        message: msg!(DATE_TIME_INVALID, value = s),
        hint: msg!(DATE_TIME_INVALID_HINT),
    })?;
    dt.to_zoned_datetime(tz.clone())
        .map(When::Time)
        .map_err(|_| bad_format(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn parses_dates_and_times() {
        assert_eq!(parse_date("2024-06-24"), Ok(date(2024, 6, 24)));
        assert_eq!(parse_date("2024-02-29"), Ok(date(2024, 2, 29)));
        let tz = TimeZone::get("Asia/Jakarta").unwrap();
        let w = parse_when("2024-06-24T08:00:00+07:00", &tz).unwrap();
        assert_eq!(w.date(), date(2024, 6, 24));
        let When::Time(z) = parse_when("2024-06-24T01:00:00Z", &tz).unwrap() else {
            panic!()
        };
        assert_eq!(z.hour(), 8);
        let When::Time(z) = parse_when("2024-06-24 09:30", &tz).unwrap() else {
            panic!()
        };
        assert_eq!((z.hour(), z.minute()), (9, 30));
    }

    #[test]
    fn impossible_dates_say_why() {
        let e = parse_date("2023-02-29").unwrap_err();
        assert_eq!(
            e.message.en(),
            "`2023-02-29` is not a real date: February 2023 has 28 days"
        );
        assert_eq!(
            e.message.get(crate::i18n::Language::Id),
            "`2023-02-29` bukan tanggal yang ada: Februari 2023 hanya sampai tanggal 28"
        );
        let e = parse_date("2024-13-01").unwrap_err();
        assert!(e.message.contains("no month 13"));
        assert!(
            parse_date("24 Juni 2024")
                .unwrap_err()
                .message
                .contains("is not a date")
        );
        let tz = TimeZone::UTC;
        assert!(
            parse_when("2024-02-30T08:00", &tz)
                .unwrap_err()
                .message
                .contains("has 29 days")
        );
        assert!(parse_when("2024-02-20T25:00", &tz).is_err());
    }
}
