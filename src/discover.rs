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
    /// (plan, report) pairs, parsed; a combined document (plan and report
    /// parts per intervention) gives a pair of its own.
    pub pairs: Vec<(Document, Document)>,
    /// Files left unpaired, with the reason.
    pub unpaired: Vec<(PathBuf, String)>,
    /// Files (or folder entries) that could not be read.
    pub errors: Vec<crate::read::ReadError>,
}

const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "htm", "html", "xhtml", "pdf"];

/// Files that are spiegel's own (configuration, labels), never documents.
const OWN_FILES: &[&str] = &["spiegel.yaml", "spiegel.yml", "gold.yaml", "gold.yml"];

fn is_candidate(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if name.starts_with('.') || OWN_FILES.contains(&name.to_lowercase().as_str()) {
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

fn overlap(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|x| b.contains(x)).count()
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
                _ => out.unpaired.push((
                    p,
                    format!("soort document niet te bepalen ({})", doc.kind_reason),
                )),
            },
            Loaded::Combined(pr) => out.pairs.push(*pr),
            Loaded::Failed(e) => out.errors.push(e),
        }
    }
    let mut used = vec![false; reports.len()];
    // Programme words: from the file name and folder, and from the
    // programme the text names.
    let key_of = |p: &Path, d: &Document| {
        let mut k = programme_key(p);
        if let Some(name) = &d.programme {
            k.extend(words(&fold(name)));
        }
        k
    };
    // Decide the pairs first, then move the documents into them.
    let mut chosen: Vec<(PathBuf, Box<Document>, Option<usize>)> = Vec::new();
    let report_keys: Vec<Vec<String>> = reports.iter().map(|(rp, r)| key_of(rp, r)).collect();
    for (pp, plan) in plans {
        let key = key_of(&pp, &plan);
        let best = reports
            .iter()
            .enumerate()
            .filter(|(k, (_, r))| {
                !used[*k] && (plan.year.is_none() || r.year.is_none() || r.year == plan.year)
            })
            // The same folder first, then the most programme words in
            // common, then the first in name order.
            .max_by_key(|(k, (rp, _))| {
                (
                    rp.parent() == pp.parent(),
                    overlap(&key, &report_keys[*k]),
                    std::cmp::Reverse(*k),
                )
            });
        let k = best.map(|(k, _)| k);
        if let Some(k) = k {
            used[k] = true;
        }
        chosen.push((pp, plan, k));
    }
    let mut reports: Vec<Option<(PathBuf, Box<Document>)>> =
        reports.into_iter().map(Some).collect();
    for (pp, plan, k) in chosen {
        match k.and_then(|k| reports[k].take()) {
            Some((_, report)) => out.pairs.push((*plan, *report)),
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
    for (rp, r) in reports.into_iter().flatten() {
        {
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
