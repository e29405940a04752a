//! The lint for CI: `github` (workflow commands that annotate the
//! begroting draft's lines: uncheckable as errors, weak as warnings, on
//! the sentence the finding is about) and `compact` (one line per
//! activity).

use super::{finding_label, missing_label, notices, run_notices, views, LintNotes, RenderOptions};
use crate::lint::{Finding, Lint};
use std::io::Write;

use crate::render::ci::{gh_escape as esc, gh_prop as prop};

pub fn github(
    lints: &[Lint],
    notes: &LintNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = opts.lang;
    for (k, l) in lints.iter().enumerate() {
        for n in notices(notes, k, lang) {
            writeln!(
                out,
                "::warning file={},line=1,title={}::{}",
                prop(&l.plan.path),
                prop("spiegel lint"),
                esc(&n)
            )?;
        }
        for v in views(l, lang) {
            let level = match v.finding {
                Finding::Ok => continue,
                Finding::Weak => "warning",
                Finding::Uncheckable => "error",
            };
            let missing = if v.missing.is_empty() {
                String::new()
            } else {
                format!(" ({})", missing_label(&v.missing, lang))
            };
            writeln!(
                out,
                "::{level} file={},line={},endLine={},title={}::{}{} — {}",
                prop(&v.sentence_span.path),
                v.sentence_span.start_line,
                v.sentence_span.end_line,
                prop(&format!("spiegel lint: {}", finding_label(v.finding, lang))),
                esc(&v.title),
                esc(&missing),
                esc(v.suggestion.as_deref().unwrap_or(""))
            )?;
        }
    }
    for n in run_notices(notes, lang) {
        writeln!(out, "::error title={}::{}", prop("spiegel lint"), esc(&n))?;
    }
    Ok(())
}

pub fn compact(
    lints: &[Lint],
    notes: &LintNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = opts.lang;
    for (k, l) in lints.iter().enumerate() {
        for n in notices(notes, k, lang) {
            writeln!(out, "{}:1: {n}", l.plan.path)?;
        }
        for v in views(l, lang) {
            let missing: Vec<&str> = v.missing.iter().map(|p| p.as_str()).collect();
            writeln!(
                out,
                "{}:{}: {} [{}] {}",
                v.sentence_span.path,
                v.sentence_span.start_line,
                v.finding.as_str(),
                missing.join(","),
                v.title
            )?;
        }
    }
    for n in run_notices(notes, lang) {
        writeln!(out, "{n}")?;
    }
    Ok(())
}
