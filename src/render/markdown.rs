//! Markdown, for a pull-request comment or a memo.

use super::{audit_notices, lines_ref, run_notices, views, Key, RenderOptions, RunNotes};
use crate::model::{Audit, Colour};
use std::io::Write;

pub(super) fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub(super) fn marker(c: Colour) -> &'static str {
    match c {
        Colour::Red => "🟥",
        Colour::Yellow => "🟨",
        Colour::Green => "🟩",
        Colour::Blue => "🟦",
    }
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
            "## {} `{}` ↔ {} `{}`\n",
            lang.heading(Key::Plan),
            a.plan.path,
            lang.heading(Key::Report),
            a.report.path
        )?;
        let notices = audit_notices(a, notes, k, lang);
        for n in &notices {
            writeln!(out, "> ⚠️ {}", cell(n))?;
        }
        if !notices.is_empty() {
            writeln!(out)?;
        }
        let s = a.summary();
        writeln!(
            out,
            "**{}:** {} {} {} · {} {} {} · {} {} {} · {} {} {}\n",
            lang.heading(Key::Summary),
            marker(Colour::Red),
            lang.colour(Colour::Red),
            s.red,
            marker(Colour::Yellow),
            lang.colour(Colour::Yellow),
            s.yellow,
            marker(Colour::Green),
            lang.colour(Colour::Green),
            s.green,
            marker(Colour::Blue),
            lang.colour(Colour::Blue),
            s.blue
        )?;
        let vs = views(a, lang);
        let own = vs.iter().any(|v| v.own_check.is_some());
        if let Some(line) = super::own_summary(&crate::own_status::counts(a), lang) {
            writeln!(out, "{line}\n")?;
        }
        let own_head = if own {
            format!(" {} |", lang.heading(Key::OwnStatus))
        } else {
            String::new()
        };
        writeln!(
            out,
            "| {} | {} | {} | {} |{own_head} {} | {} |",
            lang.heading(Key::Colour),
            lang.heading(Key::Planned),
            lang.heading(Key::Reported),
            lang.heading(Key::Realisation),
            lang.heading(Key::Why),
            lang.heading(Key::Confidence)
        )?;
        writeln!(
            out,
            "|---|---|---|---|{}---|---|",
            if own { "---|" } else { "" }
        )?;
        for v in vs {
            let planned = v
                .planned
                .as_ref()
                .map(|p| format!("{} ({})", cell(&p.title), lines_ref(&p.span, lang)))
                .unwrap_or_else(|| "—".into());
            let reported = if v.reported.is_empty() {
                lang.heading(Key::NoItem).to_string()
            } else {
                v.reported
                    .iter()
                    .map(|r| format!("{} ({})", cell(&r.title), lines_ref(&r.span, lang)))
                    .collect::<Vec<_>>()
                    .join("<br>")
            };
            let (realisation, own_cell) = if own {
                (
                    lang.realisation_of(v.colour, v.realisation).to_string(),
                    format!(" {} |", super::own_cell(&v, lang)),
                )
            } else {
                (v.realisation_shown(lang), String::new())
            };
            writeln!(
                out,
                "| {} {} | {} | {} | {} |{own_cell} {} | {} |",
                marker(v.colour),
                lang.colour(v.colour),
                planned,
                reported,
                realisation,
                cell(&v.explanation),
                lang.band(v.band())
            )?;
        }
        writeln!(out)?;
    }
    let notices = run_notices(notes, lang);
    for n in &notices {
        writeln!(out, "> ⚠️ {}", cell(n))?;
    }
    if !notices.is_empty() {
        writeln!(out)?;
    }
    Ok(())
}
