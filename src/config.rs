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

/// The line (1-based) where `key:` is first written at or after `from`.
fn line_of(text: &str, key: &str, from: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find(|(_, l)| {
            let t = l.trim_start().trim_start_matches("- ").trim_start();
            t.strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with(':'))
        })
        .map(|(i, _)| i + 1)
}

/// Checks what serde cannot: thresholds are shares (0 to 1) and a
/// decision's colour is red, yellow or green. Errors name the file and
/// line, like unknown keys.
fn validate(cfg: &Config, text: &str, path: &Path) -> anyhow::Result<()> {
    for (section, value) in [
        ("matching", serde_json::to_value(cfg.matching)?),
        ("judging", serde_json::to_value(cfg.judging)?),
    ] {
        let start = line_of(text, section, 1).unwrap_or(1);
        if let serde_json::Value::Object(map) = value {
            for (key, v) in map {
                if let Some(x) = v.as_f64() {
                    if !(0.0..=1.0).contains(&x) {
                        let at = line_of(text, &key, start)
                            .map(|l| format!(":{l}"))
                            .unwrap_or_default();
                        anyhow::bail!(
                            "{}{at}: invalid configuration: {section}.{key} is {x}; it is a share between 0 and 1",
                            path.display()
                        );
                    }
                }
            }
        }
    }
    let mut from = line_of(text, "decisions", 1).unwrap_or(1);
    for d in &cfg.decisions {
        // Each decision starts with its `plan:` line; later keys are
        // looked for from there.
        let here = line_of(text, "plan", from).unwrap_or(from);
        if let Some(c) = &d.colour {
            if !matches!(
                crate::model::Colour::parse(c),
                Some(
                    crate::model::Colour::Red
                        | crate::model::Colour::Yellow
                        | crate::model::Colour::Green
                )
            ) {
                let at = line_of(text, "colour", here)
                    .map(|l| format!(":{l}"))
                    .unwrap_or_default();
                anyhow::bail!(
                    "{}{at}: invalid configuration: decision about '{}': colour '{c}' is not one of red, yellow, green (rood, geel, groen)",
                    path.display(),
                    d.plan
                );
            }
        }
        from = here + 1;
    }
    Ok(())
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
        validate(&cfg, &text, path)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> anyhow::Result<Config> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("spiegel.yaml");
        std::fs::write(&p, text).unwrap();
        Config::from_file(&p)
    }

    #[test]
    fn numbers_out_of_range_are_rejected_with_the_line() {
        let e = load("# x\nmatching:\n  min_score: 7\n").unwrap_err();
        assert!(e.to_string().contains("spiegel.yaml:3"), "{e}");
        assert!(e.to_string().contains("min_score"), "{e}");
        let e = load("judging:\n  passing_coverage: 0.1\n  accounted_coverage: -1\n").unwrap_err();
        assert!(e.to_string().contains("spiegel.yaml:3"), "{e}");
        assert!(load("matching:\n  min_score: 0.3\n").is_ok());
        assert!(load(STARTER).is_ok());
    }

    #[test]
    fn a_decision_colour_must_be_red_yellow_or_green() {
        let d = |c: &str| {
            format!("decisions:\n  - plan: \"a\"\n    reason: r\n    reviewer: j\n  - plan: \"b\"\n    colour: {c}\n    reason: r\n    reviewer: j\n")
        };
        let e = load(&d("purple")).unwrap_err();
        assert!(e.to_string().contains("spiegel.yaml:6"), "{e}");
        assert!(e.to_string().contains("purple"), "{e}");
        assert!(load(&d("blue")).is_err());
        assert!(load(&d("groen")).is_ok());
    }
}
