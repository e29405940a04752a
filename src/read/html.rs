//! HTML pages saved from the begroting/jaarverslag portals: HTML text ->
//! plain text plus the heading level of every line that was a heading
//! element.
//!
//! Navigation, cookie banners, scripts and the page footer are removed
//! before the page is flattened; headings and list items come out on lines
//! of their own (list items as "- " bullets, table cells separated by "|"),
//! so the layouts that read text files read them too, and the parser knows
//! which lines were `<h1>`-`<h6>`. Each converted line keeps the line of
//! the HTML source its text starts on (`source_lines`), so spans point into
//! the file as given; `spiegel parse --text` shows the text with those
//! numbers.

use html2text::render::TextDecorator;

/// Whether decoded text is an HTML page rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with("<?xml") && head.contains("<html"))
}

/// Marks a heading line in html2text's output: the private-use sentinel,
/// the level digit, the sentinel again.
const MARK: char = '\u{E000}';

/// Page chrome that is not document text: navigation, cookie and consent
/// banners, scripts, styles, forms and the page footer. Status icons are
/// already text ([`status_images_as_text`]).
fn strip_chrome(html: &str) -> String {
    use regex::Regex;
    use std::sync::OnceLock;
    static R: OnceLock<Vec<Regex>> = OnceLock::new();
    let rs = R.get_or_init(|| {
        [
            r"(?is)<nav\b.*?</nav\s*>",
            r"(?is)<footer\b.*?</footer\s*>",
            r"(?is)<form\b.*?</form\s*>",
            r"(?is)<button\b.*?</button\s*>",
            r#"(?is)<(div|section|aside)\b[^>]*(cookie|consent)[^>]*>.*?</(div|section|aside)\s*>"#,
            // The legend of the page's status marks explains them.
            r#"(?is)<(ul|ol)\b[^>]*class="[^"]*legend[^"]*"[^>]*>.*?</(ul|ol)\s*>"#,
            r#"(?is)<p\b[^>]*class="[^"]*legend[^"]*"[^>]*>.*?</p\s*>"#,
            r#"(?is)<div\b[^>]*class="[^"]*legend[^"]*"[^>]*>.*?</div\s*>"#,
        ]
        .iter()
        .map(|p| Regex::new(p).expect("chrome patterns compile"))
        .collect()
    });
    let mut out = html.to_string();
    for r in rs {
        out = r.replace_all(&out, "").into_owned();
    }
    cells_on_one_line(&summaries_as_titles(&out))
}

/// A status icon says its status in its text ("<img src=\"groen.svg\"
/// alt=\"Gerealiseerd\">"): the icon becomes that text, in the page as
/// read and in the source its lines are found in ([`source_lines`]).
/// Other images are no text.
pub fn status_images_as_text(html: &str) -> std::borrow::Cow<'_, str> {
    use regex::Regex;
    use std::sync::OnceLock;
    static IMG: OnceLock<Regex> = OnceLock::new();
    let img = IMG.get_or_init(|| {
        Regex::new(r#"(?i)<img\b[^>]*?\balt="([^"]*)"[^>]*>"#).expect("image pattern compiles")
    });
    if !html.contains("<img") && !html.contains("<IMG") {
        return std::borrow::Cow::Borrowed(html);
    }
    img.replace_all(html, |c: &regex::Captures| {
        let alt = c[1].trim();
        let status =
            alt.split_whitespace().count() <= 4 && crate::parse::parts::status_word(alt).is_some();
        if status {
            alt.to_string()
        } else {
            c[0].to_string()
        }
    })
}

/// Marks the end of a table cell's bold lead ("<td><strong>Warmtevisie
/// actualiseren</strong><br>We stellen ...</td>"): the rows reader takes
/// what comes before it as the row's title.
pub const CELL_LEAD: char = '\u{E001}';

/// Each table cell on one line: the paragraphs, breaks and list items
/// inside a cell are joined with spaces, so that a row is one line of
/// cells ("title | text | status") however its cells were laid out, and a
/// cell that opens with a bold lead followed by more text keeps where the
/// lead ends ([`CELL_LEAD`]).
fn cells_on_one_line(html: &str) -> String {
    use regex::Regex;
    use std::sync::OnceLock;
    static CELL: OnceLock<Regex> = OnceLock::new();
    static BLOCKS: OnceLock<Regex> = OnceLock::new();
    static LEAD: OnceLock<Regex> = OnceLock::new();
    static TAGS: OnceLock<Regex> = OnceLock::new();
    let cell = CELL.get_or_init(|| {
        Regex::new(r"(?is)(<t[dh]\b[^>]*>)(.*?)(</t[dh]\s*>)").expect("cell pattern compiles")
    });
    if !cell.is_match(html) {
        return html.to_string();
    }
    let blocks = BLOCKS.get_or_init(|| {
        Regex::new(r"(?i)<br\s*/?>|</?(p|div|ul|ol|li|section)\b[^>]*>|\s*\n\s*")
            .expect("block pattern compiles")
    });
    let lead = LEAD.get_or_init(|| {
        Regex::new(r"(?is)^\s*<(strong|b)\b[^>]*>(.*?)</(strong|b)\s*>(.*)$")
            .expect("lead pattern compiles")
    });
    let tags = TAGS.get_or_init(|| Regex::new(r"<[^>]*>").expect("tag pattern compiles"));
    cell.replace_all(html, |c: &regex::Captures| {
        let flat = blocks.replace_all(&c[2], " ");
        let flat = flat.trim();
        let body = match lead.captures(flat) {
            Some(l) if !tags.replace_all(&l[4], "").trim().is_empty() => {
                format!("{}{CELL_LEAD} {}", l[2].trim(), l[4].trim())
            }
            _ => flat.to_string(),
        };
        format!("{}{}{}", &c[1], body, &c[3])
    })
    .into_owned()
}

/// An accordion's <summary> is the title of what it folds open when it
/// names that thing: a bold lead of its own (`bold_title`), one level under
/// the last heading. A fold label ("Toelichting", "Lees meer") that
/// recurs on the page, or that says only that more follows, opens a part
/// of an item whose title stands above it: it stays a line of text.
fn summaries_as_titles(html: &str) -> String {
    use regex::Regex;
    use std::sync::OnceLock;
    static SUMMARY: OnceLock<Regex> = OnceLock::new();
    let re = SUMMARY.get_or_init(|| {
        Regex::new(r"(?is)<summary\b[^>]*>(.*?)</summary\s*>").expect("summary pattern compiles")
    });
    static TAGS: OnceLock<Regex> = OnceLock::new();
    let tags = TAGS.get_or_init(|| Regex::new(r"<[^>]*>").expect("tag pattern compiles"));
    let label = |inner: &str| crate::text::fold(tags.replace_all(inner, "").trim());
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for c in re.captures_iter(html) {
        *seen.entry(label(&c[1])).or_default() += 1;
    }
    const MORE: [&str; 8] = [
        "lees meer",
        "meer informatie",
        "meer lezen",
        "toon meer",
        "details",
        "toelichting",
        "bekijk",
        "open",
    ];
    static BLOCK: OnceLock<Regex> = OnceLock::new();
    let block = BLOCK.get_or_init(|| {
        Regex::new(r"(?i)<(h[1-6]|p|div|ul|ol|table|section)\b").expect("block pattern compiles")
    });
    re.replace_all(html, |c: &regex::Captures| {
        // A summary that holds a block of its own ("<summary><h3>Title</h3>
        // </summary>") is read as that block: wrapped in bold, the block
        // would break out and leave the bold open over the page.
        if block.is_match(&c[1]) {
            return c[0].to_string();
        }
        let l = label(&c[1]);
        let fold_label = seen.get(&l).is_some_and(|&n| n >= 2) || MORE.contains(&l.as_str());
        if fold_label {
            format!("<p>{}</p>", &c[1])
        } else {
            format!("<p><strong>{}</strong></p>", &c[1])
        }
    })
    .into_owned()
}

/// Plain text from HTML, with the heading level of each line that was a
/// heading element (index into the lines of the text, level 1-6). Wide
/// enough that paragraphs are never wrapped: a paragraph stays one line,
/// as in the portals' text exports.
pub fn html_to_text(html: &str) -> Option<(String, Vec<(usize, u8)>)> {
    html_to_text_inferred(html).map(|(t, levels, _)| (t, levels))
}

/// Converted text, its heading lines (index, level) and which of those
/// were inferred.
pub type Converted = (String, Vec<(usize, u8)>, Vec<usize>);

/// [`html_to_text`], and which of the heading lines were inferred (bold
/// leads and accordion summaries, not heading elements).
pub fn html_to_text_inferred(html: &str) -> Option<Converted> {
    page_to_text(&status_images_as_text(html))
}

/// [`html_to_text_inferred`] of a page whose status icons are already text
/// ([`status_images_as_text`]), so a reader that also keeps that page as
/// the source of line numbers converts the icons once.
pub fn page_to_text(html: &str) -> Option<Converted> {
    let page = strip_chrome(html);
    let text = html2text::config::with_decorator(Plain)
        .link_footnotes(false)
        .string_from_read(page.as_bytes(), 100_000)
        .ok()?;
    let mut levels = Vec::new();
    let mut inferred = Vec::new();
    let mut lines: Vec<String> = Vec::new();
    // The level of the last heading element: a bold title under it sits
    // one level deeper.
    let mut last_level = 0u8;
    for l in text.lines() {
        let mut l = l.replace('│', " | ").replace(['─', '┼', '┬', '┴'], "-");
        if let Some(rest) = l.strip_prefix(MARK) {
            let mut cs = rest.chars();
            if let (Some(d), Some(MARK)) = (cs.next(), cs.next()) {
                let level = d.to_digit(10).unwrap_or(6) as u8;
                levels.push((lines.len(), level));
                last_level = level;
                l = cs.as_str().to_string();
            }
        }
        if let Some((title, rest)) = bold_title(&l) {
            inferred.push(lines.len());
            levels.push((lines.len(), (last_level + 1).min(6)));
            lines.push(title);
            if !rest.is_empty() {
                lines.push(rest);
            }
            continue;
        }
        // A cell's lead mark serves the rows reader only.
        if !l.contains(" | ") {
            l = l.replace(CELL_LEAD, "");
        }
        lines.push(l.replace([BOLD, UNBOLD], "").trim_end().to_string());
    }
    Some((lines.join("\n"), levels, inferred))
}

/// The line of the HTML source on which each converted line's text starts
/// (1-based, never decreasing), and where the line runs on over later
/// source lines (a paragraph written over several lines): (byte offset in
/// the line, source line from there). Lines are found by their first
/// letters and digits in the source with its tags and entities taken out,
/// searching on from the line found last, and then followed letter by
/// letter; a line with none (blank, a table rule), or not found, keeps the
/// line before it.
pub fn source_lines(html: &str, lines: &[&str]) -> Vec<(usize, Vec<(usize, usize)>)> {
    let src = stripped_lines(html);
    // Text before <body> (the <title>) is not what the page shows.
    let mut cur = html
        .as_bytes()
        .windows(5)
        .position(|w| w.eq_ignore_ascii_case(b"<body"))
        .map(|at| {
            html.as_bytes()[..at]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
        })
        .unwrap_or(0);
    const KEY: usize = 16;
    const WINDOW: usize = 4000;
    lines
        .iter()
        .map(|l| {
            let key: String = l
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .take(KEY)
                .collect();
            if key.len() < 3 {
                return (cur + 1, Vec::new());
            }
            let found = (cur..src.len().min(cur + WINDOW)).find_map(|k| {
                if let Some(at) = src[k].find(&key) {
                    return Some((k, at));
                }
                // A key cut by the source's own line break.
                let next = src.get(k + 1)?;
                let tail_len = (1..key.len())
                    .rev()
                    .find(|&n| src[k].ends_with(&key[..n]) && next.starts_with(&key[n..]))?;
                Some((k, src[k].len() - tail_len))
            });
            let Some((k, at)) = found else {
                return (cur + 1, Vec::new());
            };
            let (last, breaks) = follow(l, &src, k, at);
            cur = last;
            (k + 1, breaks)
        })
        .collect()
}

/// The letters and digits of each source line outside tags and entities,
/// lower-cased: what survives conversion, whatever the markup.
fn stripped_lines(html: &str) -> Vec<String> {
    let mut src: Vec<String> = vec![String::new()];
    let mut in_tag = false;
    let mut in_entity = false;
    for c in html.chars() {
        match c {
            '\n' => {
                src.push(String::new());
                in_entity = false;
            }
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            '&' if !in_tag => in_entity = true,
            ';' if in_entity => in_entity = false,
            c if in_entity && !c.is_ascii_alphanumeric() && c != '#' => in_entity = false,
            c if !in_tag && !in_entity && c.is_ascii_alphanumeric() => {
                if let Some(l) = src.last_mut() {
                    l.push(c.to_ascii_lowercase());
                }
            }
            _ => {}
        }
    }
    src
}

/// Follows a converted line through the stripped source from line `k`,
/// position `at`: the last source line it reaches, and the byte offsets in
/// the line where it goes on to a later source line. Stops at the first
/// letter the source does not have (text the conversion added).
fn follow(line: &str, src: &[String], k: usize, at: usize) -> (usize, Vec<(usize, usize)>) {
    let mut breaks = Vec::new();
    let (mut m, mut q) = (k, at);
    for (off, c) in line.char_indices() {
        if !c.is_ascii_alphanumeric() {
            continue;
        }
        // On to the next source line that has text.
        if q >= src[m].len() {
            let Some(n) = (m + 1..src.len()).find(|&n| !src[n].is_empty()) else {
                break;
            };
            m = n;
            q = 0;
            breaks.push((off, m + 1));
        }
        if src[m].as_bytes()[q] != c.to_ascii_lowercase() as u8 {
            // (A break recorded for a letter that then did not match.)
            if breaks.last().is_some_and(|&(o, _)| o == off) {
                breaks.pop();
            }
            break;
        }
        q += 1;
    }
    (m, breaks)
}

/// Mark the start and end of bold text (`<strong>`, `<b>`) in html2text's
/// output, for [`bold_title`].
const BOLD: char = '\u{2063}';
const UNBOLD: char = '\u{2064}';

/// A paragraph or list item that opens with a bold phrase and either is
/// nothing else ("<p><strong>Suïcidepreventie</strong></p>") or goes on
/// with a sentence of its own ("<li><strong>Valpreventie voor
/// ouderen</strong> Een op de drie ...</li>"): the CMS's way of writing a
/// title without a heading element. Gives the title and the text after
/// it. A bold label ("<b>Status:</b> gereed"), a bold word inside a
/// sentence and a bold table cell are no titles.
fn bold_title(line: &str) -> Option<(String, String)> {
    let t = line.trim_start();
    let t = t.strip_prefix("- ").unwrap_or(t).trim_start();
    let inner = t.strip_prefix(BOLD)?;
    let end = inner.find(UNBOLD)?;
    let title = inner[..end].trim();
    let rest = inner[end + UNBOLD.len_utf8()..].trim();
    if line.contains(" | ") || title.is_empty() {
        return None;
    }
    let words = title.split_whitespace().count();
    // A colon inside a title that is the whole paragraph ("Passend
    // onderwijs: zorg in de klas"); a bold label before text ("Status:
    // gereed") is none.
    let label = title.ends_with(':') || (title.contains(':') && !rest.is_empty());
    if words > 12 || label || title.ends_with(['.', ',', ';']) {
        return None;
    }
    let opens_sentence = rest.is_empty()
        || rest
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    if !opens_sentence {
        return None;
    }
    Some((title.to_string(), rest.replace([BOLD, UNBOLD], "")))
}

/// Text without markup: no brackets round links, no "#" before headings,
/// "- " before list items.
#[derive(Clone, Debug)]
struct Plain;

impl TextDecorator for Plain {
    type Annotation = ();

    fn decorate_link_start(&mut self, _url: &str) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_link_end(&mut self) -> String {
        String::new()
    }
    fn decorate_em_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_em_end(&self) -> String {
        String::new()
    }
    fn decorate_strong_start(&self) -> (String, ()) {
        (BOLD.to_string(), ())
    }
    fn decorate_strong_end(&self) -> String {
        UNBOLD.to_string()
    }
    fn decorate_strikeout_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strikeout_end(&self) -> String {
        String::new()
    }
    fn decorate_code_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_code_end(&self) -> String {
        String::new()
    }
    fn decorate_preformat_first(&self) {}
    fn decorate_preformat_cont(&self) {}
    fn decorate_image(&mut self, _src: &str, _title: &str) -> (String, ()) {
        (String::new(), ())
    }
    fn header_prefix(&self, level: usize) -> String {
        format!("{MARK}{}{MARK}", level.min(6))
    }
    fn quote_prefix(&self) -> String {
        String::new()
    }
    fn unordered_item_prefix(&self) -> String {
        "- ".to_string()
    }
    fn ordered_item_prefix(&self, i: i64) -> String {
        format!("{i}. ")
    }
    fn make_subblock_decorator(&self) -> Self {
        Plain
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_and_lists_stay_apart() {
        let html = "<!DOCTYPE html><html><head><title>x</title><script>var a = '<p>';</script></head><body>\
            <h2>Wat gaan we daarvoor doen?</h2><p>Doel: Minder <b>eenzaamheid</b></p>\
            <ul><li>We starten <a href=\"/x\">een pilot</a></li><li>We evalueren</li></ul></body></html>";
        assert!(looks_like_html(html));
        let (t, levels) = html_to_text(html).unwrap();
        let lines: Vec<&str> = t.lines().filter(|l| !l.trim().is_empty()).collect();
        let heading = t.lines().position(|l| l.starts_with("Wat gaan")).unwrap();
        assert_eq!(levels, vec![(heading, 2)]);
        assert_eq!(
            lines,
            vec![
                "Wat gaan we daarvoor doen?",
                "Doel: Minder eenzaamheid",
                "- We starten een pilot",
                "- We evalueren"
            ]
        );
    }

    #[test]
    fn navigation_cookies_and_footer_are_not_text() {
        let html = "<!DOCTYPE html><html><body><div class=\"cookie-banner\"><p>Wij gebruiken cookies</p></div>\
            <nav><ul><li>Programma 1 Bestuur</li></ul></nav><h3>Buurtsportcoaches</h3><p>In elke wijk.</p>\
            <footer>Deze pagina is gebouwd op 1-1-2025</footer></body></html>";
        let (t, levels) = html_to_text(html).unwrap();
        assert!(!t.contains("cookies") && !t.contains("Programma 1") && !t.contains("gebouwd"));
        assert!(t.contains("Buurtsportcoaches") && t.contains("In elke wijk."));
        assert_eq!(levels.len(), 1);
    }

    #[test]
    fn a_table_cell_of_paragraphs_is_one_cell_and_keeps_its_bold_lead() {
        let html = "<!DOCTYPE html><html><body><table>\
            <tr><th>Activiteit</th><th>Planning</th></tr>\
            <tr><td><strong>Warmtevisie</strong><br>We actualiseren de visie.\n<ul><li>wijk A</li><li>wijk B</li></ul></td>\
            <td><p>Q2</p><p>2024</p></td></tr></table></body></html>";
        let (t, _) = html_to_text(html).unwrap();
        let row = t
            .lines()
            .find(|l| l.contains("Warmtevisie"))
            .unwrap_or_else(|| panic!("{t}"));
        let cells: Vec<&str> = row.split(" | ").map(str::trim).collect();
        assert_eq!(
            cells,
            [
                format!("Warmtevisie{CELL_LEAD} We actualiseren de visie. wijk A wijk B").as_str(),
                "Q2 2024"
            ]
        );
    }

    #[test]
    fn a_bold_lead_is_a_title_one_level_under_the_last_heading() {
        let html = "<!DOCTYPE html><html><body><h3>Doel 1.1 Gezond leven</h3>\
            <ul><li><strong>Valpreventie voor ouderen</strong> Een op de drie ouderen valt.</li>\
            <li>We <b>breiden</b> uit</li></ul>\
            <p><strong>Suïcidepreventie</strong></p><p>We trainen 150 sleutelfiguren.</p>\
            <p><strong>Status:</strong> afgerond</p>\
            <p><strong>Dit is een veel te lange vetgedrukte zin van meer dan twaalf woorden die geen titel is</strong></p>\
            <table><tr><td><b>Indicator</b></td><td>12%</td></tr></table></body></html>";
        let (t, levels) = html_to_text(html).unwrap();
        let lines: Vec<&str> = t.lines().collect();
        let at = |s: &str| {
            lines
                .iter()
                .position(|l| *l == s)
                .unwrap_or_else(|| panic!("{s:?} not in {lines:?}"))
        };
        let valp = at("Valpreventie voor ouderen");
        assert_eq!(lines[valp + 1], "Een op de drie ouderen valt.");
        at("- We breiden uit");
        let sui = at("Suïcidepreventie");
        at("Status: afgerond");
        let long = lines
            .iter()
            .position(|l| l.starts_with("Dit is een"))
            .unwrap();
        assert!(!t.contains(BOLD) && !t.contains(UNBOLD));
        let level = |k: usize| levels.iter().find(|(i, _)| *i == k).map(|(_, l)| *l);
        assert_eq!(level(at("Doel 1.1 Gezond leven")), Some(3));
        assert_eq!(level(valp), Some(4));
        assert_eq!(level(sui), Some(4));
        assert_eq!(level(long), None);
        assert_eq!(level(at("Status: afgerond")), None);
        assert!(lines
            .iter()
            .any(|l| l.contains("Indicator") && l.contains("12%")));
    }

    #[test]
    fn each_line_keeps_the_source_line_its_text_starts_on() {
        let html = "<!DOCTYPE html>\n<html><head><title>Doel 1</title></head>\n<body>\n\
            <h3>Doel 1</h3>\n\
            <ul><li><strong>Valpreventie</strong> Een op de drie\n\
            ouderen valt &eacute;&eacute;n keer.</li>\n\
            <li>We trainen 150 sleutelfiguren.</li></ul>\n\
            <table>\n<tr><td>Indicator</td><td>12%</td></tr>\n</table>\n</body></html>\n";
        let (t, _) = html_to_text(html).unwrap();
        let lines: Vec<&str> = t.lines().collect();
        let nos: Vec<usize> = source_lines(html, &lines)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        let no = |s: &str| {
            let k = lines.iter().position(|l| l.contains(s)).unwrap();
            nos[k]
        };
        // The heading is the <h3> on line 4, not the <title> on line 2.
        assert_eq!(no("Doel 1"), 4);
        assert_eq!(no("Valpreventie"), 5);
        assert_eq!(no("Een op de drie"), 5);
        assert_eq!(no("sleutelfiguren"), 7);
        assert_eq!(no("Indicator"), 9);
        assert!(nos.windows(2).all(|w| w[0] <= w[1]));
        // The paragraph goes on to line 6 at "ouderen".
        let k = lines
            .iter()
            .position(|l| l.contains("Een op de drie"))
            .unwrap();
        let breaks = &source_lines(html, &lines)[k].1;
        assert_eq!(breaks.len(), 1, "{breaks:?}");
        assert_eq!(&lines[k][breaks[0].0..], "ouderen valt één keer.");
        assert_eq!(breaks[0].1, 6);
    }

    #[test]
    fn an_accordion_summary_is_a_title() {
        let html = "<!DOCTYPE html><html><body><h2>Doel 3.1 Goede scholen</h2>\
            <details><summary>Nieuwbouw IKC De Kortehoeve</summary><div><p>In mei starten we de bouw.</p></div></details>\
            <details><summary>Passend onderwijs: zorg in de klas</summary><div><p>We zetten twee coaches in.</p></div></details>\
            </body></html>";
        let (t, levels) = html_to_text(html).unwrap();
        let lines: Vec<&str> = t.lines().collect();
        let k = lines
            .iter()
            .position(|l| *l == "Nieuwbouw IKC De Kortehoeve")
            .unwrap_or_else(|| panic!("{lines:?}"));
        assert!(levels.contains(&(k, 3)), "{levels:?}");
        assert!(t.contains("In mei starten we de bouw."));
        let k = lines
            .iter()
            .position(|l| *l == "Passend onderwijs: zorg in de klas")
            .unwrap_or_else(|| panic!("{lines:?}"));
        assert!(levels.contains(&(k, 3)), "{levels:?}");
    }

    #[test]
    fn a_summary_holding_a_heading_is_that_heading() {
        let html = "<!DOCTYPE html><html><body><h2>Doel 1 Veilig</h2>\
            <details><summary><h3>Meer boa's in de wijk</h3></summary><p>Er zijn twee boa's bijgekomen.</p></details>\
            <details><summary><h3>Cameratoezicht</h3></summary><p>De camera's hangen.</p></details>\
            </body></html>";
        let (t, levels) = html_to_text(html).unwrap();
        let lines: Vec<&str> = t.lines().collect();
        let k = lines
            .iter()
            .position(|l| l.contains("Cameratoezicht"))
            .unwrap_or_else(|| panic!("{lines:?}"));
        assert!(levels.contains(&(k, 3)), "{levels:?} {lines:?}");
        // No bold left open: the texts are no titles.
        let text = lines
            .iter()
            .position(|l| l.contains("camera's hangen"))
            .unwrap();
        assert!(!levels.iter().any(|(i, _)| *i == text), "{levels:?}");
    }

    #[test]
    fn a_recurring_fold_label_is_no_title() {
        let html = "<!DOCTYPE html><html><body><h3>Meer boa's in de wijk</h3><p>Status: gereed</p>\
            <details><summary>Toelichting</summary><p>Er zijn twee boa's bijgekomen.</p></details>\
            <h3>Cameratoezicht</h3><details><summary>Toelichting</summary><p>De camera's hangen.</p></details>\
            </body></html>";
        let (t, levels) = html_to_text(html).unwrap();
        let lines: Vec<&str> = t.lines().collect();
        let k = lines
            .iter()
            .position(|l| *l == "Toelichting")
            .unwrap_or_else(|| panic!("{lines:?}"));
        assert!(!levels.iter().any(|(i, _)| *i == k), "{levels:?}");
        assert_eq!(levels.len(), 2, "only the two <h3>: {levels:?}");
    }

    #[test]
    fn plain_text_is_not_html() {
        assert!(!looks_like_html("Ambitie: <b> is geen html"));
    }
}
