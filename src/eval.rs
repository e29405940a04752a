//! Agreement with hand labels: audits labelled pairs (`gold.yaml`, format
//! in CONTRACT.md, additive fields in docs/evaluation.md) and compares
//! colours, pairings, realisation and intentions; pools the pairs; compares
//! two labellers of the same pair.
//!
//! Units: every planned activity of the gold file (classes red, yellow,
//! green) and every report item that either the gold file or spiegel calls
//! blue (classes blue, or "paired" when it answers a planned activity).
//! Cohen's kappa is computed over these units and classes, per pair and
//! pooled over all units of the selected pairs. The pooled kappa carries a
//! 95% bootstrap interval: units are resampled with replacement within each
//! pair (each pair keeps its size), 1000 times, from a fixed seed, so the
//! interval is the same on every run.
//!
//! Intentions are measured only where the labels say where they are: a gold
//! item whose intentions all carry `line:` (the 1-based plan line the
//! intention paraphrases). A gold intention matches a spiegel intention
//! whose sentence starts on that line, or else whose sentence span holds
//! it (one to one). Precision and recall of extraction, and, for matched
//! intentions, evidence accuracy (spiegel's `accounted` equals the label's).

use crate::config::Config;
use crate::model::{Audit, Colour, Realisation};
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
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

#[derive(Debug, Clone, Deserialize)]
#[allow(dead_code)]
struct GoldIntention {
    text: String,
    accounted: bool,
    /// The 1-based plan line the intention paraphrases.
    #[serde(default)]
    line: Option<usize>,
}

#[derive(Debug, Clone, Deserialize)]
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

impl GoldItem {
    fn report_keys(&self) -> Vec<String> {
        self.report
            .as_ref()
            .map(OneOrMany::to_vec)
            .unwrap_or_default()
            .iter()
            .map(|s| title_key(s))
            .collect()
    }
}

#[derive(Debug, Clone, Deserialize)]
#[allow(dead_code)]
struct GoldFile {
    plan: String,
    report: String,
    #[serde(default)]
    encoding: Option<String>,
    #[serde(default)]
    split: Split,
    items: Vec<GoldItem>,
}

use crate::judge::confidence::Band;
pub use crate::text::title_key;

/// Which side of the dev/test split a labelled pair is on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Split {
    /// Rules and thresholds may be chosen by looking at it.
    #[default]
    Dev,
    /// Frozen: measured when a change set is done, never tuned on.
    Test,
}

/// The pairs `spiegel eval --split` selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SplitChoice {
    Dev,
    Test,
    All,
}

impl Split {
    pub fn as_str(self) -> &'static str {
        match self {
            Split::Dev => "dev",
            Split::Test => "test",
        }
    }
}

impl SplitChoice {
    pub fn as_str(self) -> &'static str {
        match self {
            SplitChoice::Dev => "dev",
            SplitChoice::Test => "test",
            SplitChoice::All => "all",
        }
    }

    pub fn admits(self, s: Split) -> bool {
        matches!(
            (self, s),
            (SplitChoice::All, _)
                | (SplitChoice::Dev, Split::Dev)
                | (SplitChoice::Test, Split::Test)
        )
    }
}

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
    /// The title was not found in spiegel's reading of the document (or,
    /// between two labellers, in the other labeller's file).
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

impl Class {
    pub const ALL: [Class; 6] = [
        Class::Red,
        Class::Yellow,
        Class::Green,
        Class::Blue,
        Class::Paired,
        Class::Missing,
    ];

    /// The word in eval output: the legend's Dutch colour names.
    pub fn label(self) -> &'static str {
        match self {
            Class::Red => "Rood",
            Class::Yellow => "Geel",
            Class::Green => "Groen",
            Class::Blue => "Blauw",
            Class::Paired => "gekoppeld",
            Class::Missing => "ontbreekt",
        }
    }

    fn is_planned(self) -> bool {
        matches!(self, Class::Red | Class::Yellow | Class::Green)
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
    /// spiegel's confidence in its verdict (None where it gave none: an
    /// item it did not find).
    pub confidence: Option<f64>,
}

/// Agreement within one confidence band.
#[derive(Debug, Clone, Serialize)]
pub struct BandScore {
    pub band: crate::judge::confidence::Band,
    pub units: usize,
    pub agree: usize,
    pub colour_accuracy: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ColourScore {
    pub colour: Colour,
    pub gold: usize,
    pub predicted: usize,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
}

/// Intention extraction and evidence, counted over the gold items whose
/// intentions all carry `line:`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct IntentionScore {
    /// Gold items measured.
    pub items: usize,
    /// Gold intentions on them.
    pub gold: usize,
    /// spiegel's intentions on the same items.
    pub predicted: usize,
    /// Gold intentions matched to one of spiegel's.
    pub matched: usize,
    /// Matched intentions where spiegel's `accounted` equals the label's.
    pub evidence_agree: usize,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub evidence_accuracy: Option<f64>,
}

impl IntentionScore {
    fn add(&mut self, o: &IntentionScore) {
        self.items += o.items;
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched += o.matched;
        self.evidence_agree += o.evidence_agree;
        self.finish();
    }

    fn finish(&mut self) {
        let ratio = |a: usize, b: usize| (b > 0).then(|| a as f64 / b as f64);
        self.precision = ratio(self.matched, self.predicted);
        self.recall = ratio(self.matched, self.gold);
        self.evidence_accuracy = ratio(self.evidence_agree, self.matched);
    }
}

/// Agreement on one labelled pair.
#[derive(Debug, Clone, Serialize)]
pub struct Agreement {
    pub gold_file: String,
    pub split: Split,
    pub units: Vec<UnitResult>,
    pub kappa: f64,
    pub colour_accuracy: f64,
    pub pairing_accuracy: f64,
    /// Over the units both the label and spiegel give a planned colour
    /// (red, yellow, green) with a realisation.
    pub realisation_accuracy: Option<f64>,
    pub per_colour: Vec<ColourScore>,
    pub intentions: IntentionScore,
    /// Gold titles spiegel did not find in its reading of the documents.
    pub missing_titles: Vec<String>,
}

/// A bootstrap interval.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
    pub level: f64,
    pub resamples: usize,
    pub seed: u64,
}

/// The selected pairs taken together.
#[derive(Debug, Clone, Serialize)]
pub struct Pooled {
    pub pairs: usize,
    pub units: usize,
    pub kappa: f64,
    pub kappa_interval: Interval,
    pub colour_accuracy: f64,
    pub pairing_accuracy: f64,
    pub realisation_accuracy: Option<f64>,
    /// Units the realisation accuracy is over.
    pub realisation_units: usize,
    pub per_colour: Vec<ColourScore>,
    pub intentions: IntentionScore,
    /// Colour agreement per confidence band: the disagreements should sit
    /// where spiegel said it was unsure.
    pub per_band: Vec<BandScore>,
}

/// What `spiegel eval` reports: the pooled figures and one row per pair.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub split: SplitChoice,
    pub pooled: Pooled,
    pub pairs: Vec<Agreement>,
}

/// Resamples of the pooled kappa's bootstrap interval.
pub const BOOTSTRAP_RESAMPLES: usize = 1000;
/// Seed of the bootstrap: fixed, so the interval is the same on every run.
pub const BOOTSTRAP_SEED: u64 = 0x5EED_0009_5B1E_6E1A;

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

/// xorshift64*: small, fast and the same on every platform; enough for
/// drawing bootstrap indices (not for anything secret).
struct XorShift(u64);

impl XorShift {
    fn new(seed: u64) -> Self {
        XorShift(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }

    fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in 0..n (n > 0), by multiply-shift (no modulo bias to speak of).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}

/// A percentile bootstrap interval of the pooled kappa: each resample draws,
/// for every group (pair), as many units as it has, with replacement.
pub fn bootstrap_kappa<T: Ord + Copy>(
    groups: &[Vec<(T, T)>],
    resamples: usize,
    seed: u64,
    level: f64,
) -> Interval {
    let mut rng = XorShift::new(seed);
    let mut kappas = Vec::with_capacity(resamples);
    let mut sample = Vec::new();
    for _ in 0..resamples {
        sample.clear();
        for g in groups.iter().filter(|g| !g.is_empty()) {
            for _ in 0..g.len() {
                sample.push(g[rng.below(g.len())]);
            }
        }
        kappas.push(cohen_kappa(&sample));
    }
    kappas.sort_by(f64::total_cmp);
    let (low, high) = if kappas.is_empty() {
        (0.0, 0.0)
    } else {
        let tail = (1.0 - level) / 2.0;
        let r = kappas.len();
        let lo = ((r as f64 * tail).floor() as usize).min(r - 1);
        let hi = ((r as f64 * (1.0 - tail)).ceil() as usize)
            .saturating_sub(1)
            .min(r - 1);
        (kappas[lo], kappas[hi])
    };
    Interval {
        low,
        high,
        level,
        resamples,
        seed,
    }
}

/// Matches gold intentions (by their plan line) to spiegel's (by their
/// sentence span, first and last line): first the spiegel intention whose
/// sentence starts on the line, else one whose span holds it. One to one,
/// in order; returns, per gold line, the index of the matched spiegel
/// intention.
pub fn match_intentions(gold_lines: &[usize], spans: &[(usize, usize)]) -> Vec<Option<usize>> {
    let mut taken = vec![false; spans.len()];
    let mut out = vec![None; gold_lines.len()];
    for (g, &line) in gold_lines.iter().enumerate() {
        if let Some(k) = (0..spans.len()).find(|&k| !taken[k] && spans[k].0 == line) {
            taken[k] = true;
            out[g] = Some(k);
        }
    }
    for (g, &line) in gold_lines.iter().enumerate() {
        if out[g].is_some() {
            continue;
        }
        if let Some(k) =
            (0..spans.len()).find(|&k| !taken[k] && spans[k].0 <= line && line <= spans[k].1)
        {
            taken[k] = true;
            out[g] = Some(k);
        }
    }
    out
}

/// A gold file read, not yet audited.
#[derive(Debug, Clone)]
pub struct LabelledPair {
    pub path: PathBuf,
    pub split: Split,
    gold: GoldFile,
}

/// Reads a gold file.
pub fn load(gold_path: &Path) -> Result<LabelledPair> {
    let text = std::fs::read_to_string(gold_path)
        .with_context(|| format!("{}: cannot read", gold_path.display()))?;
    let gold: GoldFile = serde_yaml::from_str(&text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!(":{}", l.line()))
            .unwrap_or_default();
        anyhow::anyhow!("{}{at}: invalid gold file: {e}", gold_path.display())
    })?;
    Ok(LabelledPair {
        path: gold_path.to_path_buf(),
        split: gold.split,
        gold,
    })
}

/// The gold files named: a file as given, a folder searched recursively
/// for `gold.yaml` (sorted, each file once).
pub fn find_gold_files(args: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = Vec::new();
    for a in args {
        if a.is_dir() {
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(a)
                .sort_by_file_name()
                .into_iter()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_file() && e.file_name() == "gold.yaml")
                .map(|e| e.into_path())
                .collect();
            if found.is_empty() {
                bail!("{}: no gold.yaml in this folder or below", a.display());
            }
            found.sort();
            out.extend(found);
        } else if a.is_file() {
            out.push(a.clone());
        } else {
            bail!(
                "{}: not found; give gold.yaml files or folders",
                a.display()
            );
        }
    }
    let mut seen = BTreeSet::new();
    out.retain(|p| seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())));
    Ok(out)
}

/// Reads a gold file, audits its pair and compares.
pub fn evaluate(gold_path: &Path, cfg: &Config) -> Result<Agreement> {
    evaluate_pair(&load(gold_path)?, cfg)
}

/// Audits a labelled pair and compares.
pub fn evaluate_pair(pair: &LabelledPair, cfg: &Config) -> Result<Agreement> {
    let gold = &pair.gold;
    let dir = pair.path.parent().unwrap_or(Path::new("."));
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
    Ok(compare(gold, &audit, &pair.path.display().to_string()))
}

/// Evaluates the pairs and pools them.
pub fn report(pairs: &[LabelledPair], split: SplitChoice, cfg: &Config) -> Result<Report> {
    let results = pairs
        .iter()
        .map(|p| evaluate_pair(p, cfg))
        .collect::<Result<Vec<_>>>()?;
    Ok(Report {
        schema_version: 1,
        split,
        pooled: pool(&results),
        pairs: results,
    })
}

/// The figures every pair row and the pooled row have.
struct Figures {
    kappa: f64,
    colour_accuracy: f64,
    pairing_accuracy: f64,
    realisation_accuracy: Option<f64>,
    realisation_units: usize,
    per_colour: Vec<ColourScore>,
}

fn figures(units: &[&UnitResult]) -> Figures {
    let pairs: Vec<(Class, Class)> = units.iter().map(|u| (u.gold, u.predicted)).collect();
    let kappa = cohen_kappa(&pairs);
    let colour_accuracy =
        pairs.iter().filter(|(a, b)| a == b).count() as f64 / pairs.len().max(1) as f64;
    let pair_units: Vec<&&UnitResult> = units.iter().filter(|u| u.gold != Class::Paired).collect();
    let pairing_accuracy =
        pair_units.iter().filter(|u| u.pairing_ok).count() as f64 / pair_units.len().max(1) as f64;
    let real: Vec<(&String, &String)> = units
        .iter()
        .filter(|u| u.gold.is_planned() && u.predicted.is_planned())
        .filter_map(|u| {
            Some((
                u.gold_realisation.as_ref()?,
                u.predicted_realisation.as_ref()?,
            ))
        })
        .filter(|(g, _)| Realisation::parse(g).is_some())
        .collect();
    let realisation_accuracy = (!real.is_empty())
        .then(|| real.iter().filter(|(g, p)| g == p).count() as f64 / real.len() as f64);
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
    Figures {
        kappa,
        colour_accuracy,
        pairing_accuracy,
        realisation_accuracy,
        realisation_units: real.len(),
        per_colour,
    }
}

/// All units of all pairs taken together, with the bootstrap interval of
/// the pooled kappa.
pub fn pool(results: &[Agreement]) -> Pooled {
    let all: Vec<&UnitResult> = results.iter().flat_map(|r| r.units.iter()).collect();
    let f = figures(&all);
    let groups: Vec<Vec<(Class, Class)>> = results
        .iter()
        .map(|r| r.units.iter().map(|u| (u.gold, u.predicted)).collect())
        .collect();
    let mut intentions = IntentionScore::default();
    for r in results {
        intentions.add(&r.intentions);
    }
    let per_band = [Band::High, Band::Medium, Band::Low]
        .into_iter()
        .map(|band| {
            let in_band: Vec<&&UnitResult> = all
                .iter()
                .filter(|u| u.confidence.is_some_and(|c| Band::of(c) == band))
                .collect();
            let agree = in_band.iter().filter(|u| u.gold == u.predicted).count();
            BandScore {
                band,
                units: in_band.len(),
                agree,
                colour_accuracy: (!in_band.is_empty()).then(|| agree as f64 / in_band.len() as f64),
            }
        })
        .collect();
    Pooled {
        per_band,
        pairs: results.len(),
        units: all.len(),
        kappa: f.kappa,
        kappa_interval: bootstrap_kappa(&groups, BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, 0.95),
        colour_accuracy: f.colour_accuracy,
        pairing_accuracy: f.pairing_accuracy,
        realisation_accuracy: f.realisation_accuracy,
        realisation_units: f.realisation_units,
        per_colour: f.per_colour,
        intentions,
    }
}

/// Whether a title key word is an activity marker word ("activiteit",
/// "maatregel", "resultaat"), folded as keys are.
fn is_activity_word(w: &str) -> bool {
    let m = crate::parse::markers::Markers::builtin();
    m.lists
        .activiteit
        .iter()
        .map(String::as_str)
        .chain(
            crate::parse::markers::NUMBERED_ACTIVITY_WORDS
                .iter()
                .copied(),
        )
        .any(|a| crate::text::fold(a) == w)
}

/// A title key without the marker word and numbers it opens with
/// ("activiteit 4 1 1 buurtsportcoaches in elke wijk" -> "buurtsportcoaches
/// in elke wijk"). A marker word goes only with a number after it.
fn bare_key(key: &str) -> String {
    let words: Vec<&str> = key.split(' ').collect();
    let is_number = |w: &&str| w.chars().all(|c| c.is_ascii_digit());
    let mut k = 0;
    if words.len() > 2 && is_activity_word(words[0]) && is_number(&words[1]) {
        k = 1;
    }
    while k + 1 < words.len() && is_number(&words[k]) {
        k += 1;
    }
    words[k..].join(" ")
}

/// One side's titles by their keys. A labeller may write a heading whole
/// ("Activiteit 4.1.1 Buurtsportcoaches in elke wijk") where spiegel reads
/// the marker word and the number apart from the title, or the other way
/// round: a key is found as written, else without its leading marker word
/// and numbers.
struct TitleIndex {
    keys: Vec<String>,
    by_key: BTreeMap<String, usize>,
}

impl TitleIndex {
    fn new<'a>(titles: impl Iterator<Item = &'a str>) -> TitleIndex {
        let keys: Vec<String> = titles.map(title_key).collect();
        let mut by_key = BTreeMap::new();
        for (i, k) in keys.iter().enumerate() {
            by_key.entry(k.clone()).or_insert(i);
        }
        for (i, k) in keys.iter().enumerate() {
            by_key.entry(bare_key(k)).or_insert(i);
        }
        TitleIndex { keys, by_key }
    }

    fn find(&self, key: &str) -> Option<usize> {
        self.by_key
            .get(key)
            .or_else(|| self.by_key.get(&bare_key(key)))
            .copied()
    }

    /// spiegel's key for the title a labeller's key names (the labeller's
    /// own when there is none).
    fn canonical(&self, key: &str) -> String {
        self.find(key)
            .map_or_else(|| key.to_string(), |i| self.keys[i].clone())
    }
}

fn compare(gold: &GoldFile, audit: &Audit, name: &str) -> Agreement {
    let plan_index = TitleIndex::new(audit.plan.activities.iter().map(|a| a.title.as_str()));
    let report_index = TitleIndex::new(audit.report.activities.iter().map(|a| a.title.as_str()));
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
    let report_title = |r: usize| report_index.keys[r].clone();
    // The confidence of the verdict on a report item (a report item is in
    // one item only: the planned one it answers, or its own blue one).
    let confidence_of_report = |key: &str| {
        report_index.find(key).and_then(|r| {
            audit
                .items
                .iter()
                .find(|it| it.reports.contains(&r))
                .map(|it| it.confidence)
        })
    };
    let mut units = Vec::new();
    let mut missing = Vec::new();
    let mut gold_blue_keys = Vec::new();
    let mut intentions = IntentionScore::default();
    for g in &gold.items {
        let gold_reports: Vec<String> = g
            .report_keys()
            .iter()
            .map(|k| report_index.canonical(k))
            .collect();
        for k in &gold_reports {
            if report_index.find(k).is_none() {
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
                    .find(&key)
                    .and_then(|p| item_of_plan.get(&p))
                    .map(|&k| &audit.items[k]);
                let confidence = found.map(|it| it.confidence);
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
                // Intentions, where the labels give every one its line.
                let located: Option<Vec<(usize, bool)>> = g
                    .intentions
                    .as_ref()
                    .filter(|v| !v.is_empty())
                    .and_then(|v| v.iter().map(|i| Some((i.line?, i.accounted))).collect());
                if let Some(gi) = located {
                    let spiegel: &[crate::model::Intention] =
                        found.map(|it| it.intentions.as_slice()).unwrap_or(&[]);
                    let lines: Vec<usize> = gi.iter().map(|(l, _)| *l).collect();
                    let spans: Vec<(usize, usize)> = spiegel
                        .iter()
                        .map(|i| (i.span.start_line, i.span.end_line))
                        .collect();
                    let m = match_intentions(&lines, &spans);
                    intentions.items += 1;
                    intentions.gold += gi.len();
                    intentions.predicted += spiegel.len();
                    for (k, hit) in m.iter().enumerate() {
                        if let Some(s) = hit {
                            intentions.matched += 1;
                            if spiegel[*s].accounted == gi[k].1 {
                                intentions.evidence_agree += 1;
                            }
                        }
                    }
                }
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
                    confidence,
                });
            }
            None => {
                for key in gold_reports {
                    gold_blue_keys.push(key.clone());
                    let predicted = match report_index.find(&key) {
                        Some(r) if predicted_blue.contains(&r) => Class::Blue,
                        Some(_) => Class::Paired,
                        None => Class::Missing,
                    };
                    let confidence = confidence_of_report(&key);
                    units.push(UnitResult {
                        title: key,
                        gold: Class::Blue,
                        predicted,
                        pairing_ok: predicted == Class::Blue,
                        gold_reports: vec![],
                        predicted_reports: vec![],
                        gold_realisation: None,
                        predicted_realisation: None,
                        confidence,
                    });
                }
            }
        }
    }
    // Blue according to spiegel, not according to the labels.
    for r in predicted_blue {
        let key = report_title(r);
        if !gold_blue_keys.contains(&key) {
            let confidence = confidence_of_report(&key);
            units.push(UnitResult {
                title: key,
                gold: Class::Paired,
                predicted: Class::Blue,
                pairing_ok: false,
                gold_reports: vec![],
                predicted_reports: vec![],
                gold_realisation: None,
                predicted_realisation: None,
                confidence,
            });
        }
    }
    intentions.finish();
    let refs: Vec<&UnitResult> = units.iter().collect();
    let f = figures(&refs);
    Agreement {
        gold_file: name.to_string(),
        split: gold.split,
        units,
        kappa: f.kappa,
        colour_accuracy: f.colour_accuracy,
        pairing_accuracy: f.pairing_accuracy,
        realisation_accuracy: f.realisation_accuracy,
        per_colour: f.per_colour,
        intentions,
        missing_titles: missing,
    }
}

/// A unit two labellers disagree on.
#[derive(Debug, Clone, Serialize)]
pub struct Disagreement {
    /// `plan` (a planned activity, by plan title) or `report` (a report
    /// item one of them calls blue, by report title).
    pub side: &'static str,
    pub title: String,
    pub a: Class,
    pub b: Class,
}

/// Agreement between two labellers of the same pair.
#[derive(Debug, Clone, Serialize)]
pub struct LabellerAgreement {
    pub a: String,
    pub b: String,
    pub units: usize,
    pub kappa: f64,
    pub raw_agreement: f64,
    /// The classes that occur, in the order of the matrix rows and columns.
    pub classes: Vec<Class>,
    /// `matrix[i][j]`: units labeller A put in `classes[i]` and B in
    /// `classes[j]`.
    pub matrix: Vec<Vec<usize>>,
    pub disagreements: Vec<Disagreement>,
}

/// Each labeller's class per unit: planned activities by plan title, then
/// report items either calls blue by report title.
fn labeller_units(a: &GoldFile, b: &GoldFile) -> Vec<(&'static str, String, Class, Class)> {
    fn planned(g: &GoldFile) -> BTreeMap<String, Class> {
        let mut m = BTreeMap::new();
        for it in &g.items {
            if let Some(p) = &it.plan {
                let c = Colour::parse(&it.colour)
                    .map(Class::from)
                    .unwrap_or(Class::Missing);
                m.entry(title_key(p)).or_insert(c);
            }
        }
        m
    }
    fn report_class(g: &GoldFile, key: &str) -> Class {
        let listed = |blue: bool| {
            g.items
                .iter()
                .filter(|it| it.plan.is_none() == blue)
                .any(|it| it.report_keys().iter().any(|k| k == key))
        };
        if listed(true) {
            Class::Blue
        } else if listed(false) {
            Class::Paired
        } else {
            Class::Missing
        }
    }
    let (pa, pb) = (planned(a), planned(b));
    // Keys in the order first met, each with the title as first written.
    let mut order: Vec<(String, String)> = Vec::new();
    for g in [a, b] {
        for it in &g.items {
            if let Some(p) = &it.plan {
                let k = title_key(p);
                if !order.iter().any(|(o, _)| *o == k) {
                    order.push((k, p.clone()));
                }
            }
        }
    }
    let mut out: Vec<(&'static str, String, Class, Class)> = order
        .into_iter()
        .map(|(k, title)| {
            let ca = pa.get(&k).copied().unwrap_or(Class::Missing);
            let cb = pb.get(&k).copied().unwrap_or(Class::Missing);
            ("plan", title, ca, cb)
        })
        .collect();
    let mut blue: Vec<(String, String)> = Vec::new();
    for g in [a, b] {
        for it in g.items.iter().filter(|it| it.plan.is_none()) {
            let titles = it
                .report
                .as_ref()
                .map(OneOrMany::to_vec)
                .unwrap_or_default();
            for title in titles {
                let k = title_key(&title);
                if !blue.iter().any(|(o, _)| *o == k) {
                    blue.push((k, title));
                }
            }
        }
    }
    for (k, title) in blue {
        let (ca, cb) = (report_class(a, &k), report_class(b, &k));
        out.push(("report", title, ca, cb));
    }
    out
}

/// Compares two labellers' gold files of the same pair.
pub fn labeller_agreement(a_path: &Path, b_path: &Path) -> Result<LabellerAgreement> {
    let (a, b) = (load(a_path)?, load(b_path)?);
    let name = |s: &str| {
        Path::new(s)
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_default()
    };
    if name(&a.gold.plan) != name(&b.gold.plan) || name(&a.gold.report) != name(&b.gold.report) {
        bail!(
            "{} and {}: not the same pair (plan {} / {}, report {} / {})",
            a_path.display(),
            b_path.display(),
            a.gold.plan,
            b.gold.plan,
            a.gold.report,
            b.gold.report
        );
    }
    let units = labeller_units(&a.gold, &b.gold);
    let pairs: Vec<(Class, Class)> = units.iter().map(|u| (u.2, u.3)).collect();
    let classes: Vec<Class> = Class::ALL
        .iter()
        .copied()
        .filter(|c| pairs.iter().any(|(x, y)| x == c || y == c))
        .collect();
    let at = |c: Class| classes.iter().position(|&k| k == c).unwrap_or(0);
    let mut matrix = vec![vec![0; classes.len()]; classes.len()];
    for (x, y) in &pairs {
        matrix[at(*x)][at(*y)] += 1;
    }
    let agree = pairs.iter().filter(|(x, y)| x == y).count();
    Ok(LabellerAgreement {
        a: a_path.display().to_string(),
        b: b_path.display().to_string(),
        units: pairs.len(),
        kappa: cohen_kappa(&pairs),
        raw_agreement: agree as f64 / pairs.len().max(1) as f64,
        classes,
        matrix,
        disagreements: units
            .into_iter()
            .filter(|u| u.2 != u.3)
            .map(|(side, title, a, b)| Disagreement { side, title, a, b })
            .collect(),
    })
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
    fn kappa_of_nothing_and_of_one_class() {
        assert_eq!(cohen_kappa::<u8>(&[]), 0.0);
        // Both always say the same single class: full agreement.
        assert_eq!(cohen_kappa(&[(1, 1), (1, 1)]), 1.0);
        // Agreement exactly at chance: 0.
        let v = [(1, 1), (1, 2), (2, 1), (2, 2)];
        assert!(cohen_kappa(&v).abs() < 1e-9);
    }

    #[test]
    fn kappa_with_three_classes() {
        // Worked by hand: n 10, observed 0.7; marginals A (4,3,3), B (4,4,2):
        // expected (16+12+6)/100 = 0.34; kappa (0.7-0.34)/0.66.
        let v = [
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 1),
            (1, 1),
            (1, 1),
            (1, 0),
            (2, 2),
            (2, 2),
            (2, 1),
        ];
        assert!((cohen_kappa(&v) - 0.36 / 0.66).abs() < 1e-9);
    }

    fn groups() -> Vec<Vec<(u8, u8)>> {
        vec![
            vec![(0, 0), (1, 1), (2, 2), (0, 1), (1, 1), (2, 1), (0, 0)],
            vec![(0, 0), (2, 2), (2, 2), (1, 0), (1, 1)],
        ]
    }

    #[test]
    fn bootstrap_is_deterministic_and_brackets_the_estimate() {
        let g = groups();
        let a = bootstrap_kappa(&g, 1000, BOOTSTRAP_SEED, 0.95);
        let b = bootstrap_kappa(&g, 1000, BOOTSTRAP_SEED, 0.95);
        assert_eq!(a, b);
        let all: Vec<(u8, u8)> = g.iter().flatten().copied().collect();
        let k = cohen_kappa(&all);
        assert!(a.low <= k && k <= a.high, "{a:?} vs {k}");
        assert!(a.low < a.high);
        assert_eq!((a.resamples, a.seed), (1000, BOOTSTRAP_SEED));
        // Another seed draws other samples.
        let c = bootstrap_kappa(&g, 1000, 7, 0.95);
        assert_ne!((a.low, a.high), (c.low, c.high));
    }

    #[test]
    fn bootstrap_of_full_agreement_is_a_point() {
        let g = vec![vec![(0, 0), (1, 1)], vec![(2, 2)]];
        let i = bootstrap_kappa(&g, 200, 1, 0.95);
        assert_eq!((i.low, i.high), (1.0, 1.0));
    }

    #[test]
    fn xorshift_draws_are_in_range_and_cover_it() {
        let mut r = XorShift::new(0);
        let mut seen = [0usize; 5];
        for _ in 0..5000 {
            seen[r.below(5)] += 1;
        }
        assert!(seen.iter().all(|&n| n > 800), "{seen:?}");
    }

    #[test]
    fn intentions_match_by_start_line_then_by_span() {
        // Spiegel: sentences on 10, 10 (two sentences on one line), 12-14.
        let spans = [(10, 10), (10, 10), (12, 14)];
        // Two gold intentions on line 10, one inside the 12-14 sentence,
        // one on a line spiegel has nothing for.
        let m = match_intentions(&[10, 13, 10, 20], &spans);
        assert_eq!(m, vec![Some(0), Some(2), Some(1), None]);
        // A start-line match wins over an earlier span that holds the line.
        let m = match_intentions(&[13], &[(12, 14), (13, 13)]);
        assert_eq!(m, vec![Some(1)]);
        // One to one: a third gold intention on line 10 finds nothing left.
        let m = match_intentions(&[10, 10, 10], &spans[..2]);
        assert_eq!(m, vec![Some(0), Some(1), None]);
    }

    #[test]
    fn intention_score_pools_counts() {
        let mut a = IntentionScore {
            items: 1,
            gold: 4,
            predicted: 5,
            matched: 3,
            evidence_agree: 2,
            ..Default::default()
        };
        a.finish();
        assert_eq!(a.recall, Some(0.75));
        let mut p = IntentionScore::default();
        p.add(&a);
        p.add(&a);
        assert_eq!((p.gold, p.matched), (8, 6));
        assert_eq!(p.precision, Some(0.6));
        assert!((p.evidence_accuracy.unwrap() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(IntentionScore::default().recall, None);
    }

    #[test]
    fn a_heading_written_whole_finds_the_title_read_apart() {
        assert_eq!(
            bare_key("activiteit 4 1 1 buurtsportcoaches in elke wijk"),
            "buurtsportcoaches in elke wijk"
        );
        assert_eq!(bare_key("2 1 wonen"), "wonen");
        // Without a number a marker word is part of the title.
        assert_eq!(bare_key("actie schone wijk"), "actie schone wijk");
        let index = TitleIndex::new(
            [
                "Buurtsportcoaches in elke wijk",
                "Interventie 1: Ontmoeting",
            ]
            .into_iter(),
        );
        assert_eq!(
            index.find(&title_key(
                "Activiteit 4.1.1 Buurtsportcoaches in elke wijk"
            )),
            Some(0)
        );
        assert_eq!(index.find(&title_key("Ontmoeting")), Some(1));
        assert_eq!(
            index.canonical(&title_key("4.1.1 Buurtsportcoaches in elke wijk")),
            "buurtsportcoaches in elke wijk"
        );
        assert_eq!(index.find("sportakkoord"), None);
    }

    #[test]
    fn split_defaults_to_dev_and_filters() {
        let g: GoldFile = serde_yaml::from_str("plan: a\nreport: b\nitems: []\n").unwrap();
        assert_eq!(g.split, Split::Dev);
        let g: GoldFile =
            serde_yaml::from_str("plan: a\nreport: b\nsplit: test\nitems: []\n").unwrap();
        assert_eq!(g.split, Split::Test);
        assert!(SplitChoice::All.admits(Split::Test));
        assert!(!SplitChoice::Dev.admits(Split::Test));
        assert!(SplitChoice::Test.admits(Split::Test));
    }

    #[test]
    fn two_labellers_compared_by_title() {
        let a: GoldFile = serde_yaml::from_str(
            r#"
plan: p.txt
report: r.txt
items:
  - {plan: "We openen een plek", report: ["Plek geopend"], colour: green}
  - {plan: "We starten een belcirkel", report: ["Belcirkel"], colour: yellow}
  - {plan: null, report: ["Een beurs"], colour: blue}
"#,
        )
        .unwrap();
        let b: GoldFile = serde_yaml::from_str(
            r#"
plan: p.txt
report: r.txt
items:
  - {plan: "we openen een PLEK.", report: "Plek geopend", colour: groen}
  - {plan: "We starten een belcirkel", report: ["Belcirkel", "Een beurs"], colour: green}
"#,
        )
        .unwrap();
        let u = labeller_units(&a, &b);
        let classes: Vec<(Class, Class)> = u.iter().map(|x| (x.2, x.3)).collect();
        assert_eq!(
            classes,
            vec![
                (Class::Green, Class::Green),
                (Class::Yellow, Class::Green),
                (Class::Blue, Class::Paired)
            ]
        );
        assert_eq!(u[2].1, "Een beurs");
    }

    #[test]
    fn title_keys_fold_case_diacritics_and_markers() {
        assert_eq!(
            title_key("- We zetten in op Cliënten."),
            title_key("we zetten in op cliénten")
        );
    }
}
