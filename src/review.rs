//! Review decisions: a reviewer's pairings made or broken by hand and
//! colours overridden, kept in spiegel.yaml and applied on every run.
//! Applied between matching and judging (pairings) and after judging
//! (colours); a decision whose activity is gone, or whose plan text changed
//! since it was made (fingerprint), is not applied and is reported.

use crate::model::{Audit, Colour, DecisionNote, Document, Link, LinkKind, Pairing, Reason};
use crate::text::title_key;
use serde::{Deserialize, Serialize};

/// One decision, as written in spiegel.yaml.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// Title of the planned activity (as in the plan).
    pub plan: String,
    /// The begroting the decision belongs to: its file name, or the end of
    /// its path ("wwz/begroting-2023.txt"). Without it a decision belongs
    /// to every begroting that has the activity.
    #[serde(default)]
    pub begroting: Option<String>,
    /// Report items (titles) that answer it, paired by hand.
    #[serde(default)]
    pub pair: Vec<String>,
    /// Report items (titles) that do not answer it, unpaired by hand.
    #[serde(default)]
    pub unpair: Vec<String>,
    /// The colour the reviewer gives.
    #[serde(default)]
    pub colour: Option<String>,
    pub reason: String,
    pub reviewer: String,
    /// Fingerprint of the planned activity when decided (from the JSON
    /// output's `planned.fingerprint`); when the text changes the decision
    /// no longer applies.
    #[serde(default)]
    pub fingerprint: Option<String>,
}

impl Decision {
    /// Whether the decision is about this begroting: the one it names, or,
    /// when it names none, any begroting; in a folder run (`by_title`) only
    /// those with an activity of that title, so that a decision is not
    /// reported as not applied on every other pair of the folder.
    pub fn belongs_to(&self, plan: &Document, by_title: bool) -> bool {
        match &self.begroting {
            Some(b) => std::path::Path::new(&plan.path).ends_with(b.trim()),
            None => !by_title || find(plan, &self.plan).is_some(),
        }
    }

    /// Says which begroting(s) the decision was looked for in, for a
    /// decision that belonged to no audited pair.
    pub fn not_applied(&self) -> String {
        match &self.begroting {
            Some(b) => format!(
                "besluit over '{}' ({}): begroting '{b}' is niet gecontroleerd",
                self.plan, self.reviewer
            ),
            None => format!(
                "besluit over '{}' ({}): activiteit niet gevonden in een begroting",
                self.plan, self.reviewer
            ),
        }
    }
}

fn find(doc: &Document, title: &str) -> Option<usize> {
    let k = title_key(title);
    doc.activities.iter().position(|a| title_key(&a.title) == k)
}

/// Checks a decision against the documents: the plan index, or why it
/// does not apply.
fn target(d: &Decision, plan: &Document) -> Result<usize, String> {
    let p = find(plan, &d.plan).ok_or_else(|| {
        format!(
            "besluit over '{}' ({}): activiteit niet gevonden in de begroting",
            d.plan, d.reviewer
        )
    })?;
    if let Some(f) = &d.fingerprint {
        let now = plan.activities[p].fingerprint();
        if &now != f {
            return Err(format!(
                "besluit over '{}' ({}): de tekst is gewijzigd sinds het besluit (vingerafdruk {f}, nu {now})",
                d.plan, d.reviewer
            ));
        }
    }
    Ok(p)
}

/// Applies pairings made or broken by hand. Returns the decisions that do
/// not apply.
pub fn apply_pairings(
    decisions: &[Decision],
    plan: &Document,
    report: &Document,
    pairing: &mut Pairing,
) -> Vec<String> {
    let mut stale = Vec::new();
    for d in decisions {
        if d.pair.is_empty() && d.unpair.is_empty() {
            continue;
        }
        let p = match target(d, plan) {
            Ok(p) => p,
            Err(e) => {
                stale.push(e);
                continue;
            }
        };
        for t in &d.unpair {
            match find(report, t) {
                Some(r) => {
                    pairing.links.retain(|l| !(l.plan == p && l.report == r));
                    // Nor may judging pair them again by their evidence.
                    if let Some(c) = pairing.candidates.get_mut(p) {
                        c.retain(|&(cr, _)| cr != r);
                    }
                }
                None => stale.push(format!(
                    "besluit over '{}' ({}): verslagitem '{t}' niet gevonden",
                    d.plan, d.reviewer
                )),
            }
        }
        for t in &d.pair {
            match find(report, t) {
                Some(r) => {
                    // The item now answers this activity; a by-hand pairing
                    // replaces spiegel's pairing of that item elsewhere.
                    pairing
                        .links
                        .retain(|l| !(l.report == r && l.how != LinkKind::Review));
                    pairing.links.push(Link {
                        plan: p,
                        report: r,
                        score: 1.0,
                        how: LinkKind::Review,
                    });
                }
                None => stale.push(format!(
                    "besluit over '{}' ({}): verslagitem '{t}' niet gevonden",
                    d.plan, d.reviewer
                )),
            }
        }
    }
    pairing.links.sort_by_key(|l| (l.plan, l.report));
    stale
}

/// Applies colour overrides and marks every item a decision touched.
pub fn apply_verdicts(decisions: &[Decision], audit: &mut Audit) {
    for d in decisions {
        let p = match target(d, &audit.plan) {
            Ok(p) => p,
            Err(e) => {
                // Already reported by apply_pairings when it pairs; report
                // here when it only sets a colour.
                if d.pair.is_empty() && d.unpair.is_empty() {
                    audit.stale_decisions.push(e);
                }
                continue;
            }
        };
        let Some(item) = audit.items.iter_mut().find(|it| it.plan == Some(p)) else {
            continue;
        };
        let mut note = DecisionNote {
            reviewer: d.reviewer.clone(),
            reason: d.reason.clone(),
            computed_colour: None,
        };
        if let Some(c) = &d.colour {
            match Colour::parse(c) {
                Some(Colour::Blue) | None => {
                    audit.stale_decisions.push(format!(
                        "besluit over '{}' ({}): kleur '{c}' kan niet (rood, geel of groen)",
                        d.plan, d.reviewer
                    ));
                    continue;
                }
                Some(colour) => {
                    note.computed_colour = Some(item.colour);
                    item.colour = colour;
                    item.reason = Reason::Review {
                        reviewer: d.reviewer.clone(),
                        reason: d.reason.clone(),
                    };
                }
            }
        }
        item.decision = Some(note);
    }
}
