//! iCalendar (RFC 5545): `/programs/<id>.ics` for each program,
//! `/calendar.ics` for all of them, and a `calendar.ics` beside each
//! term's and organization's page for its own.
//!
//! Whole-day programs are `VALUE=DATE` events with an exclusive end; timed
//! ones are written in UTC, which every calendar converts to local time, so
//! no VTIMEZONE is needed. Lines end in CRLF and are folded at 75 octets
//! without splitting a UTF-8 character.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::resolve::{Program, ProgramIx, Status, When};

use rayon::prelude::*;

use super::context::Ctx;
use super::subscriptions::Selection;
use crate::output::OutputFile;

use crate::escape::ical_text as escape_text;

/// Appends one content line, folded at 75 octets, ended by CRLF.
fn line(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn utc(ts: Timestamp) -> String {
    ts.strftime("%Y%m%dT%H%M%SZ").to_string()
}

fn build_day(ts: Timestamp) -> String {
    ts.strftime("%Y%m%dT000000Z").to_string()
}

fn ical_date(d: Date) -> String {
    d.strftime("%Y%m%d").to_string()
}

fn next_day(d: Date) -> Date {
    d.tomorrow().unwrap_or(d)
}

/// DTSTART and DTEND lines for a program.
fn dates(p: &Program, tz: &TimeZone) -> (String, String) {
    match (&p.start, &p.end) {
        (When::Time(s), When::Time(e)) if e.timestamp() > s.timestamp() => (
            format!("DTSTART:{}", utc(s.timestamp())),
            format!("DTEND:{}", utc(e.timestamp())),
        ),
        (When::Time(s), end) => {
            // A start time with a whole last day: it runs until that day ends.
            let end_ts = When::Day(next_day(end.date())).timestamp(tz);
            (
                format!("DTSTART:{}", utc(s.timestamp())),
                format!("DTEND:{}", utc(end_ts)),
            )
        }
        (start, end) => (
            format!("DTSTART;VALUE=DATE:{}", ical_date(start.date())),
            format!("DTEND;VALUE=DATE:{}", ical_date(next_day(end.date()))),
        ),
    }
}

/// One program's VEVENT, as every calendar that holds it carries it.
fn event(cx: &Ctx, i: ProgramIx) -> String {
    let mut out = String::with_capacity(1024);
    write_event(&mut out, cx, i);
    out
}

fn write_event(out: &mut String, cx: &Ctx, i: ProgramIx) {
    let site = cx.site;
    let p = &site.programs[i];
    let tz = &site.config.timezone;
    let url = cx.urls.absolute(&cx.urls.program(&p.id));
    let (dtstart, dtend) = dates(p, tz);
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:program-{}@{}", p.id, cx.urls.host()));
    // When this calendar was made: the day of the build, at 00:00 UTC
    // (SOURCE_DATE_EPOCH keeps it reproducible). The day, not the second,
    // so that building an unchanged site again gives the same files and
    // leaves the output as it was.
    line(out, &format!("DTSTAMP:{}", build_day(site.built_at)));
    line(out, &dtstart);
    line(out, &dtend);
    line(out, &format!("SUMMARY:{}", escape_text(&p.title)));
    let mut description = String::new();
    if let Some(s) = &p.summary {
        description.push_str(s);
        description.push_str("\n\n");
    }
    description.push_str(&url);
    line(out, &format!("DESCRIPTION:{}", escape_text(&description)));
    let location: Vec<String> = p
        .venues
        .iter()
        .map(|v| match &v.address {
            Some(a) => format!("{} ({a})", v.name),
            None => v.name.clone(),
        })
        .collect();
    if !location.is_empty() {
        line(
            out,
            &format!("LOCATION:{}", escape_text(&location.join("; "))),
        );
    }
    if let Some((lat, lon)) = p.venues.iter().find_map(|v| v.geo) {
        line(out, &format!("GEO:{lat};{lon}"));
    }
    if let Some(sector) = &p.sector {
        line(out, &format!("CATEGORIES:{}", escape_text(sector)));
    }
    line(out, &format!("URL:{url}"));
    let status = match p.status {
        Status::Cancelled => "CANCELLED",
        Status::Postponed => "TENTATIVE",
        _ => "CONFIRMED",
    };
    line(out, &format!("STATUS:{status}"));
    line(out, "END:VEVENT");
}

fn calendar<'e>(name: &str, events: impl Iterator<Item = &'e str>) -> String {
    let mut out = String::with_capacity(2048);
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//warta//warta static site generator//ID");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape_text(name)));
    for e in events {
        out.push_str(e);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// One file per program, and one per selection that has a calendar (the
/// site's, and each term's and organization's: see
/// [`Selection::has_calendar`]). Each program's event is made once, and
/// every calendar that holds it copies it.
pub fn calendars(cx: &Ctx, selections: &[Selection]) -> Vec<OutputFile> {
    let site = cx.site;
    let started = std::time::Instant::now();
    let events: Vec<String> = site
        .programs
        .par_enumerate()
        .map(|(i, _)| event(cx, i))
        .collect();
    let event_of = |i: ProgramIx| events[i.get()].as_str();
    let mut files: Vec<OutputFile> = site
        .programs
        .par_enumerate()
        .map(|(i, p)| {
            let link = cx.urls.program_calendar(&p.id);
            OutputFile {
                path: cx.urls.output_path(&link),
                bytes: calendar(&p.title, std::iter::once(event_of(i)))
                    .into_bytes()
                    .into(),
            }
        })
        .collect();
    files.par_extend(
        selections
            .par_iter()
            .filter(|s| s.has_calendar(site))
            .map(|s| OutputFile {
                path: cx.urls.output_path(&s.calendar),
                bytes: calendar(&s.title, s.calendar_programs(site).map(event_of))
                    .into_bytes()
                    .into(),
            }),
    );
    crate::timing::mark("calendars", started);
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_on_char_boundaries() {
        let mut out = String::new();
        let text = format!("SUMMARY:{}", "é".repeat(60));
        line(&mut out, &text);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, text);
    }
}
