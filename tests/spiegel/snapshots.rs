//! Every output format rendered from the same small pair
//! (`fixtures/mini`, three planned activities and one unplanned report
//! item, verdicts checked by hand in its gold.yaml). The snapshots in
//! `tests/spiegel/snapshots/` were read line by line when they were made;
//! a change in any format shows up here as a diff to review.

fn render(format: &str, extra: &[&str]) -> String {
    let stdout = super::ok_stdout(
        super::spiegel()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("COLUMNS", "120")
            .args([
                "audit",
                "--plan",
                "fixtures/mini/begroting-2025-mini.txt",
                "--report",
                "fixtures/mini/jaarverslag-2025-mini.txt",
                "--color",
                "never",
                "--format",
                format,
            ])
            .args(extra),
    );
    String::from_utf8(stdout).unwrap()
}

#[test]
fn table() {
    insta::assert_snapshot!(render("table", &[]));
}

#[test]
fn table_in_english() {
    insta::assert_snapshot!(render("table", &["--lang", "en"]));
}

#[test]
fn json() {
    insta::assert_snapshot!(render("json", &[]));
}

#[test]
fn csv() {
    insta::assert_snapshot!(render("csv", &[]));
}

#[test]
fn csv_rollup() {
    insta::assert_snapshot!(render("csv", &["--rollup"]));
}

#[test]
fn markdown() {
    insta::assert_snapshot!(render("markdown", &[]));
}

#[test]
fn html() {
    insta::assert_snapshot!(render("html", &[]));
}

#[test]
fn github() {
    insta::assert_snapshot!(render("github", &[]));
}

#[test]
fn compact() {
    insta::assert_snapshot!(render("compact", &[]));
}
