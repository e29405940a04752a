//! The table layout (seed 004, Neder-Betuwe): numbered ambities ("5.1
//! <text>", repeated as a table caption), pipe tables "Wat willen we
//! bereiken? | Wat gaan we daarvoor doen? | Wanneer speelt het?" whose
//! continuation rows (a further activity of the same doel) are shifted one
//! column left, then "Activiteiten 2024" where headings repeat the table's
//! activities (the same activity: its text is attached to it) with project
//! sub-headings, and "Ontwikkelingen voor 2024" (developments: shown as
//! skipped, not coloured as activities).

use super::lines::{classify_with, LineKind};
use super::markers::Markers;
use crate::model::{Activity, Document, Doel, Heading, Line, Skipped, Span};
use crate::text::{fold, title_key};
use regex::Regex;
use std::sync::OnceLock;

fn numbered_ambitie() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"^\d{1,2}\.\d{1,2}\.?\s+(\p{Lu}.*?)\s*\|?\s*$").unwrap())
}

fn timing() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        // "2024", "2024-2025", "2024 e.v.", "Q3 2024", "Q1-Q4 2024", "Q2 en Q3
        // 2024", "najaar 2024", "september 2024", "eerste kwartaal 2024".
        Regex::new(r"(?i)^(continu|doorlopend|jaarlijks|structureel|\d{4}(\s*[-–/]\s*\d{4})?(\s*e\.?\s*v\.?)?|((q[1-4]|[a-z]+ kwartaal|voorjaar|zomer|najaar|winter|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(\s*([-–/]|en|t/m|tot)\s*(q[1-4]|[a-z]+))?\s*)?\d{4})$").unwrap()
    })
}

/// Whether a document is in the table layout.
pub fn is_table_layout(lines: &[Line]) -> bool {
    lines.iter().any(|l| is_header_row(&l.text))
}

fn is_header_row(t: &str) -> bool {
    let f = fold(t);
    t.contains('|') && f.contains("wat gaan we daarvoor doen")
}

fn is_separator(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty() && t.chars().all(|c| matches!(c, '-' | '|' | ' ' | ':'))
}

const NEW_MARK: &str = "nieuw uit kadernota";

/// Removes the inline "nieuw uit kadernota" marker; says whether it was there.
fn strip_new_mark(t: &str) -> (String, bool) {
    let f = t.to_lowercase();
    match f.find(NEW_MARK) {
        Some(i) => {
            let mut s = String::new();
            s.push_str(t[..i].trim_end());
            s.push(' ');
            s.push_str(t[i + NEW_MARK.len()..].trim_start());
            (s.trim().to_string(), true)
        }
        None => (t.trim().to_string(), false),
    }
}

/// Splits an activity cell into its title and text when it opens with a
/// short sentence (at most ten words) that more text follows; a cell of
/// one sentence is all title.
fn titled_cell(cell: &str) -> (String, Option<String>) {
    let Some(end) = cell.find(". ") else {
        return (cell.to_string(), None);
    };
    let head = &cell[..end];
    let rest = cell[end + 2..].trim();
    let words = head.split_whitespace().count();
    let starts_sentence = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    if (2..=10).contains(&words) && starts_sentence && !rest.is_empty() {
        (head.to_string(), Some(rest.to_string()))
    } else {
        (cell.to_string(), None)
    }
}

#[derive(PartialEq)]
enum Section {
    Intro,
    Table,
    Activities,
    Developments,
}

/// Parses a document in the table layout into `doc` (which carries the
/// metadata already).
pub fn parse_table(doc: &mut Document, lines: &[Line], markers: &Markers) {
    let path = doc.path.clone();
    let skip = |doc: &mut Document, l: &Line, reason: &str| {
        doc.skipped.push(Skipped {
            span: Span::new(&path, l.no, l.no),
            reason: reason.to_string(),
            text: l.text.chars().take(120).collect(),
        })
    };
    let mut section = Section::Intro;
    let mut cur_ambitie: Option<usize> = None;
    let mut cur_doel: Option<usize> = None;
    // Activities of the current ambitie (index into doc.activities).
    let mut in_ambitie: Vec<usize> = Vec::new();
    let mut current: Option<usize> = None;
    for l in lines {
        let t = l.text.trim();
        if t.is_empty() {
            continue;
        }
        // A contents entry ("3.1 Voldoende woningen ........ 44") names a
        // section; it opens none.
        if let LineKind::Furniture(r) = classify_with(t, markers) {
            skip(doc, l, r);
            continue;
        }
        if let Some(c) = numbered_ambitie().captures(t) {
            let title = c[1].trim().trim_end_matches('|').trim().to_string();
            let same =
                cur_ambitie.is_some_and(|a| title_key(&doc.ambities[a].title) == title_key(&title));
            if same {
                skip(doc, l, "tabelbijschrift (herhaalt de ambitie)");
            } else {
                doc.ambities.push(Heading {
                    title,
                    span: Span::new(&path, l.no, l.no),
                });
                cur_ambitie = Some(doc.ambities.len() - 1);
                cur_doel = None;
                in_ambitie.clear();
                current = None;
                section = Section::Intro;
            }
            continue;
        }
        if is_header_row(t) {
            section = Section::Table;
            skip(doc, l, "tabelkop");
            continue;
        }
        if is_separator(t) {
            skip(doc, l, "tabelscheiding");
            continue;
        }
        if Markers::starts_with_any(&markers.lists.activities_section, t)
            && t.split_whitespace().count() <= 3
        {
            section = Section::Activities;
            current = None;
            skip(doc, l, "sectiekop");
            continue;
        }
        if Markers::starts_with_any(&markers.lists.developments_section, t)
            && t.split_whitespace().count() <= 4
        {
            section = Section::Developments;
            current = None;
            skip(doc, l, "sectiekop");
            continue;
        }
        match section {
            Section::Table if t.contains('|') => {
                let cells: Vec<String> = t.split('|').map(|c| c.trim().to_string()).collect();
                // An empty goal cell: a further activity of the doel above.
                // It stays, so that nothing shifts: the cells after it are
                // activity and timing.
                let continues = cells.first().is_some_and(|c| c.is_empty()) && cur_doel.is_some();
                let cells: Vec<&String> = cells
                    .iter()
                    .enumerate()
                    .filter(|(k, c)| !c.is_empty() || (*k == 0 && continues))
                    .map(|(_, c)| c)
                    .collect();
                let (doel, act, when) = match cells.as_slice() {
                    [d, a, w, ..] if timing().is_match(w) => {
                        (Some(d.as_str()), a.as_str(), Some(w.as_str()))
                    }
                    [d, a, ..]
                        if !timing().is_match(a)
                            && !a.is_empty()
                            && cells.len() >= 2
                            && !timing().is_match(d) =>
                    {
                        // "doel | activiteit" without timing, or
                        // "activiteit | timing" shifted left.
                        (Some(d.as_str()), a.as_str(), None)
                    }
                    [a, w] if timing().is_match(w) => (None, a.as_str(), Some(w.as_str())),
                    [a] => (None, a.as_str(), None),
                    _ => {
                        skip(doc, l, "tabelrij zonder activiteit");
                        continue;
                    }
                };
                // The goal repeated on the next row is the same doel.
                let same = |d: &str| {
                    cur_doel.is_some_and(|k| title_key(&doc.doelen[k].title) == title_key(d))
                };
                let doel = doel.filter(|d| !d.is_empty() && !same(d));
                if let Some(d) = doel {
                    doc.doelen.push(Doel {
                        title: d.to_string(),
                        span: Span::new(&path, l.no, l.no),
                        ambitie: cur_ambitie,
                    });
                    cur_doel = Some(doc.doelen.len() - 1);
                }
                let (cell, new) = strip_new_mark(act);
                // A cell that opens with a short sentence and goes on
                // ("Woonvisie actualiseren. De huidige woonvisie ..."): that
                // sentence is the title, the rest its text.
                let (title, text) = titled_cell(&cell);
                let mut attributes = Vec::new();
                if let Some(w) = when {
                    attributes.push(("wanneer".to_string(), w.to_string()));
                }
                if new {
                    attributes.push(("nieuw uit kadernota".to_string(), "ja".to_string()));
                }
                let mut a = Activity::new(
                    super::clean_title(&title),
                    Span::new(&path, l.no, l.no),
                    l.no,
                );
                a.ambitie = cur_ambitie;
                a.doel = cur_doel;
                a.attributes = attributes;
                if let Some(text) = text {
                    a.body.push(Line {
                        no: l.no,
                        text,
                        breaks: Vec::new(),
                    });
                }
                doc.activities.push(a);
                in_ambitie.push(doc.activities.len() - 1);
            }
            Section::Activities => {
                let key = title_key(&strip_new_mark(t).0);
                let hit = in_ambitie.iter().copied().find(|&k| {
                    let ak = title_key(&doc.activities[k].title);
                    ak == key || (key.len() >= 25 && (ak.starts_with(&key) || key.starts_with(&ak)))
                });
                match hit {
                    Some(k) => {
                        current = Some(k);
                        let a = &mut doc.activities[k];
                        a.attributes
                            .push(("beschreven".to_string(), format!("regel {}", l.no)));
                    }
                    None => match current {
                        Some(k) => {
                            let a = &mut doc.activities[k];
                            a.body.push(l.clone());
                        }
                        None => skip(doc, l, "inleiding"),
                    },
                }
            }
            Section::Developments => skip(doc, l, "ontwikkeling (geen geplande activiteit)"),
            _ => {
                let reason = match classify_with(t, markers) {
                    LineKind::Furniture(r) => r,
                    _ => "tekst buiten een activiteit",
                };
                skip(doc, l, reason)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timing_cells() {
        for t in [
            "continu",
            "2024",
            "2024-2026",
            "2024 e.v.",
            "2024 ev",
            "Q3 2024",
            "Q1-Q4 2024",
            "najaar 2024",
            "eerste kwartaal 2024",
        ] {
            assert!(timing().is_match(t), "{t}");
        }
        assert!(!timing().is_match("We doen iets in 2024"));
    }

    #[test]
    fn a_cell_opening_with_a_short_sentence_is_title_and_text() {
        assert_eq!(
            titled_cell("Woonvisie actualiseren. In 2024 stellen we een nieuwe woonvisie op."),
            (
                "Woonvisie actualiseren".to_string(),
                Some("In 2024 stellen we een nieuwe woonvisie op.".to_string())
            )
        );
        // One sentence, or a long first sentence: all title.
        let one = "We zetten in op een duurzame aanpak van jeugdoverlast.";
        assert_eq!(titled_cell(one), (one.to_string(), None));
    }

    #[test]
    fn rows_with_an_empty_goal_cell_and_contents_entries() {
        let text = "Inhoudsopgave\n3.1 Voldoende woningen ........................ 44\n\n3.1 Voldoende woningen\n\nWat willen we bereiken? | Wat gaan we daarvoor doen? | Wanneer\nEen passende woningvoorraad | Woonvisie actualiseren. In 2024 stellen we een nieuwe woonvisie op. | Q3 2024\n | Tijdelijke woningen Kampweg. We bouwen 48 flexwoningen. | Q1-Q4 2024\n";
        let lines: Vec<Line> = text
            .lines()
            .enumerate()
            .map(|(i, t)| Line {
                no: i + 1,
                text: t.to_string(),
                breaks: Vec::new(),
            })
            .collect();
        let src = crate::model::SourceText {
            path: "begroting-2024.txt".into(),
            encoding: "utf-8".into(),
            lines,
            heading_levels: Vec::new(),
            inferred_levels: Vec::new(),
        };
        let doc = crate::parse::parse(&src, &crate::parse::ParseOptions::default());
        assert_eq!(doc.layout, "table");
        let titles: Vec<&str> = doc.activities.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(
            titles,
            vec!["Woonvisie actualiseren", "Tijdelijke woningen Kampweg"]
        );
        assert_eq!(doc.ambities.len(), 1, "the contents entry opens none");
        assert_eq!(doc.doelen.len(), 1);
        assert!(doc.activities.iter().all(|a| a.doel == Some(0)));
        assert!(doc.activities[0].body_text().contains("nieuwe woonvisie"));
    }

    #[test]
    fn new_mark_is_an_attribute() {
        let (t, new) = strip_new_mark(
            "We zetten in op een duurzame aanpak van jeugdoverlast nieuw uit kadernota",
        );
        assert!(new);
        assert_eq!(t, "We zetten in op een duurzame aanpak van jeugdoverlast");
    }
}
