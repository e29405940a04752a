//! Auditing: the input split in two halves (plan, report), each decoded and
//! parsed, then audited. Never panics, and every planned activity appears in
//! exactly one item (CONTRACT.md).
#![no_main]

use libfuzzer_sys::fuzz_target;
use spiegel::config::Config;

fuzz_target!(|data: &[u8]| {
    let (plan, report) = data.split_at(data.len() / 2);
    let (Ok(p), Ok(r)) = (
        spiegel::read::decode("begroting-2024.txt", plan),
        spiegel::read::decode("jaarverslag-2024.txt", report),
    ) else {
        return;
    };
    let pd = spiegel::parse::parse(&p, &Default::default());
    let rd = spiegel::parse::parse(&r, &Default::default());
    let n = pd.activities.len();
    let audit = spiegel::audit_documents(pd, rd, &Config::default());
    let mut seen = vec![0usize; n];
    for it in &audit.items {
        if let Some(k) = it.plan {
            assert!(k < n, "item points at planned activity {k} of {n}");
            seen[k] += 1;
        }
    }
    for (k, c) in seen.iter().enumerate() {
        assert_eq!(*c, 1, "planned activity {k} appears in {c} items");
    }
});
