//! Sentence splitting over lines, keeping the lines each sentence spans.

use crate::model::{Line, Sentence, Span};

/// Abbreviations that end with a period but do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "o.a", "m.n", "bijv", "bv", "t.o.v", "o.l.v", "zgn", "i.s.m", "e.d", "etc", "ca", "nl",
    "m.b.t", "t.b.v", "i.v.m", "resp", "jl", "nr", "art", "blz", "max", "min", "incl", "excl",
    "mln", "mld", "d.w.z", "a.d.h.v", "m.u.v", "i.p.v", "e.a", "o.b.v", "dhr", "mevr", "drs", "dr",
    "prof", "st",
];

/// The signs that open a list item ("- ", "• ", the private-use bullet
/// of Word exports), besides numbers and the second-level "o".
pub const LIST_MARKERS: [char; 10] = ['-', '•', '·', '▪', '◦', '*', '–', '●', '○', '\u{F0B7}'];

/// Whether a line opens with a list marker: a dash or bullet sign, a
/// number with a period or parenthesis ("1. ", "2) "), or the "o" that
/// pdftotext and Word exports print for a second-level bullet ("  o
/// laadvisie gereed in het derde kwartaal"; no Dutch sentence opens with a
/// lowercase "o" on its own).
fn is_bullet_line(text: &str) -> bool {
    let t = text.trim_start();
    if t.starts_with("o ") {
        return true;
    }
    let mut chars = t.chars();
    match chars.next() {
        Some(c) if LIST_MARKERS.contains(&c) => chars.next().is_some_and(|c| c.is_whitespace()),
        Some(c) if c.is_ascii_digit() => {
            let rest: String = t
                .chars()
                .skip_while(|c| c.is_ascii_digit())
                .take(2)
                .collect();
            rest.starts_with(". ") || rest.starts_with(") ")
        }
        _ => false,
    }
}

/// A list item's text without its marker ("- eerste ding", "o laadvisie
/// gereed" -> "eerste ding", "laadvisie gereed"); other text as it is.
pub fn without_marker(text: &str) -> &str {
    let t = text.trim_start();
    if let Some(rest) = t.strip_prefix("o ") {
        return rest.trim_start();
    }
    t.trim_start_matches(|c: char| c == ' ' || LIST_MARKERS.contains(&c))
}

/// Splits lines into sentences. A blank line or a bullet line always starts
/// a new sentence; otherwise sentences end at `.`, `!` or `?` followed by a
/// space and a capital, digit or quote, except after common abbreviations.
pub fn split_sentences(path: &str, lines: &[Line]) -> Vec<Sentence> {
    let mut out = Vec::new();
    // Current buffer: text plus the line number of each char offset range.
    let mut buf = String::new();
    let mut marks: Vec<(usize, usize)> = Vec::new(); // (byte offset, line no)
    let flush = |buf: &mut String, marks: &mut Vec<(usize, usize)>, out: &mut Vec<Sentence>| {
        split_buffer(path, buf, marks, out);
        buf.clear();
        marks.clear();
    };
    for line in lines {
        let text = line.text.trim();
        if text.is_empty() {
            flush(&mut buf, &mut marks, &mut out);
            continue;
        }
        if is_bullet_line(text) {
            flush(&mut buf, &mut marks, &mut out);
        }
        if !buf.is_empty() {
            buf.push(' ');
        }
        marks.push((buf.len(), line.no));
        // Where the line runs on over later lines of the file (HTML).
        let lead = line.text.len() - line.text.trim_start().len();
        for &(off, no) in &line.breaks {
            if off >= lead && off - lead < text.len() {
                marks.push((buf.len() + off - lead, no));
            }
        }
        buf.push_str(text);
    }
    flush(&mut buf, &mut marks, &mut out);
    out
}

fn line_at(marks: &[(usize, usize)], offset: usize) -> usize {
    match marks.binary_search_by(|(o, _)| o.cmp(&offset)) {
        Ok(i) => marks[i].1,
        Err(0) => marks.first().map(|m| m.1).unwrap_or(1),
        Err(i) => marks[i - 1].1,
    }
}

fn split_buffer(path: &str, buf: &str, marks: &[(usize, usize)], out: &mut Vec<Sentence>) {
    if buf.trim().is_empty() {
        return;
    }
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = buf.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // Needs a space next, then a sentence start.
        let Some(&(_, next)) = chars.get(k + 1) else {
            continue;
        };
        if next != ' ' {
            continue;
        }
        let Some(&(_, after)) = chars.get(k + 2) else {
            continue;
        };
        if !(after.is_uppercase()
            || after.is_ascii_digit()
            || matches!(after, '"' | '\'' | '(' | '-' | '•'))
        {
            continue;
        }
        if c == '.' {
            let word_start = buf[..i]
                .rfind(|ch: char| ch.is_whitespace() || ch == '(')
                .map(|p| p + 1)
                .unwrap_or(0);
            let word = buf[word_start..i].to_lowercase();
            if ABBREVIATIONS.contains(&word.as_str()) {
                continue;
            }
            // "1." or "2." numbering: at the start of a sentence or after a
            // colon ("drie stappen: 1. ..."). After a word it ends the
            // sentence ("... leerlingen van groep 7. Voor 65-plussers ...").
            if !word.is_empty() && word.chars().all(|ch| ch.is_ascii_digit()) && word.len() <= 2 {
                let before = buf[start..word_start].trim_end();
                if before.is_empty() || before.ends_with([':', ';']) {
                    continue;
                }
            }
        }
        let end = i + c.len_utf8();
        push(path, buf, marks, start, end, out);
        start = end;
    }
    push(path, buf, marks, start, buf.len(), out);
}

fn push(
    path: &str,
    buf: &str,
    marks: &[(usize, usize)],
    start: usize,
    end: usize,
    out: &mut Vec<Sentence>,
) {
    let raw = &buf[start..end];
    let lead = raw.len() - raw.trim_start().len();
    let text = raw.trim();
    if text.is_empty() {
        return;
    }
    let s = start + lead;
    let e = s + text.len().saturating_sub(1);
    out.push(Sentence {
        text: text.to_string(),
        span: Span::new(path, line_at(marks, s), line_at(marks, e)),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(v: &[&str]) -> Vec<Line> {
        v.iter()
            .enumerate()
            .map(|(i, t)| Line {
                no: i + 10,
                text: t.to_string(),
                breaks: Vec::new(),
            })
            .collect()
    }

    #[test]
    fn sentences_keep_their_lines() {
        let s = split_sentences(
            "x",
            &lines(&[
                "In 2023 stellen we o.a. een kader",
                "vast. Daarna gaan we",
                "verder.",
                "",
                "Nieuw punt",
            ]),
        );
        let got: Vec<(&str, usize, usize)> = s
            .iter()
            .map(|s| (s.text.as_str(), s.span.start_line, s.span.end_line))
            .collect();
        assert_eq!(
            got,
            vec![
                ("In 2023 stellen we o.a. een kader vast.", 10, 11),
                ("Daarna gaan we verder.", 11, 12),
                ("Nieuw punt", 14, 14)
            ]
        );
    }

    #[test]
    fn a_number_ends_a_sentence_after_a_word_not_after_a_colon() {
        let texts = |t: &str| -> Vec<String> {
            split_sentences("x", &lines(&[t]))
                .into_iter()
                .map(|s| s.text)
                .collect()
        };
        assert_eq!(
            texts("Het examen is voor groep 7. Voor ouderen organiseren we trainingen."),
            vec![
                "Het examen is voor groep 7.",
                "Voor ouderen organiseren we trainingen."
            ]
        );
        assert_eq!(texts("We doen twee dingen: 1. Wonen bouwen.").len(), 1);
    }

    #[test]
    fn bullets_start_sentences() {
        let s = split_sentences("x", &lines(&["We doen:", "- eerste ding", "- tweede ding"]));
        assert_eq!(s.len(), 3);
        assert_eq!(s[2].text, "- tweede ding");
        // A second-level bullet as pdftotext prints it, after a sentence.
        let s = split_sentences(
            "x",
            &lines(&[
                "We stellen een laadvisie op.",
                "  o laadvisie gereed in mei.",
            ]),
        );
        assert_eq!(s.len(), 2);
    }
}
