//! Whole audits: self-audit, and agreement with the labelled pairs.

use super::fixture;
use spiegel::config::Config;
use spiegel::model::Colour;

#[test]
fn self_audit_is_all_green_paired_with_itself() {
    for rel in [
        "seeds/000_329d86f10e3abe6b.txt",
        "seeds/002_59257ac9b46abdfd.txt",
    ] {
        let cfg = Config::default();
        let a = spiegel::load(&fixture(rel), &cfg).unwrap();
        let b = a.clone();
        let n = a.activities.len();
        let audit = spiegel::audit_documents(a, b, &cfg);
        assert_eq!(audit.items.len(), n, "{rel}");
        for it in &audit.items {
            let p = it.plan.expect("no blue in a self-audit");
            assert_eq!(
                it.reports,
                vec![p],
                "{rel}: {}",
                audit.plan.activities[p].title
            );
            assert_eq!(
                it.colour,
                Colour::Green,
                "{rel}: {}",
                audit.plan.activities[p].title
            );
        }
    }
}
