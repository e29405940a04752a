//! CSV: one row per item, for spreadsheets. With `excel` the delimiter is
//! `;` and a UTF-8 BOM is written (Dutch Excel); cells that a spreadsheet
//! would run as a formula (starting with `=`, `+`, `-`, `@`) are
//! neutralised with a leading apostrophe.

use super::{views, RenderOptions};
use crate::model::Audit;
use std::io::Write;

fn safe(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

pub fn render(audits: &[Audit], opts: &RenderOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let lang = opts.lang;
    if opts.excel {
        out.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(if opts.excel { b';' } else { b',' })
        .from_writer(out);
    let nl = lang == super::Lang::Nl;
    let header: Vec<&str> = if nl {
        vec![
            "begroting",
            "jaarverslag",
            "kleur",
            "code",
            "activiteit",
            "ambitie",
            "doel",
            "regels_begroting",
            "verantwoording",
            "regels_jaarverslag",
            "score",
            "realisatie",
            "voornemens_verantwoord",
            "voornemens_totaal",
            "toelichting",
        ]
    } else {
        vec![
            "plan",
            "report",
            "colour_label",
            "colour",
            "activity",
            "ambitie",
            "doel",
            "plan_lines",
            "reported",
            "report_lines",
            "score",
            "realisation",
            "intentions_accounted",
            "intentions_total",
            "explanation",
        ]
    };
    w.write_record(&header)?;
    for a in audits {
        for v in views(a, lang) {
            let planned = v.planned.as_ref();
            let reported: Vec<String> = v.reported.iter().map(|r| r.title.clone()).collect();
            let report_lines: Vec<String> = v
                .reported
                .iter()
                .map(|r| format!("{}-{}", r.span.start_line, r.span.end_line))
                .collect();
            let (ambitie, doel) = match planned {
                Some(p) => (p.ambitie.clone(), p.doel.clone()),
                None => v
                    .reported
                    .first()
                    .map(|r| (r.ambitie.clone(), r.doel.clone()))
                    .unwrap_or((None, None)),
            };
            let row = vec![
                a.plan.path.clone(),
                a.report.path.clone(),
                lang.colour(v.colour).to_string(),
                v.colour.as_str().to_string(),
                planned.map(|p| p.title.clone()).unwrap_or_default(),
                ambitie.unwrap_or_default(),
                doel.unwrap_or_default(),
                planned
                    .map(|p| format!("{}-{}", p.span.start_line, p.span.end_line))
                    .unwrap_or_default(),
                reported.join(" | "),
                report_lines.join(" | "),
                format!("{:.3}", v.score),
                lang.realisation(v.realisation).to_string(),
                v.intentions
                    .iter()
                    .filter(|i| i.accounted)
                    .count()
                    .to_string(),
                v.intentions.len().to_string(),
                v.explanation.clone(),
            ];
            w.write_record(row.iter().map(|c| safe(c)))?;
        }
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::safe;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(safe("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(safe("-1"), "'-1");
        assert_eq!(safe("We doen"), "We doen");
    }
}
