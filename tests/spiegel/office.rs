//! Word and OpenDocument files: a begroting written in Word (heading
//! styles, automatic numbering, bullets, a table) and a jaarverslag saved
//! as OpenDocument are read as the documents themselves, audited like
//! text, and a broken or foreign archive is a clear error naming the file
//! that does not stop the rest of a folder.

use super::{ok_stdout, spiegel};
use std::io::Write;
use std::path::Path;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

fn zip_file(path: &Path, parts: &[(&str, String)]) {
    let f = std::fs::File::create(path).unwrap();
    let mut z = zip::ZipWriter::new(f);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in parts {
        z.start_file(*name, opts).unwrap();
        z.write_all(body.as_bytes()).unwrap();
    }
    z.finish().unwrap();
}

/// Word's own style ids in a Dutch installation ("Kop1") with the
/// international names Word stores ("heading 1").
fn styles() -> String {
    let mut s = format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">"#);
    for level in 1..=3 {
        s.push_str(&format!(
            r#"<w:style w:type="paragraph" w:styleId="Kop{level}"><w:name w:val="heading {level}"/><w:basedOn w:val="Standaard"/><w:pPr><w:numPr><w:ilvl w:val="{}"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#,
            level - 1
        ));
    }
    s.push_str(
        r#"<w:style w:type="paragraph" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>"#,
    );
    s.push_str(r#"<w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/><w:basedOn w:val="Standaard"/></w:style>"#);
    s.push_str("</w:styles>");
    s
}

/// List 1: the chapter numbering of the headings, starting at 2 ("2",
/// "2.1", "2.1.1"); list 2: bullets.
fn numbering() -> String {
    format!(
        r#"<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="10">
<w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
</w:numbering>"#
    )
}

fn para(style: &str, text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#
    )
}

fn bullet(text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:pStyle w:val="Lijstalinea"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
    )
}

/// A begroting as Word writes it: the numbers "2.1.1" are not in the text
/// but in the list definitions; a deleted activity is a tracked change.
fn plan_docx(path: &Path) {
    let body = [
        para("Kop1", "Programma Economie"),
        para("Kop2", "Een sterke binnenstad"),
        para(
            "Standaard",
            "Wat willen we bereiken? Minder leegstand in de binnenstad.",
        ),
        para("Kop3", "Ondernemersloket openen"),
        para(
            "Standaard",
            "We openen in 2024 een ondernemersloket in het stadhuis.",
        ),
        para("Kop3", "Gevelfonds uitbreiden"),
        para(
            "Standaard",
            "We breiden het gevelfonds uit naar de aanloopstraten.",
        ),
        bullet("30 gevels opgeknapt"),
        bullet("een subsidieregeling voor eigenaren"),
        para("Kop2", "Werk voor iedereen"),
        para("Kop3", "Leerwerkplekken bij de gemeente"),
        para(
            "Standaard",
            "We bieden 40 leerwerkplekken aan bij de gemeente.",
        ),
        r#"<w:del><w:p><w:r><w:delText>2.2.2 Vervallen voorstel</w:delText></w:r></w:p></w:del>"#
            .to_string(),
    ]
    .concat();
    let doc = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    zip_file(
        path,
        &[
            ("[Content_Types].xml", "<Types/>".to_string()),
            ("word/document.xml", doc),
            ("word/styles.xml", styles()),
            ("word/numbering.xml", numbering()),
        ],
    );
}

fn h(level: u8, text: &str) -> String {
    format!(r#"<text:h text:outline-level="{level}">{text}</text:h>"#)
}

fn p(text: &str) -> String {
    format!("<text:p>{text}</text:p>")
}

/// A jaarverslag saved as OpenDocument, with its numbers in the text.
fn report_odt(path: &Path) {
    let body = [
        h(1, "2 Programma Economie"),
        h(2, "2.1 Een sterke binnenstad"),
        h(3, "2.1.1 Ondernemersloket openen"),
        p("Het ondernemersloket in het stadhuis is in maart 2024 geopend."),
        h(3, "2.1.2 Gevelfonds uitbreiden"),
        p("Het gevelfonds is uitgebreid naar de aanloopstraten: 31 gevels zijn opgeknapt en de subsidieregeling voor eigenaren is vastgesteld."),
        h(2, "2.2 Werk voor iedereen"),
        h(3, "2.2.1 Leerwerkplekken bij de gemeente"),
        p("Er is in 2024 geen uitvoering aan gegeven."),
    ]
    .concat();
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{OFFICE}" xmlns:text="{TEXT}"><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
    );
    zip_file(
        path,
        &[
            (
                "mimetype",
                "application/vnd.oasis.opendocument.text".to_string(),
            ),
            ("content.xml", content),
        ],
    );
}

#[test]
fn a_word_plan_shows_the_numbers_word_shows() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("begroting-2024-economie.docx");
    plan_docx(&plan);
    let text = ok_stdout(spiegel().arg("parse").arg("--text").arg(&plan));
    let text = String::from_utf8(text).unwrap();
    for line in [
        "2 Programma Economie",
        "2.1 Een sterke binnenstad",
        "2.1.1 Ondernemersloket openen",
        "2.1.2 Gevelfonds uitbreiden",
        "- 30 gevels opgeknapt",
        "2.2 Werk voor iedereen",
        "2.2.1 Leerwerkplekken bij de gemeente",
    ] {
        assert!(
            text.lines().any(|l| l.ends_with(line)),
            "{line:?} not in\n{text}"
        );
    }
    assert!(
        !text.contains("Vervallen"),
        "deleted text was read:\n{text}"
    );

    let json = ok_stdout(spiegel().args(["parse", "--format", "json"]).arg(&plan));
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let titles: Vec<&str> = v["activities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Ondernemersloket openen",
            "Gevelfonds uitbreiden",
            "Leerwerkplekken bij de gemeente"
        ],
        "{v:#}"
    );
}

#[test]
fn a_word_plan_against_an_opendocument_report() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("begroting-2024-economie.docx");
    let report = dir.path().join("jaarverslag-2024-economie.odt");
    plan_docx(&plan);
    report_odt(&report);
    let out = spiegel()
        .args(["audit", "--format", "json", "--plan"])
        .arg(&plan)
        .arg("--report")
        .arg(&report)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = v["audits"][0]["items"].as_array().unwrap();
    let colour = |title: &str| {
        items
            .iter()
            .find(|i| i["planned"]["title"] == title)
            .map(|i| i["colour"].as_str().unwrap().to_string())
            .unwrap_or_else(|| panic!("{title} not in {v:#}"))
    };
    assert_eq!(colour("Ondernemersloket openen"), "green");
    assert_eq!(colour("Gevelfonds uitbreiden"), "green");
    assert_eq!(colour("Leerwerkplekken bij de gemeente"), "red");
    // The report's line numbers are its paragraph numbers, the numbers
    // `parse --text` shows before each line.
    let text =
        String::from_utf8(ok_stdout(spiegel().arg("parse").arg("--text").arg(&report))).unwrap();
    let item = items
        .iter()
        .find(|i| i["planned"]["title"] == "Ondernemersloket openen")
        .unwrap();
    let line = item["reported"][0]["span"]["start_line"].as_u64().unwrap() as usize;
    let shown: Vec<&str> = text
        .lines()
        .filter(|l| l.split_whitespace().next() == Some(line.to_string().as_str()))
        .collect();
    assert!(
        shown
            .iter()
            .any(|l| l.contains("2.1.1 Ondernemersloket openen")),
        "paragraph {line}: {shown:?}\n{text}"
    );
}

#[test]
fn a_zip_that_is_no_document_is_an_error_naming_the_file_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("in");
    std::fs::create_dir(&plans).unwrap();
    plan_docx(&plans.join("begroting-2024-economie.docx"));
    report_odt(&plans.join("jaarverslag-2024-economie.odt"));
    // An archive that is not a text document, and a Word lock file.
    zip_file(
        &plans.join("begroting-2024-wonen.docx"),
        &[("a.txt", "x".to_string())],
    );
    std::fs::write(
        plans.join("jaarverslag-2024-wonen.docx"),
        b"PK\x03\x04kapot",
    )
    .unwrap();
    std::fs::write(plans.join("~$groting-2024-economie.docx"), b"\x00lock").unwrap();

    let out = spiegel()
        .args(["audit", "--plan"])
        .arg(plans.join("begroting-2024-wonen.docx"))
        .arg("--report")
        .arg(plans.join("jaarverslag-2024-economie.odt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("begroting-2024-wonen.docx"), "{err}");
    assert!(err.contains("Word"), "{err}");

    let out = spiegel()
        .args(["audit", "--format", "json"])
        .arg(&plans)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let audits = v["audits"].as_array().unwrap();
    assert_eq!(audits.len(), 1, "{v:#}\n{err}");
    let planned = audits[0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| !i["planned"].is_null())
        .count();
    assert_eq!(planned, 3, "{v:#}");
    assert!(err.contains("wonen"), "{err}");
    assert!(!err.contains("~$"), "the lock file was read: {err}");
}
