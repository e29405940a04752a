//! The text view of `spiegel parse`: the tree as spiegel read it, with line
//! ranges, attributes and what was skipped and why.

use super::{Key, Lang};
use crate::model::Document;
use std::io::Write;

enum Node<'a> {
    Ambitie(usize),
    Doel(usize),
    Activity(usize),
    #[allow(dead_code)]
    Skip(&'a str),
}

pub fn render(doc: &Document, lang: Lang, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{}: {} {} ({}), layout {}, {} {}, encoding {}",
        doc.path,
        doc.kind.as_str(),
        doc.year
            .map(|y| y.to_string())
            .unwrap_or_else(|| "?".into()),
        doc.kind_reason,
        doc.layout,
        doc.line_count,
        lang.heading(Key::Lines),
        doc.encoding
    )?;
    if let Some(p) = &doc.programme {
        let word = if lang == Lang::Nl {
            "programma"
        } else {
            "programme"
        };
        writeln!(out, "{word}: {p}")?;
    }
    let nl = lang == Lang::Nl;
    writeln!(
        out,
        "{} {}, {} {}, {} {}\n",
        doc.ambities.len(),
        if nl { "ambities" } else { "ambitions" },
        doc.doelen.len(),
        if nl { "doelen" } else { "goals" },
        doc.activities.len(),
        if nl { "activiteiten" } else { "activities" }
    )?;
    let mut nodes: Vec<(usize, Node)> = Vec::new();
    for (i, a) in doc.ambities.iter().enumerate() {
        nodes.push((a.span.start_line, Node::Ambitie(i)));
    }
    for (i, d) in doc.doelen.iter().enumerate() {
        nodes.push((d.span.start_line, Node::Doel(i)));
    }
    for (i, a) in doc.activities.iter().enumerate() {
        nodes.push((a.span.start_line, Node::Activity(i)));
    }
    nodes.sort_by_key(|n| n.0);
    for (_, n) in &nodes {
        match n {
            Node::Ambitie(i) => {
                let a = &doc.ambities[*i];
                writeln!(
                    out,
                    "{}: {}  [{}]",
                    lang.heading(Key::Ambitie),
                    a.title,
                    range(&a.span, lang)
                )?;
            }
            Node::Doel(i) => {
                let d = &doc.doelen[*i];
                let ind = if d.ambitie.is_some() { "  " } else { "" };
                writeln!(
                    out,
                    "{ind}{}: {}  [{}]",
                    lang.heading(Key::Doel),
                    d.title,
                    range(&d.span, lang)
                )?;
            }
            Node::Activity(i) => {
                let a = &doc.activities[*i];
                let ind = match (a.ambitie, a.doel) {
                    (_, Some(_)) => "    ",
                    (Some(_), None) => "  ",
                    _ => "",
                };
                let num = if a.numbers.is_empty() {
                    String::new()
                } else {
                    format!("{} ", a.numbers.join(" + "))
                };
                writeln!(out, "{ind}- {num}{}  [{}]", a.title, range(&a.span, lang))?;
                if a.body.iter().all(|l| l.text.trim().is_empty()) {
                    let empty = if nl { "zonder tekst" } else { "no text" };
                    writeln!(out, "{ind}    ({empty})")?;
                }
                if let Some(st) = &a.self_reported {
                    let own = if nl { "eigen status" } else { "own status" };
                    writeln!(
                        out,
                        "{ind}    {own}: {} (\"{}\", {})",
                        lang.self_status(st.status),
                        st.text,
                        range(
                            &crate::model::Span::new(&a.span.path, st.line, st.line),
                            lang
                        )
                    )?;
                }
                if a.unplanned {
                    let u = if nl {
                        "niet in de begroting (volgens de tekst)"
                    } else {
                        "not in the begroting (the text says so)"
                    };
                    writeln!(out, "{ind}    {u}")?;
                }
                for p in &a.parts {
                    let what = match (nl, p.role) {
                        (true, r) => r.label(),
                        (false, crate::model::PartRole::Background) => "background",
                        (false, crate::model::PartRole::Plan) => "plan text",
                        (false, crate::model::PartRole::Report) => "report text",
                    };
                    let used = match (p.role, doc.kind) {
                        (crate::model::PartRole::Background, _) => {
                            if nl {
                                "geen voornemens, geen bewijs"
                            } else {
                                "no intentions, no evidence"
                            }
                        }
                        (crate::model::PartRole::Plan, crate::model::DocKind::Jaarverslag) => {
                            if nl {
                                "herhaalde begrotingstekst, geen bewijs"
                            } else {
                                "repeated budget text, never evidence"
                            }
                        }
                        _ => "",
                    };
                    let sep = if used.is_empty() { "" } else { ": " };
                    writeln!(
                        out,
                        "{ind}    \"{}\" [{}]: {what}{sep}{used}",
                        p.heading,
                        range(&p.span, lang)
                    )?;
                }
                for (k, v) in &a.attributes {
                    writeln!(out, "{ind}    {k}: {v}")?;
                }
            }
            Node::Skip(_) => {}
        }
    }
    if !doc.skipped.is_empty() {
        writeln!(
            out,
            "\n{} ({}):",
            if nl { "Overgeslagen" } else { "Skipped" },
            doc.skipped.len()
        )?;
        for s in &doc.skipped {
            writeln!(out, "  {}: {}: {}", range(&s.span, lang), s.reason, s.text)?;
        }
    }
    Ok(())
}

fn range(s: &crate::model::Span, lang: Lang) -> String {
    let r = if lang == Lang::Nl { "r." } else { "l." };
    if s.start_line == s.end_line {
        format!("{r} {}", s.start_line)
    } else {
        format!("{r} {}-{}", s.start_line, s.end_line)
    }
}
