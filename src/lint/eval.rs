//! Scoring `spiegel lint` against hand labels. Input: a folder with two
//! labellers' files (`labels-A.yaml`, `labels-B.yaml`, format of
//! LINT-LABELLING.md), the settled labels (`settled.yaml`, same format)
//! and `corpus.yaml` (where each begroting is and its split). Output: a
//! [`LintEval`]: the labellers' agreement (Cohen's kappa on the three
//! findings) and spiegel's agreement with the settled labels, per split.
//!
//! An activity is matched by the line of its title (spiegel's activity
//! whose title lines hold the label's line), else by its title. A labelled
//! activity spiegel did not read counts as a disagreement ("missing").

use super::Finding;
use crate::config::Config;
use crate::eval::cohen_kappa;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A labeller's file (LINT-LABELLING.md).
#[derive(Debug, Clone, Deserialize)]
pub struct LabelFile {
    pub documents: Vec<LabelledDoc>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LabelledDoc {
    pub file: String,
    #[serde(default)]
    pub year: Option<i32>,
    pub activities: Vec<LabelledActivity>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LabelledActivity {
    pub title: String,
    pub line: usize,
    pub finding: String,
    #[serde(default)]
    pub missing: Vec<String>,
    #[serde(default)]
    pub sentence_line: Option<usize>,
}

/// `corpus.yaml`: where each labelled begroting is.
#[derive(Debug, Clone, Deserialize)]
struct Corpus {
    documents: Vec<CorpusDoc>,
}

#[derive(Debug, Clone, Deserialize)]
struct CorpusDoc {
    file: String,
    path: PathBuf,
    split: crate::eval::Split,
}

/// A unit's class: a finding, or (for spiegel) not read at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Class {
    Ok,
    Weak,
    Uncheckable,
    /// The activity was not read (spiegel) or not labelled (a labeller).
    Missing,
}

impl From<Finding> for Class {
    fn from(f: Finding) -> Class {
        match f {
            Finding::Ok => Class::Ok,
            Finding::Weak => Class::Weak,
            Finding::Uncheckable => Class::Uncheckable,
        }
    }
}

impl Class {
    fn of_label(s: &str, file: &str, line: usize) -> Result<Class> {
        match Finding::parse(s) {
            Some(f) => Ok(f.into()),
            None => bail!("{file}:{line}: unknown finding '{s}' (ok, weak, uncheckable)"),
        }
    }
}

/// One disagreement, for reading.
#[derive(Debug, Clone, Serialize)]
pub struct Disagreement {
    pub file: String,
    pub line: usize,
    pub title: String,
    pub left: Class,
    pub right: Class,
}

/// Agreement between two sides over the same units.
#[derive(Debug, Clone, Serialize)]
pub struct Agreement {
    pub units: usize,
    pub kappa: f64,
    pub raw: f64,
    pub disagreements: Vec<Disagreement>,
}

impl Agreement {
    fn of(units: Vec<(String, usize, String, Class, Class)>) -> Agreement {
        let pairs: Vec<(Class, Class)> = units.iter().map(|u| (u.3, u.4)).collect();
        let same = pairs.iter().filter(|(a, b)| a == b).count();
        Agreement {
            units: pairs.len(),
            kappa: (cohen_kappa(&pairs) * 1000.0).round() / 1000.0,
            raw: if pairs.is_empty() {
                0.0
            } else {
                (same as f64 / pairs.len() as f64 * 1000.0).round() / 1000.0
            },
            disagreements: units
                .into_iter()
                .filter(|u| u.3 != u.4)
                .map(|(file, line, title, left, right)| Disagreement {
                    file,
                    line,
                    title,
                    left,
                    right,
                })
                .collect(),
        }
    }
}

/// Everything `spiegel eval --lint` reports.
#[derive(Debug, Clone, Serialize)]
pub struct LintEval {
    /// Labeller A against labeller B, all documents.
    pub labellers: Agreement,
    /// spiegel against the settled labels, dev documents (tuned on).
    pub dev: Agreement,
    /// spiegel against the settled labels, test documents (never tuned on).
    pub test: Agreement,
}

fn read_labels(path: &Path) -> Result<LabelFile> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    serde_yaml::from_str(&text)
        .with_context(|| format!("{}: not a lint label file", path.display()))
}

/// A labeller's finding per (file, line).
fn classes(l: &LabelFile) -> Result<Vec<(String, usize, String, Class)>> {
    let mut out = Vec::new();
    for d in &l.documents {
        for a in &d.activities {
            out.push((
                d.file.clone(),
                a.line,
                a.title.clone(),
                Class::of_label(&a.finding, &d.file, a.line)?,
            ));
        }
    }
    Ok(out)
}

/// Labeller A against labeller B; an activity one of them did not label
/// counts as "missing" for that one.
pub fn labeller_agreement(a: &LabelFile, b: &LabelFile) -> Result<Agreement> {
    let ca = classes(a)?;
    let cb = classes(b)?;
    let mut units = Vec::new();
    for (file, line, title, c) in &ca {
        let other = cb
            .iter()
            .find(|(f, l, t, _)| {
                f == file
                    && (l == line || crate::text::title_key(t) == crate::text::title_key(title))
            })
            .map(|u| u.3)
            .unwrap_or(Class::Missing);
        units.push((file.clone(), *line, title.clone(), *c, other));
    }
    for (file, line, title, c) in &cb {
        let seen = ca.iter().any(|(f, l, t, _)| {
            f == file && (l == line || crate::text::title_key(t) == crate::text::title_key(title))
        });
        if !seen {
            units.push((file.clone(), *line, title.clone(), Class::Missing, *c));
        }
    }
    Ok(Agreement::of(units))
}

/// spiegel's finding for the activity whose title is at `line` (or has
/// this title).
fn spiegel_class(l: &super::Lint, line: usize, title: &str) -> Class {
    let key = crate::text::title_key(title);
    let acts = &l.plan.activities;
    let by_line = l
        .items
        .iter()
        .find(|it| {
            let a = &acts[it.activity];
            (a.span.start_line..=a.title_end_line).contains(&line)
        })
        .or_else(|| {
            l.items
                .iter()
                .find(|it| crate::text::title_key(&acts[it.activity].title) == key)
        });
    by_line
        .map(|it| it.finding.into())
        .unwrap_or(Class::Missing)
}

/// Scores the folder of lint labels (see the module doc).
pub fn evaluate(dir: &Path, cfg: &Config) -> Result<LintEval> {
    let a = read_labels(&dir.join("labels-A.yaml"))?;
    let b = read_labels(&dir.join("labels-B.yaml"))?;
    let settled = read_labels(&dir.join("settled.yaml"))?;
    let corpus_path = dir.join("corpus.yaml");
    let corpus: Corpus = serde_yaml::from_str(
        &std::fs::read_to_string(&corpus_path)
            .with_context(|| format!("{}: cannot read", corpus_path.display()))?,
    )
    .with_context(|| format!("{}: not a lint corpus file", corpus_path.display()))?;
    let labellers = labeller_agreement(&a, &b)?;
    let mut dev = Vec::new();
    let mut test = Vec::new();
    for d in &settled.documents {
        let Some(c) = corpus.documents.iter().find(|c| c.file == d.file) else {
            bail!(
                "{}: {} is not in corpus.yaml",
                dir.join("settled.yaml").display(),
                d.file
            );
        };
        let doc =
            crate::load(&dir.join(&c.path), cfg).map_err(|e| anyhow::anyhow!(e.message(false)))?;
        let lint = super::lint(doc);
        let units = if c.split == crate::eval::Split::Test {
            &mut test
        } else {
            &mut dev
        };
        for act in &d.activities {
            let label = Class::of_label(&act.finding, &d.file, act.line)?;
            units.push((
                d.file.clone(),
                act.line,
                act.title.clone(),
                label,
                spiegel_class(&lint, act.line, &act.title),
            ));
        }
    }
    Ok(LintEval {
        labellers,
        dev: Agreement::of(dev),
        test: Agreement::of(test),
    })
}

/// The evaluation as text: kappa, raw agreement, the disagreements.
pub fn render(e: &LintEval, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let side = |out: &mut dyn std::io::Write, name: &str, a: &Agreement, l: &str, r: &str| {
        writeln!(
            out,
            "{name}: kappa {:.3}, agreement {:.3} over {} activities",
            a.kappa, a.raw, a.units
        )?;
        for d in &a.disagreements {
            writeln!(
                out,
                "  ✗ {l} {:?}, {r} {:?}: {}:{} {}",
                d.left, d.right, d.file, d.line, d.title
            )?;
        }
        Ok::<(), std::io::Error>(())
    };
    side(out, "labellers A/B", &e.labellers, "A", "B")?;
    side(out, "spiegel, dev", &e.dev, "label", "spiegel")?;
    side(out, "spiegel, test", &e.test, "label", "spiegel")?;
    Ok(())
}
