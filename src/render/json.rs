//! JSON output, schema_version 1: the wire format of CONTRACT.md,
//! documented in docs/json-schema.md. Input: the audits and the run's
//! notes; output: pretty JSON bytes. Field names and values are stable;
//! the `explanation` is in the chosen language.
//!
//! The items are serialised straight from borrowed structs, not through a
//! `serde_json::Value` (building and dropping that tree cost as much as
//! writing it). Every object's keys are written in sorted order, as a
//! `Value` (a sorted map) writes them, so the bytes are the same.

use super::{views, ItemView, RenderOptions, RunNotes, SideView};
use crate::model::{Audit, Intention, Span};
use serde::Serialize;
use serde_json::{json, Value};
use std::io::Write;

/// A span with its keys in sorted order.
struct SpanOut<'a>(&'a Span);

impl Serialize for SpanOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Span", 3)?;
        st.serialize_field("end_line", &self.0.end_line)?;
        st.serialize_field("path", &self.0.path)?;
        st.serialize_field("start_line", &self.0.start_line)?;
        st.end()
    }
}

/// A planned or reported side; fields in sorted order.
#[derive(Serialize)]
struct SideOut<'a> {
    ambitie: &'a Option<String>,
    doel: &'a Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    link: Option<crate::model::LinkKind>,
    // Additive (schema_version 1): the title's numbering, the
    // municipality's own status (never evidence), "not in the begroting".
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    numbers: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    self_reported: Option<Value>,
    span: SpanOut<'a>,
    title: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    unplanned: bool,
}

fn side_out(s: &SideView) -> SideOut<'_> {
    SideOut {
        ambitie: &s.ambitie,
        doel: &s.doel,
        link: s.link,
        numbers: &s.numbers,
        self_reported: s.self_reported.as_ref().map(|st| json!(st)),
        span: SpanOut(&s.span),
        title: &s.title,
        unplanned: s.unplanned,
    }
}

/// One intention; fields in sorted order.
#[derive(Serialize)]
struct IntentionOut<'a> {
    accounted: bool,
    coverage: f64,
    evidence: Option<&'a str>,
    evidence_span: Option<SpanOut<'a>>,
    span: SpanOut<'a>,
    substantive: bool,
    text: &'a str,
}

fn intention_out(i: &Intention) -> IntentionOut<'_> {
    let evidence = i.evidence.as_ref().filter(|_| i.accounted);
    IntentionOut {
        accounted: i.accounted,
        coverage: i.coverage,
        evidence: evidence.map(|e| e.text.as_str()),
        evidence_span: evidence.map(|e| SpanOut(&e.span)),
        span: SpanOut(&i.span),
        substantive: i.substantive,
        text: &i.text,
    }
}

/// One item; fields in sorted order.
#[derive(Serialize)]
struct ItemOut<'a> {
    colour: &'static str,
    // Additive (schema_version 1): how sure the verdict is.
    confidence: f64,
    confidence_band: &'static str,
    decision: Option<Value>,
    explanation: &'a str,
    fingerprint: &'a Option<String>,
    intentions: Vec<IntentionOut<'a>>,
    // Additive (schema_version 1): the own status checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    own_status_check: Option<Value>,
    planned: Option<SideOut<'a>>,
    realisation: &'static str,
    reported: Vec<SideOut<'a>>,
    score: f64,
}

fn item_out<'a>(v: &'a ItemView, opts: &RenderOptions) -> ItemOut<'a> {
    ItemOut {
        colour: v.colour.as_str(),
        confidence: (v.confidence * 1000.0).round() / 1000.0,
        confidence_band: v.band().as_str(),
        decision: v.decision.as_ref().map(|d| json!(d)),
        explanation: &v.explanation,
        fingerprint: &v.fingerprint,
        intentions: v.intentions.iter().map(intention_out).collect(),
        own_status_check: v.own_check.as_ref().map(|c| {
            json!({
                "finding": c.finding,
                "status": c.status,
                "text": c.text,
                "span": Span::new(&c.path, c.line, c.line),
                "explanation": super::own_label(c.finding, opts.lang),
            })
        }),
        planned: v.planned.as_ref().map(side_out),
        realisation: v.realisation.as_str(),
        reported: v.reported.iter().map(side_out).collect(),
        score: v.score,
    }
}

/// Items of one audit, serialised from its views.
struct ItemsOut<'a> {
    views: &'a [ItemView],
    opts: &'a RenderOptions,
}

impl Serialize for ItemsOut<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.views.iter().map(|v| item_out(v, self.opts)))
    }
}

/// One audit; fields in sorted order.
#[derive(Serialize)]
struct AuditOut<'a> {
    decisions_not_applied: &'a [String],
    items: ItemsOut<'a>,
    // Additive: how often the own rating agrees with the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    own_status: Option<Value>,
    plan: Value,
    report: Value,
    summary: Value,
    warnings: Value,
}

/// The whole run; fields in sorted order.
#[derive(Serialize)]
struct RunOut<'a> {
    audits: Vec<AuditOut<'a>>,
    decisions_not_applied: &'a [String],
    errors: Value,
    schema_version: u32,
    tool: Value,
    unpaired: Value,
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

fn audit_out<'a>(
    a: &'a Audit,
    views: &'a [ItemView],
    warnings: &[crate::checks::PairWarning],
    opts: &'a RenderOptions,
) -> AuditOut<'a> {
    let own = crate::own_status::counts(a);
    AuditOut {
        decisions_not_applied: &a.stale_decisions,
        items: ItemsOut { views, opts },
        own_status: (own.with_status > 0).then(|| json!(own)),
        plan: doc_json(&a.plan),
        report: doc_json(&a.report),
        summary: json!(a.summary()),
        warnings: warnings
            .iter()
            .map(|w| json!({"code": w.code(), "message": w.message(opts.lang)}))
            .collect(),
    }
}

fn run_out<'a>(
    audits: &'a [Audit],
    views: &'a [Vec<ItemView>],
    notes: &'a RunNotes,
    opts: &'a RenderOptions,
) -> RunOut<'a> {
    RunOut {
        audits: audits
            .iter()
            .zip(views)
            .enumerate()
            .map(|(k, (a, v))| audit_out(a, v, notes.warnings_of(k), opts))
            .collect(),
        decisions_not_applied: &notes.decisions_not_applied,
        errors: notes.errors.iter().map(|e| json!({"message": e})).collect(),
        schema_version: 1,
        tool: json!({"name": "spiegel", "version": env!("CARGO_PKG_VERSION")}),
        unpaired: notes
            .unpaired
            .iter()
            .map(|u| {
                json!({
                    "path": u.path.display().to_string(),
                    "kind": u.kind.as_str(),
                    "reason": u.code(),
                    "message": u.describe(opts.lang),
                })
            })
            .collect(),
    }
}

pub fn render(
    audits: &[Audit],
    notes: &RunNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let views: Vec<Vec<ItemView>> = audits.iter().map(|a| views(a, opts.lang)).collect();
    // Standard output is line-buffered: written line by line, a large
    // audit's JSON costs a system call per line.
    let mut w = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut w, &run_out(audits, &views, notes, opts))?;
    writeln!(w)?;
    w.flush()
}
