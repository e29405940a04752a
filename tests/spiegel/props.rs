//! Properties that must hold for any input: no panic on arbitrary bytes,
//! every planned activity exactly once in the audit, identical output on
//! repeated runs.

use proptest::prelude::*;
use spiegel::config::Config;

fn doc_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("Ambitie: We zorgen voor een gezonde stad".to_string()),
        Just("Doel: Minder eenzaamheid onder ouderen".to_string()),
        "Activiteit: We [a-z ]{3,30}".prop_map(|s| s),
        "- We [a-z ]{3,30}".prop_map(|s| s),
        "• [A-Z][a-z ]{3,20}:".prop_map(|s| s),
        "In 202[0-9] hebben we [a-z ]{5,60}\\.".prop_map(|s| s),
        "We gaan [a-z ]{5,60} in 2024\\.".prop_map(|s| s),
        Just(String::new()),
        Just("Wat gaan we daarvoor doen?".to_string()),
        Just("Lasten | 12 | 13 |".to_string()),
        "[ -~éëï|•\\t]{0,80}".prop_map(|s| s),
    ];
    prop::collection::vec(line, 0..40).prop_map(|v| v.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(src) = spiegel::read::decode("x.txt", &bytes) {
            let doc = spiegel::parse::parse(&src, &Default::default());
            for a in &doc.activities {
                prop_assert!(a.span.start_line >= 1 && a.span.start_line <= a.span.end_line);
            }
            let _ = spiegel::parse::split_combined(&src);
        }
    }

    #[test]
    fn every_planned_activity_once_and_runs_are_identical(plan in doc_text(), report in doc_text()) {
        let cfg = Config::default();
        let (Ok(p), Ok(r)) = (spiegel::read::decode("begroting-2024.txt", plan.as_bytes()), spiegel::read::decode("jaarverslag-2024.txt", report.as_bytes())) else {
            return Ok(());
        };
        let pd = spiegel::parse::parse(&p, &Default::default());
        let rd = spiegel::parse::parse(&r, &Default::default());
        let n = pd.activities.len();
        let m = rd.activities.len();
        let a = spiegel::audit_documents(pd.clone(), rd.clone(), &cfg);
        let mut seen = vec![0; n];
        for it in &a.items {
            if let Some(p) = it.plan { seen[p] += 1; }
        }
        prop_assert!(seen.iter().all(|&c| c == 1));
        // Every report item is either answering or blue, never both.
        for j in 0..m {
            let blue = a.items.iter().filter(|it| it.plan.is_none() && it.reports == vec![j]).count();
            let linked = a.pairing.is_report_linked(j);
            prop_assert_eq!(blue == 1, !linked);
        }
        let b = spiegel::audit_documents(pd, rd, &cfg);
        let opts = spiegel::render::RenderOptions::default();
        let mut x = Vec::new();
        let mut y = Vec::new();
        spiegel::render::render(&[a], spiegel::render::Format::Json, &opts, &mut x).unwrap();
        spiegel::render::render(&[b], spiegel::render::Format::Json, &opts, &mut y).unwrap();
        prop_assert_eq!(x, y);
    }
}
