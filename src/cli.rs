//! The command line: arguments, and `run`, which returns the exit code of
//! CONTRACT.md. `main` only calls this and prints errors.

use crate::config::Config;
use crate::model::{Audit, Colour, Summary};
use crate::render::{self, Format, Lang, RenderOptions};
use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// The audit ran (whatever the colours).
pub const EXIT_OK: u8 = 0;
/// `--fail-on` findings were found.
pub const EXIT_FINDINGS: u8 = 1;
/// Bad usage or unreadable input.
pub const EXIT_ERROR: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "spiegel",
    version,
    about = "De spiegel tussen begroting en jaarstukken: checks an annual report (jaarverslag) against its budget (begroting)",
    long_about = None
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Audit a jaarverslag against its begroting: a colour per planned activity.
    Audit(AuditArgs),
    /// Show the tree spiegel reads from one document.
    Parse(ParseArgs),
    /// Score spiegel against hand labels (gold.yaml files).
    Eval(EvalArgs),
    /// Write a commented starting spiegel.yaml (to stdout, or --output).
    Init {
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Print shell completions.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Nl,
    En,
}

#[derive(Debug, Args)]
pub struct Common {
    /// Language of labels and messages.
    #[arg(long, value_enum, default_value = "nl", global = true)]
    pub lang: LangArg,
    /// Configuration file (spiegel.yaml).
    #[arg(long, global = true)]
    pub config: Option<PathBuf>,
    /// Force a layout: labelled, bullets, headlines or table.
    #[arg(long, global = true)]
    pub layout: Option<String>,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// A folder with begrotingen and jaarverslagen to pair and audit, or
    /// one document with plan and report parts (interventieplan).
    pub dir: Option<PathBuf>,
    /// The budget (begroting).
    #[arg(long, requires = "report", conflicts_with = "dir")]
    pub plan: Option<PathBuf>,
    /// The annual report (jaarverslag).
    #[arg(long, requires = "plan")]
    pub report: Option<PathBuf>,
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
    /// Write the output to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Exit with 1 when these are found: colours ("red,blue") or
    /// thresholds ("red>2", "yellow>10%").
    #[arg(long, value_delimiter = ',')]
    pub fail_on: Vec<String>,
    /// When to colour the table.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// CSV for Dutch spreadsheets: ";" as delimiter and a UTF-8 BOM.
    #[arg(long)]
    pub excel: bool,
    /// CSV: a roll-up (counts per colour per ambitie and per doel) instead
    /// of one row per item.
    #[arg(long)]
    pub rollup: bool,
    /// Threads for reading and auditing a folder (default: one per core).
    /// The output is the same for every number.
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TreeFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    pub file: PathBuf,
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: TreeFormat,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SplitArg {
    Dev,
    Test,
    All,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// gold.yaml files, or folders searched (recursively) for gold.yaml.
    #[arg(required_unless_present = "agreement")]
    pub gold: Vec<PathBuf>,
    /// Which labelled pairs to score: dev (tuned on), test (frozen) or all.
    #[arg(long, value_enum, default_value = "dev")]
    pub split: SplitArg,
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: TreeFormat,
    /// Exit with 1 when kappa is below this (0..=1) on any pair or pooled.
    #[arg(long, value_parser = kappa_floor, allow_hyphen_values = true)]
    pub min_kappa: Option<f64>,
    /// Compare two labellers' gold files of the same pair instead.
    #[arg(long, num_args = 2, value_names = ["A.yaml", "B.yaml"], conflicts_with_all = ["gold", "min_kappa"])]
    pub agreement: Option<Vec<PathBuf>>,
    #[command(flatten)]
    pub common: Common,
}

/// `--min-kappa`: a kappa floor a run can meet, 0..=1.
fn kappa_floor(s: &str) -> std::result::Result<f64, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a number (give a kappa floor from 0 to 1, e.g. 0.6)"))?;
    if !(0.0..=1.0).contains(&v) {
        return Err(format!(
            "{s} is outside 0..=1 (a kappa floor is a number from 0 to 1, e.g. 0.6)"
        ));
    }
    Ok(v)
}

/// A `--fail-on` rule.
#[derive(Debug, Clone, PartialEq)]
pub struct FailRule {
    pub colour: Colour,
    pub limit: f64,
    pub percent: bool,
}

impl FailRule {
    pub fn parse(s: &str) -> Result<FailRule> {
        let s = s.trim();
        let (name, rest) = match s.find(['>', '=']) {
            Some(i) => (&s[..i], s[i..].trim_start_matches(['>', '='])),
            None => (s, ""),
        };
        let colour = Colour::parse(name).with_context(|| {
            format!("--fail-on: unknown colour '{name}' (use red, yellow, green, blue)")
        })?;
        if rest.is_empty() {
            return Ok(FailRule {
                colour,
                limit: 0.0,
                percent: false,
            });
        }
        let (num, percent) = match rest.strip_suffix('%') {
            Some(n) => (n, true),
            None => (rest, false),
        };
        let limit: f64 = num.trim().parse().with_context(|| {
            format!("--fail-on: '{s}' needs a number after '>' (e.g. red>2 or yellow>10%)")
        })?;
        Ok(FailRule {
            colour,
            limit,
            percent,
        })
    }

    /// Whether the rule fires on these counts.
    pub fn fires(&self, s: &Summary) -> bool {
        let n = s.get(self.colour) as f64;
        if self.percent {
            let total = s.total() as f64;
            total > 0.0 && n * 100.0 / total > self.limit
        } else {
            n > self.limit
        }
    }
}

fn load_config(common: &Common) -> Result<Config> {
    load_config_near(common, None, &mut std::io::sink())
}

/// Loads `--config`, or else a spiegel.yaml next to the documents.
fn load_config_near(common: &Common, near: Option<&Path>, err: &mut dyn Write) -> Result<Config> {
    let found = near
        .map(|p| {
            if p.is_dir() {
                p.to_path_buf()
            } else {
                p.parent().map(Path::to_path_buf).unwrap_or_default()
            }
        })
        .map(|d| d.join("spiegel.yaml"))
        .filter(|p| p.is_file());
    let mut cfg = match (&common.config, found) {
        (Some(p), _) => Config::from_file(p)?,
        (None, Some(p)) => {
            writeln!(err, "spiegel: configuratie: {}", p.display())?;
            Config::from_file(&p)?
        }
        (None, None) => Config::default(),
    };
    if let Some(l) = &common.layout {
        if crate::parse::Layout::parse(l).is_none() {
            bail!(
                "--layout: unknown layout '{l}' (expected labelled, bullets, headlines or table)"
            );
        }
        cfg.layout = Some(l.clone());
    }
    Ok(cfg)
}

fn lang(l: LangArg) -> Lang {
    match l {
        LangArg::Nl => Lang::Nl,
        LangArg::En => Lang::En,
    }
}

fn use_color(choice: ColorChoice, to_file: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            !to_file
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map(|t| t != "dumb").unwrap_or(true)
        }
    }
}

/// Writes to the output file or to stdout.
fn with_output(
    path: Option<&Path>,
    f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    match path {
        Some(p) => {
            let file = std::fs::File::create(p)
                .with_context(|| format!("{}: cannot create output file", p.display()))?;
            let mut w = std::io::BufWriter::new(file);
            f(&mut w).with_context(|| format!("{}: cannot write", p.display()))?;
            w.flush()?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            f(&mut lock)?;
            lock.flush()?;
        }
    }
    Ok(())
}

/// Runs a parsed command line; returns the exit code. Diagnostics go to
/// `err`.
pub fn run(cli: Cli, err: &mut dyn Write) -> Result<u8> {
    match cli.command {
        Command::Audit(a) => run_audit(a, err),
        Command::Parse(p) => run_parse(p),
        Command::Eval(e) => run_eval(e, err),
        Command::Init { output } => {
            if let Some(p) = &output {
                if p.exists() {
                    bail!("{}: exists already; not overwritten", p.display());
                }
            }
            with_output(output.as_deref(), |w| {
                w.write_all(crate::config::STARTER.as_bytes())
            })?;
            Ok(EXIT_OK)
        }
        Command::Completions { shell } => {
            use clap::CommandFactory;
            let mut cmd = Cli::command();
            with_output(None, |w| {
                clap_complete::generate(shell, &mut cmd, "spiegel", w);
                Ok(())
            })?;
            Ok(EXIT_OK)
        }
        Command::Man => {
            use clap::CommandFactory;
            with_output(None, |w| clap_mangen::Man::new(Cli::command()).render(w))?;
            Ok(EXIT_OK)
        }
    }
}

fn run_audit(args: AuditArgs, err: &mut dyn Write) -> Result<u8> {
    let near = args.plan.as_deref().or(args.dir.as_deref());
    let cfg = load_config_near(&args.common, near, err)?;
    let rules: Vec<FailRule> = args
        .fail_on
        .iter()
        .map(|s| FailRule::parse(s))
        .collect::<Result<_>>()?;
    let mut audits: Vec<Audit> = Vec::new();
    let mut had_errors = false;
    match (&args.plan, &args.report, &args.dir) {
        (Some(p), Some(r), None) => {
            if same_file(p, r) {
                bail!("{}: --plan and --report are the same file", p.display());
            }
            audits.push(crate::audit_files(p, r, &cfg)?);
        }
        (None, None, Some(file)) if file.is_file() => match crate::audit_combined(file, &cfg)? {
            Some(a) => audits.push(a),
            None => bail!(
                "{}: not a document with plan and report parts (\"Interventie N\" with \"Plan van Aanpak\" and \"Uitvoering\"); give --plan BEGROTING --report JAARVERSLAG, or a folder",
                file.display()
            ),
        },
        (None, None, Some(dir)) => {
            if !dir.is_dir() {
                bail!(
                    "{}: not found; give a folder, a combined document, or --plan BEGROTING --report JAARVERSLAG",
                    dir.display()
                );
            }
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(args.jobs.map(usize::from).unwrap_or(0))
                .build()
                .context("cannot start worker threads")?;
            let found = pool
                .install(|| crate::discover::discover(dir, &cfg))
                .with_context(|| format!("{}: cannot list folder", dir.display()))?;
            for e in &found.errors {
                writeln!(err, "spiegel: {e}")?;
                had_errors = true;
            }
            for (p, why) in &found.unpaired {
                writeln!(err, "spiegel: {}: niet gekoppeld: {why}", p.display())?;
            }
            for (plan, report) in &found.pairs {
                writeln!(err, "spiegel: gekoppeld: {} + {}", plan.path, report.path)?;
            }
            // Audits run in parallel; the output keeps the pairs' order.
            // The bar shows only on a terminal.
            let bar = indicatif::ProgressBar::new(found.pairs.len() as u64);
            if found.pairs.len() < 2 {
                bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
            }
            use indicatif::ParallelProgressIterator;
            use rayon::prelude::*;
            audits = pool.install(|| {
                found
                    .pairs
                    .into_par_iter()
                    .progress_with(bar.clone())
                    .map(|(plan, report)| crate::audit_documents(plan, report, &cfg))
                    .collect()
            });
            bar.finish_and_clear();
            if audits.is_empty() {
                bail!("{}: no begroting/jaarverslag pair found", dir.display());
            }
        }
        _ => bail!("give --plan BEGROTING --report JAARVERSLAG, or a folder"),
    }
    for a in &audits {
        for stale in &a.stale_decisions {
            writeln!(err, "spiegel: niet toegepast: {stale}")?;
        }
        for (doc, what) in [(&a.plan, "de begroting"), (&a.report, "het jaarverslag")] {
            if doc.activities.is_empty() {
                writeln!(
                    err,
                    "spiegel: {}: geen activiteiten gevonden in {what} (layout {})",
                    doc.path, doc.layout
                )?;
            }
        }
    }
    let to_file = args.output.is_some();
    let format = args
        .format
        .unwrap_or(if std::io::stdout().is_terminal() && !to_file {
            Format::Table
        } else {
            Format::Json
        });
    let opts = RenderOptions {
        lang: lang(args.common.lang),
        color: format == Format::Table && use_color(args.color, to_file),
        excel: args.excel,
        rollup: args.rollup,
    };
    with_output(args.output.as_deref(), |w| {
        render::render(&audits, format, &opts, w)
    })?;
    if had_errors {
        return Ok(EXIT_ERROR);
    }
    let total = render::total_summary(&audits);
    let fired: Vec<&FailRule> = rules.iter().filter(|r| r.fires(&total)).collect();
    if !fired.is_empty() {
        let names: Vec<String> = args.fail_on.clone();
        writeln!(
            err,
            "spiegel: --fail-on {}: rood {}, geel {}, groen {}, blauw {}",
            names.join(","),
            total.red,
            total.yellow,
            total.green,
            total.blue
        )?;
        return Ok(EXIT_FINDINGS);
    }
    Ok(EXIT_OK)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

fn run_parse(args: ParseArgs) -> Result<u8> {
    let cfg = load_config(&args.common)?;
    let src = crate::read::read_file(&args.file)?;
    let opts = cfg.parse_options();
    // A combined document shows its plan part and its report part.
    let docs = match crate::parse::split_combined_with(&src, opts.markers()) {
        Some((p, r)) => vec![p, r],
        None => vec![crate::parse::parse(&src, &opts)],
    };
    with_output(None, |w| match args.format {
        TreeFormat::Json if docs.len() == 1 => {
            serde_json::to_writer_pretty(&mut *w, &docs[0])?;
            writeln!(w)
        }
        TreeFormat::Json => {
            serde_json::to_writer_pretty(
                &mut *w,
                &serde_json::json!({"plan": docs[0], "report": docs[1]}),
            )?;
            writeln!(w)
        }
        TreeFormat::Text => {
            for (k, d) in docs.iter().enumerate() {
                if docs.len() > 1 {
                    writeln!(
                        w,
                        "== {} ==",
                        if k == 0 { "plandeel" } else { "verslagdeel" }
                    )?;
                }
                crate::render::tree::render(d, lang(args.common.lang), w)?;
            }
            Ok(())
        }
    })?;
    Ok(EXIT_OK)
}

fn run_eval(args: EvalArgs, err: &mut dyn Write) -> Result<u8> {
    if let Some(files) = &args.agreement {
        let a = crate::eval::labeller_agreement(&files[0], &files[1])?;
        with_output(None, |w| match args.format {
            TreeFormat::Json => {
                serde_json::to_writer_pretty(&mut *w, &a)?;
                writeln!(w)
            }
            TreeFormat::Text => crate::render::agreement::render_labellers(&a, w),
        })?;
        return Ok(EXIT_OK);
    }
    let cfg = load_config(&args.common)?;
    let split = match args.split {
        SplitArg::Dev => crate::eval::SplitChoice::Dev,
        SplitArg::Test => crate::eval::SplitChoice::Test,
        SplitArg::All => crate::eval::SplitChoice::All,
    };
    let files = crate::eval::find_gold_files(&args.gold)?;
    let mut pairs = Vec::new();
    let mut skipped = 0;
    for f in &files {
        let p = crate::eval::load(f)?;
        if split.admits(p.split) {
            pairs.push(p);
        } else {
            skipped += 1;
        }
    }
    if skipped > 0 {
        writeln!(
            err,
            "spiegel: {skipped} of {} labelled pairs left out: not in split {} (--split all scores every pair)",
            files.len(),
            split.as_str()
        )?;
    }
    if pairs.is_empty() {
        bail!(
            "no labelled pair in split {} among the {} gold files given (see `split:` in each gold.yaml; --split all scores every pair)",
            split.as_str(),
            files.len()
        );
    }
    let report = crate::eval::report(&pairs, split, &cfg)?;
    with_output(None, |w| match args.format {
        TreeFormat::Json => {
            serde_json::to_writer_pretty(&mut *w, &report)?;
            writeln!(w)
        }
        TreeFormat::Text => crate::render::agreement::render(&report, w),
    })?;
    if let Some(min) = args.min_kappa {
        let mut below: Vec<String> = report
            .pairs
            .iter()
            .filter(|r| r.kappa < min)
            .map(|r| format!("{} kappa {:.3} < {min}", r.gold_file, r.kappa))
            .collect();
        if report.pooled.kappa < min {
            below.push(format!(
                "pooled kappa {:.3} < {min} ({} pairs)",
                report.pooled.kappa, report.pooled.pairs
            ));
        }
        if !below.is_empty() {
            for b in &below {
                writeln!(err, "spiegel: --min-kappa {min}: {b}")?;
            }
            return Ok(EXIT_FINDINGS);
        }
    }
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_rules() {
        let s = Summary {
            red: 1,
            yellow: 3,
            green: 6,
            blue: 0,
        };
        assert!(FailRule::parse("red").unwrap().fires(&s));
        assert!(!FailRule::parse("blue").unwrap().fires(&s));
        assert!(FailRule::parse("yellow>20%").unwrap().fires(&s));
        assert!(!FailRule::parse("yellow>30%").unwrap().fires(&s));
        assert!(!FailRule::parse("red>1").unwrap().fires(&s));
        assert!(FailRule::parse("rood").is_ok());
        assert!(FailRule::parse("purple").is_err());
        assert!(FailRule::parse("red>x").is_err());
    }

    #[test]
    fn kappa_floors() {
        assert_eq!(kappa_floor("0.6"), Ok(0.6));
        assert_eq!(kappa_floor("1"), Ok(1.0));
        assert_eq!(kappa_floor("0"), Ok(0.0));
        assert!(kappa_floor("1.01").unwrap_err().contains("outside 0..=1"));
        assert!(kappa_floor("-0.1").is_err());
        assert!(kappa_floor("NaN").is_err());
        assert!(kappa_floor("hoog").unwrap_err().contains("not a number"));
    }
}
