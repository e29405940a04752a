//! The lint as a table for a terminal: one row per activity, then the
//! counts per doel and for the programme.

use super::{counts_line, finding_label, missing_label, notices, run_notices, views};
use super::{LintNotes, RenderOptions};
use crate::lint::Lint;
use crate::render::table::colour_cell;
use crate::render::{lines_ref, short, Key};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, ContentArrangement, Table};
use std::io::Write;

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
            lang.heading(Key::Programme),
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
            Cell::new(lang.heading(Key::Finding)),
            Cell::new(lang.heading(Key::Activity)),
            Cell::new(lang.heading(Key::Sentence)),
            Cell::new(lang.heading(Key::Missing)),
            Cell::new(lang.heading(Key::Suggestion)),
        ]);
        for (n, v) in views(l, lang).iter().enumerate() {
            t.add_row(vec![
                Cell::new(n + 1),
                colour_cell(
                    v.finding.traffic_light(),
                    finding_label(v.finding, lang),
                    opts.color,
                ),
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
        writeln!(out, "{}:", lang.heading(Key::PerDoel))?;
        for d in l.per_doel() {
            writeln!(
                out,
                "  {}: {}",
                d.doel.as_deref().unwrap_or(lang.heading(Key::NoDoel)),
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
