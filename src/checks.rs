//! Sanity checks on an audited pair: signs that the two documents do not
//! belong together (swapped, different years, almost nothing in common)
//! or that nothing was checked (no activities found). Audit -> warnings;
//! the command line refuses the surest ones unless `--force`, and every
//! renderer shows them.

use crate::model::{Audit, Colour, DocKind};
use crate::render::Lang;

/// Something about a pair the reader must know before trusting its colours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PairWarning {
    /// The plan reads as a jaarverslag and the report as a begroting.
    Swapped,
    /// The plan is not recognised as a begroting.
    PlanKind(DocKind),
    /// The report is not recognised as a jaarverslag.
    ReportKind(DocKind),
    /// The documents are about different years.
    Years { plan: i32, report: i32 },
    /// No planned activity was found: nothing was checked.
    NoPlanActivities { layout: String },
    /// No report item was found: every activity is red.
    NoReportItems { layout: String },
    /// Almost no planned activity is answered: probably not a pair.
    LittleInCommon { red: usize, planned: usize },
}

impl PairWarning {
    /// A stable name for scripts (JSON `warnings[].code`).
    pub fn code(&self) -> &'static str {
        match self {
            PairWarning::Swapped => "swapped",
            PairWarning::PlanKind(_) => "plan_kind",
            PairWarning::ReportKind(_) => "report_kind",
            PairWarning::Years { .. } => "years_differ",
            PairWarning::NoPlanActivities { .. } => "no_plan_activities",
            PairWarning::NoReportItems { .. } => "no_report_items",
            PairWarning::LittleInCommon { .. } => "little_in_common",
        }
    }

    /// Surely wrong: the audit is refused unless `--force`.
    pub fn refuses(&self) -> bool {
        matches!(
            self,
            PairWarning::Swapped
                | PairWarning::PlanKind(DocKind::Jaarverslag)
                | PairWarning::ReportKind(DocKind::Begroting)
                | PairWarning::Years { .. }
        )
    }

    /// Nothing was checked: every `--fail-on` rule fires.
    pub fn nothing_checked(&self) -> bool {
        matches!(self, PairWarning::NoPlanActivities { .. })
    }

    pub fn message(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        let kind = |k: &DocKind| match (k, nl) {
            (DocKind::Begroting, _) => "begroting",
            (DocKind::Jaarverslag, _) => "jaarverslag",
            (DocKind::Combined, true) => "gecombineerd document",
            (DocKind::Combined, false) => "combined document",
            (DocKind::Unknown, true) => "niet te bepalen",
            (DocKind::Unknown, false) => "unknown",
        };
        match (self, nl) {
            (PairWarning::Swapped, true) => "begroting en jaarverslag lijken verwisseld: --plan is een jaarverslag en --report een begroting".into(),
            (PairWarning::Swapped, false) => "plan and report look swapped: --plan is a jaarverslag and --report a begroting".into(),
            (PairWarning::PlanKind(k), true) => format!("--plan lijkt geen begroting (soort: {})", kind(k)),
            (PairWarning::PlanKind(k), false) => format!("--plan does not look like a begroting (kind: {})", kind(k)),
            (PairWarning::ReportKind(k), true) => format!("--report lijkt geen jaarverslag (soort: {})", kind(k)),
            (PairWarning::ReportKind(k), false) => format!("--report does not look like a jaarverslag (kind: {})", kind(k)),
            (PairWarning::Years { plan, report }, true) => format!("de begroting gaat over {plan} en het jaarverslag over {report}"),
            (PairWarning::Years { plan, report }, false) => format!("the begroting is about {plan} and the jaarverslag about {report}"),
            (PairWarning::NoPlanActivities { layout }, true) => format!("geen activiteiten gevonden in de begroting (layout {layout}): er is niets gecontroleerd"),
            (PairWarning::NoPlanActivities { layout }, false) => format!("no activities found in the begroting (layout {layout}): nothing was checked"),
            (PairWarning::NoReportItems { layout }, true) => format!("geen activiteiten gevonden in het jaarverslag (layout {layout})"),
            (PairWarning::NoReportItems { layout }, false) => format!("no activities found in the jaarverslag (layout {layout})"),
            (PairWarning::LittleInCommon { red, planned }, true) => format!("{red} van {planned} activiteiten zonder verantwoording: horen deze documenten wel bij elkaar?"),
            (PairWarning::LittleInCommon { red, planned }, false) => format!("{red} of {planned} activities without any report: do these documents belong together?"),
        }
    }
}

/// The warnings for an audited pair, surest first.
pub fn check(audit: &Audit) -> Vec<PairWarning> {
    let mut w = Vec::new();
    let (pk, rk) = (audit.plan.kind, audit.report.kind);
    // A combined document's parts are plan and report by construction.
    let combined = pk == DocKind::Combined || rk == DocKind::Combined;
    if !combined {
        if pk == DocKind::Jaarverslag && rk == DocKind::Begroting {
            w.push(PairWarning::Swapped);
        } else {
            if pk != DocKind::Begroting {
                w.push(PairWarning::PlanKind(pk));
            }
            if rk != DocKind::Jaarverslag {
                w.push(PairWarning::ReportKind(rk));
            }
        }
    }
    if let (Some(p), Some(r)) = (audit.plan.year, audit.report.year) {
        if p != r {
            w.push(PairWarning::Years { plan: p, report: r });
        }
    }
    if audit.plan.activities.is_empty() {
        w.push(PairWarning::NoPlanActivities {
            layout: audit.plan.layout.clone(),
        });
    }
    if audit.report.activities.is_empty() {
        w.push(PairWarning::NoReportItems {
            layout: audit.report.layout.clone(),
        });
    } else {
        let s = audit.summary();
        let planned = s.red + s.yellow + s.green;
        // Four in five planned activities unanswered: in the bundled pairs
        // at most a quarter are red.
        if planned >= 5 && s.get(Colour::Red) * 5 >= planned * 4 {
            w.push(PairWarning::LittleInCommon {
                red: s.red,
                planned,
            });
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusal_only_when_surely_wrong() {
        assert!(PairWarning::Swapped.refuses());
        assert!(PairWarning::Years {
            plan: 2023,
            report: 2024
        }
        .refuses());
        assert!(PairWarning::PlanKind(DocKind::Jaarverslag).refuses());
        assert!(!PairWarning::PlanKind(DocKind::Unknown).refuses());
        assert!(!PairWarning::LittleInCommon {
            red: 42,
            planned: 44
        }
        .refuses());
        assert!(PairWarning::NoPlanActivities {
            layout: "bullets".into()
        }
        .nothing_checked());
    }
}
