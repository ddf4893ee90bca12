//! RFC 3339 timestamps, shared by the feed and sitemap (their text is
//! escaped by [`crate::escape::xml`]).

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::resolve::When;

/// The start of a day in the site's zone, as RFC 3339 with its offset.
pub fn day_start(date: Date, tz: &TimeZone) -> String {
    match date.to_zoned_datetime(tz.clone()) {
        Ok(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => format!("{date}T00:00:00Z"),
    }
}

/// A moment as RFC 3339 with an offset: whole days start at midnight local.
pub fn rfc3339(when: &When, tz: &TimeZone) -> String {
    match when {
        When::Day(d) => day_start(*d, tz),
        When::Time(z) => z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn days_start_at_local_midnight_with_offset() {
        let tz = TimeZone::get("Asia/Jakarta").unwrap();
        assert_eq!(
            day_start(date(2024, 6, 24), &tz),
            "2024-06-24T00:00:00+07:00"
        );
    }
}
