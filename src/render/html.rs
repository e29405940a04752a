//! A self-contained HTML report (no network, no external files) for the
//! auditcommissie: per ambitie and doel, plan text beside report text,
//! each row coloured and labelled in words, evidence sentences marked,
//! links to the source lines (both documents are embedded), filters by
//! colour, a colour chart per ambitie, print-ready on A4 landscape.
//!
//! The page is a template (`report.html`, minijinja) that escapes every
//! value by default: this module only builds the values, never markup, so
//! that work on the layout cannot let document text in as HTML.

use super::{audit_notices, run_notices, views, ItemView, Key, Lang, RenderOptions, RunNotes};
use crate::model::{Audit, Colour, Document};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::Write;

const TEMPLATE: &str = include_str!("report.html");

/// Text split into plain and marked (evidence) pieces, for the template
/// to escape and wrap.
fn marked_text(text: &str, evidence: &[String]) -> Vec<Value> {
    // Sentences were split from lines joined by spaces: compare on that.
    let flat = text
        .split("\n\n")
        .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut ranges: Vec<(usize, usize)> = evidence
        .iter()
        .filter_map(|e| flat.find(e.as_str()).map(|s| (s, s + e.len())))
        .collect();
    ranges.sort();
    let mut out = Vec::new();
    let mut pos = 0;
    let piece = |t: &str, mark: bool, out: &mut Vec<Value>| {
        if !t.is_empty() {
            out.push(json!({"text": t, "mark": mark}));
        }
    };
    for (s, e) in ranges {
        if s < pos {
            continue;
        }
        piece(&flat[pos..s], false, &mut out);
        piece(&flat[s..e], true, &mut out);
        pos = e;
    }
    piece(&flat[pos..], false, &mut out);
    out
}

fn anchor(prefix: &str, line: usize) -> String {
    format!("#{prefix}-L{line}")
}

/// The id prefixes of one pair's source lines ("p2-plan"): unique per
/// pair, so that the links of the second pair do not jump into the first.
struct Ids {
    plan: String,
    report: String,
}

impl Ids {
    fn of(k: usize) -> Ids {
        Ids {
            plan: format!("p{}-plan", k + 1),
            report: format!("p{}-report", k + 1),
        }
    }
}

fn row(v: &ItemView, lang: Lang, n: usize, ids: &Ids) -> Value {
    let evidence: Vec<String> = v
        .intentions
        .iter()
        .filter(|i| i.accounted)
        .filter_map(|i| i.evidence.as_ref().map(|e| e.text.clone()))
        .collect();
    let planned = v.planned.as_ref().map(|p| {
        json!({
            "title": p.title,
            "href": anchor(&ids.plan, p.span.start_line),
            "loc": format!("{}:{}-{}", p.span.path, p.span.start_line, p.span.end_line),
            "text": marked_text(&p.text, &[]),
        })
    });
    let intentions: Vec<Value> = match &v.planned {
        Some(_) => v
            .intentions
            .iter()
            .map(|i| {
                json!({
                    "class": if i.accounted { "yes" } else { "no" },
                    "mark": if i.accounted { "✓" } else { "✗" },
                    "text": i.text,
                    "href": anchor(&ids.plan, i.span.start_line),
                    "line": i.span.start_line,
                    "evidence": i.evidence.as_ref().filter(|_| i.accounted).map(|e| json!({
                        "href": anchor(&ids.report, e.span.start_line),
                        "lines": super::lines_ref(&e.span, lang),
                    })),
                })
            })
            .collect(),
        None => Vec::new(),
    };
    let reported: Vec<Value> = v
        .reported
        .iter()
        .map(|r| {
            let marked = marked_text(&r.text, &evidence);
            // In print only the evidence of a report text is shown.
            let any_mark = marked.iter().any(|p| p["mark"] == true);
            json!({
                "title": r.title,
                "href": anchor(&ids.report, r.span.start_line),
                "loc": format!("{}:{}-{}", r.span.path, r.span.start_line, r.span.end_line),
                "text": marked,
                "marked": any_mark,
            })
        })
        .collect();
    json!({
        "class": v.colour.as_str(),
        "colour": lang.colour(v.colour),
        "n": n,
        "planned": planned,
        "intentions": intentions,
        "reported": reported,
        "realisation": v.realisation_shown(lang),
        "own": v.own_check.as_ref().map(|c| json!({
            "class": c.finding.as_str(),
            "flag": c.finding != crate::model::OwnFinding::Agrees,
            "label": format!("{} {}: {}", lang.own_status_label(), lang.self_status(c.status), super::own_label(c.finding, lang)),
            "href": anchor(&ids.report, c.line),
        })),
        "explanation": v.explanation,
        "confidence": format!("{}: {}", lang.heading(super::labels::Key::Confidence), lang.band(v.band())),
        "confidence_class": v.band().as_str(),
    })
}

fn source(doc: &Document, prefix: &str) -> Value {
    let lines: Vec<Value> = doc
        .source
        .iter()
        .map(|l| {
            json!({
                "id": format!("{prefix}-L{}", l.no),
                "no": format!("{:>5}", l.no),
                "text": l.text,
            })
        })
        .collect();
    json!({"path": doc.path, "lines": lines})
}

fn chart(groups: &BTreeMap<(usize, String), [usize; 4]>, lang: Lang) -> Vec<Value> {
    groups
        .iter()
        .filter(|(_, counts)| counts.iter().sum::<usize>() > 0)
        .map(|((_, name), counts)| {
            let total: usize = counts.iter().sum();
            let bars: Vec<Value> = Colour::ALL
                .iter()
                .enumerate()
                .filter(|(k, _)| counts[*k] > 0)
                .map(|(k, c)| {
                    json!({
                        "class": c.as_str(),
                        "width": format!("{:.1}", 100.0 * counts[k] as f64 / total as f64),
                        "title": format!("{}: {}", lang.colour(*c), counts[k]),
                    })
                })
                .collect();
            json!({
                "name": name,
                "bars": bars,
                "counts": format!("{} / {} / {} / {}", counts[0], counts[1], counts[2], counts[3]),
            })
        })
        .collect()
}

/// "Zorg: Begroting 2025 ↔ Jaarverslag 2025", or the number of pairs of a
/// folder report.
fn title(audits: &[Audit], lang: Lang) -> String {
    let year = |y: Option<i32>| y.map(|y| format!(" {y}")).unwrap_or_default();
    match audits {
        [a] => {
            let programme = a
                .plan
                .programme
                .as_deref()
                .or(a.report.programme.as_deref())
                .map(|p| format!("{p}: "))
                .unwrap_or_default();
            format!(
                "spiegel — {programme}{}{} ↔ {}{}",
                lang.heading(Key::Plan),
                year(a.plan.year),
                lang.heading(Key::Report),
                year(a.report.year)
            )
        }
        _ => format!(
            "spiegel — {} {}",
            audits.len(),
            if lang == Lang::Nl {
                "paren begroting ↔ jaarverslag"
            } else {
                "budget ↔ annual report pairs"
            }
        ),
    }
}

/// One audit's values: heading, counts, notices, chart, the items grouped
/// by ambitie and doel, and the two source texts.
fn audit_value(a: &Audit, k: usize, notes: &RunNotes, lang: Lang) -> Value {
    let ids = Ids::of(k);
    let s = a.summary();
    let vs = views(a, lang);
    // Group by ambitie, then doel (of the plan side; blue by report).
    let mut groups: BTreeMap<usize, Vec<(usize, &ItemView)>> = BTreeMap::new();
    let mut chart_groups: BTreeMap<(usize, String), [usize; 4]> = BTreeMap::new();
    let mut order: Vec<(String, String)> = Vec::new();
    for (n, v) in vs.iter().enumerate() {
        let sideview = v.planned.as_ref().or(v.reported.first());
        let amb = sideview.and_then(|x| x.ambitie.clone()).unwrap_or_default();
        let doel = sideview.and_then(|x| x.doel.clone()).unwrap_or_default();
        let key = (amb.clone(), doel.clone());
        let idx = order.iter().position(|k| *k == key).unwrap_or_else(|| {
            order.push(key.clone());
            order.len() - 1
        });
        groups.entry(idx).or_default().push((n + 1, v));
        let amb_idx = order.iter().position(|k| k.0 == amb).unwrap_or(idx);
        let name = if amb.is_empty() { "—".into() } else { amb };
        let ck = chart_groups.entry((amb_idx, name)).or_insert([0; 4]);
        ck[Colour::ALL.iter().position(|c| *c == v.colour).unwrap_or(0)] += 1;
    }
    // Each doel is a section with its heading and table, inside a section
    // per ambitie, so that the filters can hide a heading whose rows are
    // all hidden. Consecutive doelen of one ambitie share its section.
    let mut ambities: Vec<(String, Vec<Value>)> = Vec::new();
    for (idx, rows) in &groups {
        let (amb, doel) = &order[*idx];
        let heading = format!(
            "{}: {}",
            lang.heading(Key::Ambitie),
            if amb.is_empty() { "—" } else { amb }
        );
        if ambities.last().map(|(h, _)| h) != Some(&heading) {
            ambities.push((heading, Vec::new()));
        }
        let rows: Vec<Value> = rows.iter().map(|(n, v)| row(v, lang, *n, &ids)).collect();
        if let Some((_, doelen)) = ambities.last_mut() {
            doelen.push(json!({
                "heading": (!doel.is_empty()).then(|| format!("{}: {doel}", lang.heading(Key::Doel))),
                "rows": rows,
            }));
        }
    }
    let counts = Colour::ALL
        .iter()
        .map(|c| format!("{} {}", lang.colour(*c), s.get(*c)))
        .collect::<Vec<_>>()
        .join(" · ");
    json!({
        "heading": format!(
            "{}: {} ↔ {}: {}",
            lang.heading(Key::Plan),
            a.plan.path,
            lang.heading(Key::Report),
            a.report.path
        ),
        "summary": format!("{}: {counts}", lang.heading(Key::Summary)),
        "own_summary": super::own_summary(&crate::own_status::counts(a), lang),
        "notices": audit_notices(a, notes, k, lang),
        "chart_label": lang.heading(Key::Ambitie),
        "chart": chart(&chart_groups, lang),
        "ambities": ambities
            .into_iter()
            .map(|(heading, doelen)| json!({"heading": heading, "doelen": doelen}))
            .collect::<Vec<_>>(),
        "sources": [source(&a.plan, &ids.plan), source(&a.report, &ids.report)],
    })
}

/// The values of the whole page.
fn page(audits: &[Audit], notes: &RunNotes, lang: Lang) -> Value {
    let total = super::total_summary(audits);
    let docs = match audits {
        [a] => Some(json!({
            "plan": format!("{}: {}", lang.heading(Key::Plan), a.plan.path),
            "report": format!("{}: {}", lang.heading(Key::Report), a.report.path),
        })),
        _ => None,
    };
    json!({
        "lang": if lang == Lang::Nl { "nl" } else { "en" },
        "title": title(audits, lang),
        "docs": docs,
        "legend_label": lang.heading(Key::Legend),
        "legend": Colour::ALL.iter().map(|c| json!({
            "class": c.as_str(),
            "name": lang.colour(*c),
            "text": lang.legend(*c),
            "count": total.get(*c),
        })).collect::<Vec<_>>(),
        "run_notices": run_notices(notes, lang),
        "headers": {
            "colour": lang.heading(Key::Colour),
            "planned": lang.heading(Key::Planned),
            "reported": lang.heading(Key::Reported),
            "realisation": lang.heading(Key::Realisation),
            "why": lang.heading(Key::Why),
        },
        "intentions_label": lang.heading(Key::Intentions),
        "evidence_label": lang.heading(Key::Evidence),
        "none_label": lang.heading(Key::NoItem),
        "sources_label": "Bronteksten / sources",
        "audits": audits
            .iter()
            .enumerate()
            .map(|(k, a)| audit_value(a, k, notes, lang))
            .collect::<Vec<_>>(),
    })
}

/// Renders the page from the template.
fn render_page(values: &Value) -> Result<String, minijinja::Error> {
    let mut env = minijinja::Environment::new();
    env.set_keep_trailing_newline(true);
    // The name ends in .html: every value is escaped unless marked safe,
    // and nothing is marked safe.
    env.add_template("report.html", TEMPLATE)?;
    env.get_template("report.html")?.render(values)
}

pub fn render(
    audits: &[Audit],
    notes: &RunNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let html = render_page(&page(audits, notes, opts.lang)).map_err(std::io::Error::other)?;
    out.write_all(html.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_values(v: Value) -> String {
        let mut env = minijinja::Environment::new();
        env.add_template("t.html", "{{ x }}").unwrap();
        env.get_template("t.html").unwrap().render(v).unwrap()
    }

    #[test]
    fn values_are_escaped_by_default() {
        let out = render_values(json!({"x": "<script>alert('x')</script> & \"y\""}));
        assert!(
            !out.contains('<') && !out.contains('"') && !out.contains('\''),
            "{out}"
        );
        assert!(
            out.contains("&lt;script&gt;") && out.contains("&amp;"),
            "{out}"
        );
    }

    #[test]
    fn evidence_is_marked() {
        let m = marked_text(
            "Eerst <b>iets</b>.\nWe hebben het\nkader vastgesteld. Klaar.",
            &["We hebben het kader vastgesteld.".into()],
        );
        assert_eq!(
            m,
            vec![
                json!({"text": "Eerst <b>iets</b>. ", "mark": false}),
                json!({"text": "We hebben het kader vastgesteld.", "mark": true}),
                json!({"text": " Klaar.", "mark": false}),
            ]
        );
    }

    /// Document text full of markup reaches the page only as text, in
    /// every place the template shows it.
    #[test]
    fn document_text_cannot_inject_markup() {
        let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'";
        let text = |kind: &str| {
            format!(
                "{kind} 2025 - Programma {evil}\n\nAmbitie: {evil}\n\nDoel: {evil}\n\n- {evil} we openen een bibliotheek\nIn 2025 openen we de bibliotheek {evil}.\n"
            )
        };
        let cfg = crate::config::Config::default();
        let read = |name: &str, t: String| {
            crate::parse::parse(
                &crate::model::SourceText {
                    path: format!("{name}{evil}.txt"),
                    encoding: "utf-8".into(),
                    heading_levels: Vec::new(),
                    inferred_levels: Vec::new(),
                    lines: t
                        .lines()
                        .enumerate()
                        .map(|(i, l)| crate::model::Line {
                            no: i + 1,
                            text: l.to_string(),
                            breaks: Vec::new(),
                        })
                        .collect(),
                },
                &cfg.parse_options(),
            )
        };
        let plan = read("begroting-2025", text("Begroting"));
        let report = read("jaarverslag-2025", text("Jaarverslag"));
        let audit = crate::audit_documents(plan, report, &cfg);
        let mut out = Vec::new();
        render(
            &[audit],
            &RunNotes::default(),
            &RenderOptions::default(),
            &mut out,
        )
        .unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(!html.contains("<script>alert"), "script let in");
        assert!(!html.contains("<img"), "img let in");
        assert!(html.contains("&lt;script&gt;alert(1)"));
        assert_eq!(
            html.matches("<script>").count(),
            1,
            "only the page's own script"
        );
    }
}
