//! Telling plan from report, and finding the year: from the file name,
//! the document's own title lines, its W-questions and its tense.

use crate::model::{DocKind, Line};
use crate::text::{fold, words, years};

const PLAN_NAMES: &[&str] = &[
    "begroting",
    "kadernota",
    "voorjaarsnota",
    "programmaplan",
    "meerjarenplan",
];
const REPORT_NAMES: &[&str] = &[
    "jaarverslag",
    "jaarstukken",
    "jaarrekening",
    "stadsrekening",
    "verantwoording",
    "jaarrapport",
    "rekening",
    "voortgangsrapportage",
    "voortgang",
    "rapportage",
];

fn name_kind(s: &str) -> Option<DocKind> {
    let f = fold(s);
    // "interventieplan ... voortgangsrapportage" holds both.
    let plan = PLAN_NAMES.iter().any(|n| f.contains(n));
    let report = REPORT_NAMES.iter().any(|n| f.contains(n));
    match (plan, report) {
        (true, false) => Some(DocKind::Begroting),
        (false, true) => Some(DocKind::Jaarverslag),
        _ => None,
    }
}

/// A short line that is not a list item: a candidate document title.
fn is_title_line(t: &str) -> bool {
    t.split_whitespace().count() <= 8
        && !matches!(super::lines::classify(t), super::lines::LineKind::Bullet(_))
}

/// The kind a title line names, by whole words ("Programmabegroting 2024",
/// not "verantwoordingsinformatie").
fn title_kind(t: &str) -> Option<DocKind> {
    let w = words(t);
    let plan = w
        .iter()
        .any(|x| x.ends_with("begroting") || x == "kadernota");
    let report = w.iter().any(|x| {
        x == "jaarverslag"
            || x == "jaarstukken"
            || x.ends_with("rekening")
            || x == "verantwoording"
            || x == "voortgangsrapportage"
    });
    match (plan, report) {
        (true, false) => Some(DocKind::Begroting),
        (false, true) => Some(DocKind::Jaarverslag),
        _ => None,
    }
}

/// Counts of plan-like and report-like wording in the text.
fn tense_counts(lines: &[Line]) -> (usize, usize) {
    let mut plan = 0;
    let mut report = 0;
    for l in lines {
        let w = words(&l.text);
        for pair in w.windows(2) {
            match (pair[0].as_str(), pair[1].as_str()) {
                ("gaan" | "zullen" | "willen", "we" | "wij")
                | ("we" | "wij", "gaan" | "zullen" | "willen") => plan += 1,
                ("hebben" | "zijn", "we" | "wij") | ("we" | "wij", "hebben" | "zijn") => {
                    report += 1
                }
                _ => {}
            }
        }
        for x in &w {
            if matches!(
                x.as_str(),
                "gerealiseerd" | "afgerond" | "uitgevoerd" | "gestart" | "opgeleverd"
            ) {
                report += 1;
            }
        }
    }
    (plan, report)
}

/// Decides the kind of a document and says why.
pub fn detect_kind(path: &str, lines: &[Line]) -> (DocKind, String) {
    let file = std::path::Path::new(path)
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    if let Some(k) = name_kind(&file) {
        return (k, format!("bestandsnaam '{file}'"));
    }
    // A title line near the top: "Begroting 2024", "Jaarverslag 2023".
    for l in lines.iter().filter(|l| !l.text.is_empty()).take(12) {
        if is_title_line(&l.text) {
            if let Some(k) = title_kind(&l.text) {
                return (k, format!("titel op regel {}: '{}'", l.no, l.text));
            }
        }
    }
    let mut plan_q = 0;
    let mut report_q = 0;
    // The W-questions also count inside a table header row.
    for l in lines {
        if l.text.contains('|') {
            let f = fold(&l.text);
            plan_q += [
                "wat gaan we daarvoor doen",
                "wat willen we bereiken",
                "wat mag het kosten",
            ]
            .iter()
            .filter(|q| f.contains(*q))
            .count();
            report_q += [
                "wat hebben we daarvoor gedaan",
                "wat hebben we bereikt",
                "wat heeft het gekost",
            ]
            .iter()
            .filter(|q| f.contains(*q))
            .count();
        }
    }
    for l in lines {
        if let super::lines::LineKind::Question(q) = super::lines::classify(&l.text) {
            use super::lines::Question::*;
            match q {
                Goals { report } | Activities { report } | Costs { report } => {
                    if report {
                        report_q += 1
                    } else {
                        plan_q += 1
                    }
                }
            }
        }
    }
    if plan_q != report_q {
        let k = if plan_q > report_q {
            DocKind::Begroting
        } else {
            DocKind::Jaarverslag
        };
        return (k, format!("W-vragen ({plan_q} plan, {report_q} verslag)"));
    }
    let (p, r) = tense_counts(lines);
    if p + r >= 3 && p != r {
        let k = if p > r {
            DocKind::Begroting
        } else {
            DocKind::Jaarverslag
        };
        return (k, format!("werkwoordstijd ({p} toekomend, {r} verleden)"));
    }
    (
        DocKind::Unknown,
        "niet te bepalen uit naam of tekst".to_string(),
    )
}

/// Finds the year the document is about.
pub fn detect_year(path: &str, lines: &[Line]) -> Option<i32> {
    let file = std::path::Path::new(path)
        .file_name()
        .map(|f| f.to_string_lossy().to_string())
        .unwrap_or_default();
    if let Some(y) = years(&file).into_iter().next() {
        return Some(y);
    }
    for l in lines.iter().filter(|l| !l.text.is_empty()).take(12) {
        if is_title_line(&l.text) && title_kind(&l.text).is_some() {
            if let Some(y) = years(&l.text).into_iter().next() {
                return Some(y);
            }
        }
    }
    // The year the text talks about most.
    let mut counts = std::collections::BTreeMap::new();
    for l in lines {
        for y in years(&l.text) {
            *counts.entry(y).or_insert(0usize) += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(y, c)| (*c, *y))
        .map(|(y, _)| y)
}

/// The programme a document is about, from a heading near the top:
/// "Programma 4 Zorg en Welzijn", "Programma: Zorg", "Programmabegroting
/// 2025 - Programma Zorg".
pub fn detect_programme(lines: &[Line]) -> Option<String> {
    static R: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = R.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(?:^|[-–|:]\s*)programma\s*(?:\d+(?:\.\d+)?)?\s*[:.\-–]?\s+([^|]{3,80}?)\s*$",
        )
        .expect("valid regex")
    });
    static ALONE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let alone = ALONE.get_or_init(|| {
        regex::Regex::new(r"(?i)^programma\s*\d+(?:\.\d+)?[:.]?$").expect("valid regex")
    });
    let filled: Vec<&str> = lines
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .take(40)
        .collect();
    filled
        .iter()
        .enumerate()
        .find_map(|(k, t)| {
            if t.split_whitespace().count() > 14 {
                return None;
            }
            // "Programma 1" with the name on the next line, as a printed
            // title block breaks it.
            if alone.is_match(t) {
                return filled
                    .get(k + 1)
                    .filter(|n| {
                        n.split_whitespace().count() <= 10
                            && !n.ends_with(['.', ':'])
                            && n.chars().next().is_some_and(char::is_uppercase)
                    })
                    .map(|n| n.to_string());
            }
            // (A contents entry names it with a dot leader and a page:
            // "Programma 4 Sport en bewegen ........ 2".)
            re.captures(t).map(|c| {
                crate::parse::clean_title(&c[1])
                    .trim_end_matches(['.', ':'])
                    .to_string()
            })
        })
        .filter(|p| p.chars().any(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(v: &[&str]) -> Vec<Line> {
        v.iter()
            .enumerate()
            .map(|(i, t)| Line {
                no: i + 1,
                text: t.to_string(),
                breaks: Vec::new(),
            })
            .collect()
    }

    #[test]
    fn the_programme_from_its_heading_or_the_line_after_it() {
        assert_eq!(
            detect_programme(&lines(&["Programma 3: Wonen en leefomgeving", "Tekst."])).as_deref(),
            Some("Wonen en leefomgeving")
        );
        assert_eq!(
            detect_programme(&lines(&[
                "Programma 1",
                "",
                "Dienstverlening en burgerzaken",
                ""
            ]))
            .as_deref(),
            Some("Dienstverlening en burgerzaken")
        );
        // A sentence after it is no name.
        assert_eq!(
            detect_programme(&lines(&["Programma 1", "Dit programma gaat over wonen."])),
            None
        );
        // A contents entry loses its dot leader and page number.
        assert_eq!(
            detect_programme(&lines(&["Programma 4 Sport en bewegen .............. 2"])),
            Some("Sport en bewegen".to_string())
        );
    }

    #[test]
    fn kind_from_name_title_questions_and_tense() {
        assert_eq!(
            detect_kind("x/begroting-2023.txt", &[]).0,
            DocKind::Begroting
        );
        assert_eq!(
            detect_kind("Stadsrekening_2023.txt", &[]).0,
            DocKind::Jaarverslag
        );
        assert_eq!(
            detect_kind("a.txt", &lines(&["Jaarverslag 2020", "tekst"])).0,
            DocKind::Jaarverslag
        );
        assert_eq!(
            detect_kind("a.txt", &lines(&["Wat gaan we daarvoor doen?"])).0,
            DocKind::Begroting
        );
        let t = lines(&[
            "We hebben het plan vastgesteld.",
            "Ook zijn we gestart.",
            "We hebben X gerealiseerd.",
        ]);
        assert_eq!(detect_kind("a.txt", &t).0, DocKind::Jaarverslag);
        assert_eq!(detect_kind("a.txt", &lines(&["tekst"])).0, DocKind::Unknown);
    }

    #[test]
    fn year_from_name_title_or_text() {
        assert_eq!(detect_year("begroting-2023.txt", &[]), Some(2023));
        assert_eq!(
            detect_year("a.txt", &lines(&["Jaarverslag 2020"])),
            Some(2020)
        );
        assert_eq!(
            detect_year("a.txt", &lines(&["In 2024 en 2024 en 2023"])),
            Some(2024)
        );
        assert_eq!(detect_year("a.txt", &lines(&["geen jaartal"])), None);
    }
}
