//! Formats for CI: `github` (workflow commands that annotate the report
//! draft's lines in a pull request) and `compact` (one line per item, for
//! logs and grep).

use super::{audit_notices, run_notices, views, RenderOptions, RunNotes};
use crate::model::{Audit, Colour};
use crate::text::title_key;
use std::io::Write;

/// Escapes a GitHub workflow command's message (% , CR, LF).
pub(super) fn gh_escape(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

pub(super) fn gh_prop(s: &str) -> String {
    gh_escape(s).replace(':', "%3A").replace(',', "%2C")
}

/// Annotates the report draft: yellow and blue on the report item's lines,
/// red (nothing reported) on the report's heading of the same doel, or its
/// first line; the message names the plan's lines.
pub fn github(
    audits: &[Audit],
    notes: &RunNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = opts.lang;
    for (k, a) in audits.iter().enumerate() {
        // The pair's warnings on the report draft's first line: a gate
        // must not look clean when the pair was not really checked.
        for n in audit_notices(a, notes, k, lang) {
            writeln!(
                out,
                "::warning file={},line=1,title={}::{}",
                gh_prop(&a.report.path),
                gh_prop("spiegel"),
                gh_escape(&n)
            )?;
        }
        for v in views(a, lang) {
            own_annotation(&v, lang, out)?;
            let level = match v.colour {
                Colour::Green => continue,
                Colour::Red => "error",
                Colour::Yellow => "warning",
                Colour::Blue => "notice",
            };
            let (file, start, end) = match v.reported.first() {
                Some(r) => (r.span.path.clone(), r.span.start_line, r.span.end_line),
                None => {
                    let doel = v
                        .planned
                        .as_ref()
                        .and_then(|p| p.doel.as_deref())
                        .map(title_key);
                    let line = doel
                        .and_then(|k| a.report.doelen.iter().find(|d| title_key(&d.title) == k))
                        .map(|d| d.span.start_line)
                        .unwrap_or(1);
                    (a.report.path.clone(), line, line)
                }
            };
            let what = match &v.planned {
                Some(p) => format!("{} ({}:{})", p.title, p.span.path, p.span.start_line),
                None => v
                    .reported
                    .first()
                    .map(|r| r.title.clone())
                    .unwrap_or_default(),
            };
            writeln!(
                out,
                "::{level} file={},line={},endLine={},title={}::{} — {}",
                gh_prop(&file),
                start,
                end,
                gh_prop(&format!("spiegel: {}", lang.colour(v.colour))),
                gh_escape(&what),
                gh_escape(&v.explanation)
            )?;
        }
    }
    for (n, u) in run_notices(notes, lang).iter().zip(
        notes
            .unpaired
            .iter()
            .map(|u| u.path.display().to_string())
            .map(Some)
            .chain(std::iter::repeat(None)),
    ) {
        match u {
            Some(path) => writeln!(
                out,
                "::error file={},title={}::{}",
                gh_prop(&path),
                gh_prop("spiegel"),
                gh_escape(n)
            )?,
            None => writeln!(
                out,
                "::error title={}::{}",
                gh_prop("spiegel"),
                gh_escape(n)
            )?,
        }
    }
    Ok(())
}

/// A warning on the report's status line when the own status does not
/// agree with its text (overstated, understated, unsupported).
fn own_annotation(
    v: &super::ItemView,
    lang: super::Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let Some(c) = &v.own_check else {
        return Ok(());
    };
    if c.finding == crate::model::OwnFinding::Agrees {
        return Ok(());
    }
    let what = v.planned.as_ref().map(|p| p.title.as_str()).unwrap_or("");
    writeln!(
        out,
        "::warning file={},line={},title={}::{} — {} \"{}\", {}: {}",
        gh_prop(&c.path),
        c.line,
        gh_prop(&format!(
            "spiegel: {} {}",
            lang.own_status_label().trim_end_matches(':'),
            super::own_label(c.finding, lang)
        )),
        gh_escape(what),
        lang.own_status_label(),
        gh_escape(&c.text),
        lang.colour(v.colour),
        gh_escape(&v.explanation)
    )
}

pub fn compact(
    audits: &[Audit],
    notes: &RunNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = opts.lang;
    for (k, a) in audits.iter().enumerate() {
        for n in audit_notices(a, notes, k, lang) {
            writeln!(out, "{}:1: {n}", a.report.path)?;
        }
        for v in views(a, lang) {
            let (span, title) = match (&v.planned, v.reported.first()) {
                (Some(p), _) => (&p.span, &p.title),
                (None, Some(r)) => (&r.span, &r.title),
                _ => continue,
            };
            let answer = v
                .reported
                .iter()
                .map(|r| format!("{}:{}", r.span.path, r.span.start_line))
                .collect::<Vec<_>>()
                .join(",");
            writeln!(
                out,
                "{}:{}: {} [{}] {} -> {}{}{}",
                span.path,
                span.start_line,
                v.colour.as_str(),
                v.realisation.as_str(),
                title,
                if answer.is_empty() {
                    "-".to_string()
                } else {
                    answer
                },
                decision_mark(&v, lang),
                own_mark(&v, lang)
            )?;
        }
    }
    for n in run_notices(notes, lang) {
        writeln!(out, "{n}")?;
    }
    Ok(())
}

/// " {own-status overstated: gereed, r. 14}" when the report states a
/// status.
fn own_mark(v: &super::ItemView, lang: super::Lang) -> String {
    match &v.own_check {
        Some(c) => format!(
            " {{own-status {}: {}, {}:{}}}",
            c.finding.as_str(),
            lang.self_status(c.status),
            c.path,
            c.line
        ),
        None => String::new(),
    }
}

/// " (besluit J. Jansen: reden)" when a review decision touched the item.
fn decision_mark(v: &super::ItemView, lang: super::Lang) -> String {
    match &v.decision {
        Some(d) => format!(
            " ({} {}: {})",
            if lang == super::Lang::Nl {
                "besluit"
            } else {
                "decision"
            },
            d.reviewer,
            d.reason
        ),
        None => String::new(),
    }
}
