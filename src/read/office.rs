//! Word (`.docx`) and OpenDocument (`.odt`) files: the zip archive's bytes ->
//! plain text plus the heading level of every line that was a heading
//! paragraph, as [`super::html`] gives for a portal page.
//!
//! Finance departments write their drafts in Word, so the document itself is
//! read rather than a "save as text" copy. Each paragraph becomes one line,
//! with a blank line between paragraphs; list items become "- " bullets (two
//! spaces deeper per level) or carry the number Word shows ("3.1.2
//! Title", from the numbering definitions: automatic numbers are not in the
//! text); a table row becomes one line of cells separated by " | ", the
//! form the table readers take. Headings are the paragraphs whose style is
//! a heading ("heading 1", "Kop 1", an outline level), and their levels go
//! to the parser as HTML headings do. Page headers, footers, footnotes,
//! comments and deleted text (tracked changes) are not document text and
//! are left out. Line numbers in spans are the document's paragraph
//! numbers, counting the non-empty paragraphs outside tables from 1 (a
//! table row has the number of the paragraph before it): what a reader
//! can count in the document, whatever lines the conversion adds.

use std::collections::HashMap;
use std::io::Read;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The most text spiegel takes from one part of the archive (a guard
/// against zip bombs; the same limit as for a file on disk).
const MAX_PART: u64 = super::MAX_BYTES;

/// Why an archive could not be read as a text document.
#[derive(Debug, thiserror::Error)]
pub enum OfficeError {
    #[error("the zip archive cannot be opened ({0})")]
    Zip(String),
    #[error("a zip archive without word/document.xml or content.xml, so not a Word or OpenDocument text document")]
    NotText,
    #[error("part {part} is damaged ({detail})")]
    Part { part: String, detail: String },
    #[error("part {part} holds more than {MAX_PART} bytes of text")]
    TooLarge { part: String },
}

impl OfficeError {
    /// The reason in Dutch; the technical detail stays as the library
    /// gave it.
    pub fn dutch(&self) -> String {
        match self {
            OfficeError::Zip(d) => format!("het zip-archief is niet te openen ({d})"),
            OfficeError::NotText => "een zip-archief zonder word/document.xml of content.xml, dus geen Word- of OpenDocument-tekstdocument".to_string(),
            OfficeError::Part { part, detail } => format!("onderdeel {part} is beschadigd ({detail})"),
            OfficeError::TooLarge { part } => {
                format!("onderdeel {part} bevat meer dan {MAX_PART} bytes tekst")
            }
        }
    }
}

fn part_error(part: &str, detail: impl std::fmt::Display) -> OfficeError {
    OfficeError::Part {
        part: part.to_string(),
        detail: detail.to_string(),
    }
}

/// Whether bytes are a zip archive (as `.docx` and `.odt` files are).
pub fn looks_like_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// A document's text as extracted from its archive.
#[derive(Debug)]
pub struct OfficeText {
    /// The format, as the parse output names the encoding: "docx (Word)".
    pub kind: &'static str,
    pub text: String,
    /// (line index, level 1-6) of every heading line.
    pub heading_levels: Vec<(usize, u8)>,
    /// The paragraph each line of `text` comes from, as its line number:
    /// the document's non-empty paragraphs outside tables counted from 1,
    /// so a span names a paragraph a reader can count in the document
    /// (python-docx counts them so too) rather than a line of spiegel's
    /// conversion. A table row, and a blank line between blocks, has the
    /// number of the paragraph before it.
    pub paragraphs: Vec<usize>,
}

/// Which office format a zip archive holds, with its text and heading
/// levels. `Err` says why it could not be read.
pub fn office_to_text(bytes: &[u8]) -> Result<OfficeText, OfficeError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| OfficeError::Zip(e.to_string()))?;
    if let Some(doc) = part(&mut zip, "word/document.xml")? {
        let styles = part(&mut zip, "word/styles.xml")?.unwrap_or_default();
        let numbering = part(&mut zip, "word/numbering.xml")?.unwrap_or_default();
        let Written {
            text,
            heading_levels,
            paragraphs,
        } = docx_text(&doc, &styles, &numbering)?;
        return Ok(OfficeText {
            kind: "docx (Word)",
            text,
            heading_levels,
            paragraphs,
        });
    }
    if let Some(content) = part(&mut zip, "content.xml")? {
        let Written {
            text,
            heading_levels,
            paragraphs,
        } = odt_text(&content)?;
        return Ok(OfficeText {
            kind: "odt (OpenDocument)",
            text,
            heading_levels,
            paragraphs,
        });
    }
    Err(OfficeError::NotText)
}

/// One part of the archive as text, `None` when it is not there.
fn part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Option<String>, OfficeError> {
    let f = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(part_error(name, e)),
    };
    let mut s = String::new();
    f.take(MAX_PART + 1)
        .read_to_string(&mut s)
        .map_err(|e| part_error(name, e))?;
    if s.len() as u64 > MAX_PART {
        return Err(OfficeError::TooLarge {
            part: name.to_string(),
        });
    }
    Ok(Some(s))
}

/// A block of the document as it is written out.
#[derive(Debug, PartialEq)]
enum Block {
    Heading(u8, String),
    Paragraph(String),
    /// A list item with its prefix ("- ", "  - ", "3. ") already on it.
    Item(String),
    /// One table row: its cells.
    Row(Vec<String>),
    /// The end of a table, so that two tables in a row stay apart.
    TableEnd,
}

/// The blocks written out as lines.
struct Written {
    text: String,
    heading_levels: Vec<(usize, u8)>,
    /// Per line, the paragraph number it comes from ([`OfficeText::paragraphs`]).
    paragraphs: Vec<usize>,
}

/// The blocks as lines: a blank line between blocks, none between the
/// items of one list or the rows of one table.
fn write_out(blocks: &[Block]) -> Written {
    let mut lines: Vec<String> = Vec::new();
    let mut levels = Vec::new();
    let mut paragraphs = Vec::new();
    // The paragraphs written so far.
    let mut counted = 0;
    let mut prev: Option<&Block> = None;
    for b in blocks {
        let (text, holds) = match b {
            Block::TableEnd => {
                prev = Some(b);
                continue;
            }
            Block::Heading(_, t) | Block::Paragraph(t) | Block::Item(t) => (t.clone(), 1),
            Block::Row(cells) => (cells.join(" | "), 0),
        };
        if text.trim().is_empty() {
            continue;
        }
        let together = matches!(
            (prev, b),
            (Some(Block::Item(_)), Block::Item(_)) | (Some(Block::Row(_)), Block::Row(_))
        );
        if !lines.is_empty() && !together {
            lines.push(String::new());
            paragraphs.push(counted);
        }
        let first_line = lines.len();
        if let Block::Heading(level, _) = b {
            levels.push((first_line, *level));
        }
        counted += holds;
        for l in text.split('\n') {
            lines.push(l.trim_end().to_string());
            paragraphs.push(counted.max(1));
        }
        prev = Some(b);
    }
    Written {
        text: lines.join("\n"),
        heading_levels: levels,
        paragraphs,
    }
}

// ---------------------------------------------------------------- docx

/// A paragraph style: its heading level, its list numbering, and the
/// style it is based on.
#[derive(Debug, Default, Clone)]
struct Style {
    heading: Option<u8>,
    numbering: Option<(String, usize)>,
    based_on: Option<String>,
}

/// One level of a list definition.
#[derive(Debug, Clone)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

/// The list definitions (numbering.xml) and the counters of the lists
/// written so far.
#[derive(Debug, Default)]
struct Numbering {
    /// numId -> abstractNumId
    nums: HashMap<String, String>,
    /// abstractNumId -> levels by ilvl
    abstracts: HashMap<String, Vec<Option<Level>>>,
    /// abstractNumId -> the current number per level (None: not yet used
    /// since its parent level moved on)
    counters: HashMap<String, [Option<u32>; 9]>,
}

fn w_attr<'a>(n: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    n.attribute((W, name))
}

fn w_child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    n.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

fn parse_xml<'i>(xml: &'i str, part: &str) -> Result<roxmltree::Document<'i>, OfficeError> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(xml, opts).map_err(|e| part_error(part, e))
}

/// A heading level from a style name: "heading 2", "Kop 2", "Title".
fn heading_from_name(name: &str) -> Option<u8> {
    let n = name.to_lowercase();
    if n == "title" || n == "titel" {
        return Some(1);
    }
    let rest = n
        .strip_prefix("heading")
        .or_else(|| n.strip_prefix("kop"))?;
    let level: u8 = rest.trim().parse().ok()?;
    (1..=9).contains(&level).then_some(level.min(6))
}

/// A `w:pPr`'s outline level (0-based in the file; 9 is body text) as a
/// heading level.
fn outline_level(ppr: roxmltree::Node) -> Option<Option<u8>> {
    let v: u8 = w_attr(w_child(ppr, "outlineLvl")?, "val")?.parse().ok()?;
    Some((v < 9).then(|| (v + 1).min(6)))
}

/// A `w:pPr`'s list numbering: (numId, ilvl).
fn num_pr(ppr: roxmltree::Node) -> Option<(String, usize)> {
    let np = w_child(ppr, "numPr")?;
    let id = w_attr(w_child(np, "numId")?, "val")?.to_string();
    let lvl = w_child(np, "ilvl")
        .and_then(|l| w_attr(l, "val"))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    Some((id, lvl))
}

fn read_styles(xml: &str) -> Result<HashMap<String, Style>, OfficeError> {
    let mut out = HashMap::new();
    if xml.is_empty() {
        return Ok(out);
    }
    let doc = parse_xml(xml, "word/styles.xml")?;
    for s in doc.descendants().filter(|n| n.has_tag_name((W, "style"))) {
        if w_attr(s, "type") != Some("paragraph") {
            continue;
        }
        let Some(id) = w_attr(s, "styleId") else {
            continue;
        };
        let ppr = w_child(s, "pPr");
        let name = w_child(s, "name").and_then(|n| w_attr(n, "val"));
        let heading = match ppr.and_then(outline_level) {
            Some(level) => level,
            None => name.and_then(heading_from_name),
        };
        out.insert(
            id.to_string(),
            Style {
                heading,
                numbering: ppr.and_then(num_pr),
                based_on: w_child(s, "basedOn")
                    .and_then(|b| w_attr(b, "val"))
                    .map(str::to_string),
            },
        );
    }
    Ok(out)
}

/// A style's own value or, failing that, the value of a style it is based
/// on (at most ten steps up, so a cycle ends).
fn inherited<T: Clone>(
    styles: &HashMap<String, Style>,
    id: &str,
    get: impl Fn(&Style) -> Option<T>,
) -> Option<T> {
    let mut cur = styles.get(id);
    for _ in 0..10 {
        let s = cur?;
        if let Some(v) = get(s) {
            return Some(v);
        }
        cur = s.based_on.as_deref().and_then(|b| styles.get(b));
    }
    None
}

impl Numbering {
    fn read(xml: &str) -> Result<Numbering, OfficeError> {
        let mut n = Numbering::default();
        if xml.is_empty() {
            return Ok(n);
        }
        let doc = parse_xml(xml, "word/numbering.xml")?;
        for a in doc
            .descendants()
            .filter(|x| x.has_tag_name((W, "abstractNum")))
        {
            let Some(id) = w_attr(a, "abstractNumId") else {
                continue;
            };
            let mut levels = vec![None; 9];
            for l in a.children().filter(|x| x.has_tag_name((W, "lvl"))) {
                let Some(i) = w_attr(l, "ilvl").and_then(|v| v.parse::<usize>().ok()) else {
                    continue;
                };
                if i >= 9 {
                    continue;
                }
                let val = |name: &str| w_child(l, name).and_then(|c| w_attr(c, "val"));
                levels[i] = Some(Level {
                    start: val("start").and_then(|v| v.parse().ok()).unwrap_or(1),
                    format: val("numFmt").unwrap_or("decimal").to_string(),
                    text: val("lvlText").unwrap_or("").to_string(),
                });
            }
            n.abstracts.insert(id.to_string(), levels);
        }
        for num in doc.descendants().filter(|x| x.has_tag_name((W, "num"))) {
            if let (Some(id), Some(a)) = (
                w_attr(num, "numId"),
                w_child(num, "abstractNumId").and_then(|c| w_attr(c, "val")),
            ) {
                n.nums.insert(id.to_string(), a.to_string());
            }
        }
        Ok(n)
    }

    /// The prefix Word shows before a paragraph of list `num` at level
    /// `ilvl`, counting it: "3.1.2", "a)", or `None` for a bullet.
    /// `Some("")` when the list shows nothing.
    fn label(&mut self, num: &str, ilvl: usize) -> Option<String> {
        let abs = self.nums.get(num)?.clone();
        let levels = self.abstracts.get(&abs)?;
        let level = levels.get(ilvl)?.as_ref()?;
        if level.format == "bullet" {
            return None;
        }
        let counters = self.counters.entry(abs.clone()).or_insert([None; 9]);
        counters[ilvl] = Some(counters[ilvl].map_or(level.start, |c| c + 1));
        for c in counters.iter_mut().skip(ilvl + 1) {
            *c = None;
        }
        if level.format == "none" {
            return Some(String::new());
        }
        let mut out = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(ch) = chars.next() {
            if ch == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    chars.next();
                    let k = (d as usize).saturating_sub(1).min(8);
                    let fmt = levels
                        .get(k)
                        .and_then(|l| l.as_ref())
                        .map_or("decimal", |l| l.format.as_str());
                    let start = levels
                        .get(k)
                        .and_then(|l| l.as_ref())
                        .map_or(1, |l| l.start);
                    out.push_str(&format_number(counters[k].unwrap_or(start), fmt));
                    continue;
                }
            }
            out.push(ch);
        }
        Some(out)
    }
}

fn format_number(n: u32, fmt: &str) -> String {
    match fmt {
        "lowerLetter" | "upperLetter" => {
            let base = if fmt == "lowerLetter" { b'a' } else { b'A' };
            let k = n.saturating_sub(1);
            let ch = (base + (k % 26) as u8) as char;
            ch.to_string().repeat(k as usize / 26 + 1)
        }
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" => format!("{n:02}"),
        _ => n.to_string(),
    }
}

fn roman(mut n: u32) -> String {
    const R: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in R {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// The text of a paragraph, a cell or any run container: `w:t` text, tabs,
/// line breaks; deleted text, field codes, text boxes and footnote
/// references are not part of it.
fn runs_text(n: roxmltree::Node, out: &mut String) {
    for c in n.children().filter(|c| c.is_element()) {
        if c.tag_name().namespace() != Some(W) {
            // Drawings and other namespaces hold no running text, except
            // the fallback of an alternate-content block.
            if c.tag_name().name() == "AlternateContent" {
                if let Some(f) = c.children().find(|x| x.tag_name().name() == "Fallback") {
                    runs_text(f, out);
                }
            }
            continue;
        }
        match c.tag_name().name() {
            "t" => out.push_str(c.text().unwrap_or("")),
            "tab" => out.push('\t'),
            "br" | "cr" => {
                if w_attr(c, "type") != Some("page") {
                    out.push('\n');
                }
            }
            "noBreakHyphen" => out.push('-'),
            "softHyphen" => out.push('\u{ad}'),
            "del" | "delText" | "instrText" | "txbxContent" | "footnoteReference"
            | "endnoteReference" | "commentReference" | "pPr" | "rPr" | "drawing" | "pict"
            | "object" => {}
            _ => runs_text(c, out),
        }
    }
}

struct DocxReader<'s> {
    styles: &'s HashMap<String, Style>,
    numbering: Numbering,
    blocks: Vec<Block>,
}

impl DocxReader<'_> {
    /// The body's children in order: paragraphs, tables, content controls.
    fn body(&mut self, n: roxmltree::Node) {
        for c in n
            .children()
            .filter(|c| c.has_tag_name((W, "p")) || c.is_element())
        {
            if c.tag_name().namespace() != Some(W) {
                continue;
            }
            match c.tag_name().name() {
                "p" => self.paragraph(c),
                "tbl" => self.table(c),
                "sdt" | "sdtContent" | "customXml" | "ins" => self.body(c),
                _ => {}
            }
        }
    }

    fn paragraph(&mut self, p: roxmltree::Node) {
        let mut text = String::new();
        runs_text(p, &mut text);
        let ppr = w_child(p, "pPr");
        let style = ppr
            .and_then(|x| w_child(x, "pStyle"))
            .and_then(|s| w_attr(s, "val"));
        let heading = match ppr.and_then(outline_level) {
            Some(level) => level,
            None => style.and_then(|s| inherited(self.styles, s, |st| st.heading)),
        };
        let numbering = ppr
            .and_then(num_pr)
            .or_else(|| style.and_then(|s| inherited(self.styles, s, |st| st.numbering.clone())));
        // numId 0 switches a style's numbering off. A numbered paragraph is
        // counted even when empty: Word shows its number.
        let list = numbering.filter(|(id, _)| id != "0");
        let label = list
            .as_ref()
            .map(|(id, lvl)| (*lvl, self.numbering.label(id, *lvl)));
        if text.trim().is_empty() {
            return;
        }
        let block = match (heading, label) {
            (Some(h), Some((_, Some(num)))) if !num.is_empty() => {
                Block::Heading(h, format!("{num} {text}"))
            }
            (Some(h), _) => Block::Heading(h, text),
            (None, Some((_, Some(num)))) if num.is_empty() => Block::Paragraph(text),
            (None, Some((_, Some(num)))) => Block::Item(format!("{num} {text}")),
            (None, Some((lvl, None))) => Block::Item(format!("{}- {text}", "  ".repeat(lvl))),
            (None, None) => Block::Paragraph(text),
        };
        self.blocks.push(block);
    }

    fn table(&mut self, t: roxmltree::Node) {
        for row in t.children().filter(|c| c.has_tag_name((W, "tr"))) {
            let cells: Vec<String> = row
                .children()
                .filter(|c| c.has_tag_name((W, "tc")))
                .map(|tc| {
                    let mut parts = Vec::new();
                    for p in tc.descendants().filter(|d| d.has_tag_name((W, "p"))) {
                        let mut s = String::new();
                        runs_text(p, &mut s);
                        let s = s.replace(['\n', '\t'], " ");
                        if !s.trim().is_empty() {
                            parts.push(s.trim().to_string());
                        }
                    }
                    parts.join(" ")
                })
                .collect();
            if cells.iter().any(|c| !c.is_empty()) {
                self.blocks.push(Block::Row(cells));
            }
        }
        self.blocks.push(Block::TableEnd);
    }
}

fn docx_text(doc: &str, styles: &str, numbering: &str) -> Result<Written, OfficeError> {
    let styles = read_styles(styles)?;
    let numbering = Numbering::read(numbering)?;
    let xml = parse_xml(doc, "word/document.xml")?;
    let body = xml
        .descendants()
        .find(|n| n.has_tag_name((W, "body")))
        .ok_or_else(|| part_error("word/document.xml", "no w:body"))?;
    let mut r = DocxReader {
        styles: &styles,
        numbering,
        blocks: Vec::new(),
    };
    r.body(body);
    Ok(write_out(&r.blocks))
}

// ----------------------------------------------------------------- odt

const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

/// The text of an OpenDocument paragraph or heading: spans, spaces
/// (`text:s`), tabs and line breaks; notes are left out.
fn odt_runs(n: roxmltree::Node, out: &mut String) {
    for c in n.children() {
        if c.is_text() {
            out.push_str(c.text().unwrap_or(""));
            continue;
        }
        if !c.is_element() {
            continue;
        }
        if c.tag_name().namespace() == Some(TEXT) {
            match c.tag_name().name() {
                "s" => {
                    let k: usize = c
                        .attribute((TEXT, "c"))
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(1);
                    out.push_str(&" ".repeat(k.min(100)));
                }
                "tab" => out.push('\t'),
                "line-break" => out.push('\n'),
                // The number a list or outline shows, as the writer cached
                // it: "2.1" before the heading's text.
                "number" => {
                    odt_runs(c, out);
                    if !out.ends_with(char::is_whitespace) {
                        out.push(' ');
                    }
                }
                "note" | "tracked-changes" => {}
                _ => odt_runs(c, out),
            }
        } else if c.tag_name().name() != "frame" {
            odt_runs(c, out);
        }
    }
}

fn odt_blocks(n: roxmltree::Node, depth: usize, blocks: &mut Vec<Block>) {
    for c in n.children().filter(|c| c.is_element()) {
        let ns = c.tag_name().namespace();
        let name = c.tag_name().name();
        if ns == Some(TEXT) && (name == "p" || name == "h") {
            let mut s = String::new();
            odt_runs(c, &mut s);
            if s.trim().is_empty() {
                continue;
            }
            if name == "h" {
                let level: u8 = c
                    .attribute((TEXT, "outline-level"))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1);
                blocks.push(Block::Heading(level.clamp(1, 6), s));
            } else if depth > 0 {
                blocks.push(Block::Item(format!("{}- {s}", "  ".repeat(depth - 1))));
            } else {
                blocks.push(Block::Paragraph(s));
            }
        } else if ns == Some(TEXT) && name == "list" {
            odt_blocks(c, depth + 1, blocks);
        } else if ns == Some(TEXT) && name == "list-item" {
            // Only the item's first paragraph carries the bullet.
            odt_blocks(c, depth, blocks);
        } else if ns == Some(TABLE) && name == "table" {
            for row in c
                .descendants()
                .filter(|d| d.has_tag_name((TABLE, "table-row")))
            {
                let cells: Vec<String> =
                    row.children()
                        .filter(|x| x.has_tag_name((TABLE, "table-cell")))
                        .map(|cell| {
                            let mut parts = Vec::new();
                            for p in cell.descendants().filter(|d| {
                                d.has_tag_name((TEXT, "p")) || d.has_tag_name((TEXT, "h"))
                            }) {
                                let mut s = String::new();
                                odt_runs(p, &mut s);
                                let s = s.replace(['\n', '\t'], " ");
                                if !s.trim().is_empty() {
                                    parts.push(s.trim().to_string());
                                }
                            }
                            parts.join(" ")
                        })
                        .collect();
                if cells.iter().any(|c| !c.is_empty()) {
                    blocks.push(Block::Row(cells));
                }
            }
            blocks.push(Block::TableEnd);
        } else if ns == Some(TEXT) && (name == "tracked-changes" || name == "table-of-content") {
            // Deleted text, and a generated table of contents (its entries
            // are index-body paragraphs that repeat the headings).
        } else {
            odt_blocks(c, depth, blocks);
        }
    }
}

fn odt_text(content: &str) -> Result<Written, OfficeError> {
    let xml = parse_xml(content, "content.xml")?;
    let body = xml
        .descendants()
        .find(|n| {
            n.tag_name().name() == "text"
                && n.parent_element()
                    .is_some_and(|p| p.tag_name().name() == "body")
        })
        .ok_or_else(|| part_error("content.xml", "no office:text body"))?;
    let mut blocks = Vec::new();
    odt_blocks(body, 0, &mut blocks);
    Ok(write_out(&blocks))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A .docx archive from its parts.
    pub(crate) fn archive(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut buf = std::io::Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut buf);
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            for (name, body) in parts {
                z.start_file(*name, opts).unwrap();
                z.write_all(body.as_bytes()).unwrap();
            }
            z.finish().unwrap();
        }
        buf.into_inner()
    }

    fn w(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#
        )
    }

    #[test]
    fn roman_and_letters() {
        assert_eq!(format_number(4, "upperRoman"), "IV");
        assert_eq!(format_number(2, "lowerLetter"), "b");
        assert_eq!(format_number(27, "lowerLetter"), "aa");
        assert_eq!(format_number(3, "decimalZero"), "03");
    }

    #[test]
    fn styles_name_headings_in_english_and_dutch() {
        assert_eq!(heading_from_name("heading 2"), Some(2));
        assert_eq!(heading_from_name("Kop 3"), Some(3));
        assert_eq!(heading_from_name("Title"), Some(1));
        assert_eq!(heading_from_name("Normal"), None);
        assert_eq!(heading_from_name("heading"), None);
    }

    #[test]
    fn a_zip_that_is_no_document_says_so() {
        let z = archive(&[("a.txt", "x")]);
        let e = office_to_text(&z).unwrap_err();
        assert!(matches!(e, OfficeError::NotText), "{e}");
        assert!(office_to_text(b"PK\x03\x04garbage").is_err());
    }

    #[test]
    fn odt_headings_lists_and_tables() {
        let content = format!(
            r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="{TEXT}" xmlns:table="{TABLE}"><office:body><office:text>
<text:h text:outline-level="2">Doel 1.1 Betaalbaar wonen</text:h>
<text:p>We bouwen<text:s text:c="2"/>woningen.<text:note><text:note-body><text:p>voetnoot</text:p></text:note-body></text:note></text:p>
<text:list><text:list-item><text:p>Eerste punt</text:p></text:list-item><text:list-item><text:p>Tweede punt</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>Nr</text:p></table:table-cell><table:table-cell><text:p>Activiteit</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"#
        );
        let z = archive(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", &content),
        ]);
        let OfficeText {
            kind,
            text,
            heading_levels: levels,
            paragraphs,
        } = office_to_text(&z).unwrap();
        assert_eq!(kind, "odt (OpenDocument)");
        assert_eq!(
            text,
            "Doel 1.1 Betaalbaar wonen\n\nWe bouwen  woningen.\n\n- Eerste punt\n- Tweede punt\n\nNr | Activiteit"
        );
        assert_eq!(levels, vec![(0, 2)]);
        // Lines are numbered by paragraph; the blank line between blocks,
        // and a table row, keep the number before them.
        assert_eq!(paragraphs, vec![1, 1, 2, 2, 3, 4, 4, 4]);
    }

    #[test]
    fn docx_body_without_styles() {
        let doc = w(
            r#"<w:p><w:r><w:t xml:space="preserve">Eén </w:t></w:r><w:r><w:t>regel</w:t><w:tab/><w:t>met tab</w:t></w:r></w:p>
<w:p/><w:p><w:r><w:t>Tweede</w:t><w:br/><w:t>regel</w:t></w:r><w:del><w:r><w:delText>weg</w:delText></w:r></w:del><w:ins><w:r><w:t> erbij</w:t></w:r></w:ins></w:p>"#,
        );
        let z = archive(&[("word/document.xml", &doc)]);
        let OfficeText {
            kind,
            text,
            heading_levels: levels,
            paragraphs,
        } = office_to_text(&z).unwrap();
        assert_eq!(kind, "docx (Word)");
        assert_eq!(text, "Eén regel\tmet tab\n\nTweede\nregel erbij");
        assert!(levels.is_empty());
        // The empty paragraph is not counted; a line break stays in its
        // paragraph.
        assert_eq!(paragraphs, vec![1, 1, 2, 2]);
    }
}
