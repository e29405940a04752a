//! How sure a verdict is. Input: a judged item (its colour, its intentions
//! with their coverage, its pairing score) and the thresholds that decided
//! it. Output: a confidence in 0..=1 and its band, so that people can look
//! first where spiegel was unsure.
//!
//! A verdict is as sure as the nearest thing that would change it:
//! - the pairing: how far the pair's score lies above the pairing
//!   threshold (a pair that barely made it may be the wrong one);
//! - the colour: how far the intentions that decide it lie from the
//!   coverage at which they count as accounted for. Green turns yellow
//!   when any accounted substantive intention would not count; yellow
//!   turns green when every missing one would count, or red when every
//!   accounted one would not; red with a report turns yellow when any
//!   intention would count.
//!
//! A reviewer's decision is certain.

use crate::model::{AuditItem, Colour, Intention};
use serde::Serialize;

/// The band a confidence falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Low,
    Medium,
    High,
}

impl Band {
    pub fn of(confidence: f64) -> Band {
        if confidence >= 0.5 {
            Band::High
        } else if confidence >= 0.2 {
            Band::Medium
        } else {
            Band::Low
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Medium => "medium",
            Band::High => "high",
        }
    }
}

/// The confidence of one judged item. `nearest` is the best score any
/// candidate reached with an unanswered activity or an unplanned report
/// item (none when not scored).
pub fn of_item(item: &AuditItem, accounted_at: f64, pair_at: f64, nearest: Option<f64>) -> f64 {
    if item.decision.is_some() {
        return 1.0;
    }
    let pairing = if item.plan.is_some() && !item.reports.is_empty() {
        relative(item.score - pair_at, pair_at)
    } else {
        // Nothing reached the pairing threshold: as sure as the nearest
        // candidate stayed below it.
        nearest.map_or(1.0, |s| relative(pair_at - s, pair_at))
    };
    pairing.min(colour_margin(item, accounted_at))
}

/// How far an intention lies from flipping, 0 (on the threshold) to 1.
fn flip(i: &Intention, at: f64) -> f64 {
    relative((i.coverage - at).abs(), at)
}

fn colour_margin(item: &AuditItem, at: f64) -> f64 {
    let substantive: Vec<&Intention> = item.intentions.iter().filter(|i| i.substantive).collect();
    let (acc, missing): (Vec<&Intention>, Vec<&Intention>) =
        substantive.iter().partition(|i| i.accounted);
    let min = |v: &[&Intention]| v.iter().map(|i| flip(i, at)).fold(1.0, f64::min);
    let max = |v: &[&Intention]| v.iter().map(|i| flip(i, at)).fold(0.0, f64::max);
    match item.colour {
        Colour::Green => min(&acc),
        Colour::Yellow if acc.is_empty() => 1.0_f64.min(min(&missing)),
        Colour::Yellow => max(&missing).min(max(&acc)),
        Colour::Red if item.reports.is_empty() => 1.0,
        Colour::Red => min(&item.intentions.iter().collect::<Vec<_>>()),
        Colour::Blue => 1.0,
    }
}

/// A distance from a threshold relative to it, in 0..=1 (below it, 0).
fn relative(distance: f64, threshold: f64) -> f64 {
    if threshold <= 0.0 {
        return 1.0;
    }
    (distance / threshold).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Realisation, Reason, Span};

    fn intention(coverage: f64, accounted: bool) -> Intention {
        Intention {
            text: "x".into(),
            span: Span::new("p.txt", 1, 1),
            accounted,
            substantive: true,
            evidence: None,
            coverage,
            shared_terms: Vec::new(),
        }
    }

    fn item(colour: Colour, score: f64, intentions: Vec<Intention>) -> AuditItem {
        AuditItem {
            colour,
            plan: Some(0),
            reports: vec![0],
            score,
            realisation: Realisation::Done,
            intentions,
            reason: Reason::NoReport,
            decision: None,
            confidence: 0.0,
        }
    }

    #[test]
    fn a_verdict_is_as_sure_as_its_weakest_link() {
        // Well paired, every intention far above the threshold.
        let sure = item(
            Colour::Green,
            0.6,
            vec![intention(0.9, true), intention(0.8, true)],
        );
        assert_eq!(Band::of(of_item(&sure, 0.34, 0.22, None)), Band::High);
        // One intention just over the threshold: green nearly yellow.
        let close = item(
            Colour::Green,
            0.6,
            vec![intention(0.9, true), intention(0.36, true)],
        );
        assert_eq!(Band::of(of_item(&close, 0.34, 0.22, None)), Band::Low);
        // A pair that barely made it.
        let weak_pair = item(Colour::Green, 0.23, vec![intention(0.9, true)]);
        assert_eq!(Band::of(of_item(&weak_pair, 0.34, 0.22, None)), Band::Low);
        // Yellow with the missing intention nowhere near: sure.
        let yellow = item(
            Colour::Yellow,
            0.6,
            vec![intention(0.9, true), intention(0.0, false)],
        );
        assert_eq!(Band::of(of_item(&yellow, 0.34, 0.22, None)), Band::High);
        // Unpaired red: nothing reached the threshold.
        let mut red = item(Colour::Red, 0.0, vec![intention(0.0, false)]);
        red.reports.clear();
        assert_eq!(of_item(&red, 0.34, 0.22, None), 1.0);
        // ... but a candidate came close to it: doubtful.
        assert_eq!(Band::of(of_item(&red, 0.34, 0.22, Some(0.2))), Band::Low);
        assert_eq!(Band::of(of_item(&red, 0.34, 0.22, Some(0.02))), Band::High);
    }
}
