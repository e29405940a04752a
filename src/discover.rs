//! Finding and pairing documents in a folder: each begroting with the
//! jaarverslag of the same year and programme. Files that cannot be read
//! are reported and do not stop the others.

use crate::config::Config;
use crate::model::{DocKind, Document};
use crate::render::Lang;
use crate::text::{fold, words};
use std::path::{Path, PathBuf};

/// What was found in a folder.
#[derive(Debug, Default)]
pub struct Discovery {
    /// (plan, report) pairs, parsed; a combined document (plan and report
    /// parts per intervention) gives a pair of its own.
    pub pairs: Vec<(Document, Document)>,
    /// Why each plan/report pair of `pairs` (combined documents aside) was
    /// made.
    pub paired: Vec<PairNote>,
    /// Files left unpaired, with the reason.
    pub unpaired: Vec<Unpaired>,
    /// Files (or folder entries) that could not be read.
    pub errors: Vec<crate::read::ReadError>,
}

/// How close a begroting and a jaarverslag are; pairs are made closest
/// first.
#[derive(Debug, Clone)]
pub struct Closeness {
    /// Both years known (and equal); otherwise one year is unknown.
    pub year_known: bool,
    /// In the same folder.
    pub same_folder: bool,
    /// Programme words both names (or texts) share.
    pub programme: Vec<String>,
    /// Share of activity-title words in common (0..1).
    pub similarity: f64,
}

impl Closeness {
    fn rank(&self) -> (bool, bool, usize, u32) {
        (
            self.year_known,
            self.same_folder,
            self.programme.len(),
            // Similarity in steps of 1/1000: a total order.
            (self.similarity * 1000.0).round() as u32,
        )
    }

    /// Why the pair was made, in words.
    pub fn describe(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        let mut parts = Vec::new();
        parts.push(match (self.year_known, nl) {
            (true, true) => "zelfde jaar".to_string(),
            (true, false) => "same year".to_string(),
            (false, true) => "jaar onbekend".to_string(),
            (false, false) => "year unknown".to_string(),
        });
        if self.same_folder {
            parts.push(if nl { "zelfde map" } else { "same folder" }.to_string());
        }
        if !self.programme.is_empty() {
            parts.push(format!(
                "{}: {}",
                if nl { "programma" } else { "programme" },
                self.programme.join(" ")
            ));
        }
        parts.push(format!(
            "{} {:.0}%",
            if nl {
                "titels gemeen"
            } else {
                "titles in common"
            },
            self.similarity * 100.0
        ));
        parts.join(", ")
    }
}

/// A pair that was made, and why.
#[derive(Debug, Clone)]
pub struct PairNote {
    pub plan: PathBuf,
    pub report: PathBuf,
    pub why: Closeness,
}

/// A file left unpaired.
#[derive(Debug, Clone)]
pub struct Unpaired {
    pub path: PathBuf,
    pub kind: DocKind,
    pub reason: UnpairedReason,
}

/// Why a file was left unpaired.
#[derive(Debug, Clone)]
pub enum UnpairedReason {
    /// Neither begroting nor jaarverslag, by name or text.
    UnknownKind(String),
    /// No jaarverslag of the begroting's year.
    NoReport { year: Option<i32> },
    /// No begroting of the jaarverslag's year.
    NoPlan { year: Option<i32> },
    /// The jaarverslagen of that year were paired with closer begrotingen.
    ReportsTaken { year: Option<i32>, by: Vec<PathBuf> },
    /// The begrotingen of that year were paired with closer jaarverslagen.
    PlansTaken { year: Option<i32>, by: Vec<PathBuf> },
}

impl Unpaired {
    /// A stable name for scripts (JSON `unpaired[].reason`).
    pub fn code(&self) -> &'static str {
        match self.reason {
            UnpairedReason::UnknownKind(_) => "unknown_kind",
            UnpairedReason::NoReport { .. } => "no_report",
            UnpairedReason::NoPlan { .. } => "no_plan",
            UnpairedReason::ReportsTaken { .. } => "reports_taken",
            UnpairedReason::PlansTaken { .. } => "plans_taken",
        }
    }

    /// Why, in words.
    pub fn describe(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        let year = |y: &Option<i32>| match (y, nl) {
            (Some(y), _) => y.to_string(),
            (None, true) => "dit jaar".to_string(),
            (None, false) => "this year".to_string(),
        };
        let list = |v: &[PathBuf]| {
            v.iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match (&self.reason, nl) {
            // The parser's reason is in Dutch and, when it found nothing,
            // says only that: then the sentence says it once.
            (UnpairedReason::UnknownKind(why), true) if why.starts_with("niet te bepalen") => {
                "naam noch tekst zegt of dit een begroting of een jaarverslag is".to_string()
            }
            (UnpairedReason::UnknownKind(_), false) => {
                "neither the name nor the text says whether this is a begroting or a jaarverslag".to_string()
            }
            (UnpairedReason::UnknownKind(why), true) => {
                format!("niet duidelijk of dit een begroting of een jaarverslag is ({why})")
            }
            (UnpairedReason::NoReport { year: y }, true) => {
                format!("geen jaarverslag gevonden voor {}", year(y))
            }
            (UnpairedReason::NoReport { year: y }, false) => {
                format!("no jaarverslag found for {}", year(y))
            }
            (UnpairedReason::NoPlan { year: y }, true) => {
                format!("geen begroting gevonden voor {}", year(y))
            }
            (UnpairedReason::NoPlan { year: y }, false) => {
                format!("no begroting found for {}", year(y))
            }
            (UnpairedReason::ReportsTaken { year: y, by }, true) => format!(
                "de jaarverslagen van {} zijn gekoppeld aan begrotingen die er beter bij passen ({})",
                year(y),
                list(by)
            ),
            (UnpairedReason::ReportsTaken { year: y, by }, false) => format!(
                "the jaarverslagen of {} were paired with begrotingen that fit them better ({})",
                year(y),
                list(by)
            ),
            (UnpairedReason::PlansTaken { year: y, by }, true) => format!(
                "de begrotingen van {} zijn gekoppeld aan jaarverslagen die er beter bij passen ({})",
                year(y),
                list(by)
            ),
            (UnpairedReason::PlansTaken { year: y, by }, false) => format!(
                "the begrotingen of {} were paired with jaarverslagen that fit them better ({})",
                year(y),
                list(by)
            ),
        }
    }
}

/// The distinct words (four letters or more) of a document's activity
/// titles: what a begroting and its jaarverslag share.
fn title_terms(d: &Document) -> Vec<String> {
    let mut v: Vec<String> = d
        .activities
        .iter()
        .flat_map(|a| words(&a.title))
        .filter(|w| w.chars().count() >= 4)
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Jaccard similarity of two sorted, distinct word lists.
fn jaccard(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    both as f64 / (a.len() + b.len() - both) as f64
}

const TEXT_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "htm", "html", "xhtml", "pdf", "docx", "odt",
];

/// Files that are spiegel's own (configuration, labels), never documents.
const OWN_FILES: &[&str] = &["spiegel.yaml", "spiegel.yml", "gold.yaml", "gold.yml"];

/// Whether a file found in a folder may be a document (by its name).
pub fn is_candidate(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    // "~$name.docx" is the lock file Word keeps beside an open document.
    if name.starts_with('.')
        || name.starts_with("~$")
        || OWN_FILES.contains(&name.to_lowercase().as_str())
    {
        return false;
    }
    match path.extension().map(|e| e.to_string_lossy().to_lowercase()) {
        Some(e) => TEXT_EXTENSIONS.contains(&e.as_str()),
        None => true,
    }
}

/// Words of a file name that say which programme it is about.
fn programme_key(path: &Path) -> Vec<String> {
    // The file name and the folder it is in ("wwz/begroting-2023.txt").
    let parent = path
        .parent()
        .and_then(|p| p.file_name())
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let stem = format!("{parent} {stem}");
    const KIND_WORDS: &[&str] = &[
        "begroting",
        "programmabegroting",
        "jaarverslag",
        "jaarstukken",
        "jaarrekening",
        "stadsrekening",
        "verantwoording",
        "rapportage",
        "programma",
        "plan",
        "report",
        "gemeente",
    ];
    words(&fold(&stem))
        .into_iter()
        .filter(|w| !KIND_WORDS.contains(&w.as_str()) && !w.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

/// One file, read: a document, a combined document, or an error.
enum Loaded {
    Doc(Box<Document>),
    Combined(Box<(Document, Document)>),
    Failed(crate::read::ReadError),
}

fn load_one(path: &Path, cfg: &Config) -> Loaded {
    let src = match crate::read::read_file(path) {
        Ok(s) => s,
        Err(e) => return Loaded::Failed(e),
    };
    let opts = cfg.parse_options();
    match crate::parse::split_combined_with(&src, opts.markers()) {
        Some(pr) => Loaded::Combined(Box::new(pr)),
        None => Loaded::Doc(Box::new(crate::parse::parse(&src, &opts))),
    }
}

/// Lists the document files of a folder and its subfolders (following
/// symbolic links, reporting loops), reads them in parallel, and pairs
/// plans with reports. Files that cannot be read are reported in
/// `errors` and do not stop the others.
pub fn discover(dir: &Path, cfg: &Config) -> std::io::Result<Discovery> {
    // Fail early, with the reason, when the folder itself cannot be read.
    std::fs::read_dir(dir)?;
    let mut out = Discovery::default();
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(true)
        .max_depth(16)
        .sort_by_file_name()
    {
        match entry {
            Ok(e) if e.file_type().is_file() && is_candidate(e.path()) => paths.push(e.into_path()),
            Ok(_) => {}
            Err(e) => {
                let path = e
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| dir.display().to_string());
                let source = match e.loop_ancestor() {
                    Some(a) => std::io::Error::other(format!(
                        "symbolic link loop (back to {}); skipped",
                        a.display()
                    )),
                    None => e
                        .into_io_error()
                        .unwrap_or_else(|| std::io::Error::other("cannot be listed")),
                };
                out.errors.push(crate::read::ReadError::Io { path, source });
            }
        }
    }
    use rayon::prelude::*;
    let loaded: Vec<(PathBuf, Loaded)> = paths
        .into_par_iter()
        .map(|p| {
            let l = load_one(&p, cfg);
            (p, l)
        })
        .collect();
    let mut plans = Vec::new();
    let mut reports = Vec::new();
    for (p, l) in loaded {
        match l {
            Loaded::Doc(doc) => match doc.kind {
                DocKind::Begroting => plans.push((p, doc)),
                DocKind::Jaarverslag => reports.push((p, doc)),
                kind => out.unpaired.push(Unpaired {
                    path: p,
                    kind,
                    reason: UnpairedReason::UnknownKind(doc.kind_reason.clone()),
                }),
            },
            Loaded::Combined(pr) => out.pairs.push(*pr),
            Loaded::Failed(e) => out.errors.push(e),
        }
    }
    // Programme words: from the file name and folder, and from the
    // programme the text names.
    let key_of = |p: &Path, d: &Document| {
        let mut k = programme_key(p);
        if let Some(name) = &d.programme {
            k.extend(words(&fold(name)));
        }
        k.sort();
        k.dedup();
        k
    };
    let plan_keys: Vec<Vec<String>> = plans.iter().map(|(p, d)| key_of(p, d)).collect();
    let report_keys: Vec<Vec<String>> = reports.iter().map(|(p, d)| key_of(p, d)).collect();
    let plan_terms: Vec<Vec<String>> = plans.iter().map(|(_, d)| title_terms(d)).collect();
    let report_terms: Vec<Vec<String>> = reports.iter().map(|(_, d)| title_terms(d)).collect();
    // Every possible pair, scored; then assigned best first over the whole
    // folder, so that one extra begroting cannot take the jaarverslag of
    // another folder before that folder's own begroting is considered.
    let mut candidates: Vec<(Closeness, usize, usize)> = Vec::new();
    for (i, (pp, plan)) in plans.iter().enumerate() {
        for (j, (rp, report)) in reports.iter().enumerate() {
            let year_known = match (plan.year, report.year) {
                (Some(a), Some(b)) if a != b => continue,
                (Some(_), Some(_)) => true,
                _ => false,
            };
            let shared: Vec<String> = plan_keys[i]
                .iter()
                .filter(|w| report_keys[j].contains(w))
                .cloned()
                .collect();
            candidates.push((
                Closeness {
                    year_known,
                    same_folder: rp.parent() == pp.parent(),
                    programme: shared,
                    similarity: jaccard(&plan_terms[i], &report_terms[j]),
                },
                i,
                j,
            ));
        }
    }
    // Best first; ties in name order (plans, then reports).
    candidates.sort_by(|a, b| {
        b.0.rank()
            .cmp(&a.0.rank())
            .then((a.1, a.2).cmp(&(b.1, b.2)))
    });
    let mut plan_to: Vec<Option<(usize, Closeness)>> = vec![None; plans.len()];
    let mut report_to: Vec<Option<usize>> = vec![None; reports.len()];
    for (c, i, j) in candidates {
        if plan_to[i].is_none() && report_to[j].is_none() {
            plan_to[i] = Some((j, c));
            report_to[j] = Some(i);
        }
    }
    let plan_paths: Vec<PathBuf> = plans.iter().map(|(p, _)| p.clone()).collect();
    let plan_paired: Vec<bool> = plan_to.iter().map(Option::is_some).collect();
    let plan_years: Vec<Option<i32>> = plans.iter().map(|(_, d)| d.year).collect();
    let report_years: Vec<Option<i32>> = reports.iter().map(|(_, d)| d.year).collect();
    // Who took the documents a file could have been paired with.
    let taken_by = |year: Option<i32>,
                    others: &[Option<i32>],
                    partner: &dyn Fn(usize) -> Option<usize>,
                    names: &[PathBuf]|
     -> Vec<PathBuf> {
        others
            .iter()
            .enumerate()
            .filter(|(_, y)| year.is_none() || y.is_none() || **y == year)
            .filter_map(|(k, _)| partner(k).map(|p| names[p].clone()))
            .collect()
    };
    let mut reports: Vec<Option<(PathBuf, Box<Document>)>> =
        reports.into_iter().map(Some).collect();
    for (i, (pp, plan)) in plans.into_iter().enumerate() {
        match plan_to[i].take() {
            Some((j, why)) => {
                let (rp, report) = reports[j].take().expect("each report is paired once");
                out.paired.push(PairNote {
                    plan: pp,
                    report: rp,
                    why,
                });
                out.pairs.push((*plan, *report));
            }
            None => {
                let others = taken_by(plan.year, &report_years, &|k| report_to[k], &plan_paths);
                let reason = if others.is_empty() {
                    UnpairedReason::NoReport { year: plan.year }
                } else {
                    UnpairedReason::ReportsTaken {
                        year: plan.year,
                        by: others,
                    }
                };
                out.unpaired.push(Unpaired {
                    path: pp,
                    kind: DocKind::Begroting,
                    reason,
                });
            }
        }
    }
    for (rp, r) in reports.into_iter().flatten() {
        {
            let others = taken_by(
                r.year,
                &plan_years,
                &|k| plan_paired[k].then_some(k),
                &plan_paths,
            );
            let reason = if others.is_empty() {
                UnpairedReason::NoPlan { year: r.year }
            } else {
                UnpairedReason::PlansTaken {
                    year: r.year,
                    by: others,
                }
            };
            out.unpaired.push(Unpaired {
                path: rp,
                kind: DocKind::Jaarverslag,
                reason,
            });
        }
    }
    Ok(out)
}
