//! Headline figures over completed programs, and their breakdowns.

use std::collections::BTreeMap;

use super::site::{Aggregates, Breakdown, Program, Status, Totals};
use super::taxonomy::{region_name, term_slug};

fn add(t: &mut Totals, p: &Program) {
    t.programs += 1;
    t.participants += p.participants.attended.unwrap_or(0);
    if let Some(o) = &p.outcomes {
        t.graduates += o.graduates.unwrap_or(0);
        t.businesses_started += o.businesses_started.unwrap_or(0);
        t.jobs_created += o.jobs_created.unwrap_or(0);
    }
}

fn breakdown(
    programs: &[&Program],
    key: impl Fn(&Program) -> Option<String>,
    slugged: bool,
) -> Vec<Breakdown> {
    let mut map: BTreeMap<String, Totals> = BTreeMap::new();
    for p in programs {
        if let Some(k) = key(p) {
            add(map.entry(k).or_default(), p);
        }
    }
    map.into_iter()
        .map(|(label, totals)| Breakdown {
            slug: slugged.then(|| term_slug(&label)),
            label,
            totals,
        })
        .collect()
}

/// Only completed programs count: an upcoming one has no results yet, and a
/// cancelled one never will.
pub fn aggregate(programs: &[Program]) -> Aggregates {
    let done: Vec<&Program> = programs
        .iter()
        .filter(|p| p.status == Status::Completed)
        .collect();
    let mut totals = Totals::default();
    for p in &done {
        add(&mut totals, p);
    }
    Aggregates {
        totals,
        by_year: breakdown(&done, |p| Some(p.start.date().year().to_string()), false),
        by_regency: breakdown(&done, |p| region_name(p).map(str::to_string), true),
        by_sector: breakdown(&done, |p| p.sector.clone(), true),
    }
}
