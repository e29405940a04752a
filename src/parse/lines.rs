//! Line classification: what each normalised line looks like on its own
//! (a tree marker, a W-question heading, a bullet, page furniture, text).

use super::markers::Markers;
use regex::Regex;
use std::sync::OnceLock;

/// The BBV questions that head the sections of a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// "Wat willen we bereiken?" (plan) / "Wat hebben we bereikt?" (report):
    /// the doelen.
    Goals { report: bool },
    /// "Wat gaan we daarvoor doen?" (plan) / "Wat hebben we daarvoor
    /// gedaan?" (report): the activities.
    Activities { report: bool },
    /// "Wat mag het kosten?" / "Wat heeft het gekost?": figures.
    Costs { report: bool },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    Ambitie(String),
    Doel(String),
    /// An explicit activity marker ("Activiteit:", "Interventie 3",
    /// "Maatregel 4:"), with the title text after the marker.
    Activity(String),
    Question(Question),
    /// A list item: marker removed.
    Bullet(String),
    /// Page numbers, running headers and the like.
    Furniture(&'static str),
    Text,
}

struct Patterns {
    bullet: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        // Lettered and numbered list items ("a. We stellen ...", "b) ...",
        // "1. We bouwen ...") are list items too: the letter or number is
        // followed by an upper-case word.
        bullet: Regex::new(r"^(?:[-•·▪◦*–●○\x{F0B7}]\s+(.+)|(?:[a-z]|\d{1,2})[.)]\s+(\p{Lu}.*))$")
            .unwrap(),
    })
}

pub(crate) fn question(folded: &str) -> Option<Question> {
    let t = folded.trim_end_matches(['?', ' ', '.', ':']);
    if !t.starts_with("wat ") || t.split_whitespace().count() > 8 {
        return None;
    }
    // "Wat we in 2025 doen:" puts the subject right after "wat" and opens
    // a list: a lead-in inside an item, not a question heading a section
    // (which puts the verb there: "Wat gaan we doen?").
    let subject_next = t.split_whitespace().nth(1).is_some_and(|w| {
        matches!(
            w,
            "we" | "wij" | "ik" | "u" | "je" | "jij" | "jullie" | "ze" | "zij"
        )
    });
    if subject_next && folded.trim_end().ends_with(':') {
        return None;
    }
    let report = t.contains("hebben") || t.contains("heeft") || t.contains("hadden");
    if t.contains("kost") {
        return Some(Question::Costs { report });
    }
    if t.contains("doen") || t.contains("gedaan") {
        return Some(Question::Activities { report });
    }
    if t.contains("bereik") {
        return Some(Question::Goals { report });
    }
    None
}

/// Classifies one normalised line with the built-in markers.
pub fn classify(text: &str) -> LineKind {
    classify_with(text, Markers::builtin())
}

/// Classifies one normalised line. Markers are matched on the folded line
/// (case and diacritics ignored); titles are taken from the line as is.
pub fn classify_with(text: &str, m: &Markers) -> LineKind {
    let t = text.trim();
    if t.is_empty() {
        return LineKind::Blank;
    }
    let folded = crate::text::fold(t);
    if let Some(q) = question(&folded) {
        return LineKind::Question(q);
    }
    // Folding keeps byte offsets only for ASCII; take the title from the
    // original when it does, else from the folded text's match position
    // counted in characters.
    let title_from = |start_folded: usize| -> String {
        let chars_before = folded[..start_folded].chars().count();
        t.chars()
            .skip(chars_before)
            .collect::<String>()
            .trim()
            .to_string()
    };
    if let Some(c) = m.ambitie.captures(&folded) {
        return LineKind::Ambitie(title_from(c.get(1).map(|g| g.start()).unwrap_or(0)));
    }
    if let Some(c) = m.doel.captures(&folded) {
        return LineKind::Doel(title_from(c.get(1).map(|g| g.start()).unwrap_or(0)));
    }
    if let Some(c) = m.activity.captures(&folded) {
        let start = c
            .get(1)
            .or_else(|| c.get(2))
            .map(|g| g.start())
            .unwrap_or(0);
        return LineKind::Activity(title_from(start));
    }
    // The rules of a converted table ("-----", "--+--", "| |") hold no
    // text.
    if t.chars().count() >= 3 && t.chars().all(|c| matches!(c, '-' | '+' | '=' | '|' | ' ')) {
        return LineKind::Furniture("tabelrand");
    }
    for (k, f) in m.furniture.iter().enumerate() {
        if f.is_match(t) {
            return LineKind::Furniture(match k {
                0 => PAGE_FOOTER,
                1 => "portaalknop",
                2 => "paginanummer",
                3 => "inhoudsopgave",
                _ => "paginaopmaak",
            });
        }
    }
    if let Some(c) = patterns().bullet.captures(t) {
        let item = c.get(1).or_else(|| c.get(2)).map_or("", |g| g.as_str());
        return LineKind::Bullet(item.trim().to_string());
    }
    LineKind::Text
}

/// The skip reason of a portal page's footer ("Deze pagina is gebouwd op").
pub const PAGE_FOOTER: &str = "portaalvoettekst";

/// The key under which running headers and footers repeat: folded, with
/// digits left out ("Programmabegroting 2022 | pagina 7" and "... 8" are
/// the same header).
fn header_key(t: &str) -> String {
    crate::text::fold(t)
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Running page headers and footers: short lines, not sentences, that
/// recur at least three times apart from each other in one document
/// ("Programmabegroting 2022 | Gemeente Dijkveld"). Lines the tree needs
/// (markers, W-questions, bullets, table rows, an item's sub-headings) are
/// never headers. Marks
/// them as furniture in `kinds`.
pub fn mark_running_headers(lines: &[crate::model::Line], kinds: &mut [LineKind], m: &Markers) {
    use std::collections::HashMap;
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, l) in lines.iter().enumerate() {
        if kinds[i] != LineKind::Text {
            continue;
        }
        let t = l.text.trim();
        let words = t.split_whitespace().count();
        if words == 0
            || words > 14
            // A question that recurs ("Wat wilden we?") heads a part of
            // every item; running headers ask nothing.
            || t.ends_with(['.', ':', ';', '|', '?'])
            || t.starts_with("---")
            || t.chars().filter(|c| c.is_alphabetic()).count() < 4
            // Sub-headings, statuses and attributes recur on every item:
            // they are structure, not furniture.
            || super::parts::inner(t, m, true).is_some()
            // So do the section headings under each doel ("Indicatoren"):
            // they end the item before them.
            || super::aside_heading(t, m).is_some()
        {
            continue;
        }
        seen.entry(header_key(t)).or_default().push(i);
    }
    for at in seen.into_values() {
        // Spread over the document, not a list of equal lines.
        let apart = at.windows(2).filter(|w| w[1] - w[0] > 5).count();
        if at.len() >= 3 && apart + 1 >= 3 {
            for i in at {
                kinds[i] = LineKind::Furniture("kop- of voettekst");
            }
        }
    }
}

/// A legend of the report's own status marks ("Legenda" / "Afgerond - Het
/// speerpunt is uitgevoerd ...", "groen | Gerealiseerd"): the heading and
/// its lines up to the next blank line explain the marks; they are no
/// items.
pub fn mark_legends(lines: &[crate::model::Line], kinds: &mut [LineKind]) {
    let mut i = 0;
    while i < lines.len() {
        let f = crate::text::fold(lines[i].text.trim().trim_end_matches(':'));
        let legend =
            f.split_whitespace().next() == Some("legenda") && f.split_whitespace().count() <= 4;
        if !legend {
            i += 1;
            continue;
        }
        kinds[i] = LineKind::Furniture("legenda");
        i += 1;
        while i < lines.len() && !lines[i].text.trim().is_empty() {
            kinds[i] = LineKind::Furniture("legenda");
            i += 1;
        }
    }
}

/// A caption of a figure, table or photo ("Figuur 2.1 ...", "Bron: CBS"):
/// never a heading, never an activity's text.
pub fn is_caption(t: &str) -> bool {
    let f = crate::text::fold(t.trim());
    [
        "figuur ",
        "tabel ",
        "grafiek ",
        "foto:",
        "foto ",
        "bron:",
        "afbeelding ",
    ]
    .iter()
    .any(|c| f.starts_with(c))
        && t.split_whitespace().count() <= 20
}

/// Whether a text reads like a title: one short sentence without a colon
/// at the end.
pub fn title_like(text: &str, max_words: usize) -> bool {
    let t = text.trim();
    let words = t.split_whitespace().count();
    if words == 0 || words > max_words {
        return false;
    }
    if t.ends_with(':') || t.ends_with(';') || t.ends_with(',') {
        return false;
    }
    !has_inner_sentence_break(t)
}

/// A ". X" (sentence end followed by a capital) inside the text.
pub fn has_inner_sentence_break(t: &str) -> bool {
    let chars: Vec<char> = t.chars().collect();
    for i in 0..chars.len().saturating_sub(2) {
        if matches!(chars[i], '.' | '!' | '?') && chars[i + 1] == ' ' && chars[i + 2].is_uppercase()
        {
            // Skip abbreviations like "o.a. De" only roughly: a one-letter
            // word before the period.
            let before: String = chars[..i]
                .iter()
                .rev()
                .take_while(|c| !c.is_whitespace())
                .collect();
            if before.chars().count() <= 1 || before.contains('.') {
                continue;
            }
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(
            classify("Ambitie: We hebben wijken"),
            LineKind::Ambitie("We hebben wijken".into())
        );
        assert_eq!(
            classify("Ambitie 8. Zorg dichtbij"),
            LineKind::Ambitie("Zorg dichtbij".into())
        );
        assert_eq!(
            classify("Doel 8.1: Minder schulden"),
            LineKind::Doel("Minder schulden".into())
        );
        assert_eq!(
            classify("Doel: We stimuleren"),
            LineKind::Doel("We stimuleren".into())
        );
        assert_eq!(classify("Doelen zijn belangrijk voor ons"), LineKind::Text);
        assert_eq!(
            classify("Activiteit: Integraal PGB"),
            LineKind::Activity("Integraal PGB".into())
        );
        assert_eq!(
            classify("Interventie 3 Vroegsignalering"),
            LineKind::Activity("Vroegsignalering".into())
        );
        assert_eq!(
            classify("- We bevorderen het meedoen"),
            LineKind::Bullet("We bevorderen het meedoen".into())
        );
        assert_eq!(
            classify("•             9% van de aanmeldingen"),
            LineKind::Bullet("9% van de aanmeldingen".into())
        );
    }

    #[test]
    fn questions_and_furniture() {
        assert_eq!(
            classify("Wat gaan we daarvoor doen?"),
            LineKind::Question(Question::Activities { report: false })
        );
        assert_eq!(
            classify("Wat hebben we dit jaar bereikt"),
            LineKind::Question(Question::Goals { report: true })
        );
        assert_eq!(
            classify("Wat heeft het gekost?"),
            LineKind::Question(Question::Costs { report: true })
        );
        // A lead-in to a list ("Wat we in 2025 doen:") is text.
        assert_eq!(classify("Wat we in 2025 doen:"), LineKind::Text);
        assert_eq!(
            classify("Wat we gaan doen"),
            LineKind::Question(Question::Activities { report: false })
        );
        assert_eq!(
            classify("pagina 4 van 20"),
            LineKind::Furniture("paginanummer")
        );
        assert_eq!(classify("12"), LineKind::Furniture("paginanummer"));
        assert_eq!(
            classify("Inleiding ........ 3"),
            LineKind::Furniture("inhoudsopgave")
        );
    }

    #[test]
    fn title_likeness() {
        assert!(title_like("Versterken antidiscriminatie", 30));
        assert!(title_like("We houden het welzijn van ouderen op peil.", 30));
        assert!(!title_like(
            "Verhogen meldingstoegankelijkheid discriminatie. In 2024 hebben wij",
            30
        ));
        assert!(!title_like("We hebben de volgende acties uitgevoerd:", 30));
        assert!(title_like("De aanpak o.a. verbeterd", 30));
    }
}
