//! Throughput of the pipeline: reading+parsing (MB/s of input) and a whole
//! audit (MB/s of plan+report), on the bundled seed-001 pair and on
//! synthetic 2 x 1 MB and 2 x 4 MB pairs. Run with `cargo bench`.
//!
//! Targets (issue 9): the 2 x 1 MB audit in at most 0.2 s on one core, and
//! growth close to linear: the 2 x 4 MB audit in at most 4.5 times the
//! 2 x 1 MB time.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use spiegel::config::Config;
use std::hint::black_box;

// The allocator of the binary (src/main.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn fixture(rel: &str) -> Vec<u8> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn parse(name: &str, bytes: &[u8], cfg: &Config) -> spiegel::model::Document {
    let src = spiegel::read::decode(name, bytes).expect("decodes");
    spiegel::parse::parse(&src, &cfg.parse_options())
}

fn benches(c: &mut Criterion) {
    let cfg = Config::default();
    let seed_plan = fixture("seed001-wwz-2023/begroting-2023-wwz.txt");
    let seed_report = fixture("seed001-wwz-2023/jaarverslag-2023-wwz.txt");
    let (big_plan, big_report) = spiegel::synth::pair(1_000_000, 42, 2023);
    let (huge_plan, huge_report) = spiegel::synth::pair(4_000_000, 42, 2023);

    let mut g = c.benchmark_group("read+parse");
    g.throughput(Throughput::Bytes(big_plan.len() as u64));
    g.bench_function("synthetic 1 MB", |b| {
        b.iter(|| parse("plan.txt", black_box(big_plan.as_bytes()), &cfg))
    });
    g.finish();

    let mut g = c.benchmark_group("audit");
    g.throughput(Throughput::Bytes(
        (seed_plan.len() + seed_report.len()) as u64,
    ));
    g.bench_function("seed 001 pair", |b| {
        b.iter(|| {
            let p = parse("plan.txt", &seed_plan, &cfg);
            let r = parse("report.txt", &seed_report, &cfg);
            spiegel::audit_documents(p, r, &cfg)
        })
    });
    g.throughput(Throughput::Bytes(
        (big_plan.len() + big_report.len()) as u64,
    ));
    g.sample_size(10);
    g.bench_function("synthetic 2 x 1 MB", |b| {
        b.iter(|| {
            let p = parse("plan.txt", big_plan.as_bytes(), &cfg);
            let r = parse("report.txt", big_report.as_bytes(), &cfg);
            spiegel::audit_documents(p, r, &cfg)
        })
    });
    g.throughput(Throughput::Bytes(
        (huge_plan.len() + huge_report.len()) as u64,
    ));
    g.bench_function("synthetic 2 x 4 MB", |b| {
        b.iter(|| {
            let p = parse("plan.txt", huge_plan.as_bytes(), &cfg);
            let r = parse("report.txt", huge_report.as_bytes(), &cfg);
            spiegel::audit_documents(p, r, &cfg)
        })
    });
    g.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
