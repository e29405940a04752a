//! JSON output, schema_version 1: the wire format of CONTRACT.md,
//! documented in docs/json-schema.md. Field names and values are stable;
//! the `explanation` is in the chosen language.

use super::{views, RenderOptions, RunNotes, SideView};
use crate::model::Audit;
use serde_json::{json, Value};
use std::io::Write;

fn side_json(s: &SideView) -> Value {
    let mut v = json!({
        "title": s.title,
        "ambitie": s.ambitie,
        "doel": s.doel,
        "span": s.span,
    });
    if let Some(how) = s.link {
        v["link"] = json!(how);
    }
    // Additive (schema_version 1): the title's numbering, the
    // municipality's own status (never evidence), "not in the begroting".
    if !s.numbers.is_empty() {
        v["numbers"] = json!(s.numbers);
    }
    if let Some(st) = &s.self_reported {
        v["self_reported"] = json!(st);
    }
    if s.unplanned {
        v["unplanned"] = json!(true);
    }
    v
}

fn doc_json(d: &crate::model::Document) -> Value {
    json!({
        "path": d.path,
        "kind": d.kind.as_str(),
        "year": d.year,
        "programme": d.programme,
        "layout": d.layout,
    })
}

/// The JSON value of a set of audits.
pub fn to_value(audits: &[Audit], notes: &RunNotes, opts: &RenderOptions) -> Value {
    let audits: Vec<Value> = audits
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let items: Vec<Value> = views(a, opts.lang)
                .iter()
                .map(|v| {
                    let mut item = json!({
                        "colour": v.colour.as_str(),
                        "planned": v.planned.as_ref().map(side_json),
                        "reported": v.reported.iter().map(side_json).collect::<Vec<_>>(),
                        "score": v.score,
                        "realisation": v.realisation.as_str(),
                        "intentions": v.intentions.iter().map(|i| json!({
                            "text": i.text,
                            "accounted": i.accounted,
                            "evidence": i.evidence.as_ref().filter(|_| i.accounted).map(|e| e.text.clone()),
                            "span": i.span,
                            "evidence_span": i.evidence.as_ref().filter(|_| i.accounted).map(|e| e.span.clone()),
                            "coverage": i.coverage,
                            "substantive": i.substantive,
                        })).collect::<Vec<_>>(),
                        "explanation": v.explanation,
                        "decision": v.decision,
                        "fingerprint": v.fingerprint,
                        // Additive (schema_version 1): how sure the verdict is.
                        "confidence": (v.confidence * 1000.0).round() / 1000.0,
                        "confidence_band": v.band().as_str(),
                    });
                    // Additive (schema_version 1): the own status checked.
                    if let Some(c) = &v.own_check {
                        item["own_status_check"] = json!({
                            "finding": c.finding,
                            "status": c.status,
                            "text": c.text,
                            "span": crate::model::Span::new(&c.path, c.line, c.line),
                            "explanation": super::own_label(c.finding, opts.lang),
                        });
                    }
                    item
                })
                .collect();
            let own = crate::own_status::counts(a);
            let mut audit = json!({
                "plan": doc_json(&a.plan),
                "report": doc_json(&a.report),
                "summary": a.summary(),
                "items": items,
                "decisions_not_applied": a.stale_decisions,
                "warnings": notes.warnings_of(k).iter().map(|w| json!({
                    "code": w.code(),
                    "message": w.message(opts.lang),
                })).collect::<Vec<_>>(),
            });
            // Additive: how often the own rating agrees with the text.
            if own.with_status > 0 {
                audit["own_status"] = json!(own);
            }
            audit
        })
        .collect();
    json!({
        "schema_version": 1,
        "tool": {"name": "spiegel", "version": env!("CARGO_PKG_VERSION")},
        "audits": audits,
        "unpaired": notes.unpaired.iter().map(|u| json!({
            "path": u.path.display().to_string(),
            "kind": u.kind.as_str(),
            "reason": u.code(),
            "message": u.describe(opts.lang),
        })).collect::<Vec<_>>(),
        "decisions_not_applied": notes.decisions_not_applied,
        "errors": notes.errors.iter().map(|e| json!({"message": e})).collect::<Vec<_>>(),
    })
}

pub fn render(
    audits: &[Audit],
    notes: &RunNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let v = to_value(audits, notes, opts);
    // Standard output is line-buffered: written line by line, a large
    // audit's JSON costs a system call per line.
    let mut w = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut w, &v)?;
    writeln!(w)?;
    w.flush()
}
