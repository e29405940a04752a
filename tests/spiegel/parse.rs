//! The trees read from the seed documents. Counts were checked by hand
//! against the documents (see the comments).

use super::fixture;
use spiegel::config::Config;
use spiegel::model::DocKind;

fn load(rel: &str) -> spiegel::model::Document {
    spiegel::load(&fixture(rel), &Config::default()).unwrap()
}

#[test]
fn seed_000_bullet_layout() {
    // 3 "Ambitie:" lines, 23 "Doel:" lines, 43 "- " titles; the other 44
    // "- " lines are sub-bullets of an activity's text (acties, the
    // doorbraakaanpak figures, the Woondeal themes).
    let d = load("seeds/000_329d86f10e3abe6b.txt");
    assert_eq!(d.layout, "bullets");
    assert_eq!(d.kind, DocKind::Jaarverslag);
    assert_eq!(
        (d.ambities.len(), d.doelen.len(), d.activities.len()),
        (3, 23, 43)
    );
    let titles: Vec<&str> = d.activities.iter().map(|a| a.title.as_str()).collect();
    assert!(titles.contains(&"Versterken antidiscriminatie"));
    assert!(!titles.iter().any(|t| t.starts_with("Besparingen")));
    assert!(!titles
        .iter()
        .any(|t| t.starts_with("Verhogen meldingstoegankelijkheid")));
    // The activity's text runs to the next title and keeps its sub-bullets.
    let incl = d
        .activities
        .iter()
        .find(|a| a.title.starts_with("We maken werk van de inclusie"))
        .unwrap();
    assert_eq!((incl.span.start_line, incl.span.end_line), (31, 35));
    // Doelen without activities are kept.
    assert!(d
        .doelen
        .iter()
        .any(|g| g.title.starts_with("We verbeteren de veiligheidsketen")));
    // Activities sit under the right doel.
    let storm = d
        .activities
        .iter()
        .find(|a| a.title.contains("STORM"))
        .unwrap();
    assert!(d
        .doel_title(storm)
        .unwrap()
        .starts_with("We ondersteunen kinderen en gezinnen"));
}

#[test]
fn seed_002_headline_layout() {
    // 28 one-line headlines with paragraphs; "Corona" is a section heading
    // and the Lasten/Begroot/Gerealiseerd/Afwijking block is figures.
    let d = load("seeds/002_59257ac9b46abdfd.txt");
    assert_eq!(d.layout, "headlines");
    assert_eq!(d.kind, DocKind::Jaarverslag);
    assert_eq!(d.year, Some(2020));
    assert_eq!(d.activities.len(), 28);
    assert!(d
        .activities
        .iter()
        .all(|a| !a.title.starts_with("Corona") || a.title.len() > 10));
    assert!(!d
        .activities
        .iter()
        .any(|a| a.title.starts_with("Gerealiseerd") || a.title.starts_with("Begroot")));
    assert!(d.skipped.iter().any(|s| s.text == "Corona"));
    assert!(d
        .skipped
        .iter()
        .any(|s| s.text.starts_with("Gerealiseerd €")));
    let wacht = d
        .activities
        .iter()
        .find(|a| a.title.starts_with("De wachttijden"))
        .unwrap();
    assert_eq!((wacht.span.start_line, wacht.span.end_line), (25, 37));
}

#[test]
fn a_document_without_labels_or_text_lines_still_parses() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.txt");
    std::fs::write(&p, "Alleen een zin zonder structuur.\n").unwrap();
    let d = spiegel::load(&p, &Config::default()).unwrap();
    assert!(d.activities.is_empty());
    assert_eq!(d.skipped.len(), 1);
}

#[test]
fn seed_004_table_layout() {
    // Two numbered ambities (5.1, 5.2; each repeated as a table caption),
    // 3 + 4 doelen in the first column, 12 + 11 table rows with an
    // activity (continuation rows are shifted one column left).
    let d = load("seeds/004_5a87d59d8ba69ec2.txt");
    assert_eq!(d.layout, "table");
    assert_eq!(d.kind, DocKind::Begroting);
    assert_eq!(d.year, Some(2024));
    assert_eq!(
        (d.ambities.len(), d.doelen.len(), d.activities.len()),
        (2, 7, 23)
    );
    // "nieuw uit kadernota" and the timing column are attributes.
    let overlast = d
        .activities
        .iter()
        .find(|a| a.title.contains("jeugdoverlast"))
        .unwrap();
    assert_eq!(
        overlast.title,
        "We zetten in op een duurzame aanpak van jeugdoverlast"
    );
    assert!(overlast
        .attributes
        .contains(&("wanneer".to_string(), "2024-2026".to_string())));
    assert!(overlast
        .attributes
        .iter()
        .any(|(k, _)| k == "nieuw uit kadernota"));
    // A continuation row belongs to the doel of the row above.
    let borgen = d
        .activities
        .iter()
        .find(|a| a.title.starts_with("Wij borgen de kwaliteit"))
        .unwrap();
    assert!(d
        .doel_title(borgen)
        .unwrap()
        .starts_with("Inwoners met een hulpvraag"));
    // "Activiteiten 2024" repeats the activity: its text and project
    // sub-headings are attached to the same activity, not a second one.
    assert!(borgen
        .body
        .iter()
        .any(|l| l.text == "Monitoring sociaal domein"));
    assert!(!d
        .activities
        .iter()
        .any(|a| a.title == "Monitoring sociaal domein"));
    // "Ontwikkelingen voor 2024" are developments, shown as skipped.
    assert!(d
        .skipped
        .iter()
        .any(|s| s.reason.starts_with("ontwikkeling")
            && s.text.starts_with("Integraal Zorg Akkoord")));
}

#[test]
fn seed_003_combined_document_splits_per_intervention() {
    // Ten interventions, each with "Plan van Aanpak" and report parts
    // ("Uitvoering", "Monitoring", "Vervolg(acties)"); the table of
    // contents and the budget table also name the interventions but are
    // not sections.
    let src = spiegel::read::read_file(&fixture("seeds/003_0e7e4f31a8ad1260.txt")).unwrap();
    let (plan, report) = spiegel::parse::split_combined(&src).unwrap();
    assert_eq!(plan.activities.len(), 10);
    assert_eq!(report.activities.len(), 10);
    assert_eq!(
        plan.activities[6].title,
        "Interventie 7: Ombouw Beschermd Wonen en maatschappelijke opvang"
    );
    let first = &plan.activities[0];
    assert_eq!(first.span.start_line, 303);
    assert!(first
        .body
        .iter()
        .any(|l| l.text.starts_with("We verbeteren de basisondersteuning")));
    assert!(report.activities[0]
        .body
        .iter()
        .any(|l| l.text.starts_with("In 2020 bespraken we")));
    // A document without such sections is not combined.
    let other = spiegel::read::read_file(&fixture("seeds/000_329d86f10e3abe6b.txt")).unwrap();
    assert!(spiegel::parse::split_combined(&other).is_none());
}

#[test]
fn a_cms_page_of_field_bullets_links_and_an_unplanned_section() {
    // A CMS Markdown export: each item is a run of "- **Label:** value"
    // bullets; the page ends with a list of links and a section of items
    // that were not in the budget.
    let md = "# Programma 5 Cultuur\n\n## 5.1 Cultuur\n\n### Wat hebben we daarvoor gedaan?\n\n\
- **Activiteit:** Museum Het Tolhuis\n\
- **Stand van zaken:** Het museum heeft de subsidie van € 185.000 ontvangen.\n\
- **Status:** gereed\n\n\
- **Activiteit:** Bibliotheek op school\n\
- **Stand van zaken:** Drie basisscholen zijn in 2025 gestart met de Bibliotheek op school.\n\
- **Status:** gereed\n\n\
- **Activiteit:** Watertoren Torenweg\n\
- **Stand van zaken:** De sanering van de kap is in oktober uitgevoerd.\n\
- **Status:** loopt\n\n\
## 5.2 Recreatie\n\n### Wat hebben we daarvoor gedaan?\n\n\
- **Activiteit:** Zomerfeesten 2025\n\
- **Stand van zaken:** De Zomerfeesten in juli trokken ongeveer 35.000 bezoekers.\n\
- **Status:** gereed\n\n\
- **Activiteit:** Toeristische informatiepunten\n\
- **Stand van zaken:** Beide informatiepunten zijn in april geopend.\n\
- **Status:** loopt\n\n\
**Meer informatie**\n\n\
- [Cultuurnota 'Cultuur dichtbij' (pdf)](https://www.valkenmeer.nl/cultuurnota.pdf)\n\
- [Uitagenda Valkenmeer](https://www.uitinvalkenmeer.nl)\n\n\
## Niet begroot\n\n\
- **Activiteit:** 80 jaar vrijheid\n\
- **Stand van zaken:** Het comité organiseerde in mei een programma.\n\
- **Status:** gereed\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jaarverslag-2025-cultuur.md");
    std::fs::write(&path, md).unwrap();
    let d = spiegel::load(&path, &Config::default()).unwrap();
    let titles: Vec<&str> = d.activities.iter().map(|a| a.title.as_str()).collect();
    // The links are no items.
    assert_eq!(
        titles,
        [
            "Museum Het Tolhuis",
            "Bibliotheek op school",
            "Watertoren Torenweg",
            "Zomerfeesten 2025",
            "Toeristische informatiepunten",
            "80 jaar vrijheid"
        ]
    );
    // The "Status" bullet is the item's own status, not a sentence of its
    // account.
    let tip = &d.activities[4];
    assert_eq!(
        tip.self_reported.as_ref().map(|s| s.status),
        Some(spiegel::model::SelfStatus::Running),
        "{tip:?}"
    );
    assert!(
        !tip.body.iter().any(|l| l.text.contains("Status")),
        "{tip:?}"
    );
    // The "Niet begroot" heading is no line of the item before it; the
    // item under it is unplanned.
    assert!(!tip.unplanned, "{tip:?}");
    assert!(d.activities[5].unplanned);
    assert!(d.activities[..5].iter().all(|a| !a.unplanned));
}
