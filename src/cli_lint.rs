//! `spiegel lint`: paths -> the lints of the begrotingen found, rendered,
//! and the exit code of CONTRACT.md (0 ran, 1 `--fail-on` findings, 2 bad
//! usage, an unreadable file, or nothing linted at all). One bad file is
//! reported and does not stop the others.

use crate::cli::{lang, load_config_near, resolve_format, table_width, use_color, with_output};
use crate::cli::{LintArgs, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::config::Config;
use crate::lint::{Finding, Lint};
use crate::model::DocKind;
use crate::render::lint::LintNotes;
use crate::render::{Lang, RenderOptions};
use anyhow::{bail, Result};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Reads `--fail-on` for lint: `uncheckable`, `weak` (each fires on its
/// own finding).
pub fn fail_findings(rules: &[String]) -> Result<Vec<Finding>> {
    rules
        .iter()
        .map(|r| match Finding::parse(r) {
            Some(Finding::Ok) | None => bail!(
                "--fail-on '{}': unknown finding (lint fails on uncheckable, weak)",
                r.trim()
            ),
            Some(f) => Ok(f),
        })
        .collect()
}

/// A file to lint, and whether the user named it (a folder's files that
/// are no begroting are left out; a named file is linted anyway).
struct Input {
    path: PathBuf,
    named: bool,
}

/// The files the paths stand for; a path that does not exist is an error
/// message.
fn inputs(paths: &[PathBuf], errors: &mut Vec<String>, nl: bool) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            for e in walkdir::WalkDir::new(p)
                .follow_links(true)
                .max_depth(16)
                .sort_by_file_name()
            {
                match e {
                    Ok(e) if e.file_type().is_file() && crate::discover::is_candidate(e.path()) => {
                        out.push(Input {
                            path: e.into_path(),
                            named: false,
                        })
                    }
                    Ok(_) => {}
                    Err(e) => errors.push(format!(
                        "{}: {}",
                        e.path().unwrap_or(p).display(),
                        if nl {
                            "niet te lezen"
                        } else {
                            "cannot be read"
                        }
                    )),
                }
            }
        } else {
            out.push(Input {
                path: p.clone(),
                named: true,
            });
        }
    }
    out
}

/// Reads and lints the inputs; what could not be read goes into `notes`.
fn lint_inputs(
    inputs: &[Input],
    cfg: &Config,
    lang: Lang,
    notes: &mut LintNotes,
    err: &mut dyn Write,
) -> Result<Vec<Lint>> {
    let nl = lang == Lang::Nl;
    let mut lints = Vec::new();
    for i in inputs {
        let doc = match crate::load(&i.path, cfg) {
            Ok(d) => d,
            Err(e) => {
                let m = e.message(nl);
                writeln!(err, "spiegel: {m}")?;
                notes.errors.push(m);
                continue;
            }
        };
        let mut warnings = Vec::new();
        if doc.kind != DocKind::Begroting {
            // In a folder only what reads as a begroting is linted.
            if !i.named {
                notes.skipped.push(format!(
                    "{}: {} ({})",
                    i.path.display(),
                    if nl {
                        "overgeslagen, geen begroting"
                    } else {
                        "skipped, not a begroting"
                    },
                    doc.kind.as_str()
                ));
                continue;
            }
            warnings.push(if nl {
                format!(
                    "{} lijkt geen begroting ({}); toch getoetst",
                    doc.path,
                    doc.kind.as_str()
                )
            } else {
                format!(
                    "{} does not look like a begroting ({}); linted anyway",
                    doc.path,
                    doc.kind.as_str()
                )
            });
        }
        if doc.activities.is_empty() {
            warnings.push(if nl {
                "geen activiteiten gelezen: niets getoetst".to_string()
            } else {
                "no activities read: nothing was linted".to_string()
            });
        }
        notes.warnings.push(warnings);
        lints.push(crate::lint::lint(doc));
    }
    Ok(lints)
}

pub fn run_lint(args: LintArgs, err: &mut dyn Write) -> Result<u8> {
    let lang = lang(args.common.lang);
    let nl = lang == Lang::Nl;
    let cfg = load_config_near(&args.common, args.paths.first().map(Path::new), err)?;
    let fail_on = fail_findings(&args.fail_on)?;
    let terminal = std::io::stdout().is_terminal();
    let format = resolve_format(
        args.format,
        args.output.as_deref(),
        args.excel.then_some("--excel"),
        terminal,
    )?;
    let mut notes = LintNotes::default();
    let found = inputs(&args.paths, &mut notes.errors, nl);
    for e in &notes.errors {
        writeln!(err, "spiegel: {e}")?;
    }
    let lints = lint_inputs(&found, &cfg, lang, &mut notes, &mut *err)?;
    for (k, l) in lints.iter().enumerate() {
        for w in notes.warnings_of(k) {
            writeln!(err, "spiegel: {}: {w}", l.plan.path)?;
        }
    }
    for s in &notes.skipped {
        writeln!(err, "spiegel: {s}")?;
    }
    let opts = RenderOptions {
        lang,
        color: format == crate::render::Format::Table
            && use_color(args.color, args.output.is_some()),
        excel: args.excel,
        rollup: false,
        width: table_width(
            std::env::var("COLUMNS").ok().as_deref(),
            terminal
                .then(|| terminal_size::terminal_size().map(|(w, _)| w.0))
                .flatten(),
        ),
    };
    with_output(args.output.as_deref(), |w| {
        crate::render::lint::render(&lints, &notes, format, &opts, w)
    })?;
    exit_code(&lints, &notes, &fail_on, &args.fail_on, lang, err)
}

/// 2 when a file could not be read or nothing was linted; 1 when a
/// `--fail-on` finding was found (a begroting without activities fails
/// every gate); else 0.
fn exit_code(
    lints: &[Lint],
    notes: &LintNotes,
    fail_on: &[Finding],
    written: &[String],
    lang: Lang,
    err: &mut dyn Write,
) -> Result<u8> {
    let nl = lang == Lang::Nl;
    let linted: usize = lints.iter().map(|l| l.items.len()).sum();
    if linted == 0 {
        writeln!(
            err,
            "spiegel: {}",
            if nl {
                "niets getoetst: geen activiteit gelezen in de gegeven bestanden"
            } else {
                "nothing linted: no activity read in the files given"
            }
        )?;
        return Ok(EXIT_ERROR);
    }
    if !notes.errors.is_empty() {
        return Ok(EXIT_ERROR);
    }
    let names = written.join(",");
    let mut fired = false;
    for l in lints {
        let s = l.summary();
        if l.items.is_empty() && !fail_on.is_empty() {
            fired = true;
            writeln!(
                err,
                "spiegel: --fail-on {names}: {}: {}",
                l.plan.path,
                if nl {
                    "niets getoetst"
                } else {
                    "nothing linted"
                }
            )?;
            continue;
        }
        for f in fail_on.iter().filter(|f| s.get(**f) > 0) {
            fired = true;
            writeln!(
                err,
                "spiegel: --fail-on {}: {}: {} {}",
                f.as_str(),
                l.plan.path,
                s.get(*f),
                crate::render::lint::finding_label(*f, lang)
            )?;
        }
    }
    Ok(if fired { EXIT_FINDINGS } else { EXIT_OK })
}
