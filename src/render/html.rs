//! A self-contained HTML report (no network, no external files) for the
//! auditcommissie: per ambitie and doel, plan text beside report text,
//! each row coloured and labelled in words, evidence sentences marked,
//! links to the source lines (both documents are embedded), filters by
//! colour, a colour chart per ambitie, print-ready on A4 landscape. All
//! document text is escaped.

use super::{audit_notices, run_notices, views, ItemView, Key, Lang, RenderOptions, RunNotes};
use crate::model::{Audit, Colour, Document};
use std::collections::BTreeMap;
use std::io::Write;

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

const CSS: &str = r#"
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#1d1d1d;font-size:14px}
h1{font-size:1.4rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}h4{font-size:.95rem;margin:.8rem 0 .3rem;color:#444}
table.items{border-collapse:collapse;width:100%;table-layout:fixed}
table.items td,table.items th{border:1px solid #bbb;padding:.4rem;vertical-align:top;text-align:left}
table.items th{background:#eee}
td.c{width:6.5rem;font-weight:bold}
tr.red td.c{background:#e53935;color:#fff}tr.yellow td.c{background:#fdd835;color:#000}
tr.green td.c{background:#43a047;color:#fff}tr.blue td.c{background:#1e88e5;color:#fff}
tr.red{border-left:6px solid #e53935}tr.yellow{border-left:6px solid #fdd835}tr.green{border-left:6px solid #43a047}tr.blue{border-left:6px solid #1e88e5}
.t{font-weight:600}.src{font-size:.8rem;color:#555}.txt{white-space:pre-wrap;font-size:.85rem;margin-top:.3rem}
mark{background:#c8e6c9}ul.int{margin:.3rem 0;padding-left:1.1rem;font-size:.82rem}li.no{color:#b71c1c}li.yes{color:#1b5e20}
.legend span,.filters label{display:inline-block;margin-right:1rem}
.sw{display:inline-block;width:1rem;height:1rem;vertical-align:middle;margin-right:.3rem;border:1px solid #777}
.sw.red{background:#e53935}.sw.yellow{background:#fdd835}.sw.green{background:#43a047}.sw.blue{background:#1e88e5}
.bar{display:flex;height:1.1rem;width:100%;max-width:40rem;border:1px solid #999}.bar div{height:100%}
.bar .red{background:#e53935}.bar .yellow{background:#fdd835}.bar .green{background:#43a047}.bar .blue{background:#1e88e5}
table.chart{width:100%;border-collapse:collapse}table.chart th{text-align:left;font-size:.8rem;font-weight:600}table.chart td{padding:.15rem .5rem;font-size:.85rem}table.chart td.name{width:45%}table.chart td.barcell{width:40%}
ul.notices{border:2px solid #e65100;background:#fff3e0;padding:.5rem .5rem .5rem 1.6rem;font-weight:600}
pre.doc{font-size:.75rem;border:1px solid #ddd;padding:.5rem;max-height:30rem;overflow:auto}
pre.doc span{display:block}pre.doc span:target{background:#fff59d}
section.empty{display:none}
body.hide-red tr.red,body.hide-yellow tr.yellow,body.hide-green tr.green,body.hide-blue tr.blue{display:none}
@media print{@page{size:A4 landscape;margin:1cm}.filters,details.sources{display:none}body{margin:0;font-size:11px}tr{break-inside:avoid}}
"#;

const JS: &str = r#"
function hideEmpty(){
  var b=document.body;
  function shown(tr){return !b.classList.contains('hide-'+tr.className);}
  document.querySelectorAll('section.doel').forEach(function(sec){
    var any=Array.prototype.some.call(sec.querySelectorAll('tbody tr'),shown);
    sec.classList.toggle('empty',!any);
  });
  document.querySelectorAll('section.ambitie').forEach(function(sec){
    sec.classList.toggle('empty',!sec.querySelector('section.doel:not(.empty)'));
  });
}
document.querySelectorAll('.filters input').forEach(function(cb){
  cb.addEventListener('change',function(){document.body.classList.toggle('hide-'+cb.value,!cb.checked);hideEmpty();});
});
"#;

/// Report text with the evidence sentences marked.
fn marked_text(text: &str, evidence: &[String]) -> String {
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
    let mut out = String::new();
    let mut pos = 0;
    for (s, e) in ranges {
        if s < pos {
            continue;
        }
        out.push_str(&esc(&flat[pos..s]));
        out.push_str("<mark>");
        out.push_str(&esc(&flat[s..e]));
        out.push_str("</mark>");
        pos = e;
    }
    out.push_str(&esc(&flat[pos..]));
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

fn row(v: &ItemView, lang: Lang, n: usize, ids: &Ids, out: &mut String) {
    let evidence: Vec<String> = v
        .intentions
        .iter()
        .filter(|i| i.accounted)
        .filter_map(|i| i.evidence.as_ref().map(|e| e.text.clone()))
        .collect();
    out.push_str(&format!(
        "<tr class=\"{}\"><td class=\"c\">{}<br><small>{}</small></td>",
        v.colour.as_str(),
        lang.colour(v.colour),
        n
    ));
    out.push_str("<td>");
    match &v.planned {
        Some(p) => {
            out.push_str(&format!(
                "<div class=\"t\">{}</div><div class=\"src\"><a href=\"{}\">{}:{}-{}</a></div><div class=\"txt\">{}</div>",
                esc(&p.title),
                anchor(&ids.plan, p.span.start_line),
                esc(&p.span.path),
                p.span.start_line,
                p.span.end_line,
                marked_text(&p.text, &[])
            ));
            if !v.intentions.is_empty() {
                out.push_str(&format!(
                    "<div class=\"src\">{}:</div><ul class=\"int\">",
                    lang.heading(Key::Intentions)
                ));
                for i in &v.intentions {
                    let (cls, mark) = if i.accounted {
                        ("yes", "✓")
                    } else {
                        ("no", "✗")
                    };
                    out.push_str(&format!(
                        "<li class=\"{cls}\">{mark} {} <a href=\"{}\">({})</a>",
                        esc(&i.text),
                        anchor(&ids.plan, i.span.start_line),
                        i.span.start_line
                    ));
                    if let (true, Some(e)) = (i.accounted, &i.evidence) {
                        out.push_str(&format!(
                            " → {} <a href=\"{}\">{}</a>",
                            lang.heading(Key::Evidence),
                            anchor(&ids.report, e.span.start_line),
                            super::lines_ref(&e.span, lang)
                        ));
                    }
                    out.push_str("</li>");
                }
                out.push_str("</ul>");
            }
        }
        None => out.push('—'),
    }
    out.push_str("</td><td>");
    if v.reported.is_empty() {
        out.push_str(lang.heading(Key::NoItem));
    }
    for r in &v.reported {
        out.push_str(&format!(
            "<div class=\"t\">{}</div><div class=\"src\"><a href=\"{}\">{}:{}-{}</a></div><div class=\"txt\">{}</div>",
            esc(&r.title),
            anchor(&ids.report, r.span.start_line),
            esc(&r.span.path),
            r.span.start_line,
            r.span.end_line,
            marked_text(&r.text, &evidence)
        ));
    }
    out.push_str(&format!(
        "</td><td style=\"width:7rem\">{}</td><td style=\"width:14rem\">{}</td></tr>\n",
        lang.realisation_of(v.colour, v.realisation),
        esc(&v.explanation)
    ));
}

fn source(doc: &Document, prefix: &str, out: &mut String) {
    out.push_str(&format!("<h4>{}</h4><pre class=\"doc\">", esc(&doc.path)));
    for l in &doc.source {
        out.push_str(&format!(
            "<span id=\"{prefix}-L{}\">{:>5}  {}</span>",
            l.no,
            l.no,
            esc(&l.text)
        ));
    }
    out.push_str("</pre>");
}

fn chart(groups: &BTreeMap<(usize, String), [usize; 4]>, lang: Lang, out: &mut String) {
    // The key: which number and which bar colour is which.
    let key = Colour::ALL
        .iter()
        .map(|c| format!("<i class=\"sw {}\"></i>{}", c.as_str(), lang.colour(*c)))
        .collect::<Vec<_>>()
        .join(" / ");
    out.push_str(&format!(
        "<table class=\"chart\"><thead><tr><th class=\"name\">{}</th><th></th><th>{key}</th></tr></thead>",
        lang.heading(Key::Ambitie)
    ));
    for ((_, name), counts) in groups {
        let total: usize = counts.iter().sum();
        if total == 0 {
            continue;
        }
        out.push_str(&format!(
            "<tr><td class=\"name\">{}</td><td class=\"barcell\"><div class=\"bar\">",
            esc(name)
        ));
        for (k, c) in Colour::ALL.iter().enumerate() {
            if counts[k] > 0 {
                out.push_str(&format!(
                    "<div class=\"{}\" style=\"width:{:.1}%\" title=\"{}: {}\"></div>",
                    c.as_str(),
                    100.0 * counts[k] as f64 / total as f64,
                    lang.colour(*c),
                    counts[k]
                ));
            }
        }
        out.push_str(&format!(
            "</div></td><td>{} / {} / {} / {}</td></tr>",
            counts[0], counts[1], counts[2], counts[3]
        ));
    }
    out.push_str("</table>");
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

/// Notices as a list in a box that also prints.
fn notices(lines: &[String], out: &mut String) {
    if lines.is_empty() {
        return;
    }
    out.push_str("<ul class=\"notices\">");
    for l in lines {
        out.push_str(&format!("<li>{}</li>", esc(l)));
    }
    out.push_str("</ul>");
}

pub fn render(
    audits: &[Audit],
    notes: &RunNotes,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = opts.lang;
    let mut h = String::new();
    h.push_str(&format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{}</title><style>{CSS}</style></head><body>",
        if lang == Lang::Nl { "nl" } else { "en" },
        esc(&title(audits, lang))
    ));
    h.push_str(&format!("<h1>{}</h1>", esc(&title(audits, lang))));
    if audits.len() == 1 {
        let a = &audits[0];
        h.push_str(&format!(
            "<p class=\"docs\">{}: {}<br>{}: {}</p>",
            lang.heading(Key::Plan),
            esc(&a.plan.path),
            lang.heading(Key::Report),
            esc(&a.report.path)
        ));
    }
    h.push_str("<div class=\"legend\"><b>");
    h.push_str(lang.heading(Key::Legend));
    h.push_str(":</b><br>");
    for c in Colour::ALL {
        h.push_str(&format!(
            "<span><i class=\"sw {}\"></i><b>{}</b>: {}</span><br>",
            c.as_str(),
            lang.colour(c),
            lang.legend(c)
        ));
    }
    h.push_str("</div><p class=\"filters\">");
    let total = super::total_summary(audits);
    for c in Colour::ALL {
        h.push_str(&format!(
            "<label><input type=\"checkbox\" value=\"{}\" checked> {} ({})</label>",
            c.as_str(),
            lang.colour(c),
            total.get(c)
        ));
    }
    h.push_str("</p>");
    notices(&run_notices(notes, lang), &mut h);
    for (k, a) in audits.iter().enumerate() {
        let ids = Ids::of(k);
        let s = a.summary();
        h.push_str(&format!(
            "<h2>{}: {} ↔ {}: {}</h2><p>{}: {} {} · {} {} · {} {} · {} {}</p>",
            lang.heading(Key::Plan),
            esc(&a.plan.path),
            lang.heading(Key::Report),
            esc(&a.report.path),
            lang.heading(Key::Summary),
            lang.colour(Colour::Red),
            s.red,
            lang.colour(Colour::Yellow),
            s.yellow,
            lang.colour(Colour::Green),
            s.green,
            lang.colour(Colour::Blue),
            s.blue
        ));
        notices(&audit_notices(a, notes, k, lang), &mut h);
        let vs = views(a, lang);
        // Group by ambitie, then doel (of the plan side; blue by report).
        let mut groups: BTreeMap<(usize, String), Vec<(usize, &ItemView)>> = BTreeMap::new();
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
            groups
                .entry((idx, String::new()))
                .or_default()
                .push((n + 1, v));
            let amb_idx = order.iter().position(|k| k.0 == amb).unwrap_or(idx);
            let ck = chart_groups
                .entry((
                    amb_idx,
                    if amb.is_empty() {
                        "—".into()
                    } else {
                        amb.clone()
                    },
                ))
                .or_insert([0; 4]);
            ck[Colour::ALL.iter().position(|c| *c == v.colour).unwrap_or(0)] += 1;
        }
        chart(&chart_groups, lang, &mut h);
        // Each doel is a section with its heading and table, inside a
        // section per ambitie, so that the filters can hide a heading
        // whose rows are all hidden.
        let mut last_amb = None;
        for ((idx, _), rows) in &groups {
            let (amb, doel) = &order[*idx];
            if last_amb.as_ref() != Some(amb) {
                if last_amb.is_some() {
                    h.push_str("</section>");
                }
                h.push_str(&format!(
                    "<section class=\"ambitie\"><h3>{}: {}</h3>",
                    lang.heading(Key::Ambitie),
                    esc(if amb.is_empty() { "—" } else { amb })
                ));
                last_amb = Some(amb.clone());
            }
            h.push_str("<section class=\"doel\">");
            if !doel.is_empty() {
                h.push_str(&format!(
                    "<h4>{}: {}</h4>",
                    lang.heading(Key::Doel),
                    esc(doel)
                ));
            }
            h.push_str(&format!(
                "<table class=\"items\"><thead><tr><th style=\"width:6.5rem\">{}</th><th>{}</th><th>{}</th><th style=\"width:7rem\">{}</th><th style=\"width:14rem\">{}</th></tr></thead><tbody>",
                lang.heading(Key::Colour),
                lang.heading(Key::Planned),
                lang.heading(Key::Reported),
                lang.heading(Key::Realisation),
                lang.heading(Key::Why)
            ));
            for (n, v) in rows {
                row(v, lang, *n, &ids, &mut h);
            }
            h.push_str("</tbody></table></section>");
        }
        if last_amb.is_some() {
            h.push_str("</section>");
        }
        h.push_str("<details class=\"sources\"><summary>Bronteksten / sources</summary>");
        source(&a.plan, &ids.plan, &mut h);
        source(&a.report, &ids.report, &mut h);
        h.push_str("</details>");
    }
    h.push_str(&format!("<script>{JS}</script></body></html>\n"));
    out.write_all(h.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }

    #[test]
    fn evidence_is_marked_and_escaped() {
        let m = marked_text(
            "Eerst <b>iets</b>.\nWe hebben het\nkader vastgesteld. Klaar.",
            &["We hebben het kader vastgesteld.".into()],
        );
        assert_eq!(
            m,
            "Eerst &lt;b&gt;iets&lt;/b&gt;. <mark>We hebben het kader vastgesteld.</mark> Klaar."
        );
    }
}
