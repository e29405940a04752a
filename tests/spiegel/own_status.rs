//! The municipality's own status held against its text, on the hand
//! labelled pair fixtures/own-status-2024 (expected.yaml).

use super::{fixture, spiegel};

fn args() -> Vec<String> {
    let p = |f: &str| {
        fixture(&format!("own-status-2024/{f}"))
            .display()
            .to_string()
    };
    vec![
        "audit".into(),
        "--plan".into(),
        p("begroting-2024-wonen.txt"),
        "--report".into(),
        p("jaarverslag-2024-wonen.txt"),
    ]
}

#[derive(serde::Deserialize)]
struct Expected {
    items: Vec<ExpectedItem>,
}

#[derive(serde::Deserialize)]
struct ExpectedItem {
    plan: String,
    own_status_check: String,
}

#[test]
fn json_findings_match_the_hand_labels() {
    let out = spiegel()
        .args(args())
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let exp: Expected = serde_yaml::from_str(
        &std::fs::read_to_string(fixture("own-status-2024/expected.yaml")).unwrap(),
    )
    .unwrap();
    let items = v["audits"][0]["items"].as_array().unwrap();
    for e in &exp.items {
        let it = items
            .iter()
            .find(|i| i["planned"]["title"] == e.plan.as_str())
            .unwrap_or_else(|| panic!("{} not read", e.plan));
        assert_eq!(
            it["own_status_check"]["finding"],
            e.own_status_check.as_str(),
            "{}",
            e.plan
        );
    }
    let s = &v["audits"][0]["own_status"];
    assert_eq!(s["with_status"], 6);
    assert_eq!(s["agrees"], 2);
    assert_eq!(s["overstated"], 2);
}

#[test]
fn fail_on_overstated_exits_1() {
    let out = spiegel()
        .args(args())
        .args(["--format", "csv", "--fail-on", "overstated"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .ends_with(",own_status_check,confidence,confidence_band"));
    assert_eq!(csv.matches(",overstated").count(), 2, "{csv}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("overschat 2"));
}

#[test]
fn table_markdown_html_and_github_show_it() {
    let run = |f: &str| {
        let out = spiegel()
            .args(args())
            .args(["--format", f, "--color", "never"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let t = run("table");
    assert!(
        t.contains("Eigen status") && t.contains("vertraagd: onderschat"),
        "{t}"
    );
    assert!(t.contains("Eigen status: 2 van 6 in lijn met de tekst"));
    assert!(run("markdown").contains("| Eigen status |"));
    let h = run("html");
    assert!(
        h.contains("own-flag own-overstated") && h.contains("⚠ eigen status: gereed: overschat"),
        "html"
    );
    let g = run("github");
    // The unsupported status on report line 28 is annotated there.
    assert!(
        g.contains("line=28,title=spiegel%3A eigen status zonder onderbouwing"),
        "{g}"
    );
}

/// A pair without own statuses shows no own-status column.
#[test]
fn no_status_no_column() {
    let out = spiegel()
        .args([
            "audit",
            "--plan",
            fixture("seed001-wwz-2023/begroting-2023-wwz.txt")
                .to_str()
                .unwrap(),
            "--report",
            fixture("seed001-wwz-2023/jaarverslag-2023-wwz.txt")
                .to_str()
                .unwrap(),
            "--format",
            "table",
        ])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Eigen status"));
}
