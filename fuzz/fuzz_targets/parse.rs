//! Parsing: arbitrary bytes -> decode -> parse with default options, never
//! panics, and every activity's span is a valid range of lines.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = spiegel::read::decode("fuzz.txt", data) else {
        return;
    };
    let doc = spiegel::parse::parse(&src, &Default::default());
    for a in &doc.activities {
        assert!(
            a.span.start_line >= 1 && a.span.start_line <= a.span.end_line,
            "bad span {}-{}",
            a.span.start_line,
            a.span.end_line
        );
    }
});
