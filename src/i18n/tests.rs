//! Dates, numbers and money as editors and citizens read them, in both languages.

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

#[test]
fn every_interface_key_is_unique_and_translated() {
    let mut keys = std::collections::HashSet::new();
    for (k, id, en) in strings::TABLES.iter().flat_map(|rows| rows.iter()) {
        assert!(keys.insert(*k), "duplicate key {k}");
        assert!(
            !id.trim().is_empty() && !en.trim().is_empty(),
            "{k} is missing a language"
        );
    }
    assert_eq!(ui_strings(Language::En)["free"], "Free");
    assert_eq!(ui_strings(Language::Id)["free"], "Gratis");
    assert_eq!(ui_strings(Language::Id)["subscribe"], "Ikuti");
}
