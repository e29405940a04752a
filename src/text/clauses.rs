//! Coordinated main clauses: a sentence's text -> the byte ranges of the
//! promises it joins ("In 2024 leggen we drie steigers aan en plaatsen we
//! bij elke steiger een bord"; "We zetten het fonds voort en verhogen de
//! bijdrage"; "we stellen A op, richten B in en evalueren C").
//!
//! A new clause starts after a semicolon when a main clause follows (a
//! finite verb among its first words), and at "en" (or after a comma) when
//! a finite verb follows and either a subject pronoun ("en plaatsen we") or the opening
//! of an object ("en verhogen de bijdrage", "en gaat de balie"). Nouns
//! joined by "en" ("markering, borden en een versmalling") are no clauses:
//! a word counts as a verb only when the lemma table knows a conjugated
//! form of it. Inside a subordinate clause ("een coach die scholen bezoekt
//! en ouders adviseert") "en" joins that clause's verbs, not promises.

use super::{fold, lemma};

/// One clause of a sentence: its byte range in the text, and the subject
/// of the sentence's first clause when it drops its own ("we" for "en
/// verhogen de bijdrage"), for reading it as a sentence of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
    pub shared_subject: Option<String>,
}

struct Token {
    start: usize,
    end: usize,
    word: String,
    /// A comma (or semicolon) ends the token.
    comma: bool,
    /// A semicolon ends the token.
    semicolon: bool,
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    let bytes = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    for (i, c) in bytes {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                let raw: &str = &text[s..i];
                let comma = raw.ends_with(',') || raw.ends_with(';');
                let word = fold(raw.trim_matches(|c: char| !c.is_alphanumeric()));
                out.push(Token {
                    start: s,
                    end: i,
                    word,
                    comma,
                    semicolon: raw.ends_with(';'),
                });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    out
}

/// Words that open a subordinate clause: a conjunction after them joins
/// that clause's parts.
const SUBORDINATORS: &[&str] = &[
    "die", "dat", "waar", "waarin", "waarmee", "waarbij", "waarvan", "waardoor", "waarop",
    "waarna", "zodat", "omdat", "om", "als", "wanneer", "zodra", "nadat", "voordat", "totdat",
    "terwijl", "welke", "wie", "hoe", "doordat", "indien", "mits", "tenzij", "opdat", "of",
];

/// Subject pronouns after an inverted verb ("en plaatsen we").
const SUBJECTS: &[&str] = &["we", "wij", "ze", "zij"];

/// Words that open an object or a subject after the verb ("en verhogen de
/// bijdrage", "en gaat de balie").
const OPENERS: &[&str] = &[
    "de",
    "het",
    "een",
    "alle",
    "elke",
    "ieder",
    "iedere",
    "onze",
    "ons",
    "hun",
    "deze",
    "dit",
    "extra",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "twaalf",
    "twintig",
    "ook",
    "daarnaast",
    "minimaal",
    "maximaal",
    "nieuwe",
    "jaarlijks",
];

/// The 1st-person stems an infinitive may have ("verhogen" -> "verhoog",
/// "zetten" -> "zet", "leven" -> "leef").
fn stems(inf: &str) -> Vec<String> {
    let Some(s) = inf.strip_suffix("en") else {
        return Vec::new();
    };
    let mut out = vec![s.to_string()];
    // Folded Dutch words are ASCII; anything else has no Dutch stems to
    // guess (and its bytes are no letters).
    if !s.is_ascii() {
        return out;
    }
    let b = s.as_bytes();
    let n = b.len();
    if n >= 2 && b[n - 1] == b[n - 2] && !b"aeiou".contains(&b[n - 1]) {
        out.push(s[..n - 1].to_string());
    }
    if n >= 3 && !b"aeiou".contains(&b[n - 1]) && b"aeou".contains(&b[n - 2]) {
        let mut d = s[..n - 1].to_string();
        d.push(b[n - 2] as char);
        d.push(b[n - 1] as char);
        out.push(d);
    }
    for (from, to) in [('v', 'f'), ('z', 's')] {
        for st in out.clone() {
            if let Some(base) = st.strip_suffix(from) {
                out.push(format!("{base}{to}"));
            }
        }
    }
    out
}

/// Whether a folded word ending in -en is a verb's infinitive (or plural):
/// the lemma table maps a conjugated form of it back to it ("verhoogt",
/// "richtte", "zette" -> the word). Plural nouns have no such forms.
fn is_infinitive(w: &str) -> bool {
    w.len() >= 5
        && stems(w).iter().any(|s| {
            ["t", "te", "de", ""]
                .iter()
                .any(|end| lemma(&format!("{s}{end}")) == Some(w))
        })
}

/// Whether a folded word is a finite verb form: a plural (an infinitive)
/// or a singular whose lemma is a verb ("gaat", "begeleidt", "richt").
fn finite_verb(w: &str) -> bool {
    // A participle ("gericht", "geplaatst") is no finite verb: its lemma
    // is a verb that does not itself start with "ge".
    if w.starts_with("ge") && lemma(w).is_some_and(|l| !l.starts_with("ge") && l.ends_with("en")) {
        return false;
    }
    if w.ends_with("en") {
        return is_infinitive(w);
    }
    if let Some(l) = lemma(w) {
        return matches!(l, "gaan" | "staan" | "doen" | "zien" | "slaan")
            || (l.ends_with("en") && is_infinitive(l));
    }
    // Not in the table as a form: a stem that ends in -t ("richt").
    w.ends_with('t') && is_infinitive(&format!("{w}en"))
}

/// Where a clause may start: the token after "en", or after a comma when
/// the clause before has its subject ("we stellen A op, richten B in"; not
/// "Voordat het plan naar de raad gaat, houden we").
fn clause_start(toks: &[Token], from: usize, i: usize) -> Option<usize> {
    if toks[i].word == "en" {
        Some(i + 1)
    } else if i > 0
        && toks[i - 1].comma
        && toks[from..i]
            .iter()
            .any(|t| SUBJECTS.contains(&t.word.as_str()))
    {
        Some(i)
    } else {
        None
    }
}

/// Whether a new clause starts at token `j` (its verb).
fn opens_clause(toks: &[Token], j: usize) -> bool {
    let (Some(verb), Some(next)) = (toks.get(j), toks.get(j + 1)) else {
        return false;
    };
    // Function words are no verbs here, even where the table knows a verb
    // of that spelling ("met": "meten"); the auxiliaries of a passive or a
    // future are ("en worden de straten ingericht", "en gaat de balie").
    let auxiliary = matches!(
        verb.word.as_str(),
        "gaan" | "gaat" | "wordt" | "worden" | "blijft" | "blijven"
    );
    if SUBORDINATORS.contains(&verb.word.as_str())
        || (super::is_stopword(&verb.word) && !auxiliary)
        || !finite_verb(&verb.word)
    {
        return false;
    }
    // The next step with the same thing ("huurt het pand en richt het
    // in", "stellen het programma op en dienen we dit in") is no promise
    // of its own.
    let object = if SUBJECTS.contains(&next.word.as_str()) {
        j + 2
    } else {
        j + 1
    };
    if refers_back(toks, object) {
        return false;
    }
    SUBJECTS.contains(&next.word.as_str())
        || OPENERS.contains(&next.word.as_str())
        || next.word.chars().all(|c| c.is_ascii_digit()) && !next.word.is_empty()
}

/// Whether token `k` is a pronoun standing for something named before:
/// "het", "dit", "deze", "die" or "ze" with no noun after it ("richt het
/// in", not "richt het pand in").
fn refers_back(toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    matches!(
        t.word.as_str(),
        "het" | "dit" | "deze" | "die" | "ze" | "hem" | "dat"
    ) && toks
        .get(k + 1)
        .is_none_or(|n| t.comma || super::is_stopword(&n.word))
}

/// Whether the words from the last clause boundary up to token `i` stand
/// in a subordinate clause.
fn in_subordinate(toks: &[Token], from: usize, i: usize) -> bool {
    // The clause before the boundary runs from the comma before it (not
    // the comma that is the boundary itself, at `i - 1`).
    let last = i.saturating_sub(1).max(from);
    let start = (from..last)
        .rev()
        .find(|&k| toks[k].comma)
        .map_or(from, |k| k + 1);
    toks[start..i]
        .iter()
        .any(|t| SUBORDINATORS.contains(&t.word.as_str()))
}

/// Whether a main clause starts at token `i`: a finite verb among its
/// first five words, not in a noun's place after an article or a
/// preposition ("bij de markt").
fn main_clause_at(toks: &[Token], i: usize) -> bool {
    const NOUN_BEFORE: &[&str] = &[
        "de", "het", "een", "bij", "in", "op", "aan", "van", "voor", "met", "naar", "onze", "ons",
        "hun",
    ];
    (i..toks.len().min(i + 5)).any(|k| {
        let t = &toks[k].word;
        let noun_place = k > i && NOUN_BEFORE.contains(&toks[k - 1].word.as_str());
        (!super::is_stopword(t) && finite_verb(t) && !noun_place)
            || matches!(t.as_str(), "wordt" | "worden" | "gaat" | "gaan")
    })
}

/// The subject the later clauses share, read from the sentence's first
/// clause (up to token `end`): "we" when it has it among its first eight
/// words, else the words before its verb ("Het Ondernemershuis" of "Het
/// Ondernemershuis organiseert ..."), or none when the clause opens with
/// an adverbial or no verb is found in its first six words.
fn subject_of(toks: &[Token], end: usize, text: &str) -> Option<String> {
    let first = &toks[..end];
    if first
        .iter()
        .take(8)
        .any(|t| t.word == "we" || t.word == "wij")
    {
        return Some("we".to_string());
    }
    let verb = first
        .iter()
        .take(6)
        .position(|t| finite_verb(&t.word) && !OPENERS.contains(&t.word.as_str()))?;
    // Words put first that are no subject ("In 2024 organiseert het
    // Ondernemershuis"): unsure, so none.
    const ADVERBIAL: &[&str] = &[
        "in",
        "op",
        "vanaf",
        "per",
        "na",
        "voor",
        "met",
        "samen",
        "via",
        "tijdens",
        "daarnaast",
        "ook",
    ];
    let adverbial = ADVERBIAL.contains(&first[0].word.as_str());
    (verb > 0 && !adverbial).then(|| text[first[0].start..first[verb - 1].end].to_string())
}

/// The items of a list that a sentence runs in after a colon, separated
/// by semicolons ("In 2025 voeren we de volgende werkzaamheden uit:
/// vervanging van de luchtbehandeling; vervanging van de waterzuivering;
/// plaatsing van 400 zonnepanelen"): each item is a promise, read with
/// the words before the colon (its verb, its year) as its shared part.
/// None when the text holds no such list: a head of at least three
/// words, then two or more items of at least two words each. Items that
/// open with a preposition are places or scope of one promise ("We
/// richten drie plekken in: bij het station; bij de markt"), not
/// promises of their own.
fn listed_after_colon(text: &str, toks: &[Token]) -> Option<Vec<Clause>> {
    const PLACE: &[&str] = &[
        "bij", "in", "op", "aan", "van", "voor", "met", "naar", "tussen", "langs", "rond", "onder",
        "achter", "nabij", "via", "tot",
    ];
    let colon = toks
        .iter()
        .position(|t| text[t.start..t.end].ends_with(':'))?;
    // The list must hang from the main clause: after "..., waarbij we de
    // volgende opgaven centraal stellen:" the items are what the
    // subordinate clause names, and the promise is the main clause's.
    if colon < 2
        || !toks[colon + 1..].iter().any(|t| t.semicolon)
        || in_subordinate(toks, 0, colon + 1)
    {
        return None;
    }
    let head = text[..toks[colon].end].to_string();
    let mut items = Vec::new();
    let mut first = colon + 1;
    for k in colon + 1..toks.len() {
        if toks[k].semicolon || k + 1 == toks.len() {
            if k + 1 - first < 2 || PLACE.contains(&toks[first].word.as_str()) {
                return None;
            }
            let end = toks[k].end;
            let item = text[toks[first].start..end].trim_end_matches([';', '.', ' ']);
            items.push(Clause {
                start: toks[first].start,
                end: toks[first].start + item.len(),
                shared_subject: Some(head.clone()),
            });
            first = k + 1;
        }
    }
    (items.len() >= 2).then_some(items)
}

/// The coordinated main clauses of a sentence; one clause (the whole
/// text) when it joins none. Each clause has at least three words.
pub fn coordinated_clauses(text: &str) -> Vec<Clause> {
    let whole = || {
        vec![Clause {
            start: 0,
            end: text.len(),
            shared_subject: None,
        }]
    };
    // No boundary a clause could start at: nothing to read word by word.
    let joins = text.contains(',')
        || text.contains(';')
        || text.split_whitespace().any(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .eq_ignore_ascii_case("en")
        });
    if !joins {
        return whole();
    }
    let toks = tokens(text);
    if toks.len() < 8 {
        return whole();
    }
    if let Some(items) = listed_after_colon(text, &toks) {
        return items;
    }
    // Token index where each clause starts, and the token that ends the
    // clause before (exclusive).
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    // Clauses after a semicolon: main clauses with their own subject.
    let mut own_subject: Vec<usize> = Vec::new();
    for i in 3..toks.len().saturating_sub(2) {
        // "ProRail breidt de stalling uit; de gemeente betaalt een derde":
        // a semicolon before a main clause (a finite verb among its first
        // words) joins two statements.
        // (A subordinate clause ends at the semicolon: "..., omdat in
        // 2024 blauwalg is aangetroffen; breiden we ... uit".)
        if toks[i - 1].semicolon && i - from >= 4 && toks.len() - i >= 4 && main_clause_at(&toks, i)
        {
            cuts.push((i, i));
            own_subject.push(i);
            from = i;
            continue;
        }
        let Some(j) = clause_start(&toks, from, i) else {
            continue;
        };
        if i - from < 3 || toks.len() - j < 3 || !opens_clause(&toks, j) {
            continue;
        }
        if in_subordinate(&toks, from, i) {
            continue;
        }
        cuts.push((j, i));
        from = j;
    }
    if cuts.is_empty() {
        return whole();
    }
    let first_end = cuts
        .iter()
        .find(|(j, _)| !own_subject.contains(j))
        .map_or(cuts[0].1, |c| c.1);
    let subject = subject_of(&toks, first_end, text);
    let trim = |s: &str| s.trim_end_matches([',', ';', ' ']).len();
    let mut out = Vec::new();
    let mut start = 0;
    let mut own = vec![true];
    for &(j, end) in &cuts {
        let last = toks[end - 1].end;
        out.push((start, last));
        start = toks[j].start;
        own.push(own_subject.contains(&j));
    }
    out.push((start, text.len()));
    out.into_iter()
        .enumerate()
        .map(|(k, (s, e))| {
            let e = s + trim(&text[s..e]);
            let own = own[k]
                || toks
                    .iter()
                    .skip_while(|t| t.start < s)
                    .nth(1)
                    .is_some_and(|t| SUBJECTS.contains(&t.word.as_str()));
            Clause {
                start: s,
                end: e,
                shared_subject: if own { None } else { subject.clone() },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        coordinated_clauses(t)
            .into_iter()
            .map(|c| &t[c.start..c.end])
            .collect()
    }

    #[test]
    fn any_text_is_read_without_a_panic() {
        for t in [
            "We zetten het fonds voort en 丸en de bijdrage per kind.",
            "We zetten het fonds voort en CO₂en de bijdrage per kind.",
            "ProRail breidt de stalling uit met plekken; 丸en de gemeente betaalt een derde.",
            "; ; en en , , en we we de de ; en",
            "",
        ] {
            let _ = coordinated_clauses(t);
        }
    }

    #[test]
    fn verbs_are_told_from_nouns() {
        for w in [
            "verhogen",
            "zetten",
            "richten",
            "organiseren",
            "plaatsen",
            "stellen",
        ] {
            assert!(is_infinitive(w), "{w}");
        }
        for w in ["kinderen", "verenigingen", "woningen", "fietspaden"] {
            assert!(!is_infinitive(w), "{w}");
        }
        for w in ["gaat", "begeleidt", "richt", "neemt"] {
            assert!(finite_verb(w), "{w}");
        }
    }

    #[test]
    fn coordinated_promises_are_split() {
        assert_eq!(
            split("In 2024 leggen we drie nieuwe aanlegsteigers aan bij Bremdijk, Lutterhoek en de Oude Haven en plaatsen we bij elke steiger een informatiebord met de vaarroutes."),
            [
                "In 2024 leggen we drie nieuwe aanlegsteigers aan bij Bremdijk, Lutterhoek en de Oude Haven",
                "plaatsen we bij elke steiger een informatiebord met de vaarroutes."
            ]
        );
        let c = coordinated_clauses(
            "We zetten het Jeugdfonds Sport & Cultuur voort en verhogen de bijdrage per kind.",
        );
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].shared_subject.as_deref(), Some("we"));
        assert_eq!(
            split(
                "In 2025 stellen we een plan op, richten we een loket in en evalueren we de pilot."
            ),
            [
                "In 2025 stellen we een plan op",
                "richten we een loket in",
                "evalueren we de pilot."
            ]
        );
    }

    #[test]
    fn a_list_run_in_after_a_colon_holds_one_promise_per_item() {
        let t = "In 2025 voeren we de volgende werkzaamheden uit: vervanging van de \
                 luchtbehandelingsinstallatie; vervanging van de waterzuivering door een systeem \
                 met UV-behandeling; plaatsing van 400 zonnepanelen op het dak.";
        assert_eq!(
            split(t),
            [
                "vervanging van de luchtbehandelingsinstallatie",
                "vervanging van de waterzuivering door een systeem met UV-behandeling",
                "plaatsing van 400 zonnepanelen op het dak"
            ]
        );
        // Each item is read with the verb and the year before the colon.
        let head = "In 2025 voeren we de volgende werkzaamheden uit:";
        assert!(coordinated_clauses(t)
            .iter()
            .all(|c| c.shared_subject.as_deref() == Some(head)));
        // A list hanging from a subordinate clause is no list of promises:
        // the main clause's promise stays.
        assert!(split(
            "In drie stadsdelen maken we een start met stadsdeelprogrammeren, waarbij we \
             de volgende opgaven centraal stellen: 1. bevorderen van gezondheid; 2. \
             bevorderen van gemeenschapsvorming."
        )[0]
        .starts_with("In drie stadsdelen maken we een start"));
        // Places of one promise are no items; nor is a list with one item.
        assert_eq!(
            split("We richten drie plekken in: bij het station; bij de markt en bij de haven.")
                .len(),
            1
        );
        assert_eq!(
            split("We richten de volgende plek in: het plein bij het station.").len(),
            1
        );
    }

    #[test]
    fn a_subordinate_clause_ends_at_a_semicolon() {
        let t = "In 2025: plaatsen we een toilet bij het strand; laten we het water \
                 bemonsteren, omdat in 2024 blauwalg is aangetroffen; breiden we het aantal \
                 fietsnietjes uit van 40 naar 100.";
        assert_eq!(split(t).len(), 3);
        assert!(split(t)[2].starts_with("breiden we"));
    }

    #[test]
    fn a_semicolon_before_a_main_clause_joins_two_statements() {
        let c = coordinated_clauses(
            "ProRail breidt in 2024 de stalling uit met 600 plekken; de gemeente betaalt een derde van de kosten.",
        );
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].shared_subject, None);
        // A list after a semicolon is no clause.
        assert_eq!(
            split("We richten drie plekken in: bij het station; bij de markt en bij de haven.")
                .len(),
            1
        );
    }

    #[test]
    fn nouns_and_subordinate_clauses_are_not_split() {
        for t in [
            "In 2024 richten we bij vijf basisscholen een schoolzone in met rood-gele markering, borden en een versmalling van de rijbaan.",
            "De rotonde bouwen we om: fietsers krijgen een vrijliggend fietspad en de rotonde wordt compacter.",
            "We zetten een makelaar in die werkgevers adviseert en begeleidt de ondernemers bij hun vervoersplan.",
            // The next step with the same thing.
            "De gemeente huurt het pand vanaf 2023 voor vijf jaar en richt het in als broedplaats voor kunstenaars.",
            "In 2024 stellen we het nieuwe programma op en dienen we dit in bij het ministerie.",
            // A preposition is no verb; a clause put first is no promise.
            "In 2024 stellen we een nieuw evenementenbeleid op, met een risicoclassificatie die aansluit bij de regio.",
            "Voordat het plan naar de raad gaat, houden we in elke kern een inwonersavond.",
            "Voordat we het plan indienen, houden we in elke kern een inwonersavond.",
            // A participle is no finite verb.
            "In 2024 stellen we een plan op en geplaatst de borden worden bij elke school.",
        ] {
            assert_eq!(split(t).len(), 1, "{t}");
        }
    }
}
