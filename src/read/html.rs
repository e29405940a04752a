//! HTML pages saved from the begroting/jaarverslag portals: HTML text ->
//! plain text plus the heading level of every line that was a heading
//! element.
//!
//! Navigation, cookie banners, scripts and the page footer are removed
//! before the page is flattened; headings and list items come out on lines
//! of their own (list items as "- " bullets, table cells separated by "|"),
//! so the layouts that read text files read them too, and the parser knows
//! which lines were `<h1>`-`<h6>`. Line numbers in spans are lines of this
//! converted text (what `spiegel parse --text` shows), not of the HTML
//! source.

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
/// banners, scripts, styles, forms and the page footer.
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
        ]
        .iter()
        .map(|p| Regex::new(p).expect("chrome patterns compile"))
        .collect()
    });
    let mut out = html.to_string();
    for r in rs {
        out = r.replace_all(&out, "").into_owned();
    }
    out
}

/// Plain text from HTML, with the heading level of each line that was a
/// heading element (index into the lines of the text, level 1-6). Wide
/// enough that paragraphs are never wrapped: a paragraph stays one line,
/// as in the portals' text exports.
pub fn html_to_text(html: &str) -> Option<(String, Vec<(usize, u8)>)> {
    let page = strip_chrome(html);
    let text = html2text::config::with_decorator(Plain)
        .link_footnotes(false)
        .string_from_read(page.as_bytes(), 100_000)
        .ok()?;
    let mut levels = Vec::new();
    let mut lines = Vec::new();
    for (i, l) in text.lines().enumerate() {
        let mut l = l.replace('│', " | ").replace(['─', '┼', '┬', '┴'], "-");
        if let Some(rest) = l.strip_prefix(MARK) {
            let mut cs = rest.chars();
            if let (Some(d), Some(MARK)) = (cs.next(), cs.next()) {
                levels.push((i, d.to_digit(10).unwrap_or(6) as u8));
                l = cs.as_str().to_string();
            }
        }
        lines.push(l.trim_end().to_string());
    }
    Some((lines.join("\n"), levels))
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
        (String::new(), ())
    }
    fn decorate_strong_end(&self) -> String {
        String::new()
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
    fn plain_text_is_not_html() {
        assert!(!looks_like_html("Ambitie: <b> is geen html"));
    }
}
