//! Agreement with the hand labels in fixtures/*/gold.yaml. The levels are
//! floors below the measured agreement (see the README), so a change that
//! makes spiegel's verdicts worse fails here.

use super::{fixture, ok_stdout, spiegel};
use spiegel::config::Config;

fn check(rel: &str, min_kappa: f64, min_pairing: f64) {
    let a = spiegel::eval::evaluate(&fixture(rel), &Config::default()).unwrap();
    assert!(
        a.missing_titles.is_empty(),
        "{rel}: titles not found: {:?}",
        a.missing_titles
    );
    floors(rel, &a, min_kappa, min_pairing);
}

fn floors(rel: &str, a: &spiegel::eval::Agreement, min_kappa: f64, min_pairing: f64) {
    assert!(
        a.kappa >= min_kappa,
        "{rel}: kappa {:.3} < {min_kappa}",
        a.kappa
    );
    assert!(
        a.pairing_accuracy >= min_pairing,
        "{rel}: pairing {:.3} < {min_pairing}",
        a.pairing_accuracy
    );
}

// Floors a little below the agreement measured on each pair (README,
// "How good are the verdicts"). The holdout pairs were labelled after the
// classifier was tuned and were not used to tune it.

#[test]
fn seed001_real_pair() {
    check("seed001-wwz-2023/gold.yaml", 0.62, 0.95);
}

#[test]
fn bullets_budget_against_the_real_report_of_seed_000() {
    check("bullets-wwz-2024/gold.yaml", 0.58, 0.85);
}

#[test]
fn numbered_labelled_budget_against_a_windows_1252_bullet_report() {
    check("labelled-numbered-2022/gold.yaml", 0.72, 0.93);
}

#[test]
fn table_budget_against_the_real_headline_report_of_seed_002() {
    check("table-wwz-2020/gold.yaml", 0.47, 0.75);
}

#[test]
fn ocr_damaged_interventieplan_audited_on_its_own() {
    // Nine units only: one verdict moves kappa by about 0.15.
    // Nine items: one verdict moves kappa by about 0.18.
    check("interventies-2021/gold.yaml", 0.45, 1.0);
}

#[test]
fn holdout_bullet_budget_against_a_headline_report() {
    check("holdout-bullets-2023/gold.yaml", 0.54, 0.78);
}

#[test]
fn eval_cli_reports_agreement() {
    let out = ok_stdout(
        spiegel()
            .args(["eval", "--format", "json"])
            .arg(fixture("seed001-wwz-2023")),
    );
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let k = v["pairs"][0]["kappa"].as_f64().unwrap();
    assert!((-1.0..=1.0).contains(&k));
    assert_eq!(v["pairs"][0]["per_colour"].as_array().unwrap().len(), 4);
    // One pair: the pooled kappa is that pair's.
    assert_eq!(v["pooled"]["kappa"].as_f64().unwrap(), k);
    // A floor of 1 is not met: exit 1, saying which value missed which floor.
    let out = spiegel()
        .args(["eval", "--min-kappa", "1"])
        .arg(fixture("seed001-wwz-2023"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("seed001-wwz-2023/gold.yaml kappa 0."), "{err}");
    assert!(err.contains("< 1"), "{err}");
    assert!(err.contains("pooled kappa"), "{err}");
    // A floor outside 0..=1 is a usage error.
    for bad in ["1.01", "-0.2", "veel"] {
        let out = spiegel()
            .args(["eval", "--min-kappa", bad])
            .arg(fixture("seed001-wwz-2023"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "--min-kappa {bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--min-kappa"), "{err}");
    }
}

#[test]
fn eval_over_the_dev_fixtures_prints_pooled_numbers() {
    let out = ok_stdout(spiegel().args(["eval", "--split", "dev"]).arg(fixture("")));
    let text = String::from_utf8(out).unwrap();
    // Folders are searched recursively: every labelled pair is found.
    let pairs = std::fs::read_dir(fixture(""))
        .unwrap()
        .map(|e| e.unwrap().path().join("gold.yaml"))
        .filter(|g| g.is_file())
        .filter(|g| !std::fs::read_to_string(g).unwrap().contains("split: test"))
        .count();
    assert!(pairs >= 8);
    assert!(
        text.contains(&format!("pooled over {pairs} pairs (split dev)")),
        "{text}"
    );
    assert!(text.contains("95% bootstrap interval"), "{text}");
    assert!(text.contains("pairing accuracy"), "{text}");
    assert!(text.contains("realisation accuracy"), "{text}");
    assert!(text.contains("intentions over"), "{text}");
    // Which side is which is said in words.
    assert!(text.contains("✗ label "), "{text}");
    assert!(text.contains(", spiegel "), "{text}");

    let json = |split: &str| {
        let out = ok_stdout(
            spiegel()
                .args(["eval", "--format", "json", "--split", split])
                .arg(fixture("")),
        );
        serde_json::from_slice::<serde_json::Value>(&out).unwrap()
    };
    let v = json("dev");
    let p = &v["pooled"];
    assert_eq!(p["pairs"].as_u64(), Some(pairs as u64));
    let units: u64 = v["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["units"].as_array().unwrap().len() as u64)
        .sum();
    assert_eq!(p["units"].as_u64(), Some(units));
    let (k, lo, hi) = (
        p["kappa"].as_f64().unwrap(),
        p["kappa_interval"]["low"].as_f64().unwrap(),
        p["kappa_interval"]["high"].as_f64().unwrap(),
    );
    assert!(lo <= k && k <= hi && hi - lo < 0.3, "{lo} {k} {hi}");
    assert_eq!(p["kappa_interval"]["resamples"].as_u64(), Some(1000));
    // The pooled floor of the dev split, a little below the measured value
    // (0.72 over 49 pairs, each pair held by its own floor in
    // `dev_pairs_in_the_new_layouts` and above).
    assert!(k >= 0.70, "pooled dev kappa {k}");
    assert!(p["intentions"]["recall"].as_f64().is_some());
    // Seeded: the same interval on every run.
    assert_eq!(json("dev")["pooled"], v["pooled"]);
}

/// A folder with two copies of the mini pair, one marked `split: test`.
fn split_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (sub, split) in [("a", "dev"), ("b/deeper", "test")] {
        let d = dir.path().join(sub);
        std::fs::create_dir_all(&d).unwrap();
        for f in ["begroting-2025-mini.txt", "jaarverslag-2025-mini.txt"] {
            std::fs::copy(fixture("mini").join(f), d.join(f)).unwrap();
        }
        let gold = std::fs::read_to_string(fixture("mini/gold.yaml"))
            .unwrap()
            .replace("split: dev", &format!("split: {split}"));
        std::fs::write(d.join("gold.yaml"), gold).unwrap();
    }
    dir
}

#[test]
fn eval_split_selects_pairs() {
    let dir = split_folder();
    let pooled_pairs = |split: &str| {
        let out = ok_stdout(
            spiegel()
                .args(["eval", "--format", "json", "--split", split])
                .arg(dir.path()),
        );
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["split"].as_str(), Some(split));
        v["pooled"]["pairs"].as_u64().unwrap()
    };
    assert_eq!(pooled_pairs("dev"), 1);
    assert_eq!(pooled_pairs("test"), 1);
    assert_eq!(pooled_pairs("all"), 2);
    // The default is dev, and it says what it left out.
    let out = spiegel().arg("eval").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("1 of 2 labelled pairs left out"), "{err}");
    // Nothing in the split: a usage error, not an empty report.
    spiegel()
        .args(["eval", "--split", "dev"])
        .arg(dir.path().join("b"))
        .assert()
        .code(2);
}

#[test]
fn agreement_between_two_labellers() {
    let dir = tempfile::tempdir().unwrap();
    let a = fixture("mini/gold.yaml");
    let b = dir.path().join("gold-b.yaml");
    // Labeller B calls the belcirkel green and pairs the fair with the
    // ontmoetingsplek instead of calling it blue.
    let text = std::fs::read_to_string(&a)
        .unwrap()
        .replacen("colour: yellow", "colour: green", 1)
        .replace(
            r#"report: ["We hebben een ontmoetingsplek in de bibliotheek geopend"]"#,
            r#"report: ["We hebben een ontmoetingsplek in de bibliotheek geopend", "We hebben een seniorenbeurs georganiseerd"]"#,
        )
        .replace("plan: null", "plan: \"Iets anders\"");
    std::fs::write(&b, text).unwrap();
    let out = ok_stdout(spiegel().args(["eval", "--agreement"]).arg(&a).arg(&b));
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("kappa"), "{text}");
    assert!(text.contains("raw agreement"), "{text}");
    assert!(text.contains("confusion matrix"), "{text}");
    assert!(
        text.contains(
            "label A Geel, label B Groen: plan \"We starten een belcirkel voor ouderen\""
        ),
        "{text}"
    );
    assert!(
        text.contains("label A Blauw, label B gekoppeld: report \"We hebben een seniorenbeurs georganiseerd\""),
        "{text}"
    );
    let out = ok_stdout(
        spiegel()
            .args(["eval", "--format", "json", "--agreement"])
            .arg(&a)
            .arg(&b),
    );
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    // Four plan units (three shared, one only in B's file) and the fair.
    assert_eq!(v["units"].as_u64(), Some(5));
    assert_eq!(v["disagreements"].as_array().unwrap().len(), 3);
    let m: u64 = v["matrix"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r.as_array().unwrap().iter().map(|n| n.as_u64().unwrap()))
        .sum();
    assert_eq!(m, 5);
    // The same file twice agrees fully.
    let out = ok_stdout(spiegel().args(["eval", "--agreement"]).arg(&a).arg(&a));
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("kappa 1.000"), "{text}");
    assert!(text.contains("no disagreements"), "{text}");
}

#[test]
fn holdout_table_budget_against_a_labelled_report() {
    check("holdout-table-2025/gold.yaml", 0.7, 0.9);
}

#[test]
fn mini_pair_checked_by_hand_agrees_fully() {
    check("mini/gold.yaml", 1.0, 1.0);
}

// The development pairs in the portal, project-page and Word/pdftotext
// layouts (written and labelled by one helper each).
#[test]
fn dev_pairs_in_the_new_layouts() {
    check("dev-d1-verkeer/gold.yaml", 0.65, 0.95);
    check("dev-d2-groen/gold.yaml", 0.48, 0.75);
    check("dev-d3-cultuur/gold.yaml", 0.7, 0.95);
    // Written later by other helpers in the same kinds of layout, to find
    // what the first three did not show (each read almost nothing before).
    check("dev-d4-onderwijs/gold.yaml", 0.55, 0.8);
    check("dev-d5-sport/gold.yaml", 0.6, 0.85);
    check("dev-d6-werk/gold.yaml", 0.78, 0.9);
    // Written blind in the layouts of two test pairs that were hardly
    // read (Word table rows against sentence headlines; narrow-column
    // pdftotext against OCR'd maatregelen).
    check("dev-d7-recreatie/gold.yaml", 0.6, 0.8);
    check("dev-d8-openbare-ruimte/gold.yaml", 0.78, 0.9);
    // Written blind in the test split's programmes and in layouts the
    // dev split lacked, when it was found to overrate unseen documents.
    check("dev-d9-wonen/gold.yaml", 0.5, 0.9);
    check("dev-d10-bestuur/gold.yaml", 0.62, 0.9);
    check("dev-d11-veiligheid/gold.yaml", 0.75, 0.9);
    check("dev-d12-duurzaamheid/gold.yaml", 0.75, 0.95);
    check("dev-d13-economie/gold.yaml", 0.68, 0.9);
    // Written blind when the OCR layout with sub-headings was found weak
    // (sociaal domein), and in two more (a Word status table; a mirrored
    // verantwoording). First measured at 0.476, 0.594 and 0.862.
    check("dev-d14-sociaal/gold.yaml", 0.64, 0.95);
    check("dev-d15-jeugd/gold.yaml", 0.72, 0.9);
    check("dev-d16-wonen/gold.yaml", 0.85, 0.95);
    // Three more, blind (pdftotext BBV questions against a report with a
    // status symbol before each title; a Word table against a portal;
    // bullets against a themed headline report). First measured at
    // 0.026 (the report read as one item), 0.771 and 0.624.
    check("dev-d17-veiligheid/gold.yaml", 0.3, 0.7);
    check("dev-d18-economie/gold.yaml", 0.72, 0.95);
    check("dev-d19-bestuur/gold.yaml", 0.66, 0.9);
    // Three more, blind (an HTML page whose titles are bold leads; a report
    // with year-ending sub-headings; a prose pdftotext plan against a
    // Markdown export). First measured at 0.030, 0.089 and 0.080.
    check("dev-d20-gezondheid/gold.yaml", 0.64, 0.75);
    check("dev-d21-mobiliteit/gold.yaml", 0.7, 0.95);
    check("dev-d22-dienstverlening/gold.yaml", 0.7, 0.9);
    // Three more, blind (a portal text against a Word status table; HTML
    // accordions against HTML tables; OCR against a two-column report).
    // First measured at 0.542, 0.069 (the accordions and the table rows
    // were not read) and 0.560.
    check("dev-d23-cultuur/gold.yaml", 0.76, 0.72);
    check("dev-d24-onderwijs/gold.yaml", 0.54, 0.85);
    check("dev-d25-milieu/gold.yaml", 0.66, 0.93);
    // Three more, blind (a pipe-table plan against a Markdown list with
    // traffic lights; pdftotext afspraken against an HTML portal with
    // status badges; a labelled plan against a mirrored report). First
    // measured at 0.069 (the table cells and the list were not read),
    // 0.738 and 0.670.
    check("dev-d26-wonen/gold.yaml", 0.46, 0.8);
    check("dev-d27-economie/gold.yaml", 0.7, 0.93);
    check("dev-d28-bestuur/gold.yaml", 0.78, 0.83);
    // One more, blind: bullets against an HTML speerpunten page whose
    // accordions carry a status badge in the summary. First measured at
    // 0.482 (0.069 before the accordion rule).
    check("dev-d29-veiligheid/gold.yaml", 0.72, 0.85);
    // Nine more, blind, in layouts the split lacked. First measured (in
    // this order) at 0.025 (pdftotext in Windows-1252 against a report of
    // run-in titles), -0.007 (an HTML table plan against a report ordered
    // by status), 0.262 (Markdown against a pdftotext -layout table),
    // 0.025 (a mirrored HTML table), 0.035 (OCR'd lettered items against
    // HTML with status icons), -0.015 (a Word numbered list), -0.010
    // (UTF-16 tab table against Markdown fields), 0.082 ("Resultaat
    // 3.1.1" with intention bullets) and 0.036 (numbered begrotingsapp
    // items against an HTML table).
    check("dev-d30-zorg/gold.yaml", 0.72, 0.8);
    check("dev-d31-energie/gold.yaml", 0.58, 0.85);
    check("dev-d32-werk/gold.yaml", 0.87, 0.92);
    check("dev-d33-wonen/gold.yaml", 0.5, 0.92);
    check("dev-d34-veiligheid/gold.yaml", 0.5, 0.85);
    check("dev-d35-onderwijs/gold.yaml", 0.64, 0.85);
    check("dev-d36-cultuur/gold.yaml", 0.24, 0.68);
    check("dev-d37-verkeer/gold.yaml", 0.54, 0.92);
    check("dev-d38-dienstverlening/gold.yaml", 0.6, 0.92);
    check("dev-d39-sport/gold.yaml", 0.4, 0.85);
    check("dev-d40-armoede/gold.yaml", 0.5, 0.85);
    check("dev-d41-afval/gold.yaml", 0.72, 0.9);
}

// The frozen test pairs: one pooled floor against regressions (never tuned
// on), a little below what the split scores. The floor is pooled and its
// message names no pair, so a failing run guards without telling which
// test pair a change hurt (which would be tuning on it).
#[test]
fn test_split_does_not_regress() {
    let golds: Vec<_> = [
        "test-p1-wonen",
        "test-p2-economie",
        "test-p3-bestuur",
        "test-p4-veiligheid",
        "test-p5-sociaal",
        "test-p6-duurzaamheid",
        "test-p7-jeugd",
        "test-p8-economie",
        "test-p9-wonen",
        "test-p10-veiligheid",
    ]
    .iter()
    .map(|p| {
        spiegel::eval::evaluate(&fixture(&format!("{p}/gold.yaml")), &Config::default()).unwrap()
    })
    .collect();
    let pooled = spiegel::eval::pool(&golds);
    assert!(
        pooled.kappa >= 0.54 && pooled.pairing_accuracy >= 0.82,
        "the pooled test split fell below its floor (kappa 0.54, pairing 0.82)"
    );
}
