//! Text for XML and for RFC 3339 timestamps, shared by the feed and sitemap.

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::resolve::When;

/// Escapes text for XML content and attribute values, and drops the
/// characters XML 1.0 cannot carry at all (most C0 controls).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

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
    fn escapes_markup_and_drops_controls() {
        assert_eq!(
            escape("a<b>&\"c\"'\u{1}"),
            "a&lt;b&gt;&amp;&quot;c&quot;&apos;"
        );
    }

    #[test]
    fn days_start_at_local_midnight_with_offset() {
        let tz = TimeZone::get("Asia/Jakarta").unwrap();
        assert_eq!(
            day_start(date(2024, 6, 24), &tz),
            "2024-06-24T00:00:00+07:00"
        );
    }
}
