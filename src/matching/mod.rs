//! Matching: (plan [`Document`], report [`Document`], their
//! [`Analyses`]) -> [`Pairing`].
//!
//! Every planned activity is scored against every report item on content:
//! tf-idf cosine over Dutch stems (so tense and inflection do not matter),
//! character 4-grams of the titles (compounds written together or apart,
//! diacritics and OCR damage), and the similarity of the doelen they stand
//! under. The best global one-to-one pairing is found with the Hungarian
//! algorithm (Kuhn-Munkres); an activity and a report item left over, each
//! the other's best candidate, are paired on a lower score; then strong
//! second links are added: one report item answering two planned
//! activities (a merged paragraph) and two report items answering one.

mod vectors;

pub use vectors::{SparseVec, Vocabulary};

use crate::analyse::{Analyses, Analysis, TermId};
use crate::model::{Document, Link, LinkKind, Pairing};
use pathfinding::prelude::{kuhn_munkres, Matrix};

/// Thresholds for pairing.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MatchOptions {
    /// Lowest score for a one-to-one pair.
    pub min_score: f64,
    /// Lowest score for a second report item answering an activity
    /// (split answers).
    pub second_link_score: f64,
    /// Lowest score for a report item that also answers an otherwise
    /// unanswered activity (merged answers); it must also score at least
    /// 1.5 times the next candidate.
    pub merged_score: f64,
}

impl Default for MatchOptions {
    fn default() -> Self {
        MatchOptions {
            min_score: 0.22,
            second_link_score: 0.22,
            merged_score: 0.22,
        }
    }
}

/// A report item answers a second, otherwise unanswered activity only
/// when it stands out this much from the activity's next candidate.
const MERGED_MARGIN: f64 = 1.5;

/// Per-activity features for scoring.
struct Features {
    title: SparseVec,
    full: SparseVec,
    title_grams: SparseVec,
    doel: SparseVec,
    /// Numbering of the title ("2.1.1"), when both documents number their
    /// items.
    numbers: Vec<String>,
}

/// The words of an activity: title terms, text terms (with the budget
/// text a mirrored report repeats), title 4-grams.
struct Words<'a> {
    title: &'a [TermId],
    body: Vec<TermId>,
    grams: Vec<String>,
}

fn words_of<'a>(doc: &Document, analysis: &'a Analysis) -> Vec<Words<'a>> {
    doc.activities
        .iter()
        .zip(&analysis.activities)
        .map(|(a, an)| {
            let mut body: Vec<TermId> = an
                .sentences
                .iter()
                .flat_map(|s| s.terms.iter().copied())
                .collect();
            // A mirrored report repeats the budget text it answers ("Wat
            // hadden we gepland?"): never evidence, but the best clue to
            // which planned activity the item answers.
            body.extend_from_slice(&an.mirrored);
            Words {
                title: &an.title,
                body,
                grams: crate::text::char_grams(&a.title),
            }
        })
        .collect()
}

fn features(
    doc: &Document,
    analysis: &Analysis,
    words: &[Words],
    vocab: &Vocabulary<TermId>,
    grams: &Vocabulary,
) -> Vec<Features> {
    doc.activities
        .iter()
        .zip(words)
        .zip(&analysis.activities)
        .map(|((a, w), an)| {
            let mut full_terms = Vec::with_capacity(2 * w.title.len() + w.body.len());
            full_terms.extend_from_slice(w.title);
            full_terms.extend_from_slice(w.title);
            full_terms.extend_from_slice(&w.body);
            Features {
                title: vocab.vector(w.title),
                full: vocab.vector(&full_terms),
                title_grams: grams.vector(&w.grams),
                doel: vocab.vector(&an.context),
                numbers: a.numbers.clone(),
            }
        })
        .collect()
}

/// Similarity scores, row by row: per planned activity the report items it
/// shares words with and their score (most pairs share nothing, and a
/// dense matrix of a large document is tens of megabytes).
pub struct Scores {
    rows: Vec<Vec<(usize, f64)>>,
    m: usize,
}

impl Scores {
    /// From a dense matrix (`scores[plan][report]`); zeros and values that
    /// are not finite are left out.
    pub fn from_dense(dense: &[Vec<f64>]) -> Scores {
        Scores {
            m: dense.first().map(|r| r.len()).unwrap_or(0),
            rows: dense
                .iter()
                .map(|r| {
                    r.iter()
                        .copied()
                        .enumerate()
                        .filter(|(_, s)| s.is_finite() && *s > 0.0)
                        .collect()
                })
                .collect(),
        }
    }

    /// The dense matrix.
    pub fn to_dense(&self) -> Vec<Vec<f64>> {
        self.rows
            .iter()
            .map(|r| {
                let mut d = vec![0.0; self.m];
                for &(j, s) in r {
                    d[j] = s;
                }
                d
            })
            .collect()
    }

    fn get(&self, i: usize, j: usize) -> f64 {
        let row = &self.rows[i];
        row.binary_search_by_key(&j, |e| e.0)
            .map(|k| row[k].1)
            .unwrap_or(0.0)
    }
}

/// The similarity matrix: `scores[plan][report]` in 0..1.
pub fn score_matrix(plan: &Document, report: &Document) -> Vec<Vec<f64>> {
    scores(plan, report, &crate::analyse::analyse_pair(plan, report)).to_dense()
}

/// The similarity scores of every pair that shares a word.
pub fn scores(plan: &Document, report: &Document, analyses: &Analyses) -> Scores {
    let mut vocab = Vocabulary::<TermId>::default();
    let mut grams = Vocabulary::default();
    let plan_words = words_of(plan, &analyses.plan);
    let report_words = words_of(report, &analyses.report);
    let mut terms = Vec::new();
    for w in plan_words.iter().chain(&report_words) {
        terms.clear();
        terms.extend_from_slice(w.title);
        terms.extend_from_slice(&w.body);
        vocab.add_document(&terms);
        grams.add_document(&w.grams);
    }
    let mut pf = features(plan, &analyses.plan, &plan_words, &vocab, &grams);
    let mut rf = features(report, &analyses.report, &report_words, &vocab, &grams);
    // Numbers are anchors only where both sides number most items.
    let numbered = |d: &Document| {
        d.activities
            .iter()
            .filter(|a| !a.numbers.is_empty())
            .count()
            * 2
            >= d.activities.len()
    };
    if !(numbered(plan) && numbered(report)) {
        pf.iter_mut().for_each(|f| f.numbers.clear());
        rf.iter_mut().for_each(|f| f.numbers.clear());
    }
    // Only pairs that share a word can score: find them through an
    // inverted index of the report texts instead of comparing every pair
    // (large documents have thousands of activities).
    let mut index: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
    // Words in more than a twentieth of all activities do not make a pair on
    // their own.
    let common = (vocab.documents() / 20).max(50);
    for (j, r) in rf.iter().enumerate() {
        for t in r.full.term_ids() {
            if vocab.df_of(t) <= common {
                index.entry(t).or_default().push(j);
            }
        }
    }
    let mut shares = vec![false; rf.len()];
    let mut touched: Vec<usize> = Vec::new();
    let rows = pf
        .iter()
        .map(|p| {
            for &j in &touched {
                shares[j] = false;
            }
            touched.clear();
            for t in p.full.term_ids() {
                if let Some(js) = index.get(&t) {
                    for &j in js {
                        if !shares[j] {
                            shares[j] = true;
                            touched.push(j);
                        }
                    }
                }
            }
            touched.sort_unstable();
            touched
                .iter()
                // An item that says it was not in the begroting answers no
                // planned activity.
                .filter(|&&j| !report.activities[j].unplanned)
                .map(|&j| (j, score(p, &rf[j])))
                .filter(|(_, s)| s.is_finite() && *s > 0.0)
                .collect()
        })
        .collect();
    Scores { rows, m: rf.len() }
}

fn score(p: &Features, r: &Features) -> f64 {
    let title = p
        .title
        .cosine(&r.title)
        .max(0.9 * p.title_grams.cosine(&r.title_grams));
    let full = p.full.cosine(&r.full);
    let mut s = 0.45 * title + 0.55 * full;
    if !p.doel.is_empty() && !r.doel.is_empty() && p.doel.cosine(&r.doel) >= 0.5 {
        s += 0.04;
    }
    // A (nearly) identical title is strong evidence on its own, even when
    // the text under it wanders off (that is for the judge to colour).
    if title >= 0.9 {
        s = s.max(0.6);
    }
    // The same activity number, with some content in common, is an anchor:
    // it decides between candidates, it does not make a pair on its own.
    if s >= 0.1 && p.numbers.iter().any(|n| r.numbers.contains(n)) {
        s += 0.1;
    }
    s.min(1.0)
}

/// Pairs planned activities with report items, from both documents'
/// analyses.
pub fn pair(
    plan: &Document,
    report: &Document,
    analyses: &Analyses,
    opts: &MatchOptions,
) -> Pairing {
    pair_sparse(&scores(plan, report, analyses), opts)
}

/// Pairs activities with the same title (the parts of one intervention in
/// a combined document); report items without a namesake stay unpaired.
pub fn pair_by_title(plan: &Document, report: &Document) -> Pairing {
    let report_keys: Vec<String> = report
        .activities
        .iter()
        .map(|r| crate::text::title_key(&r.title))
        .collect();
    let links = plan
        .activities
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            let key = crate::text::title_key(&p.title);
            report_keys
                .iter()
                .enumerate()
                .filter(move |(_, r)| **r == key)
                .map(move |(j, _)| Link {
                    plan: i,
                    report: j,
                    score: 1.0,
                    how: LinkKind::Structure,
                })
        })
        .collect();
    Pairing {
        links,
        ..Pairing::default()
    }
}

/// Pairs from a score matrix (plan rows, report columns).
pub fn pair_scores(scores: &[Vec<f64>], opts: &MatchOptions) -> Pairing {
    pair_sparse(&Scores::from_dense(scores), opts)
}

/// Pairs from the scores of the pairs that share a word.
pub fn pair_sparse(scores: &Scores, opts: &MatchOptions) -> Pairing {
    let n = scores.rows.len();
    let m = scores.m;
    let mut links = Vec::new();
    if n == 0 || m == 0 {
        return Pairing {
            links,
            ..Pairing::default()
        };
    }
    // Only pairs above the threshold can ever be chosen (below it, "no
    // match" is worth more), so the assignment splits into independent
    // groups of plans and reports joined by such pairs: solving each group
    // on its own gives the same optimum and keeps large documents fast.
    let keep = candidate_edges(scores, opts.min_score, MAX_EDGES);
    let mut edges: Vec<(usize, usize)> = keep.into_iter().collect();
    edges.sort_unstable();
    let mut pairs = Vec::new();
    assign(scores, opts.min_score, edges, &mut pairs);
    pairs.sort_unstable();
    for (i, j) in pairs {
        links.push(Link {
            plan: i,
            report: j,
            score: scores.get(i, j),
            how: LinkKind::Assigned,
        });
    }
    pair_leftovers(scores, &mut links);
    let mut linked_plan = vec![false; n];
    for l in &links {
        linked_plan[l.plan] = true;
    }
    // A planned activity left without an answer, whose content a report
    // item (already answering another activity) also covers: merged. The
    // item must stand out clearly from the other candidates.
    for (i, row) in scores.rows.iter().enumerate() {
        if linked_plan[i] || row.is_empty() {
            continue;
        }
        // The best and the next candidate, in one pass.
        let (mut j, mut s, mut second) = (0usize, f64::NEG_INFINITY, 0.0f64);
        for &(k, x) in row {
            if x > s {
                second = s.max(0.0);
                s = x;
                j = k;
            } else if x > second {
                second = x;
            }
        }
        if s >= opts.merged_score && s >= MERGED_MARGIN * second {
            links.push(Link {
                plan: i,
                report: j,
                score: s,
                how: LinkKind::Merged,
            });
        }
    }
    // A report item left over, that clearly answers an activity already
    // answered elsewhere: split.
    // The best planned activity of each report item (the last of equals).
    let mut col_best: Vec<Option<(usize, f64)>> = vec![None; m];
    for (i, row) in scores.rows.iter().enumerate() {
        for &(j, s) in row {
            if col_best[j].is_none_or(|(_, b)| s >= b) {
                col_best[j] = Some((i, s));
            }
        }
    }
    // How near any activity came to each report item.
    let nearest_report = col_best.iter().map(|b| b.map_or(0.0, |(_, s)| s)).collect();
    // Which report items are answered, and each activity's best answer so
    // far, kept as links are added.
    let mut report_linked = vec![false; m];
    let mut first = vec![0.0f64; n];
    for l in &links {
        report_linked[l.report] = true;
        first[l.plan] = first[l.plan].max(l.score);
    }
    for (j, best) in col_best.into_iter().enumerate() {
        if report_linked[j] {
            continue;
        }
        if let Some((i, s)) = best {
            // A second answer stands beside the first: an item that scores
            // far below the activity's own answer shares only generic words
            // with it ("opnieuw aanbesteed").
            if s >= opts.second_link_score && s >= SPLIT_SHARE * first[i] {
                links.push(Link {
                    plan: i,
                    report: j,
                    score: s,
                    how: LinkKind::Split,
                });
                first[i] = first[i].max(s);
            }
        }
    }
    links.sort_by_key(|l| (l.plan, l.report));
    let nearest_plan = scores
        .rows
        .iter()
        .map(|row| row.iter().map(|&(_, s)| s).fold(0.0, f64::max))
        .collect();
    let candidates = scores
        .rows
        .iter()
        .map(|row| {
            // The few best of a row, kept sorted as it is read.
            let mut best: Vec<(usize, f64)> = Vec::with_capacity(crate::model::CANDIDATES + 1);
            for &(j, s) in row {
                let at = best
                    .iter()
                    .position(|&(bj, b)| s > b || s == b && j < bj)
                    .unwrap_or(best.len());
                if at < crate::model::CANDIDATES {
                    best.insert(at, (j, s));
                    best.truncate(crate::model::CANDIDATES);
                }
            }
            best
        })
        .collect();
    Pairing {
        links,
        nearest_plan,
        nearest_report,
        candidates,
    }
}

/// Lowest score for pairing two items that are each other's best
/// candidate and both left without a partner.
const LEFTOVER_SCORE: f64 = 0.18;

/// An activity and a report item that the assignment left alone, each the
/// other's best candidate: a report that words its answer quite
/// differently ("Sterk op je benen" for the valpreventie programme) still
/// answers it, when nothing else claims either. Only when the documents
/// belong together: the assignment answered at least a third of the
/// activities (two unrelated documents keep their "nothing in common").
fn pair_leftovers(scores: &Scores, links: &mut Vec<Link>) {
    let m = scores.m;
    if links.len() * 3 < scores.rows.len() {
        return;
    }
    let mut best_of_report: Vec<Option<(usize, f64)>> = vec![None; m];
    for (i, row) in scores.rows.iter().enumerate() {
        for &(j, s) in row {
            if best_of_report[j].is_none_or(|(_, b)| s > b) {
                best_of_report[j] = Some((i, s));
            }
        }
    }
    let plan_linked: rustc_hash::FxHashSet<usize> = links.iter().map(|l| l.plan).collect();
    let report_linked: rustc_hash::FxHashSet<usize> = links.iter().map(|l| l.report).collect();
    for (i, row) in scores.rows.iter().enumerate() {
        if plan_linked.contains(&i) {
            continue;
        }
        let best = row
            .iter()
            .copied()
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        if let Some((j, s)) = best {
            if s >= LEFTOVER_SCORE
                && !report_linked.contains(&j)
                && best_of_report[j].is_some_and(|(bi, _)| bi == i)
            {
                links.push(Link {
                    plan: i,
                    report: j,
                    score: s,
                    how: LinkKind::Assigned,
                });
            }
        }
    }
}

/// A split answer (a second report item for an activity already answered)
/// scores at least this share of the activity's first answer.
const SPLIT_SHARE: f64 = 0.4;

/// Each planned activity is paired with one of its best few report items,
/// and each report item with one of its best few planned activities: on a
/// large document that keeps the groups the assignment has to solve small.
const MAX_EDGES: usize = 6;

/// The pairs at or above the threshold that are among the `k` best of
/// their row or of their column.
fn candidate_edges(scores: &Scores, min: f64, k: usize) -> rustc_hash::FxHashSet<(usize, usize)> {
    let (n, m) = (scores.rows.len(), scores.m);
    let mut keep = rustc_hash::FxHashSet::default();
    let top = |mut v: Vec<(usize, f64)>| -> Vec<usize> {
        if v.len() > k {
            v.select_nth_unstable_by(k - 1, |a, b| b.1.total_cmp(&a.1));
            v.truncate(k);
        }
        v.into_iter().map(|(x, _)| x).collect()
    };
    let mut by_col: Vec<Vec<(usize, f64)>> = vec![Vec::new(); m];
    for (i, row) in scores.rows.iter().enumerate() {
        let mut cands = Vec::new();
        for &(j, s) in row {
            if s >= min {
                cands.push((j, s));
                by_col[j].push((i, s));
            }
        }
        for j in top(cands) {
            keep.insert((i, j));
        }
    }
    for (j, col) in by_col.into_iter().enumerate() {
        for i in top(col) {
            keep.insert((i, j));
        }
    }
    debug_assert!(keep.iter().all(|&(i, j)| i < n && j < m));
    keep
}

/// Largest group solved exactly at once (Kuhn-Munkres is cubic).
const EXACT_LIMIT: usize = 150;

/// The best one-to-one pairing over candidate edges (all at or above the
/// threshold). Groups of plans and reports joined by edges are independent
/// and solved on their own, exactly; a group too large for that is solved
/// strongest edges first: the pairs among the edges above its median score,
/// then the pairs among what is left.
fn assign(scores: &Scores, min: f64, edges: Vec<(usize, usize)>, out: &mut Vec<(usize, usize)>) {
    for (rows, cols, group) in groups(edges) {
        if rows.len() <= EXACT_LIMIT && cols.len() <= EXACT_LIMIT {
            exact(scores, min, &rows, &cols, &group, out);
            continue;
        }
        let mut values: Vec<f64> = group.iter().map(|&(i, j)| scores.get(i, j)).collect();
        let mid = values.len() / 2;
        values.select_nth_unstable_by(mid, |a, b| a.total_cmp(b));
        let median = values[mid];
        let strong: Vec<(usize, usize)> = group
            .iter()
            .copied()
            .filter(|&(i, j)| scores.get(i, j) > median)
            .collect();
        if strong.is_empty() {
            // All edges score the same: any maximal pairing is optimal.
            let (mut used_r, mut used_c) = (
                rustc_hash::FxHashSet::default(),
                rustc_hash::FxHashSet::default(),
            );
            for &(i, j) in &group {
                if !used_r.contains(&i) && !used_c.contains(&j) {
                    used_r.insert(i);
                    used_c.insert(j);
                    out.push((i, j));
                }
            }
            continue;
        }
        let mut first = Vec::new();
        assign(scores, min, strong, &mut first);
        let used_r: rustc_hash::FxHashSet<usize> = first.iter().map(|p| p.0).collect();
        let used_c: rustc_hash::FxHashSet<usize> = first.iter().map(|p| p.1).collect();
        out.extend(first);
        let rest: Vec<(usize, usize)> = group
            .into_iter()
            .filter(|(i, j)| !used_r.contains(i) && !used_c.contains(j))
            .collect();
        assign(scores, min, rest, out);
    }
}

/// Kuhn-Munkres on one group. Columns: the group's report items, then one
/// "no match" column per plan row (so rows <= columns, as kuhn_munkres
/// requires). A pair is worth its margin over the threshold, "no match" 0,
/// a pair that is not a candidate edge less.
fn exact(
    scores: &Scores,
    min: f64,
    rows: &[usize],
    cols: &[usize],
    edges: &[(usize, usize)],
    out: &mut Vec<(usize, usize)>,
) {
    let ri: rustc_hash::FxHashMap<usize, usize> =
        rows.iter().enumerate().map(|(a, &i)| (i, a)).collect();
    let ci: rustc_hash::FxHashMap<usize, usize> =
        cols.iter().enumerate().map(|(b, &j)| (j, b)).collect();
    let mut weights = Matrix::new(rows.len(), cols.len() + rows.len(), 0i64);
    for a in 0..rows.len() {
        for b in 0..cols.len() {
            weights[(a, b)] = -1;
        }
    }
    for &(i, j) in edges {
        let s = if scores.get(i, j).is_finite() {
            scores.get(i, j)
        } else {
            0.0
        };
        weights[(ri[&i], ci[&j])] = ((s - min) * 10_000.0).round() as i64;
    }
    let (_, assignment) = kuhn_munkres(&weights);
    for (a, &b) in assignment.iter().enumerate() {
        if b < cols.len() && weights[(a, b)] >= 0 && scores.get(rows[a], cols[b]) >= min {
            out.push((rows[a], cols[b]));
        }
    }
}

/// Groups of plan rows and report columns connected by edges (union-find),
/// with their edges.
type Group = (Vec<usize>, Vec<usize>, Vec<(usize, usize)>);

fn groups(edges: Vec<(usize, usize)>) -> Vec<Group> {
    // Nodes: rows as 2i, columns as 2j+1, renumbered densely.
    let mut id: rustc_hash::FxHashMap<usize, usize> = Default::default();
    let node = |x: usize, id: &mut rustc_hash::FxHashMap<usize, usize>| {
        let n = id.len();
        *id.entry(x).or_insert(n)
    };
    let ends: Vec<(usize, usize)> = edges
        .iter()
        .map(|&(i, j)| (node(2 * i, &mut id), node(2 * j + 1, &mut id)))
        .collect();
    let mut parent: Vec<usize> = (0..id.len()).collect();
    fn find(p: &mut [usize], x: usize) -> usize {
        let mut r = x;
        while p[r] != r {
            r = p[r];
        }
        let mut y = x;
        while p[y] != r {
            let next = p[y];
            p[y] = r;
            y = next;
        }
        r
    }
    for &(a, b) in &ends {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent[ra] = rb;
        }
    }
    let mut out: std::collections::BTreeMap<usize, Group> = Default::default();
    for (k, &(i, j)) in edges.iter().enumerate() {
        let root = find(&mut parent, ends[k].0);
        let g = out.entry(root).or_default();
        g.2.push((i, j));
        g.0.push(i);
        g.1.push(j);
    }
    out.into_values()
        .map(|(mut r, mut c, e)| {
            r.sort_unstable();
            r.dedup();
            c.sort_unstable();
            c.dedup();
            (r, c, e)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn global_assignment_beats_greedy() {
        // Greedy would give plan 0 report 0 (0.9) and leave plan 1 with
        // nothing above threshold; the global optimum pairs 0-1 and 1-0.
        let scores = vec![vec![0.9, 0.8], vec![0.85, 0.1]];
        let p = pair_scores(&scores, &MatchOptions::default());
        let pairs: Vec<(usize, usize)> = p.links.iter().map(|l| (l.plan, l.report)).collect();
        assert_eq!(pairs, vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn below_threshold_stays_unpaired() {
        let scores = vec![vec![0.1, 0.05]];
        let p = pair_scores(&scores, &MatchOptions::default());
        assert!(p.links.is_empty());
    }

    #[test]
    fn more_plans_than_reports_works() {
        let scores = vec![vec![0.9], vec![0.7], vec![0.1]];
        let p = pair_scores(&scores, &MatchOptions::default());
        assert!(p
            .links
            .iter()
            .any(|l| l.plan == 0 && l.report == 0 && l.how == LinkKind::Assigned));
        // Plan 1 is covered by the same report item: merged.
        assert!(p
            .links
            .iter()
            .any(|l| l.plan == 1 && l.how == LinkKind::Merged));
        assert!(!p.links.iter().any(|l| l.plan == 2));
    }

    #[test]
    fn leftover_report_item_can_split() {
        let scores = vec![vec![0.9, 0.6, 0.1]];
        let p = pair_scores(&scores, &MatchOptions::default());
        let kinds: Vec<(usize, LinkKind)> = p.links.iter().map(|l| (l.report, l.how)).collect();
        assert_eq!(kinds, vec![(0, LinkKind::Assigned), (1, LinkKind::Split)]);
    }

    #[test]
    fn two_leftovers_that_are_each_others_best_are_paired() {
        // Under the pairing threshold, but each the other's best and both
        // unclaimed.
        let scores = vec![vec![0.9, 0.0], vec![0.05, 0.19]];
        // (One of two answered: the documents belong together.)
        let p = pair_scores(&scores, &MatchOptions::default());
        let pairs: Vec<(usize, usize)> = p.links.iter().map(|l| (l.plan, l.report)).collect();
        assert_eq!(pairs, vec![(0, 0), (1, 1)]);
        // Not when the item's best is another activity.
        let scores = vec![vec![0.9, 0.2], vec![0.0, 0.19]];
        let p = pair_scores(&scores, &MatchOptions::default());
        assert!(!p.links.iter().any(|l| l.plan == 1));
    }

    #[test]
    fn a_split_answer_far_below_the_first_is_no_answer() {
        // 0.25 clears the threshold but is under 0.4 of the first answer.
        let scores = vec![vec![0.9, 0.25]];
        let p = pair_scores(&scores, &MatchOptions::default());
        let kinds: Vec<(usize, LinkKind)> = p.links.iter().map(|l| (l.report, l.how)).collect();
        assert_eq!(kinds, vec![(0, LinkKind::Assigned)]);
    }

    #[test]
    fn a_group_too_large_to_solve_at_once_is_still_paired_well() {
        // 400 plans and reports in one chain of candidate edges: each plan
        // strongly matches its own report and weakly the next one.
        let n = 400;
        let mut scores = vec![vec![0.0; n]; n];
        for i in 0..n {
            scores[i][i] = 0.9;
            if i + 1 < n {
                scores[i][i + 1] = 0.5;
            }
        }
        let p = pair_scores(&scores, &MatchOptions::default());
        let assigned: Vec<(usize, usize)> = p
            .links
            .iter()
            .filter(|l| l.how == LinkKind::Assigned)
            .map(|l| (l.plan, l.report))
            .collect();
        assert_eq!(assigned, (0..n).map(|i| (i, i)).collect::<Vec<_>>());
    }

    #[test]
    fn nan_scores_do_not_hang() {
        let scores = vec![vec![f64::NAN, 0.5]];
        let p = pair_scores(&scores, &MatchOptions::default());
        assert_eq!(p.links.len(), 1);
        assert_eq!(p.links[0].report, 1);
    }
}
