//! Documents that hold plan and report together (seed 003, an
//! interventieplan with its voortgangsrapportage): per "Interventie N
//! <title>" a plan part ("Plan van Aanpak", "Plan") and report parts
//! ("Uitvoering", "Monitoring", "Vervolg", "Vervolgacties"). Such a
//! document is split into a plan [`Document`] and a report [`Document`]
//! with one activity per intervention each, so it can be audited on its
//! own.

use super::lines::{classify_with, is_caption, LineKind};
use super::markers::Markers;
use crate::model::{Activity, DocKind, Document, Line, PartRole, Skipped, SourceText, Span};
use regex::Regex;
use std::sync::OnceLock;

fn section_start() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"(?i)^(interventie|maatregel|project)\s+(\d+)\s*[:.]?\s*(.*)$").unwrap()
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Part {
    Plan,
    Report,
}

fn part_heading(t: &str, m: &Markers) -> Option<Part> {
    if Markers::is_one_of(&m.lists.plan_parts, t) {
        return Some(Part::Plan);
    }
    if Markers::is_one_of(&m.lists.report_parts, t) {
        return Some(Part::Report);
    }
    // The sub-headings any item may have: background and plan text belong
    // to the plan side, the account to the report side.
    match super::parts::inner(t, m, false) {
        Some(super::parts::Inner::SubHeading { role, .. }) => Some(match role {
            PartRole::Report => Part::Report,
            PartRole::Plan | PartRole::Background => Part::Plan,
        }),
        _ => None,
    }
}

/// An unnumbered section among numbered ones ("Noodfonds energiekosten"
/// between "Maatregel 9" and "Maatregel 10"): a short title after a blank
/// line whose next line is a part heading.
fn unnumbered_start(lines: &[Line], i: usize, m: &Markers) -> bool {
    let t = lines[i].text.trim();
    let words = t.split_whitespace().count();
    if !(1..=12).contains(&words)
        || t.ends_with(['.', ':', ',', ';'])
        || t.contains('|')
        || !t.chars().next().is_some_and(char::is_uppercase)
        || is_caption(t)
        || part_heading(t, m).is_some()
        || super::parts::inner(t, m, false).is_some()
        || (i > 0 && !lines[i - 1].text.trim().is_empty())
    {
        return false;
    }
    lines[i + 1..]
        .iter()
        .take(2)
        .find(|x| !x.text.trim().is_empty())
        .is_some_and(|x| part_heading(&x.text, m).is_some())
}

/// Splits a combined document; `None` when it is not one (fewer than one
/// section with both a plan and a report part).
pub fn split_combined(src: &SourceText) -> Option<(Document, Document)> {
    split_combined_with(src, Markers::builtin())
}

/// [`split_combined`] with the user's markers.
pub fn split_combined_with(src: &SourceText, markers: &Markers) -> Option<(Document, Document)> {
    let lines = &src.lines;
    // Section starts: "Interventie N title" followed within a few lines by
    // a plan heading (this leaves out the table of contents and tables).
    let mut starts = Vec::new();
    let mut with_plan = 0;
    for (i, l) in lines.iter().enumerate() {
        let t = l.text.trim();
        if let Some(c) = section_start().captures(t) {
            // A plan part, or (for an intervention reported but never
            // planned) a report part, follows within a few lines.
            let part = lines[i + 1..]
                .iter()
                .filter(|x| !x.text.trim().is_empty())
                .take(3)
                .find_map(|x| part_heading(&x.text, markers));
            if part.is_some() && !c[3].chars().any(|ch| ch.is_ascii_digit()) {
                starts.push(i);
                with_plan += usize::from(part == Some(Part::Plan));
            }
        }
    }
    // Unnumbered sections count only in a document that has numbered ones.
    if let Some(&first) = starts.first() {
        for i in first + 1..lines.len() {
            if !starts.contains(&i) && unnumbered_start(lines, i, markers) {
                starts.push(i);
            }
        }
        starts.sort_unstable();
    }
    if with_plan == 0 {
        return None;
    }
    let mut kinds: Vec<LineKind> = lines
        .iter()
        .map(|l| classify_with(&l.text, markers))
        .collect();
    super::lines::mark_running_headers(lines, &mut kinds, markers);
    let year = super::detect_year(&src.path, lines);
    let mk = |kind: DocKind| Document {
        path: src.path.clone(),
        encoding: src.encoding.clone(),
        kind,
        kind_reason: "plan- en verslagdelen per interventie in één document".into(),
        year,
        programme: super::detect::detect_programme(lines),
        layout: "combined".into(),
        ambities: Vec::new(),
        doelen: Vec::new(),
        activities: Vec::new(),
        skipped: Vec::new(),
        line_count: lines.len(),
        source: lines.clone(),
    };
    let mut plan = mk(DocKind::Begroting);
    let mut report = mk(DocKind::Jaarverslag);
    for (k, &s) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(lines.len());
        let c = section_start().captures(lines[s].text.trim());
        let mut title = match &c {
            Some(c) => c[3].trim().to_string(),
            None => lines[s].text.trim().to_string(),
        };
        let mut i = s + 1;
        // A title wrapped onto the next line ("Ombouw Beschermd Wonen en" /
        // "maatschappelijke opvang").
        if i < end
            && !lines[i].text.trim().is_empty()
            && part_heading(&lines[i].text, markers).is_none()
        {
            title.push(' ');
            title.push_str(lines[i].text.trim());
            i += 1;
        }
        let title = match &c {
            Some(c) => format!("{} {}: {}", &c[1], &c[2], title.trim()),
            None => title.trim().to_string(),
        };
        let mut part: Option<Part> = None;
        let mut bodies: [Vec<Line>; 2] = [Vec::new(), Vec::new()];
        let mut first: [Option<usize>; 2] = [None, None];
        for (l, kind) in lines[i..end].iter().zip(&kinds[i..end]) {
            let t = l.text.trim();
            if let Some(p) = part_heading(t, markers) {
                part = Some(p);
                let k = p as usize;
                first[k].get_or_insert(l.no);
                // The sub-heading stays in the text, so that reading the
                // item (parts.rs) knows background from plan text.
                bodies[k].push(l.clone());
                continue;
            }
            let furniture = matches!(kind, LineKind::Furniture(_));
            if furniture || is_caption(t) {
                let doc = if part == Some(Part::Report) {
                    &mut report
                } else {
                    &mut plan
                };
                doc.skipped.push(Skipped {
                    span: Span::new(&src.path, l.no, l.no),
                    reason: if let LineKind::Furniture(r) = kind {
                        (*r).into()
                    } else {
                        "bijschrift".into()
                    },
                    text: t.chars().take(120).collect(),
                });
                continue;
            }
            match part {
                Some(p) => bodies[p as usize].push(l.clone()),
                None => plan.skipped.push(Skipped {
                    span: Span::new(&src.path, l.no, l.no),
                    reason: "tekst buiten plan en verslag".into(),
                    text: t.chars().take(120).collect(),
                }),
            }
        }
        for (k, doc) in [(0usize, &mut plan), (1usize, &mut report)] {
            let body = std::mem::take(&mut bodies[k]);
            let start = lines[s].no;
            let last = body
                .iter()
                .rev()
                .find(|l| !l.text.trim().is_empty())
                .map(|l| l.no)
                .unwrap_or(start);
            if first[k].is_none() {
                continue;
            }
            let mut a = Activity::new(
                title.clone(),
                Span::new(&src.path, first[k].unwrap_or(start), last),
                first[k].unwrap_or(start),
            );
            if let Some(c) = &c {
                a.numbers = vec![c[2].to_string()];
            }
            a.body = body;
            a.attributes = vec![("sectie".into(), format!("regel {start}"))];
            doc.activities.push(a);
        }
    }
    super::parts::read_items(&mut plan, markers);
    super::parts::read_items(&mut report, markers);
    Some((plan, report))
}
