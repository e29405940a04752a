//! Analysis: (plan [`Document`], report [`Document`]) -> [`Analyses`].
//!
//! Between parsing and matching, every activity of both documents is read
//! once: its title and the sentences of its text (with their spans) become
//! folded word tokens and content terms (stems, through
//! [`crate::text::content_terms`]), and every term becomes a number in one
//! [`Terms`] interner shared by both documents of the pair. Matching
//! (`matching::pair`) and judging (`judge::judge`) both read this value
//! instead of splitting and stemming the texts on their own; they compare
//! terms as numbers and look the strings up only where spelling matters
//! (compounds, separable verbs).

use crate::model::{Document, PartRole, Sentence};
use rustc_hash::FxHashMap;

/// A content term, as a number of the pair's [`Terms`].
pub type TermId = u32;

/// The interner: term string <-> [`TermId`], shared by both documents of a
/// pair. Ids are handed out in the order terms are first seen.
#[derive(Debug, Default, Clone)]
pub struct Terms {
    ids: FxHashMap<Box<str>, TermId>,
    strs: Vec<Box<str>>,
}

impl Terms {
    /// The id of a term, new or known.
    pub fn intern(&mut self, term: &str) -> TermId {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = TermId::try_from(self.strs.len()).expect("fewer than 2^32 terms");
        self.strs.push(term.into());
        self.ids.insert(term.into(), id);
        id
    }

    /// The ids of a list of terms, in order.
    pub fn intern_all(&mut self, terms: &[String]) -> Vec<TermId> {
        terms.iter().map(|t| self.intern(t)).collect()
    }

    /// The content terms of a text, interned.
    pub fn of_text(&mut self, text: &str) -> Vec<TermId> {
        self.intern_all(&crate::text::content_terms_shared(text))
    }

    /// The string of a term id.
    pub fn get(&self, id: TermId) -> &str {
        &self.strs[id as usize]
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.strs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.strs.is_empty()
    }
}

/// One sentence of an activity's text, read.
#[derive(Debug, Clone)]
pub struct AnalysedSentence {
    pub sentence: Sentence,
    /// Folded word tokens ([`crate::text::words`]).
    pub words: Vec<String>,
    /// Content terms ([`crate::text::content_terms`]), in text order.
    pub terms: Vec<TermId>,
    /// The coordinated main clauses of a plan sentence
    /// ([`crate::text::coordinated_clauses`]), read the same way; empty
    /// when it joins none (and on the report side).
    pub clauses: Vec<AnalysedClause>,
}

/// One of the coordinated main clauses of a plan sentence, read.
#[derive(Debug, Clone)]
pub struct AnalysedClause {
    pub text: String,
    pub words: Vec<String>,
    pub terms: Vec<TermId>,
    /// The clause as a sentence of its own with the subject it shares
    /// with the first clause ("we verhogen de bijdrage"), and its folded
    /// words; none when the clause has its own subject (then the text is
    /// its reading).
    pub shared: Option<(String, Vec<String>)>,
}

impl AnalysedClause {
    /// What the intention filters read: the clause as a sentence of its
    /// own, and its words.
    pub fn reading(&self) -> (&str, &[String]) {
        match &self.shared {
            Some((r, w)) => (r, w),
            None => (&self.text, &self.words),
        }
    }
}

/// One activity, read.
#[derive(Debug, Clone, Default)]
pub struct ActivityAnalysis {
    /// Content terms of the title.
    pub title: Vec<TermId>,
    /// The sentences of the text.
    pub sentences: Vec<AnalysedSentence>,
    /// Content terms of the budget text a mirrored report repeats ("Wat
    /// hadden we gepland?"): never evidence, a clue for matching.
    pub mirrored: Vec<TermId>,
    /// Content terms of the doel the activity stands under (or its
    /// ambitie, when it has no doel).
    pub context: Vec<TermId>,
}

/// One document, read: per activity, in the document's order.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub activities: Vec<ActivityAnalysis>,
}

/// Both documents of a pair, read, with their shared interner.
#[derive(Debug, Clone, Default)]
pub struct Analyses {
    pub plan: Analysis,
    pub report: Analysis,
    pub terms: Terms,
}

/// Reads both documents of a pair.
pub fn analyse_pair(plan: &Document, report: &Document) -> Analyses {
    let mut terms = Terms::default();
    let plan = analyse(plan, &mut terms, true);
    let report = analyse(report, &mut terms, false);
    Analyses {
        plan,
        report,
        terms,
    }
}

/// Reads one document, interning its terms into `terms`. The coordinated
/// clauses of sentences are read for a plan (`clauses`), where each may be
/// an intention of its own (`clauses` is true for the plan side).
pub fn analyse(doc: &Document, terms: &mut Terms, clauses: bool) -> Analysis {
    // Many activities stand under one doel: read each doel's title once.
    let mut contexts: FxHashMap<(Option<usize>, Option<usize>), Vec<TermId>> = FxHashMap::default();
    let activities = doc
        .activities
        .iter()
        .map(|a| {
            let sentences = sentences_of(&doc.path, &a.body, terms, clauses);
            let mut mirrored = Vec::new();
            for p in a.parts.iter().filter(|p| p.role == PartRole::Plan) {
                for s in crate::text::split_sentences(&doc.path, &p.lines) {
                    mirrored.extend(terms.of_text(&s.text));
                }
            }
            let key = if a.doel.is_some() {
                (a.doel, None)
            } else {
                (None, a.ambitie)
            };
            let context = contexts
                .entry(key)
                .or_insert_with(|| {
                    let text = doc.doel_title(a).or(doc.ambitie_title(a)).unwrap_or("");
                    terms.of_text(text)
                })
                .clone();
            ActivityAnalysis {
                title: terms.of_text(&a.title),
                sentences,
                mirrored,
                context,
            }
        })
        .collect();
    Analysis { activities }
}

/// The sentences of some lines, read.
fn sentences_of(
    path: &str,
    lines: &[crate::model::Line],
    terms: &mut Terms,
    clauses: bool,
) -> Vec<AnalysedSentence> {
    crate::text::split_sentences(path, lines)
        .into_iter()
        .map(|s| AnalysedSentence {
            words: crate::text::words(&s.text),
            terms: terms.of_text(&s.text),
            clauses: if clauses {
                clauses_of(&s.text, terms)
            } else {
                Vec::new()
            },
            sentence: s,
        })
        .collect()
}

/// The coordinated clauses of a sentence, read; none when it joins none.
fn clauses_of(text: &str, terms: &mut Terms) -> Vec<AnalysedClause> {
    let clauses = crate::text::coordinated_clauses(text);
    if clauses.len() < 2 {
        return Vec::new();
    }
    clauses
        .into_iter()
        .map(|c| {
            let t = &text[c.start..c.end];
            AnalysedClause {
                text: t.to_string(),
                words: crate::text::words(t),
                terms: terms.of_text(t),
                shared: c.shared_subject.map(|subject| {
                    let reading = format!("{subject} {t}");
                    let words = crate::text::words(&reading);
                    (reading, words)
                }),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_interned_once_and_read_back() {
        let mut t = Terms::default();
        let a = t.intern("pleegzorg");
        let b = t.intern("campagne");
        assert_eq!(t.intern("pleegzorg"), a);
        assert_ne!(a, b);
        assert_eq!(t.get(b), "campagne");
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn a_sentence_keeps_its_terms_in_text_order() {
        let mut t = Terms::default();
        let ids = t.of_text("We starten de wervingscampagne voor pleegzorg");
        let back: Vec<String> = ids.iter().map(|&i| t.get(i).to_string()).collect();
        assert_eq!(
            back,
            crate::text::content_terms("We starten de wervingscampagne voor pleegzorg")
        );
    }
}
