//! Finding and pairing documents in a folder: each begroting with the
//! jaarverslag of the same year and programme. Files that cannot be read
//! are reported and do not stop the others.

use crate::config::Config;
use crate::model::{DocKind, Document};
use crate::text::{fold, words};
use std::path::{Path, PathBuf};

/// What was found in a folder.
#[derive(Debug, Default)]
pub struct Discovery {
    /// (plan, report) pairs, parsed.
    pub pairs: Vec<(Document, Document)>,
    /// Files left unpaired, with the reason.
    pub unpaired: Vec<(PathBuf, String)>,
    /// Files that could not be read.
    pub errors: Vec<crate::read::ReadError>,
}

const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md"];

fn is_candidate(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if name.starts_with('.') {
        return false;
    }
    match path.extension().map(|e| e.to_string_lossy().to_lowercase()) {
        Some(e) => TEXT_EXTENSIONS.contains(&e.as_str()),
        None => true,
    }
}

/// Words of a file name that say which programme it is about.
fn programme_key(path: &Path) -> Vec<String> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
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

fn overlap(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|x| b.contains(x)).count()
}

/// Lists the text files of a folder (not recursive), reads them, and pairs
/// plans with reports.
pub fn discover(dir: &Path, cfg: &Config) -> std::io::Result<Discovery> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && is_candidate(p))
        .collect();
    paths.sort();
    let mut out = Discovery::default();
    let mut plans = Vec::new();
    let mut reports = Vec::new();
    for p in paths {
        match crate::load(&p, cfg) {
            Ok(doc) => match doc.kind {
                DocKind::Begroting => plans.push((p, doc)),
                DocKind::Jaarverslag => reports.push((p, doc)),
                _ => out.unpaired.push((
                    p,
                    format!("soort document niet te bepalen ({})", doc.kind_reason),
                )),
            },
            Err(e) => out.errors.push(e),
        }
    }
    let mut used = vec![false; reports.len()];
    for (pp, plan) in plans {
        let key = programme_key(&pp);
        let best = reports
            .iter()
            .enumerate()
            .filter(|(k, (_, r))| {
                !used[*k] && (plan.year.is_none() || r.year.is_none() || r.year == plan.year)
            })
            .max_by_key(|(k, (rp, _))| (overlap(&key, &programme_key(rp)), std::cmp::Reverse(*k)));
        match best {
            Some((k, _)) => {
                used[k] = true;
                out.pairs.push((plan, reports[k].1.clone()));
            }
            None => out.unpaired.push((
                pp,
                format!(
                    "geen jaarverslag gevonden voor {}",
                    plan.year
                        .map(|y| y.to_string())
                        .unwrap_or_else(|| "dit jaar".into())
                ),
            )),
        }
    }
    for (k, (rp, r)) in reports.into_iter().enumerate() {
        if !used[k] {
            out.unpaired.push((
                rp,
                format!(
                    "geen begroting gevonden voor {}",
                    r.year
                        .map(|y| y.to_string())
                        .unwrap_or_else(|| "dit jaar".into())
                ),
            ));
        }
    }
    Ok(out)
}
