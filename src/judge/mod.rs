//! Judging: (plan, report, their [`Analyses`], [`Pairing`]) -> [`Audit`],
//! per LABELLING.md.
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

pub use intentions::{
    concrete_action, extract_intentions, is_substantive, not_an_intention, Candidate,
};
pub use realisation::{realisation_from, sentence_status};

use crate::analyse::{ActivityAnalysis, AnalysedSentence, Analyses, Analysis, TermId, Terms};
use crate::matching::Vocabulary;
use crate::model::{
    Audit, AuditItem, Colour, DocKind, Document, Intention, Pairing, Realisation, Reason, Sentence,
};
use crate::text::stems_match;
use realisation::status_in;

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
    vocab: Vocabulary<TermId>,
}

impl Weights {
    fn new(plan: &Analysis, report: &Analysis) -> Self {
        let mut vocab = Vocabulary::default();
        for a in plan.activities.iter().chain(&report.activities) {
            for s in &a.sentences {
                vocab.add_document(&s.terms);
            }
            vocab.add_document(&a.title);
        }
        Weights { vocab }
    }

    /// Terms with their weights, for comparing with many windows.
    fn weigh<'t>(&self, ids: &'t [TermId]) -> Weighed<'t> {
        let idf: Vec<f64> = ids.iter().map(|t| self.vocab.idf(t)).collect();
        let total = idf.iter().fold(0.0, |acc, w| acc + w);
        Weighed { ids, idf, total }
    }
}

/// An intention's (or a title's) distinct terms and their weights.
struct Weighed<'t> {
    ids: &'t [TermId],
    idf: Vec<f64>,
    total: f64,
}

/// The report side, read once: per item its sentences (from the
/// analysis) and their statuses, the title and its status, and each
/// sentence with the next one.
struct ReportText<'a> {
    sentences: Vec<&'a [AnalysedSentence]>,
    status: Vec<Vec<Option<Realisation>>>,
    titles: Vec<Sentence>,
    title_terms: Vec<&'a [TermId]>,
    title_status: Vec<Option<Realisation>>,
    /// The report's year (a sentence about a later year is no delivery).
    year: Option<i32>,
    /// Each sentence with the next one (an answer spread over two).
    pairs: Vec<Vec<Sentence>>,
    pair_terms: Vec<Vec<Vec<TermId>>>,
    pair_status: Vec<Vec<Option<Realisation>>>,
}

impl<'a> ReportText<'a> {
    fn new(report: &Document, analysis: &'a Analysis) -> Self {
        let sentences: Vec<&'a [AnalysedSentence]> = analysis
            .activities
            .iter()
            .map(|a| a.sentences.as_slice())
            .collect();
        let status: Vec<Vec<Option<Realisation>>> = sentences
            .iter()
            .map(|ss| {
                ss.iter()
                    .map(|s| status_in(&s.sentence.text, &s.words, report.year))
                    .collect()
            })
            .collect();
        let pairs = sentences
            .iter()
            .map(|ss| {
                ss.windows(2)
                    .map(|w| {
                        let (a, b) = (&w[0].sentence, &w[1].sentence);
                        Sentence {
                            text: format!("{} {}", a.text, b.text),
                            span: crate::model::Span::new(
                                &a.span.path,
                                a.span.start_line,
                                b.span.end_line,
                            ),
                        }
                    })
                    .collect()
            })
            .collect();
        let pair_terms = sentences
            .iter()
            .map(|ss| {
                ss.windows(2)
                    .map(|w| [w[0].terms.as_slice(), w[1].terms.as_slice()].concat())
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
            status,
            title_terms: analysis
                .activities
                .iter()
                .map(|a| a.title.as_slice())
                .collect(),
            title_status: report
                .activities
                .iter()
                .map(|a| sentence_status(&a.title, report.year))
                .collect(),
            year: report.year,
        }
    }
}

/// The report text that answers one planned activity: the sentences of
/// its report items with their statuses, less those of an item it shares
/// with other plans (a merged paragraph) that speak of another of them.
struct Answer<'a> {
    reports: &'a [usize],
    text: &'a ReportText<'a>,
    plan: usize,
    owners: &'a SentenceOwners,
}

impl<'a> Answer<'a> {
    /// This activity's answering sentences and their statuses, in order.
    fn sentences(&self) -> impl Iterator<Item = (&'a AnalysedSentence, Option<Realisation>)> + '_ {
        self.reports.iter().flat_map(move |&r| {
            let owners = self.owners.get(&r);
            self.text.sentences[r]
                .iter()
                .zip(&self.text.status[r])
                .enumerate()
                .filter(move |(k, _)| owners.is_none_or(|o| o[*k].contains(&self.plan)))
                .map(|(_, (s, &st))| (s, st))
        })
    }
}

/// Per report item that answers more than one planned activity, per
/// sentence the activities it speaks of.
type SentenceOwners = rustc_hash::FxHashMap<usize, Vec<Vec<usize>>>;

/// Which planned activity each sentence of a shared report item speaks
/// of: the one whose text it shares most (rarity-weighted) terms with,
/// or every one it shares as much with (and every one when it shares
/// nothing). "Van hen zijn er 18 verhuisd, minder dan de 25" in an item
/// on both the verhuiscoach and hospitaverhuur is the coach's.
fn sentence_owners(
    pairing: &Pairing,
    plan: &Analysis,
    report: &ReportText<'_>,
    weights: &Weights,
) -> SentenceOwners {
    let mut plans_of: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
    for l in &pairing.links {
        let v = plans_of.entry(l.report).or_default();
        if !v.contains(&l.plan) {
            v.push(l.plan);
        }
    }
    let mut owners = SentenceOwners::default();
    for (r, plans) in plans_of {
        if plans.len() < 2 {
            continue;
        }
        let own: Vec<rustc_hash::FxHashSet<TermId>> = plans
            .iter()
            .map(|&p| {
                let a = &plan.activities[p];
                a.title
                    .iter()
                    .chain(a.sentences.iter().flat_map(|s| s.terms.iter()))
                    .copied()
                    .collect()
            })
            .collect();
        let per_sentence = report.sentences[r]
            .iter()
            .map(|s| {
                let terms = dedup(&s.terms);
                let shared: Vec<f64> = own
                    .iter()
                    .map(|set| {
                        terms
                            .iter()
                            .filter(|t| set.contains(t))
                            .map(|t| weights.vocab.idf(t))
                            .sum()
                    })
                    .collect();
                let best = shared.iter().copied().fold(0.0, f64::max);
                plans
                    .iter()
                    .zip(&shared)
                    .filter(|(_, &x)| best <= 0.0 || x >= best - 1e-9)
                    .map(|(&p, _)| p)
                    .collect()
            })
            .collect();
        owners.insert(r, per_sentence);
    }
    owners
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
fn coverage(terms: &Terms, intention: &Weighed, sentence: &[TermId]) -> (f64, f64, u128) {
    let total = intention.total;
    let mut hit = 0.0;
    let mut count = 0.0;
    let mut shared = 0u128;
    for (k, (&t, &w)) in intention.ids.iter().zip(&intention.idf).enumerate() {
        let bit = if k < 128 { 1u128 << k } else { 0 };
        let ts = terms.get(t);
        if sentence
            .iter()
            .any(|&u| u == t || stems_match(ts, terms.get(u)))
        {
            hit += w;
            count += 1.0;
            shared |= bit;
        } else if sentence
            .iter()
            .any(|&u| shares_compound_part(ts, terms.get(u)))
        {
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

/// Whether a term holds a figure (a year, a count, a sum): shared by
/// every dated sentence, so no sign of what a sentence speaks of.
fn holds_figure(interned: &Terms, t: TermId) -> bool {
    interned.get(t).chars().any(|c| c.is_ascii_digit())
}

/// The terms a coverage bit set names.
fn terms_in(terms: &[TermId], set: u128) -> Vec<TermId> {
    terms
        .iter()
        .take(128)
        .enumerate()
        .filter(|(k, _)| set & (1u128 << k) != 0)
        .map(|(_, &t)| t)
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
fn realisation_of(
    answer: &Answer<'_>,
    intentions: &[Intention],
    headline: Option<Realisation>,
    planned: &Planned,
) -> Realisation {
    let text = answer.text;
    // Unless the main deliverable, the first intention, was delivered: then
    // a side task slipped, and the outcomes are mixed (R4).
    let main_done = intentions.iter().find(|i| i.substantive).is_some_and(|i| {
        i.accounted
            && i.evidence
                .as_ref()
                .is_some_and(|ev| sentence_status(&ev.text, text.year) == Some(Realisation::Done))
    });
    if let Some(r) = headline.filter(|_| !main_done) {
        return r;
    }
    let said = said_of_answer(answer, intentions, planned);
    // A remainder left for later, a promised figure not reached or named
    // things left unnamed is work not done (read only when it could change
    // the verdict).
    let said = if said == Realisation::Done
        && (remainder_left(answer) || shortfall_said(answer) || names_left_out(intentions, answer))
    {
        Realisation::Partial
    } else if said == Realisation::Done {
        short_of_target(said, intentions, &answer_figures(answer))
    } else {
        said
    };
    mixed_outcomes(said, intentions, text.year)
}

/// What the plan speaks of, for telling which answering sentences speak
/// of it: the content terms of the title and of the substantive
/// intentions, and the specific terms of the whole plan text (a name, a
/// place: "de onderdoorgang onder de N417" when no intention was read
/// from its sentence). Figures are left out: every dated sentence shares
/// a year.
struct Planned {
    terms: rustc_hash::FxHashSet<TermId>,
}

impl Planned {
    /// `candidates` are the intentions' candidates, in their order.
    fn new(
        an: &ActivityAnalysis,
        candidates: &[intentions::Candidate],
        intentions: &[Intention],
        weights: &Weights,
        interned: &Terms,
    ) -> Self {
        let mut terms: rustc_hash::FxHashSet<TermId> = an.title.iter().copied().collect();
        for (c, _) in candidates
            .iter()
            .zip(intentions)
            .filter(|(_, i)| i.substantive)
        {
            terms.extend(candidate_terms(c, an));
        }
        terms.extend(
            an.sentences
                .iter()
                .flat_map(|s| s.terms.iter().copied())
                .filter(|t| weights.vocab.df(t) <= SPECIFIC_DF),
        );
        terms.retain(|&t| !holds_figure(interned, t));
        Planned { terms }
    }

    /// Whether a report sentence speaks of what was planned. A delay or
    /// a shortfall of anything else (a partner's scheme, the next phase
    /// of another project) is a consequence the plan set no target for
    /// (LABELLING ambiguities, R3).
    fn spoken_of(&self, s: &AnalysedSentence) -> bool {
        s.terms.iter().any(|t| self.terms.contains(t))
    }
}

/// What the answering sentences say of the work, together
/// ([`realisation_from`]). A sentence that reports the early stage an
/// intention promised ("een start gemaakt met de verbouwing" for "we
/// starten met de verbouwing") reports it done.
fn said_of_answer(answer: &Answer<'_>, intentions: &[Intention], planned: &Planned) -> Realisation {
    let stage_reached: Vec<&str> = intentions
        .iter()
        .filter(|i| i.accounted)
        .filter_map(|i| {
            // The report's words first: most evidence names no stage, and
            // the intention's verbs are read only when it does.
            let ev = i.evidence.as_ref()?;
            let reported = realisation::reported_stage(&crate::text::words(&ev.text))?;
            (realisation::promised_stage(&i.text) == Some(reported)).then_some(ev.text.as_str())
        })
        .collect();
    // "De bouw is in 2025 niet gestart." followed by "De bouw begint in
    // april 2026": not started, and a new time set in the answer, is a
    // delay, not a stop.
    let not_started = |s: &AnalysedSentence, st: Option<Realisation>| {
        st == Some(Realisation::Dropped) && realisation::not_started(&s.words)
    };
    let later = answer.sentences().any(|(s, st)| not_started(s, st))
        && answer
            .sentences()
            .any(|(s, _)| realisation::set_for_later(&s.words, answer.text.year));
    if later {
        // The planned work itself did not begin and has a new start: what
        // else was done were steps towards it (R2).
        return Realisation::Delayed;
    }
    // What the plan promised to begin or deliver in the year ("in het
    // najaar opent het logeerhuis"), set in the answer for a later year
    // ("verwacht het logeerhuis in april 2024 te openen"), came later
    // than planned (R2): a delay, not work left.
    let promised = promised_kinds(
        intentions
            .iter()
            .filter(|i| i.substantive)
            .map(|i| i.text.as_str()),
    );
    realisation_from(answer.sentences().map(|(s, status)| {
        // How something else stands is no news of the planned work.
        let slipped = matches!(
            status,
            Some(Realisation::Partial | Realisation::Delayed | Realisation::Dropped)
        );
        if slipped && !planned.spoken_of(s) {
            return None;
        }
        let status = against_promise(&s.words, status, promised, answer.text.year);
        let reached = status == Some(Realisation::Partial)
            && stage_reached
                .iter()
                .any(|t| t.contains(s.sentence.text.as_str()));
        if reached {
            Some(Realisation::Done)
        } else {
            status
        }
    }))
}

/// A sentence's status read against what the plan promised to begin or
/// deliver in the year (`promised`, [`realisation::delivery_kinds`]):
/// work set for a later year is a delay when it is that beginning or
/// delivery ("verwacht het logeerhuis in april 2024 te openen" for "in
/// het najaar opent het logeerhuis"), R2, and otherwise work left.
fn against_promise(
    w: &[String],
    status: Option<Realisation>,
    promised: u8,
    year: Option<i32>,
) -> Option<Realisation> {
    if status == Some(Realisation::Partial) && realisation::delivered_later(w, year) & promised != 0
    {
        Some(Realisation::Delayed)
    } else {
        status
    }
}

/// The [`realisation::delivery_kinds`] promised by plan texts.
fn promised_kinds<'t>(texts: impl IntoIterator<Item = &'t str>) -> u8 {
    texts.into_iter().fold(0, |k, t| {
        k | realisation::delivery_kinds(&crate::text::words(t))
    })
}

/// Whether an answering sentence leaves a remainder of the planned work
/// for after the year ("de overige zes volgen in 2024", "in 2025 volgt de
/// rest"): work not done, however much else was.
fn remainder_left(answer: &Answer<'_>) -> bool {
    answer.sentences().any(|(s, st)| {
        st == Some(Realisation::Partial)
            && realisation::names_a_remainder(&s.words)
            && realisation::dated_later_only(&s.words, answer.text.year)
    })
}

/// Whether an answering sentence says the work fell short of what was
/// planned ("18 verhuisd, minder dan de 25 waarop we rekenden", "de
/// doelstelling is niet gehaald"): however much else was done, that
/// part was not (LABELLING ambiguities: a target clearly missed is
/// partial).
fn shortfall_said(answer: &Answer<'_>) -> bool {
    answer
        .sentences()
        .any(|(s, st)| st == Some(Realisation::Partial) && realisation::falls_short_in(&s.words))
}

/// The figures of the whole answer ([`counts`] and [`all_of`] of each
/// answering sentence), for [`short_of_target`].
fn answer_figures(answer: &Answer<'_>) -> Vec<(String, u64)> {
    answer
        .sentences()
        .flat_map(|(s, _)| {
            let t = &s.sentence.text;
            counts(t).into_iter().chain(all_of(t))
        })
        .collect()
}

/// The planned thing itself stopped or slipped: the last sentence that
/// names what the title names and says how it stands says it stopped
/// ("Het experiment is niet doorgegaan", "de raad heeft besloten het
/// waterplein niet aan te leggen") or, with no sentence naming it done,
/// that it slipped. A report tells its story in order, so the steps
/// before (a request, a soil survey) do not make it done or partly done
/// (LABELLING ambiguities, R4: the headline deliverable decides).
fn headline_slipped<'a>(
    answer: &Answer<'a>,
    title: &[TermId],
    main: &[&str],
) -> Option<(&'a AnalysedSentence, Realisation)> {
    let promised = promised_kinds(main.iter().copied());
    let named: Vec<(&AnalysedSentence, Realisation)> = answer
        .sentences()
        .filter(|(s, _)| {
            s.terms.iter().any(|t| title.contains(t)) || names_the_whole(&s.words, main)
        })
        // What is carried on as before ("De bestaande samenwerking
        // wordt voortgezet") is no news of the planned thing.
        .filter(|(s, _)| !carries_on(&s.sentence.text))
        .filter_map(|(s, st)| {
            against_promise(&s.words, st, promised, answer.text.year).map(|x| (s, x))
        })
        .collect();
    let done = named
        .iter()
        .any(|(_, st)| matches!(st, Realisation::Done | Realisation::Partial));
    match *named.last()? {
        (s, Realisation::Dropped) => Some((s, Realisation::Dropped)),
        // A delay is weaker news than a stop: it decides only when no
        // sentence that names the thing says something of it was done.
        (s, Realisation::Delayed) if !done => Some((s, Realisation::Delayed)),
        _ => None,
    }
}

/// Whether a sentence speaks of the planned undertaking as a whole by
/// its kind ("het college heeft besloten het project te stoppen", "de
/// proef is beëindigd"): a definite article and the word for it. "Het
/// project" is any undertaking; "de proef" and "de pilot" are the whole
/// only when the undertaking is one (its title or main intention,
/// `main`, has the word): where a proef is one of several things
/// planned ("... en starten een proef met OV-flex"), it is that part.
fn names_the_whole(w: &[String], main: &[&str]) -> bool {
    w.windows(2).any(|p| match (p[0].as_str(), p[1].as_str()) {
        ("het", "project" | "initiatief") => true,
        // (The title and intention are read only when a sentence says it.)
        ("het", "experiment") | ("de", "proef" | "pilot") => main
            .iter()
            .flat_map(|t| crate::text::words(t))
            .any(|m| m.contains(p[1].as_str())),
        _ => false,
    })
}

/// Intentions with different outcomes (one delivered, another postponed
/// or dropped) make the activity partly realised, whatever
/// most sentences say; when the first intention, the activity's main
/// deliverable, is the one that slipped, it is delayed (LABELLING
/// ambiguities, R4). Each outcome is read from that intention's evidence.
fn mixed_outcomes(said: Realisation, intentions: &[Intention], year: Option<i32>) -> Realisation {
    let outcomes: Vec<Option<Realisation>> = intentions
        .iter()
        .filter(|i| i.accounted)
        .map(|i| {
            let ev = i.evidence.as_ref()?;
            let status = sentence_status(&ev.text, year);
            let promised = promised_kinds([i.text.as_str()]);
            against_promise(&crate::text::words(&ev.text), status, promised, year)
        })
        .collect();
    let done = outcomes.contains(&Some(Realisation::Done));
    let slipped =
        |r: &Option<Realisation>| matches!(r, Some(Realisation::Delayed | Realisation::Dropped));
    if !done || !outcomes.iter().any(slipped) {
        return said;
    }
    match outcomes.first() {
        Some(Some(Realisation::Delayed)) => Realisation::Delayed,
        _ => Realisation::Partial,
    }
}

/// "Done" that falls short of a promised number is partial: the plan
/// promised "ten minste 150 bedrijven", the report counts "132 bedrijven",
/// or an intention's evidence says it stayed below the planned figure.
/// A count is a number before the same word in the intention and in its
/// evidence (years are not counts).
fn short_of_target(
    said: Realisation,
    intentions: &[Intention],
    answer: &[(String, u64)],
) -> Realisation {
    if said != Realisation::Done {
        return said;
    }
    let short = intentions.iter().any(|i| {
        let Some(ev) = i.evidence.as_ref().filter(|_| i.accounted) else {
            return false;
        };
        // The evidence says it fell short of the figure planned ("71
        // aanmeldingen, minder dan de verwachte 90").
        if realisation::below_named_target(&crate::text::words(&ev.text)) {
            return true;
        }
        let promised = promised_counts(&i.text);
        let mut got = counts(&ev.text);
        got.extend(answer.iter().cloned());
        promised.iter().any(|(unit, n)| {
            let mut same = got.iter().filter(|(u, _)| same_unit(u, unit)).peekable();
            same.peek().is_some() && same.all(|(_, m)| m < n)
        })
    });
    if short {
        Realisation::Partial
    } else {
        said
    }
}

/// Whether an accounted intention lists named things ("de gemalen
/// Kampsveld-Zuid, Dorpsweg, Sportlaan, Brink, Havenweg en Ter
/// Meer-Noord") of which the answer names some but not all: the unnamed
/// ones were not done, a shortfall (LABELLING ambiguities: a target
/// clearly missed is partial). Partners listed after "met" or "door" are
/// who works on it, not what is delivered.
fn names_left_out(intentions: &[Intention], answer: &Answer<'_>) -> bool {
    intentions
        .iter()
        .filter(|i| i.accounted)
        .flat_map(|i| named_lists(&i.text))
        .any(|names| {
            let named = names
                .iter()
                .filter(|n| {
                    let run = crate::text::words(n);
                    let run: Vec<&str> = run.iter().map(String::as_str).collect();
                    answer
                        .sentences()
                        .any(|(s, _)| crate::text::contains_words(&s.words, &run))
                })
                .count();
            named >= 1 && named < names.len()
        })
}

/// The lists of three or more names in a text ("A, B, C en D"), each name
/// one or more capitalised words; not a list of partners after "met",
/// "door" or "samen met".
fn named_lists(text: &str) -> Vec<Vec<String>> {
    use std::sync::OnceLock;
    static LIST: OnceLock<regex::Regex> = OnceLock::new();
    static SEPARATOR: OnceLock<regex::Regex> = OnceLock::new();
    let re = LIST.get_or_init(|| {
        let name = r"\p{Lu}[\p{L}'’]*(?:[- ]\p{Lu}[\p{L}'’]*)*";
        regex::Regex::new(&format!(
            r"(\p{{L}}+)\s+({name}(?:,\s+{name}){{1,}},?\s+en\s+{name})"
        ))
        .expect("list pattern compiles")
    });
    let split = SEPARATOR
        .get_or_init(|| regex::Regex::new(r",\s+|,?\s+en\s+").expect("separator compiles"));
    re.captures_iter(text)
        .filter(|c| !matches!(crate::text::fold(&c[1]).as_str(), "met" | "door" | "en"))
        .map(|c| split.split(&c[2]).map(str::to_string).collect::<Vec<_>>())
        .filter(|v| v.len() >= 3)
        .collect()
}

/// The sums of money a text names, as written after the euro sign or
/// "EUR" ("€ 60.000", "EUR 1,2 miljoen" -> "60.000", "1,2 miljoen"). A
/// round sum of less than a thousand ("€ 5") says too little to tell two
/// texts apart.
fn sums(text: &str) -> Vec<String> {
    use std::sync::OnceLock;
    static SUM: OnceLock<regex::Regex> = OnceLock::new();
    let re = SUM.get_or_init(|| {
        regex::Regex::new(r"(?:€|\bEUR\b)\s?(\d[\d.,]*\d|\d)(\s(?:miljoen|mln))?")
            .expect("sum pattern compiles")
    });
    re.captures_iter(text)
        .map(|c| format!("{}{}", &c[1], c.get(2).map_or("", |m| m.as_str())))
        .filter(|x| x.len() >= 5 || x.contains("miljoen") || x.contains("mln"))
        .collect()
}

/// Counts in a text: (the stem of the word after the number, the number).
/// A part of a whole counts the part: "11 van de 14 basisscholen" is 11
/// basisscholen, "vier van de vijf scholen" is 4, "71 van de verwachte 90
/// zaken" is 71. Numbers may be written as words ("zestien scholen"). A
/// percentage counts in the unit "procent" ("95%", "95 procent"). A
/// ceiling ("maximaal 25 studenten", "tot 40%") is met by less, so it is
/// no count to fall short of.
fn counts(text: &str) -> Vec<(String, u64)> {
    figures(text, false)
}

/// The counts a plan promises ([`counts`]): there "van de 40 grootste
/// daken" ("we benaderen de eigenaren van de 40 grootste daken") is the
/// target itself, where in a report "van de 14 kilometer" is the whole a
/// result is taken from.
fn promised_counts(text: &str) -> Vec<(String, u64)> {
    figures(text, true)
}

/// [`counts`] and [`promised_counts`]: `promise` keeps a whole after "van
/// de" as a count.
fn figures(text: &str, promise: bool) -> Vec<(String, u64)> {
    let w: Vec<&str> = text.split_whitespace().collect();
    let folded: Vec<String> = w
        .iter()
        .map(|x| crate::text::fold(x.trim_matches(|c: char| !c.is_alphanumeric())))
        .collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k + 1 < w.len() {
        let Some(n) = count_at(w[k], &folded[k]) else {
            k += 1;
            continue;
        };
        let ceiling = k >= 1 && CEILINGS.contains(&folded[k - 1].as_str())
            || k >= 2 && folded[k - 2] == "minder" && folded[k - 1] == "dan";
        // "38 verstrekt, tegen 45 verwachte leningen": the target named
        // beside a result is no result.
        let target = k >= 1 && folded[k - 1] == "tegen"
            || folded
                .get(k + 1)
                .is_some_and(|x| TARGET_WORDS.contains(&x.as_str()));
        // "11 van de 14 basisscholen", "19 van de beoogde 25 senioren":
        // the unit follows the whole.
        let mut whole = None;
        if folded.get(k + 1).is_some_and(|x| x == "van")
            && folded.get(k + 2).is_some_and(|x| x == "de")
        {
            for at in [k + 3, k + 4] {
                if let (Some(raw), Some(f)) = (w.get(at), folded.get(at)) {
                    if count_at(raw, f).is_some_and(|m| n < m) {
                        whole = Some(at);
                        break;
                    }
                }
            }
        }
        let percent =
            |at: usize| w[at].ends_with('%') || folded.get(at + 1).is_some_and(|x| x == "procent");
        let unit: String = match whole {
            Some(at) if percent(at) => "procent".to_string(),
            Some(at) => counted_noun(&folded, at + 1),
            None if percent(k) => "procent".to_string(),
            None => counted_noun(&folded, k + 1),
        };
        // "Van de 14 kilometer (...) is 11 kilometer uitgevoerd": the
        // whole the part is taken from is no result.
        let of_whole = !promise
            && k >= 2
            && folded[k - 2] == "van"
            && matches!(folded[k - 1].as_str(), "de" | "het");
        // The whole is not counted again.
        k = whole.map_or(k + 1, |at| at + 2);
        // A year, or a date's day before its month, is no count.
        if ceiling || target || crate::text::is_stopword(&unit) || (of_whole && whole.is_none()) {
            continue;
        }
        if unit == "procent" {
            out.push((unit, n));
        } else if unit.chars().count() >= 3 && unit.chars().all(char::is_alphabetic) {
            out.push((crate::text::stem(&unit), n));
        }
    }
    out
}

/// The noun a number counts, from the word after it: attributive
/// adjectives before it are passed over ("twaalf nieuwe AED's", "drie
/// extra locaties"), and the plural "'s" of an abbreviation is dropped
/// ("acht AED's" counts "aed"). An empty string when there is none.
fn counted_noun(folded: &[String], from: usize) -> String {
    let mut at = from;
    while at < from + 2 && folded.get(at + 1).is_some() && is_attributive(&folded[at]) {
        at += 1;
    }
    let w = folded.get(at).map(String::as_str).unwrap_or_default();
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .unwrap_or(w)
        .to_string()
}

/// Whether a word before a noun is an attributive adjective: inflected
/// with "-e" after a consonant ("nieuwe", "grote", "lokale", not "ronde"
/// only by luck of context), or one of the few that never inflect.
fn is_attributive(w: &str) -> bool {
    if matches!(w, "extra" | "gratis" | "nieuw" | "ruim") {
        return true;
    }
    let mut rev = w.chars().rev();
    w.chars().count() >= 4
        && rev.next() == Some('e')
        && rev.next().is_some_and(|c| !"aeiou".contains(c))
}

/// Adjectives that make a number a target, not a result ("45 verwachte
/// leningen", "de 25 beoogde woningen").
const TARGET_WORDS: &[&str] = &["verwachte", "beoogde", "geplande", "begrote", "voorgenomen"];

/// Words before a number that make it a ceiling, not a target.
const CEILINGS: &[&str] = &["maximaal", "hooguit", "tot", "max", "onder", "binnen"];

/// What a report says it reached in full: "elke basisschool heeft een
/// begeleider", "alle pleinen zijn klaar" meet any count of that unit.
fn all_of(text: &str) -> Vec<(String, u64)> {
    let w = crate::text::words(text);
    w.windows(2)
        .filter(|p| matches!(p[0].as_str(), "alle" | "elke" | "iedere"))
        .filter(|p| p[1].chars().count() >= 3 && p[1].chars().all(char::is_alphabetic))
        .filter(|p| !crate::text::is_stopword(&p[1]))
        .map(|p| (crate::text::stem(&p[1]), u64::MAX))
        .collect()
}

/// Whether two counted words (stems) name the same unit: equal, or one a
/// compound ending in the other ("basisschol" / "schol").
fn same_unit(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    a == b || (short.len() >= 4 && long.ends_with(short))
}

/// Small numbers written as words.
const NUMBER_NAMES: &[&str] = &[
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
];

/// The count a word gives: digits ("14", not a year, "2,5" or "1.5%"), a
/// whole percentage ("95%") or a number's name ("vijf"; not "een", which is mostly the article).
fn count_at(raw: &str, folded: &str) -> Option<u64> {
    if let Some(k) = NUMBER_NAMES.iter().position(|x| *x == folded) {
        return (k > 0).then_some(k as u64 + 1);
    }
    // A whole percentage ("95%"); "1.5%" is no count.
    if let Some(p) = raw.strip_suffix('%') {
        return (!p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
            .then(|| p.parse::<u64>().ok())
            .flatten();
    }
    let digits: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    let plain = raw
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '(');
    if digits.is_empty() || !plain || raw.contains(',') {
        return None;
    }
    let n = digits.parse::<u64>().ok()?;
    let year = (1900..=2100).contains(&n) && digits.len() == 4;
    (!year).then_some(n)
}

fn dedup(terms: &[TermId]) -> Vec<TermId> {
    let mut out: Vec<TermId> = Vec::with_capacity(terms.len());
    for &t in terms {
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// A piece of report text that may hold evidence, with flags: is it two
/// sentences, is it an item's title.
type Window<'a> = (&'a Sentence, bool, bool);

/// Evidence windows, their terms and their statuses.
type Windows<'a> = (Vec<Window<'a>>, Vec<&'a [TermId]>, Vec<Option<Realisation>>);

/// The report text that may hold evidence: every sentence of the answering
/// items, and every pair of neighbouring sentences (an answer is sometimes
/// spread over two), and the items' titles. The flags mark pairs and titles.
/// The other lists hold each window's content terms (a pair has the terms
/// of both its sentences) and status. All of it was read once, in
/// [`ReportText`].
fn evidence_windows<'a>(reports: &[usize], text: &'a ReportText<'a>) -> Windows<'a> {
    let mut out = Vec::new();
    let mut terms: Vec<&'a [TermId]> = Vec::new();
    let mut status = Vec::new();
    for &r in reports {
        out.push((&text.titles[r], false, true));
        terms.push(text.title_terms[r]);
        status.push(text.title_status[r]);
        for (k, s) in text.sentences[r].iter().enumerate() {
            out.push((&s.sentence, false, false));
            terms.push(&s.terms);
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

/// Whether a sentence carries on with work already under way ("De
/// jaarlijkse mantelzorgwaardering zetten we voort", "Deze aanpak houden
/// we in stand", "We gaan verder met ...", "continueren").
fn carries_on(text: &str) -> bool {
    // Each of these forms holds one of the pieces: read the verbs only then.
    let lower = text.to_lowercase();
    if !["voort", "continu", "door", "stand", "verder"]
        .iter()
        .any(|p| lower.contains(p))
    {
        return false;
    }
    let verbs = crate::text::verb_lemmas(text);
    // Not carried on is a stop ("Het experiment is niet doorgegaan").
    if verbs.iter().any(|v| v == "niet") {
        return false;
    }
    verbs
        .iter()
        .any(|v| matches!(v.as_str(), "voortzetten" | "continueren" | "doorgaan"))
        || crate::text::contains_words(&verbs, &["in", "stand"])
        || crate::text::contains_words(&verbs, &["verder", "met"])
}

/// Routine work carried on beside what an activity is about is no
/// substantive intention of it: a report that accounts for the activity's
/// new work and is silent on the routine still accounts for the activity.
/// When the activity itself is the carrying on ("We zetten het Jeugdfonds
/// voort"), its carrying-on sentences stay substantive.
fn side_continuations(title: &str, intentions: &mut [Intention]) {
    if carries_on(title) {
        return;
    }
    for i in intentions.iter_mut().filter(|i| i.substantive) {
        if carries_on(&i.text) {
            i.substantive = false;
        }
    }
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
    if let Some(i) = features_from(&t) {
        t.truncate(i);
    }
    t
}

/// Where a "met" phrase of design features or partners starts ("...
/// richten we de Julianalaan, de Singel en de Dorpsstraat in met
/// plateaus", "..., met ruimte voor 240 graven"): details of the
/// deliverable that the rule book folds into the main intention, so that
/// a report need not repeat them to account for it. Not the object of a verb that takes
/// "met" ("starten met de bouw", "in gesprek met"), and only when four
/// content words are left before it.
fn features_from(t: &str) -> Option<usize> {
    let takes_met = |w: &str| {
        matches!(
            w,
            "starten"
                | "start"
                | "beginnen"
                | "begint"
                | "stoppen"
                | "door"
                | "verder"
                | "slag"
                | "bezig"
                | "gesprek"
                | "samen"
                | "akkoord"
                | "rekening"
                | "aan"
                | "mee"
        )
    };
    t.match_indices(" met ").map(|(i, _)| i).find(|&i| {
        let before = t[..i].trim_end_matches(',');
        let last = before.rsplit(' ').next().unwrap_or("");
        !takes_met(&crate::text::fold(last)) && crate::text::content_word_count(before) >= 4
    })
}

/// Whether a report item's text says no more than its title.
fn only_repeats_title(text: &ReportText<'_>, terms: &Terms, r: usize) -> bool {
    let sentences = text.sentences[r];
    if sentences.is_empty() {
        return true;
    }
    let title = text.title_terms[r];
    let mut body = sentences.iter().flat_map(|s| s.terms.iter());
    let n = sentences.iter().map(|s| s.terms.len()).sum::<usize>();
    n > 0
        && n <= title.len() + 2
        && body.all(|&t| {
            title
                .iter()
                .any(|&u| u == t || stems_match(terms.get(t), terms.get(u)))
        })
}

/// The coverage with which a status sentence naming an intention's own
/// specific thing accounts for it (below `accounted_coverage`: the thing
/// named and its fate say more than the share of words).
const OWN_THING_COVERAGE: f64 = 0.2;

/// How many of an intention's words a sentence that says its work slipped
/// or stopped must name to account for it.
const SLIP_NAMED: usize = 3;

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
    terms: &Terms,
    title_terms: &[TermId],
    pool: &[Window],
    pool_terms: &[&[TermId]],
    pool_states: &[Option<Realisation>],
    opts: &JudgeOptions,
) -> Option<Sentence> {
    if title_terms.len() < 2 {
        // "Interventie 8: Doorbraakaanpak": too little to tell the whole
        // from a part.
        return None;
    }
    let title = weights.weigh(title_terms);
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
        .map(|(((s, _, _), t), _)| (s, coverage(terms, &title, t).0))
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
    terms: Vec<&'a [TermId]>,
    states: Vec<Option<Realisation>>,
    /// Which windows say what became of something (a status).
    status: Vec<bool>,
    /// Which report titles may serve as evidence: those that report ("We
    /// hebben het onderzoek afgerond"), not those that repeat the plan's
    /// title.
    usable: Vec<bool>,
    title_terms: Vec<TermId>,
    /// The counts in each window ([`counts`]; none for pairs and titles),
    /// read when first needed.
    counts: std::cell::OnceCell<Vec<Vec<(String, u64)>>>,
}

impl<'a> ItemEvidence<'a> {
    fn new(
        p: &crate::model::Activity,
        p_title: &[TermId],
        reports: &[usize],
        text: &'a ReportText<'a>,
    ) -> Self {
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
            title_terms: dedup(p_title),
            counts: std::cell::OnceCell::new(),
        }
    }

    /// The window that covers an intention best, and the best coverage of a
    /// window that states progress. A window of two sentences must earn its
    /// extra length.
    fn best_window(
        &self,
        c: &intentions::Candidate,
        terms: &Weighed,
        with_title: Option<&[TermId]>,
        weights: &Weights,
        interned: &Terms,
    ) -> (Option<Best>, f64) {
        let mut progress: f64 = 0.0;
        let mut best: Option<Best> = None;
        let with_title = with_title.map(|wt| weights.weigh(wt));
        for (k, st) in self.terms.iter().enumerate() {
            if self.pool[k].2 && !c.from_title && !self.usable[k] {
                continue;
            }
            // A window of two sentences must earn its extra length.
            let earned = |cov: f64| if self.pool[k].1 { cov * 0.9 } else { cov };
            let (mut cov, mut count, mut shared) = coverage(interned, terms, st);
            // Progress is read from the intention's own words: the
            // title's words alone touch nothing.
            let own_cov = earned(cov);
            let mut titled = false;
            if let Some(wt) = &with_title {
                let alt = coverage(interned, wt, st);
                if alt.0 > cov {
                    (cov, count, shared) = alt;
                    titled = true;
                }
            }
            let cov = earned(cov);
            if self.status[k] {
                progress = progress.max(own_cov);
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

    /// The first sentence that names a sum when the intention promises
    /// one, or that counts what the intention promises a count of (the
    /// same unit, or a compound of it: "45 plekken" /
    /// "43 beschutwerkplekken"), and touches the intention.
    fn counted_window(
        &self,
        text: &str,
        terms: &Weighed,
        interned: &Terms,
        opts: &JudgeOptions,
    ) -> Option<usize> {
        // A sum promised is reported on by a sentence that names a sum and
        // touches the intention ("De gemeente draagt per plein maximaal €
        // 25.000 bij" / "De gemeentelijke bijdrage was gemiddeld € 23.500
        // per plein").
        if crate::text::names_money(text) {
            // The very sum promised, named again ("We dragen € 60.000 bij"
            // / "De gemeentelijke bijdrage van € 60.000 is volledig
            // besteed"), reports on it.
            let promised = sums(text);
            let same = (0..self.pool.len()).find(|&k| {
                let (w, pair, is_title) = self.pool[k];
                !pair && !is_title && sums(&w.text).iter().any(|x| promised.contains(x))
            });
            if same.is_some() {
                return same;
            }
            let sum = (0..self.pool.len()).find(|&k| {
                let (w, pair, is_title) = self.pool[k];
                !pair
                    && !is_title
                    && crate::text::names_money(&w.text)
                    && coverage(interned, terms, self.terms[k]).0 >= opts.passing_coverage
            });
            if sum.is_some() {
                return sum;
            }
        }
        let promised = promised_counts(text);
        if promised.is_empty() {
            return None;
        }
        // The windows' counts are read once per activity, when the first
        // intention with a count asks.
        let window_counts = self.counts.get_or_init(|| {
            self.pool
                .iter()
                .map(|(w, pair, is_title)| {
                    if *pair || *is_title {
                        Vec::new()
                    } else {
                        counts(&w.text)
                    }
                })
                .collect()
        });
        (0..self.pool.len()).find(|&k| {
            window_counts[k]
                .iter()
                .any(|(u, _)| promised.iter().any(|(p, _)| same_unit(u, p)))
                && coverage(interned, terms, self.terms[k]).0 >= opts.passing_coverage
        })
    }

    /// One intention against the report: the best evidence window, whether
    /// it accounts for the intention, and the best coverage (any window,
    /// and windows that state progress).
    fn account(
        &self,
        c: &intentions::Candidate,
        read: &CandidateText,
        weights: &Weights,
        interned: &Terms,
        plan_year: Option<i32>,
        opts: &JudgeOptions,
    ) -> (Intention, f64, f64) {
        let terms = dedup(&read.core_terms);
        // An intention that leans on its activity ("Deze aanpak houden
        // we in stand") is about the title's subject: it may also be
        // read with the title's words.
        let with_title: Option<Vec<TermId>> =
            (!c.from_title && (terms.len() < 3 || refers_back(&c.text))).then(|| {
                let both: Vec<TermId> = terms
                    .iter()
                    .chain(self.title_terms.iter())
                    .copied()
                    .collect();
                dedup(&both)
            });
        let weighed = weights.weigh(&terms);
        let (best, progress) =
            self.best_window(c, &weighed, with_title.as_deref(), weights, interned);
        let (evidence, cov, count, shared, reports_status, slipped, titled) = match best {
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
                matches!(
                    self.states[k],
                    Some(Realisation::Delayed | Realisation::Dropped)
                ),
                titled,
            ),
            _ => (None, 0.0, 0.0, Vec::new(), false, false, false),
        };
        // Read with the title's words, a sentence must still name one of
        // the intention's own ("isoleren we het dak" is not accounted for
        // by storm damage to the same sporthal): a title never accounts
        // for itself. A sum set aside for the activity ("Hiervoor nemen
        // we € 95.000 op") is answered by what the activity cost, which
        // names a sum too.
        let borrowed_only = titled
            && !shared
                .iter()
                .any(|t| terms.contains(t) && !holds_figure(interned, *t))
            && !(crate::text::names_money(&c.text)
                && evidence
                    .as_ref()
                    .is_some_and(|e| crate::text::names_money(&e.text)));
        let (evidence, cov) = if borrowed_only {
            (None, 0.0)
        } else {
            (evidence, cov)
        };

        let needed = if terms.len() <= 2 { 1.0 } else { 1.5 };
        // Or: the sentence names at least two things specific to this
        // intention (words found in few sentences: names, places,
        // objects) and says what became of them.
        let specific: Vec<TermId> = shared
            .iter()
            .copied()
            .filter(|&t| {
                weights.vocab.df(&t) <= SPECIFIC_DF
                    && !interned.get(t).chars().all(|c| c.is_ascii_digit())
            })
            .collect();
        // Or: one such thing that is the intention's own (not the title's,
        // which every intention of the activity shares), named in a
        // sentence that says what became of it ("Het meldpunt is op 1 juli
        // geopend", "De Laadvisie 2030 is vastgesteld").
        let own = specific
            .iter()
            .filter(|t| {
                let w = interned.get(**t);
                !self.title_terms.contains(t)
                    && w.chars().count() >= 7
                    && !w.chars().any(|c| c.is_ascii_digit())
            })
            .count();
        let specific = specific.len();
        // Or: the sentence says the intention's work slipped or stopped,
        // naming three of its words ("De aanleg van het tweede deel is
        // uitgesteld naar 2025" for "In het derde kwartaal leggen we het
        // tweede deel aan, van de Veerweg tot de gemeentegrens ..."): a
        // delay explained accounts for the intention wherever the report
        // says it (LABELLING.md), however few of the plan's details it
        // repeats.
        let named = shared
            .iter()
            .filter(|&&t| !holds_figure(interned, t))
            .count();
        let mut accounted = !borrowed_only
            && ((cov >= opts.accounted_coverage && count >= needed)
                || (specific >= 2 && reports_status && cov >= opts.passing_coverage)
                || (own >= 1 && reports_status && cov >= OWN_THING_COVERAGE)
                || (slipped && named >= SLIP_NAMED && cov >= opts.passing_coverage));
        let mut evidence = evidence;
        // Or: the intention promises a count and a sentence counts the same
        // thing ("vier scholen sluiten aan" / "15 van de 20 basisscholen
        // doen mee"): a figure on what was promised reports on it.
        if !accounted && !c.from_title {
            if let Some(k) = self.counted_window(&c.text, &weighed, interned, opts) {
                accounted = true;
                evidence = Some(self.pool[k].0.clone());
            }
        }
        let intention = Intention {
            text: c.text.clone(),
            span: c.span.clone(),
            accounted,
            substantive: c.from_title
                || intentions::substantive_in(
                    &c.text,
                    &read.words,
                    read.terms.iter().map(|&t| interned.get(t)),
                    plan_year,
                ),
            evidence,
            coverage: (cov * 1000.0).round() / 1000.0,
            shared_terms: shared
                .iter()
                .map(|&t| interned.get(t).to_string())
                .collect(),
        };
        (intention, cov, progress)
    }
}

/// What an intention's text holds: its words and content terms (those of
/// its sentence, or of the title), and the content terms of its main
/// clause ([`core_clause`]).
struct CandidateText<'a> {
    words: std::borrow::Cow<'a, [String]>,
    terms: &'a [TermId],
    core_terms: Vec<TermId>,
}

impl<'a> CandidateText<'a> {
    fn new(c: &intentions::Candidate, a: &'a ActivityAnalysis, interned: &mut Terms) -> Self {
        let words = match (c.sentence, c.clause) {
            (Some(k), Some(j)) => {
                std::borrow::Cow::Borrowed(a.sentences[k].clauses[j].words.as_slice())
            }
            (Some(k), None) => std::borrow::Cow::Borrowed(a.sentences[k].words.as_slice()),
            (None, _) => std::borrow::Cow::Owned(crate::text::words(&c.text)),
        };
        let terms = candidate_terms(c, a);
        let core = core_clause(&c.text);
        let core_terms = if core == c.text {
            terms.to_vec()
        } else {
            interned.of_text(&core)
        };
        CandidateText {
            words,
            terms,
            core_terms,
        }
    }
}

/// The content terms of an intention candidate, as the analysis read
/// them: its clause's, its sentence's, or (an intention read from the
/// title) the title's.
fn candidate_terms<'a>(c: &intentions::Candidate, a: &'a ActivityAnalysis) -> &'a [TermId] {
    match (c.sentence, c.clause) {
        (Some(k), Some(j)) => &a.sentences[k].clauses[j].terms,
        (Some(k), None) => &a.sentences[k].terms,
        (None, _) => &a.title,
    }
}

/// The intentions of a planned activity, from its analysed sentences.
fn candidates_of(plan: &Document, pi: usize, an: &ActivityAnalysis) -> Vec<intentions::Candidate> {
    intentions::intentions_of(
        &plan.path,
        &plan.activities[pi],
        &an.sentences,
        plan.year,
        plan.kind != DocKind::Jaarverslag,
    )
}

/// The coverage with which a report item that nothing claims must account
/// for an open intention to be paired by its evidence: clearly above the
/// bar for accounting (`JudgeOptions::accounted_coverage`).
const EVIDENCE_PAIRING: f64 = 0.4;

/// Judges every planned activity and lists unplanned report items, from
/// both documents' analyses.
pub fn judge(
    plan: Document,
    report: Document,
    analyses: Analyses,
    pairing: Pairing,
    opts: &JudgeOptions,
) -> Audit {
    let Analyses {
        plan: plan_an,
        report: report_an,
        terms: mut interned,
    } = analyses;
    let report_text = ReportText::new(&report, &report_an);
    let weights = Weights::new(&plan_an, &report_an);
    let owners = sentence_owners(&pairing, &plan_an, &report_text, &weights);
    let judged = Judged {
        weights: &weights,
        owners: &owners,
        report: &report_text,
        plan_year: plan.year,
        opts,
    };
    let mut items: Vec<AuditItem> = plan_an
        .activities
        .iter()
        .enumerate()
        .map(|(pi, an)| judged.activity(&plan, pi, an, &pairing, &mut interned))
        .collect();
    let mut pairing = pairing;
    judged.pair_by_evidence(&plan, &plan_an, &mut pairing, &mut items, &mut interned);
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

/// What every planned activity is judged against.
struct Judged<'a> {
    weights: &'a Weights,
    owners: &'a SentenceOwners,
    report: &'a ReportText<'a>,
    plan_year: Option<i32>,
    opts: &'a JudgeOptions,
}

impl Judged<'_> {
    /// One planned activity: its intentions, their evidence, the colour
    /// and the realisation.
    fn activity(
        &self,
        plan: &Document,
        pi: usize,
        an: &ActivityAnalysis,
        pairing: &Pairing,
        interned: &mut Terms,
    ) -> AuditItem {
        let links = pairing.reports_of(pi);
        let reports: Vec<usize> = {
            let mut v: Vec<&crate::model::Link> = links.clone();
            v.sort_by(|a, b| b.score.total_cmp(&a.score));
            v.iter().map(|l| l.report).collect()
        };
        let score = links.iter().map(|l| l.score).fold(0.0, f64::max);
        let candidates = candidates_of(plan, pi, an);
        self.activity_against(plan, pi, an, &candidates, reports, score, interned)
    }

    /// Where one of several answering items says of nothing how it stands
    /// (it restates the plan: "Samen met de dorpsraden stellen we
    /// dorpsvisies op ..."), its sentences account for nothing, though
    /// another item's answer does report progress.
    fn drop_silent_evidence(&self, reports: &[usize], intentions: &mut [Intention]) {
        let silent: Vec<usize> = reports
            .iter()
            .copied()
            .filter(|&r| self.is_silent(r))
            .collect();
        if silent.is_empty() {
            return;
        }
        for i in intentions.iter_mut().filter(|i| i.accounted) {
            let Some(ev) = &i.evidence else { continue };
            let from_silent = silent.iter().any(|&r| {
                self.report.sentences[r]
                    .iter()
                    .any(|s| ev.text.contains(s.sentence.text.as_str()))
            });
            if from_silent {
                i.accounted = false;
            }
        }
    }

    /// Whether no sentence of report item `r`, nor its title, says how
    /// anything stands.
    fn is_silent(&self, r: usize) -> bool {
        self.report.status[r].iter().all(Option::is_none) && self.report.title_status[r].is_none()
    }

    /// Whether report item `ri` holds a specific word of a planned title
    /// (one found in few sentences of the two documents).
    fn names_title_thing(&self, title: &[TermId], ri: usize) -> bool {
        let specific: Vec<TermId> = title
            .iter()
            .copied()
            .filter(|t| self.weights.vocab.df(t) <= SPECIFIC_DF)
            .collect();
        !specific.is_empty()
            && self.report.sentences[ri]
                .iter()
                .any(|s| s.terms.iter().any(|t| specific.contains(t)))
    }

    /// One planned activity, its intentions read, against the given report
    /// items (best first).
    #[allow(clippy::too_many_arguments)]
    fn activity_against(
        &self,
        plan: &Document,
        pi: usize,
        an: &ActivityAnalysis,
        candidates: &[intentions::Candidate],
        reports: Vec<usize>,
        score: f64,
        interned: &mut Terms,
    ) -> AuditItem {
        let p = &plan.activities[pi];
        let evidence = ItemEvidence::new(p, &an.title, &reports, self.report);
        let mut intentions = Vec::new();
        let mut best_any: f64 = 0.0;
        let mut best_progress: f64 = 0.0;
        for c in candidates {
            let read = CandidateText::new(c, an, interned);
            let (intention, cov, progress) =
                evidence.account(c, &read, self.weights, interned, self.plan_year, self.opts);
            best_any = best_any.max(cov);
            best_progress = best_progress.max(progress);
            intentions.push(intention);
        }
        side_continuations(&p.title, &mut intentions);
        // What the report last says of the planned thing, if it stopped or
        // slipped: read once, for the moot steps and for the realisation.
        let answer = Answer {
            reports: &reports,
            text: self.report,
            plan: pi,
            owners: self.owners,
        };
        // The words of the title and the main (first) intention: what "de
        // proef" or "het project" of a report sentence may mean.
        let main: Vec<&str> = std::iter::once(p.title.as_str())
            .chain(
                intentions
                    .iter()
                    .find(|i| i.substantive)
                    .map(|i| i.text.as_str()),
            )
            .collect();
        let headline = headline_slipped(&answer, &an.title, &main);
        self.whole_activity(&reports, &evidence, headline, interned, &mut intentions);
        let all_empty = reports
            .iter()
            .all(|&r| only_repeats_title(self.report, interned, r));
        // An answer in which no sentence says how anything stands restates
        // the plan ("Filmhuis Dalvoorde is een belangrijke voorziening"):
        // no progress information, whatever words it shares.
        let silent = !reports.is_empty() && reports.iter().all(|&r| self.is_silent(r));
        if silent {
            for i in &mut intentions {
                i.accounted = false;
            }
        } else {
            self.drop_silent_evidence(&reports, &mut intentions);
        }
        let (colour, reason) = decide(
            reports.is_empty(),
            all_empty,
            &intentions,
            if silent { 0.0 } else { best_progress },
            best_any,
            self.opts,
        );
        // A red item reports nothing on its intentions: how far it got is
        // not known (issue rule: red items have realisation unknown).
        let realisation = if reports.is_empty() || all_empty || colour == Colour::Red {
            Realisation::Unknown
        } else {
            let planned = Planned::new(an, candidates, &intentions, self.weights, interned);
            realisation_of(&answer, &intentions, headline.map(|(_, r)| r), &planned)
        };
        AuditItem {
            colour,
            plan: Some(pi),
            reports,
            score: (score * 1000.0).round() / 1000.0,
            realisation,
            intentions,
            reason,
            decision: None,
            confidence: 0.0,
        }
    }

    /// Answers found by their evidence (issue 9, part 5): a report item
    /// that nothing claims, among an activity's best-scoring candidates,
    /// that accounts for an intention the activity's own answers leave
    /// unaccounted ("Sterk op je benen" for the valpreventie programme;
    /// "Het logeerhuis is geopend" beside "We versterken de ondersteuning
    /// van mantelzorgers"). Each such item goes to the activity it adds
    /// most to. Only when the documents belong together (the scores paired
    /// at least a third of the activities), so that two unrelated
    /// documents keep their warning.
    fn pair_by_evidence(
        &self,
        plan: &Document,
        plan_an: &Analysis,
        pairing: &mut Pairing,
        items: &mut [AuditItem],
        interned: &mut Terms,
    ) {
        if pairing.links.len() * 3 < items.len() {
            return;
        }
        let accounted = |it: &AuditItem| it.intentions.iter().filter(|i| i.accounted).count();
        let mut claimed: rustc_hash::FxHashSet<usize> =
            pairing.links.iter().map(|l| l.report).collect();
        // (gain, score, activity, report item, the new verdict)
        let mut offers: Vec<(usize, f64, usize, usize, AuditItem)> = Vec::new();
        for (pi, an) in plan_an.activities.iter().enumerate() {
            let it = &items[pi];
            if it.colour == Colour::Green || it.intentions.is_empty() {
                continue;
            }
            let before = accounted(it);
            let title = &plan.activities[pi].title;
            let mut read: Option<Vec<intentions::Candidate>> = None;
            for &(ri, s) in pairing.candidates.get(pi).into_iter().flatten() {
                // The activity must be the item's own best candidate; or,
                // for an activity nothing answers, an item that answers
                // another one may answer it too (a merged paragraph), when
                // it accounts for two of its intentions or more.
                let own = pairing.nearest_report.get(ri).is_some_and(|&b| b <= s);
                let merged = claimed.contains(&ri);
                if merged && !it.reports.is_empty() || !merged && !own {
                    continue;
                }
                // A merged answer names the activity's own thing: a word of
                // its title that few sentences hold ("boa's" in a paragraph
                // on handhaving and woonoverlast), not only names and
                // dates it shares with any text of the same place.
                if merged && !self.names_title_thing(&an.title, ri) {
                    continue;
                }
                let mut reports = it.reports.clone();
                reports.push(ri);
                let score = it.score.max(s);
                // The intentions are read once per activity, when a first
                // candidate is tried.
                let candidates = read.get_or_insert_with(|| candidates_of(plan, pi, an));
                let tried =
                    self.activity_against(plan, pi, an, candidates, reports, score, interned);
                let gain = accounted(&tried).saturating_sub(before);
                // How well the item accounts for what was left open: an
                // intention of the activity's own text (not its title, whose
                // few words any item may share), clearly above the bar.
                let strength = tried
                    .intentions
                    .iter()
                    .zip(&it.intentions)
                    .filter(|(now, was)| now.accounted && !was.accounted && &now.text != title)
                    .map(|(now, _)| now.coverage)
                    .fold(0.0, f64::max);
                let needed = if merged { 2 } else { 1 };
                if gain >= needed && strength >= EVIDENCE_PAIRING && tried.colour != Colour::Red {
                    offers.push((gain, s, pi, ri, tried));
                }
            }
        }
        offers.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then(b.1.total_cmp(&a.1))
                .then(a.2.cmp(&b.2))
                .then(a.3.cmp(&b.3))
        });
        let mut extended: rustc_hash::FxHashSet<usize> = Default::default();
        let answering: rustc_hash::FxHashSet<usize> = claimed.clone();
        for (_, s, pi, ri, tried) in offers {
            let merged = answering.contains(&ri);
            if !merged && claimed.contains(&ri) || extended.contains(&pi) {
                continue;
            }
            pairing.links.push(crate::model::Link {
                plan: pi,
                report: ri,
                score: s,
                how: if merged {
                    crate::model::LinkKind::Merged
                } else {
                    crate::model::LinkKind::Evidence
                },
            });
            claimed.insert(ri);
            extended.insert(pi);
            items[pi] = tried;
        }
        pairing.links.sort_by_key(|l| (l.plan, l.report));
    }

    /// The whole activity postponed or cancelled ("De pilot is niet
    /// doorgegaan", "is uitgesteld tot 2025"): the report says what became
    /// of every intention of it. What else was planned for it (a two-year
    /// run, a scientific follow-up) is moot, and so accounted for
    /// (LABELLING ambiguities: an intention made moot because its parent
    /// was postponed).
    fn whole_activity(
        &self,
        reports: &[usize],
        evidence: &ItemEvidence,
        headline: Option<(&AnalysedSentence, Realisation)>,
        interned: &Terms,
        intentions: &mut [Intention],
    ) {
        if reports.is_empty() || intentions.iter().all(|i| i.accounted) {
            return;
        }
        let stopped = whole_activity_stopped(
            self.weights,
            interned,
            &evidence.title_terms,
            &evidence.pool,
            &evidence.terms,
            &evidence.states,
            self.opts,
        );
        // Or the last sentence naming the planned thing says it stopped,
        // or (said of its subject) that it slipped (`headline_slipped`).
        let moot = stopped.or_else(|| {
            headline
                .filter(|(s, st)| {
                    *st == Realisation::Dropped
                        || coverage(
                            interned,
                            &self.weights.weigh(&evidence.title_terms),
                            &s.terms,
                        )
                        .0 >= self.opts.accounted_coverage
                })
                .map(|(s, _)| s.sentence.clone())
        });
        if let Some(ev) = moot {
            for i in intentions.iter_mut().filter(|i| !i.accounted) {
                i.accounted = true;
                i.evidence = Some(ev.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use crate::text::stem;

    #[test]
    fn a_list_of_names_is_read_but_not_a_list_of_partners() {
        let lists = named_lists(
            "In 2023 renoveren we de gemalen Kampsveld-Zuid, Dorpsweg, Sportlaan, Brink, Havenweg en Ter Meer-Noord.",
        );
        assert_eq!(
            lists,
            vec![vec![
                "Kampsveld-Zuid",
                "Dorpsweg",
                "Sportlaan",
                "Brink",
                "Havenweg",
                "Ter Meer-Noord"
            ]]
        );
        assert!(named_lists(
            "Samen met Enexis, Woonstichting Maasdal en GGD stellen we een plan op."
        )
        .is_empty());
        assert!(named_lists("We openen Noord en Zuid.").is_empty());
    }

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
    fn routine_carried_on_beside_the_activity_is_not_substantive() {
        let open = |text: &str| Intention {
            accounted: false,
            ..accounted(text, "")
        };
        let mut v = vec![
            open("In 2024 openen we een logeerhuis in Oosterwolde."),
            open("De jaarlijkse mantelzorgwaardering zetten we voort."),
            open("Deze aanpak houden we in 2024 in stand."),
        ];
        side_continuations("We versterken de ondersteuning van mantelzorgers", &mut v);
        assert_eq!(
            v.iter().map(|i| i.substantive).collect::<Vec<_>>(),
            [true, false, false]
        );
        // Not going on is a stop, not routine.
        assert!(!carries_on("Het experiment is niet doorgegaan."));
        assert!(carries_on(
            "De bestaande samenwerking wordt ongewijzigd voortgezet."
        ));
        // When carrying on is what the activity is about, it stays.
        let mut v = vec![open("In 2024 zetten we het Jeugdfonds voort.")];
        side_continuations("We zetten het Jeugdfonds Sport & Cultuur voort", &mut v);
        assert!(v[0].substantive);
    }

    #[test]
    fn de_proef_is_the_whole_only_of_a_proef() {
        let w = |t: &str| crate::text::words(t);
        let stopped = w("De proef gaat niet door.");
        assert!(names_the_whole(
            &stopped,
            &["Proef met OV-flex in Oostdorp"]
        ));
        assert!(!names_the_whole(
            &stopped,
            &["Openbaar vervoer in stad en dorpen. We zetten ons in voor een kwartierdienst."]
        ));
    }

    #[test]
    fn design_features_after_met_are_left_out_of_the_core() {
        assert_eq!(
            core_clause(
                "In het najaar richten we de Julianalaan, de Singel en de Dorpsstraat in met plateaus."
            ),
            "In het najaar richten we de Julianalaan, de Singel en de Dorpsstraat in"
        );
        assert_eq!(
            core_clause(
                "We breiden de begraafplaats Westerhaar uit op het aangrenzende weiland, met ruimte voor 240 graven."
            ),
            "We breiden de begraafplaats Westerhaar uit op het aangrenzende weiland,"
        );
        // The object of a verb that takes "met", or too little before it.
        for kept in [
            "In mei 2025 starten we met de bouw van de nieuwe school.",
            "We praten met bewoners over de wijk.",
        ] {
            assert_eq!(core_clause(kept), kept);
        }
    }

    #[test]
    fn a_part_of_a_whole_counts_the_part() {
        let schools = stem("basisscholen");
        assert_eq!(
            counts("Op 11 van de 14 basisscholen werkt nu een praktijkondersteuner."),
            vec![(schools.clone(), 11)]
        );
        assert_eq!(
            counts("Daarmee doen nu vier van de vijf scholen mee."),
            vec![(stem("scholen"), 4)]
        );
        assert_eq!(
            counts("In 2024 breiden we uit naar alle 14 basisscholen."),
            vec![(schools, 14)]
        );
        // "een" is the article, years and dates are no counts.
        assert!(counts("Op 14 november 2024 is een plan vastgesteld.").is_empty());
        // The counted noun stands after its adjectives; an abbreviation's
        // plural is the abbreviation.
        let aed = crate::text::stem("aed");
        assert_eq!(
            counts("In 2025 plaatsen we twaalf nieuwe AED's in buitenkasten."),
            vec![(aed.clone(), 12)]
        );
        assert_eq!(counts("Er zijn acht AED's geplaatst."), vec![(aed, 8)]);
        // Sums of money as written; a small round sum says too little.
        assert_eq!(
            sums("We dragen € 60.000 bij; de rest (€ 1,2 miljoen) en € 5 per pas."),
            vec!["60.000".to_string(), "1,2 miljoen".to_string()]
        );
        assert_eq!(
            sums("Wij dragen daaraan EUR 250.000 bij."),
            vec!["250.000".to_string()]
        );
        assert!(crate::text::names_money("een bijdrage van 40.000 euro"));
        assert!(!crate::text::names_money("de Europese aanbesteding"));
        // A target named beside the result is no result.
        assert_eq!(
            counts("In 2024 zijn 38 startersleningen verstrekt, tegen 45 verwachte leningen."),
            vec![(crate::text::stem("startersleningen"), 38)]
        );
        assert_eq!(
            counts("We openen drie extra locaties."),
            vec![(crate::text::stem("locaties"), 3)]
        );
        assert!(same_unit(&stem("beschutwerkplekken"), &stem("plekken")));
        assert!(!same_unit(&stem("scholen"), &stem("leerlingen")));
        // A planned figure between whole and part; percentages; ceilings.
        assert_eq!(
            counts("Sinds maart zijn 19 van de beoogde 25 senioren verhuisd."),
            vec![(stem("senioren"), 19)]
        );
        assert_eq!(
            counts("In 2024 handelen we 95% van de aanvragen binnen acht weken af."),
            vec![("procent".to_string(), 95)]
        );
        assert!(counts("Een groep van maximaal 25 studenten krijgt een coach.").is_empty());
        // In a report "van de 14 kilometer" is the whole a result is taken
        // from; in a plan it is what is promised.
        let roofs = "Het team benadert de eigenaren van de 40 grootste daken.";
        assert!(counts(roofs).is_empty());
        assert_eq!(promised_counts(roofs), vec![(stem("daken"), 40)]);
    }

    #[test]
    fn done_short_of_a_promised_count_is_partial() {
        let short = accounted(
            "Accountmanagers bezoeken in 2024 ten minste 150 bedrijven.",
            "Het team heeft 132 bedrijven bezocht.",
        );
        assert_eq!(
            short_of_target(Realisation::Done, &[short], &[]),
            Realisation::Partial
        );
        let met = accounted(
            "We breiden het netwerk uit van 45 naar 60 bedrijven.",
            "Het netwerk groeide in 2024 van 45 naar 61 bedrijven.",
        );
        assert_eq!(
            short_of_target(Realisation::Done, &[met], &[]),
            Realisation::Done
        );
        // The figure planned, repeated as the whole a part is taken from,
        // is no result: 11 of the 14 kilometres is short.
        let km = accounted(
            "In 2023 voeren we groot onderhoud uit aan 14 kilometer weg.",
            "Van de 14 kilometer die op de planning stond, is 11 kilometer uitgevoerd.",
        );
        assert_eq!(
            short_of_target(Realisation::Done, &[km], &[]),
            Realisation::Partial
        );
        // Another sentence of the answer may give the figure, for a
        // compound of the unit ("drie pleinen" of "vijf schoolpleinen"),
        // unless it says every one was reached.
        let pleinen = accounted(
            "We vergroenen in 2023 vijf schoolpleinen.",
            "In 2023 zijn de schoolpleinen van De Regenboog en De Klimop vergroend.",
        );
        let answer = counts("De bijdrage voor de drie pleinen was gemiddeld € 23.500.");
        assert_eq!(
            short_of_target(Realisation::Done, &[pleinen], &answer),
            Realisation::Partial
        );
        let mut all =
            counts("Na de ervaringen op vier scholen heeft nu elke school een begeleider.");
        all.extend(all_of(
            "Na de ervaringen op vier scholen heeft nu elke school een begeleider.",
        ));
        let elf = accounted(
            "In 2023 krijgen alle elf scholen een begeleider.",
            "Elke school heeft een begeleider.",
        );
        assert_eq!(
            short_of_target(Realisation::Done, &[elf], &all),
            Realisation::Done
        );
        // Years and other words are no counts to compare.
        let years = accounted(
            "In 2024 stellen we het plan vast.",
            "Het plan is op 12 maart 2024 vastgesteld.",
        );
        assert_eq!(
            short_of_target(Realisation::Done, &[years], &[]),
            Realisation::Done
        );
    }

    #[test]
    fn intentions_with_different_outcomes_are_partly_realised() {
        let done = accounted(
            "We leggen in 2024 een rotonde aan.",
            "De rotonde is in september opgeleverd.",
        );
        let dropped = accounted(
            "We leggen een parkeerplaats voor vrachtwagens aan.",
            "De parkeerplaats gaat niet door vanwege vervuilde grond.",
        );
        assert_eq!(
            mixed_outcomes(
                Realisation::Done,
                &[done.clone(), dropped.clone()],
                Some(2024)
            ),
            Realisation::Partial
        );
        // The main deliverable slipped, a side task was done: delayed.
        let late = accounted(
            "We openen het kringloopplein.",
            "De opening van het kringloopplein is uitgesteld tot 2025.",
        );
        assert_eq!(
            mixed_outcomes(Realisation::Done, &[late, done.clone()], Some(2024)),
            Realisation::Delayed
        );
        // One outcome only: what the sentences said stands.
        assert_eq!(
            mixed_outcomes(Realisation::Done, &[done], Some(2024)),
            Realisation::Done
        );
    }
}
