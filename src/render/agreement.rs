//! The text view of `spiegel eval`: agreement per labelled pair.

use crate::eval::Agreement;
use std::io::Write;

fn pct(x: Option<f64>) -> String {
    x.map(|v| format!("{:.2}", v)).unwrap_or_else(|| "-".into())
}

/// The class's name as in gold.yaml and the JSON output ("green").
fn class(c: crate::eval::Class) -> String {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{c:?}"))
}

pub fn render(results: &[Agreement], out: &mut dyn Write) -> std::io::Result<()> {
    for r in results {
        writeln!(out, "{}", r.gold_file)?;
        writeln!(
            out,
            "  units {}  kappa {:.3}  colour accuracy {:.3}  pairing accuracy {:.3}  realisation accuracy {}",
            r.units.len(),
            r.kappa,
            r.colour_accuracy,
            r.pairing_accuracy,
            pct(r.realisation_accuracy)
        )?;
        for c in &r.per_colour {
            writeln!(
                out,
                "  {:<7} gold {:>3}  predicted {:>3}  precision {:>5}  recall {:>5}",
                c.colour.as_str(),
                c.gold,
                c.predicted,
                pct(c.precision),
                pct(c.recall)
            )?;
        }
        for m in &r.missing_titles {
            writeln!(out, "  not found in parse: {m}")?;
        }
        for u in &r.units {
            if u.gold != u.predicted || !u.pairing_ok {
                writeln!(
                    out,
                    "  ✗ label {} / spiegel {}{} {}",
                    class(u.gold),
                    class(u.predicted),
                    if u.pairing_ok {
                        ""
                    } else {
                        " (pairing differs)"
                    },
                    u.title
                )?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}
