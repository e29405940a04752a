//! Text normalisation for processing: Unicode NFC, soft hyphens, exotic
//! spaces, ligatures, curly quotes, and words hyphenated across line
//! breaks. Every line keeps its original number; a word split over two
//! lines is re-joined on the first of them.

use crate::model::Line;
use unicode_normalization::UnicodeNormalization;

/// Normalises one line: NFC, characters mapped, whitespace collapsed and
/// trimmed.
pub fn normalize_line(raw: &str) -> String {
    // Tabs between cells (Word and spreadsheet exports) become the "|" cell
    // separator that HTML tables get too, so a table row stays a row; a tab
    // after a bullet or before the text is only space.
    let tabbed;
    let raw = if raw.trim().contains('\t') {
        let cells: Vec<&str> = raw
            .split('\t')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        let bullet = cells
            .first()
            .is_some_and(|c| c.chars().count() == 1 && !c.chars().all(char::is_alphanumeric));
        tabbed = match (bullet, cells.split_first()) {
            (true, Some((b, rest))) if !rest.is_empty() => format!("{b} {}", rest.join(" | ")),
            _ => cells.join(" | "),
        };
        tabbed.as_str()
    } else {
        raw
    };
    if raw.is_ascii() {
        return fix_ocr(ascii_line(raw));
    }
    let mut out = String::with_capacity(raw.len());
    let mut last_space = true;
    // Most lines are already NFC: compose only the rest.
    let composed;
    let src: &str = if unicode_normalization::is_nfc_quick(raw.chars())
        == unicode_normalization::IsNormalized::Yes
    {
        raw
    } else {
        composed = raw.nfc().collect::<String>();
        &composed
    };
    for c in src.chars() {
        // ASCII as in `ascii_line`, before the table of other characters.
        if c.is_ascii() {
            if c == ' ' || c.is_ascii_control() {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
            } else {
                out.push(if c == '`' { '\'' } else { c });
                last_space = false;
            }
            continue;
        }
        let mapped: &str = match c {
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{2060}' => "",
            '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' | '\u{2002}'
            | '\u{2003}' | '\t' | '\x0c' | '\x0b' => " ",
            '\u{FB00}' => "ff",
            '\u{FB01}' => "fi",
            '\u{FB02}' => "fl",
            '\u{FB03}' => "ffi",
            '\u{FB04}' => "ffl",
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => "'",
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '«' | '»' => "\"",
            '\u{2010}' | '\u{2011}' => "-",
            '\u{2026}' => "...",
            c if c.is_control() => " ",
            _ => {
                if c.is_whitespace() {
                    " "
                } else {
                    out.push(c);
                    last_space = false;
                    continue;
                }
            }
        };
        for m in mapped.chars() {
            if m == ' ' {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
            } else {
                out.push(m);
                last_space = false;
            }
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    fix_ocr(out)
}

/// [`normalize_line`]'s character loop for an ASCII line (most lines), byte
/// by byte: a backtick becomes a quote, control characters and runs of
/// spaces one space, the ends trimmed.
fn ascii_line(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut last_space = true;
    for b in raw.bytes() {
        if b == b' ' || b.is_ascii_control() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(if b == b'`' { '\'' } else { b as char });
            last_space = false;
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// Whole words that OCR reliably gets wrong in Dutch (a capital I read as
/// l, a lost space). Only words that are not Dutch themselves.
const OCR_WORDS: &[(&str, &str)] = &[
    ("ledereen", "Iedereen"),
    ("ledere", "Iedere"),
    ("leder", "Ieder"),
    ("lnde", "In de"),
    ("Inde", "In de"),
    ("inde", "in de"),
    ("ln", "In"),
    ("lk", "Ik"),
    ("lndien", "Indien"),
    ("lnmiddels", "Inmiddels"),
    ("lnwoners", "Inwoners"),
];

fn fix_ocr(line: String) -> String {
    // Every word of the list is ASCII and starts with "l", "I" or "i": most
    // words need no comparison. Split at every byte that is not an ASCII
    // letter or digit, the pieces hold every word of the list the line
    // holds (and maybe more, which the loop below tells apart).
    if !line
        .as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| matches!(w.first(), Some(b'l' | b'I' | b'i')))
        .any(|w| OCR_WORDS.iter().any(|(bad, _)| bad.as_bytes() == w))
    {
        return line;
    }
    let mut out = String::with_capacity(line.len() + 4);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match OCR_WORDS.iter().find(|(bad, _)| *bad == word.as_str()) {
            Some((_, good)) => out.push_str(good),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in line.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Normalises all lines and re-joins words hyphenated across a line break
/// ("woning-" + "bouw" becomes "woningbouw" on the first line). A hyphen after
/// a capital or digit ("VO-" + "scholen") is kept.
pub fn normalize_lines(raw: &[&str]) -> Vec<Line> {
    let mut lines: Vec<Line> = raw
        .iter()
        .enumerate()
        .map(|(i, r)| Line {
            no: i + 1,
            text: normalize_line(r),
            breaks: Vec::new(),
        })
        .collect();
    for i in 0..lines.len().saturating_sub(1) {
        let Some(prefix) = hyphen_stem(&lines[i].text) else {
            continue;
        };
        let next = &lines[i + 1].text;
        let first_word_len = next
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric() && *c != '-')
            .map(|(i, _)| i)
            .unwrap_or(next.len());
        if first_word_len == 0 {
            continue;
        }
        let first = &next[..first_word_len];
        if !first.chars().next().is_some_and(|c| c.is_lowercase()) {
            continue;
        }
        let keep_hyphen = prefix
            .chars()
            .last()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let mut head = lines[i].text.clone();
        if !keep_hyphen {
            head.pop();
        }
        head.push_str(first);
        // Keep trailing punctuation of the joined word with it.
        let rest = next[first_word_len..].to_string();
        let (punct, rest) = split_leading_punct(&rest);
        head.push_str(punct);
        lines[i].text = head;
        lines[i + 1].text = rest.trim_start().to_string();
    }
    lines
}

/// If the line ends in a word-hyphen ("woning-"), returns the word part.
fn hyphen_stem(text: &str) -> Option<&str> {
    let body = text.strip_suffix('-')?;
    let last_word_start = body
        .rfind(|c: char| c.is_whitespace())
        .map(|i| i + 1)
        .unwrap_or(0);
    let word = &body[last_word_start..];
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // "-" alone, "en -" or a dash used as a separator are not hyphenations.
    if letters >= 2 && word.chars().last().is_some_and(|c| c.is_alphanumeric()) {
        Some(word)
    } else {
        None
    }
}

fn split_leading_punct(s: &str) -> (&str, &str) {
    let end = s
        .char_indices()
        .find(|(_, c)| !matches!(c, '.' | ',' | ';' | ':' | ')' | '!' | '?'))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    s.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ocr_words_start_with_the_letters_fix_ocr_looks_for() {
        for (bad, _) in OCR_WORDS {
            assert!(
                bad.is_ascii() && matches!(bad.as_bytes()[0], b'l' | b'I' | b'i'),
                "{bad}"
            );
        }
    }

    #[test]
    fn characters_are_normalised() {
        assert_eq!(
            normalize_line("  ge\u{00AD}meente\u{00A0}  ‘x’ “y” ﬁets "),
            "gemeente 'x' \"y\" fiets"
        );
        // A tab between cells is a cell break; after a bullet or at the
        // start only space.
        assert_eq!(
            normalize_line("Lasten\t12,3\t\t11,9"),
            "Lasten | 12,3 | 11,9"
        );
        assert_eq!(normalize_line("•\telke school"), "• elke school");
        assert_eq!(normalize_line("\tingesprongen"), "ingesprongen");
        // NFC: e + combining diaeresis becomes ë.
        assert_eq!(normalize_line("ge\u{0065}\u{0308}valueerd"), "geëvalueerd");
    }

    #[test]
    fn ocr_words_are_repaired() {
        assert_eq!(
            normalize_line("ledereen doet mee. Inde wijk"),
            "Iedereen doet mee. In de wijk"
        );
        assert_eq!(normalize_line("de leden en index"), "de leden en index");
    }

    #[test]
    fn hyphenation_is_rejoined_on_the_first_line() {
        let lines = normalize_lines(&["de woning-", "bouw is gestart", "VO-", "scholen doen mee"]);
        assert_eq!(lines[0].text, "de woningbouw");
        assert_eq!(lines[1].text, "is gestart");
        assert_eq!(lines[2].text, "VO-scholen");
        assert_eq!(lines[3].text, "doen mee");
        assert_eq!(lines[1].no, 2);
    }

    #[test]
    fn dashes_that_are_not_hyphenation_stay() {
        let lines = normalize_lines(&["1 januari -", "en verder", "- ", "Doel"]);
        assert_eq!(lines[0].text, "1 januari -");
        assert_eq!(lines[1].text, "en verder");
    }

    #[test]
    fn joined_word_keeps_its_punctuation() {
        let lines = normalize_lines(&["antidiscriminatie-", "maatregelen. Daarna"]);
        assert_eq!(lines[0].text, "antidiscriminatiemaatregelen.");
        assert_eq!(lines[1].text, "Daarna");
    }
}
