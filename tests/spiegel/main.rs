//! Integration tests: one binary, a module per concern.

mod audit;
mod bad_inputs;
mod cli;
mod eval;
mod parse;
mod props;
mod snapshots;

use std::path::PathBuf;

/// The binary, with a fixed terminal width and no inherited NO_COLOR.
pub fn spiegel() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("spiegel").unwrap();
    c.env_remove("NO_COLOR").env("COLUMNS", "160");
    c
}

pub fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}
