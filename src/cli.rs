//! The command line: arguments, and `run`, which returns the exit code of
//! CONTRACT.md. `main` only calls this and prints errors.

use crate::config::Config;
use crate::model::{Audit, Colour, Summary};
use crate::render::{self, Format, Lang, RenderOptions, RunNotes};
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
    /// Lint a begroting (draft): can each planned activity be checked at year end?
    Lint(LintArgs),
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
    /// Print the man page (roff) of spiegel or of one subcommand, or write
    /// every page into a folder.
    Man {
        /// The subcommand whose page to print (audit, parse, eval, ...).
        subcommand: Option<String>,
        /// Write spiegel.1 and spiegel-SUBCOMMAND.1 into this folder.
        #[arg(long, conflicts_with = "subcommand")]
        dir: Option<PathBuf>,
    },
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
    /// Force a layout (labelled, bullets, headlines or table) for both
    /// documents, plan and report alike.
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
    /// Exit with 1 when these are found: colours ("red,blue"),
    /// thresholds ("red>2", "yellow>10%"), or own statuses that disagree
    /// with their text ("overstated", "understated", "unsupported").
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
    /// Audit a pair that is surely wrong (plan and report swapped,
    /// different years) instead of refusing it; the warnings stay.
    #[arg(long)]
    pub force: bool,
    /// Folder runs: say which files were paired and why.
    #[arg(long, short)]
    pub verbose: bool,
    /// Order of the items: as in the begroting ("plan"), or the least
    /// sure verdicts first ("doubt"), so a committee reads those first.
    #[arg(long, value_enum, default_value = "plan")]
    pub sort: SortOrder,
    #[command(flatten)]
    pub common: Common,
}

/// The order items are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortOrder {
    Plan,
    Doubt,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Begrotingen (files), or folders searched for begrotingen.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(long, short, value_enum)]
    pub format: Option<Format>,
    /// Write the output to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Exit with 1 when these findings are found: uncheckable, weak.
    #[arg(long, value_delimiter = ',')]
    pub fail_on: Vec<String>,
    /// When to colour the table.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// CSV for Dutch spreadsheets: ";" as delimiter and a UTF-8 BOM.
    #[arg(long)]
    pub excel: bool,
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
    /// Show the text spiegel read (extracted from HTML, PDF, Word or OpenDocument, normalised),
    /// numbered as line numbers in every output refer to it, instead of
    /// the tree.
    #[arg(long)]
    pub text: bool,
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
    #[arg(required_unless_present_any = ["agreement", "lint"])]
    pub gold: Vec<PathBuf>,
    /// Score `spiegel lint` instead: a folder with labels-A.yaml,
    /// labels-B.yaml, settled.yaml and corpus.yaml (fixtures/lint). Prints
    /// the labellers' kappa and spiegel's, dev and test apart.
    #[arg(long, conflicts_with_all = ["gold", "agreement", "min_kappa"])]
    pub lint: Option<PathBuf>,
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

/// How a `--fail-on` threshold compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    /// `red>2`: more than.
    Above,
    /// `red>=2`: at least.
    AtLeast,
    /// `red=2`: exactly.
    Exactly,
}

/// What a `--fail-on` rule counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailTarget {
    /// Items of a colour.
    Colour(Colour),
    /// Items whose own status disagrees with the text in this way
    /// (overstated, understated, unsupported).
    Own(crate::model::OwnFinding),
}

/// A `--fail-on` rule.
#[derive(Debug, Clone, PartialEq)]
pub struct FailRule {
    pub target: FailTarget,
    pub cmp: Cmp,
    pub limit: f64,
    /// The limit is a percentage of the planned activities.
    pub percent: bool,
    /// The rule as written.
    pub text: String,
}

impl FailRule {
    /// Reads `red`, `red>2`, `red>=2`, `red=2`, `yellow>10%`; anything
    /// else is refused, so that a gate never checks something other than
    /// what was meant.
    pub fn parse(s: &str) -> Result<FailRule> {
        let text = s.trim().to_string();
        let bad = |why: &str| {
            anyhow::anyhow!(
                "--fail-on '{text}': {why} (use a colour, or colour>N, colour>=N, colour=N, with N a number or a percentage: red, red>2, yellow>=10%)"
            )
        };
        let i = text.find(['>', '=', '<', '!']).unwrap_or(text.len());
        let (name, rest) = (text[..i].trim(), text[i..].trim());
        let own = crate::model::OwnFinding::parse(name)
            .filter(|f| *f != crate::model::OwnFinding::Agrees)
            .map(FailTarget::Own);
        let target = match (Colour::parse(name), own) {
            (Some(c), _) => FailTarget::Colour(c),
            (None, Some(o)) => o,
            (None, None) => {
                return Err(bad(&format!(
                    "unknown colour '{name}' (red, yellow, green, blue; or an own-status finding: overstated, understated, unsupported)"
                )))
            }
        };
        if rest.is_empty() {
            return Ok(FailRule {
                target,
                cmp: Cmp::Above,
                limit: 0.0,
                percent: false,
                text,
            });
        }
        let (cmp, num) = if let Some(n) = rest.strip_prefix(">=") {
            (Cmp::AtLeast, n)
        } else if let Some(n) = rest.strip_prefix('>') {
            (Cmp::Above, n)
        } else if let Some(n) = rest.strip_prefix('=') {
            (Cmp::Exactly, n)
        } else {
            return Err(bad("unknown comparison (>, >= or =)"));
        };
        let num = num.trim();
        let (num, percent) = match num.strip_suffix('%') {
            Some(n) => (n.trim(), true),
            None => (num, false),
        };
        if num.is_empty() {
            return Err(bad("a number is missing"));
        }
        if !num.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return Err(bad(&format!("'{num}' is not a number of 0 or more")));
        }
        let limit: f64 = num
            .parse()
            .map_err(|_| bad(&format!("'{num}' is not a number")))?;
        if percent && limit > 100.0 {
            return Err(bad("a percentage is at most 100%"));
        }
        if !percent && limit.fract() != 0.0 {
            return Err(bad("a count is a whole number"));
        }
        Ok(FailRule {
            target,
            cmp,
            limit,
            percent,
            text,
        })
    }

    /// Whether the rule fires on one pair's counts. Percentages are of the
    /// planned activities (red, yellow and green), as docs/ci.md says.
    pub fn fires(&self, s: &Summary) -> bool {
        self.fires_on(s, &crate::own_status::OwnCounts::default())
    }

    /// Whether the rule fires on one pair's counts and own-status counts.
    /// Own-status percentages are of the items that state a status.
    pub fn fires_on(&self, s: &Summary, own: &crate::own_status::OwnCounts) -> bool {
        let (n, base) = match self.target {
            FailTarget::Colour(c) => (s.get(c) as f64, (s.red + s.yellow + s.green) as f64),
            FailTarget::Own(f) => (own.get(f) as f64, own.with_status as f64),
        };
        let value = if self.percent {
            let planned = base;
            if planned == 0.0 {
                return false;
            }
            n * 100.0 / planned
        } else {
            n
        };
        match self.cmp {
            Cmp::Above => value > self.limit,
            Cmp::AtLeast => value >= self.limit,
            Cmp::Exactly => (value - self.limit).abs() < 1e-9,
        }
    }
}

/// The table's width: `COLUMNS` when set (an override), else the
/// terminal's real width when writing to one, else none (a default).
pub fn table_width(columns: Option<&str>, terminal: Option<u16>) -> Option<u16> {
    columns
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|w| *w > 0)
        .or(terminal)
}

/// The output format: `--format`, else the output file's extension, else
/// CSV when `--excel` or `--rollup` asks for it, else table on a terminal
/// and JSON otherwise. Two of these that disagree are an error.
pub fn resolve_format(
    explicit: Option<Format>,
    output: Option<&Path>,
    csv_flags: Option<&str>,
    terminal: bool,
) -> Result<Format> {
    let by_ext = output
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().to_lowercase())
        .and_then(|e| match e.as_str() {
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "txt" => Some(Format::Table),
            _ => None,
        });
    let mut wanted: Vec<(Format, String)> = Vec::new();
    if let Some(f) = explicit {
        wanted.push((f, format!("--format {}", format_name(f))));
    }
    if let (Some(f), Some(p)) = (by_ext, output) {
        wanted.push((f, format!("--output {}", p.display())));
    }
    if let Some(flag) = csv_flags {
        wanted.push((Format::Csv, flag.to_string()));
    }
    if let Some((f, why)) = wanted.first() {
        if let Some((g, other)) = wanted.iter().find(|(g, _)| g != f) {
            bail!(
                "{why} asks for {} but {other} for {}: give one format",
                format_name(*f),
                format_name(*g)
            );
        }
        return Ok(*f);
    }
    Ok(if terminal && output.is_none() {
        Format::Table
    } else {
        Format::Json
    })
}

fn format_name(f: Format) -> String {
    f.to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

fn load_config(common: &Common) -> Result<Config> {
    load_config_near(common, None, &mut std::io::sink())
}

/// Loads `--config`, or else a spiegel.yaml next to the documents.
pub(crate) fn load_config_near(
    common: &Common,
    near: Option<&Path>,
    err: &mut dyn Write,
) -> Result<Config> {
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
            let word = match common.lang {
                LangArg::Nl => "configuratie",
                LangArg::En => "configuration",
            };
            writeln!(err, "spiegel: {word}: {}", p.display())?;
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

pub(crate) fn lang(l: LangArg) -> Lang {
    match l {
        LangArg::Nl => Lang::Nl,
        LangArg::En => Lang::En,
    }
}

pub(crate) fn use_color(choice: ColorChoice, to_file: bool) -> bool {
    // A file is never coloured, whatever was asked: escapes in a saved
    // table or a mail attachment are noise.
    if to_file {
        return false;
    }
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
pub(crate) fn with_output(
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
        Command::Lint(l) => crate::cli_lint::run_lint(l, err),
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
        Command::Man { subcommand, dir } => {
            let pages = man_pages();
            if let Some(dir) = dir {
                std::fs::create_dir_all(&dir)
                    .with_context(|| format!("{}: cannot create folder", dir.display()))?;
                for (name, page) in &pages {
                    let p = dir.join(format!("{name}.1"));
                    std::fs::write(&p, page)
                        .with_context(|| format!("{}: cannot write", p.display()))?;
                }
                return Ok(EXIT_OK);
            }
            let want = match &subcommand {
                Some(s) => format!("spiegel-{s}"),
                None => "spiegel".to_string(),
            };
            let Some((_, page)) = pages.iter().find(|(n, _)| *n == want) else {
                let names: Vec<&str> = pages
                    .iter()
                    .filter_map(|(n, _)| n.strip_prefix("spiegel-"))
                    .collect();
                bail!(
                    "man: no subcommand '{}' (one of {})",
                    subcommand.unwrap_or_default(),
                    names.join(", ")
                );
            };
            with_output(None, |w| w.write_all(page))?;
            Ok(EXIT_OK)
        }
    }
}

const EXIT_STATUS_ROFF: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
the audit ran (whatever the colours); a closed pipe also exits 0
.TP
\fB1\fR
\-\-fail\-on findings were found (eval: kappa below \-\-min\-kappa)
.TP
\fB2\fR
bad usage, an input that cannot be read, or a pair that is surely wrong (swapped, different years; \-\-force audits it anyway); in a folder run, one bad file is reported, the others are audited, and the status is 2 at the end
"#;

/// The man pages, generated from the command-line definition: spiegel(1)
/// and one page per subcommand (spiegel-audit(1), ...), each with its
/// options and the exit status.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    use clap::CommandFactory;
    let cmd = Cli::command();
    let mut pages = Vec::new();
    let mut render = |name: String, c: clap::Command| {
        let mut buf = Vec::new();
        // Rendering into memory cannot fail.
        let _ = clap_mangen::Man::new(c).render(&mut buf);
        buf.extend_from_slice(EXIT_STATUS_ROFF.as_bytes());
        pages.push((name, buf));
    };
    render("spiegel".to_string(), cmd.clone());
    for sub in cmd.get_subcommands() {
        let name = format!("spiegel-{}", sub.get_name());
        // The page's own name; the global options (--lang, --config,
        // --layout) are part of each subcommand already.
        // clap names are 'static (without its "string" feature); a page is
        // rendered once per run, so the few bytes leaked do not matter.
        let page_name: &'static str = name.clone().leak();
        render(
            name,
            sub.clone()
                .name(page_name)
                .version(env!("CARGO_PKG_VERSION")),
        );
    }
    pages
}

fn run_audit(args: AuditArgs, err: &mut dyn Write) -> Result<u8> {
    let lang = lang(args.common.lang);
    let nl = lang == Lang::Nl;
    let near = args.plan.as_deref().or(args.dir.as_deref());
    let cfg = load_config_near(&args.common, near, err)?;
    let rules: Vec<FailRule> = args
        .fail_on
        .iter()
        .map(|s| FailRule::parse(s))
        .collect::<Result<_>>()?;
    // Decided before any work, so that a conflict costs nothing.
    let csv_flags = match (args.excel, args.rollup) {
        (true, true) => Some("--excel --rollup"),
        (true, false) => Some("--excel"),
        (false, true) => Some("--rollup"),
        (false, false) => None,
    };
    let terminal = std::io::stdout().is_terminal();
    let format = resolve_format(args.format, args.output.as_deref(), csv_flags, terminal)?;
    let mut audits: Vec<Audit> = Vec::new();
    let mut notes = RunNotes::default();
    let mut had_errors = false;
    let mut folder_summary: Option<String> = None;
    match (&args.plan, &args.report, &args.dir) {
        (Some(p), Some(r), None) => {
            if same_file(p, r) {
                if nl {
                    bail!(
                        "{}: --plan en --report zijn hetzelfde bestand",
                        p.display()
                    );
                }
                bail!("{}: --plan and --report are the same file", p.display());
            }
            let plan = crate::load(p, &cfg).map_err(|e| said(e, nl))?;
            let report = crate::load(r, &cfg).map_err(|e| said(e, nl))?;
            let (pair_cfg, unused) = decisions_for(&cfg, &plan, false);
            notes.decisions_not_applied = unused
                .iter()
                .map(|&i| cfg.decisions[i].not_applied())
                .collect();
            let a = crate::audit_documents(plan, report, &pair_cfg);
            let warnings = crate::checks::check(&a);
            let sure: Vec<String> = warnings
                .iter()
                .filter(|w| w.refuses())
                .map(|w| w.message(lang))
                .collect();
            if !sure.is_empty() && !args.force {
                bail!(
                    "{} + {}: {}; {}",
                    p.display(),
                    r.display(),
                    sure.join("; "),
                    if nl {
                        "niet gecontroleerd (geef --force om toch te controleren)"
                    } else {
                        "not audited (give --force to audit anyway)"
                    }
                );
            }
            notes.warnings.push(warnings);
            audits.push(a);
        }
        (None, None, Some(file)) if file.is_file() => match crate::audit_combined(file, &cfg)
            .map_err(|e| said(e, nl))?
        {
            Some(a) => {
                notes.warnings.push(crate::checks::check(&a));
                audits.push(a);
            }
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
                let m = e.message(nl);
                writeln!(err, "spiegel: {m}")?;
                notes.errors.push(m);
                had_errors = true;
            }
            for u in &found.unpaired {
                writeln!(
                    err,
                    "spiegel: {}: {}: {}",
                    u.path.display(),
                    if nl { "niet gekoppeld" } else { "not paired" },
                    u.describe(lang)
                )?;
            }
            if args.verbose {
                for p in &found.paired {
                    writeln!(
                        err,
                        "spiegel: {}: {} + {} ({})",
                        if nl { "gekoppeld" } else { "paired" },
                        p.plan.display(),
                        p.report.display(),
                        p.why.describe(lang)
                    )?;
                }
            }
            notes.unpaired = found.unpaired;
            // Audits run in parallel; the output keeps the pairs' order.
            // The bar shows only on a terminal.
            let bar = indicatif::ProgressBar::new(found.pairs.len() as u64);
            if found.pairs.len() < 2 {
                bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
            }
            use indicatif::ParallelProgressIterator;
            use rayon::prelude::*;
            // Each pair is judged with the spiegel.yaml nearest to its
            // begroting (a subfolder's own, else the folder's), and only
            // with the decisions that belong to it.
            let mut configs: Vec<(Option<PathBuf>, Config)> = vec![(None, cfg.clone())];
            let mut pair_cfgs: Vec<(usize, Config)> = Vec::new();
            let mut used: Vec<Vec<bool>> = vec![vec![false; cfg.decisions.len()]];
            for (plan, _) in &found.pairs {
                let k = match args.common.config {
                    Some(_) => 0,
                    None => match nearest_config(Path::new(&plan.path), dir) {
                        None => 0,
                        Some(path) => match configs.iter().position(|(p, _)| p.as_ref() == Some(&path)) {
                            Some(k) => k,
                            None => {
                                writeln!(
                                    err,
                                    "spiegel: {}: {}",
                                    if nl { "configuratie" } else { "configuration" },
                                    path.display()
                                )?;
                                let mut c = Config::from_file(&path)?;
                                if args.common.layout.is_some() {
                                    c.layout = cfg.layout.clone();
                                }
                                used.push(vec![false; c.decisions.len()]);
                                configs.push((Some(path), c));
                                configs.len() - 1
                            }
                        },
                    },
                };
                let (c, unused) = decisions_for(&configs[k].1, plan, true);
                for (i, u) in used[k].iter_mut().enumerate() {
                    if !unused.contains(&i) {
                        *u = true;
                    }
                }
                pair_cfgs.push((k, c));
            }
            for (k, (_, c)) in configs.iter().enumerate() {
                notes.decisions_not_applied.extend(
                    c.decisions
                        .iter()
                        .zip(&used[k])
                        .filter(|(_, u)| !**u)
                        .map(|(d, _)| d.not_applied()),
                );
            }
            audits = pool.install(|| {
                found
                    .pairs
                    .into_par_iter()
                    .zip(pair_cfgs.into_par_iter())
                    .progress_with(bar.clone())
                    .map(|((plan, report), (_, c))| crate::audit_documents(plan, report, &c))
                    .collect()
            });
            bar.finish_and_clear();
            if audits.is_empty() {
                bail!("{}: no begroting/jaarverslag pair found", dir.display());
            }
            notes.warnings = audits.iter().map(crate::checks::check).collect();
            folder_summary = Some(summary_line(
                audits.len(),
                notes.unpaired.len(),
                notes.errors.len(),
                lang,
            ));
        }
        _ => bail!("give --plan BEGROTING --report JAARVERSLAG, or a folder"),
    }
    if args.sort == SortOrder::Doubt {
        for a in &mut audits {
            // Stable: equally sure items keep the begroting's order.
            a.items
                .sort_by(|x, y| x.confidence.total_cmp(&y.confidence));
        }
    }
    for (k, a) in audits.iter().enumerate() {
        for n in render::audit_notices(a, &notes, k, lang) {
            writeln!(err, "spiegel: {} + {}: {n}", a.plan.path, a.report.path)?;
        }
    }
    for d in &notes.decisions_not_applied {
        writeln!(
            err,
            "spiegel: {}: {d}",
            if nl { "niet toegepast" } else { "not applied" }
        )?;
    }
    let to_file = args.output.is_some();
    let opts = RenderOptions {
        lang,
        color: format == Format::Table && use_color(args.color, to_file),
        excel: args.excel,
        rollup: args.rollup,
        width: table_width(
            std::env::var("COLUMNS").ok().as_deref(),
            terminal
                .then(|| terminal_size::terminal_size().map(|(w, _)| w.0))
                .flatten(),
        ),
    };
    with_output(args.output.as_deref(), |w| {
        render::render_run(&audits, &notes, format, &opts, w)
    })?;
    if let Some(line) = &folder_summary {
        writeln!(err, "spiegel: {line}")?;
    }
    if had_errors {
        return Ok(EXIT_ERROR);
    }
    if rules.is_empty() {
        return Ok(EXIT_OK);
    }
    // Rules apply per pair; a pair where nothing was checked, and a
    // begroting left without its jaarverslag, fail every gate.
    let mut fired = false;
    let names = args.fail_on.join(",");
    for (k, a) in audits.iter().enumerate() {
        let s = a.summary();
        let counts = if nl {
            format!(
                "rood {}, geel {}, groen {}, blauw {}",
                s.red, s.yellow, s.green, s.blue
            )
        } else {
            format!(
                "red {}, yellow {}, green {}, blue {}",
                s.red, s.yellow, s.green, s.blue
            )
        };
        if notes.warnings_of(k).iter().any(|w| w.nothing_checked()) {
            fired = true;
            writeln!(
                err,
                "spiegel: --fail-on {names}: {} + {}: {}",
                a.plan.path,
                a.report.path,
                if nl {
                    "niets gecontroleerd (geen activiteiten in de begroting)"
                } else {
                    "nothing checked (no activities in the begroting)"
                }
            )?;
            continue;
        }
        let own = crate::own_status::counts(a);
        for r in rules.iter().filter(|r| r.fires_on(&s, &own)) {
            fired = true;
            writeln!(
                err,
                "spiegel: --fail-on {}: {} + {}: {}",
                r.text,
                a.plan.path,
                a.report.path,
                match r.target {
                    FailTarget::Colour(_) => counts.clone(),
                    FailTarget::Own(_) =>
                        crate::render::own_summary(&own, lang).unwrap_or_default(),
                }
            )?;
        }
    }
    for u in &notes.unpaired {
        if u.kind == crate::model::DocKind::Begroting {
            fired = true;
            writeln!(
                err,
                "spiegel: --fail-on {names}: {}: {}",
                u.path.display(),
                if nl {
                    "begroting niet gecontroleerd (niet gekoppeld)"
                } else {
                    "begroting not audited (not paired)"
                }
            )?;
        }
    }
    Ok(if fired { EXIT_FINDINGS } else { EXIT_OK })
}

/// The closing line of a folder run: what was audited, left and failed.
fn summary_line(pairs: usize, unpaired: usize, errors: usize, lang: Lang) -> String {
    let n = |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    match lang {
        Lang::Nl => format!(
            "{} gecontroleerd, {} niet gekoppeld, {} niet te lezen",
            n(pairs, "paar", "paren"),
            n(unpaired, "bestand", "bestanden"),
            n(errors, "bestand", "bestanden")
        ),
        Lang::En => format!(
            "{} audited, {} not paired, {} unreadable",
            n(pairs, "pair", "pairs"),
            n(unpaired, "file", "files"),
            n(errors, "file", "files")
        ),
    }
}

/// The configuration for one pair: its decisions limited to those that
/// belong to the begroting; and the indices of the decisions left out.
fn decisions_for(
    cfg: &Config,
    plan: &crate::model::Document,
    by_title: bool,
) -> (Config, Vec<usize>) {
    let mut c = cfg.clone();
    let mut unused = Vec::new();
    c.decisions = cfg
        .decisions
        .iter()
        .enumerate()
        .filter(|(i, d)| {
            let keep = d.belongs_to(plan, by_title);
            if !keep {
                unused.push(*i);
            }
            keep
        })
        .map(|(_, d)| d.clone())
        .collect();
    (c, unused)
}

/// The spiegel.yaml nearest to a file, in its folder or a folder above it,
/// below `root` (whose own file is the run's configuration).
fn nearest_config(file: &Path, root: &Path) -> Option<PathBuf> {
    let root = std::fs::canonicalize(root).ok()?;
    let mut dir = std::fs::canonicalize(file).ok()?.parent()?.to_path_buf();
    while dir != root && dir.starts_with(&root) {
        for name in ["spiegel.yaml", "spiegel.yml"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
        dir = dir.parent()?.to_path_buf();
    }
    None
}

/// A read error as the user reads it, in the run's language.
pub(crate) fn said(e: crate::read::ReadError, nl: bool) -> anyhow::Error {
    anyhow::anyhow!(e.message(nl))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

fn run_parse(args: ParseArgs) -> Result<u8> {
    let cfg = load_config(&args.common)?;
    let src =
        crate::read::read_file(&args.file).map_err(|e| said(e, args.common.lang == LangArg::Nl))?;
    if args.text {
        with_output(None, |w| {
            for l in &src.lines {
                writeln!(w, "{:>5}  {}", l.no, l.text)?;
            }
            Ok(())
        })?;
        return Ok(EXIT_OK);
    }
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
                        match (k, args.common.lang) {
                            (0, LangArg::Nl) => "plandeel",
                            (_, LangArg::Nl) => "verslagdeel",
                            (0, LangArg::En) => "plan part",
                            (_, LangArg::En) => "report part",
                        }
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
    if let Some(dir) = &args.lint {
        let cfg = load_config(&args.common)?;
        let e = crate::lint::eval::evaluate(dir, &cfg)?;
        with_output(None, |w| match args.format {
            TreeFormat::Json => {
                serde_json::to_writer_pretty(&mut *w, &e)?;
                writeln!(w)
            }
            TreeFormat::Text => crate::lint::eval::render(&e, w),
        })?;
        return Ok(EXIT_OK);
    }
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
        let fires = |r: &str| FailRule::parse(r).unwrap().fires(&s);
        assert!(fires("red"));
        assert!(!fires("blue"));
        assert!(fires("yellow>20%"));
        assert!(!fires("yellow>30%"));
        assert!(!fires("red>1"));
        assert!(fires("red>=1"));
        assert!(fires("red=1"));
        assert!(!fires("red=2"));
        assert!(fires("yellow >= 3"));
        assert!(FailRule::parse("rood").is_ok());
        let own = crate::own_status::OwnCounts {
            with_status: 4,
            agrees: 3,
            overstated: 1,
            ..Default::default()
        };
        let over = FailRule::parse("overstated").unwrap();
        assert!(over.fires_on(&s, &own) && !over.fires(&s));
        assert!(!FailRule::parse("understated").unwrap().fires_on(&s, &own));
        assert!(FailRule::parse("overstated>=25%")
            .unwrap()
            .fires_on(&s, &own));
        assert!(FailRule::parse("agrees").is_err());
        for bad in [
            "purple", "red>x", "red>", "red>-1", "red=", "red<2", "red==2", "red>=", "red>101%",
            "red>1.5", "red>=>2",
        ] {
            assert!(FailRule::parse(bad).is_err(), "{bad} accepted");
        }
    }

    /// Percentages are of the planned activities: blue items (not
    /// planned) do not dilute them.
    #[test]
    fn percentages_are_of_planned_activities() {
        let s = Summary {
            red: 1,
            yellow: 0,
            green: 9,
            blue: 10,
        };
        assert!(FailRule::parse("red>=10%").unwrap().fires(&s));
        assert!(!FailRule::parse("red>10%").unwrap().fires(&s));
    }

    #[test]
    fn table_width_prefers_columns_then_the_terminal() {
        assert_eq!(table_width(Some("100"), Some(90)), Some(100));
        assert_eq!(table_width(None, Some(90)), Some(90));
        assert_eq!(table_width(Some("x"), Some(90)), Some(90));
        assert_eq!(table_width(None, None), None);
    }

    #[test]
    fn format_from_flags_and_extension() {
        let f = |explicit, out: Option<&str>, csv| {
            resolve_format(explicit, out.map(Path::new), csv, false)
        };
        assert_eq!(f(None, Some("a.csv"), None).unwrap(), Format::Csv);
        assert_eq!(f(None, Some("a.HTML"), None).unwrap(), Format::Html);
        assert_eq!(f(None, Some("a.md"), None).unwrap(), Format::Markdown);
        assert_eq!(f(None, Some("a.txt"), None).unwrap(), Format::Table);
        assert_eq!(f(None, Some("a.out"), None).unwrap(), Format::Json);
        assert_eq!(f(None, None, Some("--excel")).unwrap(), Format::Csv);
        assert_eq!(
            f(None, Some("r.csv"), Some("--rollup")).unwrap(),
            Format::Csv
        );
        assert_eq!(
            f(Some(Format::Csv), None, Some("--excel")).unwrap(),
            Format::Csv
        );
        assert!(f(Some(Format::Json), Some("a.csv"), None).is_err());
        assert!(f(None, Some("a.html"), Some("--excel")).is_err());
        assert!(f(Some(Format::Json), None, Some("--rollup")).is_err());
        assert_eq!(
            resolve_format(None, None, None, true).unwrap(),
            Format::Table
        );
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
