//! The lint as CSV: one row per activity. Column names are stable English
//! words in every language; `finding` and `missing` are codes, the other
//! text cells follow --lang. `--excel` as for the audit (";" and a BOM).

use super::{finding_label, views, RenderOptions};
use crate::lint::{Lint, Part};
use std::io::Write;

pub fn render(lints: &[Lint], opts: &RenderOptions, out: &mut dyn Write) -> std::io::Result<()> {
    if opts.excel {
        out.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(if opts.excel { b';' } else { b',' })
        .from_writer(out);
    w.write_record([
        "file",
        "programme",
        "ambitie",
        "doel",
        "activity",
        "line",
        "finding",
        "finding_label",
        "missing",
        "sentence_line",
        "sentence",
        "suggestion",
    ])?;
    for l in lints {
        for v in views(l, opts.lang) {
            let row = [
                l.plan.path.clone(),
                l.programme(),
                v.ambitie.clone().unwrap_or_default(),
                v.doel.clone().unwrap_or_default(),
                v.title.clone(),
                v.span.start_line.to_string(),
                v.finding.as_str().to_string(),
                finding_label(v.finding, opts.lang).to_string(),
                v.missing
                    .iter()
                    .map(|p: &Part| p.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                v.sentence_span.start_line.to_string(),
                v.sentence.clone(),
                v.suggestion.clone().unwrap_or_default(),
            ];
            w.write_record(row.iter().map(|c| crate::render::csv_safe(c)))?;
        }
    }
    w.flush()
}
