//! Configuration: thresholds and options, with defaults that the
//! configuration file (`spiegel.yaml`) and flags override.

use crate::judge::JudgeOptions;
use crate::matching::MatchOptions;
use crate::parse::markers::{MarkerLists, Markers};
use crate::parse::{Layout, ParseOptions};
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::Arc;

/// The commented starting file `spiegel init` writes.
pub const STARTER: &str = include_str!("starter.yaml");

/// Everything that tunes an audit.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub matching: MatchOptions,
    pub judging: JudgeOptions,
    /// Force a layout for every document ("labelled", "bullets",
    /// "headlines", "table").
    pub layout: Option<String>,
    /// Extra layout markers for the municipality's own documents; they
    /// extend the built-in lists (src/parse/layouts.yaml).
    pub markers: MarkerLists,
    /// A reviewer's decisions: pairings made or broken by hand, colours
    /// overridden, each with a reason and the reviewer's name.
    pub decisions: Vec<crate::review::Decision>,
    /// Extra synonym groups ("wachttijd, wachtlijst"), added to the
    /// built-in lexicon (src/text/lexicon.yaml).
    pub synonyms: Vec<Vec<String>>,
    /// Extra abbreviations ("pgb: persoonsgebonden budget").
    pub abbreviations: std::collections::BTreeMap<String, String>,
    /// The compiled markers (built by `from_file`/`with_markers`).
    #[serde(skip)]
    compiled: Option<Arc<Markers>>,
}

impl Config {
    pub fn parse_options(&self) -> ParseOptions {
        ParseOptions {
            layout: self.layout.as_deref().and_then(Layout::parse),
            markers: self.compiled.clone(),
        }
    }

    /// Compiles the user's markers (if any) on top of the built-in ones.
    pub fn with_markers(mut self) -> Result<Config, regex::Error> {
        let empty = serde_json::to_value(&self.markers).ok()
            == serde_json::to_value(MarkerLists::default()).ok();
        self.compiled = if empty {
            None
        } else {
            Some(Arc::new(Markers::extended(&self.markers)?))
        };
        Ok(self)
    }

    /// Reads a configuration file; unknown keys are errors that name the
    /// file and line.
    pub fn from_file(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("{}: cannot read configuration: {e}", path.display()))?;
        let cfg: Config = serde_yaml::from_str(&text).map_err(|e| {
            let at = e
                .location()
                .map(|l| format!(":{}:{}", l.line(), l.column()))
                .unwrap_or_default();
            anyhow::anyhow!("{}{at}: invalid configuration: {e}", path.display())
        })?;
        if let Some(l) = &cfg.layout {
            if Layout::parse(l).is_none() {
                anyhow::bail!(
                    "{}: unknown layout '{l}' (expected labelled, bullets, headlines or table)",
                    path.display()
                );
            }
        }
        if !cfg.synonyms.is_empty() || !cfg.abbreviations.is_empty() {
            crate::text::install_lexicon(&crate::text::LexiconLists {
                synonyms: cfg.synonyms.clone(),
                abbreviations: cfg.abbreviations.clone(),
            });
        }
        cfg.with_markers()
            .map_err(|e| anyhow::anyhow!("{}: invalid marker in `markers:`: {e}", path.display()))
    }
}
