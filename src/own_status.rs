//! The municipality's own status, checked: ([`Audit`], one [`AuditItem`])
//! -> an [`OwnCheck`], and per audit the counts ([`OwnCounts`]).
//!
//! Many reports rate their own activities ("Status: gereed", a green tick).
//! The parser reads that rating (`Activity::self_reported`); the judge
//! never uses it. Here it is held against spiegel's verdict on the text:
//!
//! - `unsupported`: a status, but the answering report items hold no text;
//! - `overstated`: done, but spiegel found only part of the intentions
//!   accounted for, or none (yellow, red);
//! - `understated`: delayed or dropped, but the text reports everything
//!   done (green, realisation done);
//! - `agrees` otherwise.
//!
//! Only planned activities with a status are checked (a blue item has no
//! intentions to hold a status against).

use crate::model::{Audit, AuditItem, Colour, OwnCheck, OwnFinding, Realisation, SelfStatus};
use serde::Serialize;

/// The check of one item, when an answering report item states a status.
pub fn check(audit: &Audit, item: &AuditItem) -> Option<OwnCheck> {
    item.plan?;
    let (status, report) = item
        .reports
        .iter()
        .map(|&r| &audit.report.activities[r])
        .find_map(|a| a.self_reported.as_ref().map(|s| (s.clone(), a)))?;
    let no_text = item.reports.iter().all(|&r| {
        audit.report.activities[r]
            .body
            .iter()
            .all(|l| l.text.trim().is_empty())
    });
    let finding = if no_text {
        OwnFinding::Unsupported
    } else {
        finding_of(status.status, item.colour, item.realisation)
    };
    Some(OwnCheck {
        finding,
        status: status.status,
        text: status.text.clone(),
        path: report.span.path.clone(),
        line: status.line,
    })
}

/// The finding for a status against a verdict on a text that exists.
fn finding_of(status: SelfStatus, colour: Colour, realisation: Realisation) -> OwnFinding {
    match status {
        SelfStatus::Done if matches!(colour, Colour::Yellow | Colour::Red) => {
            OwnFinding::Overstated
        }
        SelfStatus::Delayed | SelfStatus::Dropped
            if colour == Colour::Green && realisation == Realisation::Done =>
        {
            OwnFinding::Understated
        }
        _ => OwnFinding::Agrees,
    }
}

/// How often the own rating agrees with its text, for one audit (one
/// programme).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct OwnCounts {
    /// Planned activities whose report states a status.
    pub with_status: usize,
    pub agrees: usize,
    pub overstated: usize,
    pub understated: usize,
    pub unsupported: usize,
}

impl OwnCounts {
    pub fn get(&self, f: OwnFinding) -> usize {
        match f {
            OwnFinding::Agrees => self.agrees,
            OwnFinding::Overstated => self.overstated,
            OwnFinding::Understated => self.understated,
            OwnFinding::Unsupported => self.unsupported,
        }
    }
}

/// The counts of an audit.
pub fn counts(audit: &Audit) -> OwnCounts {
    let mut c = OwnCounts::default();
    for ch in audit.items.iter().filter_map(|it| check(audit, it)) {
        c.with_status += 1;
        match ch.finding {
            OwnFinding::Agrees => c.agrees += 1,
            OwnFinding::Overstated => c.overstated += 1,
            OwnFinding::Understated => c.understated += 1,
            OwnFinding::Unsupported => c.unsupported += 1,
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn done_against_a_partial_text_is_overstated() {
        assert_eq!(
            finding_of(SelfStatus::Done, Colour::Yellow, Realisation::Done),
            OwnFinding::Overstated
        );
        assert_eq!(
            finding_of(SelfStatus::Done, Colour::Red, Realisation::Unknown),
            OwnFinding::Overstated
        );
        assert_eq!(
            finding_of(SelfStatus::Done, Colour::Green, Realisation::Done),
            OwnFinding::Agrees
        );
    }

    #[test]
    fn delayed_against_a_done_text_is_understated() {
        assert_eq!(
            finding_of(SelfStatus::Delayed, Colour::Green, Realisation::Done),
            OwnFinding::Understated
        );
        // A delay the text explains agrees with a delayed status.
        assert_eq!(
            finding_of(SelfStatus::Delayed, Colour::Green, Realisation::Delayed),
            OwnFinding::Agrees
        );
        // "Loopt" claims nothing finished.
        assert_eq!(
            finding_of(SelfStatus::Running, Colour::Yellow, Realisation::Partial),
            OwnFinding::Agrees
        );
    }
}
