//! Integration tests: one binary, a module per concern.

mod audit;
mod bad_inputs;
mod cli;
mod eval;
mod parse;
mod props;
mod snapshots;

use std::path::PathBuf;

pub fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}
