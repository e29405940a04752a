//! The lint as a self-contained HTML page: per begroting the counts, per
//! doel a table of its activities, each row marked by its finding, with
//! the sentence, what is missing and the suggestion. Like the audit page,
//! a template (`lint.html`) escapes every value; this module builds values,
//! never markup.

use super::{counts_line, finding_label, missing_label, notices, run_notices, views};
use super::{LintNotes, RenderOptions};
use crate::lint::Lint;
use crate::render::{lines_ref, Key, Lang};
use serde_json::{json, Value};
use std::io::Write;

const TEMPLATE: &str = include_str!("lint.html");

fn lint_value(l: &Lint, k: usize, notes: &LintNotes, lang: Lang) -> Value {
    let mut doelen: Vec<(Option<String>, Vec<Value>)> = Vec::new();
    for (n, v) in views(l, lang).iter().enumerate() {
        let row = json!({
            "n": n + 1,
            "class": v.finding.as_str(),
            "finding": finding_label(v.finding, lang),
            "title": v.title,
            "lines": lines_ref(&v.span, lang),
            "sentence": v.sentence,
            "sentence_loc": format!("{}:{}", v.sentence_span.path, v.sentence_span.start_line),
            "missing": missing_label(&v.missing, lang),
            "suggestion": v.suggestion,
        });
        match doelen.last_mut() {
            Some((d, rows)) if *d == v.doel => rows.push(row),
            _ => doelen.push((v.doel.clone(), vec![row])),
        }
    }
    let per_doel: Vec<Value> = l
        .per_doel()
        .iter()
        .map(|d| {
            json!({
                "doel": d.doel.clone().unwrap_or_else(|| lang.heading(Key::NoDoel).to_string()),
                "counts": counts_line(&d.counts, lang),
            })
        })
        .collect();
    json!({
        "heading": format!("{}: {} · {}: {}", lang.heading(Key::Plan), l.plan.path, lang.heading(Key::Programme), l.programme()),
        "summary": format!("{}: {}", lang.heading(Key::Summary), counts_line(&l.summary(), lang)),
        "notices": notices(notes, k, lang),
        "per_doel": per_doel,
        "doelen": doelen.into_iter().map(|(d, rows)| json!({
            "heading": d.map(|d| format!("{}: {d}", lang.heading(Key::Doel))),
            "rows": rows,
        })).collect::<Vec<_>>(),
    })
}

pub fn render(
    lints: &[Lint],
    notes: &LintNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = opts.lang;
    let values = json!({
        "lang": if lang == Lang::Nl { "nl" } else { "en" },
        "title": format!("spiegel lint — {}", lang.heading(Key::LintTitle)),
        "headers": {
            "finding": lang.heading(Key::Finding),
            "activity": lang.heading(Key::Activity),
            "sentence": lang.heading(Key::Sentence),
            "missing": lang.heading(Key::Missing),
            "suggestion": lang.heading(Key::Suggestion),
        },
        "per_doel_label": lang.heading(Key::PerDoel),
        "run_notices": run_notices(notes, lang),
        "lints": lints.iter().enumerate().map(|(k, l)| lint_value(l, k, notes, lang)).collect::<Vec<_>>(),
    });
    let mut env = minijinja::Environment::new();
    env.set_keep_trailing_newline(true);
    env.add_template("lint.html", TEMPLATE)
        .map_err(std::io::Error::other)?;
    let html = env
        .get_template("lint.html")
        .and_then(|t| t.render(values))
        .map_err(std::io::Error::other)?;
    out.write_all(html.as_bytes())
}
