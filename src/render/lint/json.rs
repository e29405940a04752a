//! The lint as JSON, schema_version 1 (documented in docs/json-schema.md,
//! "spiegel lint"). Codes (`finding`, `missing`) are stable English
//! words; `suggestion` is in the chosen language.

use super::{views, LintNotes, RenderOptions};
use crate::lint::Lint;
use serde_json::{json, Value};
use std::io::Write;

/// The JSON value of a lint run.
pub fn to_value(lints: &[Lint], notes: &LintNotes, opts: &RenderOptions) -> Value {
    let lints: Vec<Value> = lints
        .iter()
        .enumerate()
        .map(|(k, l)| {
            let items: Vec<Value> = views(l, opts.lang)
                .iter()
                .map(|v| {
                    json!({
                        "title": v.title,
                        "ambitie": v.ambitie,
                        "doel": v.doel,
                        "span": v.span,
                        "finding": v.finding,
                        "missing": v.missing,
                        "sentence": {"text": v.sentence, "span": v.sentence_span},
                        "vague": v.vague,
                        "suggestion": v.suggestion,
                        "intentions": v.item.intentions.iter().map(|i| json!({
                            "text": i.text,
                            "span": i.span,
                            "from_title": i.from_title,
                            "missing": i.missing,
                            "vague": i.vague,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({
                "plan": {
                    "path": l.plan.path,
                    "kind": l.plan.kind.as_str(),
                    "year": l.plan.year,
                    "programme": l.plan.programme,
                    "layout": l.plan.layout,
                },
                "programme": l.programme(),
                "summary": l.summary(),
                "doelen": l.per_doel().iter().map(|d| json!({
                    "doel": d.doel,
                    "summary": d.counts,
                })).collect::<Vec<_>>(),
                "items": items,
                "warnings": notes.warnings_of(k),
            })
        })
        .collect();
    json!({
        "schema_version": 1,
        "tool": {"name": "spiegel", "version": env!("CARGO_PKG_VERSION")},
        "lints": lints,
        "skipped": notes.skipped,
        "errors": notes.errors.iter().map(|e| json!({"message": e})).collect::<Vec<_>>(),
    })
}

pub fn render(
    lints: &[Lint],
    notes: &LintNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_value(lints, notes, opts))?;
    writeln!(out)
}
