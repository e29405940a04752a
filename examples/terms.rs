//! Prints the content terms of each argument (a tuning aid):
//! `cargo run --release --example terms -- "Een zin." "Nog een zin."`
#![allow(clippy::print_stdout)]

fn main() {
    for s in std::env::args().skip(1) {
        let core = spiegel::judge::core_clause(&s);
        println!(
            "{s}\n  terms: {:?}\n  core:  {:?}",
            spiegel::text::content_terms(&s),
            spiegel::text::content_terms(&core)
        );
    }
}
