//! The lexicon: synonyms and abbreviations of Dutch municipal report
//! language, so that "wachtlijst" meets "wachttijd" and "ggz" meets
//! "geestelijke gezondheidszorg" when texts are compared. Built in
//! (`lexicon.yaml`) and extended from spiegel.yaml.

use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock, RwLock};

/// The lexicon as written in YAML (built-in file or spiegel.yaml).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LexiconLists {
    /// Groups of words that name the same thing.
    pub synonyms: Vec<Vec<String>>,
    /// Abbreviation -> the words it stands for.
    pub abbreviations: BTreeMap<String, String>,
}

/// The compiled lexicon.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Stem -> the group's first stem.
    canonical: HashMap<String, String>,
    /// First folded word of an expansion -> (the expansion's folded words,
    /// the abbreviation).
    expansions: HashMap<String, Vec<(Vec<String>, String)>>,
}

const BUILTIN: &str = include_str!("lexicon.yaml");

fn builtin_lists() -> LexiconLists {
    // The built-in file is part of the binary and checked by a test.
    serde_yaml::from_str(BUILTIN).unwrap_or_default()
}

impl Lexicon {
    fn compile(lists: &LexiconLists) -> Lexicon {
        let mut lex = Lexicon::default();
        for group in &lists.synonyms {
            let stems: Vec<String> = group
                .iter()
                .filter_map(|w| {
                    let ws = super::words(w);
                    (ws.len() == 1).then(|| super::stem(&ws[0]))
                })
                .collect();
            let Some(first) = stems.first().cloned() else {
                continue;
            };
            // A stem already in a group keeps that group's name, so that
            // groups sharing a word join.
            let target = stems
                .iter()
                .find_map(|s| lex.canonical.get(s).cloned())
                .unwrap_or(first);
            for s in stems {
                lex.canonical.insert(s, target.clone());
            }
        }
        for (abbr, expansion) in &lists.abbreviations {
            let a = super::fold(abbr.trim());
            let ws = super::words(expansion);
            if a.is_empty() || ws.is_empty() {
                continue;
            }
            lex.expansions
                .entry(ws[0].clone())
                .or_default()
                .push((ws, a));
        }
        for v in lex.expansions.values_mut() {
            // Longest expansion first.
            v.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        lex
    }

    /// The name of a stem's synonym group (the stem itself when it has
    /// none).
    pub fn canonical<'a>(&'a self, stem: &'a str) -> &'a str {
        self.canonical.get(stem).map(String::as_str).unwrap_or(stem)
    }

    /// The written-out abbreviation starting at word `i`: its length in
    /// words and the abbreviation.
    fn expansion_at(&self, words: &[String], i: usize) -> Option<(usize, &str)> {
        self.expansions
            .get(&words[i])?
            .iter()
            .find_map(|(seq, abbr)| {
                (words.len() - i >= seq.len() && words[i..i + seq.len()] == seq[..])
                    .then_some((seq.len(), abbr.as_str()))
            })
    }

    /// Replaces written-out abbreviations in folded words by the
    /// abbreviation ("geestelijke gezondheidszorg" -> "ggz").
    pub fn contract(&self, words: Vec<String>) -> Vec<String> {
        if self.expansions.is_empty() {
            return words;
        }
        // Most texts hold no written-out abbreviation: keep them as they are.
        let first_hit = (0..words.len()).find(|&i| self.expansion_at(&words, i).is_some());
        let Some(start) = first_hit else {
            return words;
        };
        let mut words = words;
        let mut out = Vec::with_capacity(words.len());
        let mut i = 0;
        while i < words.len() {
            if i >= start {
                if let Some((len, abbr)) = self.expansion_at(&words, i) {
                    out.push(abbr.to_string());
                    i += len;
                    continue;
                }
            }
            out.push(std::mem::take(&mut words[i]));
            i += 1;
        }
        out
    }
}

fn slot() -> &'static RwLock<Arc<Lexicon>> {
    static L: OnceLock<RwLock<Arc<Lexicon>>> = OnceLock::new();
    L.get_or_init(|| RwLock::new(Arc::new(Lexicon::compile(&builtin_lists()))))
}

/// The lexicon in use.
pub fn lexicon() -> Arc<Lexicon> {
    match slot().read() {
        Ok(g) => g.clone(),
        Err(p) => p.into_inner().clone(),
    }
}

/// Uses the built-in lexicon extended with the user's lists (from
/// spiegel.yaml) for the rest of the process.
pub fn install(extra: &LexiconLists) {
    let mut lists = builtin_lists();
    lists.synonyms.extend(extra.synonyms.iter().cloned());
    lists.abbreviations.extend(
        extra
            .abbreviations
            .iter()
            .map(|(k, v)| (k.clone(), v.clone())),
    );
    let lex = Arc::new(Lexicon::compile(&lists));
    match slot().write() {
        Ok(mut g) => *g = lex,
        Err(p) => *p.into_inner() = lex,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_file_parses_and_groups_forms() {
        let lists: LexiconLists = serde_yaml::from_str(BUILTIN).expect("lexicon.yaml is valid");
        assert!(lists.synonyms.len() > 10);
        let lex = Lexicon::compile(&lists);
        let s = |w: &str| crate::text::stem(w);
        assert_eq!(
            lex.canonical(&s("wachtlijsten")),
            lex.canonical(&s("wachttijd"))
        );
        assert_eq!(
            lex.canonical(&s("aanbesteed")),
            lex.canonical(&s("inkopen"))
        );
        assert_ne!(lex.canonical(&s("wachttijd")), lex.canonical(&s("inkopen")));
    }

    #[test]
    fn written_out_abbreviations_contract() {
        let lex = Lexicon::compile(&builtin_lists());
        let w = crate::text::words("de wachttijden in de geestelijke gezondheidszorg voor jeugd");
        assert_eq!(
            lex.contract(w),
            vec!["de", "wachttijden", "in", "de", "ggz", "voor", "jeugd"]
        );
    }
}
