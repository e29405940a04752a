//! A catalogue of bad inputs: what spiegel does with files a user may hand
//! it by mistake (empty, binary, huge, badly encoded, missing, a folder,
//! the same file twice, links that lead nowhere). Each case checks the exit
//! code of CONTRACT.md and that standard error names the file and says what
//! is wrong.

use super::{fixture, spiegel};
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn seed_plan() -> PathBuf {
    fixture("seed001-wwz-2023/begroting-2023-wwz.txt")
}

fn seed_report() -> PathBuf {
    fixture("seed001-wwz-2023/jaarverslag-2023-wwz.txt")
}

/// Runs `audit --plan P --report R --format json` and returns the exit
/// code, stdout and stderr.
fn audit(plan: &Path, report: &Path) -> (Option<i32>, Vec<u8>, String) {
    let out = spiegel()
        .args(["audit", "--format", "json", "--plan"])
        .arg(plan)
        .arg("--report")
        .arg(report)
        .output()
        .unwrap();
    (
        out.status.code(),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The summary of the first audit in a JSON output.
fn summary(stdout: &[u8]) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_slice(stdout).unwrap();
    v["audits"][0]["summary"].clone()
}

/// Deterministic pseudo-random bytes (no extra dependency).
fn noise(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as u8
        })
        .collect()
}

/// Realistic labelled begroting text of at least `size` bytes: ambities,
/// doelen and activities with a paragraph each, all different.
fn big_plan(size: usize) -> String {
    const PLACES: [&str; 10] = [
        "buurthuis",
        "bibliotheek",
        "sportpark",
        "jongerencentrum",
        "wijkteam",
        "speeltuin",
        "zwembad",
        "schoolplein",
        "moestuin",
        "ontmoetingsplek",
    ];
    let mut s = String::with_capacity(size + 1024);
    s.push_str("Begroting 2023\n\n");
    let mut i = 0usize;
    while s.len() < size {
        if i % 50 == 0 {
            s.push_str(&format!(
                "Ambitie {}: We zorgen voor een gezonde en veilige stad voor alle inwoners\n\n",
                i / 50 + 1
            ));
        }
        if i % 10 == 0 {
            s.push_str(&format!(
                "Doel {}.{}: Minder eenzaamheid onder ouderen en jongeren\n\n",
                i / 50 + 1,
                (i / 10) % 5 + 1
            ));
        }
        let w = PLACES[i % PLACES.len()];
        s.push_str(&format!(
            "Activiteit: We versterken {w} nummer {i} in de wijk\n"
        ));
        // Long texts (about 10 KB per activity), as in real budgets with
        // tables and figures, keep the number of activities realistic.
        for k in 0..25 {
            s.push_str(&format!(
                "In 2023 gaan we samen met welzijnsorganisaties en vrijwilligers bij {w} {i}.{k} \
                 activiteiten organiseren voor ouderen en jongeren. We richten ons op preventie, \
                 vroegsignalering en het versterken van het sociale netwerk. Daarnaast onderzoeken \
                 we of {w} {i} vaker open kan.\n"
            ));
        }
        s.push('\n');
        i += 1;
    }
    s
}

#[test]
fn empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("leeg.txt");
    std::fs::write(&empty, "").unwrap();
    spiegel()
        .args(["audit", "--plan"])
        .arg(&empty)
        .arg("--report")
        .arg(seed_report())
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("leeg.txt").and(predicate::str::contains("leeg")));
    // Only whitespace is empty too.
    std::fs::write(&empty, " \n\r\n\t\n").unwrap();
    spiegel()
        .args(["audit", "--plan"])
        .arg(seed_plan())
        .arg("--report")
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("leeg.txt").and(predicate::str::contains("leeg")));
}

#[test]
fn binary_file() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("plaatje.png");
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    bytes.extend(noise(4000, 7));
    std::fs::write(&png, &bytes).unwrap();
    spiegel()
        .args(["audit", "--plan"])
        .arg(&png)
        .arg("--report")
        .arg(seed_report())
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("plaatje.png")
                .and(predicate::str::contains("binair"))
                .and(predicate::str::contains("panicked").not()),
        );
}

#[test]
fn an_old_word_file_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("begroting-2023.doc");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.extend(noise(4000, 3));
    std::fs::write(&doc, &bytes).unwrap();
    spiegel()
        .args(["audit", "--plan"])
        .arg(&doc)
        .arg("--report")
        .arg(seed_report())
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("begroting-2023.doc")
                .and(predicate::str::contains("oud Word"))
                .and(predicate::str::contains(".docx")),
        );
}

#[test]
fn binary_file_message_gives_the_offset_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("nul.txt");
    std::fs::write(&f, b"caf\xe9\x00 en nog wat tekst erachter").unwrap();
    spiegel()
        .args(["audit", "--plan"])
        .arg(&f)
        .arg("--report")
        .arg(seed_report())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nul.txt").and(predicate::str::contains("byte 4 ")));
}

#[test]
fn a_50_mb_text_file_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("begroting-2023-groot.txt");
    std::fs::write(&plan, big_plan(50 * 1024 * 1024)).unwrap();
    // Output to a file, not a pipe.
    let out = dir.path().join("audit.csv");
    spiegel()
        .args(["audit", "--format", "csv", "--plan"])
        .arg(&plan)
        .arg("--report")
        .arg(seed_report())
        .arg("--output")
        .arg(&out)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("panicked").not());
    let rows = std::fs::read_to_string(&out).unwrap().lines().count();
    assert!(rows > 4_000, "{rows} rows");
}

#[test]
fn one_10_mb_line() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("begroting-2023-regel.txt");
    let sentence = "In 2023 gaan we samen met de wijkteams en vrijwilligers activiteiten organiseren voor ouderen en jongeren ";
    let mut line = String::from("Activiteit: ");
    while line.len() < 10 * 1024 * 1024 {
        line.push_str(sentence);
    }
    std::fs::write(&plan, &line).unwrap();
    let (code, stdout, stderr) = audit(&plan, &seed_report());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    summary(&stdout);
    // The same line without a marker: no activities, a warning, exit 0.
    std::fs::write(&plan, &line["Activiteit: ".len()..]).unwrap();
    let (code, _, stderr) = audit(&plan, &seed_report());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("begroting-2023-regel.txt") && stderr.contains("geen activiteiten"),
        "{stderr}"
    );
}

/// The seed plan with one invalid UTF-8 sequence in the middle.
fn plan_with_bad_byte(dir: &Path) -> PathBuf {
    let bytes = std::fs::read(seed_plan()).unwrap();
    let at = bytes[2000..].iter().position(|&b| b == b'\n').unwrap() + 2000;
    let mut bad = bytes[..at].to_vec();
    bad.extend_from_slice(b" \xff\xfe");
    bad.extend_from_slice(&bytes[at..]);
    let plan = dir.join("begroting-2023-wwz.txt");
    std::fs::write(&plan, bad).unwrap();
    plan
}

#[test]
fn invalid_utf8_in_a_utf8_file_still_reads() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_with_bad_byte(dir.path());
    let (code, stdout, stderr) = audit(&plan, &seed_report());
    assert_eq!(code, Some(0), "{stderr}");
    let s = summary(&stdout);
    assert!(s["green"].as_u64().unwrap() > 0, "{s}");
}

#[test]

fn invalid_utf8_keeps_the_other_accents() {
    let dir = tempfile::tempdir().unwrap();
    let plan = plan_with_bad_byte(dir.path());
    let out = spiegel()
        .args(["parse", "--format", "json"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('Ã'), "mojibake in the parsed plan");
}

#[test]
fn mixed_encodings_in_a_pair() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(seed_report()).unwrap();
    let (cp1252, _, lossy) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!lossy, "the seed report fits Windows-1252");
    assert!(std::str::from_utf8(&cp1252).is_err(), "really not UTF-8");
    let report = dir.path().join("jaarverslag-2023-wwz.txt");
    std::fs::write(&report, &cp1252).unwrap();
    let (code, stdout, stderr) = audit(&seed_plan(), &report);
    assert_eq!(code, Some(0), "{stderr}");
    // Read faithfully: the same verdicts as the all-UTF-8 pair.
    let (_, reference, _) = audit(&seed_plan(), &seed_report());
    assert_eq!(summary(&stdout), summary(&reference));
    assert!(!String::from_utf8_lossy(&stdout).contains('Ã'));
}

#[test]
fn utf16_le_with_bom() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(seed_plan()).unwrap();
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let plan = dir.path().join("begroting-2023-wwz.txt");
    std::fs::write(&plan, bytes).unwrap();
    let (code, stdout, stderr) = audit(&plan, &seed_report());
    assert_eq!(code, Some(0), "{stderr}");
    let (_, reference, _) = audit(&seed_plan(), &seed_report());
    assert_eq!(summary(&stdout), summary(&reference));
}

#[test]
fn plan_and_report_the_same_file() {
    let plan = seed_plan();
    spiegel()
        .args(["audit", "--plan"])
        .arg(&plan)
        .arg("--report")
        .arg(&plan)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("begroting-2023-wwz.txt")
                .and(predicate::str::contains("hetzelfde bestand")),
        );
    // Also when the two paths are spelt differently.
    let other = plan
        .parent()
        .unwrap()
        .join(".")
        .join("begroting-2023-wwz.txt");
    spiegel()
        .args(["audit", "--plan"])
        .arg(&plan)
        .arg("--report")
        .arg(&other)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("hetzelfde bestand"));
}

#[test]
fn no_activities_found_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("brief.txt");
    std::fs::write(
        &plan,
        "Aan de gemeenteraad,\n\nHierbij ontvangt u de stukken voor de vergadering.\n\nMet vriendelijke groet,\nHet college\n",
    )
    .unwrap();
    let (code, stdout, stderr) = audit(&plan, &seed_report());
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("brief.txt") && stderr.contains("geen activiteiten gevonden"),
        "{stderr}"
    );
    // The audit still ran: every report item is blue.
    let s = summary(&stdout);
    assert_eq!(s["red"], 0);
    assert!(s["blue"].as_u64().unwrap() > 0, "{s}");
}

#[test]
fn missing_file() {
    spiegel()
        .args(["audit", "--plan", "bestaat-niet-2023.txt", "--report"])
        .arg(seed_report())
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("bestaat-niet-2023.txt")
                .and(predicate::str::contains("niet te lezen")),
        );
    spiegel()
        .args(["audit", "--plan"])
        .arg(seed_plan())
        .args(["--report", "ook-weg.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ook-weg.txt"));
    spiegel()
        .args(["audit", "map-die-er-niet-is"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("map-die-er-niet-is")
                .and(predicate::str::contains("not found")),
        );
}

#[test]
fn a_directory_as_plan() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("stukken");
    std::fs::create_dir(&folder).unwrap();
    spiegel()
        .args(["audit", "--plan"])
        .arg(&folder)
        .arg("--report")
        .arg(seed_report())
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("stukken").and(predicate::str::contains("is een map")));
}

#[cfg(unix)]
#[test]
fn a_folder_with_bad_files_and_one_good_pair() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(seed_plan(), d.join("begroting-2023-wwz.txt")).unwrap();
    std::fs::copy(seed_report(), d.join("jaarverslag-2023-wwz.txt")).unwrap();
    // A binary file, a link to nothing, a link to itself, a link to its own
    // folder, and a file nobody may read.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(noise(2000, 11));
    std::fs::write(d.join("plaatje.txt"), png).unwrap();
    symlink(d.join("bestaat-niet.txt"), d.join("weg.txt")).unwrap();
    symlink(d.join("zelf.txt"), d.join("zelf.txt")).unwrap();
    symlink(d, d.join("lus")).unwrap();
    let secret = d.join("geheim.txt");
    std::fs::write(&secret, "Vertrouwelijk: niet voor de raad.\n").unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    // As root, mode 000 does not stop reading.
    let secret_blocked = std::fs::read(&secret).is_err();

    let out = spiegel()
        .arg("audit")
        .arg(d)
        .args(["--format", "json"])
        .output()
        .unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o644)).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The bad files are reported and turn the status to 2 at the end.
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    for (name, says) in [
        ("plaatje.txt", "binair"),
        ("weg.txt", "bestaat niet"),
        ("zelf.txt", "symbolic links"),
        ("lus", "symbolic link loop"),
    ] {
        assert!(
            stderr.lines().any(|l| l.contains(name) && l.contains(says)),
            "{name}: {says}\n{stderr}"
        );
    }
    if secret_blocked {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains("geheim.txt") && l.contains("geen leesrechten")),
            "{stderr}"
        );
    }
    // The good pair is audited, once (not again through the loop).
    assert!(stderr.contains("gekoppeld"), "{stderr}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let audits = v["audits"].as_array().unwrap();
    assert_eq!(audits.len(), 1, "{stderr}");
    assert!(audits[0]["plan"]["path"]
        .as_str()
        .unwrap()
        .ends_with("begroting-2023-wwz.txt"));
}
