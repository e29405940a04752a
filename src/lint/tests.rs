//! Lint findings on activities written out here and checked by hand
//! against the rules of the module doc.

use super::*;
use crate::model::{Line, SourceText};

fn plan(text: &str) -> Document {
    let src = SourceText {
        path: "begroting-2025-test.txt".into(),
        encoding: "utf-8".into(),
        heading_levels: Vec::new(),
        inferred_levels: Vec::new(),
        lines: text
            .lines()
            .enumerate()
            .map(|(i, l)| Line {
                no: i + 1,
                text: l.to_string(),
                breaks: Vec::new(),
            })
            .collect(),
    };
    crate::parse::parse(&src, &crate::config::Config::default().parse_options())
}

fn findings(text: &str) -> Vec<(String, Finding, Vec<Part>)> {
    let l = lint(plan(text));
    l.items
        .iter()
        .map(|it| {
            (
                l.plan.activities[it.activity].title.clone(),
                it.finding,
                it.missing.clone(),
            )
        })
        .collect()
}

const DOC: &str = "Begroting 2025

Ambitie: Een groene gemeente

Doel: Meer bomen

- We stellen het bomenbeleidsplan vast
In het tweede kwartaal van 2025 leggen we het bomenbeleidsplan ter vaststelling voor aan de raad.

- We zetten in op meer groen
We werken aan een groenere gemeente en stimuleren inwoners hun tuin te vergroenen.

- We planten bomen
We planten 500 bomen in de wijken Noord en Zuid.

- Er komt een hitteplan
In 2025 komt er een hitteplan voor kwetsbare inwoners.
";

#[test]
fn four_parts_make_ok() {
    let f = findings(DOC);
    assert_eq!(f[0].1, Finding::Ok, "{f:?}");
    assert!(f[0].2.is_empty());
}

#[test]
fn only_directions_are_uncheckable() {
    let f = findings(DOC);
    assert_eq!(f[1].1, Finding::Uncheckable, "{f:?}");
}

#[test]
fn a_deed_without_a_year_is_weak_for_the_year() {
    let f = findings(DOC);
    assert_eq!(f[2].1, Finding::Weak, "{f:?}");
    assert_eq!(f[2].2, vec![Part::Year]);
}

#[test]
fn no_one_acting_is_weak_for_the_actor() {
    let f = findings(DOC);
    assert_eq!(f[3].1, Finding::Weak, "{f:?}");
    assert_eq!(f[3].2, vec![Part::Actor]);
}

#[test]
fn the_cited_sentence_has_its_line() {
    let l = lint(plan(DOC));
    let c = l.items[0].cited();
    assert_eq!(c.span.start_line, 8);
    assert!(c.text.starts_with("In het tweede kwartaal"));
}

#[test]
fn a_later_year_or_a_stretch_is_no_time_this_year() {
    let w = words::builtin();
    assert!(names_budget_time(
        w,
        "In het najaar openen we het loket.",
        Some(2025)
    ));
    assert!(!names_budget_time(
        w,
        "In het najaar van 2026 openen we het loket.",
        Some(2025)
    ));
    assert!(!names_budget_time(
        w,
        "De komende jaren openen we loketten.",
        Some(2025)
    ));
    assert!(!names_budget_time(
        w,
        "Het Verkeersveiligheidsplan 2025-2030.",
        Some(2025)
    ));
    assert!(names_budget_time(w, "Eind 2025 is het klaar.", Some(2025)));
}

#[test]
fn summaries_per_doel() {
    let l = lint(plan(DOC));
    let d = l.per_doel();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].doel.as_deref(), Some("Meer bomen"));
    assert_eq!(d[0].counts.total(), 4);
    assert_eq!(l.summary().ok, 1);
}
