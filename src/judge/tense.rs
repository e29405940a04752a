//! Dutch verb forms, enough to tell background ("In 2021 zijn we gestart")
//! from intention ("In 2023 stellen we ... vast") and to read how far an
//! activity got ("nog niet gelukt", "is afgerond").

/// Auxiliaries of the perfect and the passive.
pub(crate) const AUX_PAST: &[&str] = &[
    "heeft", "hebben", "had", "hadden", "is", "zijn", "was", "waren", "werd", "werden",
];

/// Common irregular or strong simple-past forms.
const SIMPLE_PAST: &[&str] = &[
    "was", "waren", "werd", "werden", "had", "hadden", "ging", "gingen", "kwam", "kwamen", "deed",
    "deden", "begon", "begonnen", "nam", "namen", "zag", "zagen", "bleef", "bleven", "bleek",
    "bleken", "liep", "liepen", "stond", "stonden", "hield", "hielden", "vond", "vonden", "kreeg",
    "kregen", "gaf", "gaven", "sloot", "sloten", "lag", "lagen", "bracht", "brachten", "dacht",
    "zocht", "zochten", "wist", "kon", "konden", "moest", "moesten", "wilde", "wilden", "zette",
    "vroeg", "vroegen",
];

/// Markers of the future or of a plan.
const FUTURE: &[&str] = &[
    "gaan", "gaat", "ga", "zullen", "zal", "komende", "straks", "voortaan",
];

const SEPARABLE: &[&str] = &[
    "aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit",
    "vast", "voor", "weg", "samen", "tegen", "voort", "vrij", "teweeg", "plaats", "stil", "bekend",
    "kennis", "open", "dicht", "goed", "los", "neer", "rond", "achter", "klaar", "binnen",
    "terecht",
];

/// Nouns and adjectives that look like participles.
const NOT_PARTICIPLES: &[&str] = &[
    "gebied",
    "gebieden",
    "gezond",
    "geld",
    "gevolg",
    "gericht",
    "gerichte",
    "geschikt",
    "gesprek",
    "gemeente",
    "geweld",
    "gezin",
    "gezinnen",
    "gehandicapt",
    "gemiddeld",
    "gezamenlijk",
    "gedrag",
    "genoeg",
    "gebouw",
    "geheel",
    "gelijk",
    "gesloten",
    "gezet",
    "geval",
    "gevallen",
    "gebruik",
    "gewenst",
    "gewenste",
    "geschiedenis",
    "gemeenten",
    "gezondheid",
    // Present and infinitive forms of verbs whose stem starts with "ge"
    // (their participles are "gegeven", "gegolden", "gebeurd").
    "geeft",
    "geven",
    "geldt",
    "gelden",
    "gebeurt",
    "gebeuren",
    "geniet",
    "genieten",
    "gelooft",
    "geloven",
    "gedoogt",
    "gedogen",
    "getuigt",
    "getuigen",
];

/// Whether a folded word is (very likely) a past participle: ge-...-d/t/en,
/// a separable prefix plus ge- ("vastgesteld", "uitgevoerd"), or an
/// inseparable prefix and -d ("verbeterd", "ontwikkeld").
pub fn is_participle(w: &str) -> bool {
    // -d/-t (weak), -en (strong), -aan ("gegaan", "gedaan", "gestaan"):
    // read first, it rules out most words at once.
    let ends = w.ends_with('d') || w.ends_with('t') || w.ends_with("en") || w.ends_with("aan");
    if w.len() < 5 || !ends || set_of(&NOT_PARTICIPLE_SET, NOT_PARTICIPLES).contains(w) {
        return false;
    }
    // A noun's suffix with the linking "s" of a compound ("omgevingswet",
    // "gezondheidszorg", "gemeenschapshuis") makes a compound noun, never
    // a participle.
    if ["ings", "heids", "teits", "schaps"]
        .iter()
        .any(|x| w[2..].contains(x))
    {
        return false;
    }
    if let Some(rest) = w.strip_prefix("ge") {
        return rest.len() >= 3 && !w.ends_with("heid");
    }
    // A separable particle before "ge", also after "her" ("ingericht",
    // "heringericht", "heropgebouwd").
    let base = w.strip_prefix("her").unwrap_or(w);
    for p in SEPARABLE {
        if let Some(rest) = w.strip_prefix(p).or_else(|| base.strip_prefix(p)) {
            if let Some(r) = rest.strip_prefix("ge") {
                if r.len() >= 3 {
                    return true;
                }
            }
        }
    }
    for p in [
        "be", "ver", "ont", "her", "er", "onder", "over", "vol", "mis",
    ] {
        if let Some(rest) = w.strip_prefix(p) {
            // "-nd" is a participle when the lemma table says so
            // ("ondertekend", "verkend"), not a noun ("verband").
            let nd_ok = !w.ends_with("nd")
                || crate::text::lemma(w).is_some_and(|l| l != w && l.ends_with("nen"));
            if rest.len() >= 4 && w.ends_with('d') && !w.ends_with("heid") && nd_ok {
                return true;
            }
        }
    }
    false
}

/// The grammatical time of a sentence, roughly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Present,
}

type WordSet = std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>;

static NOT_PARTICIPLE_SET: WordSet = WordSet::new();
static SIMPLE_PAST_SET: WordSet = WordSet::new();

/// A word list as a set, built once: the lists are asked about every word
/// of every sentence.
fn set_of(
    set: &'static WordSet,
    words: &'static [&'static str],
) -> &'static rustc_hash::FxHashSet<&'static str> {
    set.get_or_init(|| words.iter().copied().collect())
}

/// Whether the participle at `k` makes a present passive with "worden"
/// next to it ("gezien worden", "wordt uitgevoerd"): how things go or
/// should go, not that they were done.
pub(crate) fn present_passive(w: &[String], k: usize) -> bool {
    let near = |j: usize| w.get(j).is_some_and(|x| x == "worden" || x == "wordt");
    near(k + 1) || (k > 0 && near(k - 1))
}

/// [`present_passive`], also with "wordt" as the finite verb of the
/// clause and the participle at its end ("er worden geen rubberkorrels
/// meer gebruikt"), with no other verb or clause between: no completion
/// in a report. (The tense of a plan sentence keeps the narrow reading:
/// "het gebouw wordt nog verwarmd met gasketels" is background.)
pub(crate) fn passive_in_clause(w: &[String], k: usize) -> bool {
    if present_passive(w, k) {
        return true;
    }
    let before = &w[k.saturating_sub(6)..k];
    before
        .iter()
        .rposition(|x| x == "worden" || x == "wordt")
        .is_some_and(|at| {
            !before[at + 1..].iter().any(|x| {
                matches!(
                    x.as_str(),
                    "is" | "zijn"
                        | "was"
                        | "waren"
                        | "werd"
                        | "werden"
                        | "heeft"
                        | "hebben"
                        | "had"
                        | "dat"
                        | "die"
                        | "en"
                        | "maar"
                        | "omdat"
                ) || is_participle(x)
            })
        })
}

/// Reads the tense of a sentence from its folded words.
pub fn tense(words: &[String]) -> Tense {
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    // "Gaat" with the particle of a separable verb closing the clause is
    // that verb ("gaat eenzaamheid tegen": tegengaan), not the future.
    let separable_gaan = words
        .last()
        .is_some_and(|w| SEPARABLE.contains(&w.as_str()))
        && !words
            .iter()
            .any(|w| FUTURE.contains(&w.as_str()) && !matches!(w.as_str(), "gaan" | "gaat" | "ga"));
    if has(FUTURE) && !separable_gaan {
        return Tense::Future;
    }
    let aux = has(AUX_PAST);
    let part = words
        .iter()
        .enumerate()
        .any(|(k, w)| is_participle(w) && !present_passive(words, k));
    let simple_past = set_of(&SIMPLE_PAST_SET, SIMPLE_PAST);
    if (aux && part)
        || words
            .iter()
            .any(|w| simple_past.contains(w.as_str()) && !matches!(w.as_str(), "is" | "zijn"))
    {
        return Tense::Past;
    }
    // Weak simple past after "we": "we werkten", "organiseerden we". Only
    // endings that present-tense plurals do not share ("we zetten", "we
    // breiden", "we starten" are present).
    const WEAK_PAST: &[&str] = &[
        "kten", "pten", "ften", "dden", "eerden", "eerde", "kte", "pte", "fte",
    ];
    let weak_past = |x: &str| x.len() > 5 && WEAK_PAST.iter().any(|e| x.ends_with(e));
    for pair in words.windows(2) {
        let (a, b) = (pair[0].as_str(), pair[1].as_str());
        if (matches!(a, "we" | "wij") && weak_past(b))
            || (weak_past(a) && matches!(b, "we" | "wij"))
        {
            return Tense::Past;
        }
    }
    Tense::Present
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    #[test]
    fn present_forms_of_ge_verbs_are_no_participles() {
        for w in ["geeft", "geldt", "geven", "gebeurt"] {
            assert!(!is_participle(w), "{w}");
        }
        for w in ["gegeven", "gebeurd", "gestart", "vastgesteld"] {
            assert!(is_participle(w), "{w}");
        }
        // A compound noun with a linking "s" is none.
        for w in ["omgevingswet", "gezondheidszorg", "ingericht"] {
            assert_eq!(is_participle(w), w == "ingericht", "{w}");
        }
    }

    #[test]
    fn participles() {
        for w in [
            "gerealiseerd",
            "vastgesteld",
            "uitgevoerd",
            "verbeterd",
            "ontwikkeld",
            "heringericht",
            "heropgebouwd",
            "gestart",
            "begonnen",
            // Particles that are adjectives or adverbs elsewhere.
            "goedgekeurd",
            "opengesteld",
            "opengegaan",
            "dichtgemaakt",
            "rondgestuurd",
            "klaargezet",
            "ondertekend",
            "overhandigd",
            "voltooid",
        ] {
            assert!(is_participle(w) || w == "begonnen", "{w}");
        }
        for w in [
            "gemeente",
            "gezondheid",
            "gebied",
            "verbeteren",
            "ouderen",
            "stellen",
        ] {
            assert!(!is_participle(w), "{w}");
        }
    }

    #[test]
    fn tenses() {
        assert_eq!(
            tense(&words("In 2021 zijn we gestart met de inzet")),
            Tense::Past
        );
        assert_eq!(
            tense(&words("In 2023 gaan we een kader vaststellen")),
            Tense::Future
        );
        assert_eq!(
            tense(&words("We breiden de capaciteit uit")),
            Tense::Present
        );
        assert_eq!(
            tense(&words("In 2024 werkten we samen met partners")),
            Tense::Past
        );
        assert_eq!(
            tense(&words("Het Rijk heeft het experiment beëindigd")),
            Tense::Past
        );
    }
}
