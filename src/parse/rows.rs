//! Activities as the rows of a table: Word and spreadsheet exports that
//! write one activity per row under a header such as "Activiteit | Wat gaan
//! we doen | Planning | Budget" (`read` has turned the tabs into " | ").
//!
//! Input: the document's lines and the markers (which header cells name the
//! title column and which the text column). Output: per line, whether it is
//! such a table's header, one of its rows (the activity's title, its text
//! and its other cells as "Header: value" attribute lines), or neither. The
//! parser then opens an item per row; `parts` reads the attribute lines
//! ("Planning: Q2", "Status: gereed") as it does anywhere else.

use super::markers::Markers;
use crate::model::Line;
use crate::read::CELL_LEAD;
use crate::text::fold;

/// What a line is in an activity table.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    /// The header row naming the columns.
    Header,
    /// One activity.
    Item {
        title: String,
        /// The plan text a mirrored row repeats ("Wat hadden we gepland?:
        /// ..."), as a labelled line that opens the item's plan part.
        planned: Option<String>,
        /// The description cell (plan or report text); in a mirrored row,
        /// labelled with its column so that it opens the report part.
        text: String,
        /// The other cells, each as "Header: value".
        attributes: Vec<String>,
    },
}

/// Cells of a table line ("a | b | c"); a line without a cell separator has
/// none.
fn cells(t: &str) -> Vec<&str> {
    if !t.contains(" | ") {
        return Vec::new();
    }
    // A row whose first cell is empty ("| Banenmarkten | ...", a joined
    // column table's row without a number).
    let (first_empty, t) = match t.strip_prefix("| ") {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let mut out: Vec<&str> = t.split(" | ").map(str::trim).collect();
    if first_empty {
        out.insert(0, "");
    }
    out
}

/// A header cell as a column name: folded, without a final "?" or ":".
fn column_name(c: &str) -> String {
    fold(c.trim().trim_end_matches(['?', ':']).trim())
}

/// The columns of an activity table's header.
#[derive(Debug, Clone, Copy)]
struct Columns {
    title: usize,
    text: Option<usize>,
    /// The title column repeats the plan ("Wat hadden we gepland? | Wat
    /// hebben we gedaan? | Status"): its cell opens with the activity's
    /// title and goes on with plan text.
    mirrored: bool,
}

/// The header's title column and, if named, its text column. A report
/// that mirrors the plan in its first column has no title column of its
/// own: the plan column holds the title.
fn header_columns(cs: &[&str], markers: &Markers) -> Option<Columns> {
    let names: Vec<String> = cs.iter().map(|c| column_name(c)).collect();
    let named = |list: &[String], not: Option<usize>| {
        names
            .iter()
            .enumerate()
            .position(|(k, n)| Some(k) != not && list.contains(n))
    };
    if let Some(title) = named(&markers.inner.table_titles, None) {
        let text = named(&markers.inner.table_texts, Some(title));
        return Some(Columns {
            title,
            text,
            mirrored: false,
        });
    }
    let title = named(&markers.inner.plan, None)?;
    let text = named(&markers.inner.table_texts, Some(title))?;
    Some(Columns {
        title,
        text: Some(text),
        mirrored: true,
    })
}

/// A title cell as (title, the text after it): its bold lead when it has
/// one ([`CELL_LEAD`]); in a mirrored column, else its first sentence.
fn split_title(cell: &str, mirrored: bool) -> (String, String) {
    if let Some((lead, rest)) = cell.split_once(CELL_LEAD) {
        return (lead.trim().to_string(), rest.trim().to_string());
    }
    if mirrored {
        if let Some(end) = cell.find(". ").filter(|&e| e > 0) {
            return (
                cell[..=end].trim().to_string(),
                cell[end + 1..].trim().to_string(),
            );
        }
    }
    (cell.trim().to_string(), String::new())
}

/// Puts a row's cells under the header's columns. Exports drop empty
/// cells: the first two cells stay under the first two columns and the
/// rest are aligned to the right ("Titel | Tekst | € 5.000" under
/// "Activiteit | Wat | Planning | Budget" has no planning).
fn align<'a>(row: &[&'a str], columns: usize) -> Vec<Option<&'a str>> {
    let mut out = vec![None; columns];
    if row.len() >= columns {
        for (k, c) in row.iter().take(columns).enumerate() {
            out[k] = Some(*c);
        }
        return out;
    }
    let left = row.len().min(2);
    for k in 0..left {
        out[k] = Some(row[k]);
    }
    let right = &row[left..];
    for (k, c) in right.iter().enumerate() {
        out[columns - right.len() + k] = Some(*c);
    }
    out
}

/// A cell that is only a number ("2.1.1", "12").
fn is_number(c: &str) -> bool {
    c.chars().next().is_some_and(|c| c.is_ascii_digit())
        && c.chars().all(|c| c.is_ascii_digit() || c == '.')
}

fn words(t: &str) -> usize {
    t.split_whitespace().count()
}

/// Reads every activity table of a document.
pub fn activity_rows(lines: &[Line], markers: &Markers) -> Vec<Option<Row>> {
    let mut out = vec![None; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let head = cells(&lines[i].text);
        let Some(columns) = header_columns(&head, markers) else {
            i += 1;
            continue;
        };
        let (title_col, text_col) = (columns.title, columns.text);
        // The rows: table lines up to the first line of other text, each
        // with its line, its own number if it has one, and its cells.
        let mut rows = Vec::new();
        let mut k = i + 1;
        while k < lines.len() {
            let t = lines[k].text.trim();
            // Blank lines and the rules between rows ("-----", "--+--" of
            // a converted HTML table) part no rows.
            if t.chars()
                .all(|c| matches!(c, '-' | '+' | '=' | '|' | ':' | ' '))
            {
                k += 1;
                continue;
            }
            let cs = cells(t);
            if cs.len() < 2 || header_columns(&cs, markers).is_some() {
                break;
            }
            // A row with one cell more than the header, opening with a
            // number ("5.1.1 | Bibliotheek op school | ..." under
            // "Prestatie | Omschrijving | ..."): the number is the row's
            // own, outside the columns.
            // (Also when the export dropped an empty cell and the number
            // would stand in the title column.)
            let numbered =
                (cs.len() > head.len() || title_col == 0) && cs.len() > 2 && is_number(cs[0]);
            // A number column of its own before the title ("Nr | Activiteit
            // | ..." over "2.1.1 | Inkomensgrens ... | ..."): the row's
            // number too, not one of its attributes.
            let number_column = title_col > 0
                && cs.len() == head.len()
                && is_number(cs[0])
                && column_name(head[0]).split_whitespace().count() <= 1;
            if numbered {
                rows.push((k, Some(cs[0]), align(&cs[1..], head.len())));
            } else if number_column {
                let mut aligned = align(&cs, head.len());
                aligned[0] = None;
                rows.push((k, Some(cs[0]), aligned));
            } else {
                rows.push((k, None, align(&cs, head.len())));
            }
            k += 1;
        }
        // A table of figures per project ("Project | Begroot | Realisatie")
        // is no list of activities: most rows must hold a text.
        let texted = rows
            .iter()
            .filter(|(_, _, cs)| {
                // (A title cell's text after its bold lead is a text.)
                let lead_text = cs[title_col]
                    .and_then(|t| t.split_once(CELL_LEAD))
                    .is_some_and(|(_, rest)| words(rest) >= 5);
                lead_text
                    || cs
                        .iter()
                        .enumerate()
                        .any(|(c, v)| c != title_col && v.is_some_and(|v| words(v) >= 5))
            })
            .count();
        if rows.is_empty() || texted * 2 < rows.len() {
            i += 1;
            continue;
        }
        out[i] = Some(Row::Header);
        for (k, number, cs) in rows {
            let Some(cell) = cs[title_col].filter(|t| t.chars().any(char::is_alphabetic)) else {
                continue;
            };
            let (title, rest) = split_title(cell, columns.mirrored);
            let title = match number {
                Some(n) => format!("{n} {title}"),
                None => title,
            };
            // Without a text column the longest other cell is the text,
            // unless the title cell holds it after its lead.
            let text_at = text_col.filter(|&c| cs[c].is_some()).or_else(|| {
                (0..cs.len())
                    .filter(|&c| c != title_col && rest.is_empty())
                    .max_by_key(|&c| cs[c].map_or(0, words))
            });
            let cell_text = text_at.and_then(|c| cs[c]).unwrap_or("");
            let label = |c: usize| head[c].trim().trim_end_matches(['?', ':']).to_string();
            let (planned, text) = match text_at {
                Some(c) if columns.mirrored => (
                    (!rest.is_empty()).then(|| format!("{}: {rest}", label(title_col))),
                    format!("{}: {cell_text}", label(c)),
                ),
                // A lead's text belongs with the row's description.
                _ if !rest.is_empty() => (None, format!("{rest} {cell_text}").trim().to_string()),
                _ => (None, cell_text.to_string()),
            };
            let attributes = (0..cs.len())
                .filter(|&c| c != title_col && Some(c) != text_at)
                .filter_map(|c| {
                    cs[c]
                        .filter(|v| !v.is_empty())
                        .map(|v| format!("{}: {v}", label(c)))
                })
                .collect();
            out[k] = Some(Row::Item {
                title,
                planned,
                text,
                attributes,
            });
        }
        i = k;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(t: &str) -> Vec<Line> {
        t.lines()
            .enumerate()
            .map(|(i, l)| Line {
                no: i + 1,
                text: l.to_string(),
                breaks: Vec::new(),
            })
            .collect()
    }

    #[test]
    fn each_row_under_an_activity_header_is_an_activity() {
        let l = lines(
            "Activiteit | Wat gaan we doen | Planning | Budget\nKlimaatstraten | In 2024 richten we drie straten klimaatbestendig in met wadi's. | Q3 | € 450.000\nWerkwijzer | We schrijven een werkwijzer voor de aannemers en delen die met de buurgemeenten. | € 20.000\nBegroot | 12 | 14 | 15\n\nNa de tabel volgt tekst.",
        );
        let r = activity_rows(&l, Markers::builtin());
        assert_eq!(r[0], Some(Row::Header));
        assert_eq!(
            r[1],
            Some(Row::Item {
                title: "Klimaatstraten".into(),
                planned: None,
                text: "In 2024 richten we drie straten klimaatbestendig in met wadi's.".into(),
                attributes: vec!["Planning: Q3".into(), "Budget: € 450.000".into()],
            })
        );
        // An empty planning cell was dropped by the export: the amount
        // stays under "Budget".
        let Some(Row::Item { attributes, .. }) = &r[2] else {
            panic!("{:?}", r[2]);
        };
        assert_eq!(attributes, &["Budget: € 20.000"]);
        assert!(r[5].is_none());
    }

    #[test]
    fn a_mirrored_row_opens_with_its_title_and_repeats_plan_text() {
        let l = lines(&format!(
            "Wat hadden we gepland? | Wat hebben we gedaan? | Status\n\
             We starten met flexwoningen.{CELL_LEAD} Samen met Woonstede plaatsen we 120 flexwoningen. | De plaatsing is uitgesteld tot 2025. | Gedeeltelijk gerealiseerd\n\
             We houden de monitor actueel. | De monitor is in maart gepubliceerd. | Gerealiseerd"
        ));
        let r = activity_rows(&l, Markers::builtin());
        assert_eq!(r[0], Some(Row::Header));
        assert_eq!(
            r[1],
            Some(Row::Item {
                title: "We starten met flexwoningen.".into(),
                planned: Some(
                    "Wat hadden we gepland: Samen met Woonstede plaatsen we 120 flexwoningen."
                        .into()
                ),
                text: "Wat hebben we gedaan: De plaatsing is uitgesteld tot 2025.".into(),
                attributes: vec!["Status: Gedeeltelijk gerealiseerd".into()],
            })
        );
        let Some(Row::Item { title, planned, .. }) = &r[2] else {
            panic!("{:?}", r[2]);
        };
        assert_eq!(title, "We houden de monitor actueel.");
        assert_eq!(planned, &None);
    }

    #[test]
    fn a_table_of_figures_per_project_is_no_list_of_activities() {
        let l = lines(
            "Project | Begroot | Realisatie\nMarktplein | € 1.250.000 | € 486.310\nSporthal | € 8.400.000 | € 8.120.000",
        );
        assert!(activity_rows(&l, Markers::builtin())
            .iter()
            .all(Option::is_none));
        // Nor is a line of cells without a column naming activities.
        let l = lines(
            "Indicator | 2023 | 2024\nBezoekers per jaar aan de drie musea | 41.000 | 44.500",
        );
        assert!(activity_rows(&l, Markers::builtin())
            .iter()
            .all(Option::is_none));
    }
}
