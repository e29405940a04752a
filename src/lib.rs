//! spiegel: de spiegel tussen begroting en jaarstukken.
//!
//! The pipeline, one stage per module, one value handed from each to the
//! next:
//!
//! ```text
//! read::read_file      Path                      -> SourceText
//! parse::parse         SourceText                -> Document   (the tree)
//! analyse::analyse_pair (Document, Document)     -> Analyses   (terms, once)
//! matching::pair       (Document, Document, Analyses) -> Pairing
//! judge::judge         (Document, Document, Analyses, Pairing) -> Audit
//! render::render       [AuditOutcome]            -> bytes on a writer
//! ```
//!
//! `model` holds the data every stage shares; `text` the Dutch language
//! tools; `eval` scores audits against hand labels; `cli` wires it for the
//! binary. The library never prints: only renderers write, to the writer
//! they are given.

pub mod analyse;
pub mod checks;
pub mod cli;
mod cli_lint;
pub mod config;
pub mod discover;
pub mod eval;
pub mod judge;
pub mod lint;
pub mod matching;
pub mod model;
pub mod own_status;
pub mod parse;
pub mod read;
pub mod render;
pub mod review;
pub mod synth;
pub mod text;

use anyhow::Result;
use config::Config;
use model::{Audit, Document};
use std::path::Path;

/// Reads and parses one file.
pub fn load(path: &Path, cfg: &Config) -> Result<Document, read::ReadError> {
    let src = read::read_file(path)?;
    Ok(parse::parse(&src, &cfg.parse_options()))
}

/// Audits a parsed plan against a parsed report.
pub fn audit_documents(plan: Document, report: Document, cfg: &Config) -> Audit {
    let analyses = analyse::analyse_pair(&plan, &report);
    let pairing = matching::pair(&plan, &report, &analyses, &cfg.matching);
    audit_paired(plan, report, analyses, pairing, cfg)
}

/// Judges a plan and report whose pairing is known.
fn audit_paired(
    plan: Document,
    report: Document,
    analyses: analyse::Analyses,
    mut pairing: model::Pairing,
    cfg: &Config,
) -> Audit {
    let stale = review::apply_pairings(&cfg.decisions, &plan, &report, &mut pairing);
    let mut audit = judge::judge(plan, report, analyses, pairing, &cfg.judging);
    audit.stale_decisions = stale;
    review::apply_verdicts(&cfg.decisions, &mut audit);
    for it in &mut audit.items {
        let nearest = match (it.plan, it.reports.as_slice()) {
            (Some(p), []) => audit.pairing.nearest_plan.get(p).copied(),
            (None, [r]) => audit.pairing.nearest_report.get(*r).copied(),
            _ => None,
        };
        it.confidence = judge::confidence::of_item(
            it,
            cfg.judging.accounted_coverage,
            cfg.matching.min_score,
            nearest,
        );
    }
    audit
}

/// Audits a document that holds plan and report parts together (an
/// interventieplan with "Plan van Aanpak" and "Uitvoering" per
/// intervention). `Ok(None)` when the file is not such a document.
pub fn audit_combined(path: &Path, cfg: &Config) -> Result<Option<Audit>, read::ReadError> {
    let src = read::read_file(path)?;
    let opts = cfg.parse_options();
    Ok(
        parse::split_combined_with(&src, opts.markers()).map(|(p, r)| {
            // The document itself says which report part belongs to which
            // plan part: the same intervention.
            let pairing = matching::pair_by_title(&p, &r);
            let analyses = analyse::analyse_pair(&p, &r);
            audit_paired(p, r, analyses, pairing, cfg)
        }),
    )
}

/// Reads, parses and audits a plan file against a report file.
pub fn audit_files(plan: &Path, report: &Path, cfg: &Config) -> Result<Audit, read::ReadError> {
    let p = load(plan, cfg)?;
    let r = load(report, cfg)?;
    Ok(audit_documents(p, r, cfg))
}
