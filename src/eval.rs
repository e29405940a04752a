//! Agreement with hand labels: audits a labelled pair (`gold.yaml`, format
//! in CONTRACT.md) and compares colours, pairings and realisation.
//!
//! Units: every planned activity of the gold file (classes red, yellow,
//! green) and every report item that either the gold file or spiegel calls
//! blue (classes blue, or "paired" when it answers a planned activity).
//! Cohen's kappa is computed over these units and classes.

use crate::config::Config;
use crate::model::{Audit, Colour, Realisation};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn to_vec(&self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct GoldIntention {
    text: String,
    accounted: bool,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct GoldItem {
    plan: Option<String>,
    #[serde(default)]
    report: Option<OneOrMany>,
    colour: String,
    #[serde(default)]
    realisation: Option<String>,
    #[serde(default)]
    intentions: Option<Vec<GoldIntention>>,
    #[serde(default)]
    why: Option<String>,
    #[serde(default)]
    confidence: Option<String>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct GoldFile {
    plan: String,
    report: String,
    #[serde(default)]
    encoding: Option<String>,
    items: Vec<GoldItem>,
}

pub use crate::text::title_key;

/// A class of a unit: a colour, or "paired" for a report item that answers
/// a planned activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    Red,
    Yellow,
    Green,
    Blue,
    Paired,
    /// The title was not found in spiegel's reading of the document.
    Missing,
}

impl From<Colour> for Class {
    fn from(c: Colour) -> Self {
        match c {
            Colour::Red => Class::Red,
            Colour::Yellow => Class::Yellow,
            Colour::Green => Class::Green,
            Colour::Blue => Class::Blue,
        }
    }
}

/// One unit compared.
#[derive(Debug, Clone, Serialize)]
pub struct UnitResult {
    pub title: String,
    pub gold: Class,
    pub predicted: Class,
    pub pairing_ok: bool,
    pub gold_reports: Vec<String>,
    pub predicted_reports: Vec<String>,
    pub gold_realisation: Option<String>,
    pub predicted_realisation: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ColourScore {
    pub colour: Colour,
    pub gold: usize,
    pub predicted: usize,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
}

/// Agreement on one labelled pair.
#[derive(Debug, Clone, Serialize)]
pub struct Agreement {
    pub gold_file: String,
    pub units: Vec<UnitResult>,
    pub kappa: f64,
    pub colour_accuracy: f64,
    pub pairing_accuracy: f64,
    pub realisation_accuracy: Option<f64>,
    pub per_colour: Vec<ColourScore>,
    /// Gold titles spiegel did not find in its reading of the documents.
    pub missing_titles: Vec<String>,
}

/// Cohen's kappa over paired labels.
pub fn cohen_kappa<T: Ord + Copy>(pairs: &[(T, T)]) -> f64 {
    let n = pairs.len() as f64;
    if pairs.is_empty() {
        return 0.0;
    }
    let agree = pairs.iter().filter(|(a, b)| a == b).count() as f64 / n;
    let mut ga: BTreeMap<T, f64> = BTreeMap::new();
    let mut gb: BTreeMap<T, f64> = BTreeMap::new();
    for (a, b) in pairs {
        *ga.entry(*a).or_default() += 1.0;
        *gb.entry(*b).or_default() += 1.0;
    }
    let expected: f64 = ga
        .iter()
        .map(|(k, ca)| ca / n * gb.get(k).copied().unwrap_or(0.0) / n)
        .sum();
    if (1.0 - expected).abs() < 1e-12 {
        return if agree == 1.0 { 1.0 } else { 0.0 };
    }
    (agree - expected) / (1.0 - expected)
}

/// Reads a gold file, audits its pair and compares.
pub fn evaluate(gold_path: &Path, cfg: &Config) -> Result<Agreement> {
    let text = std::fs::read_to_string(gold_path)
        .with_context(|| format!("{}: cannot read", gold_path.display()))?;
    let gold: GoldFile = serde_yaml::from_str(&text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!(":{}", l.line()))
            .unwrap_or_default();
        anyhow::anyhow!("{}{at}: invalid gold file: {e}", gold_path.display())
    })?;
    let dir = gold_path.parent().unwrap_or(Path::new("."));
    let plan: PathBuf = dir.join(&gold.plan);
    let report: PathBuf = dir.join(&gold.report);
    // A combined document (plan and report parts per intervention) names
    // the same file twice.
    let audit = if gold.plan == gold.report {
        crate::audit_combined(&plan, cfg)?.ok_or_else(|| {
            anyhow::anyhow!(
                "{}: plan and report are the same file, but it has no plan and report parts per intervention",
                plan.display()
            )
        })?
    } else {
        crate::audit_files(&plan, &report, cfg)?
    };
    Ok(compare(&gold, &audit, &gold_path.display().to_string()))
}

fn compare(gold: &GoldFile, audit: &Audit, name: &str) -> Agreement {
    let plan_index: BTreeMap<String, usize> = audit
        .plan
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| (title_key(&a.title), i))
        .collect();
    let report_index: BTreeMap<String, usize> = audit
        .report
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| (title_key(&a.title), i))
        .collect();
    let item_of_plan: BTreeMap<usize, usize> = audit
        .items
        .iter()
        .enumerate()
        .filter_map(|(k, it)| it.plan.map(|p| (p, k)))
        .collect();
    let predicted_blue: Vec<usize> = audit
        .items
        .iter()
        .filter(|it| it.colour == Colour::Blue)
        .flat_map(|it| it.reports.clone())
        .collect();
    let report_title = |r: usize| title_key(&audit.report.activities[r].title);
    let mut units = Vec::new();
    let mut missing = Vec::new();
    let mut gold_blue_keys = Vec::new();
    for g in &gold.items {
        let gold_reports: Vec<String> = g
            .report
            .as_ref()
            .map(OneOrMany::to_vec)
            .unwrap_or_default()
            .iter()
            .map(|s| title_key(s))
            .collect();
        for k in &gold_reports {
            if !report_index.contains_key(k) {
                missing.push(format!("report: {k}"));
            }
        }
        let gold_colour = Colour::parse(&g.colour)
            .map(Class::from)
            .unwrap_or(Class::Missing);
        match &g.plan {
            Some(pt) => {
                let key = title_key(pt);
                let found = plan_index
                    .get(&key)
                    .and_then(|p| item_of_plan.get(p))
                    .map(|&k| &audit.items[k]);
                let (predicted, preds, real) = match found {
                    Some(it) => (
                        Class::from(it.colour),
                        it.reports
                            .iter()
                            .map(|&r| report_title(r))
                            .collect::<Vec<_>>(),
                        Some(it.realisation.as_str().to_string()),
                    ),
                    None => {
                        missing.push(format!("plan: {key}"));
                        (Class::Missing, Vec::new(), None)
                    }
                };
                let mut a = gold_reports.clone();
                let mut b = preds.clone();
                a.sort();
                b.sort();
                units.push(UnitResult {
                    title: pt.clone(),
                    gold: gold_colour,
                    predicted,
                    pairing_ok: a == b,
                    gold_reports,
                    predicted_reports: preds,
                    gold_realisation: g.realisation.clone(),
                    predicted_realisation: real,
                });
            }
            None => {
                for key in gold_reports {
                    gold_blue_keys.push(key.clone());
                    let predicted = match report_index.get(&key) {
                        Some(r) if predicted_blue.contains(r) => Class::Blue,
                        Some(_) => Class::Paired,
                        None => Class::Missing,
                    };
                    units.push(UnitResult {
                        title: key,
                        gold: Class::Blue,
                        predicted,
                        pairing_ok: predicted == Class::Blue,
                        gold_reports: vec![],
                        predicted_reports: vec![],
                        gold_realisation: None,
                        predicted_realisation: None,
                    });
                }
            }
        }
    }
    // Blue according to spiegel, not according to the labels.
    for r in predicted_blue {
        let key = report_title(r);
        if !gold_blue_keys.contains(&key) {
            units.push(UnitResult {
                title: key,
                gold: Class::Paired,
                predicted: Class::Blue,
                pairing_ok: false,
                gold_reports: vec![],
                predicted_reports: vec![],
                gold_realisation: None,
                predicted_realisation: None,
            });
        }
    }
    let pairs: Vec<(Class, Class)> = units.iter().map(|u| (u.gold, u.predicted)).collect();
    let kappa = cohen_kappa(&pairs);
    let colour_accuracy =
        pairs.iter().filter(|(a, b)| a == b).count() as f64 / pairs.len().max(1) as f64;
    let pair_units: Vec<&UnitResult> = units.iter().filter(|u| u.gold != Class::Paired).collect();
    let pairing_accuracy =
        pair_units.iter().filter(|u| u.pairing_ok).count() as f64 / pair_units.len().max(1) as f64;
    let real: Vec<(&String, &String)> = units
        .iter()
        .filter(|u| u.gold != Class::Red)
        .filter_map(|u| {
            Some((
                u.gold_realisation.as_ref()?,
                u.predicted_realisation.as_ref()?,
            ))
        })
        .filter(|(g, _)| Realisation::parse(g).is_some())
        .collect();
    let realisation_accuracy = if real.is_empty() {
        None
    } else {
        Some(real.iter().filter(|(g, p)| g == p).count() as f64 / real.len() as f64)
    };
    let per_colour = Colour::ALL
        .iter()
        .map(|&c| {
            let cls = Class::from(c);
            let gold_n = pairs.iter().filter(|(g, _)| *g == cls).count();
            let pred_n = pairs.iter().filter(|(_, p)| *p == cls).count();
            let both = pairs.iter().filter(|(g, p)| *g == cls && *p == cls).count();
            ColourScore {
                colour: c,
                gold: gold_n,
                predicted: pred_n,
                precision: (pred_n > 0).then(|| both as f64 / pred_n as f64),
                recall: (gold_n > 0).then(|| both as f64 / gold_n as f64),
            }
        })
        .collect();
    Agreement {
        gold_file: name.to_string(),
        units,
        kappa,
        colour_accuracy,
        pairing_accuracy,
        realisation_accuracy,
        per_colour,
        missing_titles: missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kappa_perfect_and_chance() {
        let perfect = vec![(1, 1), (2, 2), (3, 3), (1, 1)];
        assert!((cohen_kappa(&perfect) - 1.0).abs() < 1e-9);
        // Classic example: 20 units, agreement 0.7, expected 0.5 -> 0.4.
        let mut v = Vec::new();
        v.extend(std::iter::repeat_n((1, 1), 7));
        v.extend(std::iter::repeat_n((2, 2), 7));
        v.extend(std::iter::repeat_n((1, 2), 3));
        v.extend(std::iter::repeat_n((2, 1), 3));
        assert!((cohen_kappa(&v) - 0.4).abs() < 1e-9);
    }

    #[test]
    fn title_keys_fold_case_diacritics_and_markers() {
        assert_eq!(
            title_key("- We zetten in op Cliënten."),
            title_key("we zetten in op cliénten")
        );
    }
}
