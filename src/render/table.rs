//! The table for people at a terminal: one row per item, colour labelled
//! in words (and coloured when the terminal allows), then the counts.

use super::{audit_notices, lines_ref, run_notices, views, Key, RenderOptions, RunNotes};
use crate::model::{Audit, Colour};
use crate::text::title_key;
use comfy_table::{
    presets::UTF8_FULL_CONDENSED, Attribute, Cell, Color, ContentArrangement, Table,
};
use std::io::Write;

pub(super) fn colour_cell(c: Colour, label: &str, color: bool) -> Cell {
    let cell = Cell::new(label);
    if !color {
        return cell;
    }
    let (fg, bg) = match c {
        Colour::Red => (Color::White, Color::Red),
        Colour::Yellow => (Color::Black, Color::Yellow),
        Colour::Green => (Color::Black, Color::Green),
        Colour::Blue => (Color::White, Color::Blue),
    };
    cell.fg(fg).bg(bg).add_attribute(Attribute::Bold)
}

/// What accounts for the activity: the report item (its title only when
/// it differs from the plan's, which it mostly repeats) and the report
/// sentences that account for the intentions.
fn reported_cell(v: &super::ItemView, lang: super::Lang) -> String {
    if v.reported.is_empty() {
        return lang.heading(Key::NoItem).to_string();
    }
    let plan_key = v.planned.as_ref().map(|p| title_key(&p.title));
    let mut parts: Vec<String> = v
        .reported
        .iter()
        .map(|r| {
            if plan_key.as_deref() == Some(title_key(&r.title).as_str()) {
                format!("({})", lines_ref(&r.span, lang))
            } else {
                format!("{}\n({})", r.title, lines_ref(&r.span, lang))
            }
        })
        .collect();
    // Distinct evidence, as shown: two intentions are often accounted for
    // by the same sentence (or by overlapping ones).
    let mut evidence: Vec<(String, usize)> = Vec::new();
    for i in v.intentions.iter().filter(|i| i.accounted) {
        if let Some(e) = &i.evidence {
            let text = super::short(&e.text, 14);
            let stem = super::short(&e.text, 8);
            if !evidence.iter().any(|(t, _)| super::short(t, 8) == stem) {
                evidence.push((text, e.span.start_line));
            }
        }
    }
    for (text, line) in evidence.iter().take(2) {
        parts.push(format!("“{text}” ({} {line})", lang.heading(Key::Line)));
    }
    if evidence.len() > 2 {
        parts.push(format!("(+{})", evidence.len() - 2));
    }
    parts.join("\n")
}

pub fn render(
    audits: &[Audit],
    notes: &RunNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = opts.lang;
    for (k, a) in audits.iter().enumerate() {
        writeln!(
            out,
            "{}: {} ({}{})",
            lang.heading(Key::Plan),
            a.plan.path,
            lang.layout(&a.plan.layout),
            a.plan.year.map(|y| format!(", {y}")).unwrap_or_default()
        )?;
        writeln!(
            out,
            "{}: {} ({}{})",
            lang.heading(Key::Report),
            a.report.path,
            lang.layout(&a.report.layout),
            a.report.year.map(|y| format!(", {y}")).unwrap_or_default()
        )?;
        for n in audit_notices(a, notes, k, lang) {
            writeln!(out, "{n}")?;
        }
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED);
        t.set_content_arrangement(ContentArrangement::Dynamic);
        if opts.color {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        t.set_width(opts.width.unwrap_or(150).max(80));
        let vs = views(a, lang);
        // The own status gets its own column when any item states one.
        let own = vs.iter().any(|v| v.own_check.is_some());
        let mut header = vec![
            Cell::new("#"),
            Cell::new(lang.heading(Key::Colour)),
            Cell::new(lang.heading(Key::Planned)),
            Cell::new(lang.heading(Key::Reported)),
            Cell::new(lang.heading(Key::Realisation)),
        ];
        if own {
            header.push(Cell::new(lang.heading(Key::OwnStatus)));
        }
        header.push(Cell::new(lang.heading(Key::Why)));
        header.push(Cell::new(lang.heading(Key::Confidence)));
        t.set_header(header);
        for (n, v) in vs.iter().enumerate() {
            let planned = v
                .planned
                .as_ref()
                .map(|p| format!("{}\n({})", p.title, lines_ref(&p.span, lang)))
                .unwrap_or_else(|| "—".to_string());
            let reported = reported_cell(v, lang);
            let mut row = vec![
                Cell::new(n + 1),
                colour_cell(v.colour, lang.colour(v.colour), opts.color),
                Cell::new(planned),
                Cell::new(reported),
            ];
            if own {
                row.push(Cell::new(lang.realisation_of(v.colour, v.realisation)));
                row.push(Cell::new(super::own_cell(v, lang)));
            } else {
                row.push(Cell::new(v.realisation_shown(lang)));
            }
            row.push(Cell::new(&v.explanation));
            row.push(Cell::new(lang.band(v.band())));
            t.add_row(row);
        }
        writeln!(out, "{t}")?;
        let s = a.summary();
        writeln!(
            out,
            "{}: {} {} · {} {} · {} {} · {} {}\n",
            lang.heading(Key::Summary),
            lang.colour(Colour::Red),
            s.red,
            lang.colour(Colour::Yellow),
            s.yellow,
            lang.colour(Colour::Green),
            s.green,
            lang.colour(Colour::Blue),
            s.blue
        )?;
        if let Some(line) = super::own_summary(&crate::own_status::counts(a), lang) {
            writeln!(out, "{line}\n")?;
        }
    }
    for n in run_notices(notes, lang) {
        writeln!(out, "{n}")?;
    }
    Ok(())
}
