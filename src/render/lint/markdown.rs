//! The lint as Markdown, for a pull-request comment on a begroting draft.

use super::{counts_line, finding_label, missing_label, notices, run_notices, views};
use super::{LintNotes, RenderOptions};
use crate::lint::{Finding, Lint};
use crate::render::{lines_ref, Key};
use std::io::Write;

use crate::render::markdown::cell;

/// The traffic-light square of a finding, as the audit's Markdown shows
/// colours.
fn marker(f: Finding) -> &'static str {
    crate::render::markdown::marker(f.traffic_light())
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
            "## {} `{}` ({} {})\n",
            lang.heading(Key::Plan),
            l.plan.path,
            lang.heading(Key::Programme),
            cell(&l.programme())
        )?;
        for n in notices(notes, k, lang) {
            writeln!(out, "> ⚠️ {}\n", cell(&n))?;
        }
        writeln!(
            out,
            "**{}:** {}\n",
            lang.heading(Key::Summary),
            counts_line(&l.summary(), lang)
        )?;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |\n|---|---|---|---|---|",
            lang.heading(Key::Finding),
            lang.heading(Key::Activity),
            lang.heading(Key::Sentence),
            lang.heading(Key::Missing),
            lang.heading(Key::Suggestion)
        )?;
        for v in views(l, lang) {
            writeln!(
                out,
                "| {} {} | {} ({}) | {} ({}) | {} | {} |",
                marker(v.finding),
                finding_label(v.finding, lang),
                cell(&v.title),
                lines_ref(&v.span, lang),
                cell(&v.sentence),
                lines_ref(&v.sentence_span, lang),
                missing_label(&v.missing, lang),
                cell(v.suggestion.as_deref().unwrap_or(""))
            )?;
        }
        writeln!(out, "\n**{}**\n", lang.heading(Key::PerDoel))?;
        for d in l.per_doel() {
            writeln!(
                out,
                "- {}: {}",
                cell(d.doel.as_deref().unwrap_or(lang.heading(Key::NoDoel))),
                counts_line(&d.counts, lang)
            )?;
        }
        writeln!(out)?;
    }
    let n = run_notices(notes, lang);
    for x in &n {
        writeln!(out, "> ⚠️ {}", cell(x))?;
    }
    Ok(())
}
