//! Markdown files (a CMS export, a report draft kept in a repository):
//! Markdown text -> plain text with the same lines, plus the heading
//! level of every line that was a heading.
//!
//! Line for line, so that line numbers in spans are lines of the `.md`
//! file itself: `#` headings and underlined (setext) headings lose their
//! marks and keep their level, a line that is nothing but bold text
//! ("**Wat is er gerealiseerd?**", "**Nieuwe website**") is a heading one
//! level under the last `#` heading, as a CMS's bold title is; emphasis,
//! code marks, link targets, images and escapes are dropped, bullets
//! become "- ", a quote loses its ">", pipe-table rows lose their outer
//! pipes and the row under a table's header becomes a dashed rule (as
//! HTML tables come out). Front matter and fences become blank lines.

use regex::Regex;
use std::sync::OnceLock;

/// Whether a file is Markdown: by its name, or (a `.txt` export of a
/// Markdown page) by several `#` headings together with Markdown's links
/// or bold marks.
pub fn looks_like_markdown(path: &str, text: &str) -> bool {
    let lower = path.to_lowercase();
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return true;
    }
    let mut headings = 0;
    let mut marks = 0;
    for l in text.lines().take(2000) {
        if atx(l).is_some() {
            headings += 1;
        }
        if l.contains("](") || l.trim_start().starts_with("**") {
            marks += 1;
        }
    }
    headings >= 3 && marks >= 2
}

/// An ATX heading: its level and text ("## Doel 1" -> (2, "Doel 1")).
fn atx(line: &str) -> Option<(u8, &str)> {
    let t = line.trim_start();
    if line.len() - t.len() > 3 {
        return None;
    }
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &t[hashes..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    // A closing run of hashes is no part of the text.
    let text = rest.trim().trim_end_matches('#').trim_end();
    Some((hashes as u8, text))
}

/// A setext underline ("====" or "----"), with the level it gives.
fn underline(line: &str) -> Option<u8> {
    let t = line.trim();
    if t.len() >= 2 && t.chars().all(|c| c == '=') {
        return Some(1);
    }
    if t.len() >= 2 && t.chars().all(|c| c == '-') {
        return Some(2);
    }
    None
}

/// A thematic break ("---", "***", "___", also spaced).
fn is_rule(line: &str) -> bool {
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    t.len() >= 3
        && (t.chars().all(|c| c == '-')
            || t.chars().all(|c| c == '*')
            || t.chars().all(|c| c == '_'))
}

/// The row under a pipe table's header ("|---|:--:|").
fn is_table_rule(line: &str) -> bool {
    let t = line.trim();
    t.contains('-')
        && t.contains('|')
        && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// Text without inline marks: links and images keep their text, emphasis,
/// code and escapes go.
fn inline(t: &str) -> String {
    static R: OnceLock<[Regex; 5]> = OnceLock::new();
    let [image, link, auto, emph, under] = R.get_or_init(|| {
        [
            Regex::new(r"!\[([^\]]*)\]\([^)]*\)").expect("image pattern"),
            Regex::new(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])").expect("link pattern"),
            Regex::new(r"<((?:https?|mailto):[^>\s]+)>").expect("autolink pattern"),
            Regex::new(r"\*{1,3}([^*\s](?:[^*]*[^*\s])?)\*{1,3}").expect("emphasis pattern"),
            Regex::new(r"(^|[\s(\[])_{1,3}([^_\s](?:[^_]*[^_\s])?)_{1,3}([\s).,;:!?\]]|$)")
                .expect("underscore pattern"),
        ]
    });
    let s = image.replace_all(t, "$1");
    let s = link.replace_all(&s, "$1");
    let s = auto.replace_all(&s, "$1");
    let s = emph.replace_all(&s, "$1");
    let s = under.replace_all(&s, "$1$2$3");
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' => {}
            '\\' if chars.peek().is_some_and(|n| n.is_ascii_punctuation()) => {
                out.extend(chars.next());
            }
            _ => out.push(c),
        }
    }
    out
}

/// A line that is nothing but bold text: its text, when it is short
/// enough for a title and no "Label:" line.
fn bold_line(t: &str) -> Option<&str> {
    let t = t.trim();
    let inner = t
        .strip_prefix("**")
        .and_then(|x| x.strip_suffix("**"))
        .or_else(|| t.strip_prefix("__").and_then(|x| x.strip_suffix("__")))?;
    let inner = inner.trim();
    let ok = !inner.is_empty()
        && !inner.contains("**")
        && !inner.contains(':')
        && inner.split_whitespace().count() <= 12
        && !inner.ends_with(['.', ',', ';']);
    ok.then_some(inner)
}

/// A list item or paragraph that opens with a bold phrase and goes on
/// with a sentence ("1. **Woonvisie vastgesteld 🟢** De raad heeft ..."):
/// the phrase, the CMS's title, and the text after it.
fn bold_lead(t: &str) -> Option<(&str, &str)> {
    let t = t.trim();
    // Past a list marker: "-", "*", "+" or "1.".
    let t = ["- ", "* ", "+ "]
        .iter()
        .find_map(|b| t.strip_prefix(b))
        .or_else(|| {
            let digits = t.chars().take_while(char::is_ascii_digit).count();
            (digits > 0 && digits <= 3)
                .then(|| t[digits..].strip_prefix(". "))
                .flatten()
        })
        .unwrap_or(t)
        .trim_start();
    let inner = t.strip_prefix("**")?;
    let end = inner.find("**")?;
    let (title, rest) = (inner[..end].trim(), inner[end + 2..].trim());
    let starts = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let ok = !title.is_empty()
        && !title.ends_with([':', '.', ',', ';'])
        && title.split_whitespace().count() <= 12
        && starts;
    ok.then_some((title, rest))
}

/// Markdown text -> plain text, the heading lines (index, level 1-6), and
/// the file's line of every output line: line for line, except that a bold
/// lead and its text ([`bold_lead`]) become two lines of one file line.
#[cfg(test)]
fn markdown_to_text(md: &str) -> (String, Vec<(usize, u8)>, Vec<usize>) {
    let (t, levels, nos, _) = markdown_to_text_inferred(md);
    (t, levels, nos)
}

/// The text, the heading lines (index, level), each output line's file
/// line, and which heading lines were inferred.
pub type MarkdownText = (String, Vec<(usize, u8)>, Vec<usize>, Vec<usize>);

/// [`markdown_to_text`], and which heading lines were inferred from bold
/// text rather than written as `#` headings.
pub fn markdown_to_text_inferred(md: &str) -> MarkdownText {
    let mut inferred = Vec::new();
    let src: Vec<&str> = md.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(src.len());
    let mut nos: Vec<usize> = Vec::with_capacity(src.len());
    let mut levels = Vec::new();
    let mut last_level = 0u8;
    let mut i = 0;
    // Front matter: "---" on the first line up to the next "---".
    if src.first().is_some_and(|l| l.trim() == "---") {
        if let Some(end) = src
            .iter()
            .skip(1)
            .take(60)
            .position(|l| matches!(l.trim(), "---" | "..."))
        {
            for _ in 0..end + 2 {
                out.push(String::new());
            }
            i = end + 2;
        }
    }
    let mut fence: Option<&str> = None;
    while i < src.len() {
        number(&mut nos, out.len(), i);
        let line = src[i];
        let t = line.trim_start();
        if let Some(f) = fence {
            if t.starts_with(f) {
                fence = None;
                out.push(String::new());
            } else {
                out.push(line.to_string());
            }
            i += 1;
            continue;
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            fence = Some(&t[..3]);
            out.push(String::new());
            i += 1;
            continue;
        }
        if let Some((level, text)) = atx(line) {
            levels.push((out.len(), level));
            last_level = level;
            out.push(inline(text));
            i += 1;
            continue;
        }
        // "Title" over "=====" or "-----": a heading (a "-----" under a
        // blank line or a list item is a rule).
        let next_under = src.get(i + 1).and_then(|n| underline(n));
        let plain_para =
            !t.is_empty() && !t.starts_with(['-', '*', '+', '>', '|', '#']) && !is_table_rule(line);
        if let (Some(level), true) = (next_under, plain_para) {
            levels.push((out.len(), level));
            last_level = level;
            out.push(inline(t.trim_end()));
            out.push(String::new());
            i += 2;
            continue;
        }
        if is_table_rule(line) {
            out.push("-".repeat(t.trim_end().chars().count().max(3)));
            i += 1;
            continue;
        }
        if is_rule(line) {
            out.push(String::new());
            i += 1;
            continue;
        }
        if let Some(title) = bold_line(t) {
            inferred.push(out.len());
            levels.push((out.len(), (last_level + 1).min(6)));
            out.push(inline(title));
            i += 1;
            continue;
        }
        if let Some((title, rest)) = bold_lead(t) {
            inferred.push(out.len());
            levels.push((out.len(), (last_level + 1).min(6)));
            out.push(inline(title));
            out.push(inline(rest));
            i += 1;
            continue;
        }
        out.push(block_line(line));
        i += 1;
    }
    number(&mut nos, out.len(), i);
    (out.join("\n"), levels, nos, inferred)
}

/// Numbers the output lines pushed since the last call: they came from
/// the file's lines after those numbered so far, up to `consumed`; a
/// step that wrote more lines than it read (a bold lead and its text)
/// gives the extra ones the number of its last line read.
fn number(nos: &mut Vec<usize>, written: usize, consumed: usize) {
    let first = nos.last().map_or(1, |&n| n + 1);
    let from = nos.len();
    for k in from..written {
        nos.push((first + (k - from)).min(consumed.max(first)));
    }
}

/// Whether a text is one link and nothing else.
fn only_a_link(t: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"^\[[^\]]+\]\([^)\s]+\)\.?$").expect("link-only pattern"))
        .is_match(t.trim())
}

/// One line of a paragraph, list, quote or table.
fn block_line(line: &str) -> String {
    let indent = line.len() - line.trim_start().len();
    let mut t = line.trim_start();
    while let Some(rest) = t.strip_prefix('>') {
        t = rest.trim_start();
    }
    if t.starts_with('|') || (t.contains(" | ") && t.trim_end().ends_with('|')) {
        let row = t.trim().trim_start_matches('|').trim_end_matches('|');
        let cells: Vec<String> = row.split('|').map(|c| inline(c.trim())).collect();
        return cells.join(" | ");
    }
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = t.strip_prefix(bullet) {
            // A task list's box is no text.
            let rest = rest
                .strip_prefix("[ ] ")
                .or_else(|| rest.strip_prefix("[x] "))
                .or_else(|| rest.strip_prefix("[X] "))
                .unwrap_or(rest);
            // A list item that is only a link ("- [Sportnota (pdf)](https://
            // ...)", under "Meer informatie") points elsewhere: no text
            // of the report's own, and no item.
            if only_a_link(rest) {
                return String::new();
            }
            return format!("{}- {}", " ".repeat(indent), inline(rest));
        }
    }
    format!("{}{}", " ".repeat(indent), inline(t))
        .trim_end()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "---\ntitle: \"Programma 1\"\n---\n\n# Programma 1 Dienstverlening\n\n\
**Portefeuillehouders:** burgemeester R. van Leest\n\n## Doel 1: Snel geholpen\n\n\
**Wat hebben we daarvoor gedaan?**\n\n### Nieuwe website\n\n\
De **nieuwe** website is [live](https://x.nl) sinds `mei`; zie \\*noot.\n\n*Status: gereed*\n\n\
- eerste punt\n  * tweede punt\n\n> Citaat van de wethouder\n\n\
| Kengetal | Begroting 2023 |\n|---|---:|\n| Klanttevredenheid | 7,3 |\n\n\
Resultaten\n----------\n\n```\ncode # geen kop\n```\n[Terug naar boven](#top)";

    #[test]
    fn every_line_keeps_its_number() {
        let (text, _, _) = markdown_to_text(REPORT);
        assert_eq!(text.lines().count(), REPORT.lines().count());
    }

    #[test]
    fn marks_go_and_headings_keep_their_level() {
        let (text, levels, _) = markdown_to_text(REPORT);
        let lines: Vec<&str> = text.lines().collect();
        let at = |s: &str| {
            lines
                .iter()
                .position(|l| *l == s)
                .unwrap_or_else(|| panic!("{s:?} not in {lines:#?}"))
        };
        assert!(lines[..3].iter().all(|l| l.is_empty()), "front matter");
        let level = |k: usize| levels.iter().find(|(i, _)| *i == k).map(|(_, l)| *l);
        assert_eq!(level(at("Programma 1 Dienstverlening")), Some(1));
        assert_eq!(level(at("Doel 1: Snel geholpen")), Some(2));
        assert_eq!(level(at("Wat hebben we daarvoor gedaan?")), Some(3));
        assert_eq!(level(at("Nieuwe website")), Some(3));
        assert_eq!(level(at("Resultaten")), Some(2));
        assert_eq!(
            level(at("Portefeuillehouders: burgemeester R. van Leest")),
            None
        );
        at("De nieuwe website is live sinds mei; zie *noot.");
        at("Status: gereed");
        at("- eerste punt");
        at("  - tweede punt");
        at("Citaat van de wethouder");
        at("Kengetal | Begroting 2023");
        at("Klanttevredenheid | 7,3");
        assert!(lines
            .iter()
            .any(|l| l.starts_with("---") && l.chars().all(|c| c == '-')));
        at("code # geen kop");
        at("Terug naar boven");
        assert_eq!(levels.len(), 5, "{levels:?}");
    }

    #[test]
    fn a_bold_lead_of_a_list_item_is_a_title_over_its_text_on_the_same_line() {
        let md = "# Programma\n\n## 3.1 Wonen\n\n1. **Woonvisie vastgesteld 🟢** De raad heeft de visie vastgesteld.\n\n2. **Status:** gereed\n";
        let (text, levels, nos) = markdown_to_text(md);
        let lines: Vec<&str> = text.lines().collect();
        let k = lines
            .iter()
            .position(|l| *l == "Woonvisie vastgesteld 🟢")
            .unwrap_or_else(|| panic!("{lines:?}"));
        assert_eq!(lines[k + 1], "De raad heeft de visie vastgesteld.");
        assert!(levels.contains(&(k, 3)), "{levels:?}");
        // Both on file line 5; the lines after keep theirs.
        assert_eq!((nos[k], nos[k + 1]), (5, 5));
        assert_eq!(nos.len(), lines.len());
        let status = lines.iter().position(|l| l.contains("gereed")).unwrap();
        assert_eq!(nos[status], 7);
    }

    #[test]
    fn markdown_is_told_by_name_or_by_its_marks() {
        assert!(looks_like_markdown("verslag.MD", "tekst"));
        assert!(!looks_like_markdown("verslag.txt", "# Kop\n\nTekst"));
        assert!(looks_like_markdown(
            "verslag.txt",
            "# A\n## B\n## C\n**Wat?**\n[x](y)\n"
        ));
    }

    #[test]
    fn underscores_inside_words_stay() {
        assert_eq!(
            inline("bestand_naam_2023 en _nadruk_"),
            "bestand_naam_2023 en nadruk"
        );
    }
}
