//! Reading: bytes on disk -> [`SourceText`] (decoded, normalised lines that
//! keep their original line numbers).
//!
//! Accepts UTF-8 (with or without BOM), UTF-16 (with BOM, or without BOM when
//! the byte pattern is unmistakable), Windows-1252 and other legacy 8-bit
//! encodings (guessed with chardetng), LF/CRLF/CR line ends and form feeds.
//! Rejects empty and binary files with an error that names the file.

mod html;
mod markdown;
mod normalize;
mod office;

pub use html::{html_to_text, looks_like_html, CELL_LEAD};

pub use normalize::{normalize_line, normalize_lines};

use crate::model::SourceText;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use std::path::Path;

/// Largest file spiegel reads; bigger files are refused rather than
/// exhausting memory.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Why a file could not be read. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: cannot read file: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: file is empty (no text found)")]
    Empty { path: String },
    #[error("{path}: looks like a binary file, not text (byte {offset} is a control character); give spiegel the text of the document")]
    Binary { path: String, offset: usize },
    #[error("{path}: file is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error(
        "{path}: is a PDF and pdftotext (Debian package poppler-utils) is not installed; install it, or extract the text first (`pdftotext -enc UTF-8 {path} out.txt`)"
    )]
    Pdf { path: String },
    #[error("{path}: PDF without a text layer (a scan?); run OCR first (e.g. `ocrmypdf`), then give spiegel the PDF or its text")]
    PdfWithoutText { path: String },
    #[error("{path}: pdftotext failed: {message}")]
    PdfFailed { path: String, message: String },
    #[error("{path}: HTML page could not be converted to text")]
    Html { path: String },
    #[error("{path}: cannot read this Word or OpenDocument file: {error}; open it and save it again as .docx or .odt, or save it as text")]
    Office {
        path: String,
        error: office::OfficeError,
    },
    #[error("{path}: is an old Word or Excel file (.doc/.xls, a compound file), which spiegel does not read; open it and save it as .docx or as text")]
    CompoundFile { path: String },
}

impl ReadError {
    /// The message in Dutch (`nl`) or English (the `Display` text). Each
    /// says which file, what is wrong and what to do.
    pub fn message(&self, nl: bool) -> String {
        if !nl {
            return self.to_string();
        }
        match self {
            ReadError::Io { path, source } => {
                let why = match source.kind() {
                    std::io::ErrorKind::NotFound => "bestaat niet".to_string(),
                    std::io::ErrorKind::PermissionDenied => "geen leesrechten".to_string(),
                    _ if source.to_string() == "is a directory" => {
                        "is een map; geef een bestand, of de map zonder --plan/--report"
                            .to_string()
                    }
                    _ => source.to_string(),
                };
                format!("{path}: bestand niet te lezen: {why}")
            }
            ReadError::Empty { path } => format!("{path}: bestand is leeg (geen tekst gevonden)"),
            ReadError::Binary { path, offset } => format!(
                "{path}: lijkt een binair bestand, geen tekst (byte {offset} is een stuurteken); geef spiegel de tekst van het document"
            ),
            ReadError::TooLarge { path, size, limit } => {
                format!("{path}: bestand is {size} bytes, meer dan de grens van {limit} bytes")
            }
            ReadError::Pdf { path } => format!(
                "{path}: is een PDF en pdftotext (Debian-pakket poppler-utils) is niet geïnstalleerd; installeer het, of haal eerst de tekst eruit (`pdftotext -enc UTF-8 {path} out.txt`)"
            ),
            ReadError::PdfWithoutText { path } => format!(
                "{path}: PDF zonder tekstlaag (een scan?); laat er eerst OCR op los (bijv. `ocrmypdf`) en geef spiegel dan de PDF of de tekst"
            ),
            ReadError::PdfFailed { path, message } => {
                format!("{path}: pdftotext mislukte: {message}")
            }
            ReadError::Html { path } => {
                format!("{path}: HTML-pagina kon niet naar tekst worden omgezet")
            }
            ReadError::Office { path, error } => format!(
                "{path}: dit Word- of OpenDocument-bestand is niet te lezen: {}; open het en sla het opnieuw op als .docx of .odt, of als tekst",
                error.dutch()
            ),
            ReadError::CompoundFile { path } => format!(
                "{path}: is een oud Word- of Excel-bestand (.doc/.xls), dat spiegel niet leest; open het en sla het op als .docx of als tekst"
            ),
        }
    }
}

/// Reads and normalises one file.
pub fn read_file(path: &Path) -> Result<SourceText, ReadError> {
    let display = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| ReadError::Io {
        path: display.clone(),
        source: e,
    })?;
    if meta.is_dir() {
        return Err(ReadError::Io {
            path: display,
            source: std::io::Error::other("is a directory"),
        });
    }
    if meta.len() > MAX_BYTES {
        return Err(ReadError::TooLarge {
            path: display,
            size: meta.len(),
            limit: MAX_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(|e| ReadError::Io {
        path: display.clone(),
        source: e,
    })?;
    if bytes.starts_with(b"%PDF-") {
        return read_pdf(path, &display);
    }
    decode(&display, &bytes)
}

/// The text layer of a PDF, through `pdftotext` (poppler-utils) in its
/// default mode, which follows the reading order across columns. Line
/// numbers in spans are lines of this text.
fn read_pdf(path: &Path, display: &str) -> Result<SourceText, ReadError> {
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(ReadError::Pdf {
                path: display.to_string(),
            })
        }
        Err(e) => {
            return Err(ReadError::PdfFailed {
                path: display.to_string(),
                message: e.to_string(),
            })
        }
    };
    if !out.status.success() {
        return Err(ReadError::PdfFailed {
            path: display.to_string(),
            message: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        });
    }
    if out
        .stdout
        .iter()
        .all(|b| b.is_ascii_whitespace() || *b == 0x0c)
    {
        return Err(ReadError::PdfWithoutText {
            path: display.to_string(),
        });
    }
    let mut src = decode(display, &out.stdout)?;
    src.encoding = "pdf (pdftotext)".to_string();
    Ok(src)
}

/// Decodes bytes (named `path` in errors and spans) into normalised lines.
pub fn decode(path: &str, bytes: &[u8]) -> Result<SourceText, ReadError> {
    if bytes.starts_with(b"%PDF-") {
        return Err(ReadError::Pdf {
            path: path.to_string(),
        });
    }
    // The signature of an OLE compound file: Word 97-2003 and older Excel.
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(ReadError::CompoundFile {
            path: path.to_string(),
        });
    }
    // HTML keeps its source lines (`html::source_lines`), Markdown its
    // source lines too, Word and OpenDocument their paragraph numbers;
    // plain text is numbered as it is.
    let mut html_source = None;
    let mut given_nos: Option<Vec<usize>> = None;
    let mut inferred: Vec<usize> = Vec::new();
    let (text, encoding, heading_levels) = if office::looks_like_zip(bytes) {
        let doc = office::office_to_text(bytes).map_err(|error| ReadError::Office {
            path: path.to_string(),
            error,
        })?;
        given_nos = Some(doc.paragraphs);
        (doc.text, doc.kind, doc.heading_levels)
    } else {
        let (text, encoding) = decode_bytes(path, bytes)?;
        if looks_like_html(&text) {
            let page = html::status_images_as_text(&text).into_owned();
            let (t, levels, inf) = html::page_to_text(&page).ok_or_else(|| ReadError::Html {
                path: path.to_string(),
            })?;
            html_source = Some(page);
            inferred = inf;
            (t, "html", levels)
        } else if markdown::looks_like_markdown(path, &text) {
            let (t, levels, nos, inf) = markdown::markdown_to_text_inferred(&text);
            given_nos = Some(nos);
            inferred = inf;
            (t, "markdown", levels)
        } else {
            (text, encoding, Vec::new())
        }
    };
    let raw: Vec<&str> = split_lines(&text);
    // A plain text's tables in columns of spaces (pdftotext -layout) are
    // joined into rows of cells before the spaces are normalised away.
    let joined = (encoding != "html" && encoding != "markdown")
        .then(|| crate::parse::columns::join_column_tables(&raw))
        .flatten();
    let raw: Vec<&str> = match &joined {
        Some(j) => j.iter().map(String::as_str).collect(),
        None => raw,
    };
    let mut lines = normalize_lines(&raw);
    if let Some(nos) = given_nos {
        for (line, no) in lines.iter_mut().zip(nos) {
            line.no = no;
        }
    }
    if let Some(html) = html_source {
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        let found = html::source_lines(&html, &texts);
        for (line, (no, breaks)) in lines.iter_mut().zip(found) {
            line.no = no;
            line.breaks = breaks;
        }
    }
    // Levels were counted on the converted text's lines: 1-based positions
    // in `lines` (not line numbers, which for HTML are the source's).
    let heading_levels = heading_levels
        .into_iter()
        .map(|(i, level)| (i + 1, level))
        .collect();
    let inferred_levels = inferred.into_iter().map(|i| i + 1).collect();
    if lines.iter().all(|l| l.text.is_empty()) {
        return Err(ReadError::Empty {
            path: path.to_string(),
        });
    }
    Ok(SourceText {
        path: path.to_string(),
        encoding: encoding.to_string(),
        lines,
        heading_levels,
        inferred_levels,
    })
}

fn decode_bytes(path: &str, bytes: &[u8]) -> Result<(String, &'static str), ReadError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty {
            path: path.to_string(),
        });
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (cow, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        let name = if enc == UTF_8 {
            "utf-8 (BOM)"
        } else {
            enc.name()
        };
        return check_text(path, cow.into_owned(), name);
    }
    if let Some(enc) = sniff_utf16(bytes) {
        let (cow, _) = enc.decode_without_bom_handling(bytes);
        return check_text(path, cow.into_owned(), enc.name());
    }
    // Not UTF-16: a NUL byte means binary; say where it is in the file.
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::Binary {
            path: path.to_string(),
            offset,
        });
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return check_text(path, s.to_string(), "utf-8");
    }
    // Mostly UTF-8 with a few broken bytes (a bad copy-paste): keep it
    // UTF-8, so that one bad byte does not turn every accent into
    // mojibake; the broken bytes become U+FFFD.
    if mostly_utf8(bytes) {
        let text = String::from_utf8_lossy(bytes).into_owned();
        return check_text(path, text, "utf-8 (met ongeldige bytes)");
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let guess = det.guess(Some(b"nl"), chardetng::Utf8Detection::Allow);
    let (guessed, _, _) = guess.decode(bytes);
    // Dutch is written in Latin script: a guess of another script (IBM866
    // reads the punctuation bytes 0x80-0x9F of Windows-1252 as Cyrillic
    // capitals) gives way to Windows-1252 when that reads as more Latin.
    if guess != WINDOWS_1252 {
        let (western, _, _) = WINDOWS_1252.decode(bytes);
        if latin_share(&western) > latin_share(&guessed) {
            return check_text(path, western.into_owned(), WINDOWS_1252.name());
        }
    }
    check_text(path, guessed.into_owned(), guess.name())
}

/// Of the non-ASCII characters of a text, how many are Latin letters,
/// Latin-1 signs, or the punctuation and currency signs Dutch texts use
/// (dashes, quotes, bullets, the euro sign), minus how many are not.
fn latin_share(text: &str) -> i64 {
    text.chars()
        .filter(|c| !c.is_ascii())
        .map(|c| {
            if matches!(c, '\u{A0}'..='\u{24F}' | '\u{2010}'..='\u{2044}' | '\u{20AC}') {
                1
            } else {
                -1
            }
        })
        .sum()
}

/// Whether bytes that are not valid UTF-8 still hold many valid multi-byte
/// UTF-8 sequences and only a few invalid ones.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    valid >= 2 && invalid * 4 <= valid
}

/// UTF-16 without a BOM: most ASCII text has a zero byte in every other
/// position.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 8 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    let even_zero = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_zero = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|b| **b == 0)
        .count();
    if odd_zero * 10 >= pairs * 7 && even_zero * 10 <= pairs {
        Some(UTF_16LE)
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Rejects text that is really binary: NUL bytes or many control
/// characters.
fn check_text(
    path: &str,
    text: String,
    enc: &'static str,
) -> Result<(String, &'static str), ReadError> {
    // Counted over the bytes (the text is valid UTF-8) in one loop without
    // branches, which the compiler vectorises: a character starts at every
    // byte that is not a continuation byte; NUL is only ever the byte 0;
    // the C0 controls other than \t \n \x0b \x0c \r are the bytes 1-8,
    // 14-31 and 127; the C1 controls (U+0080 to U+009F) are 0xC2 followed
    // by 0x80 to 0x9F.
    let bytes = text.as_bytes();
    if bytes.contains(&0) {
        return Err(ReadError::Binary {
            path: path.to_string(),
            offset: bytes.iter().position(|&b| b == 0).unwrap_or(0),
        });
    }
    let (mut total, mut controls) = (0usize, 0usize);
    for &b in bytes {
        total += usize::from(b & 0xC0 != 0x80);
        controls += usize::from(b < 9 || (14..32).contains(&b) || b == 127);
    }
    if bytes.contains(&0xC2) {
        controls += bytes
            .windows(2)
            .filter(|w| w[0] == 0xC2 && (0x80..=0x9F).contains(&w[1]))
            .count();
    }
    if total > 0 && controls * 20 > total {
        let offset = text
            .char_indices()
            .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c' | '\x0b'))
            .map(|(i, _)| i)
            .unwrap_or(0);
        return Err(ReadError::Binary {
            path: path.to_string(),
            offset,
        });
    }
    Ok((text, enc))
}

/// Splits on LF, CRLF and lone CR, so that line numbers match what an
/// editor shows.
fn split_lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(&text[start..i]);
                start = i + 1;
            }
            b'\r' => {
                out.push(&text[start..i]);
                if i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_punctuation_is_not_read_as_cyrillic() {
        // Dashes, bullets, quotes and the euro sign are the bytes 0x80-0x9F
        // of Windows-1252; a guesser may take them for IBM866 capitals.
        let text = "Programmabegroting 2025 \u{2013} Gemeente Veenstede\n\u{2022} Afvalbeleidsplan \u{2018}Van afval naar grondstof\u{2019}\nVoor de proef is \u{20ac} 45.000 beschikbaar; camera\u{2019}s en boa\u{2019}s.\n";
        let (bytes, _, lossy) = WINDOWS_1252.encode(text);
        assert!(!lossy);
        let src = decode("begroting.txt", &bytes).unwrap();
        assert_eq!(src.encoding, "windows-1252");
        assert_eq!(
            src.lines[1].text,
            "\u{2022} Afvalbeleidsplan 'Van afval naar grondstof'"
        );
        assert!(src.lines[2].text.contains("\u{20ac} 45.000"));
        // Text in another script keeps the guess.
        assert!(latin_share("Привет мир") < latin_share("één café"));
    }

    /// The rule of `check_text`, counted over characters.
    fn binary_by_chars(t: &str) -> bool {
        let total = t.chars().count();
        let controls = t
            .chars()
            .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c' | '\x0b'))
            .count();
        t.contains('\0') || (total > 0 && controls * 20 > total)
    }

    #[test]
    fn control_characters_are_counted_as_characters() {
        let texts = [
            "tekst\u{1}\u{1f}\u{7f}",
            "\u{85}\u{9f}ééééééééééééééééééé",
            "\u{85}\u{9f}\u{a0}\u{a0}ëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëë",
            "\tregel\r\n\x0b\x0c twee",
            "a\0b",
        ];
        for t in texts {
            let got = check_text("a.txt", t.to_string(), "utf-8").is_err();
            assert_eq!(got, binary_by_chars(t), "{t:?}");
        }
    }

    #[test]
    fn utf8_bom_crlf_and_line_numbers() {
        let t = decode("a.txt", b"\xEF\xBB\xBFeen\r\ntwee\r\n\r\ndrie").unwrap();
        assert_eq!(t.encoding, "utf-8 (BOM)");
        let got: Vec<(usize, &str)> = t.lines.iter().map(|l| (l.no, l.text.as_str())).collect();
        assert_eq!(got, vec![(1, "een"), (2, "twee"), (3, ""), (4, "drie")]);
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Doel: wij\nverbeteren".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let t = decode("a.txt", &bytes).unwrap();
        assert_eq!(t.lines[0].text, "Doel: wij");
        assert_eq!(t.lines[1].text, "verbeteren");
    }

    #[test]
    fn utf16_without_bom_is_sniffed() {
        let mut bytes = vec![];
        for u in "Ambitie: wonen voor iedereen".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let t = decode("a.txt", &bytes).unwrap();
        assert_eq!(t.lines[0].text, "Ambitie: wonen voor iedereen");
    }

    #[test]
    fn windows_1252() {
        // "geïnformeerd over de enquête" in Windows-1252.
        let t = decode("a.txt", b"ge\xefnformeerd over de enqu\xeate").unwrap();
        assert_eq!(t.lines[0].text, "geïnformeerd over de enquête");
    }

    #[test]
    fn empty_and_binary_are_errors_naming_the_file() {
        let e = decode("leeg.txt", b"  \n\n ").unwrap_err();
        assert!(e.to_string().contains("leeg.txt"), "{e}");
        let e = decode("bin.dat", b"abc\x00\x01\x02def").unwrap_err();
        assert!(matches!(e, ReadError::Binary { .. }));
        assert!(e.to_string().contains("bin.dat"));
        let e = decode("x.pdf", b"%PDF-1.7 ...").unwrap_err();
        assert!(matches!(e, ReadError::Pdf { .. }));
    }

    #[test]
    fn lone_cr_and_form_feed() {
        let t = decode("a.txt", b"een\rtwee\x0cdrie\nvier").unwrap();
        let got: Vec<&str> = t.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(got, vec!["een", "twee drie", "vier"]);
    }
}
