//! The lint as a table for a terminal: one row per activity, then the
//! counts per doel and for the programme.

use super::{counts_line, finding_label, missing_label, notices, run_notices, views, word};
use super::{LintNotes, RenderOptions};
use crate::lint::{Finding, Lint};
use crate::render::{lines_ref, short, Key};
use comfy_table::{
    presets::UTF8_FULL_CONDENSED, Attribute, Cell, Color, ContentArrangement, Table,
};
use std::io::Write;

fn finding_cell(f: Finding, label: &str, color: bool) -> Cell {
    let cell = Cell::new(label);
    if !color {
        return cell;
    }
    let (fg, bg) = match f {
        Finding::Uncheckable => (Color::White, Color::Red),
        Finding::Weak => (Color::Black, Color::Yellow),
        Finding::Ok => (Color::Black, Color::Green),
    };
    cell.fg(fg).bg(bg).add_attribute(Attribute::Bold)
}

pub fn render(
    lints: &[Lint],
    notes: &LintNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = opts.lang;
    for (k, l) in lints.iter().enumerate() {
        writeln!(
            out,
            "{}: {} ({}{}) · {}: {}",
            lang.heading(Key::Plan),
            l.plan.path,
            lang.layout(&l.plan.layout),
            l.plan.year.map(|y| format!(", {y}")).unwrap_or_default(),
            word("programme", lang),
            l.programme()
        )?;
        for n in notices(notes, k, lang) {
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
        t.set_header(vec![
            Cell::new("#"),
            Cell::new(word("finding", lang)),
            Cell::new(word("activity", lang)),
            Cell::new(word("sentence", lang)),
            Cell::new(word("missing", lang)),
            Cell::new(word("suggestion", lang)),
        ]);
        for (n, v) in views(l, lang).iter().enumerate() {
            t.add_row(vec![
                Cell::new(n + 1),
                finding_cell(v.finding, finding_label(v.finding, lang), opts.color),
                Cell::new(format!("{}\n({})", v.title, lines_ref(&v.span, lang))),
                Cell::new(format!(
                    "“{}” ({})",
                    short(&v.sentence, 16),
                    lines_ref(&v.sentence_span, lang)
                )),
                Cell::new(missing_label(&v.missing, lang)),
                Cell::new(v.suggestion.as_deref().unwrap_or("")),
            ]);
        }
        writeln!(out, "{t}")?;
        writeln!(out, "{}:", word("per_doel", lang))?;
        for d in l.per_doel() {
            writeln!(
                out,
                "  {}: {}",
                d.doel.as_deref().unwrap_or(word("no_doel", lang)),
                counts_line(&d.counts, lang)
            )?;
        }
        writeln!(
            out,
            "{} ({}): {}\n",
            lang.heading(Key::Summary),
            l.programme(),
            counts_line(&l.summary(), lang)
        )?;
    }
    for n in run_notices(notes, lang) {
        writeln!(out, "{n}")?;
    }
    Ok(())
}
