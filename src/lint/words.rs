//! The word lists of `lint.yaml`, compiled once: folded phrases, stems of
//! result verbs (with their separable particle), deliverable nouns.
//! Input: the built-in YAML; output: [`Words`] with one question per list
//! ("does this sentence hold a vague phrase?").

use crate::text::{fold, stem, words};
use serde::Deserialize;
use std::sync::OnceLock;

const BUILTIN: &str = include_str!("lint.yaml");

/// The lists as written in `lint.yaml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lists {
    pub vague: Vec<String>,
    pub time: Vec<String>,
    pub not_time: Vec<String>,
    pub deliverables: Vec<String>,
    pub compound_only: Vec<String>,
    pub results: Vec<String>,
    pub number_words: Vec<String>,
    pub actors: Vec<String>,
}

/// One token of a phrase: a word, or a gap of up to [`GAP`] words.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Gap,
}

/// How many words a `*` in a phrase may stand for.
const GAP: usize = 4;

/// A phrase as written, and its tokens.
#[derive(Debug, Clone)]
struct Phrase {
    written: String,
    tokens: Vec<Token>,
}

impl Phrase {
    fn new(s: &str) -> Phrase {
        let tokens = s
            .split_whitespace()
            .map(|t| {
                if t == "*" {
                    Token::Gap
                } else {
                    Token::Word(fold(t))
                }
            })
            .collect();
        Phrase {
            written: s.trim().to_string(),
            tokens,
        }
    }

    /// Whether the phrase occurs in the folded words.
    fn occurs_in(&self, ws: &[String]) -> bool {
        (0..ws.len()).any(|start| matches_at(&self.tokens, ws, start))
    }
}

fn matches_at(tokens: &[Token], ws: &[String], at: usize) -> bool {
    match tokens.split_first() {
        None => true,
        Some((Token::Word(w), rest)) => {
            ws.get(at).is_some_and(|x| x == w) && matches_at(rest, ws, at + 1)
        }
        Some((Token::Gap, rest)) => (0..=GAP).any(|skip| matches_at(rest, ws, at + skip)),
    }
}

/// A verb whose deed is visible: the stem of the whole verb, and for a
/// separable verb its particle and the stem of the rest ("vaststellen":
/// "vaststel", and "vast" + "stel").
#[derive(Debug, Clone)]
struct ResultVerb {
    whole: String,
    split: Option<(String, String)>,
}

/// Particles of Dutch separable verbs, longest first.
const PARTICLES: &[&str] = &[
    "terug", "vast", "door", "over", "voor", "aan", "mee", "toe", "bij", "uit", "op", "af", "in",
];

impl ResultVerb {
    fn new(infinitive: &str) -> ResultVerb {
        let f = fold(infinitive);
        let split = PARTICLES.iter().find_map(|p| {
            f.strip_prefix(p)
                .filter(|rest| rest.len() >= 4)
                .map(|rest| (p.to_string(), stem(rest)))
        });
        ResultVerb {
            whole: stem(&f),
            split,
        }
    }

    /// Whether the verb occurs in the sentence: whole ("vastgesteld",
    /// "heropenen") or split, with the particle after the verb ("we
    /// stellen het plan vast").
    fn occurs_in(&self, ws: &[String], stems: &[String]) -> bool {
        if stems
            .iter()
            .any(|s| s.len() >= self.whole.len() && s.ends_with(self.whole.as_str()))
        {
            return true;
        }
        let Some((particle, base)) = &self.split else {
            return false;
        };
        stems
            .iter()
            .enumerate()
            .any(|(k, s)| s == base && ws.iter().skip(k + 1).any(|w| w == particle))
    }
}

/// The compiled lists.
#[derive(Debug)]
pub struct Words {
    vague: Vec<Phrase>,
    time: Vec<Phrase>,
    not_time: Vec<Phrase>,
    deliverables: Vec<String>,
    compound_only: Vec<String>,
    results: Vec<ResultVerb>,
    number_words: Vec<String>,
    actors: Vec<String>,
}

/// The built-in lists, compiled on first use.
pub fn builtin() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        // The file is part of the binary; a test reads it.
        let lists: Lists = serde_yaml::from_str(BUILTIN).unwrap_or_default();
        Words::compile(&lists)
    })
}

/// Reads `lint.yaml` (for the test that keeps it valid).
pub fn parse_builtin() -> Result<Lists, serde_yaml::Error> {
    serde_yaml::from_str(BUILTIN)
}

impl Words {
    pub fn compile(l: &Lists) -> Words {
        let folded = |v: &[String]| v.iter().map(|s| fold(s.trim())).collect::<Vec<_>>();
        Words {
            vague: l.vague.iter().map(|s| Phrase::new(s)).collect(),
            time: l.time.iter().map(|s| Phrase::new(s)).collect(),
            not_time: l.not_time.iter().map(|s| Phrase::new(s)).collect(),
            deliverables: folded(&l.deliverables),
            compound_only: folded(&l.compound_only),
            results: l.results.iter().map(|s| ResultVerb::new(s)).collect(),
            number_words: folded(&l.number_words),
            actors: folded(&l.actors),
        }
    }

    /// The first vague phrase of the sentence, as written in the list.
    pub fn vague_phrase(&self, ws: &[String]) -> Option<&str> {
        self.vague
            .iter()
            .find(|p| p.occurs_in(ws))
            .map(|p| p.written.as_str())
    }

    /// A time word of the budget year ("najaar", "kwartaal", "dit jaar").
    pub fn names_time(&self, ws: &[String]) -> bool {
        self.time.iter().any(|p| p.occurs_in(ws))
    }

    /// "de komende jaren": a stretch without a milestone.
    pub fn names_stretch(&self, ws: &[String]) -> bool {
        self.not_time.iter().any(|p| p.occurs_in(ws))
    }

    /// A deliverable noun, alone or as the last part of a compound; the
    /// word found.
    pub fn deliverable<'a>(&self, ws: &'a [String]) -> Option<&'a str> {
        ws.iter()
            .find(|w| {
                self.deliverables
                    .iter()
                    .any(|d| w.as_str() == d || (w.len() >= d.len() + 3 && w.ends_with(d.as_str())))
                    || self
                        .compound_only
                        .iter()
                        .any(|d| w.len() >= d.len() + 3 && w.ends_with(d.as_str()))
            })
            .map(String::as_str)
    }

    /// A verb whose deed is visible at year end.
    pub fn result_verb(&self, ws: &[String], stems: &[String]) -> bool {
        self.results.iter().any(|v| v.occurs_in(ws, stems))
    }

    pub fn number_word(&self, ws: &[String]) -> bool {
        ws.iter().any(|w| self.number_words.contains(w))
    }

    pub fn actor(&self, ws: &[String]) -> bool {
        ws.iter().any(|w| self.actors.contains(w))
    }
}

/// Folded words and their stems.
pub fn words_and_stems(text: &str) -> (Vec<String>, Vec<String>) {
    let ws = words(text);
    let stems = ws.iter().map(|w| stem(w)).collect();
    (ws, stems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_lists_parse() {
        let l = parse_builtin().expect("lint.yaml parses");
        assert!(!l.vague.is_empty() && !l.results.is_empty());
    }

    #[test]
    fn phrases_with_gaps() {
        let w = builtin();
        let ws = words("We werken samen met middelbare scholieren aan veilige fietsroutes.");
        assert_eq!(w.vague_phrase(&ws), Some("werken * aan"));
        assert_eq!(w.vague_phrase(&words("We planten 1.000 bomen.")), None);
    }

    #[test]
    fn separable_and_whole_result_verbs() {
        let w = builtin();
        for t in [
            "We stellen het plan in mei vast.",
            "Het plan wordt vastgesteld.",
            "De raad stelt de visie vast.",
            "We leggen een waterplein aan.",
            "In 2023 openen we een bomenloket.",
        ] {
            let (ws, st) = words_and_stems(t);
            assert!(w.result_verb(&ws, &st), "{t}");
        }
        let (ws, st) = words_and_stems("Vast staat dat we de wijk kennen.");
        assert!(!w.result_verb(&ws, &st));
    }

    #[test]
    fn deliverables_alone_and_in_compounds() {
        let w = builtin();
        assert_eq!(
            w.deliverable(&words("een nieuw bomenbeleidsplan")),
            Some("bomenbeleidsplan")
        );
        assert_eq!(w.deliverable(&words("in het kader van de wet")), None);
        assert_eq!(
            w.deliverable(&words("een toewijzingskader")),
            Some("toewijzingskader")
        );
    }
}
