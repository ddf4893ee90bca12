//! `data/programs.csv`: one row per program, for spreadsheets. The same
//! records as the JSON, flattened: lists joined with "; ".

use super::schema::{OrgData, ProgramData};

/// The CSV columns, in order: flat values, lists joined with "; ".
const CSV_COLUMNS: &[&str] = &[
    "id",
    "url",
    "title",
    "status",
    "start",
    "end",
    "days",
    "sector",
    "province",
    "regency",
    "district",
    "organizers",
    "partners",
    "target_group",
    "quota",
    "registered",
    "attended",
    "fee",
    "registration_opens",
    "registration_closes",
    "registration_url",
    "graduates",
    "businesses_started",
    "jobs_created",
    "funding_source",
    "funding_amount",
    "tags",
    "start_datetime",
    "end_datetime",
];

fn csv_row(p: &ProgramData) -> Vec<String> {
    let n = |x: Option<u64>| x.map(|v| v.to_string()).unwrap_or_default();
    let t = |x: &Option<String>| x.clone().unwrap_or_default();
    let names = |v: &[OrgData]| {
        v.iter()
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let reg = p.registration.as_ref();
    let out = p.outcomes.as_ref();
    let fund = p.funding.as_ref();
    vec![
        p.id.clone(),
        p.url.clone(),
        p.title.clone(),
        p.status.to_string(),
        p.start.clone(),
        p.end.clone(),
        p.days.to_string(),
        t(&p.sector),
        t(&p.region.province),
        t(&p.region.regency),
        t(&p.region.district),
        names(&p.organizers),
        names(&p.partners),
        t(&p.target_group),
        n(p.participants.quota),
        n(p.participants.registered),
        n(p.participants.attended),
        n(reg.and_then(|r| r.fee)),
        reg.and_then(|r| r.opens.clone()).unwrap_or_default(),
        reg.and_then(|r| r.closes.clone()).unwrap_or_default(),
        reg.and_then(|r| r.url.clone()).unwrap_or_default(),
        n(out.and_then(|o| o.graduates)),
        n(out.and_then(|o| o.businesses_started)),
        n(out.and_then(|o| o.jobs_created)),
        fund.and_then(|f| f.source.clone()).unwrap_or_default(),
        n(fund.and_then(|f| f.amount)),
        p.tags.join("; "),
        t(&p.start_datetime),
        t(&p.end_datetime),
    ]
}

/// The whole file: a header row, then a row per program; CRLF line ends
/// (RFC 4180).
pub(super) fn programs_csv(programs: &[ProgramData]) -> String {
    let mut csv = String::new();
    csv.push_str(&CSV_COLUMNS.join(","));
    csv.push_str("\r\n");
    for p in programs {
        let row: Vec<String> = csv_row(p)
            .iter()
            .map(|c| crate::escape::csv_cell(c))
            .collect();
        csv.push_str(&row.join(","));
        csv.push_str("\r\n");
    }
    csv
}
