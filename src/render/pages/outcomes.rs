//! The outcomes page: totals, breakdowns by year, regency and sector with
//! their charts, and the indicators of completed programs.

use crate::resolve::{Breakdown, Figure, ProgramIx, Status, Totals};
use crate::ui;

use super::super::charts;
use super::super::context::Ctx;
use super::super::view::{
    BreakdownRow, FigureView, OutcomesCharts, OutcomesPage, ProgramIndicator, TotalsView,
};
use super::card_lists::{self, Cards, list_of, more_link};
use super::job::{Job, Meta, context_with};
use super::programs::indicator_view;

pub(super) fn jobs<'a>(cx: &Ctx<'a>) -> Vec<Job<'a>> {
    let site = cx.site;
    let u = &cx.urls;
    let t = |k| cx.t(k);
    let rows = |list: &[Breakdown], taxonomy: Option<&str>| -> Vec<BreakdownRow> {
        list.iter()
            .map(|b| BreakdownRow {
                label: b.label.clone(),
                url: taxonomy
                    .zip(b.slug.as_deref())
                    .map(|(tx, slug)| u.term(tx, slug)),
                totals: totals(cx, &b.totals),
            })
            .collect()
    };
    let a = &site.aggregates;
    let series = [t(ui!("people_trained")), t(ui!("graduates"))];
    let chart = |id: &str, title: &str, list: &[Breakdown]| -> String {
        if list.is_empty() {
            return String::new();
        }
        let rows: Vec<charts::Row> = list
            .iter()
            .map(|b| charts::Row {
                label: &b.label,
                values: vec![b.totals.participants.known(), b.totals.graduates.known()],
                shown: vec![
                    shown(cx, &b.totals.participants),
                    shown(cx, &b.totals.graduates),
                ],
            })
            .collect();
        charts::bars(id, title, &series, &rows)
    };
    let charts = OutcomesCharts {
        by_year: chart("chart-by-year", t(ui!("chart_by_year")), &a.by_year),
        by_regency: chart(
            "chart-by-regency",
            t(ui!("chart_by_regency")),
            &a.by_regency,
        ),
        by_sector: chart("chart-by-sector", t(ui!("chart_by_sector")), &a.by_sector),
    };
    // Completed programs with indicators: the page shows the first; all of
    // them, a page at a time, are a list of their own.
    let reported: Vec<ProgramIx> = site
        .programs
        .enumerate()
        .filter(|(_, p)| p.status == Status::Completed)
        .filter(|(_, p)| {
            p.outcomes
                .as_ref()
                .is_some_and(|o| !o.indicators.is_empty())
        })
        .map(|(i, _)| i)
        .collect();
    let outcomes = OutcomesPage {
        totals: totals(cx, &a.totals),
        by_year: rows(&a.by_year, None),
        by_regency: rows(&a.by_regency, Some("regions")),
        by_sector: rows(&a.by_sector, Some("sectors")),
        indicators: indicator_rows(cx, Cards::Indicators(&reported).pages(cx).first(&reported)),
        indicators_all: more_link(cx, Cards::Indicators(&reported), &u.outcome_indicators()),
        charts,
    };
    let list = list_of(
        cx,
        ui!("indicators"),
        t(ui!("outcomes_title")),
        u.outcomes(),
    );
    let first = u.outcome_indicators();
    let lists = card_lists::jobs(cx, list, "outcomes", first, Cards::Indicators(&reported));
    let mut jobs = vec![Job::ready(
        "outcomes.html",
        u.outcomes(),
        Meta::new(
            t(ui!("outcomes_title")),
            Some(t(ui!("outcomes_description"))),
            "outcomes",
        ),
        context_with(cx, "outcomes", &outcomes),
    )];
    if Cards::Indicators(&reported).pages(cx).overflows() {
        jobs.extend(lists);
    }
    jobs
}

/// The indicators of `programs`, a row each, under their program's name.
pub(super) fn indicator_rows(cx: &Ctx, programs: &[ProgramIx]) -> Vec<ProgramIndicator> {
    programs
        .iter()
        .flat_map(|i| {
            let p = &cx.site.programs[*i];
            let url = cx.urls.program(&p.id);
            p.outcomes
                .iter()
                .flat_map(|o| o.indicators.iter())
                .map(move |ind| ProgramIndicator {
                    program: p.title.clone(),
                    url: url.clone(),
                    indicator: indicator_view(cx, ind),
                })
        })
        .collect()
}

/// The totals of a breakdown, or of the whole site (the home page too).
pub(super) fn totals(cx: &Ctx, t: &Totals) -> TotalsView {
    TotalsView {
        programs: cx.number(t.programs),
        participants: figure(cx, &t.participants, t.programs),
        graduates: figure(cx, &t.graduates, t.programs),
        businesses_started: figure(cx, &t.businesses_started, t.programs),
        jobs_created: figure(cx, &t.jobs_created, t.programs),
    }
}

/// A total over `programs` programs: its number, and how many of them
/// reported it when not all did.
fn figure(cx: &Ctx, f: &Figure, programs: u64) -> FigureView {
    FigureView {
        value: f.known().map(|n| cx.number(n)),
        partial: (f.reported() > 0 && f.reported() < programs).then(|| {
            format!(
                "{} {} {} {}",
                cx.number(f.reported()),
                cx.t(ui!("reported_of")),
                cx.number(programs),
                cx.t(ui!("programs_reported"))
            )
        }),
    }
}

/// A total in a chart's labels: its number, or "belum dilaporkan".
fn shown(cx: &Ctx, f: &Figure) -> String {
    f.known()
        .map(|n| cx.number(n))
        .unwrap_or_else(|| cx.t(ui!("not_reported")).to_string())
}
