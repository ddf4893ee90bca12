//! Bar charts as inline SVG, drawn at build time: no script, no library,
//! readable on a cheap phone and in print.
//!
//! Bars are sized in percent of the chart's width and labels in CSS pixels,
//! so a chart fills any screen without shrinking its text. Each chart is an
//! image with a name (`<title>`) and a description (`<desc>`) that states
//! every value, and the page keeps the table beside it.

use std::fmt::Write as _;

use crate::escape::html as escape;

/// One row of a chart: a label and one value per series.
pub struct Row<'a> {
    pub label: &'a str,
    /// The raw values, for bar lengths; `None` is a figure nobody reported:
    /// it gets no bar (a bar of 0 would claim nothing happened).
    pub values: Vec<Option<u64>>,
    /// The same values as people read them ("1.250", "belum dilaporkan").
    pub shown: Vec<String>,
}

/// Vertical space per row: the label line, then one bar per series.
const LABEL: u32 = 20;
const BAR: u32 = 11;
const GAP: u32 = 3;
const ROW_GAP: u32 = 10;

/// A horizontal bar chart with one bar per series in each row.
///
/// `id` makes the element ids unique on the page; `title` names the chart;
/// `series` names each value column (in order). Rows whose value count does
/// not match `series` are drawn with what they have.
pub fn bars(id: &str, title: &str, series: &[&str], rows: &[Row]) -> String {
    let max = rows
        .iter()
        .flat_map(|r| r.values.iter().copied().flatten())
        .max()
        .unwrap_or(0);
    let per_row = LABEL + series.len() as u32 * (BAR + GAP) + ROW_GAP;
    let height = rows.len() as u32 * per_row;
    let id = escape(id);

    let mut desc = String::new();
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            desc.push_str("; ");
        }
        let _ = write!(desc, "{}: ", r.label);
        for (j, (name, shown)) in series.iter().zip(&r.shown).enumerate() {
            if j > 0 {
                desc.push_str(", ");
            }
            let name = name.to_lowercase();
            match r.values.get(j) {
                // "lulusan belum dilaporkan"
                Some(None) => write!(desc, "{name} {shown}"),
                _ => write!(desc, "{shown} {name}"),
            }
            .ok();
        }
    }
    desc.push('.');

    let mut out = String::new();
    out.push_str("<div class=\"chart\">");
    if series.len() > 1 {
        out.push_str("<p class=\"chart-legend\" aria-hidden=\"true\">");
        for (j, name) in series.iter().enumerate() {
            let _ = write!(
                out,
                "<span class=\"key key-{j}\"></span>{}{}",
                escape(name),
                if j + 1 < series.len() { "\u{2003}" } else { "" }
            );
        }
        out.push_str("</p>");
    }
    let _ = write!(
        out,
        "<svg role=\"img\" width=\"100%\" height=\"{height}\" \
         aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(&desc)
    );
    for (i, r) in rows.iter().enumerate() {
        let top = i as u32 * per_row;
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\">{}</text><text class=\"v\" x=\"100%\" y=\"{}\" text-anchor=\"end\">{}</text>",
            top + 15,
            escape(r.label),
            top + 15,
            escape(&r.shown.join(" · "))
        );
        for (j, v) in r.values.iter().take(series.len().max(1)).enumerate() {
            let Some(v) = v else { continue };
            let pct = if max == 0 {
                0.0
            } else {
                (*v as f64 / max as f64 * 100.0).max(if *v > 0 { 0.5 } else { 0.0 })
            };
            let _ = write!(
                out,
                "<rect class=\"bar-{j}\" x=\"0\" y=\"{}\" width=\"{}%\" height=\"{BAR}\"/>",
                top + LABEL + j as u32 * (BAR + GAP),
                (pct * 10.0).round() / 10.0
            );
        }
    }
    out.push_str("</svg></div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row<'a>(label: &'a str, a: u64, b: u64) -> Row<'a> {
        Row {
            label,
            values: vec![Some(a), Some(b)],
            shown: vec![a.to_string(), b.to_string()],
        }
    }

    #[test]
    fn bars_scale_to_the_largest_value_and_name_every_value() {
        let svg = bars(
            "by-year",
            "Peserta menurut tahun",
            &["Peserta", "Lulusan"],
            &[row("2024", 40, 38), row("2025", 20, 0)],
        );
        assert!(svg.contains("role=\"img\""), "{svg}");
        assert!(svg.contains("<title id=\"by-year-title\">Peserta menurut tahun</title>"));
        assert!(
            svg.contains("2024: 40 peserta, 38 lulusan; 2025: 20 peserta, 0 lulusan."),
            "{svg}"
        );
        assert!(svg.contains("width=\"100%\" height=\"11\""), "{svg}");
        assert!(svg.contains("width=\"50%\""), "{svg}");
        assert!(svg.contains("width=\"0%\""), "{svg}");
    }

    #[test]
    fn labels_are_escaped_and_empty_data_does_not_divide_by_zero() {
        let svg = bars("x", "<b>", &["A"], &[row("<script>&", 0, 0)]);
        assert!(!svg.contains("<script>"), "{svg}");
        assert!(svg.contains("&lt;script&gt;&amp;"), "{svg}");
        assert!(svg.contains("width=\"0%\""), "{svg}");
        assert!(bars("y", "t", &["A"], &[]).contains("height=\"0\""));
    }

    #[test]
    fn a_figure_nobody_reported_gets_no_bar_and_is_named_in_the_description() {
        let rows = [Row {
            label: "2025",
            values: vec![Some(16), None],
            shown: vec!["16".into(), "belum dilaporkan".into()],
        }];
        let svg = bars("y", "t", &["Peserta", "Lulusan"], &rows);
        assert!(
            svg.contains("2025: 16 peserta, lulusan belum dilaporkan."),
            "{svg}"
        );
        assert!(svg.contains(">16 · belum dilaporkan</text>"), "{svg}");
        assert_eq!(svg.matches("<rect").count(), 1, "{svg}");
        assert!(svg.contains("class=\"bar-0\""), "{svg}");
    }
}
