//! Rendering `spiegel lint`: [`Lint`]s -> bytes on a writer, one renderer
//! per format (table, json, csv, markdown, html, github, compact).
//!
//! Every renderer reads the same [`LintView`]s, built once per begroting,
//! so every format says the same thing: the finding, what is missing, the
//! sentence it is about (file and line) and, where the phrasing is vague,
//! a suggestion in the chosen language.

mod ci;
mod csv_out;
mod html;
mod json;
mod markdown;
mod table;

use super::{Format, Lang, RenderOptions};
use crate::lint::{Counts, Finding, Lint, LintItem, Part};
use crate::model::Span;
use std::io::Write;

/// What a lint run found besides the lints: files that could not be read,
/// files left out, begrotingen without activities.
#[derive(Debug, Clone, Default)]
pub struct LintNotes {
    /// One message per file that could not be read.
    pub errors: Vec<String>,
    /// Per lint (same order): warnings such as "no activities read".
    pub warnings: Vec<Vec<String>>,
    /// Files of a folder left out (not a begroting), with the reason.
    pub skipped: Vec<String>,
}

impl LintNotes {
    pub fn warnings_of(&self, k: usize) -> &[String] {
        self.warnings.get(k).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// One linted activity, ready to show.
#[derive(Debug, Clone)]
pub struct LintView {
    pub title: String,
    pub ambitie: Option<String>,
    pub doel: Option<String>,
    pub span: Span,
    pub finding: Finding,
    pub missing: Vec<Part>,
    /// The sentence the finding is about.
    pub sentence: String,
    pub sentence_span: Span,
    pub vague: Option<String>,
    /// What to write instead (none for `ok`).
    pub suggestion: Option<String>,
    pub item: LintItem,
}

/// Builds the views of one lint.
pub fn views(l: &Lint, lang: Lang) -> Vec<LintView> {
    l.items
        .iter()
        .map(|it| {
            let a = &l.plan.activities[it.activity];
            let c = it.cited();
            LintView {
                title: a.title.clone(),
                ambitie: l.plan.ambitie_title(a).map(str::to_string),
                doel: l.plan.doel_title(a).map(str::to_string),
                span: a.span.clone(),
                finding: it.finding,
                missing: it.missing.clone(),
                sentence: c.text.clone(),
                sentence_span: c.span.clone(),
                vague: c.vague.clone(),
                suggestion: suggestion(it, l.plan.year, lang),
                item: it.clone(),
            }
        })
        .collect()
}

/// The finding in words.
pub fn finding_label(f: Finding, lang: Lang) -> &'static str {
    match (lang, f) {
        (Lang::Nl, Finding::Ok) => "toetsbaar",
        (Lang::Nl, Finding::Weak) => "zwak",
        (Lang::Nl, Finding::Uncheckable) => "niet toetsbaar",
        (Lang::En, f) => f.as_str(),
    }
}

/// A missing part in words.
pub fn part_label(p: Part, lang: Lang) -> &'static str {
    match (lang, p) {
        (Lang::Nl, Part::Action) => "concrete handeling",
        (Lang::Nl, Part::Year) => "jaar",
        (Lang::Nl, Part::Measure) => "meetbaar resultaat",
        (Lang::Nl, Part::Actor) => "wie het doet",
        (Lang::En, Part::Action) => "action",
        (Lang::En, Part::Year) => "year",
        (Lang::En, Part::Measure) => "measure",
        (Lang::En, Part::Actor) => "actor",
    }
}

/// The missing parts in words ("jaar, meetbaar resultaat").
pub fn missing_label(parts: &[Part], lang: Lang) -> String {
    parts
        .iter()
        .map(|p| part_label(*p, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the writer of the begroting could say instead: one hint per
/// missing part, the vague phrase named.
pub fn suggestion(it: &LintItem, year: Option<i32>, lang: Lang) -> Option<String> {
    let y = match (year, lang) {
        (Some(y), _) => y.to_string(),
        (None, Lang::Nl) => "het begrotingsjaar".to_string(),
        (None, Lang::En) => "the budget year".to_string(),
    };
    let vague = it.cited().vague.as_deref().map(|v| v.replace(" * ", " … "));
    let nl = lang == Lang::Nl;
    let hints: Vec<String> = match it.finding {
        Finding::Ok => return None,
        Finding::Uncheckable => {
            let lead = match (&vague, nl) {
                (Some(v), true) => format!("'{v}' is een richting, geen handeling: "),
                (Some(v), false) => format!("'{v}' is a direction, not a deed: "),
                (None, _) => String::new(),
            };
            vec![if nl {
                format!("{lead}noem wat er in {y} klaar is (een besluit, een opening, een aantal)")
            } else {
                format!("{lead}say what will be finished in {y} (a decision, an opening, a number)")
            }]
        }
        Finding::Weak => it
            .missing
            .iter()
            .map(|p| match (p, nl) {
                (Part::Action, true) => match &vague {
                    Some(v) => format!("vervang '{v}' door wat u doet (vaststellen, openen, aanleggen)"),
                    None => "noem wat u doet (vaststellen, openen, aanleggen)".to_string(),
                },
                (Part::Action, false) => match &vague {
                    Some(v) => format!("replace '{v}' with what will be done (adopt, open, build)"),
                    None => "say what will be done (adopt, open, build)".to_string(),
                },
                (Part::Year, true) => format!("noem wanneer in {y} (maand, kwartaal of datum)"),
                (Part::Year, false) => format!("say when in {y} (month, quarter or date)"),
                (Part::Measure, true) => format!(
                    "noem wat er eind {y} te tellen of te zien is (aantal, bedrag, plan, besluit)"
                ),
                (Part::Measure, false) => format!(
                    "say what can be counted or seen at the end of {y} (a number, an amount, a plan, a decision)"
                ),
                (Part::Actor, true) => "noem wie het doet (gemeente, college of partner)".to_string(),
                (Part::Actor, false) => {
                    "say who does it (the municipality, the executive or a partner)".to_string()
                }
            })
            .collect(),
    };
    let mut s = hints.join("; ");
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + &s[1..];
    }
    Some(s)
}

/// "ok 3 · zwak 1 · niet toetsbaar 0".
pub fn counts_line(c: &Counts, lang: Lang) -> String {
    Finding::ALL
        .iter()
        .map(|f| format!("{} {}", finding_label(*f, lang), c.get(*f)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Writes the lints in a format.
pub fn render(
    lints: &[Lint],
    notes: &LintNotes,
    format: Format,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Table => table::render(lints, notes, opts, out),
        Format::Json => json::render(lints, notes, opts, out),
        Format::Csv => csv_out::render(lints, opts, out),
        Format::Markdown => markdown::render(lints, notes, opts, out),
        Format::Html => html::render(lints, notes, opts, out),
        Format::Github => ci::github(lints, notes, opts, out),
        Format::Compact => ci::compact(lints, notes, opts, out),
    }
}

/// Lines to show with a lint: its warnings ("Let op: ...").
pub fn notices(notes: &LintNotes, k: usize, lang: Lang) -> Vec<String> {
    notes
        .warnings_of(k)
        .iter()
        .map(|w| format!("{}: {w}", lang.heading(super::Key::Warning)))
        .collect()
}

/// Lines to show after all lints: files left out, files not read.
pub fn run_notices(notes: &LintNotes, lang: Lang) -> Vec<String> {
    let mut v: Vec<String> = notes.skipped.clone();
    v.extend(
        notes
            .errors
            .iter()
            .map(|e| format!("{}: {e}", lang.heading(super::Key::Error))),
    );
    v
}
