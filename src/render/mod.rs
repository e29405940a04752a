//! Rendering: audits -> bytes on a writer, one renderer per format.
//!
//! All renderers read the same [`ItemView`]s, built once from an
//! [`Audit`], so every format says the same thing. Only renderers write;
//! colour is only ever used by the table on a terminal.

pub mod agreement;
mod ci;
mod csv_out;
mod html;
mod json;
pub mod labels;
pub mod lint;
mod markdown;
mod table;
pub mod tree;

pub use labels::{Key, Lang};

use crate::model::{Audit, AuditItem, Colour, Intention, Realisation, Span, Summary};
use std::io::Write;

/// Output formats of `spiegel audit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
    Markdown,
    Html,
    /// GitHub Actions annotations on the jaarverslag draft's lines (red on
    /// the heading of its doel there, or the first line).
    Github,
    /// One line per item: `path:line: colour [realisation] title -> answers`.
    Compact,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Width of the table in columns (the terminal's, or `COLUMNS`);
    /// `None` for a fixed default.
    pub width: Option<u16>,
    pub lang: Lang,
    /// Colour the table (terminal only).
    pub color: bool,
    /// CSV: use `;` and write a UTF-8 BOM (Dutch spreadsheets).
    pub excel: bool,
    /// CSV: counts per colour per ambitie and doel instead of one row per
    /// item.
    pub rollup: bool,
}

/// What a run found besides the audits; every renderer shows it, so that
/// a reader (or a CI gate) never sees clean counts for a pair that was not
/// really checked, or misses a file that was left out.
#[derive(Debug, Clone, Default)]
pub struct RunNotes {
    /// Warnings per audit, in the audits' order (may be shorter: none).
    pub warnings: Vec<Vec<crate::checks::PairWarning>>,
    /// Files of a folder left unpaired, with the reason.
    pub unpaired: Vec<crate::discover::Unpaired>,
    /// Files that could not be read, one message each.
    pub errors: Vec<String>,
    /// Review decisions that belonged to no audited pair.
    pub decisions_not_applied: Vec<String>,
}

impl RunNotes {
    /// The warnings of audit `k`.
    pub fn warnings_of(&self, k: usize) -> &[crate::checks::PairWarning] {
        self.warnings.get(k).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// Lines to show above an audit: its warnings, then the review decisions
/// that were not applied, each with its label ("Let op: ...").
pub fn audit_notices(audit: &Audit, notes: &RunNotes, k: usize, lang: Lang) -> Vec<String> {
    let mut v: Vec<String> = notes
        .warnings_of(k)
        .iter()
        .map(|w| format!("{}: {}", lang.heading(Key::Warning), w.message(lang)))
        .collect();
    v.extend(
        audit
            .stale_decisions
            .iter()
            .map(|s| format!("{}: {s}", lang.heading(Key::NotApplied))),
    );
    v
}

/// Lines to show after all audits: files left unpaired, files that could
/// not be read.
pub fn run_notices(notes: &RunNotes, lang: Lang) -> Vec<String> {
    let mut v: Vec<String> = notes
        .unpaired
        .iter()
        .map(|u| {
            format!(
                "{}: {}: {}",
                lang.heading(Key::Unpaired),
                u.path.display(),
                u.describe(lang)
            )
        })
        .collect();
    v.extend(
        notes
            .decisions_not_applied
            .iter()
            .map(|s| format!("{}: {s}", lang.heading(Key::NotApplied))),
    );
    v.extend(
        notes
            .errors
            .iter()
            .map(|e| format!("{}: {e}", lang.heading(Key::Error))),
    );
    v
}

/// One side of an item, ready to show.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SideView {
    pub title: String,
    pub ambitie: Option<String>,
    pub doel: Option<String>,
    pub span: Span,
    #[serde(skip)]
    pub text: String,
    /// How a report item came to answer the planned activity (report
    /// sides of red/yellow/green items only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<crate::model::LinkKind>,
    /// Numbering of the title ("2.1.1"), as written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub numbers: Vec<String>,
    /// The municipality's own status for the item (report side): shown,
    /// never evidence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_reported: Option<crate::model::SelfReport>,
    /// The text says the item was not in the begroting.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unplanned: bool,
}

/// One audit item, ready to show.
#[derive(Debug, Clone)]
pub struct ItemView {
    pub colour: Colour,
    pub planned: Option<SideView>,
    pub reported: Vec<SideView>,
    pub score: f64,
    pub realisation: Realisation,
    pub intentions: Vec<Intention>,
    pub explanation: String,
    pub decision: Option<crate::model::DecisionNote>,
    /// Fingerprint of the planned activity (for review decisions).
    pub fingerprint: Option<String>,
    /// The municipality's own status held against the text.
    pub own_check: Option<crate::model::OwnCheck>,
    /// How sure the verdict is (0..=1).
    pub confidence: f64,
}

fn side(doc: &crate::model::Document, i: usize) -> SideView {
    let a = &doc.activities[i];
    SideView {
        title: a.title.clone(),
        ambitie: doc.ambitie_title(a).map(str::to_string),
        doel: doc.doel_title(a).map(str::to_string),
        span: a.span.clone(),
        text: a.body_text(),
        link: None,
        numbers: a.numbers.clone(),
        self_reported: a.self_reported.clone(),
        unplanned: a.unplanned,
    }
}

impl ItemView {
    pub fn band(&self) -> crate::judge::confidence::Band {
        crate::judge::confidence::Band::of(self.confidence)
    }

    /// The municipality's own status, from the first answering report item
    /// that states one.
    pub fn own_status(&self) -> Option<&crate::model::SelfReport> {
        self.reported.iter().find_map(|r| r.self_reported.as_ref())
    }

    /// The realisation as shown, with the municipality's own status after
    /// it when the report states one ("vertraagd; eigen status: gereed").
    pub fn realisation_shown(&self, lang: Lang) -> String {
        let r = lang.realisation_of(self.colour, self.realisation);
        match self.own_status() {
            Some(s) => format!(
                "{r}; {} {}",
                lang.own_status_label(),
                lang.self_status(s.status)
            ),
            None => r.to_string(),
        }
    }
}

/// The first `n` words of a text, with " …" when there were more.
pub(crate) fn short(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= n {
        s.to_string()
    } else {
        format!("{} …", words[..n].join(" "))
    }
}

/// The explanation sentence for an item, naming what was not mentioned.
pub fn explanation(item: &AuditItem, lang: Lang) -> String {
    let mut s = lang.explain(&item.reason);
    let missing: Vec<&Intention> = item
        .intentions
        .iter()
        .filter(|i| !i.accounted && i.substantive)
        .collect();
    let some = item.intentions.iter().any(|i| i.accounted);
    if let Some(d) = &item.decision {
        if !matches!(item.reason, crate::model::Reason::Review { .. }) {
            let word = if lang == Lang::Nl {
                "koppeling door"
            } else {
                "pairing by"
            };
            s.push_str(&format!(" [{word} {}: {}]", d.reviewer, d.reason));
        } else if let Some(c) = d.computed_colour {
            let word = if lang == Lang::Nl {
                "spiegel gaf"
            } else {
                "spiegel gave"
            };
            s.push_str(&format!(" [{word} {}]", lang.colour(c)));
        }
    }
    if some && !missing.is_empty() {
        let list: Vec<String> = missing
            .iter()
            .take(2)
            .map(|i| format!("\"{}\"", short(&i.text, 8)))
            .collect();
        s.push_str(&format!(
            "; {}: {}",
            lang.heading(Key::NotMentioned),
            list.join(", ")
        ));
        if missing.len() > 2 {
            s.push_str(&format!(" (+{})", missing.len() - 2));
        }
    }
    // "2 van 4 voornemens verantwoord" for a green item: say why the other
    // two do not count.
    let minor = item
        .intentions
        .iter()
        .filter(|i| !i.accounted && !i.substantive)
        .count();
    if minor > 0 && matches!(item.reason, crate::model::Reason::Intentions { .. }) {
        s.push_str(&match lang {
            Lang::Nl => format!("; {minor} niet wezenlijk, niet meegeteld"),
            Lang::En => format!("; {minor} not substantive, not counted"),
        });
    }
    s
}

/// Builds the views of an audit's items.
pub fn views(audit: &Audit, lang: Lang) -> Vec<ItemView> {
    audit
        .items
        .iter()
        .map(|it| ItemView {
            colour: it.colour,
            planned: it.plan.map(|p| side(&audit.plan, p)),
            reported: it
                .reports
                .iter()
                .map(|&r| SideView {
                    link: it.plan.and_then(|p| {
                        audit
                            .pairing
                            .links
                            .iter()
                            .find(|l| l.plan == p && l.report == r)
                            .map(|l| l.how)
                    }),
                    ..side(&audit.report, r)
                })
                .collect(),
            score: it.score,
            realisation: it.realisation,
            intentions: it.intentions.clone(),
            explanation: explanation(it, lang),
            decision: it.decision.clone(),
            fingerprint: it.plan.map(|p| audit.plan.activities[p].fingerprint()),
            own_check: crate::own_status::check(audit, it),
            confidence: it.confidence,
        })
        .collect()
}

/// The own-status finding in words.
pub fn own_label(f: crate::model::OwnFinding, lang: Lang) -> &'static str {
    use crate::model::OwnFinding::*;
    match (lang, f) {
        (Lang::Nl, Agrees) => "in lijn met de tekst",
        (Lang::Nl, Overstated) => "overschat",
        (Lang::Nl, Understated) => "onderschat",
        (Lang::Nl, Unsupported) => "zonder onderbouwing",
        (Lang::En, f) => f.as_str(),
    }
}

/// The own status and its check, as a cell: "gereed: overschat".
pub fn own_cell(v: &ItemView, lang: Lang) -> String {
    match &v.own_check {
        Some(c) => format!(
            "{}: {}",
            lang.self_status(c.status),
            own_label(c.finding, lang)
        ),
        None => String::new(),
    }
}

/// "Eigen status: 2 van 6 in lijn met de tekst (overschat 2, onderschat 1,
/// zonder onderbouwing 1)"; none when no item states a status.
pub fn own_summary(c: &crate::own_status::OwnCounts, lang: Lang) -> Option<String> {
    use crate::model::OwnFinding;
    if c.with_status == 0 {
        return None;
    }
    let rest = [
        OwnFinding::Overstated,
        OwnFinding::Understated,
        OwnFinding::Unsupported,
    ]
    .iter()
    .map(|f| format!("{} {}", own_label(*f, lang), c.get(*f)))
    .collect::<Vec<_>>()
    .join(", ");
    Some(match lang {
        Lang::Nl => format!(
            "Eigen status: {} van {} in lijn met de tekst ({rest})",
            c.agrees, c.with_status
        ),
        Lang::En => format!(
            "Own status: {} of {} agree with the text ({rest})",
            c.agrees, c.with_status
        ),
    })
}

/// Summed counts over several audits.
pub fn total_summary(audits: &[Audit]) -> Summary {
    let mut s = Summary::default();
    for a in audits {
        let x = a.summary();
        s.red += x.red;
        s.yellow += x.yellow;
        s.green += x.green;
        s.blue += x.blue;
    }
    s
}

/// Writes the audits in a format.
pub fn render(
    audits: &[Audit],
    format: Format,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    render_run(audits, &RunNotes::default(), format, opts, out)
}

/// Writes the audits in a format, with what the run found besides them.
/// CSV is data only (one row per item): its notes go to standard error,
/// which the command line does for every format.
pub fn render_run(
    audits: &[Audit],
    notes: &RunNotes,
    format: Format,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Table => table::render(audits, notes, opts, out),
        Format::Json => json::render(audits, notes, opts, out),
        Format::Csv => csv_out::render(audits, opts, out),
        Format::Markdown => markdown::render(audits, notes, opts, out),
        Format::Html => html::render(audits, notes, opts, out),
        Format::Github => ci::github(audits, notes, opts, out),
        Format::Compact => ci::compact(audits, notes, opts, out),
    }
}

/// A CSV cell a spreadsheet will not run as a formula.
pub(crate) fn csv_safe(s: &str) -> String {
    csv_out::safe(s)
}

/// "r. 40-52" style line reference.
pub fn lines_ref(span: &Span, lang: Lang) -> String {
    let word = lang.heading(Key::Lines);
    if span.start_line == span.end_line {
        format!("{} {}", lang.heading(Key::Line), span.start_line)
    } else {
        format!("{word} {}-{}", span.start_line, span.end_line)
    }
}
