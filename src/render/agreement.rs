//! The text views of `spiegel eval`: agreement per labelled pair and
//! pooled, and agreement between two labellers. "label" is always the hand
//! label, "spiegel" spiegel's verdict.

use crate::eval::{Agreement, ColourScore, IntentionScore, LabellerAgreement, Report};
use std::io::Write;

fn pct(x: Option<f64>) -> String {
    x.map(|v| format!("{:.2}", v)).unwrap_or_else(|| "-".into())
}

fn per_colour(rows: &[ColourScore], out: &mut dyn Write) -> std::io::Result<()> {
    for c in rows {
        writeln!(
            out,
            "  {:<7} label {:>3}  spiegel {:>3}  precision {:>5}  recall {:>5}",
            c.colour.as_str(),
            c.gold,
            c.predicted,
            pct(c.precision),
            pct(c.recall)
        )?;
    }
    Ok(())
}

fn intentions(s: &IntentionScore, out: &mut dyn Write) -> std::io::Result<()> {
    if s.items == 0 {
        return writeln!(
            out,
            "  intentions: not measured (no gold intentions with line:)"
        );
    }
    writeln!(
        out,
        "  intentions over {} items: label {}  spiegel {}  matched {}  precision {}  recall {}  evidence accuracy {} ({} matched)",
        s.items,
        s.gold,
        s.predicted,
        s.matched,
        pct(s.precision),
        pct(s.recall),
        pct(s.evidence_accuracy),
        s.matched
    )
}

fn pair(r: &Agreement, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{} (split {})", r.gold_file, r.split.as_str())?;
    writeln!(
        out,
        "  units {}  kappa {:.3}  colour accuracy {:.3}  pairing accuracy {:.3}  realisation accuracy {}",
        r.units.len(),
        r.kappa,
        r.colour_accuracy,
        r.pairing_accuracy,
        pct(r.realisation_accuracy)
    )?;
    per_colour(&r.per_colour, out)?;
    if r.intentions.items > 0 {
        intentions(&r.intentions, out)?;
    }
    for m in &r.missing_titles {
        writeln!(out, "  not found in parse: {m}")?;
    }
    for u in &r.units {
        if u.gold != u.predicted || !u.pairing_ok {
            writeln!(
                out,
                "  ✗ label {}, spiegel {}{}: {}",
                u.gold.label(),
                u.predicted.label(),
                if u.pairing_ok {
                    ""
                } else {
                    " (pairing differs)"
                },
                u.title
            )?;
        }
    }
    writeln!(out)
}

pub fn render(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    for r in &report.pairs {
        pair(r, out)?;
    }
    let p = &report.pooled;
    writeln!(
        out,
        "pooled over {} pair{} (split {}), {} units",
        p.pairs,
        if p.pairs == 1 { "" } else { "s" },
        report.split.as_str(),
        p.units
    )?;
    writeln!(
        out,
        "  kappa {:.3}  95% bootstrap interval {:.3}-{:.3} ({} resamples of each pair's units, seed {:#x})",
        p.kappa,
        p.kappa_interval.low,
        p.kappa_interval.high,
        p.kappa_interval.resamples,
        p.kappa_interval.seed
    )?;
    writeln!(
        out,
        "  colour accuracy {:.3}  pairing accuracy {:.3}  realisation accuracy {} ({} units with a planned colour on both sides)",
        p.colour_accuracy,
        p.pairing_accuracy,
        pct(p.realisation_accuracy),
        p.realisation_units
    )?;
    per_colour(&p.per_colour, out)?;
    intentions(&p.intentions, out)?;
    for b in &p.per_band {
        writeln!(
            out,
            "  confidence {:<6}  units {:>3}  colour agrees {:>3}  accuracy {}",
            b.band.as_str(),
            b.units,
            b.agree,
            pct(b.colour_accuracy)
        )?;
    }
    Ok(())
}

pub fn render_labellers(a: &LabellerAgreement, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "labeller A: {}", a.a)?;
    writeln!(out, "labeller B: {}", a.b)?;
    writeln!(
        out,
        "  units {}  kappa {:.3}  raw agreement {:.3}",
        a.units, a.kappa, a.raw_agreement
    )?;
    writeln!(out, "  confusion matrix (rows: label A, columns: label B)")?;
    write!(out, "  {:<10}", "")?;
    for c in &a.classes {
        write!(out, " {:>9}", c.label())?;
    }
    writeln!(out)?;
    for (c, row) in a.classes.iter().zip(&a.matrix) {
        write!(out, "  {:<10}", c.label())?;
        for n in row {
            write!(out, " {n:>9}")?;
        }
        writeln!(out)?;
    }
    if a.disagreements.is_empty() {
        writeln!(out, "  no disagreements")?;
    } else {
        writeln!(out, "  disagreements ({}):", a.disagreements.len())?;
        for d in &a.disagreements {
            writeln!(
                out,
                "  ✗ label A {}, label B {}: {} \"{}\"",
                d.a.label(),
                d.b.label(),
                d.side,
                d.title
            )?;
        }
    }
    Ok(())
}
