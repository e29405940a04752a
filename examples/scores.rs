//! Tuning aid: prints the three best report candidates and their scores for
//! each planned activity.
//!
//! `cargo run --release --example scores -- BEGROTING JAARVERSLAG [--json]`
//! (`--json`: the whole matrix with the titles, for analysis scripts)
#![allow(clippy::print_stdout)]

use spiegel::config::Config;
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (plan, report, json) = match args.as_slice() {
        [_, p, r] => (p, r, false),
        [_, p, r, j] if j == "--json" => (p, r, true),
        _ => anyhow::bail!("usage: scores BEGROTING JAARVERSLAG [--json]"),
    };
    let cfg = Config::default();
    let p = spiegel::load(Path::new(plan), &cfg)?;
    let r = spiegel::load(Path::new(report), &cfg)?;
    let m = spiegel::matching::score_matrix(&p, &r);
    if json {
        let titles = |d: &spiegel::model::Document| -> Vec<String> {
            d.activities.iter().map(|a| a.title.clone()).collect()
        };
        let v = serde_json::json!({"plan": titles(&p), "report": titles(&r), "scores": m});
        println!("{v}");
        return Ok(());
    }
    for (i, row) in m.iter().enumerate() {
        let mut v: Vec<(usize, f64)> = row.iter().copied().enumerate().collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1));
        let top: Vec<String> = v
            .iter()
            .take(3)
            .map(|(j, s)| {
                format!(
                    "{s:.2} {}",
                    r.activities[*j].title.chars().take(40).collect::<String>()
                )
            })
            .collect();
        println!("{:.50} => {}", p.activities[i].title, top.join(" | "));
    }
    Ok(())
}
