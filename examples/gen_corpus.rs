//! Writes a synthetic corpus for scale tests:
//! `cargo run --release --example gen_corpus -- DIR [MUNICIPALITIES] [BYTES]`
//! (defaults 300 municipalities, 30 000 bytes per document), then
//! `time spiegel audit DIR --format json > /dev/null`.

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "target/corpus".into()));
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(300);
    let bytes: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(30_000);
    spiegel::synth::write_corpus(&dir, n, bytes)
}
