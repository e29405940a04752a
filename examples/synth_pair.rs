//! Writes the benchmarks' synthetic pair to a folder, for profiling a whole
//! audit by hand: `cargo run --release --example synth_pair -- DIR [BYTES]`.

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| ".".into()));
    let bytes = args
        .next()
        .and_then(|b| b.parse().ok())
        .unwrap_or(1_000_000);
    let (plan, report) = spiegel::synth::pair(bytes, 42, 2023);
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("begroting-2023.txt"), plan)?;
    std::fs::write(dir.join("jaarverslag-2023.txt"), report)
}
