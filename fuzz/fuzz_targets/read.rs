//! Reading: arbitrary bytes -> `decode` returns text or an error, never
//! panics, and every line it keeps has a 1-based number.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = spiegel::read::decode("fuzz.txt", data) {
        for w in src.lines.windows(2) {
            assert!(w[0].no < w[1].no, "line numbers must increase");
        }
        assert!(src.lines.first().is_none_or(|l| l.no >= 1));
    }
});
