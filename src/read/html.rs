//! HTML pages saved from the begroting/jaarverslag portals: converted to
//! text with headings and list items on lines of their own (list items as
//! "- " bullets, table cells separated by "|"), so the layouts that read
//! text files read them too. Line numbers in spans are lines of this
//! converted text, not of the HTML source.

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

/// Plain text from HTML. Wide enough that paragraphs are never wrapped:
/// a paragraph stays one line, as in the portals' text exports.
pub fn html_to_text(html: &str) -> Option<String> {
    html2text::config::with_decorator(Plain)
        .link_footnotes(false)
        .string_from_read(html.as_bytes(), 100_000)
        .ok()
        .map(|s| {
            s.lines()
                .map(|l| l.replace('│', " | ").replace(['─', '┼', '┬', '┴'], "-"))
                .map(|l| l.trim_end().to_string())
                .collect::<Vec<_>>()
                .join("\n")
        })
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
    fn header_prefix(&self, _level: usize) -> String {
        String::new()
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
        let t = html_to_text(html).unwrap();
        let lines: Vec<&str> = t.lines().filter(|l| !l.trim().is_empty()).collect();
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
    fn plain_text_is_not_html() {
        assert!(!looks_like_html("Ambitie: <b> is geen html"));
    }
}
