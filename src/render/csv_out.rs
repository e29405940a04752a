//! CSV: one row per item, for spreadsheets. With `excel` the delimiter is
//! `;` and a UTF-8 BOM is written (Dutch Excel); cells that a spreadsheet
//! would run as a formula (starting with `=`, `+`, `-`, `@`) are
//! neutralised with a leading apostrophe.

use super::{views, RenderOptions};
use crate::model::Audit;
use std::io::Write;

pub(super) fn safe(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// A number as the spreadsheet reads it: Dutch Excel takes "0,663", and
/// reads "0.663" as text (or a date).
fn number(x: f64, opts: &RenderOptions) -> String {
    let s = format!("{x:.3}");
    if opts.excel {
        s.replace('.', ",")
    } else {
        s
    }
}

/// A line range: "40-52"; for Dutch spreadsheets "r. 40-52", which a
/// spreadsheet cannot take for a date (40 december).
fn lines_cell(span: &crate::model::Span, opts: &RenderOptions) -> String {
    let range = format!("{}-{}", span.start_line, span.end_line);
    if opts.excel {
        format!("r. {range}")
    } else {
        range
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
    if opts.rollup {
        return rollup(audits, opts, &mut w);
    }
    // Column names are the same in every language, so that scripts keep
    // working whatever --lang a run used; only the values are translated.
    let header: Vec<&str> = vec![
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
        "eigen_status",
        // Added: the own status held against the text (a stable code:
        // agrees, overstated, understated, unsupported).
        "own_status_check",
        // Added: how sure the verdict is (0..1) and its band (low, medium,
        // high).
        "confidence",
        "confidence_band",
    ];
    w.write_record(&header)?;
    for a in audits {
        for v in views(a, lang) {
            let planned = v.planned.as_ref();
            let reported: Vec<String> = v.reported.iter().map(|r| r.title.clone()).collect();
            let report_lines: Vec<String> = v
                .reported
                .iter()
                .map(|r| lines_cell(&r.span, opts))
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
                    .map(|p| lines_cell(&p.span, opts))
                    .unwrap_or_default(),
                reported.join(" | "),
                report_lines.join(" | "),
                number(v.score, opts),
                lang.realisation(v.realisation).to_string(),
                v.intentions
                    .iter()
                    .filter(|i| i.accounted)
                    .count()
                    .to_string(),
                v.intentions.len().to_string(),
                v.explanation.clone(),
                v.own_status()
                    .map(|s| lang.self_status(s.status).to_string())
                    .unwrap_or_default(),
                v.own_check
                    .as_ref()
                    .map(|c| c.finding.as_str().to_string())
                    .unwrap_or_default(),
                number(v.confidence, opts),
                v.band().as_str().to_string(),
            ];
            w.write_record(row.iter().map(|c| safe(c)))?;
        }
    }
    w.flush()?;
    Ok(())
}

/// Counts per colour per ambitie and per doel (blue items under the
/// ambitie and doel of the report item), then the total per audit.
fn rollup<W: Write>(
    audits: &[Audit],
    opts: &RenderOptions,
    w: &mut csv::Writer<W>,
) -> std::io::Result<()> {
    use crate::model::Colour;
    use std::collections::BTreeMap;
    let nl = opts.lang == super::Lang::Nl;
    // Stable column names and level codes in every language (see above).
    let header: [&str; 9] = [
        "begroting",
        "jaarverslag",
        "niveau",
        "naam",
        "rood",
        "geel",
        "groen",
        "blauw",
        "totaal",
    ];
    w.write_record(header)?;
    let level = |k: usize| match k {
        0 => "ambitie",
        1 => "doel",
        _ => "totaal",
    };
    for a in audits {
        // (level, first-seen order, name) -> counts; kept in document order.
        let mut order: BTreeMap<(usize, String), usize> = BTreeMap::new();
        let mut counts: BTreeMap<(usize, usize), [usize; 4]> = BTreeMap::new();
        let mut add = |lvl: usize, name: &str, c: Colour| {
            let n = order.len();
            let pos = *order.entry((lvl, name.to_string())).or_insert(n);
            let slot = match c {
                Colour::Red => 0,
                Colour::Yellow => 1,
                Colour::Green => 2,
                Colour::Blue => 3,
            };
            counts.entry((lvl, pos)).or_default()[slot] += 1;
        };
        let none = if nl { "(geen)" } else { "(none)" };
        for v in views(a, opts.lang) {
            let side = v.planned.as_ref().or(v.reported.first());
            let (amb, doel) = side
                .map(|s| (s.ambitie.clone(), s.doel.clone()))
                .unwrap_or((None, None));
            add(0, amb.as_deref().unwrap_or(none), v.colour);
            add(1, doel.as_deref().unwrap_or(none), v.colour);
            add(2, "", v.colour);
        }
        let names: BTreeMap<(usize, usize), String> =
            order.into_iter().map(|((l, n), p)| ((l, p), n)).collect();
        for ((lvl, pos), c) in counts {
            let name = names.get(&(lvl, pos)).cloned().unwrap_or_default();
            let mut row = vec![
                a.plan.path.clone(),
                a.report.path.clone(),
                level(lvl).to_string(),
                name,
            ];
            row.extend(c.iter().map(|n| n.to_string()));
            row.push(c.iter().sum::<usize>().to_string());
            w.write_record(row.iter().map(|c| safe(c)))?;
        }
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{number, safe};
    use crate::render::RenderOptions;

    #[test]
    fn excel_numbers_have_a_decimal_comma() {
        let excel = RenderOptions {
            excel: true,
            ..Default::default()
        };
        assert_eq!(number(0.6634, &excel), "0,663");
        assert_eq!(number(0.6634, &RenderOptions::default()), "0.663");
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(safe("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(safe("-1"), "'-1");
        assert_eq!(safe("We doen"), "We doen");
    }
}
