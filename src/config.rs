//! Configuration: thresholds and options, with defaults that the
//! configuration file (`spiegel.yaml`) and flags override.

use crate::judge::JudgeOptions;
use crate::matching::MatchOptions;
use crate::parse::{Layout, ParseOptions};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Everything that tunes an audit.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub matching: MatchOptions,
    pub judging: JudgeOptions,
    /// Force a layout for every document ("labelled", "bullets",
    /// "headlines").
    pub layout: Option<String>,
}

impl Config {
    pub fn parse_options(&self) -> ParseOptions {
        ParseOptions {
            layout: self.layout.as_deref().and_then(Layout::parse),
        }
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
                    "{}: unknown layout '{l}' (expected labelled, bullets or headlines)",
                    path.display()
                );
            }
        }
        Ok(cfg)
    }
}
