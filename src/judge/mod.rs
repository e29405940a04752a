//! Judging: (plan, report, [`Pairing`]) -> [`Audit`], per LABELLING.md.
//!
//! Each planned activity's text is split into its intentions (voornemens):
//! sentences about what will happen in the budget year, leaving out
//! background and history (past tense, earlier years, "al ruim 15 jaar")
//! and motivation ("Zo blijven we ...", "Het doel is ..."). For each
//! intention the report text that answers the activity is searched for the
//! sentence that covers most of its content words (weighted by rarity); it
//! is accounted for when enough is covered. The colour follows from the
//! counts; the realisation signal is read from the wording of the evidence.
//!
//! The steps per activity, each its own function: intentions
//! (`intentions::intentions_of`) -> evidence (`ItemEvidence::account`,
//! with `best_window`) -> decision (`decide`) -> realisation
//! (`realisation_of`). The confidence of each verdict is `confidence`.

pub mod confidence;
mod intentions;
mod realisation;
pub mod tense;

pub use intentions::{concrete_action, extract_intentions, Candidate};
pub use realisation::{realisation_from, sentence_status};

use crate::matching::Vocabulary;
use crate::model::{
    Audit, AuditItem, Colour, DocKind, Document, Intention, Pairing, Realisation, Reason, Sentence,
};
use crate::text::{split_sentences, stems_match};
use std::rc::Rc;

/// Thresholds for judging.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct JudgeOptions {
    /// Share of an intention's (idf-weighted) content that one report
    /// sentence must cover for the intention to count as accounted for.
    pub accounted_coverage: f64,
    /// Below this best coverage the report does not touch an intention at
    /// all (red instead of yellow when no intention is accounted).
    pub passing_coverage: f64,
}

impl Default for JudgeOptions {
    fn default() -> Self {
        JudgeOptions {
            accounted_coverage: 0.34,
            passing_coverage: 0.1,
        }
    }
}

/// Term weights for coverage: rarity over all sentences of both documents.
struct Weights {
    vocab: Vocabulary,
}

impl Weights {
    fn new(plan: &Document, plan_sentences: &[Vec<Sentence>], report: &ReportText) -> Self {
        let mut vocab = Vocabulary::default();
        for (a, sentences) in plan.activities.iter().zip(plan_sentences) {
            for s in sentences {
                vocab.add_document(&crate::text::content_terms_shared(&s.text));
            }
            vocab.add_document(&crate::text::content_terms_shared(&a.title));
        }
        for (terms, title) in report.terms.iter().zip(&report.title_terms) {
            for t in terms {
                vocab.add_document(t);
            }
            vocab.add_document(title);
        }
        Weights { vocab }
    }
}

/// The report side, read once: per item its sentences, their content terms
/// and statuses, and the title's terms and status.
struct ReportText {
    sentences: Vec<Vec<Sentence>>,
    terms: Vec<Vec<Rc<[String]>>>,
    status: Vec<Vec<Option<Realisation>>>,
    titles: Vec<Sentence>,
    title_terms: Vec<Rc<[String]>>,
    title_status: Vec<Option<Realisation>>,
    /// Each sentence with the next one (an answer spread over two).
    pairs: Vec<Vec<Sentence>>,
    pair_terms: Vec<Vec<Vec<String>>>,
    pair_status: Vec<Vec<Option<Realisation>>>,
}

impl ReportText {
    fn new(report: &Document) -> Self {
        let sentences: Vec<Vec<Sentence>> = report
            .activities
            .iter()
            .map(|a| split_sentences(&report.path, &a.body))
            .collect();
        let terms = sentences
            .iter()
            .map(|ss| {
                ss.iter()
                    .map(|s| crate::text::content_terms_shared(&s.text))
                    .collect()
            })
            .collect();
        let status = sentences
            .iter()
            .map(|ss| {
                ss.iter()
                    .map(|s| sentence_status(&s.text, report.year))
                    .collect()
            })
            .collect();
        let terms: Vec<Vec<Rc<[String]>>> = terms;
        let status: Vec<Vec<Option<Realisation>>> = status;
        let pairs = sentences
            .iter()
            .map(|ss| {
                ss.windows(2)
                    .map(|w| Sentence {
                        text: format!("{} {}", w[0].text, w[1].text),
                        span: crate::model::Span::new(
                            &w[0].span.path,
                            w[0].span.start_line,
                            w[1].span.end_line,
                        ),
                    })
                    .collect()
            })
            .collect();
        let pair_terms = terms
            .iter()
            .map(|ts| {
                ts.windows(2)
                    .map(|w| w[0].iter().chain(w[1].iter()).cloned().collect())
                    .collect()
            })
            .collect();
        let pair_status = status
            .iter()
            .map(|st| st.windows(2).map(|w| joined_status(w[0], w[1])).collect())
            .collect();
        ReportText {
            titles: report
                .activities
                .iter()
                .map(|a| Sentence {
                    text: a.title.clone(),
                    span: crate::model::Span::new(
                        &report.path,
                        a.span.start_line,
                        a.title_end_line,
                    ),
                })
                .collect(),
            pairs,
            pair_terms,
            pair_status,
            sentences,
            terms,
            status,
            title_terms: report
                .activities
                .iter()
                .map(|a| crate::text::content_terms_shared(&a.title))
                .collect(),
            title_status: report
                .activities
                .iter()
                .map(|a| sentence_status(&a.title, report.year))
                .collect(),
        }
    }
}

/// The status of two sentences read together: the stronger of the two
/// (stopped, then delayed, then partly, then done).
fn joined_status(a: Option<Realisation>, b: Option<Realisation>) -> Option<Realisation> {
    let rank = |r: Option<Realisation>| match r {
        Some(Realisation::Dropped) => 4,
        Some(Realisation::Delayed) => 3,
        Some(Realisation::Partial) => 2,
        Some(Realisation::Done) => 1,
        _ => 0,
    };
    if rank(a) >= rank(b) {
        a
    } else {
        b
    }
}

/// How well a report sentence covers an intention: the idf-weighted share
/// of the intention's distinct content terms found in the sentence, the
/// number of terms found (a compound that only shares its first part,
/// "ouderenadviseurs"/"ouderenwerk", counts half), and those terms.
/// (The found terms are returned as a bit set over the intention's terms:
/// the first 128.)
fn coverage(weights: &Weights, intention: &[String], sentence: &[String]) -> (f64, f64, u128) {
    let mut total = 0.0;
    let mut hit = 0.0;
    let mut count = 0.0;
    let mut shared = 0u128;
    for (k, t) in intention.iter().enumerate() {
        let w = weights.vocab.idf(t);
        total += w;
        let bit = if k < 128 { 1u128 << k } else { 0 };
        if sentence.iter().any(|u| stems_match(t, u)) {
            hit += w;
            count += 1.0;
            shared |= bit;
        } else if sentence.iter().any(|u| shares_compound_part(t, u)) {
            hit += 0.5 * w;
            count += 0.5;
            shared |= bit;
        }
    }
    if total == 0.0 {
        (0.0, 0.0, shared)
    } else {
        (hit / total, count, shared)
    }
}

/// The terms a coverage bit set names.
fn terms_in(terms: &[String], set: u128) -> Vec<String> {
    terms
        .iter()
        .take(128)
        .enumerate()
        .filter(|(k, _)| set & (1u128 << k) != 0)
        .map(|(_, t)| t.clone())
        .collect()
}

/// Two different compounds with the same first part of at least six
/// letters ("ouderenadviseur", "ouderenwerk").
fn shares_compound_part(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 6 && a.len() > common && b.len() > common
}

/// The colour by LABELLING.md, from what was found for the intentions.
/// `progress` and `any` are the best coverage of an intention by a window
/// that states progress, and by any window.
fn decide(
    no_report: bool,
    all_empty: bool,
    intentions: &[Intention],
    progress: f64,
    any: f64,
    opts: &JudgeOptions,
) -> (Colour, Reason) {
    let total = intentions.len();
    let accounted = intentions.iter().filter(|i| i.accounted).count();
    if no_report {
        (Colour::Red, Reason::NoReport)
    } else if all_empty {
        (Colour::Red, Reason::EmptyReport)
    } else if accounted > 0 && intentions.iter().all(|i| i.accounted || !i.substantive) {
        (Colour::Green, Reason::Intentions { accounted, total })
    } else if accounted > 0 {
        (Colour::Yellow, Reason::Intentions { accounted, total })
    } else if progress >= opts.passing_coverage {
        // Progress information that touches an intention, too little to
        // account for it.
        (Colour::Yellow, Reason::InPassing { total })
    } else if any >= opts.passing_coverage {
        // The text touches the intentions but reports no progress on them
        // ("... heeft onze volle aandacht").
        (Colour::Red, Reason::NoProgress { total })
    } else {
        (Colour::Red, Reason::OffTopic { total })
    }
}

/// How far the activity got: read from all the text that answers it (the
/// evidence alone is often a single sentence), short of a promised count
/// partial.
fn realisation_of(reports: &[usize], text: &ReportText, intentions: &[Intention]) -> Realisation {
    let said = realisation_from(reports.iter().flat_map(|&r| text.status[r].iter().copied()));
    short_of_target(said, intentions)
}

/// "Done" that falls short of a promised number is partial: the plan
/// promised "ten minste 150 bedrijven", the report counts "132 bedrijven".
/// A count is a number before the same word in the intention and in its
/// evidence (years are not counts).
fn short_of_target(said: Realisation, intentions: &[Intention]) -> Realisation {
    if said != Realisation::Done {
        return said;
    }
    let short = intentions.iter().any(|i| {
        let Some(ev) = i.evidence.as_ref().filter(|_| i.accounted) else {
            return false;
        };
        let promised = counts(&i.text);
        let got = counts(&ev.text);
        promised.iter().any(|(unit, n)| {
            let mut same = got
                .iter()
                .filter(|(u, _)| crate::text::stems_match(u, unit))
                .peekable();
            same.peek().is_some() && same.all(|(_, m)| m < n)
        })
    });
    if short {
        Realisation::Partial
    } else {
        said
    }
}

/// Counts in a text: (the stem of the word after the number, the number).
fn counts(text: &str) -> Vec<(String, u64)> {
    let w: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for k in 0..w.len().saturating_sub(1) {
        let digits: String = w[k].chars().filter(|c| c.is_ascii_digit()).collect();
        let plain = w[k]
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '(');
        if digits.is_empty() || !plain || w[k].contains(',') {
            continue;
        }
        let Ok(n) = digits.parse::<u64>() else {
            continue;
        };
        // A year, or a date's day before its month, is no count.
        let next = crate::text::fold(w[k + 1].trim_matches(|c: char| !c.is_alphanumeric()));
        if (1900..=2100).contains(&n) && digits.len() == 4 || crate::text::is_stopword(&next) {
            continue;
        }
        if next.chars().count() >= 3 && next.chars().all(char::is_alphabetic) {
            out.push((crate::text::stem(&next), n));
        }
    }
    out
}

fn dedup(terms: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in terms {
        if !out.contains(t) {
            out.push(t.clone());
        }
    }
    out
}

/// A piece of report text that may hold evidence, with flags: is it two
/// sentences, is it an item's title.
type Window<'a> = (&'a Sentence, bool, bool);

/// Evidence windows, their terms and their statuses.
type Windows<'a> = (Vec<Window<'a>>, Vec<&'a [String]>, Vec<Option<Realisation>>);

/// The report text that may hold evidence: every sentence of the answering
/// items, and every pair of neighbouring sentences (an answer is sometimes
/// spread over two), and the items' titles. The flags mark pairs and titles.
/// The other lists hold each window's content terms (a pair has the terms
/// of both its sentences) and status. All of it was read once, in
/// [`ReportText`].
fn evidence_windows<'a>(reports: &[usize], text: &'a ReportText) -> Windows<'a> {
    let mut out = Vec::new();
    let mut terms: Vec<&'a [String]> = Vec::new();
    let mut status = Vec::new();
    for &r in reports {
        out.push((&text.titles[r], false, true));
        terms.push(&text.title_terms[r]);
        status.push(text.title_status[r]);
        for (k, s) in text.sentences[r].iter().enumerate() {
            out.push((s, false, false));
            terms.push(&text.terms[r][k]);
            status.push(text.status[r][k]);
            if let Some(pair) = text.pairs[r].get(k) {
                out.push((pair, true, false));
                terms.push(&text.pair_terms[r][k]);
                status.push(text.pair_status[r][k]);
            }
        }
    }
    (out, terms, status)
}

/// The main clause of an intention: before a colon that opens an
/// enumeration, without a trailing purpose or manner clause ("..., zodat",
/// "..., waarbij"), when enough is left. Long enumerations would otherwise
/// make every intention look unanswered.
pub fn core_clause(text: &str) -> String {
    let enough = |t: &str| crate::text::content_word_count(t) >= 3;
    let mut t = text.to_string();
    if let Some(i) = t.find(':') {
        if enough(&t[..i]) {
            t.truncate(i);
        }
    }
    for marker in [
        ", waarbij",
        ", zodat",
        ", waardoor",
        ", om ",
        " zodat ",
        ", omdat",
        ", die ",
        ", wat ",
    ] {
        if let Some(i) = t.find(marker) {
            if enough(&t[..i]) {
                t.truncate(i);
            }
        }
    }
    t
}

/// Whether a report item's text says no more than its title.
fn only_repeats_title(text: &ReportText, r: usize) -> bool {
    let sentences = &text.terms[r];
    if sentences.is_empty() {
        return true;
    }
    let title = &text.title_terms[r];
    let body = sentences.iter().flat_map(|t| t.iter());
    let n = sentences.iter().map(|t| t.len()).sum::<usize>();
    n > 0
        && n <= title.len() + 2
        && body
            .clone()
            .all(|t| title.iter().any(|u| stems_match(t, u)))
}

/// A term found in at most this many sentences of both documents is
/// specific: a name, a place, an object of one activity.
const SPECIFIC_DF: usize = 4;

/// Words that open a sentence leaning on what came before.
fn refers_back(text: &str) -> bool {
    let w = crate::text::words(text);
    w.first().is_some_and(|f| {
        matches!(
            f.as_str(),
            "deze" | "dit" | "die" | "dat" | "daarvoor" | "hiervoor" | "daarmee" | "hiermee"
        )
    })
}

/// The sentence (or the report title) that says the activity as a whole
/// was postponed or cancelled: it covers the plan title's subject and has
/// a delayed or dropped status.
fn whole_activity_stopped(
    weights: &Weights,
    title_terms: &[String],
    pool: &[Window],
    pool_terms: &[&[String]],
    pool_states: &[Option<Realisation>],
    opts: &JudgeOptions,
) -> Option<Sentence> {
    if title_terms.len() < 2 {
        // "Interventie 8: Doorbraakaanpak": too little to tell the whole
        // from a part.
        return None;
    }
    pool.iter()
        .zip(pool_terms)
        .zip(pool_states)
        .filter(|(((_, pair, _), _), _)| !pair)
        .filter(|(((_, _, is_title), _), state)| match state {
            Some(Realisation::Dropped) => true,
            // A delay of the whole shows in the report's headline.
            Some(Realisation::Delayed) => *is_title,
            _ => false,
        })
        .map(|(((s, _, _), t), _)| (s, coverage(weights, title_terms, t).0))
        .filter(|(_, cov)| *cov >= opts.accounted_coverage.max(0.5))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(s, _)| (*s).clone())
}

/// The evidence window that covers an intention best.
struct Best {
    window: usize,
    coverage: f64,
    /// Terms found (a compound sharing only its first part counts half).
    count: f64,
    /// Which of the intention's terms were found (a bit set).
    found: u128,
    /// Read together with the activity's title.
    titled: bool,
}

/// The report text that may account for one planned activity's intentions:
/// the evidence windows of its answering items, their terms and statuses.
struct ItemEvidence<'a> {
    pool: Vec<Window<'a>>,
    terms: Vec<&'a [String]>,
    states: Vec<Option<Realisation>>,
    /// Which windows say what became of something (a status).
    status: Vec<bool>,
    /// Which report titles may serve as evidence: those that report ("We
    /// hebben het onderzoek afgerond"), not those that repeat the plan's
    /// title.
    usable: Vec<bool>,
    title_terms: Vec<String>,
}

impl<'a> ItemEvidence<'a> {
    fn new(p: &crate::model::Activity, reports: &[usize], text: &'a ReportText) -> Self {
        let (pool, terms, states) = evidence_windows(reports, text);
        let status = states.iter().map(Option::is_some).collect();
        let plan_key = crate::text::title_key(&p.title);
        let usable = pool
            .iter()
            .zip(&states)
            .map(|((w, _, is_title), state)| {
                *is_title && state.is_some() && crate::text::title_key(&w.text) != plan_key
            })
            .collect();
        ItemEvidence {
            pool,
            terms,
            states,
            status,
            usable,
            title_terms: dedup(&crate::text::content_terms_shared(&p.title)),
        }
    }

    /// The window that covers an intention best, and the best coverage of a
    /// window that states progress. A window of two sentences must earn its
    /// extra length.
    fn best_window(
        &self,
        c: &intentions::Candidate,
        terms: &[String],
        with_title: Option<&[String]>,
        weights: &Weights,
    ) -> (Option<Best>, f64) {
        let mut progress: f64 = 0.0;
        let mut best: Option<Best> = None;
        for (k, st) in self.terms.iter().enumerate() {
            if self.pool[k].2 && !c.from_title && !self.usable[k] {
                continue;
            }
            let (mut cov, mut count, mut shared) = coverage(weights, terms, st);
            let mut titled = false;
            if let Some(wt) = with_title {
                let alt = coverage(weights, wt, st);
                if alt.0 > cov {
                    (cov, count, shared) = alt;
                    titled = true;
                }
            }
            // A window of two sentences must earn its extra length.
            let cov = if self.pool[k].1 { cov * 0.9 } else { cov };
            if self.status[k] {
                progress = progress.max(cov);
            }
            if best.as_ref().is_none_or(|b| cov > b.coverage) {
                best = Some(Best {
                    window: k,
                    coverage: cov,
                    count,
                    found: shared,
                    titled,
                });
            }
        }
        (best, progress)
    }

    /// One intention against the report: the best evidence window, whether
    /// it accounts for the intention, and the best coverage (any window,
    /// and windows that state progress).
    fn account(
        &self,
        c: &intentions::Candidate,
        weights: &Weights,
        plan_year: Option<i32>,
        opts: &JudgeOptions,
    ) -> (Intention, f64, f64) {
        let terms = dedup(&crate::text::content_terms_shared(&core_clause(&c.text)));
        // An intention that leans on its activity ("Deze aanpak houden
        // we in stand") is about the title's subject: it may also be
        // read with the title's words.
        let with_title: Option<Vec<String>> =
            (!c.from_title && (terms.len() < 3 || refers_back(&c.text))).then(|| {
                let both: Vec<String> = terms
                    .iter()
                    .chain(self.title_terms.iter())
                    .cloned()
                    .collect();
                dedup(&both)
            });
        let (best, progress) = self.best_window(c, &terms, with_title.as_deref(), weights);
        let (evidence, cov, count, shared, reports_status) = match best {
            Some(Best {
                window: k,
                coverage: cov,
                count,
                found: set,
                titled,
            }) if cov > 0.0 => (
                Some(self.pool[k].0.clone()),
                cov,
                count,
                terms_in(
                    if titled {
                        with_title.as_deref().unwrap_or(&terms)
                    } else {
                        &terms
                    },
                    set,
                ),
                self.states[k].is_some(),
            ),
            _ => (None, 0.0, 0.0, Vec::new(), false),
        };

        let needed = if terms.len() <= 2 { 1.0 } else { 1.5 };
        // Or: the sentence names at least two things specific to this
        // intention (words found in few sentences: names, places,
        // objects) and says what became of them.
        let specific = shared
            .iter()
            .filter(|t| {
                weights.vocab.df(t) <= SPECIFIC_DF && !t.chars().all(|c| c.is_ascii_digit())
            })
            .count();
        let accounted = (cov >= opts.accounted_coverage && count >= needed)
            || (specific >= 2 && reports_status && cov >= opts.passing_coverage);
        let intention = Intention {
            text: c.text.clone(),
            span: c.span.clone(),
            accounted,
            substantive: c.from_title || intentions::is_substantive(&c.text, plan_year),
            evidence,
            coverage: (cov * 1000.0).round() / 1000.0,
            shared_terms: shared,
        };
        (intention, cov, progress)
    }
}

/// Judges every planned activity and lists unplanned report items.
pub fn judge(plan: Document, report: Document, pairing: Pairing, opts: &JudgeOptions) -> Audit {
    let report_text = ReportText::new(&report);
    let plan_sentences: Vec<Vec<Sentence>> = plan
        .activities
        .iter()
        .map(|a| split_sentences(&plan.path, &a.body))
        .collect();
    let weights = Weights::new(&plan, &plan_sentences, &report_text);
    let mut items = Vec::new();
    for (pi, p) in plan.activities.iter().enumerate() {
        let links = pairing.reports_of(pi);
        let reports: Vec<usize> = {
            let mut v: Vec<&crate::model::Link> = links.clone();
            v.sort_by(|a, b| b.score.total_cmp(&a.score));
            v.iter().map(|l| l.report).collect()
        };
        let score = links.iter().map(|l| l.score).fold(0.0, f64::max);
        let candidates = intentions::intentions_of(
            &plan.path,
            p,
            &plan_sentences[pi],
            plan.year,
            plan.kind != DocKind::Jaarverslag,
        );
        let evidence = ItemEvidence::new(p, &reports, &report_text);
        let mut intentions = Vec::new();
        let mut best_any: f64 = 0.0;
        let mut best_progress: f64 = 0.0;
        for c in &candidates {
            let (intention, cov, progress) = evidence.account(c, &weights, plan.year, opts);
            best_any = best_any.max(cov);
            best_progress = best_progress.max(progress);
            intentions.push(intention);
        }
        // The whole activity postponed or cancelled ("De pilot is niet
        // doorgegaan", "is uitgesteld tot 2025"): the report says what
        // became of every intention of it.
        if !reports.is_empty() && intentions.iter().any(|i| !i.accounted) {
            if let Some(ev) = whole_activity_stopped(
                &weights,
                &evidence.title_terms,
                &evidence.pool,
                &evidence.terms,
                &evidence.states,
                opts,
            ) {
                for i in intentions.iter_mut().filter(|i| !i.accounted) {
                    i.accounted = true;
                    i.evidence = Some(ev.clone());
                }
            }
        }
        let all_empty = reports.iter().all(|&r| only_repeats_title(&report_text, r));
        let (colour, reason) = decide(
            reports.is_empty(),
            all_empty,
            &intentions,
            best_progress,
            best_any,
            opts,
        );
        let realisation = if reports.is_empty() || all_empty {
            Realisation::Unknown
        } else {
            realisation_of(&reports, &report_text, &intentions)
        };
        items.push(AuditItem {
            colour,
            plan: Some(pi),
            reports,
            score: (score * 1000.0).round() / 1000.0,
            realisation,
            intentions,
            reason,
            decision: None,
            confidence: 0.0,
        });
    }
    for (ri, _) in report.activities.iter().enumerate() {
        if !pairing.is_report_linked(ri) {
            let realisation = realisation_from(report_text.status[ri].iter().copied());
            items.push(AuditItem {
                colour: Colour::Blue,
                plan: None,
                reports: vec![ri],
                score: 0.0,
                realisation,
                intentions: Vec::new(),
                reason: Reason::Unplanned,
                decision: None,
                confidence: 0.0,
            });
        }
    }
    Audit {
        plan,
        report,
        pairing,
        items,
        stale_decisions: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn accounted(text: &str, evidence: &str) -> Intention {
        Intention {
            text: text.into(),
            span: Span::new("p.txt", 1, 1),
            accounted: true,
            substantive: true,
            evidence: Some(Sentence {
                text: evidence.into(),
                span: Span::new("r.txt", 1, 1),
            }),
            coverage: 0.8,
            shared_terms: Vec::new(),
        }
    }

    #[test]
    fn done_short_of_a_promised_count_is_partial() {
        let short = accounted(
            "Accountmanagers bezoeken in 2024 ten minste 150 bedrijven.",
            "Het team heeft 132 bedrijven bezocht.",
        );
        assert_eq!(
            short_of_target(Realisation::Done, &[short]),
            Realisation::Partial
        );
        let met = accounted(
            "We breiden het netwerk uit van 45 naar 60 bedrijven.",
            "Het netwerk groeide in 2024 van 45 naar 61 bedrijven.",
        );
        assert_eq!(
            short_of_target(Realisation::Done, &[met]),
            Realisation::Done
        );
        // Years and other words are no counts to compare.
        let years = accounted(
            "In 2024 stellen we het plan vast.",
            "Het plan is op 12 maart 2024 vastgesteld.",
        );
        assert_eq!(
            short_of_target(Realisation::Done, &[years]),
            Realisation::Done
        );
    }
}
