//! The data model shared by every stage: source lines with their original
//! line numbers, the document tree (ambitie > doel > activiteit), the pairing
//! between plan and report, and the verdicts.
//!
//! This module imports no stage; every stage imports it.

use serde::Serialize;
use std::fmt;

/// One line of a document after normalisation, with the 1-based number of
/// the line in the file as given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Line {
    pub no: usize,
    pub text: String,
    /// Where a converted line runs on over later lines of the file (an
    /// HTML paragraph written over several source lines): (byte offset in
    /// `text`, the file's line from there). Empty for text files, whose
    /// lines are the file's.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub breaks: Vec<(usize, usize)>,
}

/// A decoded, normalised document, line by line.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// The path as the user gave it (used in every span).
    pub path: String,
    /// The encoding the bytes were decoded from.
    pub encoding: String,
    pub lines: Vec<Line>,
    /// Lines that were heading elements (HTML, Markdown, Word): (1-based
    /// position in `lines`, level 1-6). Empty for plain text.
    pub heading_levels: Vec<(usize, u8)>,
    /// Those of `heading_levels` that the reader inferred (a bold lead, an
    /// accordion's summary, a bold-only Markdown line) rather than found as
    /// heading elements: 1-based positions.
    pub inferred_levels: Vec<usize>,
}

/// Where something is in a source file (1-based, inclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub path: String,
    pub start_line: usize,
    pub end_line: usize,
}

impl Span {
    pub fn new(path: &str, start_line: usize, end_line: usize) -> Self {
        Span {
            path: path.to_string(),
            start_line,
            end_line: end_line.max(start_line),
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.start_line == self.end_line {
            write!(f, "{}:{}", self.path, self.start_line)
        } else {
            write!(f, "{}:{}-{}", self.path, self.start_line, self.end_line)
        }
    }
}

/// Which of the two documents of an audit a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    /// The budget: plans for the coming year ("Wat gaan we daarvoor doen?").
    Begroting,
    /// The annual report: what became of the plans ("Wat hebben we bereikt?").
    Jaarverslag,
    /// A document that holds both plan and report parts (interventieplan
    /// with "Plan van Aanpak" and "Uitvoering" per intervention).
    Combined,
    /// Could not be told from the name or the text.
    Unknown,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Begroting => "begroting",
            DocKind::Jaarverslag => "jaarverslag",
            DocKind::Combined => "combined",
            DocKind::Unknown => "unknown",
        }
    }
}

/// A heading of the tree (ambitie or doel) as written in the source.
#[derive(Debug, Clone, Serialize)]
pub struct Heading {
    pub title: String,
    pub span: Span,
}

/// A doel with the index of the ambitie it belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct Doel {
    pub title: String,
    pub span: Span,
    pub ambitie: Option<usize>,
}

/// A planned or reported activity: its title, its text, and its place in the
/// tree. For a report this is a report item (what the report says about one
/// activity).
#[derive(Debug, Clone, Serialize)]
pub struct Activity {
    pub title: String,
    /// From the title line to the last line of the text.
    pub span: Span,
    /// The last line of the title (titles may be wrapped over lines).
    pub title_end_line: usize,
    /// The text under the title, line by line (sub-bullets included).
    pub body: Vec<Line>,
    pub ambitie: Option<usize>,
    pub doel: Option<usize>,
    /// Attributes read from the layout, such as the timing column or
    /// "nieuw uit kadernota".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<(String, String)>,
    /// Numbering that belongs to the title ("2.1.1", "12", "5.01"), as
    /// written; an anchor for pairing. Several when a heading names more
    /// than one ("3.1.4 en 3.1.5 Parkeren").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub numbers: Vec<String>,
    /// Sub-headed parts that are not this side's own text: background
    /// ("Waarom"), and in a report the budget text it repeats ("Wat hadden
    /// we gepland?"). Kept for showing; never intentions, never evidence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// The municipality's own status for the item ("Status: gereed").
    /// Never evidence and never changes the colour.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_reported: Option<SelfReport>,
    /// The text itself says the item was not in the begroting ("Dit stond
    /// niet in de begroting"): it answers no planned activity.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unplanned: bool,
}

/// What a sub-headed part of an item holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartRole {
    /// "Waarom", "Aanleiding", "Achtergrond": why, not what; no intentions.
    Background,
    /// "Wat gaan we doen", "Aanpak", "Wat hadden we gepland?": plan text.
    Plan,
    /// "Uitvoering", "Stand van zaken", "Resultaat": what became of it.
    Report,
}

impl PartRole {
    pub fn label(self) -> &'static str {
        match self {
            PartRole::Background => "achtergrond",
            PartRole::Plan => "plantekst",
            PartRole::Report => "verantwoording",
        }
    }
}

/// A sub-headed part of an item, with its sub-heading and its lines.
#[derive(Debug, Clone, Serialize)]
pub struct Part {
    pub role: PartRole,
    /// The sub-heading as written ("Wat hadden we gepland?").
    pub heading: String,
    pub span: Span,
    #[serde(skip)]
    pub lines: Vec<Line>,
}

/// The municipality's own rating of a report item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SelfStatus {
    /// gereed, gerealiseerd, afgerond, groen
    Done,
    /// loopt, op schema, in uitvoering
    Running,
    /// deels gerealiseerd, vraagt aandacht, oranje/geel
    Partial,
    /// vertraagd, uitgesteld
    Delayed,
    /// vervallen, gestopt, niet gerealiseerd, rood
    Dropped,
}

/// The status as the document states it, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SelfReport {
    pub status: SelfStatus,
    /// The words as written ("Status: vertraagd").
    pub text: String,
    pub line: usize,
}

impl Activity {
    /// An item with a title and no text yet.
    pub fn new(title: String, span: Span, title_end_line: usize) -> Self {
        Activity {
            title,
            span,
            title_end_line,
            body: Vec::new(),
            ambitie: None,
            doel: None,
            attributes: Vec::new(),
            numbers: Vec::new(),
            parts: Vec::new(),
            self_reported: None,
            unplanned: false,
        }
    }

    /// A short fingerprint of the title and text (FNV-1a), so that a
    /// reviewer's decision can tell when the text it was made on changed.
    pub fn fingerprint(&self) -> String {
        let mut h: u64 = 0xcbf29ce484222325;
        // The words of the title and then of each line: those of the title
        // and the body text joined by newlines, without joining them.
        let lines =
            std::iter::once(self.title.as_str()).chain(self.body.iter().map(|l| l.text.as_str()));
        for w in lines.flat_map(str::split_whitespace) {
            for b in w.bytes().chain(std::iter::once(b' ')) {
                h ^= b as u64;
                h = h.wrapping_mul(0x100000001b3);
            }
        }
        format!("{:08x}", h >> 32)
    }

    /// The body as one string, lines joined by newlines.
    pub fn body_text(&self) -> String {
        self.body
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Something the parser saw and deliberately left out of the tree.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    pub span: Span,
    pub reason: String,
    pub text: String,
}

/// A parsed document: the tree spiegel read from one file.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub path: String,
    pub encoding: String,
    pub kind: DocKind,
    /// Why the kind was chosen (file name, headings, tense).
    pub kind_reason: String,
    pub year: Option<i32>,
    /// The programme the document is about ("Zorg en Welzijn"), when a
    /// heading near the top names it.
    pub programme: Option<String>,
    /// The layout the parser used.
    pub layout: String,
    pub ambities: Vec<Heading>,
    pub doelen: Vec<Doel>,
    pub activities: Vec<Activity>,
    pub skipped: Vec<Skipped>,
    /// Number of lines in the file.
    pub line_count: usize,
    /// The normalised source lines (for showing sources; not serialised).
    #[serde(skip)]
    pub source: Vec<Line>,
}

impl Document {
    pub fn ambitie_title(&self, a: &Activity) -> Option<&str> {
        a.ambitie.map(|i| self.ambities[i].title.as_str())
    }
    pub fn doel_title(&self, a: &Activity) -> Option<&str> {
        a.doel.map(|i| self.doelen[i].title.as_str())
    }
}

/// A link between a planned activity and a report item that answers it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub plan: usize,
    pub report: usize,
    pub score: f64,
    /// How the link was made.
    pub how: LinkKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// Part of the best one-to-one assignment.
    Assigned,
    /// A report item that also answers a second planned activity (merged
    /// paragraph).
    Merged,
    /// A second report item answering an already answered activity (split).
    Split,
    /// Made by judging: the report item, which nothing else claims,
    /// accounts for an intention the activity's other answers left open.
    Evidence,
    /// Made or kept by a reviewer's decision.
    Review,
    /// Given by the document's structure: the plan and report parts of the
    /// same intervention in a combined document.
    Structure,
}

/// The output of the matching stage: which report items answer which
/// planned activities.
#[derive(Debug, Clone, Default)]
pub struct Pairing {
    pub links: Vec<Link>,
    /// Per planned activity, the best score any report item reached with
    /// it (linked or not; empty when not scored): how near an unanswered
    /// activity came to an answer.
    pub nearest_plan: Vec<f64>,
    /// Per report item, the best score any planned activity reached with it.
    pub nearest_report: Vec<f64>,
    /// Per planned activity, its best-scoring report items (at most
    /// [`CANDIDATES`], best first): where judging looks for an answer the
    /// scores alone did not make.
    pub candidates: Vec<Vec<(usize, f64)>>,
}

/// How many report items per planned activity [`Pairing::candidates`]
/// keeps.
pub const CANDIDATES: usize = 4;

impl Pairing {
    pub fn reports_of(&self, plan: usize) -> Vec<&Link> {
        let mut v: Vec<&Link> = self.links.iter().filter(|l| l.plan == plan).collect();
        v.sort_by_key(|l| l.report);
        v
    }
    pub fn is_report_linked(&self, report: usize) -> bool {
        self.links.iter().any(|l| l.report == report)
    }
}

/// The colour of an audit item: the auditcommissie's legend (seed 001).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Colour {
    /// Rood: "Geen voortgangs- en verantwoordingsinformatie opgenomen."
    Red,
    /// Geel: "Opgenomen voortgangs- of verantwoordingsinformatie gaat deels
    /// over voornemen uit begroting."
    Yellow,
    /// Groen: "Voortgangs- en verantwoordingsinformatie sluit aan op
    /// voornemen uit begroting."
    Green,
    /// Blauw: "In jaarverslag is voortgangs- of verantwoordingsinformatie
    /// opgenomen over een activiteit die niet in de begroting is opgenomen."
    Blue,
}

impl Colour {
    pub const ALL: [Colour; 4] = [Colour::Red, Colour::Yellow, Colour::Green, Colour::Blue];

    pub fn as_str(self) -> &'static str {
        match self {
            Colour::Red => "red",
            Colour::Yellow => "yellow",
            Colour::Green => "green",
            Colour::Blue => "blue",
        }
    }

    pub fn parse(s: &str) -> Option<Colour> {
        match s.trim().to_lowercase().as_str() {
            "red" | "rood" => Some(Colour::Red),
            "yellow" | "geel" => Some(Colour::Yellow),
            "green" | "groen" => Some(Colour::Green),
            "blue" | "blauw" => Some(Colour::Blue),
            _ => None,
        }
    }
}

/// How far the activity got according to the report's wording. A separate
/// signal: it never changes the colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Realisation {
    /// gerealiseerd, afgerond, vastgesteld, gestart as planned.
    Done,
    /// deels, loopt nog, eerste stap.
    Partial,
    /// vertraagd, uitgesteld, later, "nog niet gelukt".
    Delayed,
    /// gestopt, beëindigd, niet doorgegaan.
    Dropped,
    /// The report does not say.
    Unknown,
}

impl Realisation {
    pub fn as_str(self) -> &'static str {
        match self {
            Realisation::Done => "done",
            Realisation::Partial => "partial",
            Realisation::Delayed => "delayed",
            Realisation::Dropped => "dropped",
            Realisation::Unknown => "unknown",
        }
    }
    pub fn parse(s: &str) -> Option<Realisation> {
        match s.trim().to_lowercase().as_str() {
            "done" => Some(Realisation::Done),
            "partial" => Some(Realisation::Partial),
            "delayed" => Some(Realisation::Delayed),
            "dropped" => Some(Realisation::Dropped),
            "unknown" => Some(Realisation::Unknown),
            _ => None,
        }
    }
}

/// A sentence of a document with the lines it spans.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    pub text: String,
    pub span: Span,
}

/// One thing the budget promised for the year (a voornemen), and what the
/// report says about it.
#[derive(Debug, Clone, Serialize)]
pub struct Intention {
    pub text: String,
    pub span: Span,
    pub accounted: bool,
    /// A concrete promise (an action, a date, an amount, a named thing);
    /// general statements of effort ("we blijven inzetten op") are not.
    /// Only substantive intentions left unaccounted make an item yellow.
    pub substantive: bool,
    /// The report sentence that accounts for it (or the closest one).
    pub evidence: Option<Sentence>,
    /// How much of the intention's content the evidence covers (0..1).
    pub coverage: f64,
    /// Content words of the intention found in the evidence.
    pub shared_terms: Vec<String>,
}

/// Why an item got its colour, in a form every renderer can put into words.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// No report item answers the planned activity.
    NoReport,
    /// The answering item has no text beyond its title.
    EmptyReport,
    /// Counts of intentions accounted for.
    Intentions { accounted: usize, total: usize },
    /// Intentions not accounted, but the item touches them in passing.
    InPassing { total: usize },
    /// Intentions not accounted and the item does not touch them.
    OffTopic { total: usize },
    /// The item touches the subject but says nothing about what became of
    /// the intentions (it restates the title or the aim).
    NoProgress { total: usize },
    /// A report item nobody planned.
    Unplanned,
    /// Set by a reviewer.
    Review { reviewer: String, reason: String },
}

/// One row of the audit: a planned activity with its verdict, or an
/// unplanned report item (blue).
#[derive(Debug, Clone, Serialize)]
pub struct AuditItem {
    pub colour: Colour,
    /// Index into the plan's activities (None for blue).
    pub plan: Option<usize>,
    /// Indices into the report's activities, best first.
    pub reports: Vec<usize>,
    pub score: f64,
    pub realisation: Realisation,
    pub intentions: Vec<Intention>,
    pub reason: Reason,
    /// A reviewer's decision applied to this item (pairing or colour).
    pub decision: Option<DecisionNote>,
    /// How sure the verdict is, 0..=1 (`judge::confidence`).
    pub confidence: f64,
}

/// A reviewer's decision as applied to an item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionNote {
    pub reviewer: String,
    pub reason: String,
    /// The colour spiegel itself gave, when the decision overrode it.
    pub computed_colour: Option<Colour>,
}

/// The result of auditing one plan against one report.
#[derive(Debug, Clone)]
pub struct Audit {
    pub plan: Document,
    pub report: Document,
    pub pairing: Pairing,
    pub items: Vec<AuditItem>,
    /// Reviewer decisions that no longer apply (title not found, or the
    /// plan text changed since the decision), with the reason.
    pub stale_decisions: Vec<String>,
}

/// Counts of items per colour.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub red: usize,
    pub yellow: usize,
    pub green: usize,
    pub blue: usize,
}

impl Summary {
    pub fn get(&self, c: Colour) -> usize {
        match c {
            Colour::Red => self.red,
            Colour::Yellow => self.yellow,
            Colour::Green => self.green,
            Colour::Blue => self.blue,
        }
    }
    pub fn total(&self) -> usize {
        self.red + self.yellow + self.green + self.blue
    }
}

impl Audit {
    pub fn summary(&self) -> Summary {
        let mut s = Summary::default();
        for it in &self.items {
            match it.colour {
                Colour::Red => s.red += 1,
                Colour::Yellow => s.yellow += 1,
                Colour::Green => s.green += 1,
                Colour::Blue => s.blue += 1,
            }
        }
        s
    }
}

/// The municipality's own status held against its text and spiegel's
/// verdict (see `own_status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OwnFinding {
    /// The own status fits the text.
    Agrees,
    /// Says done (gereed, gerealiseerd, groen), but the text accounts for
    /// only part of the intentions, or none (spiegel yellow or red).
    Overstated,
    /// Says delayed or not realised (vertraagd, vervallen), but the text
    /// reports everything done (spiegel green, realisation done).
    Understated,
    /// A status with no text behind it.
    Unsupported,
}

impl OwnFinding {
    pub const ALL: [OwnFinding; 4] = [
        OwnFinding::Agrees,
        OwnFinding::Overstated,
        OwnFinding::Understated,
        OwnFinding::Unsupported,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OwnFinding::Agrees => "agrees",
            OwnFinding::Overstated => "overstated",
            OwnFinding::Understated => "understated",
            OwnFinding::Unsupported => "unsupported",
        }
    }

    pub fn parse(s: &str) -> Option<OwnFinding> {
        OwnFinding::ALL
            .into_iter()
            .find(|f| f.as_str() == s.trim().to_lowercase())
    }
}

/// One item's own status checked: the status as written, where, and the
/// finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnCheck {
    pub finding: OwnFinding,
    pub status: SelfStatus,
    /// The words as written ("Status: gereed").
    pub text: String,
    /// Where the status stands (the report file and line).
    pub path: String,
    pub line: usize,
}
