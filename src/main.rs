//! The `spiegel` binary: parses arguments, runs, prints errors with their
//! causes, maps to the exit codes of CONTRACT.md.

use clap::Parser;
use spiegel::cli::{run, Cli, EXIT_ERROR, EXIT_OK};
use std::process::ExitCode;

// mimalloc: the pipeline makes many small allocations (terms, sentences);
// it audits about a third faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[allow(clippy::print_stderr)]
fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let mut stderr = std::io::stderr();
    match run(cli, &mut stderr) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // A closed pipe (spiegel ... | head) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::from(EXIT_OK);
            }
            eprintln!("spiegel: error: {e}");
            // Causes that the message already says (an io::Error whose text
            // the ReadError message includes) are not repeated.
            let mut said = e.to_string();
            for cause in e.chain().skip(1) {
                let c = cause.to_string();
                if !said.contains(&c) {
                    eprintln!("  caused by: {c}");
                }
                said.push_str(&c);
            }
            ExitCode::from(EXIT_ERROR)
        }
    }
}
