//! Derivation and separable verbs: folded words -> the word whose term
//! they take, so that the noun and the verb meet and a split verb is read
//! whole. Rules, not pairs: each fires only when the form it makes is a
//! word of the Dutch word list ([`super::dict`]).
//!
//! - `-atie`/`-isatie` -> `-eren`/`-iseren` ("evaluatie" -> evalueren,
//!   "realisatie" -> realiseren), `-ctie` -> `-ceren` ("reductie" ->
//!   reduceren);
//! - `-ing` -> its verb ("uitbreiding" -> uitbreiden, "verbetering" ->
//!   verbeteren), the verb's stem at least four letters ("woning" stays);
//! - `her-` before a word of its own ("herinrichting" -> inrichting), when
//!   that word is long or starts with a vowel ("herstellen" is no
//!   "stellen");
//! - a verb and its particle at the end of the clause are read as the
//!   separable verb ("we zetten het project voort" -> voortzetten). A
//!   particle is only ever added, never stripped: "afgenomen" and
//!   "toegenomen" stay apart.

use super::dict::is_word;

/// The verb (or base noun) a derived word stands for, when the rules make
/// a word of the word list.
pub fn derived(w: &str) -> Option<String> {
    let base = strip_her(w);
    let w = base.as_deref().unwrap_or(w);
    noun_to_verb(w).or(base)
}

/// "herinrichting" -> "inrichting": the rest is a word of its own, long
/// or starting with a vowel.
fn strip_her(w: &str) -> Option<String> {
    let rest = w.strip_prefix("her")?;
    let long = rest.len() >= 8;
    let vowel = rest.len() >= 6 && rest.starts_with(['a', 'e', 'i', 'o', 'u']);
    ((long || vowel) && is_word(rest)).then(|| rest.to_string())
}

fn noun_to_verb(w: &str) -> Option<String> {
    let w = w
        .strip_suffix('s')
        .filter(|r| r.ends_with("tie"))
        .unwrap_or(w);
    if let Some(r) = w.strip_suffix("atie") {
        return found(format!("{r}eren"));
    }
    if let Some(r) = w.strip_suffix("ctie") {
        return found(format!("{r}ceren"));
    }
    let r = w.strip_suffix("ingen").or_else(|| w.strip_suffix("ing"))?;
    if r.len() < 4 {
        return None;
    }
    // "voorziening" -> voorzien, "uitbreiding" -> uitbreiden.
    let candidates = [format!("{r}en"), r.to_string()];
    candidates
        .into_iter()
        .find(|c| c.ends_with("en") && is_word(c))
}

fn found(c: String) -> Option<String> {
    is_word(&c).then_some(c)
}

/// Separable particles that close a main clause ("we stellen een plan
/// op").
const PARTICLES: &[&str] = &[
    "aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "toe", "uit", "voort",
    "terug", "vast", "weg", "samen", "vrij", "voor", "tegen", "achter", "neer", "los", "rond",
];

/// Words after which a clause is taken to end, so that a particle before
/// them closes it ("we zetten het voort en breiden het uit").
const CLAUSE_ENDS: &[&str] = &[
    "en", "maar", "of", "want", "omdat", "zodat", "waardoor", "terwijl", "nadat", "voordat",
    "totdat", "dat", "die", "waarbij", "waarmee", "wanneer", "als",
];

/// The infinitives a verb form may stand for: its lemma, itself when it
/// is one, or its stem with an ending ("zet" -> zetten, "stelt" ->
/// stellen).
fn infinitives(form: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(l) = super::lemma(form) {
        out.push(l.to_string());
    }
    // Infinitives end in -en, and a few short ones in -n only ("gaan",
    // "doen", "zien", "staan").
    if form.ends_with("en") || matches!(form, "gaan" | "doen" | "zien" | "staan" | "slaan") {
        out.push(form.to_string());
    }
    let stem = form.strip_suffix('t').unwrap_or(form);
    if stem.len() >= 2 {
        out.push(format!("{stem}en"));
        if let Some(last) = stem.chars().last().filter(|c| !"aeiou".contains(*c)) {
            out.push(format!("{stem}{last}en"));
        }
    }
    out.retain(|v| v.ends_with('n'));
    out
}

/// Recombines separable verbs in one clause of folded words: the first
/// word whose infinitive with the clause's last word (a particle) is a
/// word of the list becomes that verb, and the particle is dropped.
fn recombine_clause(clause: &mut Vec<String>) {
    // The particle closes the clause, or stands before a prepositional
    // phrase put after it ("we breiden de werkplaats uit met een
    // afdeling", "zetten de proef voort tot de zomer").
    let Some(at) = (2..clause.len()).rev().find(|&k| {
        PARTICLES.contains(&clause[k].as_str())
            && clause
                .get(k + 1)
                .is_none_or(|n| AFTER_PARTICLE.contains(&n.as_str()))
    }) else {
        return;
    };
    // Only a phrase follows: no second particle, verb or clause.
    if at + 1 < clause.len() && clause.len() - at > 8 {
        return;
    }
    let particle = clause[at].clone();
    let found = clause[..at].iter().enumerate().find_map(|(i, w)| {
        if w.len() < 2 || super::is_stopword(w) && !matches!(w.as_str(), "doen" | "gaan") {
            return None;
        }
        infinitives(w)
            .into_iter()
            .map(|inf| format!("{particle}{inf}"))
            .find(|v| is_word(v))
            .map(|v| (i, v))
    });
    if let Some((i, verb)) = found {
        clause[i] = verb;
        clause.remove(at);
    }
}

/// Prepositions that may open a phrase after a separable verb's particle.
const AFTER_PARTICLE: &[&str] = &[
    "met", "naar", "tot", "van", "voor", "bij", "zonder", "tegen", "per", "vanaf", "binnen",
];

/// Folded words of a text with separable verbs recombined per clause
/// (clauses end at punctuation and before conjunctions); content terms are
/// read from these.
pub fn words_with_verbs(s: &str) -> Vec<String> {
    let folded = super::fold(s);
    let mut out = Vec::new();
    let mut clause: Vec<String> = Vec::new();
    let flush = |clause: &mut Vec<String>, out: &mut Vec<String>| {
        recombine_clause(clause);
        out.append(clause);
    };
    for piece in folded.split_inclusive(|c: char| !c.is_alphanumeric()) {
        let (word, sep) = match piece.char_indices().last() {
            Some((k, c)) if !c.is_alphanumeric() => (&piece[..k], Some(c)),
            _ => (piece, None),
        };
        if !word.is_empty() {
            if CLAUSE_ENDS.contains(&word) {
                flush(&mut clause, &mut out);
            }
            clause.push(word.to_string());
        }
        if sep.is_some_and(|c| ".,;:!?()[]\"'/\n".contains(c) || c == '\u{2013}') {
            flush(&mut clause, &mut out);
        }
    }
    flush(&mut clause, &mut out);
    out
}

/// The verbs of a text as lemmas, separable verbs read whole: "we stellen
/// het uit", "uit te stellen", "uitgesteld" and "stelt uit" all give
/// "uitstellen". Other words are kept as they are (folded), and so are
/// function words (the lemma table reads "het" as "hebben"). Status words
/// are read from these, so that every form of a verb counts.
pub fn verb_lemmas(s: &str) -> Vec<String> {
    let mut w = words_with_verbs(s);
    // "af te zien", "uit te stellen": the particle, "te" and the verb.
    let mut k = 0;
    while k + 2 < w.len() {
        if w[k + 1] == "te" && PARTICLES.contains(&w[k].as_str()) {
            let joined = infinitives(&w[k + 2])
                .into_iter()
                .map(|inf| format!("{}{inf}", w[k]))
                .find(|v| is_word(v));
            if let Some(v) = joined {
                w.splice(k..k + 3, [v]);
            }
        }
        k += 1;
    }
    for x in &mut w {
        if super::is_stopword(x) {
            continue;
        }
        if let Some(l) = super::lemma(x) {
            *x = l.to_string();
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_nouns_find_their_verb() {
        assert_eq!(derived("evaluatie").as_deref(), Some("evalueren"));
        assert_eq!(derived("realisatie").as_deref(), Some("realiseren"));
        assert_eq!(derived("uitbreiding").as_deref(), Some("uitbreiden"));
        assert_eq!(derived("begeleiding").as_deref(), Some("begeleiden"));
        assert_eq!(derived("herinrichting").as_deref(), Some("inrichten"));
        assert_eq!(derived("reductie").as_deref(), Some("reduceren"));
        // Only when the verb is a word; short stems stay.
        assert_eq!(derived("woning"), None);
        assert_eq!(derived("herstellen"), None);
        assert_eq!(derived("pleegzorg"), None);
    }

    #[test]
    fn separable_verbs_are_recombined_not_stripped() {
        let w = words_with_verbs("We zetten het project voort.");
        assert!(w.contains(&"voortzetten".to_string()), "{w:?}");
        assert!(!w.contains(&"voort".to_string()));
        let w = words_with_verbs("Zij stelt een plan op, en daarna ...");
        assert!(w.contains(&"opstellen".to_string()), "{w:?}");
        let w = words_with_verbs("Het aantal nam af");
        assert!(w.iter().any(|x| x == "afnemen" || x == "afnamen"), "{w:?}");
        // A particle inside the clause is a preposition: left alone.
        let w = words_with_verbs("We zetten in op preventie");
        assert_eq!(w, ["we", "zetten", "in", "op", "preventie"]);
    }

    #[test]
    fn verb_lemmas_read_every_form_of_a_separable_verb() {
        for s in [
            "Het college heeft besloten af te zien van een kijkdepot.",
            "Het college heeft afgezien van een kijkdepot.",
        ] {
            assert!(
                verb_lemmas(s).contains(&"afzien".to_string()),
                "{s}: {:?}",
                verb_lemmas(s)
            );
        }
        let w = verb_lemmas("Daardoor schuift ook de verhuizing op.");
        assert!(w.contains(&"opschuiven".to_string()), "{w:?}");
        // A phrase after the particle ("uit met een afdeling").
        let w = verb_lemmas("In 2025 breiden we de werkplaats uit met een afdeling.");
        assert!(w.contains(&"uitbreiden".to_string()), "{w:?}");
        let w = verb_lemmas("Het restant schuiven we door naar 2025.");
        assert!(w.contains(&"doorschuiven".to_string()), "{w:?}");
    }
}
