//! Unit tests of the parser on small texts written for each rule.

use super::*;

fn doc(path: &str, text: &str) -> Document {
    let src = SourceText {
        path: path.to_string(),
        encoding: "utf-8".into(),
        lines: text
            .lines()
            .enumerate()
            .map(|(i, l)| Line {
                no: i + 1,
                text: l.to_string(),
            })
            .collect(),
        heading_levels: Vec::new(),
    };
    parse(&src, &ParseOptions::default())
}

fn titles(d: &Document) -> Vec<&str> {
    d.activities.iter().map(|a| a.title.as_str()).collect()
}

#[test]
fn a_bullet_starting_with_a_number_is_an_item() {
    let d = doc(
        "jaarverslag-2024.txt",
        "Doel: Minder armoede\n\n- We helpen huishoudens met schulden\nDe schuldhulp is uitgebreid.\n\n- 430 huishoudens kregen hulp van de energiefixers\nZij bespaarden gemiddeld 200 euro.\n",
    );
    assert_eq!(
        titles(&d),
        vec![
            "We helpen huishoudens met schulden",
            "430 huishoudens kregen hulp van de energiefixers"
        ]
    );
    // Not the first item's evidence.
    assert!(!d.activities[0].body_text().contains("430"));
}

#[test]
fn a_numbered_sub_bullet_after_a_colon_stays_text() {
    let d = doc(
        "begroting-2025.txt",
        "Doel: Wijken die werken\n\n- We versterken de wijkteams\nDit doen we zo:\n- 3 nieuwe wijkteams starten in het voorjaar\n- we werven 12 medewerkers\n\n- We openen een wijkloket\nIn Oost komt een loket.\n",
    );
    assert_eq!(
        titles(&d),
        vec!["We versterken de wijkteams", "We openen een wijkloket"]
    );
    assert!(d.activities[0].body_text().contains("3 nieuwe wijkteams"));
}

#[test]
fn the_last_heading_keeps_its_one_line() {
    let d = doc(
        "jaarverslag-2023-sport.txt",
        "Doel: Meer inwoners bewegen\nWe hebben twee nieuwe beweegtuinen geopend\nIn Noord en Zuid staat nu een beweegtuin.\nWe zijn gestart met beweeglessen voor ouderen\nElke week doen er veertig ouderen mee.\n",
    );
    assert_eq!(d.activities.len(), 2);
    assert!(d.activities[1].body_text().contains("veertig"));
}

#[test]
fn a_mirrored_item_keeps_the_budget_text_out_of_its_account() {
    let d = doc(
        "jaarverslag-2023.txt",
        "Doel: Genoeg woningen\n\nWe bouwen 600 woningen\nStatus: vertraagd\nWat hadden we gepland?\nIn 2023 bouwen we 600 woningen in drie wijken.\nWat hebben we gedaan?\nEr zijn 482 woningen opgeleverd.\n",
    );
    let a = &d.activities[0];
    assert_eq!(a.title, "We bouwen 600 woningen");
    assert_eq!(a.body_text().trim(), "Er zijn 482 woningen opgeleverd.");
    assert_eq!(
        a.self_reported.as_ref().map(|s| s.status),
        Some(crate::model::SelfStatus::Delayed)
    );
    assert!(a
        .parts
        .iter()
        .any(|p| p.role == crate::model::PartRole::Plan));
}

#[test]
fn background_in_a_plan_is_not_plan_text() {
    let d = doc(
        "begroting-2023.txt",
        "Maatregel 4Taal en geld\nWaarom\nVeel inwoners lezen moeilijk.\nWat gaan we doen\nWe starten twee taalcafés.\nBudget: EUR 20.000\nTrekker: Bibliotheek\n",
    );
    let a = &d.activities[0];
    assert_eq!(a.title, "Taal en geld");
    assert_eq!(a.numbers, vec!["4".to_string()]);
    assert!(!a.body_text().contains("lezen moeilijk"));
    assert!(a.body_text().contains("taalcafés"));
    assert!(a
        .attributes
        .iter()
        .any(|(k, v)| k == "Budget" && v == "EUR 20.000"));
}
