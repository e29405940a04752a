//! The compound splitter: a folded word -> its parts ("betalingsproblemen"
//! -> betaling + problemen), Koehn-Knight style: of the ways to cut the
//! word into known words (with a linking -s-, -e- or -en-), the one whose
//! parts are most frequent on average (geometric mean of their
//! frequencies), when that beats the frequency of the whole word.
//!
//! The parts are meant as a side feature, never terms of their own: adding
//! them as full terms merges unrelated words ("betalingsproblemen" and
//! "gedragsproblemen"). Not yet used by matching or judging: a first try
//! (the last part at half weight) kept a map from term to head that was
//! filled as terms were made, which made output depend on the order of
//! documents; the head has to travel with the term instead.

use super::dict::log_frequency;
use rustc_hash::FxHashMap;

/// Word ends that are suffixes, not heads ("werkloos|heid").
const NOT_HEADS: &[&str] = &[
    "heid", "heden", "schap", "schappen", "lijk", "lijke", "baar", "bare", "achtig", "ische",
    "isch", "tjes", "atie", "aties", "erij", "eren",
];

/// Word starts that are prefixes or particles, not modifiers
/// ("aan|bieding", "ver|betering").
const NOT_MODIFIERS: &[&str] = &[
    "aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "toe", "uit", "voort",
    "terug", "vast", "weg", "samen", "voor", "ver", "ont", "her", "be", "ge", "mis", "onder",
    "tegen", "achter", "wan", "oer", "on",
];

/// The parts of a compound, with the linking letters dropped; `None` when
/// the word is not split (short, unknown parts, or more frequent whole).
pub fn split_compound(folded: &str) -> Option<Vec<String>> {
    thread_local! {
        static MEMO: std::cell::RefCell<FxHashMap<String, Option<Vec<String>>>> =
            std::cell::RefCell::new(FxHashMap::default());
    }
    if let Some(hit) = MEMO.with(|m| m.borrow().get(folded).cloned()) {
        return hit;
    }
    let parts = split(folded, 0);
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() > 200_000 {
            m.clear();
        }
        m.insert(folded.to_string(), parts.clone());
    });
    parts
}

fn split(w: &str, depth: usize) -> Option<Vec<String>> {
    if !w.is_ascii() || w.len() < 8 || depth > 2 {
        return None;
    }
    let mut best: Option<(f64, &str, &str)> = None;
    for i in 3..=w.len() - 4 {
        let head = &w[i..];
        if NOT_HEADS.contains(&head) {
            continue;
        }
        let Some(fh) = log_frequency(head) else {
            continue;
        };
        let left = &w[..i];
        let modifiers = [
            Some(left),
            left.strip_suffix('s'),
            left.strip_suffix("en"),
            left.strip_suffix('e'),
        ];
        for m in modifiers.into_iter().flatten() {
            if m.len() < 3 || NOT_MODIFIERS.contains(&m) || super::is_stopword(m) {
                continue;
            }
            let Some(fm) = log_frequency(m) else {
                continue;
            };
            let score = (fm + fh) / 2.0;
            if best.is_none_or(|b| score > b.0) {
                best = Some((score, m, head));
            }
        }
    }
    let (score, m, h) = best?;
    if log_frequency(w).is_some_and(|whole| whole >= score) {
        return None;
    }
    let mut parts = split(m, depth + 1).unwrap_or_else(|| vec![m.to_string()]);
    parts.extend(split(h, depth + 1).unwrap_or_else(|| vec![h.to_string()]));
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compounds_split_at_their_parts() {
        let s = |w: &str| split_compound(w).unwrap_or_default().join("|");
        assert_eq!(s("betalingsproblemen"), "betaling|problemen");
        assert_eq!(s("gedragsproblemen"), "gedrag|problemen");
        assert_eq!(s("wervingscampagne"), "werving|campagne");
        assert_eq!(s("jeugdzorg"), "jeugd|zorg");
        // Derivations and frequent wholes are not compounds.
        assert_eq!(s("verbetering"), "");
        assert_eq!(s("aanbieding"), "");
        assert_eq!(s("gemeente"), "");
    }
}
