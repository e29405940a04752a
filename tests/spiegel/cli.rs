//! The command line as users and scripts see it: formats, exit codes,
//! errors that name the file.

use super::{fixture, ok_stdout, spiegel};
use predicates::prelude::*;

fn pair_args() -> Vec<String> {
    vec![
        "audit".into(),
        "--plan".into(),
        fixture("seed001-wwz-2023/begroting-2023-wwz.txt")
            .display()
            .to_string(),
        "--report".into(),
        fixture("seed001-wwz-2023/jaarverslag-2023-wwz.txt")
            .display()
            .to_string(),
    ]
}

fn json_output(extra: &[&str]) -> serde_json::Value {
    let stdout = ok_stdout(
        spiegel()
            .args(pair_args())
            .args(["--format", "json"])
            .args(extra),
    );
    serde_json::from_slice(&stdout).unwrap()
}

#[test]
fn json_follows_the_contract() {
    let v = json_output(&[]);
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["tool"]["name"], "spiegel");
    let audit = &v["audits"][0];
    assert_eq!(audit["plan"]["kind"], "begroting");
    assert_eq!(audit["report"]["kind"], "jaarverslag");
    assert_eq!(audit["plan"]["year"], 2023);
    let items = audit["items"].as_array().unwrap();
    let mut counts = std::collections::BTreeMap::new();
    for it in items {
        let c = it["colour"].as_str().unwrap();
        *counts.entry(c.to_string()).or_insert(0u64) += 1;
        assert!(["red", "yellow", "green", "blue"].contains(&c));
        assert!(["done", "partial", "delayed", "dropped", "unknown"]
            .contains(&it["realisation"].as_str().unwrap()));
        if c == "blue" {
            assert!(it["planned"].is_null());
            assert_eq!(it["reported"].as_array().unwrap().len(), 1);
        } else {
            assert!(it["planned"]["title"].is_string());
            assert!(it["planned"]["span"]["start_line"].as_u64().unwrap() >= 1);
        }
        if c == "red" {
            // Red with an answering item only when it says nothing.
            assert!(it["intentions"]
                .as_array()
                .unwrap()
                .iter()
                .all(|i| i["accounted"] == false));
        }
    }
    for c in ["red", "yellow", "green", "blue"] {
        assert_eq!(
            audit["summary"][c].as_u64().unwrap(),
            counts.get(c).copied().unwrap_or(0),
            "{c}"
        );
    }
}

#[test]
fn every_planned_activity_appears_exactly_once() {
    let v = json_output(&[]);
    let items = v["audits"][0]["items"].as_array().unwrap();
    let plan_titles: Vec<String> = items
        .iter()
        .filter(|i| !i["planned"].is_null())
        .map(|i| i["planned"]["span"]["start_line"].to_string())
        .collect();
    let mut dedup = plan_titles.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), plan_titles.len());
    let cfg = spiegel::config::Config::default();
    let plan = spiegel::load(&fixture("seed001-wwz-2023/begroting-2023-wwz.txt"), &cfg).unwrap();
    assert_eq!(plan_titles.len(), plan.activities.len());
}

#[test]
fn table_is_dutch_by_default_and_english_on_request() {
    spiegel()
        .args(pair_args())
        .args(["--format", "table", "--color", "never"])
        .assert()
        .code(0)
        .stdout(
            predicate::str::contains("Kleur").and(predicate::str::contains("Samenvatting: Rood")),
        )
        .stdout(predicate::str::contains("\x1b[").not());
    spiegel()
        .args(pair_args())
        .args(["--format", "table", "--color", "never", "--lang", "en"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Colour").and(predicate::str::contains("Summary: Red")));
}

#[test]
fn color_always_colours_the_table_only() {
    spiegel()
        .args(pair_args())
        .args(["--format", "table", "--color", "always"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\x1b["));
    spiegel()
        .args(pair_args())
        .args(["--format", "json", "--color", "always"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\x1b[").not());
}

#[test]
fn csv_has_one_row_per_item() {
    let out = spiegel()
        .args(pair_args())
        .args(["--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v = json_output(&[]);
    let n = v["audits"][0]["items"].as_array().unwrap().len();
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = r.headers().unwrap().clone();
    assert_eq!(&headers[2], "kleur");
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), n);
    assert!(rows
        .iter()
        .all(|row| ["red", "yellow", "green", "blue"].contains(&&row[3])));
}

#[test]
fn csv_for_excel_uses_semicolons_and_a_bom() {
    let out = spiegel()
        .args(pair_args())
        .args(["--format", "csv", "--excel"])
        .output()
        .unwrap();
    assert!(out
        .stdout
        .starts_with(b"\xEF\xBB\xBFbegroting;jaarverslag;kleur"));
}

#[test]
fn markdown_and_html() {
    spiegel()
        .args(pair_args())
        .args(["--format", "markdown"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("| Kleur |").and(predicate::str::contains("🟩 Groen")));
    let out = spiegel()
        .args(pair_args())
        .args(["--format", "html"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Legenda") && html.contains("<mark>"));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "self-contained"
    );
}

#[test]
fn output_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("audit.json");
    spiegel()
        .args(pair_args())
        .args(["--format", "json", "--output"])
        .arg(&out)
        .assert()
        .code(0)
        .stdout(predicate::str::is_empty());
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["schema_version"], 1);
}

#[test]
fn fail_on_gives_exit_1() {
    let v = json_output(&[]);
    let s = &v["audits"][0]["summary"];
    assert!(
        s["red"].as_u64().unwrap() > 0,
        "the seed pair has red items"
    );
    spiegel()
        .args(pair_args())
        .args(["--format", "json", "--fail-on", "red"])
        .assert()
        .code(1);
    spiegel()
        .args(pair_args())
        .args(["--format", "json", "--fail-on", "red>1000"])
        .assert()
        .code(0);
    spiegel()
        .args(pair_args())
        .args(["--format", "json", "--fail-on", "purple"])
        .assert()
        .code(2);
}

#[test]
fn bad_input_gives_exit_2_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("leeg.txt");
    std::fs::write(&empty, "").unwrap();
    let bin = dir.path().join("plaatje.txt");
    std::fs::write(&bin, [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    let report = fixture("seed001-wwz-2023/jaarverslag-2023-wwz.txt");
    spiegel()
        .args(["audit", "--plan"])
        .arg(&empty)
        .arg("--report")
        .arg(&report)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("leeg.txt").and(predicate::str::contains("leeg")));
    spiegel()
        .args(["audit", "--plan"])
        .arg(&bin)
        .arg("--report")
        .arg(&report)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("plaatje.txt").and(predicate::str::contains("binair")));
    spiegel()
        .args(["audit", "--plan", "bestaat-niet.txt", "--report"])
        .arg(&report)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bestaat-niet.txt"));
    spiegel()
        .args(["audit", "--plan", "x.txt"])
        .assert()
        .code(2);
    spiegel()
        .args(["audit", "--plan"])
        .arg(&report)
        .arg("--report")
        .arg(&report)
        .assert()
        .code(2);
}

#[test]
fn folder_pairs_documents_and_survives_a_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("seed001-wwz-2023/begroting-2023-wwz.txt"),
        dir.path().join("begroting-2023-wwz.txt"),
    )
    .unwrap();
    std::fs::copy(
        fixture("seed001-wwz-2023/jaarverslag-2023-wwz.txt"),
        dir.path().join("jaarverslag-2023-wwz.txt"),
    )
    .unwrap();
    std::fs::write(dir.path().join("kapot.txt"), [0u8, 1, 2, 3, 0, 0]).unwrap();
    let before: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    let out = spiegel()
        .arg("audit")
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    // The bad file is reported and turns the status to 2; the pair is audited.
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("kapot.txt"), "{stderr}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["audits"].as_array().unwrap().len(), 1);
    // Nothing was written into the input folder.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), before.len());
}

#[test]
fn parse_shows_the_tree() {
    spiegel()
        .args(["parse"])
        .arg(fixture("seeds/000_329d86f10e3abe6b.txt"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "3 ambities, 23 doelen, 43 activiteiten",
        ));
    let out = spiegel()
        .args(["parse", "--format", "json"])
        .arg(fixture("seeds/000_329d86f10e3abe6b.txt"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["activities"].as_array().unwrap().len(), 43);
}

#[test]
fn a_combined_document_is_audited_on_its_own() {
    let stdout = ok_stdout(
        spiegel()
            .arg("audit")
            .arg(fixture("seeds/003_0e7e4f31a8ad1260.txt"))
            .args(["--format", "json"]),
    );
    let v: serde_json::Value = serde_json::from_slice(&stdout).unwrap();
    let items = v["audits"][0]["items"].as_array().unwrap();
    assert_eq!(items.len(), 10);
    // Each intervention's plan part is answered by its own report part.
    for it in items {
        assert_eq!(it["planned"]["title"], it["reported"][0]["title"]);
    }
    // A plain document is not combined: a clear error, exit 2.
    spiegel()
        .arg("audit")
        .arg(fixture("seeds/000_329d86f10e3abe6b.txt"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Plan van Aanpak"));
}

#[test]
fn configuration_extends_layout_markers_and_rejects_unknown_keys() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("begroting-2025.txt");
    let report = dir.path().join("jaarverslag-2025.txt");
    std::fs::write(
        &plan,
        "Begroting 2025\nPrestatie 1: We openen een nieuwe bibliotheek in Zuid\nIn 2025 openen we de bibliotheek in winkelcentrum Zuid.\n\nPrestatie 2: We vernieuwen het zwembad\nIn 2025 renoveren we het zwembad De Vliet.\n",
    )
    .unwrap();
    std::fs::write(
        &report,
        "Jaarverslag 2025\nPrestatie 1: We openen een nieuwe bibliotheek in Zuid\nDe bibliotheek in winkelcentrum Zuid is in maart geopend.\n",
    )
    .unwrap();
    let cfg = dir.path().join("spiegel.yaml");
    std::fs::write(&cfg, "markers:\n  activiteit: [prestatie]\n").unwrap();
    let stdout = ok_stdout(
        spiegel()
            .args(["audit", "--format", "json", "--plan"])
            .arg(&plan)
            .arg("--report")
            .arg(&report)
            .arg("--config")
            .arg(&cfg),
    );
    let v: serde_json::Value = serde_json::from_slice(&stdout).unwrap();
    let items = v["audits"][0]["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["colour"], "green");
    assert_eq!(items[1]["colour"], "red");
    // A misspelt key names the file and line.
    std::fs::write(&cfg, "matching:\n  min_scor: 0.3\n").unwrap();
    spiegel()
        .args(["audit", "--plan"])
        .arg(&plan)
        .arg("--report")
        .arg(&report)
        .arg("--config")
        .arg(&cfg)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("spiegel.yaml:2").and(predicate::str::contains("min_score")),
        );
}

#[test]
fn ci_formats() {
    let out = spiegel()
        .args(pair_args())
        .args(["--format", "github"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let v = json_output(&[]);
    let s = &v["audits"][0]["summary"];
    let non_green =
        s["red"].as_u64().unwrap() + s["yellow"].as_u64().unwrap() + s["blue"].as_u64().unwrap();
    assert_eq!(text.lines().count() as u64, non_green);
    assert!(text.lines().all(|l| l.starts_with("::error file=")
        || l.starts_with("::warning file=")
        || l.starts_with("::notice file=")));
    // Annotations point at the report draft.
    assert!(text
        .lines()
        .all(|l| l.contains("jaarverslag-2023-wwz.txt,line=")));
    let out = spiegel()
        .args(pair_args())
        .args(["--format", "compact"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let n = v["audits"][0]["items"].as_array().unwrap().len();
    assert_eq!(text.lines().count(), n);
    assert!(text
        .lines()
        .any(|l| l.contains(": red [unknown] We voeren de Wet verplichte GGZ")));
}

#[test]
fn init_completions_and_man() {
    let out = spiegel().arg("init").output().unwrap();
    let starter = String::from_utf8(out.stdout).unwrap();
    assert!(starter.contains("matching:"));
    // The starting file is itself a valid configuration.
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("spiegel.yaml");
    spiegel()
        .arg("init")
        .arg("--output")
        .arg(&cfg)
        .assert()
        .code(0);
    spiegel()
        .args(pair_args())
        .args(["--format", "json", "--config"])
        .arg(&cfg)
        .assert()
        .code(0);
    // It does not overwrite.
    spiegel()
        .arg("init")
        .arg("--output")
        .arg(&cfg)
        .assert()
        .code(2);
    spiegel()
        .args(["completions", "bash"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("_spiegel"));
    spiegel().arg("man").assert().code(0).stdout(
        predicate::str::contains(".TH spiegel").and(predicate::str::contains("EXIT STATUS")),
    );
    // Item 22: every page the main page points to can be produced, with
    // its options.
    spiegel().args(["man", "audit"]).assert().code(0).stdout(
        predicate::str::contains(".TH spiegel-audit")
            .and(predicate::str::contains("\\-\\-fail\\-on"))
            .and(predicate::str::contains("EXIT STATUS")),
    );
    let pages = tempfile::tempdir().unwrap();
    spiegel()
        .args(["man", "--dir"])
        .arg(pages.path())
        .assert()
        .code(0);
    for name in ["spiegel", "spiegel-audit", "spiegel-parse", "spiegel-eval"] {
        assert!(pages.path().join(format!("{name}.1")).is_file(), "{name}");
    }
    spiegel().args(["man", "nope"]).assert().code(2);
}

#[test]
fn review_decisions_are_applied_marked_and_reported_when_stale() {
    let v = json_output(&[]);
    let items = v["audits"][0]["items"].as_array().unwrap();
    let ruimte = items
        .iter()
        .find(|i| i["planned"]["title"] == "We werken aan een gezonde leefomgeving")
        .unwrap();
    let fp = ruimte["fingerprint"].as_str().unwrap().to_string();
    let computed = ruimte["colour"].as_str().unwrap().to_string();
    assert_ne!(computed, "green", "the test needs a non-green item");
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("spiegel.yaml");
    std::fs::write(
        &cfg,
        format!(
            "decisions:\n  - plan: \"We werken aan een gezonde leefomgeving\"\n    colour: green\n    reason: \"Verbouwing dekt de toegankelijkheid\"\n    reviewer: \"J. Jansen\"\n    fingerprint: \"{fp}\"\n  - plan: \"Integraal PGB\"\n    unpair: [\"Integraal PGB\"]\n    reason: \"Gaat over iets anders\"\n    reviewer: \"J. Jansen\"\n  - plan: \"Een activiteit die niet bestaat\"\n    colour: red\n    reason: \"x\"\n    reviewer: \"J. Jansen\"\n  - plan: \"We versterken jongerenparticipatie\"\n    colour: green\n    reason: \"oud besluit\"\n    reviewer: \"P. Pietersen\"\n    fingerprint: \"00000000\"\n"
        ),
    )
    .unwrap();
    let out = spiegel()
        .args(pair_args())
        .args(["--format", "json", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Een activiteit die niet bestaat"),
        "{stderr}"
    );
    assert!(stderr.contains("tekst is gewijzigd"), "{stderr}");
    let w: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = &w["audits"][0];
    assert_eq!(a["decisions_not_applied"].as_array().unwrap().len(), 2);
    let items = a["items"].as_array().unwrap();
    let ruimte = items
        .iter()
        .find(|i| i["planned"]["title"] == "We werken aan een gezonde leefomgeving")
        .unwrap();
    assert_eq!(ruimte["colour"], "green");
    assert_eq!(ruimte["decision"]["reviewer"], "J. Jansen");
    assert_eq!(ruimte["decision"]["computed_colour"], computed.as_str());
    assert!(ruimte["explanation"]
        .as_str()
        .unwrap()
        .contains("Besluit van J. Jansen"));
    // Unpaired by hand: the PGB activity is now red and its report item blue.
    let pgb = items
        .iter()
        .find(|i| i["planned"]["title"] == "Integraal PGB")
        .unwrap();
    assert_eq!(pgb["colour"], "red");
    assert!(pgb["explanation"]
        .as_str()
        .unwrap()
        .contains("koppeling door J. Jansen"));
    assert!(items
        .iter()
        .any(|i| i["colour"] == "blue" && i["reported"][0]["title"] == "Integraal PGB"));
    // The stale colour decision was not applied.
    let jp = items
        .iter()
        .find(|i| i["planned"]["title"] == "We versterken jongerenparticipatie")
        .unwrap();
    assert!(jp["decision"].is_null());
    // Marked in the other formats too.
    let out = spiegel()
        .args(pair_args())
        .args(["--format", "csv", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Besluit van J. Jansen"));
}

#[test]
fn html_pages_are_read_with_headings_and_lists() {
    let stdout = ok_stdout(
        spiegel()
            .args(["parse", "--format", "json"])
            .arg(fixture("inputs/begroting-2024-zorg.html")),
    );
    let v: serde_json::Value = serde_json::from_slice(&stdout).unwrap();
    assert_eq!(v["kind"], "begroting");
    assert_eq!(v["encoding"], "html");
    let titles: Vec<&str> = v["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        vec![
            "We starten met een pilot Welzijn op Recept",
            "We breiden de ouderenadviseurs uit"
        ]
    );
}

/// The PDF's text layer through pdftotext; without pdftotext a clear
/// message, and a PDF without text (a scan) is refused with a reason.
#[test]
fn pdf_input() {
    let pdf = fixture("inputs/begroting-2024-zorg.pdf");
    let empty = tempfile::tempdir().unwrap();
    spiegel()
        .arg("parse")
        .arg(&pdf)
        .env("PATH", empty.path())
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("begroting-2024-zorg.pdf")
                .and(predicate::str::contains("pdftotext")),
        );
    if std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_err()
    {
        // pdftotext is not installed here: only the first half applies.
        return;
    }
    spiegel()
        .arg("parse")
        .arg(&pdf)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "We breiden de ouderenadviseurs uit",
        ));
    spiegel()
        .arg("parse")
        .arg(fixture("inputs/scan-zonder-tekst.pdf"))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("scan-zonder-tekst.pdf")
                .and(predicate::str::contains("zonder tekstlaag")),
        );
}

/// A folder with two programmes in subfolders, a combined document, an
/// unpaired report and a symlink loop: pairs by year and programme, says
/// what was left and why, and audits the same whatever the thread count.
#[test]
fn folder_of_programmes_pairs_by_programme_and_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for prog in ["wwz", "zorg"] {
        std::fs::create_dir(d.join(prog)).unwrap();
        std::fs::copy(
            fixture("seed001-wwz-2023/begroting-2023-wwz.txt"),
            d.join(prog).join("begroting-2023.txt"),
        )
        .unwrap();
        std::fs::copy(
            fixture("seed001-wwz-2023/jaarverslag-2023-wwz.txt"),
            d.join(prog).join("jaarverslag-2023.txt"),
        )
        .unwrap();
    }
    std::fs::copy(
        fixture("seeds/002_59257ac9b46abdfd.txt"),
        d.join("jaarverslag-2020-wwz.txt"),
    )
    .unwrap();
    std::fs::copy(
        fixture("seeds/003_0e7e4f31a8ad1260.txt"),
        d.join("interventieplan-2020.txt"),
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(d, d.join("wwz").join("lus")).unwrap();
    let run = |jobs: &str| {
        spiegel()
            .arg("audit")
            .arg(d)
            .args(["--format", "json", "--jobs", jobs])
            .output()
            .unwrap()
    };
    let one = run("1");
    let two = run("2");
    let stderr = String::from_utf8_lossy(&one.stderr);
    // The loop is reported as an error (exit 2); the rest is audited.
    #[cfg(unix)]
    {
        assert_eq!(one.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("lus"), "{stderr}");
    }
    assert!(
        stderr.contains("jaarverslag-2020-wwz.txt: niet gekoppeld"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    let audits = v["audits"].as_array().unwrap();
    assert_eq!(audits.len(), 3, "{stderr}");
    // Each budget is paired with the report of its own programme folder.
    for a in audits {
        let (p, r) = (
            a["plan"]["path"].as_str().unwrap(),
            a["report"]["path"].as_str().unwrap(),
        );
        let folder = |s: &str| std::path::Path::new(s).parent().unwrap().to_path_buf();
        assert_eq!(folder(p), folder(r), "{p} + {r}");
    }
    assert_eq!(
        one.stdout, two.stdout,
        "output differs between 1 and 2 threads"
    );
}

#[test]
fn csv_rollup_counts_per_ambitie_and_doel() {
    let summary = json_output(&[])["audits"][0]["summary"].clone();
    let out = spiegel()
        .args(pair_args())
        .args(["--format", "csv", "--rollup"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    let counts =
        |row: &csv::StringRecord| -> Vec<u64> { (4..9).map(|k| row[k].parse().unwrap()).collect() };
    let total = rows
        .iter()
        .find(|x| &x[2] == "totaal")
        .expect("a total row");
    let t = counts(total);
    assert_eq!(
        t[..4],
        [
            summary["red"].as_u64().unwrap(),
            summary["yellow"].as_u64().unwrap(),
            summary["green"].as_u64().unwrap(),
            summary["blue"].as_u64().unwrap()
        ]
    );
    // Every item is under one doel and one ambitie.
    for level in ["doel", "ambitie"] {
        let sum: u64 = rows
            .iter()
            .filter(|x| &x[2] == level)
            .map(|x| counts(x)[4])
            .sum();
        assert_eq!(sum, t[4], "{level}");
    }
}

/// File names that do not say the programme: the programme the texts name
/// ("Programma Zorg", "Programma Wonen") pairs them.
#[test]
fn folder_pairs_by_the_programme_the_texts_name() {
    let dir = tempfile::tempdir().unwrap();
    let plan = std::fs::read_to_string(fixture("mini/begroting-2025-mini.txt")).unwrap();
    let report = std::fs::read_to_string(fixture("mini/jaarverslag-2025-mini.txt")).unwrap();
    let wonen = |s: &str| s.replace("Programma Zorg", "Programma Wonen");
    // In name order the plans and reports cross: a-plan is Wonen, and the
    // first report (c) is Zorg.
    std::fs::write(dir.path().join("begroting-2025-a.txt"), wonen(&plan)).unwrap();
    std::fs::write(dir.path().join("begroting-2025-b.txt"), &plan).unwrap();
    std::fs::write(dir.path().join("jaarverslag-2025-c.txt"), &report).unwrap();
    std::fs::write(dir.path().join("jaarverslag-2025-d.txt"), wonen(&report)).unwrap();
    let stdout = ok_stdout(
        spiegel()
            .arg("audit")
            .arg(dir.path())
            .args(["--format", "json"]),
    );
    let v: serde_json::Value = serde_json::from_slice(&stdout).unwrap();
    let pairs: Vec<(String, String)> = v["audits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["plan"]["programme"].as_str().unwrap().to_string(),
                a["report"]["programme"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("Wonen".to_string(), "Wonen".to_string()),
            ("Zorg".to_string(), "Zorg".to_string())
        ]
    );
}

/// Item 6 and 7: the output file's extension chooses the format, and a
/// file is never coloured.
#[test]
fn output_file_format_and_colour() {
    let dir = tempfile::tempdir().unwrap();
    for (name, starts) in [
        ("audit.csv", "begroting,jaarverslag,kleur"),
        ("audit.html", "<!DOCTYPE html>"),
        ("audit.md", "## Begroting"),
        ("audit.json", "{"),
    ] {
        let out = dir.path().join(name);
        ok_stdout(spiegel().args(pair_args()).arg("-o").arg(&out));
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.starts_with(starts), "{name}: {}", &text[..40]);
    }
    let out = dir.path().join("r.csv");
    ok_stdout(
        spiegel()
            .args(pair_args())
            .arg("--rollup")
            .arg("-o")
            .arg(&out),
    );
    assert!(std::fs::read_to_string(&out).unwrap().contains("totaal"));
    let out = dir.path().join("t.txt");
    ok_stdout(
        spiegel()
            .args(pair_args())
            .args(["--color", "always", "--format", "table", "-o"])
            .arg(&out),
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("Samenvatting") && !text.contains('\x1b'));
}

/// Item 2: an extra begroting in a parent folder does not take the
/// jaarverslag of the programme folder; it is left unpaired with the
/// reason, in every output, and fails `--fail-on` (item 4).
#[test]
fn folder_pairs_within_a_folder_first_and_reports_what_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let stukken = dir.path().join("stukken");
    let wwz = stukken.join("wwz");
    std::fs::create_dir_all(&wwz).unwrap();
    let plan = fixture("seed001-wwz-2023/begroting-2023-wwz.txt");
    let report = fixture("seed001-wwz-2023/jaarverslag-2023-wwz.txt");
    // "begroting-2023-concept" sorts before "wwz/" and would once have
    // taken the only jaarverslag.
    std::fs::copy(&plan, stukken.join("begroting-2023-concept.txt")).unwrap();
    std::fs::copy(&plan, wwz.join("begroting-2023.txt")).unwrap();
    std::fs::copy(&report, wwz.join("jaarverslag-2023.txt")).unwrap();
    // Quiet by default: no line per pair.
    let quiet = spiegel()
        .arg("audit")
        .arg(&stukken)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&quiet.stderr).contains("spiegel: gekoppeld: "));
    let out = spiegel()
        .arg("audit")
        .arg(&stukken)
        .args(["--format", "json", "--verbose"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let a = &v["audits"].as_array().unwrap();
    assert_eq!(a.len(), 1);
    assert!(
        a[0]["plan"]["path"]
            .as_str()
            .unwrap()
            .ends_with("wwz/begroting-2023.txt"),
        "{}",
        a[0]["plan"]["path"]
    );
    let unpaired = v["unpaired"].as_array().unwrap();
    assert_eq!(unpaired.len(), 1);
    assert!(unpaired[0]["path"]
        .as_str()
        .unwrap()
        .ends_with("begroting-2023-concept.txt"));
    assert_eq!(unpaired[0]["kind"], "begroting");
    assert_eq!(unpaired[0]["reason"], "reports_taken");
    assert!(stderr.contains("zelfde map"), "{stderr}");
    assert!(
        stderr.contains(
            "spiegel: 1 paar gecontroleerd, 1 bestand niet gekoppeld, 0 bestanden niet te lezen"
        ),
        "{stderr}"
    );
    // In Markdown and HTML too, and the gate fails.
    for (format, want) in [
        ("markdown", "> ⚠️ Niet gekoppeld: "),
        ("html", "<li>Niet gekoppeld: "),
        ("compact", "Niet gekoppeld: "),
        ("github", "::error file="),
    ] {
        let stdout = ok_stdout(
            spiegel()
                .arg("audit")
                .arg(&stukken)
                .args(["--format", format]),
        );
        let text = String::from_utf8(stdout).unwrap();
        assert!(
            text.contains(want) && text.contains("begroting-2023-concept.txt"),
            "{format}"
        );
    }
    spiegel()
        .arg("audit")
        .arg(&stukken)
        .args(["--format", "json", "--fail-on", "red>1000"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("begroting-2023-concept.txt"));
}

/// Item 10: in a folder run a decision belongs to its begroting (named,
/// or holding the activity); decisions for other pairs are not "not
/// applied"; a subfolder's own spiegel.yaml is found for its documents.
#[test]
fn folder_decisions_belong_to_their_begroting() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    for prog in ["wwz", "wwz2"] {
        std::fs::create_dir(d.join(prog)).unwrap();
        std::fs::copy(
            fixture("seed001-wwz-2023/begroting-2023-wwz.txt"),
            d.join(prog).join("begroting-2023.txt"),
        )
        .unwrap();
        std::fs::copy(
            fixture("seed001-wwz-2023/jaarverslag-2023-wwz.txt"),
            d.join(prog).join("jaarverslag-2023.txt"),
        )
        .unwrap();
    }
    std::fs::create_dir(d.join("mini")).unwrap();
    for f in ["begroting-2025-mini.txt", "jaarverslag-2025-mini.txt"] {
        std::fs::copy(fixture(&format!("mini/{f}")), d.join("mini").join(f)).unwrap();
    }
    std::fs::write(
        d.join("spiegel.yaml"),
        "decisions:\n  - plan: \"We werken aan ruimte voor ontmoeten\"\n    begroting: wwz/begroting-2023.txt\n    colour: green\n    reason: \"dekt het\"\n    reviewer: \"J. Jansen\"\n  - plan: \"Bestaat nergens\"\n    colour: red\n    reason: \"x\"\n    reviewer: \"J. Jansen\"\n",
    )
    .unwrap();
    std::fs::write(
        d.join("mini").join("spiegel.yaml"),
        "decisions:\n  - plan: \"We verkorten de wachttijd voor een keukentafelgesprek\"\n    colour: green\n    reason: \"mondeling toegelicht\"\n    reviewer: \"P. Pietersen\"\n",
    )
    .unwrap();
    let out = spiegel()
        .arg("audit")
        .arg(d)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stderr.matches("niet toegepast").count(), 1, "{stderr}");
    assert!(stderr.contains("Bestaat nergens"), "{stderr}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["decisions_not_applied"].as_array().unwrap().len(), 1);
    let item = |plan_dir: &str, title: &str| -> serde_json::Value {
        let a = v["audits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| {
                a["plan"]["path"]
                    .as_str()
                    .unwrap()
                    .contains(&format!("{plan_dir}/"))
            })
            .unwrap();
        assert!(a["decisions_not_applied"].as_array().unwrap().is_empty());
        a["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["planned"]["title"] == title)
            .unwrap()
            .clone()
    };
    let ruimte = "We werken aan ruimte voor ontmoeten";
    assert_eq!(item("wwz", ruimte)["decision"]["reviewer"], "J. Jansen");
    assert!(item("wwz2", ruimte)["decision"].is_null());
    let wacht = item(
        "mini",
        "We verkorten de wachttijd voor een keukentafelgesprek",
    );
    assert_eq!(wacht["colour"], "green");
    assert_eq!(wacht["decision"]["reviewer"], "P. Pietersen");
}

/// Item 9: decisions not applied reach the committee's formats, and
/// compact marks the items a decision touched.
#[test]
fn decisions_show_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("spiegel.yaml");
    std::fs::write(
        &cfg,
        "decisions:\n  - plan: \"We werken aan ruimte voor ontmoeten\"\n    colour: green\n    reason: \"dekt het\"\n    reviewer: \"J. Jansen\"\n  - plan: \"Een activiteit die niet bestaat\"\n    colour: red\n    reason: \"x\"\n    reviewer: \"J. Jansen\"\n",
    )
    .unwrap();
    for (format, want) in [
        (
            "table",
            "Besluit niet toegepast: besluit over 'Een activiteit die niet bestaat'",
        ),
        (
            "markdown",
            "> ⚠️ Besluit niet toegepast: besluit over 'Een activiteit die niet bestaat'",
        ),
        (
            "html",
            "<li>Besluit niet toegepast: besluit over &#x27;Een activiteit die niet bestaat&#x27;",
        ),
        ("compact", "We werken aan ruimte voor ontmoeten -> "),
    ] {
        let stdout = ok_stdout(
            spiegel()
                .args(pair_args())
                .args(["--color", "never", "--format", format, "--config"])
                .arg(&cfg),
        );
        let text = String::from_utf8(stdout).unwrap();
        assert!(text.contains(want), "{format}: {want}");
        if format == "compact" {
            assert!(
                text.lines().any(|l| l.contains("ruimte voor ontmoeten")
                    && l.ends_with("(besluit J. Jansen: dekt het)")),
                "{text}"
            );
        }
    }
}

/// Item 12: in a folder's HTML report the source-line ids are unique.
#[test]
fn html_ids_are_unique_per_pair() {
    let dir = tempfile::tempdir().unwrap();
    for prog in ["a", "b"] {
        let p = dir.path().join(prog);
        std::fs::create_dir(&p).unwrap();
        for f in ["begroting-2025-mini.txt", "jaarverslag-2025-mini.txt"] {
            std::fs::copy(fixture(&format!("mini/{f}")), p.join(f)).unwrap();
        }
    }
    let stdout = ok_stdout(
        spiegel()
            .arg("audit")
            .arg(dir.path())
            .args(["--format", "html"]),
    );
    let html = String::from_utf8(stdout).unwrap();
    let ids: Vec<&str> = html
        .split("id=\"")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    let mut dedup = ids.clone();
    dedup.sort();
    dedup.dedup();
    assert_eq!(dedup.len(), ids.len(), "repeated ids");
    // Every link points at an id that exists.
    for href in html.split("href=\"#").skip(1) {
        let id = &href[..href.find('"').unwrap()];
        assert!(ids.contains(&id), "{id}");
    }
    assert!(html.contains("href=\"#p2-plan-L"));
}

/// Item 13: each doel's heading and table sit in one section (which the
/// filters hide when all its rows are hidden), and each filter shows its
/// count.
#[test]
fn html_filters_hide_empty_sections_and_show_counts() {
    let stdout = ok_stdout(spiegel().args(pair_args()).args(["--format", "html"]));
    let html = String::from_utf8(stdout).unwrap();
    let v = json_output(&[]);
    let s = &v["audits"][0]["summary"];
    for (c, label) in [
        ("red", "Rood"),
        ("yellow", "Geel"),
        ("green", "Groen"),
        ("blue", "Blauw"),
    ] {
        assert!(
            html.contains(&format!(
                "value=\"{c}\" checked> {label} ({})</label>",
                s[c]
            )),
            "{c}"
        );
    }
    let tables = html.matches("<table class=\"items\">").count();
    assert_eq!(html.matches("<section class=\"doel\">").count(), tables);
    assert_eq!(
        html.matches("<section class=\"doel\"><h4>").count(),
        html.matches("<h4>Doel: ").count()
    );
    assert_eq!(
        html.matches("<section class=\"ambitie\"><h3>").count(),
        html.matches("<h3>").count()
    );
    assert!(html.contains("section.empty{display:none}") && html.contains("hideEmpty()"));
}

#[test]
fn sort_doubt_puts_the_least_sure_verdicts_first() {
    let run = |sort: &str| {
        let out = spiegel()
            .args(["audit", "--format", "json", "--sort", sort, "--plan"])
            .arg(fixture("dev-d6-werk/begroting-2024-werk-en-inkomen.txt"))
            .arg("--report")
            .arg(fixture("dev-d6-werk/jaarverslag-2024-werk-en-inkomen.txt"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["audits"][0]["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|it| {
                (
                    it["confidence"].as_f64().unwrap(),
                    it["confidence_band"].as_str().unwrap().to_string(),
                )
            })
            .collect::<Vec<_>>()
    };
    let plan = run("plan");
    let doubt = run("doubt");
    assert_eq!(plan.len(), doubt.len());
    // Every band is named by its value, and doubt order rises.
    for (c, b) in &doubt {
        let want = if *c >= 0.5 {
            "high"
        } else if *c >= 0.2 {
            "medium"
        } else {
            "low"
        };
        assert_eq!(b, want);
    }
    assert!(doubt.windows(2).all(|w| w[0].0 <= w[1].0));
    assert!(doubt[0].1 == "low", "this pair has doubtful verdicts");
    // The begroting order is another order.
    assert_ne!(plan, doubt);
}
