//! Linting a begroting before it is adopted: [`Document`] -> [`Lint`].
//!
//! For every planned activity: does it hold at least one intention a
//! council member can check at year end? The intentions are the judge's
//! own ([`crate::judge::extract_intentions`]: the same sentences the audit
//! later looks for in the jaarverslag, each read whole: where the audit
//! splits coordinated promises, a time or measure put first belongs to
//! all of them). Each is checked for four parts
//! ([`Part`]): a concrete action (not a direction of effort such as
//! "inzetten op"), a time in the budget year, something countable or
//! visible (a number, an amount, a deliverable, a visible deed), and an
//! actor. The activity's finding follows:
//!
//! - `ok`: one intention has all four parts;
//! - `weak`: an intention has a concrete action, or a time and something
//!   to see, but misses parts (named);
//! - `uncheckable`: nothing a reader could verify.
//!
//! The title frames the whole activity: a year or an actor in the title
//! counts for every intention of its text. Word lists are in `lint.yaml`.

pub mod eval;
mod words;

pub use words::{parse_builtin, Lists};

use crate::judge::{concrete_action, extract_intentions, tense::is_participle, Candidate};
use crate::model::{Activity, Document, Span};
use crate::text::single_years;
use serde::Serialize;
use words::{words_and_stems, Words};

/// The finding for one planned activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Finding {
    /// At least one intention has a concrete action, an object, a time in
    /// the budget year and something countable or visible.
    Ok,
    /// Checkable only in part: a concrete intention that misses one or
    /// more parts (named in [`LintItem::missing`]).
    Weak,
    /// Nothing in the activity a reader could verify at year end: only
    /// directions of effort, motivation, background, or the title.
    Uncheckable,
}

impl Finding {
    /// The traffic light a finding is shown in: ok green, weak yellow,
    /// uncheckable red (the audit's colour cells and markers).
    pub fn traffic_light(self) -> crate::model::Colour {
        use crate::model::Colour;
        match self {
            Finding::Ok => Colour::Green,
            Finding::Weak => Colour::Yellow,
            Finding::Uncheckable => Colour::Red,
        }
    }

    pub const ALL: [Finding; 3] = [Finding::Ok, Finding::Weak, Finding::Uncheckable];

    pub fn as_str(self) -> &'static str {
        match self {
            Finding::Ok => "ok",
            Finding::Weak => "weak",
            Finding::Uncheckable => "uncheckable",
        }
    }

    pub fn parse(s: &str) -> Option<Finding> {
        match s.trim().to_lowercase().as_str() {
            "ok" => Some(Finding::Ok),
            "weak" | "zwak" => Some(Finding::Weak),
            "uncheckable" | "niet-toetsbaar" | "niet_toetsbaar" => Some(Finding::Uncheckable),
            _ => None,
        }
    }
}

/// A part a checkable intention needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// A verb that can be done and seen to be done, not a direction.
    Action,
    /// The budget year, a month or quarter of it, or a deadline in it.
    Year,
    /// A number, an amount, a deliverable or a visible deed.
    Measure,
    /// Who acts: the municipality or a named partner.
    Actor,
}

impl Part {
    pub const ALL: [Part; 4] = [Part::Action, Part::Year, Part::Measure, Part::Actor];

    pub fn as_str(self) -> &'static str {
        match self {
            Part::Action => "action",
            Part::Year => "year",
            Part::Measure => "measure",
            Part::Actor => "actor",
        }
    }

    pub fn parse(s: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.as_str() == s.trim())
    }
}

/// One intention of a planned activity, with the parts it lacks.
#[derive(Debug, Clone, Serialize)]
pub struct IntentionCheck {
    pub text: String,
    pub span: Span,
    /// The title stands in for the intention (the text promises nothing).
    pub from_title: bool,
    /// Parts not found, in the order of [`Part::ALL`].
    pub missing: Vec<Part>,
    /// The vague phrase that makes the action a direction ("werken aan").
    pub vague: Option<String>,
}

impl IntentionCheck {
    fn has(&self, p: Part) -> bool {
        !self.missing.contains(&p)
    }
}

/// The lint of one planned activity.
#[derive(Debug, Clone, Serialize)]
pub struct LintItem {
    /// Index into the plan's activities.
    pub activity: usize,
    pub finding: Finding,
    /// For `weak` (and `uncheckable`): what the best intention lacks.
    pub missing: Vec<Part>,
    /// The intention the finding is about: the checkable one, or the one
    /// closest to checkable.
    pub cited: usize,
    pub intentions: Vec<IntentionCheck>,
}

impl LintItem {
    pub fn cited(&self) -> &IntentionCheck {
        &self.intentions[self.cited]
    }
}

/// The lint of one begroting.
#[derive(Debug, Clone)]
pub struct Lint {
    pub plan: Document,
    pub items: Vec<LintItem>,
}

/// Counts per finding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub ok: usize,
    pub weak: usize,
    pub uncheckable: usize,
}

impl Counts {
    pub fn add(&mut self, f: Finding) {
        match f {
            Finding::Ok => self.ok += 1,
            Finding::Weak => self.weak += 1,
            Finding::Uncheckable => self.uncheckable += 1,
        }
    }
    pub fn get(&self, f: Finding) -> usize {
        match f {
            Finding::Ok => self.ok,
            Finding::Weak => self.weak,
            Finding::Uncheckable => self.uncheckable,
        }
    }
    pub fn total(&self) -> usize {
        self.ok + self.weak + self.uncheckable
    }
}

/// Counts for one doel (or for the activities outside any doel: `None`).
#[derive(Debug, Clone, Serialize)]
pub struct DoelCounts {
    pub doel: Option<String>,
    pub counts: Counts,
}

impl Lint {
    /// Counts over the whole begroting (the programme).
    pub fn summary(&self) -> Counts {
        let mut c = Counts::default();
        for it in &self.items {
            c.add(it.finding);
        }
        c
    }

    /// Counts per doel, in document order.
    pub fn per_doel(&self) -> Vec<DoelCounts> {
        let mut out: Vec<(Option<usize>, Counts)> = Vec::new();
        for it in &self.items {
            let d = self.plan.activities[it.activity].doel;
            match out.iter_mut().find(|(k, _)| *k == d) {
                Some((_, c)) => c.add(it.finding),
                None => {
                    let mut c = Counts::default();
                    c.add(it.finding);
                    out.push((d, c));
                }
            }
        }
        out.into_iter()
            .map(|(d, counts)| DoelCounts {
                doel: d.map(|i| self.plan.doelen[i].title.clone()),
                counts,
            })
            .collect()
    }

    /// The programme's name: from the document, else its file name.
    pub fn programme(&self) -> String {
        self.plan.programme.clone().unwrap_or_else(|| {
            std::path::Path::new(&self.plan.path)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.plan.path.clone())
        })
    }
}

/// Lints every planned activity of a begroting.
pub fn lint(plan: Document) -> Lint {
    let w = words::builtin();
    let items = plan
        .activities
        .iter()
        .enumerate()
        .map(|(i, a)| lint_activity(w, &plan, i, a))
        .collect();
    Lint { plan, items }
}

/// What the title (and the layout's attributes, such as a "Wanneer?"
/// column) give every intention of the activity.
struct Frame {
    year: bool,
    actor: bool,
}

fn lint_activity(w: &Words, plan: &Document, i: usize, a: &Activity) -> LintItem {
    let candidates = extract_intentions(&plan.path, a, plan.year, true);
    let attrs: String = a
        .attributes
        .iter()
        .map(|(_, v)| v.as_str())
        .collect::<Vec<_>>()
        .join(". ");
    let frame = Frame {
        year: names_budget_time(w, &a.title, plan.year) || names_budget_time(w, &attrs, plan.year),
        actor: has_actor(w, &a.title),
    };
    let intentions: Vec<IntentionCheck> = candidates
        .iter()
        .map(|c| check_intention(w, c, plan.year, &frame))
        .collect();
    let (finding, cited) = finding_of(&intentions);
    let missing = if finding == Finding::Ok {
        Vec::new()
    } else {
        intentions[cited].missing.clone()
    };
    LintItem {
        activity: i,
        finding,
        missing,
        cited,
        intentions,
    }
}

/// The parts one intention has.
fn check_intention(w: &Words, c: &Candidate, year: Option<i32>, frame: &Frame) -> IntentionCheck {
    let (ws, stems) = words_and_stems(&c.text);
    let vague = w.vague_phrase(&ws).map(str::to_string);
    let result = w.result_verb(&ws, &stems);
    // A title without a verb ("Buurtpreventie", "Cameratoezicht in het
    // uitgaansgebied") names a subject, not a deed.
    let has_verb = !c.from_title || result || concrete_action(&c.text) || has_actor(w, &c.text);
    // A vague phrase makes a direction, unless the sentence also counts
    // ("we stimuleren ... door tien laadpalen te plaatsen"), as the judge
    // holds it: "stimuleren inwoners hun tuin te vergroenen" stays one.
    let count = has_count(w, &c.text, &ws);
    let action = has_verb && (vague.is_none() || count);
    let measure = result || count || w.deliverable(&ws).is_some();
    let time = frame.year || names_budget_time(w, &c.text, year);
    let actor = frame.actor || has_actor(w, &c.text);
    let missing = [
        (Part::Action, action),
        (Part::Year, time),
        (Part::Measure, measure),
        (Part::Actor, actor),
    ]
    .into_iter()
    .filter(|(_, ok)| !ok)
    .map(|(p, _)| p)
    .collect();
    IntentionCheck {
        text: c.text.clone(),
        span: c.span.clone(),
        from_title: c.from_title,
        missing,
        vague,
    }
}

/// The activity's finding, and the intention it cites: the first with
/// all parts, else the one with most parts (the first of equals).
fn finding_of(intentions: &[IntentionCheck]) -> (Finding, usize) {
    let score = |c: &IntentionCheck| (4 - c.missing.len(), c.has(Part::Action));
    let mut best = 0;
    for (k, c) in intentions.iter().enumerate() {
        if score(c) > score(&intentions[best]) {
            best = k;
        }
    }
    let Some(b) = intentions.get(best) else {
        return (Finding::Uncheckable, 0);
    };
    if b.missing.is_empty() {
        return (Finding::Ok, best);
    }
    // Something concrete to hold it to: a deed, or a time and a result.
    let concrete =
        |c: &IntentionCheck| c.has(Part::Action) || (c.has(Part::Year) && c.has(Part::Measure));
    if intentions.iter().any(concrete) {
        let cited = if concrete(b) {
            best
        } else {
            intentions.iter().position(concrete).unwrap_or(best)
        };
        (Finding::Weak, cited)
    } else {
        (Finding::Uncheckable, best)
    }
}

/// A time in the budget year: the year itself (not the end of a period),
/// a month, quarter or season, "dit jaar", a deadline; not "de komende
/// jaren". Without a known budget year any single year counts.
fn names_budget_time(w: &Words, text: &str, year: Option<i32>) -> bool {
    if text.is_empty() {
        return false;
    }
    let ws = crate::text::words(text);
    let ys = single_years(text);
    let this_year = match year {
        Some(y) => ys.contains(&y),
        None => !ys.is_empty(),
    };
    if this_year {
        return true;
    }
    // "In het najaar van 2026" in a budget for 2025 is a later year.
    let later_year = year.is_some_and(|y| ys.iter().any(|&x| x != y));
    !later_year && !w.names_stretch(&ws) && w.names_time(&ws)
}

/// A number (not a year), an amount, or a number word.
fn has_count(w: &Words, text: &str, ws: &[String]) -> bool {
    let year_digits = crate::text::years(text).len() * 4;
    text.contains('€')
        || text.chars().filter(|c| c.is_ascii_digit()).count() > year_digits
        || w.number_word(ws)
}

/// Who acts: an actor word, a passive with a participle ("wordt
/// vastgesteld"), or a named subject ("Stichting X organiseert").
fn has_actor(w: &Words, text: &str) -> bool {
    let ws = crate::text::words(text);
    if w.actor(&ws) {
        return true;
    }
    let passive = ws.iter().any(|x| matches!(x.as_str(), "wordt" | "worden"))
        && ws.iter().any(|x| is_participle(x));
    passive || named_subject(text)
}

/// The sentence opens with a name (after an article): "IVN Kempenland
/// geeft ...", "De Bibliotheek organiseert ...".
fn named_subject(text: &str) -> bool {
    let mut toks = text.split_whitespace();
    let first = toks.next().unwrap_or("");
    let subject = if matches!(first, "De" | "Het" | "Een") {
        toks.next().unwrap_or("")
    } else {
        first
    };
    let starts_upper = subject.chars().next().is_some_and(char::is_uppercase);
    // Two capitals (an acronym, "IVN") or a capital after an article.
    starts_upper && (subject.chars().filter(|c| c.is_uppercase()).count() >= 2 || subject != first)
}

#[cfg(test)]
mod tests;
