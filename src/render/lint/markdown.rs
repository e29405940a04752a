//! The lint as Markdown, for a pull-request comment on a begroting draft.

use super::{counts_line, finding_label, missing_label, notices, run_notices, views, word};
use super::{LintNotes, RenderOptions};
use crate::lint::{Finding, Lint};
use crate::render::{lines_ref, Key};
use std::io::Write;

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn marker(f: Finding) -> &'static str {
    match f {
        Finding::Ok => "🟩",
        Finding::Weak => "🟨",
        Finding::Uncheckable => "🟥",
    }
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
            word("programme", lang),
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
            word("finding", lang),
            word("activity", lang),
            word("sentence", lang),
            word("missing", lang),
            word("suggestion", lang)
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
        writeln!(out, "\n**{}**\n", word("per_doel", lang))?;
        for d in l.per_doel() {
            writeln!(
                out,
                "- {}: {}",
                cell(d.doel.as_deref().unwrap_or(word("no_doel", lang))),
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
