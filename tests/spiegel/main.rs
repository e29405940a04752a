//! Integration tests: one binary, a module per concern.

mod audit;
mod bad_inputs;
mod cases;
mod cli;
mod eval;
mod layouts;
mod lint;
mod office;
mod own_status;
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

/// Runs a command that must succeed (exit 0, else the assertion shows its
/// standard error) and returns its standard output.
pub fn ok_stdout(cmd: &mut assert_cmd::Command) -> Vec<u8> {
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

pub fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(rel)
}
