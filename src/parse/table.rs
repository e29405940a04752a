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
        Regex::new(r"(?i)^(continu|doorlopend|jaarlijks|structureel|\d{4}(\s*[-–/]\s*\d{4})?(\s*e\.?\s*v\.?)?|(q[1-4]\s*)?\d{4})$").unwrap()
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
                let cells: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
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
                if let Some(d) = doel {
                    doc.doelen.push(Doel {
                        title: d.to_string(),
                        span: Span::new(&path, l.no, l.no),
                        ambitie: cur_ambitie,
                    });
                    cur_doel = Some(doc.doelen.len() - 1);
                }
                let (title, new) = strip_new_mark(act);
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
        for t in ["continu", "2024", "2024-2026", "2024 e.v.", "2024 ev"] {
            assert!(timing().is_match(t), "{t}");
        }
        assert!(!timing().is_match("We doen iets in 2024"));
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
