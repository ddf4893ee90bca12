//! Headline figures over completed programs, and their breakdowns.

use std::collections::BTreeMap;

use super::site::{Aggregates, Breakdown, Program, Status, Totals};
use super::taxonomy::{region_name, term_slug};

/// One figure summed over programs, with how many of them reported it.
///
/// A program that never reported a figure adds nothing to it, and a figure
/// no program reported is unknown ("belum dilaporkan"), not zero: counting
/// a missing report as 0 would tell the public nothing happened.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Figure {
    sum: u64,
    reported: u64,
}

impl Figure {
    fn add(&mut self, value: Option<u64>) {
        if let Some(v) = value {
            self.sum += v;
            self.reported += 1;
        }
    }

    /// The sum, or `None` when no program reported the figure.
    pub fn known(&self) -> Option<u64> {
        (self.reported > 0).then_some(self.sum)
    }

    /// How many programs reported the figure.
    pub fn reported(&self) -> u64 {
        self.reported
    }
}

fn add(t: &mut Totals, p: &Program) {
    t.programs += 1;
    t.participants.add(p.participants.attended);
    let o = p.outcomes.as_ref();
    t.graduates.add(o.and_then(|o| o.graduates));
    t.businesses_started
        .add(o.and_then(|o| o.businesses_started));
    t.jobs_created.add(o.and_then(|o| o.jobs_created));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_nobody_reported_is_unknown_and_a_reported_zero_is_zero() {
        let mut f = Figure::default();
        f.add(None);
        assert_eq!(f.known(), None);
        f.add(Some(0));
        assert_eq!((f.known(), f.reported()), (Some(0), 1));
        f.add(Some(12));
        f.add(None);
        assert_eq!((f.known(), f.reported()), (Some(12), 2));
    }
}
