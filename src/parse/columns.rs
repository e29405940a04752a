//! Tables laid out in columns of spaces, as `pdftotext -layout` writes a
//! PDF's table: each cell wraps inside its column, so one row spans
//! several lines that each hold the next piece of every cell side by side:
//!
//! ```text
//! Nr      Activiteit                      Stand van zaken              Status
//! 4.1.1   Werkfit: begeleiding naar werk  In 2025 zijn 118 inwoners    Gereed
//!         en opleiding                    begonnen. Van de deelnemers
//! ```
//!
//! Input: the raw lines of a plain-text document, before their spaces are
//! normalised. Output: as many lines, with each such table's rows joined
//! into one "cell | cell | cell" line on the row's first line and its other
//! lines left empty, which [`super::rows`] reads as an activity table;
//! `None` when the document has no such table. Page furniture inside a
//! table (page numbers, running headers, the header repeated on each page)
//! is left out, and a row broken over a page goes on after it. The
//! header names are read with the built-in markers.

use super::lines::{classify_with, LineKind};
use super::markers::Markers;
use crate::model::Line;

/// The pieces of a line between runs of two or more spaces: (start column
/// in characters, text).
fn segments(t: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if chars[k].is_whitespace() {
            k += 1;
            continue;
        }
        let start = k;
        let mut end = k;
        while end < chars.len() {
            if chars[end].is_whitespace() && chars.get(end + 1).is_none_or(|c| c.is_whitespace()) {
                break;
            }
            end += 1;
        }
        out.push((start, chars[start..end].iter().collect()));
        k = end;
    }
    out
}

/// A column table's header: each name with the column it starts at, and
/// which of them names the activities.
struct Header {
    names: Vec<(usize, String)>,
    title_col: usize,
}

/// A header line of a column table: three or more names apart, one of
/// them naming the activities and one their text or status.
fn header(t: &str, markers: &Markers) -> Option<Header> {
    // (Most lines are ruled out here, before they are cut.)
    if t.len() > 400 || !t.trim().contains("  ") {
        return None;
    }
    let segs = segments(t);
    if segs.len() < 3 {
        return None;
    }
    let name = |s: &str| crate::text::fold(s.trim().trim_end_matches(['?', ':']).trim());
    let names: Vec<String> = segs.iter().map(|(_, s)| name(s)).collect();
    let title_col = names
        .iter()
        .position(|n| markers.inner.table_titles.contains(n))?;
    let texted = names
        .iter()
        .any(|n| markers.inner.table_texts.contains(n) || markers.inner.status.contains(n));
    texted.then_some(Header {
        names: segs,
        title_col,
    })
}

/// The column a piece starting at `at` stands in: the last column that
/// starts at or before it (a little slack for ragged starts).
fn column_of(starts: &[usize], at: usize) -> usize {
    starts.iter().rposition(|&s| s <= at + 1).unwrap_or(0)
}

/// Whether a line's pieces sit in the table's columns: none runs on over
/// the start of the next column (a heading or a paragraph across the page
/// does).
fn fits(segs: &[(usize, String)], starts: &[usize]) -> bool {
    segs.iter().all(|(at, s)| {
        let c = column_of(starts, *at);
        let end = at + s.chars().count();
        starts.get(c + 1).is_none_or(|&next| end < next + 1)
    })
}

/// Appends a piece of a wrapped cell: a word broken at the line end
/// ("mantel-" / "zorgers") is joined again.
fn push_piece(cell: &mut String, piece: &str) {
    if cell.is_empty() {
        cell.push_str(piece);
    } else if cell.ends_with('-')
        && piece.chars().next().is_some_and(char::is_lowercase)
        && !cell.ends_with(" -")
    {
        cell.pop();
        cell.push_str(piece);
    } else {
        cell.push(' ');
        cell.push_str(piece);
    }
}

/// One row being gathered: its first line and its cells.
struct Row {
    at: usize,
    cells: Vec<String>,
}

impl Row {
    /// The row as one line of cells; an empty first cell leaves the line
    /// opening with the separator ("| Banenmarkten | ...").
    fn line(&self) -> String {
        self.cells.join(" | ").trim_start().to_string()
    }
}

/// Joins the rows of every column table ([`header`]) into one line each.
pub fn join_column_tables(raw: &[&str]) -> Option<Vec<String>> {
    let markers = Markers::builtin();
    if !raw.iter().any(|l| header(l, markers).is_some()) {
        return None;
    }
    let lines: Vec<Line> = raw
        .iter()
        .enumerate()
        .map(|(i, t)| Line {
            no: i + 1,
            text: t.trim().to_string(),
            breaks: Vec::new(),
        })
        .collect();
    let mut kinds: Vec<LineKind> = lines
        .iter()
        .map(|l| classify_with(&l.text, markers))
        .collect();
    super::lines::mark_running_headers(&lines, &mut kinds, markers);
    let mut out: Vec<String> = raw.iter().map(|t| t.to_string()).collect();
    let mut i = 0;
    while i < raw.len() {
        let Some(head) = header(raw[i], markers) else {
            i += 1;
            continue;
        };
        let starts: Vec<usize> = head.names.iter().map(|(at, _)| *at).collect();
        let title_col = head.title_col;
        out[i] = head
            .names
            .iter()
            .map(|(_, n)| n.as_str())
            .collect::<Vec<_>>()
            .join(" | ");
        let mut row: Option<Row> = None;
        let mut after_blank = true;
        i += 1;
        while i < raw.len() {
            let t = raw[i].trim_end_matches(['\u{c}', '\r']);
            let t = t.trim_start_matches('\u{c}');
            if t.trim().is_empty() {
                after_blank = true;
                i += 1;
                continue;
            }
            // The header again on the next page, and page furniture.
            if header(t, markers).is_some() {
                out[i] = String::new();
                i += 1;
                continue;
            }
            // (Left out, so that the rows reader reads on past the page.)
            if matches!(kinds[i], LineKind::Furniture(_)) {
                out[i] = String::new();
                i += 1;
                continue;
            }
            let segs = segments(t);
            if !fits(&segs, &starts) {
                break;
            }
            let mut cells = vec![String::new(); starts.len()];
            for (at, s) in &segs {
                push_piece(&mut cells[column_of(&starts, *at)], s);
            }
            // A row opens with its number, or with a title after a blank
            // line; else the line goes on with the row above.
            // (A number cell wraps too: "4.3.1/" over "4.3.2".)
            let number_goes_on = row
                .as_ref()
                .is_some_and(|r| r.cells[0].ends_with(['/', ',', '-', '&']));
            let opens = !cells[0].is_empty() && title_col != 0 && !number_goes_on
                || (after_blank && !cells[title_col].is_empty());
            match row.as_mut() {
                Some(r) if !opens => {
                    for (c, piece) in cells.iter().enumerate() {
                        if !piece.is_empty() {
                            push_piece(&mut r.cells[c], piece);
                        }
                    }
                    out[i] = String::new();
                }
                _ => {
                    if let Some(r) = row.take() {
                        out[r.at] = r.line();
                    }
                    row = Some(Row { at: i, cells });
                }
            }
            after_blank = false;
            i += 1;
        }
        if let Some(r) = row.take() {
            out[r.at] = r.line();
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_wrapped_in_its_columns_is_one_line_of_cells() {
        let text = "Doel 4.1 Meer inwoners aan het werk\n\n\
             Nr      Activiteit                      Stand van zaken                          Status\n\n\
             4.1.1   Werkfit: begeleiding naar werk  In 2025 zijn 118 inwoners aan een        Gereed\n\
             \x20       en opleiding                    traject begonnen. De mantel-\n\
             \x20                                       zorgers zijn tevreden.\n\n\
             \x20       Banenmarkten in Wessendam       Op 10 april vond de markt plaats.        Gereed\n\n\
             Doel 4.2 Kansrijk ondernemen in een levendig centrum van de gemeente Wessendam\n";
        let raw: Vec<&str> = text.lines().collect();
        let out = join_column_tables(&raw).expect("a column table");
        assert_eq!(out.len(), raw.len());
        assert_eq!(out[2], "Nr | Activiteit | Stand van zaken | Status");
        assert_eq!(
            out[4],
            "4.1.1 | Werkfit: begeleiding naar werk en opleiding | In 2025 zijn 118 inwoners aan een traject begonnen. De mantelzorgers zijn tevreden. | Gereed"
        );
        assert!(out[5].is_empty() && out[6].is_empty());
        assert_eq!(
            out[8],
            "| Banenmarkten in Wessendam | Op 10 april vond de markt plaats. | Gereed"
        );
        // The heading across the columns ends the table.
        assert!(out[10].starts_with("Doel 4.2"));
        // A document without such a table is left alone.
        assert!(join_column_tables(&["Doel 1", "Tekst."]).is_none());
    }
}
