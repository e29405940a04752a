//! Dutch text tools shared by matching and judging: strings in, folded
//! words, terms (stems) and sentences out. Folding (case and diacritics,
//! which also absorbs OCR's é-for-ë), tokens, stop words, stemming through
//! the lemma table, derivation rules and Snowball (`derive`, `lemmas`),
//! separable verbs recombined on request (`derive`), a compound splitter
//! (`compound`, over the word list of `dict`; not yet used by matching or
//! judging), sentence splitting that keeps line spans, and coordinated
//! main clauses within a sentence (`clauses`).

mod clauses;
mod compound;
mod derive;
mod dict;
mod lemmas;
mod lexicon;
mod sentences;

pub use clauses::{coordinated_clauses, Clause};
pub use compound::split_compound;
pub use derive::{derived, verb_lemmas, words_with_verbs};
pub use dict::{is_word, log_frequency};
pub use lemmas::lemma;

pub use lexicon::{install as install_lexicon, lexicon, Lexicon, LexiconLists};

pub use sentences::{split_sentences, without_marker, LIST_MARKERS};

use rustc_hash::{FxHashMap, FxHashSet};
use snowball_stemmers_rs::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// Lowercases and removes diacritics ("Geëvalueerd" -> "geevalueerd").
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // Decompose only what is not ASCII: most letters of Dutch text are.
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            unicode_normalization::char::decompose_canonical(c, |d| {
                if !unicode_normalization::char::is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
        }
    }
    out
}

/// Folded word tokens (letters and digits; hyphens and other punctuation
/// separate words).
pub fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Words that carry no content for matching. Negations ("niet", "geen") are
/// in here too: they matter for judging, which looks at the raw words, not
/// for deciding what a sentence is about.
const STOPWORDS: &[&str] = &[
    "aan",
    "al",
    "alle",
    "alles",
    "als",
    "alsmede",
    "altijd",
    "andere",
    "anders",
    "bij",
    "bijvoorbeeld",
    "daar",
    "daarbij",
    "daarmee",
    "daarnaast",
    "daarom",
    "dan",
    "dat",
    "de",
    "deze",
    "die",
    "dit",
    "doen",
    "doet",
    "door",
    "dus",
    "een",
    "eerst",
    "en",
    "enkele",
    "er",
    "ermee",
    "etc",
    "even",
    "ge",
    "geen",
    "geweest",
    "haar",
    "had",
    "hadden",
    "heb",
    "hebben",
    "heeft",
    "hem",
    "het",
    "hier",
    "hierbij",
    "hiermee",
    "hoe",
    "hun",
    "ieder",
    "iedere",
    "ik",
    "in",
    "is",
    "je",
    "jij",
    "kan",
    "kon",
    "konden",
    "kunnen",
    "maar",
    "me",
    "meer",
    "met",
    "mij",
    "moet",
    "moeten",
    "na",
    "naar",
    "niet",
    "niets",
    "nog",
    "nu",
    "of",
    "om",
    "omdat",
    "onder",
    "ons",
    "onze",
    "ook",
    "op",
    "over",
    "per",
    "reeds",
    "sinds",
    // Prepositions and conjunctions that open a clause ("Vanwege ...").
    "bovendien",
    "dankzij",
    "doordat",
    "hoewel",
    "nadat",
    "ondanks",
    "terwijl",
    "tijdens",
    "vanwege",
    "volgens",
    "te",
    "ten",
    "ter",
    "tot",
    "tegen",
    "toch",
    "toe",
    "tussen",
    "u",
    "uit",
    "van",
    "vanaf",
    "vanuit",
    "veel",
    "verder",
    "via",
    "voor",
    "waar",
    "waarbij",
    "waarin",
    "waardoor",
    "wat",
    "we",
    "wel",
    "welke",
    "werd",
    "werden",
    "wie",
    "wij",
    "wil",
    "willen",
    "word",
    "worden",
    "wordt",
    "zal",
    "ze",
    "zich",
    "zij",
    "zijn",
    "zo",
    "zoals",
    "zodat",
    "zonder",
    "zou",
    "zouden",
    "zullen",
    "was",
    "waren",
    "gaan",
    "gaat",
    "ging",
    "gingen",
    "blijven",
    "blijft",
    "onder",
    "andere",
    "oa",
    "mn",
    "ca",
    "circa",
    "jaar",
    "jaren",
    "komende",
    "nieuwe",
    "nieuw",
    "goed",
    "goede",
    "extra",
    "verschillende",
    "diverse",
    "mogelijk",
    "mogelijkheden",
    "zowel",
    "samen",
    "gemeente",
    "gemeenten",
    "inwoners",
    "steeds",
    "zeer",
    "wanneer",
    "hierin",
    "daarin",
    "eind",
    "begin",
    "medio",
    "week",
    "maand",
    "maanden",
    "jan",
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "q1",
    "q2",
    "q3",
    "q4",
    // Other times of the year ("in het najaar", "in het tweede
    // kwartaal"): when something happens, not what.
    "voorjaar",
    "najaar",
    "zomer",
    "winter",
    "kwartaal",
    "halfjaar",
    // Fillers: adverbs that add no subject ("opnieuw", "ongeveer").
    "opnieuw",
    "ongeveer",
    "nogmaals",
    "weer",
    "inmiddels",
    "vervolgens",
    "daarna",
    "namelijk",
    "echter",
    "vooral",
    "volop",
    // Pronominal adverbs point back at what was said ("daarvoor",
    // "hiertoe"), and determiners of each or both ("elk", "beide"): no
    // subject of their own.
    "daarvoor",
    "hiervoor",
    "daarvan",
    "hiervan",
    "daaraan",
    "hieraan",
    "daarop",
    "hierop",
    "daartoe",
    "hiertoe",
    "daarover",
    "hierover",
    "daaruit",
    "hieruit",
    "waarvoor",
    "waarmee",
    "waarvan",
    "waarop",
    "waaraan",
    "waarna",
    "elk",
    "elke",
    "beide",
    "beiden",
];

fn stopwords() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
}

pub fn is_stopword(folded: &str) -> bool {
    stopwords().contains(folded)
}

/// Nouns that the Snowball stemmer would mistake for past participles
/// ("gemeente" -> "meen"): stemmed by dropping plural endings only.
const GE_NOUNS: &[&str] = &[
    "gemeente",
    "gemeenschap",
    "gezin",
    "gezond",
    "gebied",
    "gebruik",
    "gesprek",
    "geld",
    "geweld",
    "gedrag",
    "gevolg",
    "gebouw",
    "gelijk",
    "geheugen",
    "gehandicapt",
    "gemiddeld",
    "getal",
    "geval",
    "gevaar",
    "gewoon",
    "geschiedenis",
    "gezamenlijk",
    "gedeelte",
    "gezag",
    "genoeg",
    "gemeenteraad",
    "geloof",
    "gevangen",
    "gezicht",
    "geluid",
    "geschikt",
    "gelegenheid",
];

fn stemmer() -> &'static Stemmer {
    static S: OnceLock<Stemmer> = OnceLock::new();
    S.get_or_init(|| Stemmer::create(Algorithm::Dutch))
}

/// Stems a folded word. Double vowels are reduced afterwards so that the
/// participle and the infinitive meet ("gerealiseerd" and "realiseren" both
/// give "realiser").
pub fn stem(folded: &str) -> String {
    thread_local! {
        static CACHE: std::cell::RefCell<FxHashMap<String, String>> =
            std::cell::RefCell::new(FxHashMap::default());
    }
    if let Some(hit) = CACHE.with(|c| c.borrow().get(folded).cloned()) {
        return hit;
    }
    let s = stem_uncached(folded);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        // Bounded: a pathological input must not grow it without end.
        if c.len() > 200_000 {
            c.clear();
        }
        c.insert(folded.to_string(), s.clone());
    });
    s
}

fn stem_uncached(folded: &str) -> String {
    if folded.chars().all(|c| c.is_ascii_digit()) {
        return folded.to_string();
    }
    if folded.starts_with("ge") && GE_NOUNS.iter().any(|n| folded.starts_with(n)) {
        let w = folded
            .strip_suffix("en")
            .or_else(|| folded.strip_suffix('s'))
            .or_else(|| folded.strip_suffix('n'))
            .unwrap_or(folded);
        return w.to_string();
    }
    // Inflection through the lemma table first ("bezocht" -> bezoeken,
    // "wijkcentra" -> wijkcentrum), Snowball only on the lemma, or on the
    // word when the table does not know it.
    // Then derivation: the noun takes its verb's term ("evaluatie" ->
    // evalueren).
    let base = lemma(folded).unwrap_or(folded);
    let derived = derive::derived(base);
    let base = derived.as_deref().unwrap_or(base);
    let s = stemmer().stem(base);
    reduce_double_vowels(&guarded_stem(base, &s))
}

/// Snowball's stem when it only cuts an ending (or the participle's "ge"
/// at the front, also after a separable particle: "opgericht"); otherwise
/// the word with a plain ending cut. Snowball strips "ge" inside words
/// ("begeleiding" and "beleid" both become "beleid", "ongeveer" "onver").
fn guarded_stem(w: &str, s: &str) -> String {
    if w.starts_with(s) {
        return s.to_string();
    }
    // Snowball writes a stem's final z and v as s and f ("kiezen" -> "kies").
    if let Some(last) = s.chars().last() {
        let head = &s[..s.len() - last.len_utf8()];
        let alt = match last {
            's' => Some('z'),
            'f' => Some('v'),
            _ => None,
        };
        if alt.is_some_and(|a| w.strip_prefix(head).is_some_and(|r| r.starts_with(a))) {
            return s.to_string();
        }
    }
    if let Some(rest) = w.strip_prefix("ge") {
        if rest.starts_with(s) {
            return s.to_string();
        }
    }
    for p in PARTICLES {
        if let (Some(rest), Some(srest)) = (w.strip_prefix(p), s.strip_prefix(p)) {
            if rest
                .strip_prefix("ge")
                .is_some_and(|r| r.starts_with(srest))
            {
                return s.to_string();
            }
        }
    }
    let cut = ["en", "e", "s"]
        .iter()
        .find_map(|suf| w.strip_suffix(suf).filter(|r| r.len() >= 4))
        .unwrap_or(w);
    cut.to_string()
}

/// "aanbested" -> "anbested": the participle and the infinitive meet after
/// stemming ("gerealiseerd", "realiseren" -> "realiser").
pub fn reduce_double_vowels(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    for c in s.chars() {
        if Some(c) == prev && matches!(c, 'a' | 'e' | 'o' | 'u') {
            continue;
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// Whether a text names a sum of money: "€ 25.000", "EUR 25.000", "25.000
/// euro" (documents write all three).
pub fn names_money(text: &str) -> bool {
    static MONEY: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    text.contains('€')
        || MONEY
            .get_or_init(|| {
                regex::Regex::new(r"(?i)\b(eur|euro)\b").expect("the money pattern compiles")
            })
            .is_match(text)
}

/// Whether a run of folded words appears in a list of folded words.
pub fn contains_words(words: &[String], run: &[&str]) -> bool {
    // Most texts hold none of the words: check the first one cheaply.
    let Some(first) = run.first() else {
        return false;
    };
    words.iter().any(|x| x == first)
        && words
            .windows(run.len())
            .any(|win| win.iter().zip(run).all(|(a, b)| a == b))
}

/// Content terms of a text: stems of the words that are not stop words,
/// not bare numbers and at least two letters long.
/// How many words of a text would be content terms (a cheap count, no
/// stemming): not stop words, not bare numbers, two letters or more.
pub fn content_word_count(s: &str) -> usize {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| is_content_word(w))
        .count()
}

/// A folded word that may carry content: two letters or more, not a stop
/// word, not a bare number.
fn is_content_word(w: &str) -> bool {
    w.chars().count() >= 2 && !is_stopword(w) && !w.chars().all(|c| c.is_ascii_digit())
}

/// Synonyms count as their group's first word and written-out
/// abbreviations as the abbreviation (see the lexicon).
pub fn content_terms(s: &str) -> Vec<String> {
    content_terms_shared(s).to_vec()
}

/// [`content_terms`], shared: the same sentences are read by several
/// stages, so the last results are remembered (bounded), keyed by the text
/// and the lexicon in use, and handed out without copying.
pub fn content_terms_shared(s: &str) -> std::rc::Rc<[String]> {
    type Memo = (usize, FxHashMap<String, std::rc::Rc<[String]>>);
    thread_local! {
        static MEMO: std::cell::RefCell<Memo> =
            std::cell::RefCell::new((0, FxHashMap::default()));
    }
    let lex = lexicon();
    let lex_id = std::sync::Arc::as_ptr(&lex) as usize;
    if let Some(hit) = MEMO.with(|m| {
        let m = m.borrow();
        (m.0 == lex_id).then(|| m.1.get(s).cloned()).flatten()
    }) {
        return hit;
    }
    let terms: std::rc::Rc<[String]> = content_terms_with(&lex, s).into();
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.0 != lex_id || m.1.len() > 100_000 {
            m.1.clear();
            m.0 = lex_id;
        }
        if s.len() < 4096 {
            m.1.insert(s.to_string(), terms.clone());
        }
    });
    terms
}

fn content_terms_with(lex: &std::sync::Arc<Lexicon>, s: &str) -> Vec<String> {
    // Separable verbs are recombined ("we richten de straat in" ->
    // inrichten, which meets "herinrichting"); fillers such as "opnieuw"
    // are stop words, so "we kopen ... opnieuw in" no longer pairs with
    // another item that was "opnieuw aanbesteed" on those two words alone.
    lex.contract(words_with_verbs(s))
        .into_iter()
        .filter_map(|w| term_of(lex, &w))
        .collect()
}

/// The term of one folded word: its stem, as its synonym group's first
/// stem; `None` for a stop word, a bare number or a single letter.
/// Remembered per word (bounded) for the lexicon in use, which the memo
/// holds so that its address cannot be reused by another.
fn term_of(lex: &std::sync::Arc<Lexicon>, w: &str) -> Option<String> {
    type Memo = (
        Option<std::sync::Arc<Lexicon>>,
        FxHashMap<String, Option<String>>,
    );
    thread_local! {
        static TERMS: std::cell::RefCell<Memo> =
            std::cell::RefCell::new((None, FxHashMap::default()));
    }
    TERMS.with(|m| {
        let mut m = m.borrow_mut();
        if !m.0.as_ref().is_some_and(|l| std::sync::Arc::ptr_eq(l, lex)) || m.1.len() > 200_000 {
            m.1.clear();
            m.0 = Some(lex.clone());
        }
        if let Some(t) = m.1.get(w) {
            return t.clone();
        }
        // An inflection of a function word is one too ("gehad",
        // "gemeentes", "eerste" -> een).
        let content = is_content_word(w) && !lemma(w).is_some_and(is_stopword);
        let t = content.then(|| lex.canonical(&stem(w)).to_string());
        m.1.insert(w.to_string(), t.clone());
        t
    })
}

/// Whether two stems name the same thing: equal, or one the other plus at
/// most one letter ("star"/"start"), or one a long part of the other
/// (compounds: "wervingscampagne" contains "campagne").
pub fn stems_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() >= 4 && long.starts_with(short) && long.len() - short.len() <= 1 {
        return true;
    }
    if short.len() >= 6 && (long.starts_with(short) || long.ends_with(short)) {
        return true;
    }
    // Separable verbs: "we breiden ... uit" / "uitgebreid", "stellen ...
    // vast" / "vastgesteld".
    if short.len() >= 4 {
        if let Some(prefix) = long.strip_suffix(short) {
            return PARTICLES.contains(&prefix);
        }
    }
    false
}

const PARTICLES: &[&str] = &[
    "uit", "op", "aan", "in", "af", "door", "mee", "voort", "vast", "toe", "bij", "terug", "over",
    "samen", "na", "om", "weg", "vrij",
];

/// Character 4-grams of the folded content words, for similarity that
/// survives compounds written together or apart ("jeugdhulpbegeleiding" /
/// "jeugdhulp begeleiding") and small OCR damage.
pub fn char_grams(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in words(s) {
        if is_stopword(&w) || w.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let mut padded = String::with_capacity(w.len() + 2);
        padded.push('#');
        padded.push_str(&w);
        padded.push('#');
        // Where each character starts, and the end: a gram is the text
        // between starts k and k + 4.
        let bounds: Vec<usize> = padded
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(padded.len()))
            .collect();
        if bounds.len() <= 5 {
            out.push(padded);
            continue;
        }
        out.extend(bounds.windows(5).map(|b| padded[b[0]..b[4]].to_string()));
    }
    out
}

/// The key titles are compared on: list markers and a final period
/// removed, case and diacritics folded, punctuation ignored.
pub fn title_key(s: &str) -> String {
    fold(&crate::parse::clean_title(s))
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Years mentioned on their own, not as the ends of a period
/// ("gezondheidsagenda 2021-2024" names a policy period, not a year).
pub fn single_years(s: &str) -> Vec<i32> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        let is_year = b[i..i + 4].iter().all(|c| c.is_ascii_digit())
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && (i + 4 == b.len() || !b[i + 4].is_ascii_digit());
        if !is_year {
            i += 1;
            continue;
        }
        let before = s[..i].trim_end();
        let after = s[i + 4..].trim_start();
        let dash_before = before
            .strip_suffix(['-', '–', '/'])
            .is_some_and(|x| x.trim_end().ends_with(|c: char| c.is_ascii_digit()));
        let dash_after = after
            .strip_prefix(['-', '–', '/'])
            .is_some_and(|x| x.trim_start().starts_with(|c: char| c.is_ascii_digit()));
        if let Ok(y) = s[i..i + 4].parse::<i32>() {
            if (1990..=2099).contains(&y) && !dash_before && !dash_after {
                out.push(y);
            }
        }
        i += 4;
    }
    out
}

/// Years (1990-2099) mentioned in a text.
pub fn years(s: &str) -> Vec<i32> {
    // Over the bytes: an ASCII digit is one byte, and no byte of another
    // character is one, so the runs of digits are those of the characters.
    let mut out = Vec::new();
    for w in s.as_bytes().split(|b| !b.is_ascii_digit()) {
        if w.len() == 4 {
            let y = w.iter().fold(0i32, |y, d| y * 10 + i32::from(d - b'0'));
            if (1990..=2099).contains(&y) {
                out.push(y);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_absorbs_diacritics_and_ocr_confusion() {
        assert_eq!(fold("Geëvalueerd"), "geevalueerd");
        assert_eq!(fold("geévalueerd"), fold("geëvalueerd"));
    }

    #[test]
    fn participles_meet_infinitives() {
        assert_eq!(stem("gerealiseerd"), stem("realiseren"));
        assert_eq!(stem("uitgevoerd"), stem("uitvoeren"));
        assert_eq!(stem("vastgesteld"), stem("vaststellen"));
        assert!(stems_match(&stem("gestart"), &stem("starten")));
    }

    #[test]
    fn inflection_goes_through_the_lemma_table() {
        assert_eq!(stem("gestart"), stem("starten"));
        assert_eq!(stem("wijkcentra"), stem("wijkcentrum"));
        assert_eq!(stem("gekozen"), stem("kiezen"));
        assert_eq!(stem("bezocht"), stem("bezoeken"));
        assert_eq!(stem("kinderen"), stem("kind"));
        // Snowball's "ge" inside a word is not a participle's prefix.
        assert_ne!(stem("begeleiding"), stem("beleid"));
        assert_ne!(stem("ongeveer"), "onver");
        // A separable verb's participle still meets its infinitive.
        assert_eq!(stem("opgericht"), stem("oprichten"));
    }

    #[test]
    fn ge_nouns_are_protected() {
        assert_eq!(stem("gemeente"), "gemeente");
        assert_eq!(stem("gezinnen"), "gezinn");
        assert_ne!(stem("gemeente"), stem("menen"));
    }

    #[test]
    fn compounds_match_their_head() {
        assert!(stems_match(&stem("wervingscampagne"), &stem("campagne")));
        assert!(!stems_match("zorg", "pleegzorg"));
        assert!(stems_match(&stem("breiden"), &stem("uitgebreid")));
    }

    #[test]
    fn content_terms_drop_stopwords_and_numbers() {
        let t = content_terms("In 2023 gaan we de wervingscampagne voor pleegzorg voortzetten");
        assert!(t.contains(&stem("pleegzorg")));
        assert!(!t.iter().any(|x| x == "2023" || x == "we" || x == "de"));
    }

    #[test]
    fn periods_are_not_single_years() {
        assert_eq!(
            single_years("agenda 2021-2024 en in 2023, t/m 2026"),
            vec![2023, 2026]
        );
        assert_eq!(
            single_years("Actieprogramma Inclusie 2021 – 2024"),
            Vec::<i32>::new()
        );
    }

    #[test]
    fn years_are_found() {
        assert_eq!(
            years("In 2023 en 2024-2026, niet 12345"),
            vec![2023, 2024, 2026]
        );
    }
}

#[cfg(test)]
mod dutch_tests {
    use super::*;

    #[test]
    fn nouns_and_verbs_meet() {
        for (a, b) in [
            ("evaluatie", "evalueren"),
            ("evaluaties", "geevalueerd"),
            ("realisatie", "realiseren"),
            ("uitstel", "uitstellen"),
            ("uitbreiding", "uitbreiden"),
            ("begeleiding", "begeleiden"),
            ("herinrichting", "inrichting"),
            ("inventarisatie", "inventariseren"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
        assert_ne!(stem("woning"), stem("wonen"));
    }

    #[test]
    fn split_verbs_take_the_whole_verb() {
        let terms =
            |s: &str| -> Vec<String> { words_with_verbs(s).iter().map(|w| stem(w)).collect() };
        let t = terms("We zetten het project voort.");
        assert!(t.contains(&stem("voortzetten")), "{t:?}");
        let t = terms("Zij stelt een plan op");
        assert!(t.contains(&stem("opstellen")), "{t:?}");
        // Recombined, never stripped: opposites stay apart.
        assert_ne!(stem("afgenomen"), stem("toegenomen"));
        let a = terms("Het aantal meldingen nam af");
        let b = terms("Het aantal meldingen nam toe");
        assert_ne!(a, b);
    }

    #[test]
    fn times_of_year_fillers_and_inflected_function_words_are_no_terms() {
        let sorted = |s: &str| {
            let mut t = content_terms(s);
            t.sort();
            t
        };
        assert_eq!(
            sorted("In het najaar richten we de Julianalaan opnieuw in."),
            sorted("De Julianalaan inrichten.")
        );
        assert!(content_terms("in het eerste halfjaar").is_empty());
        assert!(content_terms("ongeveer twee keer gehad")
            .iter()
            .all(|t| t != "en" && t != "gehad"));
    }

    #[test]
    fn compounds_are_no_equal_terms() {
        let a = content_terms("betalingsproblemen");
        let b = content_terms("gedragsproblemen");
        assert_ne!(a, b);
        let last = |w: &str| split_compound(w).and_then(|p| p.last().cloned());
        assert_eq!(last("betalingsproblemen"), last("gedragsproblemen"));
    }
}
