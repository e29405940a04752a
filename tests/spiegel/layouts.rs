//! The layout corpus (fixtures/layouts/): documents in the styles
//! municipalities publish, written and listed by people who had not seen
//! the parser. Every fixture must read exactly its expected items: titles
//! in order, the municipality's own status, "not in the begroting", and
//! no "not item" line as an item.

use super::fixture;
use serde::Deserialize;
use spiegel::config::Config;
use spiegel::model::{Document, PartRole};

#[derive(Deserialize)]
struct Expected {
    files: Vec<String>,
    kind: String,
    items: Vec<Item>,
    #[serde(default)]
    not_items: Vec<String>,
}

#[derive(Deserialize)]
struct Item {
    title: String,
    #[serde(default)]
    number: Option<String>,
    #[serde(default)]
    part: Option<String>,
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    empty: bool,
    #[serde(default)]
    unplanned: bool,
}

/// Folded title for comparing: lower case, letters and digits only, and
/// without the "Maatregel 4:" prefix combined documents give their items.
fn key(t: &str) -> String {
    let f = spiegel::text::fold(t);
    let f = regex::Regex::new(r"^[a-z]+ \d+(\.\d+)*: ")
        .unwrap()
        .replace(&f, "")
        .to_string();
    f.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The items read from one file: for a combined document, the plan and
/// report sides merged by title in document order.
fn read(path: &std::path::Path, kind: &str) -> Vec<Document> {
    let cfg = Config::default();
    if kind == "combined" {
        let src = spiegel::read::read_file(path).unwrap();
        if let Some((p, r)) = spiegel::parse::split_combined(&src) {
            return vec![p, r];
        }
    }
    vec![spiegel::load(path, &cfg).unwrap()]
}

/// Compares one file against its expected items; returns the mismatches.
fn check(dir: &str, file: &str, exp: &Expected) -> Vec<String> {
    let path = fixture(&format!("layouts/{dir}/{file}"));
    let docs = read(&path, &exp.kind);
    let mut got: Vec<&spiegel::model::Activity> = Vec::new();
    for d in &docs {
        for a in &d.activities {
            if !got.iter().any(|g| key(&g.title) == key(&a.title)) {
                got.push(a);
            }
        }
    }
    got.sort_by_key(|a| a.span.start_line);
    let mut errs = Vec::new();
    let want: Vec<String> = exp.items.iter().map(|i| key(&i.title)).collect();
    let have: Vec<String> = got.iter().map(|a| key(&a.title)).collect();
    for (k, w) in want.iter().enumerate() {
        if !have.contains(w) {
            errs.push(format!(
                "{dir}/{file}: missing item {k}: {:?}",
                exp.items[k].title
            ));
        }
    }
    for (k, h) in have.iter().enumerate() {
        if !want.contains(h) {
            errs.push(format!(
                "{dir}/{file}: extra item r.{}: {:?}",
                got[k].span.start_line, got[k].title
            ));
        }
    }
    let common_want: Vec<&String> = want.iter().filter(|w| have.contains(w)).collect();
    let common_have: Vec<&String> = have.iter().filter(|h| want.contains(h)).collect();
    if errs.is_empty() && common_want != common_have {
        errs.push(format!("{dir}/{file}: items out of order"));
    }
    for it in &exp.items {
        let Some(a) = got.iter().find(|a| key(&a.title) == key(&it.title)) else {
            continue;
        };
        let t = &it.title;
        if it.status.is_some() != a.self_reported.is_some() {
            errs.push(format!(
                "{dir}/{file}: {t:?}: status expected {:?}, read {:?}",
                it.status, a.self_reported
            ));
        }
        if it.unplanned != a.unplanned {
            errs.push(format!(
                "{dir}/{file}: {t:?}: unplanned expected {}",
                it.unplanned
            ));
        }
        if let Some(n) = &it.number {
            if !a.numbers.contains(n) {
                errs.push(format!(
                    "{dir}/{file}: {t:?}: number {n} expected, read {:?}",
                    a.numbers
                ));
            }
        }
        let body_words: usize = a
            .body
            .iter()
            .map(|l| l.text.split_whitespace().count())
            .sum();
        if it.empty && body_words > 0 {
            errs.push(format!("{dir}/{file}: {t:?}: expected empty, has text"));
        }
        if !it.empty && body_words == 0 && it.part.as_deref() != Some("both") && docs.len() == 1 {
            errs.push(format!("{dir}/{file}: {t:?}: expected text, read none"));
        }
        if it.part.as_deref() == Some("both")
            && exp.kind == "jaarverslag"
            && !a.parts.iter().any(|p| p.role == PartRole::Plan)
        {
            errs.push(format!(
                "{dir}/{file}: {t:?}: repeated plan text not read as plan part"
            ));
        }
    }
    for n in &exp.not_items {
        if have.contains(&key(n)) {
            errs.push(format!("{dir}/{file}: not an item, read as one: {n:?}"));
        }
    }
    errs
}

fn corpus() -> Vec<(String, Expected)> {
    let mut out = Vec::new();
    let root = fixture("layouts");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.yaml").exists())
        .collect();
    dirs.sort();
    for d in dirs {
        let text = std::fs::read_to_string(d.join("expected.yaml")).unwrap();
        let exp: Expected = serde_yaml::from_str(&text).unwrap();
        out.push((d.file_name().unwrap().to_string_lossy().to_string(), exp));
    }
    out
}

/// Fixtures of the second corpus batch (written after the parser was
/// built, read once, then general rules added) that are not yet read
/// exactly, with the mismatches allowed: the count may only go down. What
/// is left is in the README ("What it reads"). `LAYOUTS_STRICT=1 cargo test
/// layouts` lists every mismatch, allowed or not.
const NOT_YET_EXACT: &[(&str, usize)] = &[];

#[test]
fn every_layout_fixture_reads_its_expected_items() {
    let corpus = corpus();
    assert!(
        corpus.len() >= 8,
        "the corpus has {} fixtures",
        corpus.len()
    );
    let mut errs = Vec::new();
    let mut summary = Vec::new();
    for (dir, exp) in &corpus {
        let allowed = NOT_YET_EXACT
            .iter()
            .find(|(d, _)| d == dir)
            .map(|(_, n)| *n)
            .unwrap_or(0);
        for f in &exp.files {
            let e = check(dir, f, exp);
            summary.push(format!(
                "{dir}/{f}: {} items, {} mismatches",
                exp.items.len(),
                e.len()
            ));
            if e.len() > allowed || std::env::var_os("LAYOUTS_STRICT").is_some() {
                errs.extend(e);
            }
        }
    }
    assert!(
        errs.is_empty(),
        "{}\n\n{}",
        summary.join("\n"),
        errs.join("\n")
    );
}
