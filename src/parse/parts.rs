//! What is inside an item: [`Document`] with raw item bodies -> the same
//! [`Document`] with each item's body reduced to its own side's text.
//!
//! A layout finds where items start and end; this pass reads what their
//! text holds, the same way for every layout:
//! - sub-headings and the role of the text under them ("Waarom":
//!   background, "Wat hadden we gepland?": plan text, "Stand van zaken":
//!   report text). In a begroting, background leaves the body (it holds no
//!   intentions); in a jaarverslag, background and repeated plan text leave
//!   it (they are never evidence). Both are kept as [`Part`]s for showing.
//! - "Label: value" attributes ("Budget: EUR 40.000", "Trekker: GGD").
//! - the municipality's own status ("Status: vertraagd", "Gerealiseerd").
//! - a line saying the item was never planned.
//! - numbering that belongs to the title ("Prestatie 2.1.1", "4.01").
//! - contents entries: a title listed without text and again, with text,
//!   later in the document.

use super::markers::Markers;
use crate::model::{
    Activity, DocKind, Document, Line, Part, PartRole, SelfReport, SelfStatus, Skipped, Span,
};
use crate::text::fold;
use regex::Regex;
use std::sync::OnceLock;

/// What a line inside an item is, when it is not plain text.
#[derive(Debug, Clone, PartialEq)]
pub enum Inner {
    /// A sub-heading opening a part; text after a colon on the same line
    /// ("Stand van zaken: we zijn gestart") belongs to the part.
    SubHeading {
        role: PartRole,
        rest: String,
    },
    /// "Label: value", or a label alone whose value is the next line.
    Attribute {
        label: String,
        value: String,
    },
    Status(SelfStatus),
    Unplanned,
}

/// Splits "Label: rest" at the first colon of a short label.
fn label_split(t: &str) -> (&str, &str) {
    match t.find(':') {
        Some(k) if t[..k].split_whitespace().take(7).count() <= 6 => {
            (t[..k].trim(), t[k + 1..].trim())
        }
        _ => (t, ""),
    }
}

/// A folded label without the year that ends it ("vervolg in 2025",
/// "resultaten 2024", "planning (2025)"); `None` when none does.
fn without_year(f: &str) -> Option<&str> {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"^(.+?)\s+(?:(?:in|na|vanaf|voor|tot|t/m)\s+)?\(?(?:19|20)\d\d(?:\s*[-/]\s*(?:19|20)?\d\d)?\)?$")
            .expect("year pattern compiles")
    });
    r.captures(f).and_then(|c| c.get(1)).map(|m| m.as_str())
}

fn folded_label(t: &str) -> String {
    fold(t)
        .trim_end_matches(['?', ':', '.', ' '])
        .trim()
        .to_string()
}

/// The check and cross marks portals put before a status ("✔ Gerealiseerd",
/// "✖ Niet gerealiseerd").
const STATUS_MARKS: [char; 10] = ['✓', '✔', '✅', '☑', '✗', '✘', '✖', '✕', '❌', '☒'];

/// Reads a status phrase ("gereed", "deels gerealiseerd", "loopt").
pub fn status_word(t: &str) -> Option<SelfStatus> {
    let f = folded_label(t);
    let f = unbracketed(&f);
    let f = f
        .trim_start_matches(|c: char| STATUS_MARKS.contains(&c) || matches!(c, '●' | '○' | ' '))
        .trim();
    if f.is_empty() || f.split_whitespace().count() > 5 {
        return None;
    }
    const TABLE: &[(&str, SelfStatus)] = &[
        ("niet gerealiseerd", SelfStatus::Dropped),
        ("niet uitgevoerd", SelfStatus::Dropped),
        ("deels gerealiseerd", SelfStatus::Partial),
        ("gedeeltelijk gerealiseerd", SelfStatus::Partial),
        ("deels", SelfStatus::Partial),
        ("gedeeltelijk", SelfStatus::Partial),
        ("vraagt aandacht", SelfStatus::Partial),
        ("niet gestart", SelfStatus::Delayed),
        ("nog niet gestart", SelfStatus::Delayed),
        ("aandacht", SelfStatus::Partial),
        ("oranje", SelfStatus::Partial),
        ("geel", SelfStatus::Partial),
        ("niet op schema", SelfStatus::Delayed),
        ("achter op schema", SelfStatus::Delayed),
        ("vertraagd", SelfStatus::Delayed),
        ("vertraging", SelfStatus::Delayed),
        ("uitgesteld", SelfStatus::Delayed),
        ("op schema", SelfStatus::Running),
        ("op koers", SelfStatus::Running),
        ("loopt", SelfStatus::Running),
        ("lopend", SelfStatus::Running),
        ("in uitvoering", SelfStatus::Running),
        ("in behandeling", SelfStatus::Running),
        ("doorlopend", SelfStatus::Running),
        ("gestart", SelfStatus::Running),
        ("gereed", SelfStatus::Done),
        ("gerealiseerd", SelfStatus::Done),
        ("afgerond", SelfStatus::Done),
        ("voltooid", SelfStatus::Done),
        ("behaald", SelfStatus::Done),
        ("uitgevoerd", SelfStatus::Done),
        ("opgeleverd", SelfStatus::Done),
        ("groen", SelfStatus::Done),
        ("vervallen", SelfStatus::Dropped),
        ("gestopt", SelfStatus::Dropped),
        ("geannuleerd", SelfStatus::Dropped),
        ("beeindigd", SelfStatus::Dropped),
        ("rood", SelfStatus::Dropped),
    ];
    TABLE
        .iter()
        .find(|(w, _)| {
            f == *w || f.starts_with(&format!("{w} ")) || f.starts_with(&format!("{w},"))
        })
        .map(|&(_, s)| s)
}

/// A status in brackets before a heading, the municipality's own symbol
/// for how far an activity got ("[gerealiseerd] Meer boa's in de wijk",
/// "(deels / vertraagd) Vervanging camera's"): the status, the bracketed
/// words as written, and the title after them. Only before a capitalised
/// title, so that a legend ("[gerealiseerd] de activiteit is uitgevoerd")
/// is none.
pub fn status_prefix(t: &str) -> Option<(SelfStatus, &str, &str)> {
    let t = t.trim_start();
    let close = match t.chars().next()? {
        '[' => ']',
        '(' => ')',
        _ => return None,
    };
    let end = t.find(close)?;
    let (inside, rest) = (&t[1..end], t[end + close.len_utf8()..].trim_start());
    let status = status_word(inside)?;
    rest.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        .then_some((status, &t[..end + close.len_utf8()], rest))
}

/// The traffic-light symbol a report puts after a title ("Woonvisie
/// vastgesteld 🟢", the legend "🟢 gerealiseerd · 🟠 deels of vertraagd ·
/// 🔴 niet gerealiseerd"): the status, the symbol, and the title before it.
///
/// So is a status label a portal sets after the title in the same line
/// ("Uitbreiding cameratoezicht Gerealiseerd", "... Deels gerealiseerd",
/// an accordion's summary with its status badge): the last one to three
/// words, capitalised, that are a status phrase and nothing else.
pub fn status_suffix(t: &str) -> Option<(SelfStatus, &str, &str)> {
    let t = t.trim_end();
    let last = t.chars().last()?;
    let symbol = match last {
        '🟢' | '✅' => Some(SelfStatus::Done),
        '🟠' | '🟡' => Some(SelfStatus::Partial),
        '🔴' | '❌' => Some(SelfStatus::Dropped),
        _ => None,
    };
    if let Some(status) = symbol {
        let at = t.len() - last.len_utf8();
        let title = t[..at].trim_end();
        return (!title.is_empty()).then_some((status, &t[at..], title));
    }
    // The label's first word starts with a capital, after the title.
    let starts: Vec<usize> = t
        .char_indices()
        .filter(|&(k, c)| c.is_uppercase() && t[..k].ends_with(' '))
        .map(|(k, _)| k)
        .collect();
    starts.into_iter().rev().take(3).find_map(|k| {
        let (title, label) = (t[..k].trim_end(), &t[k..]);
        let words = label.split_whitespace().count();
        let ok = words <= 3
            && !title.is_empty()
            && status_word_exact(label)
            && !title.ends_with([':', '-', '–']);
        ok.then(|| status_word(label).map(|s| (s, label, title)))
            .flatten()
    })
}

/// A status in brackets on a line of its own: "(deels gerealiseerd)".
fn unbracketed(f: &str) -> &str {
    f.strip_prefix(['(', '['])
        .and_then(|x| x.strip_suffix([')', ']']))
        .unwrap_or(f)
}

/// Whether a line is exactly a status phrase, nothing more.
fn status_word_exact(t: &str) -> bool {
    let f = folded_label(t);
    let f = unbracketed(&f);
    [
        "gereed",
        "gerealiseerd",
        "afgerond",
        "voltooid",
        "loopt",
        "lopend",
        "op schema",
        "vertraagd",
        "uitgesteld",
        "vervallen",
        "gestopt",
        "niet gerealiseerd",
        "deels gerealiseerd",
        "in uitvoering",
        "vraagt aandacht",
    ]
    .contains(&f)
}

/// Whether a line says, in a short sentence of its own, that the item was
/// not in the begroting ("Deze opvang stond niet in de begroting 2023.").
/// A cheap first test for "not in the begroting": the longest word of one
/// of the phrases occurs in the line (most lines hold none, and need no
/// folding).
fn mentions_unplanned(t: &str, m: &Markers) -> bool {
    // Each phrase's longest word; most phrases share one ("begroting"), so
    // the line is searched once per distinct word.
    let mut longest: Vec<&str> = Vec::with_capacity(m.inner.unplanned.len());
    for u in &m.inner.unplanned {
        if let Some(w) = u.split_whitespace().max_by_key(|w| w.len()) {
            if !longest.contains(&w) {
                longest.push(w);
            }
        }
    }
    let low = t.to_lowercase();
    longest.iter().any(|w| low.contains(w))
}

fn says_unplanned(t: &str, m: &Markers) -> bool {
    if !mentions_unplanned(t, m) {
        return false;
    }
    t.split_inclusive(['.', '!', '?', ';'])
        .filter(|s| s.split_whitespace().count() <= 14)
        .any(|s| {
            let f = fold(s);
            // A cross-reference ("Zie ook Stroomstoring ... onder Niet
            // begroot, wel gedaan") names another section.
            let refers = f.trim_start().starts_with("zie ") || f.contains("zie ook");
            !refers && m.inner.unplanned.iter().any(|u| f.contains(u.as_str()))
        })
}

/// Classifies one line of an item's text. `first` says whether it is among
/// the first lines under the title (where a bare status word is a status,
/// not a sentence).
pub fn inner(t: &str, m: &Markers, first: bool) -> Option<Inner> {
    let t = t.trim();
    if t.is_empty() {
        return None;
    }
    // A field written as a list item ("- Stand van zaken: ...", "-
    // Status: gereed" in a CMS export) is the field.
    let t = match t.strip_prefix(crate::text::LIST_MARKERS) {
        Some(rest) if rest.starts_with(' ') && !label_split(rest.trim()).1.is_empty() => {
            rest.trim()
        }
        _ => t,
    };
    // Counted up to 15: exact for the short lines read on.
    let words = t.split_whitespace().take(15).count();
    // Sub-headings, labels and statuses are short; most lines are not. A
    // label may carry a paragraph of any length ("Verantwoording: ...").
    let (label, rest) = label_split(t);
    if words > 14 && label.len() == t.len() {
        return None;
    }
    if words <= 14 && mentions_unplanned(t, m) {
        let f = folded_label(t);
        if m.inner.unplanned.iter().any(|u| f.contains(u.as_str())) {
            return Some(Inner::Unplanned);
        }
    }
    // Past this point only a label (up to six words before a colon) or a
    // short status line can match: a line of text needs no folding.
    if words > 6 && label.len() == t.len() {
        return None;
    }
    let fl = folded_label(label);
    // "Vervolg in 2025", "Resultaten 2024": the sub-heading with its year.
    // (Not a status label: "Realisatie 2024" over "€ 486.310" is a figure.)
    // Nor the end of a wrapped sentence ("... in de" / "begroting 2026.").
    let tail = t.ends_with('.') || t.chars().next().is_some_and(char::is_lowercase);
    let fl_year = without_year(&fl).filter(|f| !tail && !m.inner.status.iter().any(|s| s == f));
    let is = |list: &[String]| {
        list.contains(&fl) || fl_year.is_some_and(|f| list.iter().any(|l| l == f))
    };
    if is(&m.inner.status) && !rest.is_empty() {
        if let Some(s) = status_word(rest) {
            return Some(Inner::Status(s));
        }
    }
    if rest.is_empty() {
        if let Some(s) = status_word(t) {
            // Among the first lines a short status phrase is a status
            // ("Deels gerealiseerd of vertraagd"); elsewhere only a line that
            // is nothing but the status word ("Gereed").
            let words = t.split_whitespace().count();
            // ... and never a word in lower case that ends a wrapped
            // sentence ("5 casussen zijn in monitoringsfase of" / "afgerond").
            let capital = t.chars().next().is_some_and(|c| !c.is_lowercase());
            let exact = words <= 2 && capital && status_word_exact(t);
            if (first && words <= 5 && capital) || exact || t.starts_with(STATUS_MARKS) {
                return Some(Inner::Status(s));
            }
        }
    }
    let role = if is(&m.inner.background) {
        Some(PartRole::Background)
    } else if is(&m.inner.plan) {
        Some(PartRole::Plan)
    } else if is(&m.inner.report) {
        Some(PartRole::Report)
    } else if t.ends_with('?') && rest.is_empty() && super::lines::question(&fl).is_none() {
        // (The BBV's own questions, "Wat willen we bereiken?", head the
        // programme's sections; only their lists make them sub-headings.)
        question_role(&fl)
    } else {
        None
    };
    if let Some(role) = role {
        // A label alone, or a label with a colon and text after it.
        if rest.is_empty() && label.len() == t.len()
            || t[label.len()..].trim_start().starts_with(':')
        {
            return Some(Inner::SubHeading {
                role,
                rest: rest.to_string(),
            });
        }
    }
    // "Doel: 7.1 Minder energieverbruik" under an item's title: the
    // numbered doel it serves, as a field (a doel heading is read as such
    // before any line gets here).
    let doel_field = fl == "doel" && rest.chars().next().is_some_and(|c| c.is_ascii_digit());
    if doel_field || is(&m.inner.attributes) && (t.contains(':') || label.len() == t.len()) {
        return Some(Inner::Attribute {
            label: label.to_string(),
            value: rest.to_string(),
        });
    }
    None
}

/// The role of a short W-question that is on no list, by its verb: "waarom"
/// asks for background, a question in the perfect ("Wat is er
/// gerealiseerd?", "Wat hebben we bereikt?") for what was done, a question
/// about an intention ("Wat willen we doen?", "Wat hadden we gepland?") for
/// the plan. Whether it is a sub-heading of an item or a section heading of
/// the programme is the caller's question (where it stands).
fn question_role(fl: &str) -> Option<PartRole> {
    let words: Vec<&str> = fl.split_whitespace().collect();
    let first = *words.first()?;
    if words.len() > 8 || !matches!(first, "wat" | "hoe" | "waarom" | "welke" | "wanneer") {
        return None;
    }
    if first == "waarom" {
        return Some(PartRole::Background);
    }
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(&[
        "gepland", "wilden", "willen", "zouden", "gaan", "zullen", "hadden", "beoogd",
    ]) {
        return Some(PartRole::Plan);
    }
    // A participle after a perfect auxiliary; "bereikt" and "behaald" end in
    // -t or carry an inseparable prefix the participle test reads narrowly.
    let participle = words.iter().any(|w| {
        crate::judge::tense::is_participle(w)
            || (w.len() >= 6 && (w.starts_with("be") || w.starts_with("ver")) && w.ends_with('t'))
    });
    (has(&["hebben", "heeft", "is", "zijn", "werd", "werden"]) && participle)
        .then_some(PartRole::Report)
}

/// Whether a line is a sub-heading of an item (used by the layouts so that
/// such a line neither ends an item nor starts one).
pub fn is_sub_heading(t: &str, m: &Markers) -> bool {
    matches!(
        inner(t, m, false),
        Some(Inner::SubHeading { .. } | Inner::Attribute { .. })
    )
}

fn numbering() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            // The title follows a space or a separator, or (OCR has lost
            // the space: "3.11Leegstand") a capital.
            r"^(\d{1,2}(?:\.\d{1,2})+)\.?((?:\s*(?:,|en|/|&)\s*\d{1,2}(?:\.\d{1,2})+)*)(?:(?:\s*[-–:]\s+|\s+)(\S.*)|(\p{Lu}\p{Ll}.*))$",
        )
        .unwrap()
    })
}

/// "Maatregel 12", "Prestatie 2.1.1": an activity marker word and its
/// number, at the start of a (folded) line.
pub(super) fn marker_number(m: &Markers, folded: &str) -> Option<String> {
    marker_numbers(m, folded).into_iter().next()
}

/// All numbers after an activity marker word: "Maatregel 6 en 7" gives 6
/// and 7.
fn marker_numbers(m: &Markers, folded: &str) -> Vec<String> {
    let Some((word, rest)) = folded.split_once(' ') else {
        return Vec::new();
    };
    let marker = is_activity_word(m, word)
        || ["prestatie", "afspraak", "speerpunt", "project", "opgave"].contains(&word);
    if !marker {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut tokens = rest.split_whitespace().peekable();
    while let Some(t) = tokens.next() {
        // "6", or OCR's "12schuldhulp": the number glued to the title.
        let n = leading_number(t.trim_end_matches([',', '/', '&']));
        if n.is_empty() {
            break;
        }
        out.push(n.clone());
        let glued = t.len() > n.len() && !t[n.len()..].chars().all(|c| ",/&.".contains(c));
        if glued {
            break;
        }
        // Another number after "en", "&", "/", "-" or a comma.
        match tokens.peek() {
            Some(&("en" | "&" | "/" | "-" | "–")) => {
                tokens.next();
            }
            _ if t.ends_with([',', '/', '&']) => {}
            _ => break,
        }
    }
    out
}

/// A title without the activity marker word it starts with, when more
/// words follow ("Maatregel Isolatie van huurwoningen" -> "Isolatie van
/// huurwoningen").
pub(super) fn without_marker_word(m: &Markers, title: &str) -> String {
    let t = title.trim();
    if let Some((word, rest)) = t.split_once(' ') {
        if is_activity_word(m, &fold(word)) && !rest.trim().is_empty() {
            return rest.trim().to_string();
        }
    }
    t.to_string()
}

/// Whether a folded word is one of the activity marker words
/// ("maatregel", "activiteit", ...).
fn is_activity_word(m: &Markers, folded: &str) -> bool {
    m.lists.activiteit.iter().any(|w| fold(w) == folded)
}

/// The number a text starts with ("1.4: ..." gives "1.4", "12schuldhulp"
/// gives "12"); empty when it starts with none.
fn leading_number(t: &str) -> String {
    let n: String = t
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    n.trim_end_matches('.').to_string()
}

/// The number after a line's first word ("Doel 1.4: ..." gives "1.4").
pub(super) fn number_after_word(folded: &str) -> Option<String> {
    let (_, rest) = folded.split_once(' ')?;
    let n = leading_number(rest.trim_start());
    (!n.is_empty()).then_some(n)
}

/// Numbering at the start of a title ("2.1.1 Ondernemersloket",
/// "3.1.4 en 3.1.5 Parkeren"): the numbers and the title without them.
pub fn split_numbering(title: &str) -> (Vec<String>, String) {
    if let Some(c) = numbering().captures(title) {
        let mut nums = vec![c[1].to_string()];
        for n in c[2].split(|ch: char| !(ch.is_ascii_digit() || ch == '.')) {
            let n = n.trim_matches('.');
            if n.contains('.') {
                nums.push(n.to_string());
            }
        }
        let rest = c.get(3).or_else(|| c.get(4)).map_or("", |m| m.as_str());
        return (nums, rest.trim().to_string());
    }
    (Vec::new(), title.to_string())
}

/// Whether a title starts with a numbering: `split_numbering` would find
/// numbers (a match, without the captures and copies).
pub fn is_numbered(title: &str) -> bool {
    numbering().is_match(title)
}

/// Reads the numbers of every item and the inside of every item.
pub fn read_items(doc: &mut Document, m: &Markers) {
    let kind = doc.kind;
    let source = std::mem::take(&mut doc.source);
    for a in &mut doc.activities {
        number_of(a, &source, m);
        split_parts(a, kind, m, &source);
    }
    doc.source = source;
    drop_contents_entries(doc);
    drop_contents_doelen(doc);
}

/// Doelen listed before the document names them again ("Op deze pagina" /
/// "Doel 5.1 ..." / "Doel 5.2 ..."): a doel that heads no item and whose
/// title comes back later as a doel is an entry of a contents list.
fn drop_contents_doelen(doc: &mut Document) {
    let keys: Vec<String> = doc
        .doelen
        .iter()
        .map(|d| crate::text::title_key(&d.title))
        .collect();
    let last: std::collections::HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let used: std::collections::HashSet<usize> =
        doc.activities.iter().filter_map(|a| a.doel).collect();
    let drop: Vec<bool> = (0..keys.len())
        .map(|i| !used.contains(&i) && last[keys[i].as_str()] > i)
        .collect();
    if !drop.iter().any(|&d| d) {
        return;
    }
    let mut new_index = vec![None; drop.len()];
    let mut kept = Vec::new();
    for (i, d) in std::mem::take(&mut doc.doelen).into_iter().enumerate() {
        if drop[i] {
            doc.skipped.push(Skipped {
                span: d.span.clone(),
                reason: "inhoudsopgave (doel komt later terug)".into(),
                text: d.title.clone(),
            });
        } else {
            new_index[i] = Some(kept.len());
            kept.push(d);
        }
    }
    doc.doelen = kept;
    for a in &mut doc.activities {
        a.doel = a.doel.and_then(|i| new_index[i]);
    }
    doc.skipped.sort_by_key(|s| s.span.start_line);
}

fn number_of(a: &mut Activity, source: &[Line], m: &Markers) {
    let (nums, rest) = split_numbering(&a.title);
    if !nums.is_empty() && !rest.is_empty() {
        a.numbers = nums;
        a.title = rest;
        return;
    }
    // A marker with a number ("Maatregel 12Schuldhulp", "Prestatie 2.1.1"):
    // the title already lost the marker, the source line still has it.
    let Some(line) = source
        .binary_search_by_key(&a.span.start_line, |l| l.no)
        .ok()
        .map(|k| &source[k])
    else {
        return;
    };
    let numbers = marker_numbers(m, &fold(line.text.trim()));
    if numbers.first().is_some_and(|n| !a.title.starts_with(n)) {
        a.numbers = numbers;
    }
}

fn split_parts(a: &mut Activity, kind: DocKind, m: &Markers, source: &[Line]) {
    // A value under a "Status" field label (the label itself is page
    // furniture on field-label pages) is the municipality's status.
    // (Found by number: an HTML page's lines carry their source lines.)
    let after_status_label = |no: usize| {
        source
            .partition_point(|l| l.no < no)
            .checked_sub(1)
            .and_then(|k| source.get(k))
            .is_some_and(|l| m.inner.status.contains(&folded_label(&l.text)))
    };
    let body = std::mem::take(&mut a.body);
    let report_side = matches!(kind, DocKind::Jaarverslag);
    let keeps = |role: Option<PartRole>| match role {
        None => true,
        Some(PartRole::Background) => false,
        Some(PartRole::Plan) => !report_side,
        Some(PartRole::Report) => true,
    };
    let mut role: Option<PartRole> = None;
    let mut pending_attr: Option<String> = None;
    let mut seen_text = 0usize;
    for line in body {
        let t = line.text.trim();
        if t.is_empty() {
            pending_attr = None;
            push(a, role, keeps(role), line);
            continue;
        }
        if let Some(label) = pending_attr.take() {
            if inner(t, m, false).is_none() && t.split_whitespace().count() <= 12 {
                a.attributes.push((label, t.to_string()));
                continue;
            }
        }
        // Only above the first sub-heading is a bare status word a status;
        // under "Stand van zaken" it is the account itself.
        if a.self_reported.is_none() && after_status_label(line.no) {
            if let Some(s) = status_word(t) {
                a.self_reported = Some(SelfReport {
                    status: s,
                    text: t.to_string(),
                    line: line.no,
                });
                continue;
            }
        }
        match inner(t, m, seen_text < 2 && role.is_none()) {
            Some(Inner::SubHeading { role: r, rest }) => {
                role = Some(r);
                a.parts.push(Part {
                    role: r,
                    heading: label_split(t).0.to_string(),
                    span: Span::new(&a.span.path, line.no, line.no),
                    lines: Vec::new(),
                });
                if !rest.is_empty() {
                    let l = Line {
                        no: line.no,
                        text: rest,
                        breaks: Vec::new(),
                    };
                    push(a, role, keeps(role), l);
                }
            }
            Some(Inner::Attribute { label, value }) => {
                if value.is_empty() {
                    pending_attr = Some(label);
                } else {
                    a.attributes.push((label, value));
                }
            }
            Some(Inner::Status(s)) if a.self_reported.is_none() => {
                a.self_reported = Some(SelfReport {
                    status: s,
                    text: t.to_string(),
                    line: line.no,
                });
            }
            Some(Inner::Unplanned) => a.unplanned = true,
            _ => {
                if says_unplanned(t, m) {
                    a.unplanned = true;
                }
                seen_text += 1;
                push(a, role, keeps(role), line);
            }
        }
    }
    while a.body.last().is_some_and(|l| l.text.trim().is_empty()) {
        a.body.pop();
    }
    while a.body.first().is_some_and(|l| l.text.trim().is_empty()) {
        a.body.remove(0);
    }
    for p in &mut a.parts {
        while p.lines.last().is_some_and(|l| l.text.trim().is_empty()) {
            p.lines.pop();
        }
        if let Some(l) = p.lines.last() {
            p.span.end_line = l.no;
        }
    }
}

/// Puts a line in the body (this side's own text) and, under a
/// sub-heading, in that part too.
fn push(a: &mut Activity, role: Option<PartRole>, own: bool, line: Line) {
    if role.is_some() {
        if let Some(p) = a.parts.last_mut() {
            p.lines.push(line.clone());
        }
    }
    if own {
        a.body.push(line);
    }
}

/// A title listed without text and listed again later with text is a
/// contents entry ("Maatregel 3 Schuldhulp" in the inhoudsopgave).
fn drop_contents_entries(doc: &mut Document) {
    use std::collections::{BTreeSet, HashSet};
    // The same key that compares titles everywhere else (eval, review).
    let key = crate::text::title_key;
    let keys: Vec<(Option<String>, String)> = doc
        .activities
        .iter()
        .map(|a| (a.numbers.first().cloned(), key(&a.title)))
        .collect();
    let empty =
        |a: &Activity| a.body.iter().all(|l| l.text.trim().is_empty()) && a.parts.is_empty();
    let mut drop = vec![false; doc.activities.len()];
    // What comes later in the document, built from the end.
    let mut later_titles: BTreeSet<String> = BTreeSet::new();
    let mut later_numbers: HashSet<String> = HashSet::new();
    for i in (0..doc.activities.len()).rev() {
        let a = &doc.activities[i];
        // A list of later items' titles under a heading ("Overzicht
        // projecten") is a table of contents too.
        let short: Vec<String> = a
            .body
            .iter()
            .map(|l| l.text.trim())
            .filter(|t| !t.is_empty())
            .filter(|t| t.split_whitespace().count() <= 12)
            .map(key)
            .collect();
        if short.len() >= 3 {
            let lines = a.body.iter().filter(|l| !l.text.trim().is_empty()).count();
            let listed = short.iter().filter(|k| later_titles.contains(*k)).count();
            if listed >= 3 && listed * 2 >= lines {
                drop[i] = true;
            }
        }
        if !drop[i] && empty(a) {
            let (ni, ti) = &keys[i];
            let same_title = !ti.is_empty()
                && (later_titles.contains(ti)
                    || ti.len() >= 12
                        && later_titles
                            .range(ti.clone()..)
                            .next()
                            .is_some_and(|t| t.starts_with(ti.as_str())));
            let same_number = ni.as_ref().is_some_and(|n| later_numbers.contains(n));
            drop[i] = same_title || same_number;
        }
        later_titles.insert(keys[i].1.clone());
        if !empty(a) {
            if let Some(n) = &keys[i].0 {
                later_numbers.insert(n.clone());
            }
        }
    }
    if !drop.iter().any(|&d| d) {
        return;
    }
    let acts = std::mem::take(&mut doc.activities);
    for (a, d) in acts.into_iter().zip(drop) {
        if d {
            doc.skipped.push(Skipped {
                span: a.span.clone(),
                reason: "inhoudsopgave (titel zonder tekst, komt later terug)".into(),
                text: a.title.clone(),
            });
        } else {
            doc.activities.push(a);
        }
    }
    doc.skipped.sort_by_key(|s| s.span.start_line);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m() -> &'static Markers {
        Markers::builtin()
    }

    #[test]
    fn sub_headings_attributes_and_statuses() {
        assert_eq!(
            inner("Waarom", m(), false),
            Some(Inner::SubHeading {
                role: PartRole::Background,
                rest: String::new()
            })
        );
        assert_eq!(
            inner("Wat hadden we gepland?", m(), false),
            Some(Inner::SubHeading {
                role: PartRole::Plan,
                rest: String::new()
            })
        );
        assert_eq!(
            inner("Stand van zaken: we zijn gestart", m(), false),
            Some(Inner::SubHeading {
                role: PartRole::Report,
                rest: "we zijn gestart".into()
            })
        );
        // A label may carry a whole paragraph on its line.
        let long = format!(
            "Verantwoording: {}",
            "Er zijn bijeenkomsten gehouden. ".repeat(12)
        );
        assert_eq!(
            inner(&long, m(), false),
            Some(Inner::SubHeading {
                role: PartRole::Report,
                rest: long["Verantwoording:".len()..].trim().to_string()
            })
        );
        assert_eq!(
            inner("Status: ✖ Niet gerealiseerd", m(), false),
            Some(Inner::Status(SelfStatus::Dropped))
        );
        assert_eq!(
            inner("Budget: € 40.000", m(), false),
            Some(Inner::Attribute {
                label: "Budget".into(),
                value: "€ 40.000".into()
            })
        );
        assert_eq!(
            inner("Status: vertraagd", m(), false),
            Some(Inner::Status(SelfStatus::Delayed))
        );
        assert_eq!(
            inner("Deels gerealiseerd", m(), true),
            Some(Inner::Status(SelfStatus::Partial))
        );
        assert_eq!(
            inner("(deels gerealiseerd)", m(), false),
            Some(Inner::Status(SelfStatus::Partial))
        );
        // A sentence is not a status, nor a sub-heading.
        assert_eq!(
            inner("Gerealiseerd is de nieuwe brug over de Waal.", m(), true),
            None
        );
        assert_eq!(
            inner("Uitvoering van het plan liep vertraging op.", m(), false),
            None
        );
        assert_eq!(
            inner("Dit stond niet in de begroting.", m(), false),
            Some(Inner::Unplanned)
        );
    }

    #[test]
    fn a_traffic_light_after_a_title_is_its_status() {
        assert_eq!(
            status_suffix("Woonvisie 2025-2030 vastgesteld 🟢"),
            Some((SelfStatus::Done, "🟢", "Woonvisie 2025-2030 vastgesteld"))
        );
        assert_eq!(
            status_suffix("Flexwoningen Kampweg 🟠").map(|s| s.0),
            Some(SelfStatus::Partial)
        );
        assert_eq!(status_suffix("Woonvisie vastgesteld"), None);
        assert_eq!(status_suffix("🔴"), None);
        assert_eq!(
            status_suffix("Uitbreiding cameratoezicht centrum Deels gerealiseerd"),
            Some((
                SelfStatus::Partial,
                "Deels gerealiseerd",
                "Uitbreiding cameratoezicht centrum"
            ))
        );
        assert_eq!(
            status_suffix("Nieuw evenementenbeleid Niet gerealiseerd").map(|s| s.0),
            Some(SelfStatus::Dropped)
        );
        // A lower-case word that ends the title is part of it.
        assert_eq!(status_suffix("Het plan is gerealiseerd"), None);
        assert_eq!(status_suffix("Gereed"), None);
    }

    #[test]
    fn a_w_question_on_no_list_takes_its_role_from_its_verb() {
        let role = |t: &str| match inner(t, m(), false) {
            Some(Inner::SubHeading { role, .. }) => Some(role),
            _ => None,
        };
        assert_eq!(role("Wat is er gerealiseerd?"), Some(PartRole::Report));
        assert_eq!(
            role("Wat hebben we in 2023 opgeleverd?"),
            Some(PartRole::Report)
        );
        assert_eq!(role("Hoe is het gegaan?"), Some(PartRole::Report));
        assert_eq!(role("Hoe willen we dat aanpakken?"), Some(PartRole::Plan));
        // The BBV's questions head sections unless a list names them.
        assert_eq!(role("Wat willen we bereiken?"), None);
        assert_eq!(role("Waarom is dit nodig?"), Some(PartRole::Background));
        // No perfect, no question mark, or no W-word: not a sub-heading.
        assert_eq!(role("Wat is het probleem?"), None);
        assert_eq!(role("Wat is er gerealiseerd"), None);
        assert_eq!(role("Is de brug gerepareerd?"), None);
    }

    #[test]
    fn numbering_belongs_to_the_title() {
        assert_eq!(
            split_numbering("2.1.1 Ondernemersloket"),
            (vec!["2.1.1".to_string()], "Ondernemersloket".to_string())
        );
        assert_eq!(
            split_numbering("3.1.4 en 3.1.5 Parkeren en laadpalen"),
            (
                vec!["3.1.4".to_string(), "3.1.5".to_string()],
                "Parkeren en laadpalen".to_string()
            )
        );
        assert_eq!(
            split_numbering("2024 was een goed jaar").0,
            Vec::<String>::new()
        );
        // A thousands separator is not numbering.
        assert_eq!(
            split_numbering("1.200 woningen gebouwd").0,
            Vec::<String>::new()
        );
        // A dash or colon between number and title belongs to neither.
        assert_eq!(
            split_numbering("1.04 - Aanpak ondermijning:"),
            (vec!["1.04".to_string()], "Aanpak ondermijning:".to_string())
        );
        assert_eq!(
            split_numbering("2.3: Schone wijken"),
            (vec!["2.3".to_string()], "Schone wijken".to_string())
        );
        // OCR lost the space.
        assert_eq!(
            split_numbering("3.11Leegstand in de binnenstad"),
            (
                vec!["3.11".to_string()],
                "Leegstand in de binnenstad".to_string()
            )
        );
    }
}
