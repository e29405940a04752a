//! Parsing: [`SourceText`] -> [`Document`], the ambitie > doel > activiteit
//! tree with a span for every node.
//!
//! Three layouts are read, chosen per document (or forced):
//! - `labelled`: activities start at explicit markers ("Activiteit:",
//!   "Interventie 3", "Maatregel 4:"); bullets inside are text.
//! - `bullets`: activity titles are "- " / "•" list items directly under a
//!   heading or after a paragraph; bullets in a list introduced by a colon
//!   are sub-bullets of the activity's text.
//! - `headlines`: no markers; each one-sentence headline with paragraphs
//!   under it is an item (seed 002, and a report column without prefixes).
//!
//! In every layout "Ambitie:"/"Doel:" (also numbered) build the tree, the
//! BBV W-questions head sections, cost sections are read as figures and
//! page furniture is skipped with a reason.

pub mod columns;
mod combined;
mod detect;
pub mod lines;
pub mod markers;
pub mod parts;
mod rows;
mod table;

pub use combined::{split_combined, split_combined_with};

pub use detect::{detect_kind, detect_programme, detect_year};

use crate::model::{Activity, DocKind, Document, Doel, Heading, Line, Skipped, SourceText, Span};
use lines::{classify_with, has_inner_sentence_break, title_like, LineKind, Question};
use markers::Markers;
use std::sync::Arc;

/// How activities are marked in a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Labelled,
    Bullets,
    Headlines,
    /// Pipe tables of doelen and activities (seed 004).
    Table,
}

impl Layout {
    pub fn name(self) -> &'static str {
        match self {
            Layout::Labelled => "labelled",
            Layout::Bullets => "bullets",
            Layout::Headlines => "headlines",
            Layout::Table => "table",
        }
    }
    pub fn parse(s: &str) -> Option<Layout> {
        match s {
            "labelled" => Some(Layout::Labelled),
            "bullets" => Some(Layout::Bullets),
            "headlines" => Some(Layout::Headlines),
            "table" => Some(Layout::Table),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// Force a layout instead of detecting it.
    pub layout: Option<Layout>,
    /// Markers extended by the user (built-in when `None`).
    pub markers: Option<Arc<Markers>>,
}

impl ParseOptions {
    pub fn markers(&self) -> &Markers {
        self.markers
            .as_deref()
            .unwrap_or_else(|| Markers::builtin())
    }
}

const MAX_TITLE_WORDS: usize = 32;

struct Ctx<'a> {
    path: &'a str,
    markers: &'a Markers,
    lines: &'a [Line],
    kinds: Vec<LineKind>,
    /// Typical full line length (90th percentile), to tell wrapped lines.
    width: usize,
    wrapped: bool,
    /// Heading level (1-6) per line, where the source marked headings
    /// (HTML heading elements).
    level: Vec<Option<u8>>,
    /// The heading level of the items, when the source marks headings: the
    /// deepest level with at least two headings that are neither markers,
    /// questions nor sub-headings.
    item_level: Option<u8>,
    /// How often each short line occurs (folded), to tell recurring
    /// section labels.
    repeats: std::collections::HashMap<String, usize>,
    /// How many parts the numbers of marked activities have ("Prestatie
    /// 2.1.1": 3), so that a bare "2.3.4 Taalhuis" in the same scheme is an
    /// activity too.
    activity_depth: Option<usize>,
    /// The same for marked doelen ("Doel 1.4" and "Doel 1.1": 2), so that a
    /// bare "1.2 Minder inbraken" in their scheme is a doel.
    doel_depth: Option<usize>,
    /// Whether the document pads its numbers ("1.01"): then "1.10" is the
    /// tenth item in the same scheme, not the tenth doel.
    padded: bool,
    /// Which lines are field labels of a page-per-item export.
    field: Vec<Field>,
    /// Whether items are headed by one sentence each ("We openen een
    /// sporthal." over its paragraph), read off the document.
    sentence_style: bool,
    /// The first line each number starts ("6.2" -> its line index).
    first_numbered: std::collections::HashMap<String, usize>,
    /// The levels that other pages sit under, read off breadcrumb trails
    /// ("Home > Jaarverslag 2024 > Projecten > Marktplein": "home",
    /// "jaarverslag 2024", "projecten"), folded.
    crumb_parents: std::collections::HashSet<String>,
    /// The sub-headings of this document's marked items ("Wat wilden
    /// we?", "Uitvoering", "Resultaat" under "Maatregel 9 ..."), folded: an
    /// unmarked line over one of them is a title too.
    item_subs: std::collections::HashSet<String>,
    /// Paragraphs that open with a run-in title ("Mantelzorgwaardering. In
    /// 2025 ontvingen ..."), when the document writes its items so: the
    /// title and the rest of the line, per line ([`Ctx::run_in_at`]);
    /// empty when it does not.
    run_in: Vec<Option<(String, String)>>,
    /// Whether the activities question is asked under each marked item
    /// ("Resultaat 3.1.1 ..." / context / "Wat gaan we doen:" / bullets):
    /// more often than there are doelen and as often as half the items.
    questions_per_item: bool,
    /// Whether any line marks a doel ("Doel 3.1.1 ...").
    marks_doelen: bool,
    /// Where the doelen hold the activities (a doel is marked before the
    /// first activities question, "Wat gaan we daarvoor doen?"), the line
    /// of the first doel: what comes before it introduces the programme.
    intro_ends: Option<usize>,
}

/// The sub-headings of the document's marked items ("Maatregel 9 ..." /
/// "Uitvoering", "Stand van zaken", "Resultaat"), folded: the ones any
/// marked item has, not only the first (an item whose number OCR lost may
/// open with its "Resultaat").
fn item_subs(
    lines: &[Line],
    kinds: &[LineKind],
    markers: &Markers,
) -> std::collections::HashSet<String> {
    let sub = |n: usize| {
        matches!(
            parts::inner(&lines[n].text, markers, true),
            Some(parts::Inner::SubHeading { .. })
        )
    };
    let mut out = std::collections::HashSet::new();
    // Inside a marked item that opens with a sub-heading (not an entry of
    // a table of contents, followed by the next entry).
    let mut in_marked = false;
    for (i, k) in kinds.iter().enumerate() {
        match k {
            LineKind::Activity(_) => {
                in_marked = (i + 1..lines.len())
                    .find(|&n| !matches!(kinds[n], LineKind::Blank | LineKind::Furniture(_)))
                    .is_some_and(sub);
            }
            LineKind::Text | LineKind::Question(_) if in_marked && sub(i) => {
                out.insert(crate::text::fold(lines[i].text.trim()));
            }
            LineKind::Ambitie(_) | LineKind::Doel(_) | LineKind::Question(_) => in_marked = false,
            _ => {}
        }
    }
    out
}

/// The non-final crumbs of the page's breadcrumb trails ("Home > Jaarverslag
/// 2024 > Projecten > Marktplein"), folded: the levels pages sit under.
fn crumb_parents(lines: &[Line], kinds: &[LineKind]) -> std::collections::HashSet<String> {
    let mut parents = std::collections::HashSet::new();
    for (l, k) in lines.iter().zip(kinds) {
        if !matches!(k, LineKind::Furniture(_)) {
            continue;
        }
        let crumbs: Vec<&str> = l
            .text
            .split(['>', '›', '»'])
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        if crumbs.len() < 3 {
            continue;
        }
        for c in &crumbs[..crumbs.len() - 1] {
            parents.insert(crate::text::fold(c));
        }
    }
    parents
}

/// A recurring field label of pages with one item each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    None,
    /// The label whose value is the item's title ("Project").
    Start,
    /// Any other field ("Omschrijving (toelichting)").
    Other,
}

impl Ctx<'_> {
    fn len(&self, i: usize) -> usize {
        self.lines[i].text.chars().count()
    }
    fn text(&self, i: usize) -> &str {
        &self.lines[i].text
    }
    fn prev_nonblank(&self, i: usize) -> Option<usize> {
        (0..i)
            .rev()
            .find(|&k| !matches!(self.kinds[k], LineKind::Blank | LineKind::Furniture(_)))
    }
    fn next_nonblank(&self, i: usize) -> Option<usize> {
        (i + 1..self.lines.len())
            .find(|&k| !matches!(self.kinds[k], LineKind::Blank | LineKind::Furniture(_)))
    }

    /// The last line of a title that starts at `i`, following PDF wrapping:
    /// a nearly full line without final punctuation continues on the next
    /// line when that one starts in lower case or is short.
    fn title_end(&self, i: usize) -> usize {
        let mut j = i;
        // A title wrapped onto a short line that a status or sub-heading
        // follows ("4.04 Tijdelijke woningen op de locatie" / "Oude
        // Veiling" / "Status: vertraagd").
        if i + 2 < self.lines.len()
            && self.kinds[i + 1] == LineKind::Text
            && self.text(i + 1).split_whitespace().take(7).count() <= 6
            && !self
                .text(i + 1)
                .trim_end()
                .ends_with(['.', ':', ';', '!', '?'])
            && parts::inner(self.text(i + 1), self.markers, true).is_none()
            && !parts::is_numbered(self.text(i + 1))
            && parts::inner(self.text(i + 2), self.markers, true).is_some()
        {
            return i + 1;
        }
        // A short title whose last words went to a short line of their own,
        // in lower case ("Buurtsportcoaches in alle" / "wijken actief"). So
        // is a line well short of the column when it cannot end there (a
        // function word: "Uitbreiding van de milieustraat Brummelo met een"
        // / "kringloopplein") or a sentence opens after the short line
        // ("Actualisatie van de bodemkwaliteitskaart en de nota" /
        // "bodembeheer" / "De bodemkwaliteitskaart ...").
        let short_title = self.len(i) * 2 < self.width.max(60)
            || (self.len(i) * 10 < self.width * 7
                && (ends_in_function_word(self.text(i))
                    || (i + 2 < self.lines.len() && self.starts_sentence(i + 2))));
        if i + 1 < self.lines.len()
            && self.kinds[i + 1] == LineKind::Text
            && short_title
            && self
                .text(i + 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && self.text(i + 1).split_whitespace().take(7).count() <= 6
            && !self.text(i + 1).trim_end().ends_with(['.', ',', ';'])
            && !self.text(i).trim_end().ends_with(['.', ':', ';', '!', '?'])
        {
            return i + 1;
        }
        // A numbered or marked title whose last words went to a short line
        // before the paragraph ("2.1.3 Samenwerking ... in de regio" /
        // "Lindenwaard-Oost" / "Met het ...", "Prestatie 5.2.2 Een
        // waterspeelplek in Park Ter" / "Weide").
        // (A marked title only when its line is full: the next word did
        // not fit.)
        let numbered = parts::is_numbered(self.text(i))
            || (matches!(self.kinds[i], LineKind::Activity(_) | LineKind::Doel(_))
                && i + 1 < self.lines.len()
                && !self.breaks_short(i, i + 1));
        if self.wrapped
            && i + 2 < self.lines.len()
            && self.kinds[i + 1] == LineKind::Text
            && numbered
            && !self.text(i).trim_end().ends_with(['.', ':', ';', '!', '?'])
            && self.text(i + 1).split_whitespace().take(5).count() <= 4
            && !self
                .text(i + 1)
                .trim_end()
                .ends_with(['.', ':', ';', '!', '?'])
            && !parts::is_numbered(self.text(i + 1))
            && parts::inner(self.text(i + 1), self.markers, true).is_none()
            && !self.text(i + 1).contains(':')
            && self.kinds[i + 2] == LineKind::Text
            && (self.starts_sentence(i + 2) || self.len(i + 2) * 10 >= self.width * 8)
        {
            return i + 1;
        }
        if !self.wrapped {
            return j;
        }
        while j + 1 < self.lines.len() && j - i < 3 {
            let cur = self.text(j).trim_end();
            if self.len(j) * 10 < self.width * 7 || cur.ends_with(['.', ':', ';', '!', '?']) {
                break;
            }
            if self.kinds[j + 1] != LineKind::Text {
                break;
            }
            let next = self.text(j + 1);
            let lower = next
                .chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c == '(');
            // A short line in upper case continues the title only when the
            // title cannot end where it does (a function word, a comma):
            // otherwise it is the next heading, or an item's first line.
            let open_end = ends_in_function_word(cur) || cur.ends_with([',', '-', '&']);
            // (A title cannot end in "de": the short line after it ends
            // the title, even with a period.)
            let short = self.len(j + 1) * 2 < self.width
                && open_end
                && (!next.trim_end().ends_with('.') || ends_in_function_word(cur));
            if !(lower || short) {
                break;
            }
            j += 1;
        }
        j
    }

    /// A marked title (its marker or bullet already taken off, `first`)
    /// with the lines it runs on over, up to `j`.
    fn continued(&self, first: &str, i: usize, j: usize) -> String {
        let mut title = first.to_string();
        for k in i + 1..=j {
            title.push(' ');
            title.push_str(self.text(k).trim());
        }
        title
    }

    fn joined(&self, i: usize, j: usize) -> String {
        (i..=j)
            .map(|k| self.text(k).trim())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether the heading at `i` (level `l`) has a paragraph right under it
    /// and no deeper heading before the next one of its level or above; a
    /// heading that names the document or reads as a reading aid is none.
    fn leaf_heading(&self, i: usize, l: u8) -> bool {
        let t = self.text(i);
        if names_document(t)
            || reading_aid(t)
            || self.names_ambitie(t)
            || !could_be_heading(t, self.markers)
        {
            return false;
        }
        let Some(n) = self.next_nonblank(i) else {
            return false;
        };
        if self.kinds[n] != LineKind::Text || self.level[n].is_some() {
            return false;
        }
        let next_heading = (n..self.lines.len()).find(|&k| self.level[k].is_some());
        next_heading.is_none_or(|k| self.level[k].is_some_and(|m| m <= l))
    }

    /// Whether a heading only names the programme's ambitie ("Onze
    /// ambitie", "De ambities"): the text under it says what the programme
    /// aims at, it is no activity.
    fn names_ambitie(&self, title: &str) -> bool {
        let f = crate::text::fold(title.trim_end_matches([':', '.']));
        let rest = f
            .strip_prefix("onze ")
            .or_else(|| f.strip_prefix("de "))
            .or_else(|| f.strip_prefix("wat is onze "))
            .unwrap_or(&f);
        self.markers.lists.ambitie.iter().any(|a| a == rest)
    }

    /// Whether line `i`, of the shape "name: value", goes on a list of such
    /// lines that a label alone heads (`parts::inner` reads the label as an
    /// attribute without value).
    fn continues_label_list(&self, i: usize) -> bool {
        let pair = |k: usize| {
            let t = self.text(k);
            t.find(':')
                .is_some_and(|c| c > 0 && t[..c].split_whitespace().count() <= 5)
        };
        if !pair(i) {
            return false;
        }
        let mut k = i;
        while k > 0 && matches!(self.kinds[k - 1], LineKind::Text | LineKind::Furniture(_)) {
            k -= 1;
            if matches!(self.kinds[k], LineKind::Furniture(_)) {
                // "Terug naar navigatie - Portefeuillehouders" under the label.
                continue;
            }
            if matches!(
                parts::inner(self.text(k), self.markers, true),
                Some(parts::Inner::Attribute { ref value, .. }) if value.is_empty()
            ) {
                return true;
            }
            if !pair(k) {
                return false;
            }
        }
        false
    }

    /// Whether line `i` is a lead line that adds a list of further items
    /// to the section ("Daarnaast:", "Verder:", "Overige activiteiten:"):
    /// a few words ending in a colon, opened by an additive word, alone
    /// after a blank line or a section heading, with bullets under it.
    /// Under an item's text a lead sentence ("We doen dit door:") opens that
    /// item's own list instead.
    fn additive_lead(&self, i: usize) -> bool {
        const ADDITIVE: [&str; 10] = [
            "daarnaast",
            "verder",
            "ook",
            "overig",
            "overige",
            "andere",
            "tevens",
            "bovendien",
            "voorts",
            "aanvullend",
        ];
        let t = self.text(i).trim();
        let Some(head) = t.strip_suffix(':') else {
            return false;
        };
        let f = crate::text::fold(head);
        let mut words = f.split_whitespace();
        let opens = words.next().is_some_and(|w| ADDITIVE.contains(&w));
        let opens_block =
            i == 0 || matches!(self.kinds[i - 1], LineKind::Blank | LineKind::Question(_));
        opens
            && words.count() <= 3
            && opens_block
            && self
                .next_nonblank(i)
                .is_some_and(|n| n == i + 1 && matches!(self.kinds[n], LineKind::Bullet(_)))
    }

    /// Whether the bullet at `i` is one of the list under an additive lead
    /// line (`additive_lead`): each of its bullets is an item of its own.
    fn in_additive_list(&self, i: usize) -> bool {
        // Back over the bullets before it, their wrapped lines, and single
        // blank lines between bullets, to the line that opens the list.
        // (A line of text belongs to the list when a bullet stands at most
        // three lines above it, with only text between.)
        let of_a_bullet = |k: usize| {
            (k.saturating_sub(3)..=k)
                .rev()
                .take_while(|&m| matches!(self.kinds[m], LineKind::Bullet(_) | LineKind::Text))
                .any(|m| matches!(self.kinds[m], LineKind::Bullet(_)))
        };
        let mut k = i;
        while k > 0 {
            match self.kinds[k - 1] {
                LineKind::Bullet(_) => {}
                LineKind::Text if self.additive_lead(k - 1) => return true,
                LineKind::Text if of_a_bullet(k - 1) => {}
                LineKind::Blank if k >= 2 && of_a_bullet(k - 2) => {}
                _ => return false,
            }
            k -= 1;
        }
        false
    }

    /// The last line of a bullet wrapped over lines of text that continue
    /// its sentence.
    fn bullet_end(&self, i: usize) -> usize {
        let mut j = i;
        while j + 1 < self.lines.len()
            && j - i < 3
            && self.kinds[j + 1] == LineKind::Text
            && !self.text(j).trim_end().ends_with(['.', '!', '?', ':'])
        {
            j += 1;
        }
        j
    }

    /// Whether a bullet at `i` is an activity title rather than a
    /// sub-bullet of the current activity's text.
    fn is_title_bullet(&self, i: usize, text: &str) -> bool {
        if self.numbered_item(i) && !self.list_opens_section(i) {
            return false;
        }
        // A labelled line of an item's fields ("- Stand van zaken: ...",
        // "- Status: loopt") is none; "- Activiteit: ..." names the item.
        if without_title_label(text, self.markers) == text
            && parts::inner(text, self.markers, true).is_some()
        {
            return false;
        }
        // A title may start with a number ("430 huishoudens kregen hulp");
        // inside a list opened by a colon such a line stays a sub-bullet.
        if !title_like(text, MAX_TITLE_WORDS)
            || !text
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            return false;
        }
        let Some(p) = self.prev_nonblank(i) else {
            return true;
        };
        match &self.kinds[p] {
            LineKind::Ambitie(_)
            | LineKind::Doel(_)
            | LineKind::Question(_)
            | LineKind::Activity(_) => true,
            LineKind::Bullet(_) => {
                // Find the line that opened this run of bullets.
                let mut q = p;
                while let Some(k) = self.prev_nonblank(q) {
                    if matches!(self.kinds[k], LineKind::Bullet(_)) {
                        q = k;
                    } else {
                        q = k;
                        break;
                    }
                }
                if self.text(q).trim_end().ends_with(':') {
                    self.heading_in_list(i, text)
                } else {
                    true
                }
            }
            _ => {
                if self.text(p).trim_end().ends_with(':') {
                    self.heading_in_list(i, text)
                } else {
                    true
                }
            }
        }
    }

    /// A lettered list item that opens with its title sentence and goes on
    /// with its text ("a. We stellen het veiligheidsplan vast. Het huidige
    /// plan loopt af ..."): the title and the rest of the line. The letters
    /// number the list's items, so its first sentence is the item's title
    /// as a bullet's sentence is.
    fn lettered_lead(&self, i: usize, text: &str) -> Option<(String, String)> {
        let mut c = self.text(i).trim_start().chars();
        let lettered = c.next().is_some_and(|l| l.is_ascii_lowercase())
            && c.next().is_some_and(|m| matches!(m, '.' | ')'));
        // (Or numbered: "1. We bouwen ...", "12) ...".)
        if !lettered && !self.numbered_item(i) {
            return None;
        }
        // The first sentence end: ". " before a capital, not after an
        // abbreviation ("o.a. De").
        let end = text.match_indices(". ").map(|(k, _)| k).find(|&k| {
            text[k + 2..]
                .chars()
                .next()
                .is_some_and(|n| has_inner_sentence_break(&text[..k + 2 + n.len_utf8()]))
        })?;
        let (title, rest) = (&text[..end], text[end + 1..].trim());
        self.is_title_bullet(i, title)
            .then(|| (title.to_string(), rest.to_string()))
    }

    /// Whether line `i` is a numbered list item ("1. We bouwen ...").
    fn numbered_item(&self, i: usize) -> bool {
        let raw = self.text(i).trim_start();
        let digits = raw.chars().take_while(char::is_ascii_digit).count();
        (1..=2).contains(&digits) && raw[digits..].starts_with(['.', ')'])
    }

    /// Whether the list line `i` stands in opens a section of the plan:
    /// its first item comes right after "Wat gaan we daarvoor doen?" or a
    /// doel. A numbered list elsewhere (after "... aandacht voor:", or the
    /// steps inside an item's text) enumerates inside a text.
    fn list_opens_section(&self, i: usize) -> bool {
        // Back over the items, their wrapped lines and the blank lines
        // between them to the line before the first item.
        let mut k = i;
        while k > 0 {
            let prev = &self.kinds[k - 1];
            let in_run = match prev {
                LineKind::Bullet(_) | LineKind::Blank => true,
                LineKind::Text => !self.text(k - 1).trim_end().ends_with(':'),
                _ => false,
            };
            if !in_run {
                break;
            }
            k -= 1;
        }
        k > 0
            && matches!(
                self.kinds[k - 1],
                LineKind::Question(Question::Activities { .. }) | LineKind::Doel(_)
            )
    }

    /// Inside a list opened by a colon, a bullet is a new activity only when
    /// it reads as a heading: short, no period, no "label: value", and a
    /// paragraph of its own follows ("- Versterken antidiscriminatie" after
    /// a list of long sub-bullets).
    fn heading_in_list(&self, i: usize, text: &str) -> bool {
        let t = text.trim_end();
        t.split_whitespace().count() <= 12
            && !t.ends_with('.')
            && !t.contains(':')
            && !t.chars().any(|c| c.is_ascii_digit())
            && self
                .next_nonblank(i)
                .is_some_and(|n| self.kinds[n] == LineKind::Text)
    }

    /// Whether the line at `i` heads a section of unplanned items: a
    /// heading (marked by the source, or a short line of its own after a
    /// blank line, with no period) that says "niet begroot" or the like.
    fn heads_unplanned(&self, i: usize) -> bool {
        let t = self.text(i).trim();
        let heading = self.level[i].is_some()
            || (t.split_whitespace().count() <= 6
                && !t.ends_with('.')
                && i.checked_sub(1)
                    .is_none_or(|p| self.kinds[p] == LineKind::Blank));
        heading
            && matches!(
                parts::inner(t, self.markers, false),
                Some(parts::Inner::Unplanned)
            )
    }

    /// Whether a text line at `i` is a headline: returns the title's last
    /// line, and whether it is only a section heading (a few words with no
    /// text of its own).
    fn headline(
        &self,
        i: usize,
        after_title: bool,
        in_part: bool,
        in_activities: bool,
    ) -> Option<(usize, bool)> {
        // A heading naming a level that other pages sit under is the
        // overview page of that level, not an item.
        if !self.crumb_parents.is_empty()
            && self
                .crumb_parents
                .contains(&crate::text::fold(self.text(i).trim()))
        {
            return Some((i, true));
        }
        if let Some(item) = self.item_level {
            // The page marks its headings: a heading at the items' level is
            // an item (with or without text), one above it a section, and
            // everything else text.
            return match self.level[i] {
                Some(l) if l == item && could_be_heading(self.text(i), self.markers) => {
                    Some((i, false))
                }
                // A heading above the items' level with text under it and
                // no heading of its own below ("## Overige ontwikkelingen"
                // / "### Huisvesting arbeidsmigranten" / text, where the
                // items elsewhere are bold leads one level down) is a leaf:
                // an item.
                Some(l) if l < item && self.leaf_heading(i, l) => Some((i, false)),
                Some(l) if l < item => Some((i, true)),
                _ => None,
            };
        }
        // The municipality's own status symbol before a title
        // ("[gerealiseerd] Meer boa's in de wijk") marks an item's title.
        if let Some((_, _, rest)) = parts::status_prefix(self.text(i)) {
            let over_text = self
                .next_nonblank(i)
                .is_some_and(|n| self.kinds[n] == LineKind::Text);
            if title_like(rest, MAX_TITLE_WORDS) && over_text {
                return Some((i, false));
            }
        }
        let first = self.text(i).chars().next()?;
        if !(first.is_uppercase() || first.is_ascii_digit() || first == '"' || first == '\'') {
            return None;
        }
        // "Niet begroot, wel gedaan" echoed by navigation residue heads the
        // section of unplanned items; it is no line of the item before.
        if self.echoed(i)
            && matches!(
                parts::inner(self.text(i), self.markers, false),
                Some(parts::Inner::Unplanned)
            )
        {
            return Some((i, true));
        }
        if !could_be_heading(self.text(i), self.markers) || self.in_table_rows(i) {
            return None;
        }
        // On pages with field labels ("Project" / <title> / "Jaar" / ...),
        // the value of the first field is an item's title and the values of
        // the others are its text.
        if let Some(p) = (0..i).rev().find(|&k| self.kinds[k] != LineKind::Blank) {
            match self.field[p] {
                Field::Start => return Some((i, false)),
                Field::Other => return None,
                Field::None => {}
            }
        }
        // Navigation residue that repeats the line ("Terug naar navigatie -
        // <the line>") says the page showed it as a heading.
        let echoed = self.echoed(i);
        // After a blank line or a heading a new block certainly starts;
        // after a line ending a sentence it may.
        let mut clear_start = true;
        if self.wrapped && !echoed {
            if let Some(p) = (0..i)
                .rev()
                .find(|&k| !matches!(self.kinds[k], LineKind::Furniture(_)))
            {
                if matches!(self.kinds[p], LineKind::Text | LineKind::Bullet(_)) {
                    // A paragraph (not a list) may end without a period;
                    // it then still ends where the line was broken before
                    // the next word would have filled it.
                    // So does one whose next line opens a sentence of its
                    // own ("We investeren ..."): a capitalised function
                    // word does not go on with the sentence before.
                    if !after_title
                        && !self.text(p).trim_end().ends_with(['.', '!', '?', ':'])
                        && (self.kinds[p] != LineKind::Text
                            || !(self.breaks_short(p, i) || self.starts_sentence(i))
                            || ends_in_function_word(self.text(p)))
                    {
                        return None;
                    }
                    clear_start = false;
                }
            }
        }
        let j = self.title_end(i);
        let title = self.joined(i, j);
        let words = title.split_whitespace().count();
        // Right under a title, a nearly full line that does not end a
        // sentence is the first line of that title's paragraph.
        if after_title
            && self.wrapped
            && self.len(j) * 10 >= self.width * 8
            && !title.ends_with(['.', '!', '?', ':'])
        {
            return None;
        }
        // So is one that a page break follows: the page broke inside the
        // paragraph ("Het college heeft het Actieplan geluid" / page
        // footer / "2023-2028 vastgesteld.").
        let page_break_follows = (j + 1..self.lines.len())
            .find(|&k| self.kinds[k] != LineKind::Blank)
            .is_some_and(|k| matches!(self.kinds[k], LineKind::Furniture(_)));
        if after_title
            && self.wrapped
            && page_break_follows
            && !title.ends_with(['.', '!', '?', ':'])
        {
            return None;
        }
        // A status, sub-heading or attribute line right under it marks an
        // item's title (also one ending in a colon).
        let marked = !title.ends_with('.')
            && self
                .next_nonblank(j)
                .is_some_and(|n| parts::inner(self.text(n), self.markers, true).is_some());
        // A list of values under a label alone ("Portefeuillehouders" /
        // "Burgemeester ...: burgerzaken" / "Wethouder ...: wonen") goes on
        // while its lines keep the "name: value" shape.
        if self.continues_label_list(i) {
            return None;
        }
        // The line right under a sub-heading or label is that part's text;
        // under a W-question that heads the section ("Wat gaan we daarvoor
        // doen?" with no item open), it is the section's first title.
        let section_question =
            i > 0 && matches!(self.kinds[i - 1], LineKind::Question(_)) && !in_part;
        if i > 0
            && parts::inner(self.text(i - 1), self.markers, true).is_some()
            && !section_question
            && !echoed
            && !marked
        {
            return None;
        }
        // A title closes its brackets; "... met de DAN (Stichting" is a
        // sentence wrapped onto the next line.
        let open = title.matches('(').count() > title.matches(')').count();
        if words > MAX_TITLE_WORDS
            || open
            || has_inner_sentence_break(&title)
            || (title.ends_with([':', ';', ',']) && !echoed && !marked)
        {
            return None;
        }
        // A W-question heads a section of the programme ("Wat is het
        // programma?"); activities are named, not asked.
        let w_question = title.ends_with('?')
            && crate::text::fold(&title)
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    matches!(
                        w,
                        "wat" | "hoe" | "waarom" | "welke" | "wie" | "wanneer" | "waar"
                    )
                });
        if names_document(&title) || reading_aid(&title) || self.names_ambitie(&title) || w_question
        {
            return Some((j, true));
        }
        // A full-width line inside a block is a wrapped sentence, not a
        // title; so is any line ending in a function word.
        // (A line well beyond that width is not a wrapped line of the
        // column at all.)
        // Unless the next line starts a new block ("6.3 ..." after "6.2
        // ..."): a paragraph's text ends in punctuation, so a line without
        // it before a new block is a heading.
        let block_follows = || {
            self.next_nonblank(j).is_some_and(|n| {
                matches!(self.kinds[n], LineKind::Doel(_) | LineKind::Ambitie(_))
                    || self.continues_numbering(n)
            })
        };
        // So is a sentence that starts on the next line: a line without
        // final punctuation is not continued by "In 2023 is ...".
        let sentence_follows = || {
            !ends_in_function_word(&title)
                && self
                    .next_nonblank(j)
                    .is_some_and(|n| self.starts_sentence(n))
        };
        if self.wrapped
            && !clear_start
            && self.len(j) * 10 >= self.width * 9
            && self.len(j) * 10 <= self.width * 11
            && (title.ends_with(['.', '!', '?']) || !(block_follows() || sentence_follows()))
            && !self.continues_numbering(i)
        {
            return None;
        }
        if ends_in_function_word(&title) {
            return None;
        }
        let next = self.next_nonblank(j);
        // Furniture between a title and its text ("Terug naar navigatie -
        // ...") does not part them.
        let directly_followed = (j + 1..self.lines.len())
            .find(|&k| !matches!(self.kinds[k], LineKind::Furniture(_)))
            .is_some_and(|k| matches!(self.kinds[k], LineKind::Text | LineKind::Bullet(_)));
        // The last line of a document heads nothing.
        let n = next?;
        // A row label of a table printed one cell per line ("Bereik
        // voorschoolse educatie" / "78% (2022)" / "85%") heads figures.
        if is_figure_cell(self.text(n)) || self.table_rows_at(n) {
            return None;
        }
        if marked {
            return Some((j, false));
        }
        if echoed && matches!(self.kinds[n], LineKind::Text | LineKind::Bullet(_)) {
            return Some((j, false));
        }
        if matches!(self.kinds[n], LineKind::Doel(_) | LineKind::Ambitie(_))
            && !title.ends_with('.')
        {
            // The last item of a doel, without text.
            return Some((j, false));
        }
        if !matches!(self.kinds[n], LineKind::Text | LineKind::Bullet(_)) {
            // Followed by a heading: a section title at most.
            return if words <= 6 { Some((j, true)) } else { None };
        }
        if title.ends_with(['.', '!', '?']) {
            // The sentence right under a title is that title's text; so is
            // a sentence under one of the item's sub-headings ("Wat hebben
            // we gedaan?"): the part runs on to the next title.
            if after_title || in_part {
                return None;
            }
            // Where items are headed by one sentence each, a sentence that
            // opens a block and stops short of the column heads the
            // paragraph after it, also across a blank line or wrapped onto
            // a second line.
            // A block opens after a blank line or a heading, and after a
            // paragraph whose last line broke before the column was full.
            let opens_block = clear_start
                || self
                    .prev_nonblank(i)
                    .is_some_and(|p| self.kinds[p] == LineKind::Text && self.breaks_short(p, i));
            if self.sentence_style
                && opens_block
                && words <= 25
                && (self.breaks_short(j, n) || !directly_followed)
                && self.text(i).chars().next().is_some_and(char::is_uppercase)
                && self.paragraph_at(n)
            {
                return Some((j, false));
            }
            // A full sentence is a headline in unwrapped text when a longer
            // paragraph follows; in wrapped text when it is short and a
            // paragraph of full lines starts right under it (the short last
            // line of a paragraph is followed by the next heading instead).
            let unwrapped_ok = !self.wrapped && self.len(n) > self.len(j);
            let wrapped_ok = self.wrapped && self.short_sentence_over_paragraph(j, n);
            if words > 25 || !directly_followed || !(unwrapped_ok || wrapped_ok) {
                return None;
            }
        }
        let next_text = self.text(n);
        let starts_ok = next_text.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '(' | '€')
        }) || matches!(self.kinds[n], LineKind::Bullet(_));
        if !starts_ok || (!title.ends_with(['.', '!', '?']) && ends_a_sentence(next_text)) {
            return None;
        }
        if !directly_followed {
            // Blank line between: a line of a word or two is a section
            // heading; a longer one a headline whose paragraph follows the
            // blank, and so is a short one over a paragraph of full lines.
            // Over a headline of its own (after the blank), it heads a
            // section ("Veilige informatie en sterke regio" / "Minder
            // medewerkers trappen in nep-phishingmail" / its text).
            if words <= 6 && self.headline_simple(n) {
                return Some((j, true));
            }
            // Two words that say what was done ("Participatieverordening
            // vastgesteld") over a paragraph are a headline.
            let says_done = words == 2
                && self.paragraph_at(n)
                && title
                    .split_whitespace()
                    .any(|w| crate::judge::tense::is_participle(&crate::text::fold(w)));
            // Under a doel's activities question the headings are the
            // activities: a short one over its paragraph is one too
            // ("Evenementenbeleid" / blank / "Het evenementenbeleid ...").
            // (A paragraph of one long line stops short of the column.)
            let prose = self.paragraph_at(n) || self.text(n).split_whitespace().count() >= 12;
            let section = if in_activities {
                words <= 4 && !prose
            } else {
                (words <= 2 && !says_done) || (words <= 4 && !self.paragraph_at(n))
            };
            return Some((j, section));
        }
        if self.headline_simple(n) {
            // Two headings in a row: the first is a section heading when it
            // is short, recurs, or is unnumbered among numbered items;
            // otherwise an item without text.
            // Numbering that differs between the two ("5.1 Doel" over an
            // unnumbered headline, "Afspraken uit de begroting" over
            // "4.01 ..."), or fewer number parts, marks a higher level.
            let depth = |t: &str| {
                parts::split_numbering(t)
                    .0
                    .first()
                    .map(|n| number_depth(n, self.padded))
                    .unwrap_or(0)
            };
            let (di, dn) = (depth(&title), depth(self.text(n)));
            // An unnumbered headline over the next of a run of numbered
            // sections ("6.3 ..." after "6.2 ...") ends the section before:
            // it is that section's last item.
            let next_section = di == 0 && words > 4 && self.continues_numbering(n);
            let higher = ((di == 0) != (dn == 0) && !next_section) || (di > 0 && di < dn);
            if words <= 4 || self.recurs(i) || higher {
                return Some((j, true));
            }
        }
        Some((j, false))
    }

    /// Whether line `j`, a short full sentence, stands over a paragraph
    /// that starts at `n` with a full line.
    fn short_sentence_over_paragraph(&self, j: usize, n: usize) -> bool {
        n == j + 1
            && self.len(j) * 10 < self.width * 8
            && self.len(n) * 10 >= self.width * 8
            && self.text(j).chars().next().is_some_and(char::is_uppercase)
    }

    /// The depth of line `i`'s number when it is a bare numbered heading
    /// ("1.04 - Aanpak ondermijning:", "1.2 Minder inbraken"): one number
    /// and a capitalised title, or any text the portal echoes as a heading.
    fn bare_numbered(&self, i: usize) -> Option<usize> {
        // A numbering starts with a digit: most lines are done here, before
        // the regex and the folding of `echoed`.
        if !self.text(i).chars().next().is_some_and(char::is_numeric) {
            return None;
        }
        let (nums, rest) = parts::split_numbering(self.text(i));
        if nums.len() != 1 {
            return None;
        }
        let titled = rest.chars().next().is_some_and(char::is_uppercase)
            && (title_like(&rest, MAX_TITLE_WORDS) || self.echoed(i));
        titled.then(|| number_depth(&nums[0], self.padded))
    }

    /// Whether line `i` is a numbered heading or a heading element ("1.1
    /// Veilige en leefbare kernen") under which the goal question comes
    /// next ("Wat willen we bereiken?", "Wat hebben we bereikt?"): the BBV
    /// asks it of each doel. A document that marks its doelen ("Doel
    /// 3.1.1 ...") names them so; a numbered heading over the question is
    /// then the level above.
    fn names_goal(&self, i: usize) -> bool {
        let heading = self.bare_numbered(i).is_some() || self.level[i].is_some();
        heading
            && !self.marks_doelen
            && self.next_nonblank(i).is_some_and(|n| {
                matches!(self.kinds[n], LineKind::Question(Question::Goals { .. }))
            })
    }

    /// Whether line `i` is a short heading on a line of its own whose next
    /// paragraph opens with a run-in title.
    fn section_over_run_ins(&self, i: usize) -> bool {
        let t = self.text(i).trim();
        let alone = i + 1 >= self.lines.len() || self.kinds[i + 1] == LineKind::Blank;
        alone
            && title_like(t, 8)
            && !t.ends_with('.')
            && self
                .next_nonblank(i)
                .is_some_and(|n| self.run_in_at(n).is_some())
    }

    /// The run-in title that opens line `i`, if the document writes its
    /// items so.
    fn run_in_at(&self, i: usize) -> Option<&(String, String)> {
        self.run_in.get(i).and_then(Option::as_ref)
    }

    /// Whether rows of figures start at line `n` (three lines or more, each
    /// with two figures or more among its words): a table, so the line over
    /// it is the table's header row, not a heading.
    fn table_rows_at(&self, n: usize) -> bool {
        (n..self.lines.len().min(n + 3)).all(|k| self.figure_row(k)) && n + 3 <= self.lines.len()
    }

    /// Whether line `i` is one of three rows of figures or more.
    fn in_table_rows(&self, i: usize) -> bool {
        self.figure_row(i)
            && (0..i)
                .rev()
                .take(2)
                .take_while(|&k| self.figure_row(k))
                .count()
                + (i..self.lines.len())
                    .take(3)
                    .take_while(|&k| self.figure_row(k))
                    .count()
                >= 3
    }

    fn figure_row(&self, k: usize) -> bool {
        let words: Vec<&str> = self.text(k).split_whitespace().collect();
        let figures = words
            .iter()
            .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
            .count();
        self.kinds[k] == LineKind::Text && figures >= 2 && figures * 4 >= words.len()
    }

    /// Whether line `n` opens a sentence: a capitalised function word and
    /// then a word in lower case or a number ("In 2023 is", "De gemeente
    /// heeft"; not the name "De Meent").
    fn starts_sentence(&self, n: usize) -> bool {
        let mut w = self.text(n).split_whitespace();
        let (Some(a), Some(b)) = (w.next(), w.next()) else {
            return false;
        };
        a.chars().next().is_some_and(char::is_uppercase)
            && crate::text::is_stopword(&crate::text::fold(a))
            && b.chars()
                .next()
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
    }

    /// Whether a paragraph starts at line `n`: a full line, or two lines
    /// or more of text.
    fn paragraph_at(&self, n: usize) -> bool {
        self.kinds[n] == LineKind::Text
            && (self.len(n) * 10 >= self.width * 8
                || self.kinds.get(n + 1) == Some(&LineKind::Text))
    }

    /// Whether the items of the document are headed by one short sentence
    /// each: at least three blocks open with a sentence that stops short
    /// of the column and a full paragraph line follows.
    fn count_sentence_heads(&self) -> usize {
        (1..self.lines.len().saturating_sub(1))
            .filter(|&i| {
                let t = self.text(i).trim_end();
                self.kinds[i] == LineKind::Text
                    && !matches!(self.kinds[i - 1], LineKind::Text | LineKind::Bullet(_))
                    && t.ends_with('.')
                    && title_like(t, 25)
                    && self.breaks_short(i, i + 1)
                    && self.paragraph_at(i + 1)
            })
            .count()
    }

    /// Whether line `j` was broken on purpose: the first word of line `n`
    /// would have fitted after it (pdftotext keeps the PDF's lines, so a
    /// wrapped line is full up to the next word).
    fn breaks_short(&self, j: usize, n: usize) -> bool {
        let next_word = self
            .text(n)
            .split_whitespace()
            .next()
            .map_or(0, |w| w.chars().count());
        self.len(j) + 1 + next_word < self.width
    }

    /// Whether line `n` starts with a number whose previous sibling
    /// ("6.2" for "6.3", "4.01" for "4.02") starts an earlier line.
    fn continues_numbering(&self, n: usize) -> bool {
        let Some(num) = parts::split_numbering(self.text(n)).0.into_iter().next() else {
            return false;
        };
        let Some((head, last)) = num.rsplit_once('.') else {
            return false;
        };
        let Some(prev) = last.parse::<u32>().ok().and_then(|k| k.checked_sub(1)) else {
            return false;
        };
        let sibling = format!("{head}.{prev:0width$}", width = last.len());
        self.first_numbered.get(&sibling).is_some_and(|&k| k < n)
    }

    /// Whether the next line (blanks aside) is navigation residue naming
    /// line `i` ("Terug naar navigatie - <line i>").
    fn echoed(&self, i: usize) -> bool {
        let Some(k) = (i + 1..self.lines.len()).find(|&k| self.kinds[k] != LineKind::Blank) else {
            return false;
        };
        let t = crate::text::fold(self.text(k));
        let me = crate::text::fold(self.text(i).trim());
        t.starts_with("terug naar") && !me.is_empty() && t.trim_end().ends_with(me.as_str())
    }

    /// Whether line `i` is an item's title without the document's marker
    /// ("Baggeren van vijvers" among "Maatregel 14 ..."): a short line that
    /// starts a block and stands over a sub-heading that opens the
    /// document's marked items.
    fn unmarked_title(&self, i: usize) -> bool {
        if self.item_subs.is_empty() {
            return false;
        }
        let t = self.text(i).trim();
        let block_before = match (0..i)
            .rev()
            .find(|&k| !matches!(self.kinds[k], LineKind::Furniture(_)))
        {
            None => true,
            Some(p) => {
                self.kinds[p] == LineKind::Blank
                    || self.text(p).trim_end().ends_with(['.', '!', '?'])
                    || parts::inner(self.text(p), self.markers, true).is_some()
            }
        };
        block_before
            && t.chars().next().is_some_and(char::is_uppercase)
            && !t.ends_with(['.', ':', ';', ',', '!', '?'])
            && title_like(t, 12)
            && could_be_heading(t, self.markers)
            && self.next_nonblank(i).is_some_and(|n| {
                self.item_subs
                    .contains(&crate::text::fold(self.text(n).trim()))
            })
    }

    /// Whether line `i`'s text occurs more than once in the document.
    fn recurs(&self, i: usize) -> bool {
        self.repeats
            .get(&crate::text::fold(self.text(i).trim()))
            .is_some_and(|&c| c > 1)
    }

    /// Cheap check used to tell section headings: does line `n` itself look
    /// like a headline?
    fn headline_simple(&self, n: usize) -> bool {
        let t = self.text(n);
        self.kinds[n] == LineKind::Text
            && could_be_heading(t, self.markers)
            && title_like(t, MAX_TITLE_WORDS)
            && (!t.ends_with('.') || self.wrapped && self.short_sentence_over_paragraph(n, n + 1))
            && !ends_in_function_word(t)
            && (!self.wrapped || self.len(n) * 10 < self.width * 9)
            && n + 1 < self.lines.len()
            && self.kinds[n + 1] == LineKind::Text
            // A headline's text starts a sentence; a wrapped line goes on
            // with one.
            && self
                .text(n + 1)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    }
}

struct Builder {
    doc: Document,
    cur_ambitie: Option<usize>,
    cur_doel: Option<usize>,
    /// Doelen seen since the last activity (a list of doelen followed by
    /// "Wat gaan we daarvoor doen?" means the activities belong to the
    /// ambitie, not to the last doel).
    doelen_run: usize,
    /// Under the BBV's activities question ("Wat gaan we daarvoor doen?",
    /// "Wat hebben we daarvoor gedaan?") of a doel: its headings are the
    /// activities, not sections.
    activities: bool,
    /// Under a heading that says its items were not in the budget ("##
    /// Niet begroot", "Niet begroot, wel gedaan"): they are unplanned, up
    /// to the next doel or ambitie.
    unplanned_section: bool,
    open: Option<Activity>,
}

impl Builder {
    /// Whether the line before `i` (furniture aside) is the title of the
    /// item just opened, which has no text yet.
    fn just_titled(&self, i: usize, ctx: &Ctx) -> bool {
        let Some(a) = self.open.as_ref() else {
            return false;
        };
        let prev = (0..i)
            .rev()
            .find(|&k| !matches!(ctx.kinds[k], LineKind::Furniture(_) | LineKind::Blank));
        a.body.iter().all(|l| l.text.trim().is_empty())
            && prev.is_some_and(|p| ctx.lines[p].no == a.title_end_line)
    }

    /// Whether the open item has a sub-heading among its lines: the text
    /// after it is that part's.
    fn in_sub_part(&self, markers: &Markers) -> bool {
        self.open.as_ref().is_some_and(|a| {
            a.body.iter().any(|l| {
                matches!(
                    parts::inner(&l.text, markers, false),
                    Some(parts::Inner::SubHeading { .. })
                )
            })
        })
    }

    /// Opens a doel: the items after it belong to it.
    fn open_doel(&mut self, title: String, span: Span) {
        self.doc.doelen.push(Doel {
            title,
            span,
            ambitie: self.cur_ambitie,
        });
        self.cur_doel = Some(self.doc.doelen.len() - 1);
        self.doelen_run += 1;
        self.activities = false;
        self.unplanned_section = false;
    }

    /// Turns the item just opened, when it has at most a line of text, into
    /// a skipped heading.
    fn drop_open_heading(&mut self, reason: &str) {
        let small = self
            .open
            .as_ref()
            .is_some_and(|a| a.body.iter().filter(|l| !l.text.trim().is_empty()).count() <= 2);
        if small {
            if let Some(a) = self.open.take() {
                let end = a.body.last().map(|l| l.no).unwrap_or(a.title_end_line);
                let path = a.span.path.clone();
                self.skip(&path, a.span.start_line, end, reason, &a.title);
            }
        }
    }

    fn close(&mut self) {
        if let Some(mut a) = self.open.take() {
            while a.body.last().is_some_and(|l| l.text.trim().is_empty()) {
                a.body.pop();
            }
            while a.body.first().is_some_and(|l| l.text.trim().is_empty()) {
                a.body.remove(0);
            }
            // In the headline layout a "headline" with no sentence under it
            // is a heading (the document title block: "Programma ...",
            // "Jaarverslag 2023").
            if self.doc.layout == Layout::Headlines.name() {
                let words: usize = a
                    .body
                    .iter()
                    .map(|l| l.text.split_whitespace().count())
                    .sum();
                // Only the title block above the first item, and headings
                // that name the document, are headings without an item; any
                // other heading without text is an empty item.
                let first = self.doc.activities.is_empty() && self.doc.doelen.is_empty();
                // The programme's name as a heading of its own, under
                // "Programma 1" (`detect_programme`).
                let names_programme = self
                    .doc
                    .programme
                    .as_deref()
                    .is_some_and(|p| crate::text::fold(p) == crate::text::fold(&a.title));
                if words < 6
                    && (self.doc.activities.is_empty() && words > 0 || names_document(&a.title))
                    || first && (programme_number(&a.title) || names_programme)
                {
                    let text = std::iter::once(a.title.clone())
                        .chain(a.body.iter().map(|l| l.text.clone()))
                        .collect::<Vec<_>>()
                        .join(" / ");
                    let end = a.body.last().map(|l| l.no).unwrap_or(a.title_end_line);
                    let path = a.span.path.clone();
                    self.skip(
                        &path,
                        a.span.start_line,
                        end,
                        "kop zonder tekst (geen activiteit)",
                        &text,
                    );
                    return;
                }
            }
            let end = a.body.last().map(|l| l.no).unwrap_or(a.title_end_line);
            // A heading over nothing but a table ("Beleidsindicatoren") is
            // figures, not an activity.
            let rows: Vec<&str> = a
                .body
                .iter()
                .map(|l| l.text.trim())
                .filter(|t| !t.is_empty())
                .collect();
            let row = |t: &&str| t.contains(" | ") || is_figure_line(t);
            if rows.first().is_some_and(row) && rows.iter().all(row) {
                let path = a.span.path.clone();
                let text = format!("{} / {}", a.title, rows[0]);
                self.skip(
                    &path,
                    a.span.start_line,
                    end,
                    "tabel (cijfers, geen activiteit)",
                    &text,
                );
                return;
            }
            a.span.end_line = end.max(a.span.start_line);
            self.doc.activities.push(a);
        }
    }

    fn start(&mut self, path: &str, title: String, start: usize, end: usize) {
        self.close();
        self.doelen_run = 0;
        // A status symbol before the title is the item's own status.
        let (title, own) =
            match parts::status_prefix(&title).or_else(|| parts::status_suffix(&title)) {
                Some((status, text, rest)) => (
                    rest.to_string(),
                    Some(crate::model::SelfReport {
                        status,
                        text: text.to_string(),
                        line: start,
                    }),
                ),
                None => (title, None),
            };
        let mut a = Activity::new(clean_title(&title), Span::new(path, start, end), end);
        a.self_reported = own;
        a.ambitie = self.cur_ambitie;
        a.doel = self.cur_doel;
        a.unplanned = self.unplanned_section;
        self.open = Some(a);
    }

    fn skip(&mut self, path: &str, start: usize, end: usize, reason: &str, text: &str) {
        self.doc.skipped.push(Skipped {
            span: Span::new(path, start, end),
            reason: reason.to_string(),
            text: truncate(text, 120),
        });
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push('…');
        t
    }
}

/// Removes list markers and a final period from a title, keeps the words.
pub fn clean_title(t: &str) -> String {
    let t = t.trim();
    let t = t.trim_start_matches(crate::text::LIST_MARKERS).trim();
    let t = t.trim_end_matches(['-', '–', ' ']);
    let t = t.strip_suffix('.').unwrap_or(t);
    // A contents entry's dot leader and page number ("Schuldhulp ..... 8").
    let t = match t.find("....") {
        Some(k)
            if t[k..]
                .chars()
                .all(|c| c == '.' || c == ' ' || c.is_ascii_digit()) =>
        {
            &t[..k]
        }
        _ => t,
    };
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn percentile_width(lines: &[Line], kinds: &[LineKind]) -> usize {
    let mut lens: Vec<usize> = lines
        .iter()
        .zip(kinds)
        .filter(|(_, k)| matches!(k, LineKind::Text))
        .map(|(l, _)| l.text.chars().count())
        .filter(|&n| n > 0)
        .collect();
    if lens.is_empty() {
        return 80;
    }
    lens.sort_unstable();
    lens[(lens.len() * 9 / 10).min(lens.len() - 1)]
}

/// Parses a document into its tree.
pub fn parse(src: &SourceText, opts: &ParseOptions) -> Document {
    let markers = opts.markers();
    let mut kinds: Vec<LineKind> = src
        .lines
        .iter()
        .map(|l| classify_with(&l.text, markers))
        .collect();
    lines::mark_running_headers(&src.lines, &mut kinds, markers);
    mark_doel_fields(&src.lines, &mut kinds);
    mark_goal_headings(&mut kinds);
    lines::mark_legends(&src.lines, &mut kinds);
    let short = short_keys(&src.lines);
    mark_contents_lists(&src.lines, &short, &mut kinds);
    let width = percentile_width(&src.lines, &kinds);
    let mut first_numbered = std::collections::HashMap::new();
    for (k, l) in src.lines.iter().enumerate() {
        if let Some(n) = parts::split_numbering(&l.text).0.into_iter().next() {
            first_numbered.entry(n).or_insert(k);
        }
    }
    let padded = first_numbered.keys().any(|n| {
        n.rsplit('.')
            .next()
            .is_some_and(|last| last.len() == 2 && last.starts_with('0'))
    });
    let mut levels = vec![None; src.lines.len()];
    for &(no, l) in &src.heading_levels {
        if let Some(k) = no.checked_sub(1).filter(|&k| k < levels.len()) {
            levels[k] = Some(l);
        }
    }
    let mut inferred = vec![false; src.lines.len()];
    for &no in &src.inferred_levels {
        if let Some(k) = no.checked_sub(1).filter(|&k| k < inferred.len()) {
            inferred[k] = true;
        }
    }
    let crumb_parents = crumb_parents(&src.lines, &kinds);
    let item_subs = item_subs(&src.lines, &kinds, markers);
    let mut ctx = Ctx {
        path: &src.path,
        markers,
        lines: &src.lines,
        // A column width read off a handful of lines says nothing: a short
        // text is read as unwrapped.
        wrapped: width < 160 && kinds.iter().filter(|k| **k == LineKind::Text).count() >= 12,
        width,
        item_level: item_level(&src.lines, &kinds, &levels, &inferred, markers),
        repeats: short_line_counts(&short),
        activity_depth: marked_depth(&src.lines, &kinds, padded, |l, k| match k {
            LineKind::Activity(_) => parts::marker_number(markers, &crate::text::fold(l.trim())),
            _ => None,
        }),
        doel_depth: marked_depth(&src.lines, &kinds, padded, |l, k| match k {
            LineKind::Doel(_) => parts::number_after_word(&crate::text::fold(l.trim())),
            _ => None,
        }),
        padded,
        field: field_labels(&src.lines, &kinds),

        level: levels,
        kinds,
        sentence_style: false,
        first_numbered,
        crumb_parents,
        item_subs,
        run_in: Vec::new(),
        questions_per_item: false,
        marks_doelen: false,
        intro_ends: None,
    };
    ctx.marks_doelen = ctx.kinds.iter().any(|k| matches!(k, LineKind::Doel(_)));
    ctx.intro_ends = {
        let first_doel = ctx
            .kinds
            .iter()
            .position(|k| matches!(k, LineKind::Doel(_)));
        let first_question = ctx
            .kinds
            .iter()
            .position(|k| matches!(k, LineKind::Question(Question::Activities { .. })));
        match (first_doel, first_question) {
            (Some(d), Some(q)) if d < q => Some(d),
            _ => None,
        }
    };
    ctx.questions_per_item = {
        let count = |f: &dyn Fn(&LineKind) -> bool| ctx.kinds.iter().filter(|k| f(k)).count();
        let questions = count(&|k| matches!(k, LineKind::Question(Question::Activities { .. })));
        let doelen = count(&|k| matches!(k, LineKind::Doel(_)));
        let marked = count(&|k| matches!(k, LineKind::Activity(_)));
        marked >= 4 && questions > doelen + 1 && questions * 2 >= marked
    };
    ctx.sentence_style = ctx.wrapped && ctx.count_sentence_heads() >= 3;
    ctx.run_in = run_in_titles(&ctx);
    let layout = opts.layout.unwrap_or_else(|| detect_layout(&ctx));
    let (kind, kind_reason) = detect_kind(&src.path, &src.lines);
    let year = detect_year(&src.path, &src.lines);
    let mut b = Builder {
        doc: Document {
            path: src.path.clone(),
            encoding: src.encoding.clone(),
            kind,
            kind_reason,
            year,
            programme: detect_programme(&src.lines),
            layout: layout.name().to_string(),
            ambities: Vec::new(),
            doelen: Vec::new(),
            activities: Vec::new(),
            skipped: Vec::new(),
            line_count: src.lines.len(),
            source: src.lines.clone(),
        },
        cur_ambitie: None,
        cur_doel: None,
        doelen_run: 0,
        activities: false,
        unplanned_section: false,
        open: None,
    };
    if layout == Layout::Table {
        table::parse_table(&mut b.doc, &src.lines, markers);
        parts::read_items(&mut b.doc, markers);
        return b.doc;
    }
    let path = ctx.path;
    // Text outside the items: a money section, or developments.
    let mut aside: Option<&'static str> = None;
    let rows = rows::activity_rows(ctx.lines, markers);
    // Blank lines are being skipped: page furniture stands inside a
    // sentence, which goes on at the next line of text.
    let mut page_break = false;
    let mut i = 0;
    while i < ctx.lines.len() {
        let line = &ctx.lines[i];
        if !matches!(ctx.kinds[i], LineKind::Blank | LineKind::Furniture(_)) {
            page_break = false;
        }
        if let Some(row) = &rows[i] {
            aside = None;
            table_row(&mut b, path, line, row);
            i += 1;
            continue;
        }
        // A heading element above the items' level ends a money or other
        // aside section ("Wat heeft het gekost?" / table / "<h2>
        // Ontwikkelingen buiten de begroting</h2>"), unless it opens one.
        if aside.is_some()
            && ctx.level[i].is_some_and(|l| ctx.item_level.is_some_and(|it| l < it))
            && !is_finance_start(&line.text, markers)
            && aside_heading(&line.text, markers).is_none()
            && !explains_figures(&line.text)
        {
            aside = None;
        }
        match &ctx.kinds[i] {
            LineKind::Blank => {
                if let Some(a) = b.open.as_mut() {
                    if !page_break {
                        a.body.push(line.clone());
                    }
                }
            }
            LineKind::Furniture(reason) => {
                // A page break inside a sentence ("In 2024 breiden we de",
                // page number and running head, "formatie uit ..."): the
                // blank lines around the furniture do not end it.
                if let Some(a) = b.open.as_mut() {
                    let last = a.body.iter().rposition(|l| !l.text.trim().is_empty());
                    if last.is_some_and(|k| !ends_sentence(&a.body[k].text)) {
                        a.body.truncate(last.map_or(0, |k| k + 1));
                        page_break = true;
                    }
                }
                // The heading over a table of contents ("Overzicht
                // projecten", "Inhoud") is not an item either.
                if *reason == CONTENTS {
                    b.drop_open_heading("kop van de inhoudsopgave");
                }
                // A portal page's footer ends the page, and with it a money
                // section; so does the first field of the next item's page.
                if *reason == lines::PAGE_FOOTER || ctx.field[i] == Field::Start {
                    b.close();
                    aside = None;
                }
                b.skip(path, line.no, line.no, reason, &line.text);
            }
            // (Where every item asks "Wat gaan we doen:" of its own, the
            // question is a sub-heading of the item it stands in.)
            LineKind::Question(_)
                if b.open.as_ref().is_some_and(|a| {
                    sub_heading_here(a, &line.text, markers)
                        || ctx.questions_per_item && parts::is_sub_heading(&line.text, markers)
                }) =>
            {
                push_body(&mut b, path, line);
            }
            LineKind::Question(q) => {
                b.close();
                aside = matches!(q, Question::Costs { .. }).then_some(COSTS_ASIDE);
                if matches!(q, Question::Activities { .. }) && b.doelen_run >= 2 {
                    b.cur_doel = None;
                }
                b.activities = matches!(q, Question::Activities { .. }) && b.cur_doel.is_some();
                b.skip(path, line.no, line.no, "sectiekop", &line.text);
            }
            LineKind::Ambitie(t) => {
                b.close();
                aside = None;
                b.activities = false;
                let j = ctx.title_end(i);
                let title = ctx.continued(t, i, j);
                b.doc.ambities.push(Heading {
                    title: clean_title(&title),
                    span: Span::new(path, line.no, ctx.lines[j].no),
                });
                b.cur_ambitie = Some(b.doc.ambities.len() - 1);
                b.cur_doel = None;
                b.doelen_run = 0;
                b.unplanned_section = false;
                i = j;
            }
            LineKind::Doel(t) => {
                b.close();
                aside = None;
                let j = ctx.title_end(i);
                let title = ctx.continued(t, i, j);
                b.open_doel(
                    clean_title(&title),
                    Span::new(path, line.no, ctx.lines[j].no),
                );
                i = j;
            }
            LineKind::Text if ctx.names_goal(i) => {
                // "1.1 Veilige kernen" over "Wat willen we bereiken?": the
                // heading the goal question is asked under is the doel.
                b.close();
                aside = None;
                let title = parts::split_numbering(&line.text).1;
                b.open_doel(clean_title(&title), Span::new(path, line.no, line.no));
            }
            LineKind::Text if ctx.heads_unplanned(i) => {
                // "## Niet begroot": the items below were not planned; the
                // heading is no line of the item before.
                b.close();
                b.unplanned_section = true;
                b.skip(path, line.no, line.no, "sectiekop", &line.text);
            }
            LineKind::Text if is_finance_start(&line.text, markers) => {
                b.close();
                aside = Some(COSTS_ASIDE);
                b.skip(
                    path,
                    line.no,
                    line.no,
                    "financieel overzicht (cijfers, geen activiteit)",
                    &line.text,
                );
            }
            LineKind::Text if aside_heading(&line.text, markers).is_some() => {
                // Not what the municipality will do.
                b.close();
                aside = aside_heading(&line.text, markers);
                b.skip(path, line.no, line.no, "sectiekop", &line.text);
            }
            _ if aside.is_some() => {
                b.close();
                b.skip(
                    path,
                    line.no,
                    line.no,
                    aside.unwrap_or(COSTS_ASIDE),
                    &line.text,
                );
            }
            LineKind::Activity(t) if layout == Layout::Labelled => {
                let j = ctx.title_end(i);
                let title = ctx.continued(t, i, j);
                b.start(path, title, line.no, ctx.lines[j].no);
                i = j;
            }
            LineKind::Text
                if layout == Layout::Labelled
                    && ctx
                        .bare_numbered(i)
                        .is_some_and(|d| ctx.activity_depth == Some(d)) =>
            {
                // "2.3.4 Taalhuis" among "Prestatie 2.3.3 ...": the same
                // numbering scheme without the marker word.
                b.start(path, line.text.clone(), line.no, line.no);
            }
            LineKind::Text
                if layout == Layout::Labelled
                    && ctx
                        .bare_numbered(i)
                        .is_some_and(|d| ctx.doel_depth == Some(d)) =>
            {
                // "1.2 Minder inbraken" among "Doel 1.1 ...": a doel.
                b.close();
                aside = None;
                let title = parts::split_numbering(&line.text).1;
                b.open_doel(clean_title(&title), Span::new(path, line.no, line.no));
            }
            LineKind::Text if layout == Layout::Labelled && ctx.unmarked_title(i) => {
                // "Maatregel Isolatie van huurwoningen": the marker word
                // whose number OCR lost is no part of the title.
                let title = parts::without_marker_word(markers, &line.text);
                b.start(path, title, line.no, line.no);
            }
            LineKind::Bullet(t) if layout == Layout::Bullets && ctx.is_title_bullet(i, t) => {
                let j = ctx.title_end(i);
                let title = without_title_label(&ctx.continued(t, i, j), markers);
                b.start(path, title, line.no, ctx.lines[j].no);
                i = j;
            }
            LineKind::Bullet(t)
                if layout == Layout::Bullets && ctx.lettered_lead(i, t).is_some() =>
            {
                if let Some((title, rest)) = ctx.lettered_lead(i, t) {
                    start_with_rest(&mut b, path, line, title, rest);
                }
            }
            LineKind::Text if layout == Layout::Headlines && ctx.additive_lead(i) => {
                b.close();
                b.skip(
                    path,
                    line.no,
                    line.no,
                    "tussenkop (geen activiteit)",
                    &line.text,
                );
            }
            LineKind::Bullet(t) if layout == Layout::Headlines && ctx.in_additive_list(i) => {
                // "Daarnaast:" / "• We gaan ...": each bullet an item, its
                // sentence the title.
                let j = ctx.bullet_end(i);
                let title = ctx.continued(t, i, j);
                b.start(path, title, line.no, ctx.lines[j].no);
                i = j;
            }
            LineKind::Text if layout == Layout::Headlines && ctx.run_in_at(i).is_some() => {
                if let Some((title, rest)) = ctx.run_in_at(i) {
                    start_with_rest(&mut b, path, line, title.clone(), rest.clone());
                }
            }
            LineKind::Text
                if layout == Layout::Headlines
                    && !ctx.run_in.is_empty()
                    && ctx.section_over_run_ins(i) =>
            {
                // Where items are run-in titles, a heading on a line of its
                // own ("Overige ontwikkelingen") heads a section of them.
                b.close();
                b.skip(
                    path,
                    line.no,
                    line.no,
                    "tussenkop (geen activiteit)",
                    &line.text,
                );
            }
            LineKind::Text if layout == Layout::Headlines && is_figure_line(&line.text) => {
                b.skip(path, line.no, line.no, "cijfers", &line.text);
            }
            LineKind::Text if layout == Layout::Headlines => {
                let activities = b.activities && aside.is_none();
                match ctx.headline(
                    i,
                    b.just_titled(i, &ctx),
                    b.in_sub_part(markers),
                    activities,
                ) {
                    Some((j, true)) => {
                        b.close();
                        b.skip(
                            path,
                            line.no,
                            ctx.lines[j].no,
                            "tussenkop (geen activiteit)",
                            &ctx.joined(i, j),
                        );
                        i = j;
                    }
                    Some((j, false)) => {
                        b.start(path, ctx.joined(i, j), line.no, ctx.lines[j].no);
                        i = j;
                    }
                    None => push_body(&mut b, path, line),
                }
            }
            _ => push_body(&mut b, path, line),
        }
        i += 1;
    }
    b.close();
    parts::read_items(&mut b.doc, markers);
    drop_title_page(&mut b.doc);
    drop_report_section_heads(&mut b.doc, &ctx);
    drop_introduction(&mut b.doc, &ctx);
    numbered_parents_are_doelen(&mut b.doc);
    b.doc
}

/// An item under no doel whose number opens the numbers of the items right
/// after it ("2.1 Inwoners met een laag inkomen kunnen rondkomen" over
/// "2.1.1 ...", "2.1.2 ...") is their doel: its text introduces them.
fn numbered_parents_are_doelen(doc: &mut Document) {
    let number = |a: &Activity| a.numbers.first().cloned();
    let mut k = 0;
    while k + 1 < doc.activities.len() {
        let parent = &doc.activities[k];
        let under = |a: &Activity, n: &str| {
            a.doel.is_none()
                && number(a).is_some_and(|m| m.strip_prefix(n).is_some_and(|r| r.starts_with('.')))
        };
        let Some(n) =
            number(parent).filter(|n| parent.doel.is_none() && under(&doc.activities[k + 1], n))
        else {
            k += 1;
            continue;
        };
        let parent = doc.activities.remove(k);
        doc.doelen.push(Doel {
            title: parent.title.clone(),
            span: Span {
                path: parent.span.path.clone(),
                start_line: parent.span.start_line,
                end_line: parent.title_end_line,
            },
            ambitie: parent.ambitie,
        });
        let d = doc.doelen.len() - 1;
        for a in doc.activities[k..].iter_mut() {
            if !under(a, &n) {
                break;
            }
            a.doel = Some(d);
        }
        doc.skipped.push(Skipped {
            span: parent.span.clone(),
            reason: "inleiding van een doel".to_string(),
            text: truncate(&parent.title, 120),
        });
    }
}

/// Moves the document's first `front` items to the skipped lines, with
/// the reason they are no items.
fn skip_front(doc: &mut Document, front: usize, reason: &str) {
    for a in doc.activities.drain(..front) {
        doc.skipped.push(Skipped {
            span: a.span.clone(),
            reason: reason.to_string(),
            text: truncate(&a.title, 120),
        });
    }
}

/// Where the doelen hold the activities ([`Ctx::intro_ends`]), a headline
/// before the first doel heads introduction text (the portefeuillehouders,
/// "Verbonden partijen", a portal's breadcrumb): no item.
fn drop_introduction(doc: &mut Document, ctx: &Ctx) {
    let Some(first_doel) = ctx.intro_ends.map(|d| ctx.lines[d].no) else {
        return;
    };
    let front = doc
        .activities
        .iter()
        .take_while(|a| a.span.end_line < first_doel && a.doel.is_none())
        .count();
    skip_front(doc, front, "tekst voor het eerste doel");
}

/// In a report, a heading without any text right over a doel or ambitie,
/// that is the only item under its own doel (or under none: "Overzicht per
/// doel", "Toelichting per prestatie"), heads the doelen that follow; it
/// accounts for nothing, so it is no item. After other items of its doel
/// it is the doel's last item, reported without text; in a plan the
/// last, empty item of a doel (red when planned).
fn drop_report_section_heads(doc: &mut Document, ctx: &Ctx) {
    if doc.kind != DocKind::Jaarverslag {
        return;
    }
    let over_heading = |a: &Activity| {
        let empty = a.body.iter().all(|l| l.text.trim().is_empty())
            && a.attributes.is_empty()
            && a.parts.is_empty()
            && a.self_reported.is_none()
            && !a.unplanned;
        // (Line numbers never decrease: the first line with that number.)
        let end = ctx.lines.partition_point(|l| l.no < a.span.end_line);
        if ctx.lines.get(end).is_none_or(|l| l.no != a.span.end_line) {
            return false;
        }
        empty
            && ctx
                .next_nonblank(end)
                .is_some_and(|n| matches!(ctx.kinds[n], LineKind::Doel(_) | LineKind::Ambitie(_)))
    };
    let mut heads = Vec::new();
    let mut items: Vec<Activity> = Vec::new();
    for a in doc.activities.drain(..) {
        let alone = items
            .last()
            .is_none_or(|p| p.doel != a.doel || a.doel.is_none());
        if alone && over_heading(&a) {
            heads.push(a);
        } else {
            items.push(a);
        }
    }
    doc.activities = items;
    for a in heads {
        doc.skipped.push(Skipped {
            span: a.span.clone(),
            reason: "tussenkop boven doelen (geen activiteit)".to_string(),
            text: truncate(&a.title, 120),
        });
    }
    doc.skipped.sort_by_key(|s| s.span.start_line);
}

/// Words of a title page: the document's name and how it was sent ("Deel 1
/// Jaarverslag - programmaverantwoording", "Aangeboden aan de gemeenteraad
/// op 19 mei 2026", "Vastgesteld door het college op 15 april 2025").
const TITLE_PAGE: &[&str] = &[
    "jaarverslag",
    "jaarstukken",
    "jaarrekening",
    "programmabegroting",
    "begroting",
    "programmaverantwoording",
    "aangeboden aan",
    "vastgesteld door",
    "raadsvoorstel",
];

/// Headlines without text before the first item with text that name the
/// document itself are its title page, not items: they are skipped with a
/// reason (an OCR'd report's cover read as blue items).
fn drop_title_page(doc: &mut Document) {
    let front = doc
        .activities
        .iter()
        .take_while(|a| {
            let empty = a.body.iter().all(|l| l.text.trim().is_empty())
                && a.attributes.is_empty()
                && a.parts.is_empty();
            let t = crate::text::fold(&a.title);
            empty && TITLE_PAGE.iter().any(|w| t.contains(w))
        })
        .count();
    skip_front(doc, front, "titelpagina");
}

/// A row of an activity table opens its item, with the row's text and its
/// other cells as the item's lines; the header row is skipped.
fn table_row(b: &mut Builder, path: &str, line: &Line, row: &rows::Row) {
    match row {
        rows::Row::Header => {
            b.close();
            b.skip(path, line.no, line.no, "tabelkop", &line.text);
        }
        rows::Row::Item {
            title,
            planned,
            text,
            attributes,
        } => {
            b.start(path, title.clone(), line.no, line.no);
            if let Some(a) = b.open.as_mut() {
                for t in planned
                    .iter()
                    .chain(std::iter::once(text))
                    .chain(attributes)
                {
                    a.body.push(Line {
                        no: line.no,
                        text: t.clone(),
                        breaks: Vec::new(),
                    });
                }
            }
        }
    }
}

/// A heading numbered with one integer ("5 Sport, cultuur en recreatie"):
/// above the first doel, that is the programme, not an activity.
fn programme_number(t: &str) -> bool {
    let mut w = t.split_whitespace();
    w.next()
        .is_some_and(|n| n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()))
        && w.next()
            .is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase))
}

/// A heading that names the document or programme ("Jaarverslag 2023
/// gemeente Oosterbeemd", "Programma 3 Wonen"), not an activity.
/// A heading of the document's own reading aids ("Leeswijzer",
/// "Inleiding", "Terugblik"): what follows introduces the programme, it is
/// no activity.
fn reading_aid(t: &str) -> bool {
    matches!(
        crate::text::fold(t.trim().trim_end_matches(':')).as_str(),
        "leeswijzer" | "inleiding" | "voorwoord" | "samenvatting" | "terugblik" | "vooraf"
    )
}

fn names_document(t: &str) -> bool {
    let f = crate::text::fold(t);
    let first = f.split_whitespace().next().unwrap_or("");
    let doc_word = [
        "jaarverslag",
        "jaarstukken",
        "begroting",
        "programmabegroting",
        "programma",
        "jaarrekening",
        "gemeente",
        "verantwoording",
        "stadsbegroting",
        "stadsrekening",
    ]
    .contains(&first);
    doc_word && (f.chars().any(|c| c.is_ascii_digit()) || f.split_whitespace().count() <= 6)
}

/// Whether a W-question inside an open item is one of its sub-headings
/// ("Wat hebben we gedaan?" after "Wat hadden we gepland?") rather than a
/// section heading of the programme: it is, when it is on the list of
/// sub-headings and comes straight after the item's title or after another
/// sub-heading of the item.
fn sub_heading_here(a: &Activity, text: &str, markers: &Markers) -> bool {
    if !parts::is_sub_heading(text, markers) {
        return false;
    }
    // The item's own status and attribute lines ("Status: groen",
    // "Trekker: ...") under its title are no text of its own yet.
    let has_text = a.body.iter().any(|l| {
        !l.text.trim().is_empty()
            && !matches!(
                parts::inner(&l.text, markers, true),
                Some(
                    parts::Inner::Status(_)
                        | parts::Inner::Attribute { .. }
                        | parts::Inner::Unplanned
                )
            )
    });
    !has_text
        || a.body
            .iter()
            .any(|l| parts::is_sub_heading(&l.text, markers))
}

/// Lines that are never a heading by their shape: a sub-heading, status,
/// attribute or "not in the begroting" line of an item, a table row, a
/// legend.
fn could_be_heading(t: &str, markers: &Markers) -> bool {
    let t = t.trim();
    if parts::inner(t, markers, true).is_some() {
        return false;
    }
    if t.contains(" | ") || t.contains(" = ") || t.contains('\t') {
        return false;
    }
    if lines::is_caption(t) {
        return false;
    }
    let f = crate::text::fold(t);
    !f.starts_with("legenda")
}

/// Opens an item whose title stands at the start of `line`, with the rest
/// of the line as its first text (a lettered lead, a run-in title).
fn start_with_rest(b: &mut Builder, path: &str, line: &Line, title: String, rest: String) {
    b.start(path, title, line.no, line.no);
    let rest = Line {
        no: line.no,
        text: rest,
        breaks: Vec::new(),
    };
    push_body(b, path, &rest);
}

fn push_body(b: &mut Builder, path: &str, line: &Line) {
    if let Some(a) = b.open.as_mut() {
        a.body.push(line.clone());
    } else {
        b.skip(
            path,
            line.no,
            line.no,
            "tekst buiten een activiteit",
            &line.text,
        );
    }
}

/// Whether a line's first word closes a sentence ("2022. Het aantal ...",
/// "gemeente, en ..."): the line goes on with the sentence of the line
/// before, which is then no title. A list number ("1.", "2.3.") is no word.
fn ends_a_sentence(t: &str) -> bool {
    let Some(first) = t.split_whitespace().next() else {
        return false;
    };
    let Some(word) = first.strip_suffix(['.', ',', ';', ':']) else {
        return false;
    };
    let numbering = word
        .split('.')
        .all(|g| !g.is_empty() && g.len() <= 2 && g.chars().all(|c| c.is_ascii_digit()));
    !word.is_empty() && !numbering
}

/// Whether a line ends in a word that cannot end a title ("de", "van",
/// "en"): a sentence wrapped onto the next line.
fn ends_in_function_word(t: &str) -> bool {
    // Not prepositions that are also verb particles: "We zetten ... in",
    // "We pakken ... op" end in them.
    const FUNCTION_WORDS: &[&str] = &[
        "de", "het", "een", "van", "en", "met", "te", "of", "die", "dat", "als", "tot", "naar",
        "we", "wij", "hun", "onze", "ons", "deze", "dit", "waarbij", "waarin", "zich", "welke",
        "zoals", "omdat",
    ];
    // An amount goes on at the next line ("kregen we daarvoor €" /
    // "186.000 toegekend.").
    if t.trim_end().ends_with('€') {
        return true;
    }
    t.split_whitespace()
        .last()
        .map(crate::text::fold)
        .is_some_and(|w| FUNCTION_WORDS.contains(&w.as_str()))
}

/// A short line that opens a block of figures ("Lasten", "Baten x 1.000").
/// The skip reason of lines in a money section.
const COSTS_ASIDE: &str = "financieel overzicht (cijfers, geen activiteit)";

/// A heading of a section beside the items, alone on its line (numbered
/// or with a colon): "Ontwikkelingen" or "Beleidskaders" (what happens
/// around the programme, the policies it rests on), "Indicatoren"
/// (figures); with the reason its lines are skipped.
fn aside_heading(t: &str, markers: &Markers) -> Option<&'static str> {
    let (_, rest) = parts::split_numbering(t.trim());
    let f = crate::text::fold(rest.trim().trim_end_matches(':'));
    if markers.inner.developments.contains(&f) {
        Some("ontwikkelingen of kaders (geen activiteit)")
    } else if markers.inner.indicators.contains(&f) {
        Some("indicatoren (cijfers, geen activiteit)")
    } else {
        None
    }
}

/// A heading that explains the figures above it ("Toelichting op de
/// verschillen", "Toelichting financiën"): still the money section.
fn explains_figures(t: &str) -> bool {
    let f = crate::text::fold(t);
    f.starts_with("toelichting")
        || ["financ", "lasten", "baten", "verschil", "afwijking"]
            .iter()
            .any(|w| f.contains(w))
}

fn is_finance_start(t: &str, markers: &Markers) -> bool {
    t.split_whitespace().count() <= 6 && Markers::starts_with_any(&markers.lists.finance, t)
}

/// Lines that are figures, not prose: mostly numbers, or table cells of
/// numbers ("Lasten | 12,3 | 11,9").
/// One cell of a table printed a cell per line: figures only, with at
/// most a note in brackets ("78% (2022)", "€ 1,2 mln" is not one).
fn is_figure_cell(t: &str) -> bool {
    let mut depth = 0usize;
    let mut digits = false;
    for c in t.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c if c.is_ascii_digit() => digits = true,
            c if c.is_alphabetic() => return false,
            _ => {}
        }
    }
    digits && t.chars().count() <= 40
}

fn is_figure_line(t: &str) -> bool {
    // A numbered title's number is no figure ("4.4.4 Actieplan geluid
    // 2023-2028").
    let (nums, rest) = parts::split_numbering(t);
    let t = if !nums.is_empty() && rest.chars().next().is_some_and(char::is_alphabetic) {
        rest.as_str()
    } else {
        t
    };
    let digits = t.bytes().filter(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        // Only a "Lasten" / "Baten" / "Saldo" row head is figures without
        // a digit.
        let head: String = t
            .trim_start()
            .chars()
            .take(6)
            .collect::<String>()
            .to_lowercase();
        if head.starts_with("lasten") || head.starts_with("baten") || head.starts_with("saldo") {
            return true;
        }
        if t.len() >= 80 {
            return false;
        }
        let low = t.to_lowercase();
        return low.contains("begroot")
            && (low.contains("gerealiseerd") || low.contains("afwijking"));
    }
    // Figures come in short rows; a long line is prose.
    if t.len() > 240 {
        return false;
    }
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let folded = crate::text::fold(t);
    if folded.starts_with("lasten") || folded.starts_with("baten") || folded.starts_with("saldo") {
        return true;
    }
    if folded.contains("begroot")
        && (folded.contains("gerealiseerd") || folded.contains("afwijking"))
        && t.len() < 80
    {
        return true;
    }
    let words = t.split_whitespace().count();
    // Numbers against words, token by token: "Beheerplan wegen 2023-2027"
    // is a title with a period in it, "Lasten | 12,3 | 11,9" a row.
    let numeric = t
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
        .count();
    let wordy = t
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    (digits > 0 && digits * 2 >= letters && words <= 12 && numeric >= wordy)
        || (words <= 6 && t.contains('€') && digits > 0)
}

/// Whether a line of text ends a sentence (or a heading or list item that
/// stands on its own: a colon, a semicolon).
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', ':', ';', ')', '"', '\u{201d}'])
}

/// Field labels: short recurring lines (already page furniture by their
/// recurrence) that are followed by a value, a line of text, nearly every
/// time. The one that comes first is the record's start: its value is the
/// title.
fn field_labels(lines: &[Line], kinds: &[LineKind]) -> Vec<Field> {
    use std::collections::{HashMap, HashSet};
    const RECURRING: LineKind = LineKind::Furniture("kop- of voettekst");
    let mut out = vec![Field::None; lines.len()];
    let is_label = |k: usize| {
        kinds[k] == RECURRING
            && lines[k].text.split_whitespace().count() <= 4
            && !lines[k].text.chars().any(|c| c.is_ascii_digit())
    };
    // Per label: where it first stands, how often, how often with a value,
    // and the distinct values it had.
    type Seen = (usize, usize, usize, HashSet<String>);
    let mut seen: HashMap<String, Seen> = HashMap::new();
    for i in 0..lines.len() {
        if !is_label(i) {
            continue;
        }
        // A value: text, or a recurring value ("3 Ruimte en mobiliteit",
        // "2024"); not another label, nor a button or breadcrumb.
        let value = (i + 1..lines.len())
            .find(|&k| kinds[k] != LineKind::Blank)
            .filter(|&k| {
                kinds[k] == LineKind::Text
                    || (matches!(kinds[k], RECURRING | LineKind::Furniture("paginanummer"))
                        && !is_label(k))
            });
        let e = seen
            .entry(crate::text::fold(lines[i].text.trim()))
            .or_insert((i, 0, 0, HashSet::new()));
        e.1 += 1;
        if let Some(k) = value {
            e.2 += 1;
            e.3.insert(crate::text::fold(lines[k].text.trim()));
        }
    }
    let fields: Vec<(&String, &Seen)> = seen
        .iter()
        .filter(|(_, (_, n, v, _))| *n >= 3 && v * 10 >= n * 8)
        .collect();
    if fields.len() < 2 {
        return out;
    }
    // The title field: the first whose value differs from page to page
    // ("Project" / <title>, where "Jaar" / "2024" stays the same).
    let start = fields
        .iter()
        .filter(|(_, (_, _, v, values))| values.len() * 10 >= v * 8)
        .min_by_key(|(_, (first, ..))| *first)
        .map(|(k, _)| (*k).clone());
    for (i, l) in lines.iter().enumerate() {
        if kinds[i] != RECURRING {
            continue;
        }
        let f = crate::text::fold(l.text.trim());
        if Some(&f) == start.as_ref() {
            out[i] = Field::Start;
        } else if fields.iter().any(|(k, _)| **k == f) {
            out[i] = Field::Other;
        }
    }
    out
}

const CONTENTS: &str = "inhoudsopgave";

/// A run of three or more short lines that each come back later in the
/// document (as the headings they list) is a table of contents.
fn mark_contents_lists(lines: &[Line], short: &[Option<String>], kinds: &mut [LineKind]) {
    use std::collections::HashMap;
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (i, k) in short.iter().enumerate() {
        if let Some(k) = k {
            last.insert(k.as_str(), i);
        }
    }
    let listed: Vec<bool> = (0..lines.len())
        .map(|i| {
            let t = lines[i].text.trim();
            kinds[i] == LineKind::Text
                && !t.ends_with(['.', ':', ';', ','])
                && short[i]
                    .as_deref()
                    .and_then(|k| last.get(k))
                    .is_some_and(|&j| j > i + 3)
        })
        .collect();
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while j < lines.len() && listed[j] {
            j += 1;
        }
        if j - i >= 3 {
            for k in kinds.iter_mut().take(j).skip(i) {
                *k = LineKind::Furniture(CONTENTS);
            }
        }
        i = j.max(i + 1);
    }
}

/// How deep a number sits in a numbering scheme: its parts, and one more
/// for a zero-padded last part ("4.01" lists items under "4.1" or "4"). In
/// a document that pads, every two-digit last part is padded ("1.10"
/// follows "1.09").
fn number_depth(n: &str, padded_doc: bool) -> usize {
    let parts: Vec<&str> = n.split('.').collect();
    let padded = parts.len() > 1
        && parts
            .last()
            .is_some_and(|p| p.len() == 2 && (padded_doc || p.starts_with('0')));
    parts.len() + usize::from(padded)
}

/// The depth of the numbers that `number` reads off marked lines (after
/// "Prestatie", after "Doel"), when they all agree and have two parts or
/// more.
fn marked_depth(
    lines: &[Line],
    kinds: &[LineKind],
    padded: bool,
    number: impl Fn(&str, &LineKind) -> Option<String>,
) -> Option<usize> {
    let mut depth = None;
    for (l, k) in lines.iter().zip(kinds) {
        let Some(num) = number(&l.text, k) else {
            continue;
        };
        let d = number_depth(&num, padded);
        match depth {
            None => depth = Some(d),
            Some(x) if x != d => return None,
            _ => {}
        }
    }
    depth.filter(|&d| d >= 2)
}

/// How often each short line (up to 12 words) occurs, folded.
fn short_line_counts(short: &[Option<String>]) -> std::collections::HashMap<String, usize> {
    let mut m = std::collections::HashMap::new();
    for k in short.iter().flatten() {
        *m.entry(k.clone()).or_insert(0) += 1;
    }
    m
}

/// Each short line (up to 12 words) folded, read once for the checks that
/// count recurring lines.
fn short_keys(lines: &[Line]) -> Vec<Option<String>> {
    lines
        .iter()
        .map(|l| {
            let t = l.text.trim();
            let w = t.split_whitespace().take(13).count();
            (1..=12).contains(&w).then(|| crate::text::fold(t))
        })
        .collect()
}

/// The heading level of the items in a page that marks its headings (see
/// [`Ctx::item_level`]).
fn item_level(
    lines: &[Line],
    kinds: &[LineKind],
    levels: &[Option<u8>],
    inferred: &[bool],
    markers: &Markers,
) -> Option<u8> {
    // Heading elements and inferred headings (bold leads, summaries)
    // counted apart.
    let mut real = [0usize; 7];
    let mut guessed = [0usize; 7];
    for (k, l) in levels.iter().enumerate() {
        if let Some(l) = l {
            if kinds[k] == LineKind::Text
                && could_be_heading(&lines[k].text, markers)
                && !names_document(&lines[k].text)
            {
                let count = if inferred[k] { &mut guessed } else { &mut real };
                count[(*l as usize).min(6)] += 1;
            }
        }
    }
    let deepest = |count: &[usize; 7]| (1..=6u8).rev().find(|&l| count[l as usize] >= 2);
    // The page's own headings outrank inferred ones below them, unless
    // those are more (an item list in bold under a few headed extras):
    // where each headed item holds a bold or folded part ("Toelichting
    // op ..."), the heading elements are the items.
    match (deepest(&real), deepest(&guessed)) {
        (Some(r), Some(g)) if g > r && guessed[g as usize] <= real[r as usize] => Some(r),
        _ => {
            let mut both = real;
            for (b, x) in both.iter_mut().zip(guessed) {
                *b += x;
            }
            deepest(&both)
        }
    }
}

/// A title without the label of a title field before it ("Activiteit:
/// Bibliotheek op school uitgebreid", an item written as labelled
/// fields).
fn without_title_label(t: &str, markers: &Markers) -> String {
    if let Some((label, rest)) = t.split_once(':') {
        let l = crate::text::fold(label.trim());
        if !rest.trim().is_empty() && markers.inner.table_titles.contains(&l) {
            return rest.trim().to_string();
        }
    }
    t.to_string()
}

/// Auxiliaries and copulas: a lead phrase that holds one is a sentence, not
/// a run-in title ("Dat is gelukt. De ...").
const FINITE: &[&str] = &[
    "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had",
    "hadden", "gaat", "gaan", "ging", "gingen", "kan", "kon", "kunnen", "konden", "zal", "zullen",
    "moet", "moeten", "blijft", "bleef", "we", "wij",
];

/// A run-in title at the start of a paragraph: a short phrase that was
/// bold in print, ending in a period or colon, with the paragraph's first
/// sentence after it on the same line ("Logeerhuis De Pastorie. De opening
/// ...", "Zie mij ook: In het najaar ..."). Gives the title and the rest.
fn run_in_title(t: &str) -> Option<(String, String)> {
    let t = t.trim();
    let end = t
        .char_indices()
        .take(80)
        .find(|&(k, c)| {
            matches!(c, '.' | ':')
                && t[k + 1..].starts_with(' ')
                && t[k + 2..].chars().next().is_some_and(|n| {
                    n.is_uppercase()
                            || n.is_ascii_digit()
                            // "Welzijn op recept: geen bijzonderheden."
                            || c == ':' && t.ends_with('.')
                })
        })
        .map(|(k, _)| k)?;
    let (lead, rest) = (&t[..end], t[end + 1..].trim());
    let words: Vec<String> = crate::text::words(lead);
    let capital = lead.chars().next().is_some_and(char::is_uppercase);
    // An abbreviation or a number before the period is no title's end.
    let last = lead.split_whitespace().last().unwrap_or("");
    let abbreviation = last.chars().count() <= 2 || last.chars().all(|c| c.is_ascii_digit());
    let sentence = words.iter().any(|w| FINITE.contains(&w.as_str()));
    (capital
        && (1..=8).contains(&words.len())
        && !abbreviation
        && !sentence
        && rest.split_whitespace().count() >= 2)
        .then(|| (lead.trim().to_string(), rest.to_string()))
}

/// The run-in titles of a document ([`run_in_title`]) at the start of its
/// paragraphs, when at least three paragraphs open so and they are most of
/// the paragraphs under the activities questions: that is how it writes
/// its items.
fn run_in_titles(ctx: &Ctx) -> Vec<Option<(String, String)>> {
    let mut out = vec![None; ctx.lines.len()];
    let mut paragraphs = 0;
    let mut under = false;
    for (i, k) in ctx.kinds.iter().enumerate() {
        match k {
            LineKind::Question(Question::Activities { .. }) => under = true,
            LineKind::Question(_) | LineKind::Doel(_) | LineKind::Ambitie(_) => under = false,
            LineKind::Text => {
                let starts = i == 0
                    || matches!(
                        ctx.kinds[i - 1],
                        LineKind::Blank | LineKind::Question(_) | LineKind::Furniture(_)
                    );
                if !starts {
                    continue;
                }
                if under {
                    paragraphs += 1;
                }
                // A label ("Status: Op schema", "Toelichting: De ...") is
                // no title.
                out[i] = run_in_title(ctx.text(i))
                    .filter(|_| parts::inner(ctx.text(i), ctx.markers, true).is_none());
            }
            _ => {}
        }
    }
    let found = out.iter().filter(|r| r.is_some()).count();
    if found < 3 || found * 2 < paragraphs {
        return Vec::new();
    }
    out
}

/// "Doel: 7.1 Minder energieverbruik" right under each item's title, the
/// same few doelen over and over ("Isolatie in Ravensbosch" / "Doel: 7.1
/// ..."; a report ordered by status, not by doel): a field of the item
/// above it that says which doel it serves, not a heading: a line of the
/// item, read as its attribute (`parts::inner`).
fn mark_doel_fields(lines: &[Line], kinds: &mut [LineKind]) {
    let doelen: Vec<(usize, String)> = kinds
        .iter()
        .enumerate()
        .filter_map(|(k, kind)| match kind {
            LineKind::Doel(t) => Some((k, crate::text::fold(t))),
            _ => None,
        })
        .collect();
    let distinct: std::collections::HashSet<&str> =
        doelen.iter().map(|(_, t)| t.as_str()).collect();
    // Recurring: more than twice as many lines as doelen.
    if doelen.len() < 4 || doelen.len() < distinct.len() * 2 {
        return;
    }
    let fields: Vec<usize> = doelen
        .iter()
        .map(|(k, _)| *k)
        // Title, field, blank line, text: the title opens its block.
        .filter(|&k| {
            k > 0
                && kinds[k - 1] == LineKind::Text
                && title_like(&lines[k - 1].text, MAX_TITLE_WORDS)
                && (k < 2 || kinds[k - 2] == LineKind::Blank)
                && kinds.get(k + 1) == Some(&LineKind::Blank)
        })
        .collect();
    if fields.len() * 2 < doelen.len() {
        return;
    }
    for k in fields {
        kinds[k] = LineKind::Text;
    }
}

/// A marked heading that the goals question follows ("Speerpunt 6.1 Minder
/// restafval" / "Wat willen we bereiken?") heads a goal with its own
/// activities under "Wat gaan we daarvoor doen?": a doel, whatever word
/// marks it.
fn mark_goal_headings(kinds: &mut [LineKind]) {
    let next_line = |kinds: &[LineKind], k: usize| {
        (k + 1..kinds.len())
            .find(|&n| !matches!(kinds[n], LineKind::Blank | LineKind::Furniture(_)))
    };
    for k in 0..kinds.len() {
        let LineKind::Activity(t) = &kinds[k] else {
            continue;
        };
        let heads_goals = next_line(kinds, k)
            .is_some_and(|n| matches!(kinds[n], LineKind::Question(Question::Goals { .. })));
        if heads_goals {
            kinds[k] = LineKind::Doel(t.clone());
        }
    }
}

fn detect_layout(ctx: &Ctx) -> Layout {
    if table::is_table_layout(ctx.lines) {
        return Layout::Table;
    }
    if ctx.kinds.iter().any(|k| matches!(k, LineKind::Activity(_))) {
        return Layout::Labelled;
    }
    let (title_bullets, under_question) = count_title_bullets(ctx);
    // A page of headings whose activities are list items right under each
    // "Wat gaan we daarvoor doen?" (a Word document's numbered list) is
    // read by its bullets; otherwise its headings are its items.
    if ctx.item_level.is_some() && !(title_bullets >= 4 && under_question >= 2) {
        return Layout::Headlines;
    }
    // Bullets in a document that also has tree markers, or many of them.
    let has_tree = ctx
        .kinds
        .iter()
        .any(|k| matches!(k, LineKind::Doel(_) | LineKind::Ambitie(_)));
    if title_bullets >= 2 && (has_tree || title_bullets >= 4) {
        Layout::Bullets
    } else {
        Layout::Headlines
    }
}

/// The title bullets of a document ([`Ctx::is_title_bullet`], lettered and
/// numbered leads), and how many of them come right after an activities
/// question.
fn count_title_bullets(ctx: &Ctx) -> (usize, usize) {
    // Bullets in the money section ("Wat heeft het gekost?", "Lasten")
    // explain figures; they say nothing about how items are written.
    // Nor do those listing policy documents ("Beleidskaders").
    let mut aside = false;
    let (mut title_bullets, mut under_question) = (0, 0);
    for (i, k) in ctx.kinds.iter().enumerate() {
        match k {
            LineKind::Question(q) => aside = matches!(q, Question::Costs { .. }),
            LineKind::Doel(_) | LineKind::Ambitie(_) => aside = false,
            LineKind::Text
                if is_finance_start(ctx.text(i), ctx.markers)
                    || aside_heading(ctx.text(i), ctx.markers).is_some() =>
            {
                aside = true
            }
            // (A numbered list counts only where it opens a section, as
            // `is_title_bullet` reads it.)
            LineKind::Bullet(t)
                if !aside && (ctx.is_title_bullet(i, t) || ctx.lettered_lead(i, t).is_some()) =>
            {
                title_bullets += 1;
                let after_question = ctx.prev_nonblank(i).is_some_and(|p| {
                    matches!(
                        ctx.kinds[p],
                        LineKind::Question(Question::Activities { .. })
                    )
                });
                if after_question {
                    under_question += 1;
                }
            }
            _ => {}
        }
    }
    (title_bullets, under_question)
}

#[cfg(test)]
mod tests;
