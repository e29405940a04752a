//! The realisation signal: how far the activity got, from the report's
//! wording. Negation keeps its meaning: "niet gerealiseerd" and "nog niet
//! gelukt" are delays, not completions.

use super::tense::{is_participle, passive_in_clause};
use crate::model::Realisation;
use crate::text::words;

const DELAYED: &[&[&str]] = &[
    &["vertraging"],
    &["vertraagd"],
    &["uitgesteld"],
    &["uitstel"],
    &["lager", "pitje"],
    &["later", "uitgevoerd"],
    &["wordt", "later"],
    &["nog", "niet", "gelukt"],
    &["niet", "gelukt"],
    &["loopt", "achter"],
    &["doorgeschoven"],
    &["verschoven"],
    &["opgeschort"],
    &["on", "hold"],
    &["niet", "op", "tijd"],
    &["later", "dan", "gepland"],
    &["nog", "niet", "gerealiseerd"],
    &["nog", "niet", "afgerond"],
    &["nog", "niet", "gestart"],
    &["niet", "tot", "stand"],
    &["pas", "in"],
    &["pas", "vanaf"],
    &["pas", "per"],
    &["pas", "na"],
    &["vertragen"],
];
/// Cancellations that need no agent: the activity itself did not go on.
const DROPPED_ITSELF: &[&[&str]] = &[
    &["niet", "doorgegaan"],
    &["gaat", "niet", "door"],
    &["niet", "door", "gegaan"],
    &["komt", "te", "vervallen"],
    &["is", "vervallen"],
    &["is", "komen", "te", "vervallen"],
];
/// Cancellations that someone did ("beëindigd"): ours only when we or the
/// municipality did them.
const DROPPED: &[&[&str]] = &[
    &["gestopt"],
    &["gestaakt"],
    &["beeindigd"],
    &["stopgezet"],
    &["niet", "doorgegaan"],
    &["geschrapt"],
    &["afgeblazen"],
    &["afgezien"],
    &["niet", "meer", "nodig"],
    &["niet", "noodzakelijk"],
    &["niet", "uitgevoerd"],
    &["besloten", "niet"],
    &["niet", "door", "laten", "gaan"],
    &["komt", "te", "vervallen"],
    &["vervallen"],
];
/// Verbs of delay, as lemmas, so that every form counts ("stellen het
/// uit", "uit te stellen", "schuift op", "liep uit").
const DELAYED_VERBS: &[&str] = &[
    "uitstellen",
    "opschuiven",
    "doorschuiven",
    "verschuiven",
    "vertragen",
    "opschorten",
    "verdagen",
    "uitlopen",
];
/// Verbs of ending an activity, as lemmas ("besloten af te zien van", "we
/// zetten de proef stop"): ours only when we or the municipality did it.
const DROPPED_VERBS: &[&str] = &[
    "afzien",
    "stopzetten",
    "stoppen",
    // The lemma table reads "stoppen" as the noun "stop".
    "stop",
    "staken",
    "beeindigen",
    "schrappen",
    "afblazen",
    "annuleren",
    "afgelasten",
];
/// Going on as before, as lemmas: said of next year, the work of this
/// year was done.
const CONTINUES: &[&str] = &[
    "vervolg",
    "voortzetten",
    "doorgaan",
    "continueren",
    "herhalen",
    "blijven",
];
/// Pieces that every form of the verbs of [`DELAYED_VERBS`],
/// [`DROPPED_VERBS`], [`CONTINUES`], [`WIDENS`] and "doorgaan" holds one of ("stel" in
/// "uitgesteld", "liep" in "liep uit", "ga" in "gaat ... door"); a test
/// checks them against the lemma table.
const VERB_PIECES: &[&str] = &[
    "stel", "schu", "schoof", "schov", "vertra", "schort", "verda", "loop", "lop", "liep", "zie",
    "zag", "zien", "stop", "zet", "staak", "stak", "eindig", "schrap", "blaz", "blaas", "blie",
    "annul", "gelast", "volg", "ga", "goa", "gon", "ging", "continu", "herha", "haal", "blij",
    "blee", "blev", "stand", "breid", "breed", "bred", "schaal", "schal", "sluit", "slot", "sloot",
];
const PARTIAL: &[&[&str]] = &[
    &["deels"],
    &["gedeeltelijk"],
    &["loopt", "nog"],
    &["nog", "lopende"],
    &["eerste", "stap"],
    &["eerste", "stappen"],
    &["eerste", "fase"],
    &["voorbereid"],
    &["voorbereidingen"],
    &["voorbereiding"],
    // A state, not "een doorgaande lijn in ontwikkeling en leren".
    &["is", "in", "ontwikkeling"],
    &["zijn", "in", "ontwikkeling"],
    &["nog", "in", "ontwikkeling"],
    &["verwachting", "is"],
    &["we", "verwachten"],
    &["wij", "verwachten"],
    &["start", "gemaakt"],
    &["bezig"],
    &["in", "gang", "gezet"],
    &["nog", "niet", "afgerond"],
    &["verkenning"],
    &["verkend"],
    &["in", "concept"],
    &["wordt", "verder"],
    &["nader", "uitgewerkt"],
];

/// A state the thing is in once it is delivered, said in the present
/// tense: "het meldpunt is open", "de app is live", "de regeling is van
/// kracht", "het loket draait".
const IN_PLACE: &[&[&str]] = &[
    &["is", "open"],
    &["zijn", "open"],
    &["is", "bereikbaar"],
    &["zijn", "bereikbaar"],
    &["is", "beschikbaar"],
    &["zijn", "beschikbaar"],
    &["is", "in", "gebruik"],
    &["zijn", "in", "gebruik"],
    &["is", "actief"],
    &["zijn", "actief"],
    &["is", "live"],
    &["staat", "online"],
    &["is", "van", "kracht"],
    &["in", "werking"],
    &["draait"],
    &["draaien"],
];

/// Since when a thing has been running: "sinds juni", "sinds 1 maart",
/// "sinds begin 2024".
fn running_since(w: &[String]) -> bool {
    w.iter().enumerate().any(|(k, x)| {
        x == "sinds"
            && w.get(k + 1).is_some_and(|n| {
                n.chars().all(|c| c.is_ascii_digit())
                    || PARTS_OF_YEAR.contains(&n.as_str())
                    || matches!(n.as_str(), "medio" | "half")
            })
    })
}

/// An early stage of work: a start, a preparation, an exploration.
/// Reported of a plan that promised that very stage, it is the whole of
/// the promise ("We starten met de verbouwing" / "een start gemaakt met de
/// verbouwing"), not part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    Start,
    Preparation,
    Exploration,
}

/// The early stage a report sentence says was reached, if any.
pub(crate) fn reported_stage(w: &[String]) -> Option<Stage> {
    let has = |run: &[&str]| crate::text::contains_words(w, run);
    if has(&["start", "gemaakt"]) || has(&["in", "gang", "gezet"]) {
        Some(Stage::Start)
    } else if has(&["voorbereid"]) || has(&["voorbereidingen"]) || has(&["voorbereiding"]) {
        Some(Stage::Preparation)
    } else if has(&["verkend"]) || has(&["verkenning"]) {
        Some(Stage::Exploration)
    } else {
        None
    }
}

/// The early stage an intention promises, if that is what it promises
/// ("we starten", "we bereiden ... voor", "we onderzoeken of").
pub(crate) fn promised_stage(text: &str) -> Option<Stage> {
    let verbs = crate::text::verb_lemmas(text);
    let has = |x: &[&str]| verbs.iter().any(|v| x.contains(&v.as_str()));
    if has(&["starten", "beginnen", "opstarten", "start"]) {
        Some(Stage::Start)
    } else if has(&["voorbereiden"]) {
        Some(Stage::Preparation)
    } else if has(&[
        "verkennen",
        "onderzoeken",
        "onderzoek",
        "verkent",
        "onderzoekt",
    ]) {
        Some(Stage::Exploration)
    } else {
        None
    }
}

/// Falling short of what was planned, said in words: "minder dan
/// beoogd", "de doelstelling is niet gehaald", "bleef achter", "de
/// vacatures staan nog open".
const SHORTFALL: &[&[&str]] = &[
    &["minder", "dan", "beoogd"],
    &["minder", "dan", "de", "beoogde"],
    &["minder", "dan", "gepland"],
    &["minder", "dan", "gehoopt"],
    &["minder", "dan", "de", "geplande"],
    &["niet", "gehaald"],
    &["niet", "bereikt"],
    &["niet", "helemaal"],
    &["niet", "volledig"],
    &["nog", "niet", "alle"],
    &["bleef", "achter"],
    &["bleven", "achter"],
    &["blijft", "achter"],
    &["blijven", "achter"],
    &["achtergebleven"],
    &["onder", "de", "doelstelling"],
    &["onder", "het", "doel"],
    &["onder", "de", "norm"],
    &["nog", "open"],
    &["lopen", "nog"],
    &["nog", "in", "gesprek"],
    &["nog", "in", "voorbereiding"],
];

/// "Minder dan de veertig die we wilden bereiken", "minder dan de
/// verwachte 90", "lager dan gepland": less than a figure named as known
/// (the article points back to the target) or than planned, unlike "in
/// minder dan vijf dagen".
pub(crate) fn below_named_target(w: &[String]) -> bool {
    let figure = |x: &str| x.chars().all(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&x);
    // A figure planned before: "de verwachte 90", "de beoogde 25".
    let planned = |x: &str| {
        matches!(
            x,
            "verwachte" | "beoogde" | "geplande" | "afgesproken" | "gewenste" | "voorziene"
        )
    };
    // "minder goed dan verwacht", "minder snel dan gepland": one adverb
    // between.
    let adverb = w.windows(4).any(|q| {
        q[0] == "minder"
            && q[2] == "dan"
            && matches!(q[3].as_str(), "gepland" | "verwacht" | "beoogd" | "gehoopt")
    });
    // "152 van de 180 geplande controles", "19 van de beoogde 25": a
    // part of a whole named as planned.
    let value = |x: &str| super::count_at(x, x);
    let part_of_planned = w.windows(5).any(|q| {
        let (Some(part), true) = (value(&q[0]), q[1] == "van" && q[2] == "de") else {
            return false;
        };
        let whole = match (value(&q[3]), value(&q[4])) {
            (Some(n), _) if planned(&q[4]) => Some(n),
            (None, Some(n)) if planned(&q[3]) => Some(n),
            _ => None,
        };
        whole.is_some_and(|n| part < n)
    });
    adverb
        || part_of_planned
        || w.windows(3).enumerate().any(|(k, q)| {
            let lower = matches!(q[0].as_str(), "minder" | "lager" | "kleiner") && q[1] == "dan";
            lower
                && (
                    // "minder dan gepland", "lager dan verwacht"
                    matches!(
                        q[2].as_str(),
                        "gepland" | "verwacht" | "beoogd" | "afgesproken"
                    ) || (q[2] == "de"
                        && w.get(k + 3).is_some_and(|x| {
                            figure(x) || (planned(x) && w.get(k + 4).is_some_and(|y| figure(y)))
                        }))
                )
        })
}

/// A verb of ending ([`DROPPED_VERBS`]) said of the work: in the main
/// clause or after a decision ("besloten te stoppen"), not in a clause
/// that tells what was agreed or how something goes ("afgesproken dat de
/// muziek om 23.00 uur stopt").
fn dropped_verb(w: &[String], verbs: &[String]) -> bool {
    if !verbs.iter().any(|v| DROPPED_VERBS.contains(&v.as_str())) {
        return false;
    }
    let main = super::intentions::main_clause(w);
    w.iter().any(|x| decides(x))
        || main.len() == w.len()
        || crate::text::verb_lemmas(&main.join(" "))
            .iter()
            .any(|v| DROPPED_VERBS.contains(&v.as_str()))
}

/// Whether a sentence says the work fell short of what was planned
/// ([`SHORTFALL`], [`below_named_target`]).
pub(crate) fn falls_short(w: &[String], present: &rustc_hash::FxHashSet<&str>) -> bool {
    SHORTFALL.iter().any(|s| contains_seq(w, present, s))
        || below_named_target(w)
        || success_denied(w)
}

/// [`falls_short`] for a caller that holds only the sentence's words.
pub(crate) fn falls_short_in(w: &[String]) -> bool {
    let present: rustc_hash::FxHashSet<&str> = w.iter().map(String::as_str).collect();
    falls_short(w, &present)
}

/// A target not met or a thing that did not work out, said with a
/// negated verb of success: "de termijn van acht weken halen we nog
/// niet", "lukte dat niet bij iedereen", "we bereikten niet alle
/// scholen". "Nog niet gelukt" is a delay (LABELLING.md), not a shortfall.
/// Not in a relative or subordinate clause: "hulp voor kinderen waarbij
/// dat regionaal niet lukt" says what the help is for.
fn success_denied(w: &[String]) -> bool {
    w.iter().enumerate().any(|(k, x)| {
        let target = matches!(
            x.as_str(),
            "halen"
                | "haalt"
                | "haalde"
                | "haalden"
                | "gehaald"
                | "bereiken"
                | "bereikte"
                | "bereikten"
        );
        let works = matches!(x.as_str(), "lukt" | "lukte" | "lukten");
        let subordinate = w[k.saturating_sub(6)..k].iter().any(|b| {
            matches!(
                b.as_str(),
                "waarbij" | "waarin" | "waarmee" | "waardoor" | "die" | "als" | "wanneer" | "zodat"
            )
        });
        (target || works)
            && !subordinate
            && w[k.saturating_sub(5)..(k + 6).min(w.len())]
                .iter()
                .enumerate()
                .any(|(j, n)| {
                    let at = k.saturating_sub(5) + j;
                    n == "niet" && (target || at == 0 || w[at - 1] != "nog")
                })
    })
}

/// Whether a sentence's "partly" comes only from work dated after the
/// report's year ("de overige zes volgen in 2024"), not from its words
/// ("deels", "minder dan gepland").
pub(crate) fn dated_later_only(w: &[String], report_year: Option<i32>) -> bool {
    let Some(y) = report_year else {
        return false;
    };
    let present: rustc_hash::FxHashSet<&str> = w.iter().map(String::as_str).collect();
    action_years(w).any(|x| x > y)
        && !SHORTFALL.iter().any(|s| contains_seq(w, &present, s))
        && !PARTIAL.iter().any(|s| contains_seq(w, &present, s))
        && !below_named_target(w)
}

/// "De overige zes volgen in 2024", "in 2025 volgt de rest": a part of
/// the planned work is left, whatever else was done.
pub(crate) fn names_a_remainder(w: &[String]) -> bool {
    w.windows(2).any(|p| {
        matches!(p[0].as_str(), "de" | "het")
            && matches!(
                p[1].as_str(),
                "rest" | "overige" | "resterende" | "overgebleven"
            )
    })
}

/// Numbers written as words, for figures in the text.
const NUMBER_WORDS: &[&str] = &[
    "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
    "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
    "honderd",
];

/// Whether a run of words stands in the sentence; `present` holds the
/// sentence's words, so that most runs are ruled out by their first word
/// at once.
fn contains_seq(w: &[String], present: &rustc_hash::FxHashSet<&str>, run: &[&str]) -> bool {
    run.first().is_some_and(|f| present.contains(f)) && crate::text::contains_words(w, run)
}

/// What one sentence says about the state of the work, if anything.
pub fn sentence_status(text: &str, report_year: Option<i32>) -> Option<Realisation> {
    // The same sentences are asked about for every activity they may
    // answer: remember the answers (bounded).
    type Memo = (
        Option<i32>,
        rustc_hash::FxHashMap<String, Option<Realisation>>,
    );
    thread_local! {
        static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Default::default());
    }
    if let Some(hit) = MEMO.with(|m| {
        let m = m.borrow();
        (m.0 == report_year)
            .then(|| m.1.get(text).copied())
            .flatten()
    }) {
        return hit;
    }
    let status = sentence_status_uncached(text, report_year);
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.0 != report_year || m.1.len() > 100_000 {
            m.1.clear();
            m.0 = report_year;
        }
        m.1.insert(text.to_string(), status);
    });
    status
}

fn sentence_status_uncached(text: &str, report_year: Option<i32>) -> Option<Realisation> {
    status_in(text, &words(text), report_year)
}

/// [`sentence_status`] of a sentence whose words (`text::words`) are read.
pub(crate) fn status_in(text: &str, w: &[String], report_year: Option<i32>) -> Option<Realisation> {
    let present: rustc_hash::FxHashSet<&str> = w.iter().map(String::as_str).collect();
    if DROPPED_ITSELF.iter().any(|s| contains_seq(w, &present, s)) {
        return Some(Realisation::Dropped);
    }
    // The verbs are read as lemmas only when a word holds a piece of one
    // of the status verbs (most sentences hold none).
    static PIECES: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let pieces = PIECES.get_or_init(|| {
        regex::RegexBuilder::new(&VERB_PIECES.join("|"))
            .case_insensitive(true)
            .build()
            .expect("the pieces are literals")
    });
    let verbs = if pieces.is_match(text) {
        crate::text::verb_lemmas(text)
    } else {
        Vec::new()
    };
    let has_verb = |list: &[&str]| verbs.iter().any(|v| list.contains(&v.as_str()));
    // "De proef gaat daarom niet door"; "het college heeft besloten het
    // waterplein niet aan te leggen".
    // Said of the main clause ("... de pilot die niet doorging" is not).
    let main = super::intentions::main_clause(w);
    if main.iter().any(|x| x == "niet") && (has_verb(&["doorgaan"]) || decided_not_to(main)) {
        return Some(Realisation::Dropped);
    }
    if DROPPED.iter().any(|s| contains_seq(w, &present, s)) || dropped_verb(w, &verbs) {
        // "Het Rijk heeft het experiment beëindigd" is about someone else;
        // a drop counts when we/the municipality decided or did it, or
        // when it is said of the thing with no one named ("De verkenning
        // is in onderling overleg beëindigd").
        let ours = w.iter().any(|x| {
            matches!(
                x.as_str(),
                "we" | "wij" | "gemeente" | "college" | "besloten" | "ons"
            )
        });
        let passive = w
            .iter()
            .any(|x| matches!(x.as_str(), "is" | "zijn" | "werd" | "werden" | "wordt"))
            && !present.contains("door")
            && !present.contains("heeft")
            && !present.contains("hebben");
        if ours || passive {
            return Some(Realisation::Dropped);
        }
    }
    // Not started, and no new time set for it: it did not go on ("De
    // proef is daarom niet van start gegaan"). "Nog niet gestart" and a
    // start set for later are delays.
    if never_started(w, &present, report_year) {
        return Some(Realisation::Dropped);
    }
    // Short of the target: partly realised, even when the rest is said to
    // come later.
    if falls_short(w, &present) {
        return Some(Realisation::Partial);
    }
    // Later than planned, but delivered within the year ("De bouw is op
    // 14 oktober gestart, iets later dan gepland"): done (rule book
    // ambiguities).
    if late_in_the_year(w, &present, report_year) {
        return Some(Realisation::Done);
    }
    if DELAYED.iter().any(|s| contains_seq(w, &present, s)) || has_verb(DELAYED_VERBS) {
        return Some(Realisation::Delayed);
    }
    // A negated completion ("niet vastgesteld", "geen ... afgerond").
    for (k, x) in w.iter().enumerate() {
        if is_participle(x) {
            let before = &w[k.saturating_sub(4)..k];
            // "Niet meer" / "geen ... meer" is no longer: a state ("er
            // worden geen rubberkorrels meer gebruikt"), not a delay.
            let no_longer = before.iter().any(|b| b == "meer");
            if !no_longer && before.iter().any(|b| b == "niet" || b == "geen") {
                return Some(Realisation::Delayed);
            }
        }
    }
    if PARTIAL.iter().any(|s| contains_seq(w, &present, s)) {
        return Some(Realisation::Partial);
    }
    // Work set for after the year: "In 2024 monitoren we", "wordt in 2024
    // vastgesteld". Only a year that dates an action counts, not one in a
    // name ("het Verkeersveiligheidsplan 2024-2030 is vastgesteld").
    if let Some(y) = report_year {
        if work_years(w).any(|x| x > y) {
            // What goes on next year as it went this year ("krijgt in 2025
            // een vervolg", "wordt in 2025 voortgezet") is no work left.
            if has_verb(CONTINUES) || next_step(w, &verbs) {
                return None;
            }
            return Some(Realisation::Partial);
        }
    }
    completed(w, &present).then_some(Realisation::Done)
}

/// Whether a sentence says something was done or is in place: a
/// participle (not one after an article, an adjective: "een gevarieerd
/// filmaanbod"), a strong participle after an auxiliary, the past tense,
/// a state of being delivered ("is open") or running since a time.
fn completed(w: &[String], present: &rustc_hash::FxHashSet<&str>) -> bool {
    // A participle tells a completion with an auxiliary of the perfect or
    // the passive ("is opgeleverd", "hebben we geopend"), or in a headline
    // of a few words ("Participatieverordening vastgesteld"); otherwise it
    // describes ("jongeren voelen zich somber, gestrest of eenzaam").
    let auxiliary = w.len() <= 6
        || super::tense::AUX_PAST
            .iter()
            .chain(&["ben", "bent"])
            .any(|a| present.contains(a));
    let participle = auxiliary
        && w.iter().enumerate().any(|(k, x)| {
            is_participle(x)
                && !passive_in_clause(w, k)
                && !(k > 0
                    && matches!(
                        w[k - 1].as_str(),
                        "een" | "de" | "het" | "geen" | "dit" | "deze"
                    ))
        });
    participle
        || strong_participle(w, present)
        || super::tense::tense(w) == super::tense::Tense::Past
        || IN_PLACE.iter().any(|s| contains_seq(w, present, s))
        || running_since(w)
}

/// Words that say a thing came later than planned.
const LATE: &[&[&str]] = &[
    &["later", "dan", "gepland"],
    &["later", "dan", "verwacht"],
    &["later", "dan", "voorzien"],
    &["later", "dan", "beoogd"],
    &["maand", "later"],
    &["maanden", "later"],
    &["weken", "later"],
    &["iets", "later"],
];

/// Later than planned, and yet delivered in the report's year: a
/// completion (a participle, the past tense, "sinds"), no work left ("nog",
/// "volgt", "pas") and no year after the report's.
fn late_in_the_year(
    w: &[String],
    present: &rustc_hash::FxHashSet<&str>,
    report_year: Option<i32>,
) -> bool {
    if !LATE.iter().any(|s| contains_seq(w, present, s)) {
        return false;
    }
    let open = ["nog", "niet", "geen", "volgt", "volgen", "pas", "alsnog"]
        .iter()
        .any(|x| present.contains(x));
    let later_year = report_year.is_some_and(|y| action_years(w).any(|x| x > y));
    !open && !later_year && (present.contains("sinds") || completed(w, present))
}

/// A strong participle with an inseparable prefix after an auxiliary ("heeft
/// de subsidie ontvangen", "is besproken", "zijn begonnen"): the form ends
/// in -en like an infinitive, so only the auxiliary and the lemma table
/// (a verb whose infinitive it is a form of) tell it.
fn strong_participle(w: &[String], present: &rustc_hash::FxHashSet<&str>) -> bool {
    let aux = [
        "heeft", "hebben", "had", "hadden", "is", "zijn", "werd", "werden",
    ]
    .iter()
    .any(|a| present.contains(a));
    aux && w.iter().enumerate().any(|(k, x)| {
        !passive_in_clause(w, k)
            && ["be", "ver", "ont", "ge"]
                .iter()
                .any(|p| x.strip_prefix(p).is_some_and(|r| r.chars().count() >= 4))
            && x.ends_with("en")
            && crate::text::lemma(x).is_some_and(|l| l.ends_with("en"))
    })
}

/// "Niet van start gegaan", "niet gestart", "niet van de grond gekomen",
/// without "nog", "alsnog" or "later", and without a year after the
/// report's.
fn never_started(
    w: &[String],
    present: &rustc_hash::FxHashSet<&str>,
    report_year: Option<i32>,
) -> bool {
    if !not_started(w) {
        return false;
    }
    let later = ["nog", "alsnog", "later", "volgend", "komend"]
        .iter()
        .any(|x| present.contains(x))
        || report_year.is_some_and(|y| action_years(w).any(|x| x > y));
    !later
}

/// "Niet van start", "niet gestart", "niet van de grond": the work did not
/// begin (whether it is to begin later, the sentence or its neighbours say).
pub(crate) fn not_started(w: &[String]) -> bool {
    crate::text::contains_words(w, &["niet", "van", "start"])
        || crate::text::contains_words(w, &["niet", "gestart"])
        || crate::text::contains_words(w, &["niet", "van", "de", "grond"])
}

/// Whether a sentence sets work for after the report's year
/// ([`work_years`]).
pub(crate) fn set_for_later(w: &[String], report_year: Option<i32>) -> bool {
    report_year.is_some_and(|y| work_years(w).any(|x| x > y))
}

/// Words before a year that make it the time of an action: "in 2025",
/// "vanaf 2025", "naar 2025" (moved there), "eind 2025". Not "voor": "voor
/// 2025" is as often the year a budget is for. A year after a
/// name or another year ("Verkeersveiligheidsplan 2024-2030", "Visie
/// 2035") names a thing and is no time.
const TIME_BEFORE_YEAR: &[&str] = &[
    "in",
    "vanaf",
    "per",
    "tot",
    "na",
    "naar",
    "medio",
    "begin",
    "eind",
    "einde",
    "uiterlijk",
    "halverwege",
    "q1",
    "q2",
    "q3",
    "q4",
];

/// Parts of a year, before the year ("maart 2025") or before "van" and the
/// year ("het tweede kwartaal van 2025", "de zomer van 2025").
pub(super) const PARTS_OF_YEAR: &[&str] = &[
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
    "voorjaar",
    "najaar",
    "zomer",
    "winter",
    "lente",
    "herfst",
    "kwartaal",
    "helft",
    "loop",
    "begin",
    "eind",
    "einde",
    "jaar",
    "schooljaar",
    "seizoen",
];

/// Whether a word names a month ([`PARTS_OF_YEAR`] opens with them).
pub(super) fn is_month(w: &str) -> bool {
    PARTS_OF_YEAR[..12].contains(&w)
}

/// The years in a sentence's words that date an action (see
/// [`TIME_BEFORE_YEAR`] and [`PARTS_OF_YEAR`]).
fn action_years(w: &[String]) -> impl Iterator<Item = i32> + '_ {
    timed_years(w).map(|(_, y)| y)
}

/// [`action_years`] with the position of each year in the words.
fn timed_years(w: &[String]) -> impl Iterator<Item = (usize, i32)> + '_ {
    w.iter().enumerate().filter_map(move |(k, x)| {
        let y: i32 = x.parse().ok().filter(|_| x.len() == 4)?;
        if !(1990..=2099).contains(&y) || k == 0 {
            return None;
        }
        let before = w[k - 1].as_str();
        let timed = TIME_BEFORE_YEAR.contains(&before)
            || PARTS_OF_YEAR.contains(&before)
            || before == "van" && k >= 2 && PARTS_OF_YEAR.contains(&w[k - 2].as_str());
        timed.then_some((k, y))
    })
}

/// The kinds of beginning or delivery a sentence speaks of, one bit each:
/// a start ("start", "begint", "van start"), an opening ("opent",
/// "geopend"), a handover ("opgeleverd", "oplevering"), an adoption
/// ("vastgesteld", "vaststelling") and coming into force ("gaat in", "in
/// werking"). Nothing when it names a later phase ("de tweede fase", "een
/// vervolg"): that is a next step.
pub(crate) fn delivery_kinds(w: &[String]) -> u8 {
    let phase = w.iter().any(|x| {
        matches!(
            x.as_str(),
            "fase" | "vervolg" | "volgende" | "tweede" | "derde" | "ook"
        )
    });
    if phase {
        return 0;
    }
    w.iter().enumerate().fold(0, |kinds, (k, x)| {
        let after = |a: &str| k > 0 && w[k - 1] == a;
        kinds
            | match x.as_str() {
                "start" | "starten" | "startte" | "begint" | "beginnen" | "gestart"
                | "begonnen" => 1,
                "opent" | "openen" | "geopend" | "opening" | "open" => 2,
                "opgeleverd" | "opleveren" | "oplevering" | "levert" => 4,
                "vastgesteld" | "vaststellen" | "vaststelling" | "stelt" => 8,
                "ingaan" | "ingegaan" => 16,
                "werking" if after("in") => 16,
                _ => 0,
            }
    })
}

/// The [`delivery_kinds`] of a sentence that sets them for after the
/// report's year ("De bouw start naar verwachting in mei 2024").
pub(crate) fn delivered_later(w: &[String], report_year: Option<i32>) -> u8 {
    if set_for_later(w, report_year) {
        delivery_kinds(w)
    } else {
        0
    }
}

/// Verbs of widening what was done, as lemmas: said of next year, they
/// plan a next step ("In 2025 breiden we de werkplaats uit").
const WIDENS: &[&str] = &["uitbreiden", "verbreden", "opschalen", "aansluiten"];

/// Whether a sentence set after the year plans a next step beside what
/// was done ("In 2025 breiden we de werkplaats uit", "In 2025 sluit ook
/// Hoge Weide aan"), not a remainder of it ("de overige zes volgen in
/// 2025", "ook de laatste twee scholen volgen").
fn next_step(w: &[String], verbs: &[String]) -> bool {
    let remainder = names_a_remainder(w)
        || w.iter().any(|x| {
            matches!(
                x.as_str(),
                "volgen" | "volgt" | "nog" | "overige" | "resterende" | "laatste" | "andere"
            )
        });
    let widens = verbs.iter().any(|v| WIDENS.contains(&v.as_str()));
    !remainder && (widens || w.iter().any(|x| x == "ook"))
}

/// The years in a sentence's words for which work is set
/// ([`action_years`]), less horizons: the year up to or from which
/// something runs or holds ("loopt door tot de zomer van 2025", "per 1
/// januari 2025", "uiterlijk in 2030"), which is no work left. The turn
/// of the year, when what was done takes effect ("de contracten gaan op
/// 1 januari 2025 in"), is a horizon too; so is going on as before ("we
/// zetten de straatcoaches ook in 2023 in").
fn work_years(w: &[String]) -> impl Iterator<Item = i32> + '_ {
    timed_years(w).filter_map(move |(at, y)| {
        let before = &w[at.saturating_sub(4)..at];
        let horizon = before.iter().any(|x| {
            matches!(
                x.as_str(),
                "tot" | "vanaf" | "per" | "uiterlijk" | "ingang" | "sinds"
            )
        });
        let new_year = at >= 2 && w[at - 1] == "januari" && w[at - 2] == "1";
        let again = at >= 2 && w[at - 2] == "ook" && w[at - 1] == "in";
        (!(horizon || new_year || again)).then_some(y)
    })
}

/// A word of deciding ("besloten", "besluit").
fn decides(x: &str) -> bool {
    matches!(x, "besloten" | "besluit" | "besluiten")
}

/// A decision not to do something: "besloten" (or "besluit") and after it
/// "niet" with a "te" infinitive ("besloten de waterspeelplek niet aan te
/// leggen"), not to do it then ("niet in 2023 maar in 2024").
fn decided_not_to(w: &[String]) -> bool {
    let Some(k) = w.iter().position(|x| decides(x)) else {
        return false;
    };
    let after = &w[k + 1..];
    after.iter().position(|x| x == "niet").is_some_and(|n| {
        let rest = &after[n + 1..];
        // "niet in 2023, maar in 2024 te houden" moves it, not drops it.
        let moved = rest.iter().any(|x| x == "maar") || action_years(rest).next().is_some();
        !moved && rest.iter().take(6).any(|x| x == "te")
    })
}

/// Aggregates the statuses of the sentences that answer an activity
/// (from [`sentence_status`]). A delay decides only where nothing was
/// done; next to work done it makes the activity partly done. One
/// sentence of work still under way
/// ("loopt nog", "in 2025 ronden we af") among up to three of work done
/// makes it partly done: a report lists what was done at length and what
/// is left in a sentence.
pub fn realisation_from(statuses: impl Iterator<Item = Option<Realisation>>) -> Realisation {
    let (mut done, mut partial, mut delayed, mut dropped) = (0, 0, 0, 0);
    for status in statuses {
        match status {
            Some(Realisation::Done) => done += 1,
            Some(Realisation::Partial) => partial += 1,
            Some(Realisation::Delayed) => delayed += 1,
            Some(Realisation::Dropped) => dropped += 1,
            _ => {}
        }
    }
    if dropped > 0 && dropped >= delayed && done <= dropped {
        // A decision to stop is final: what was then not done ("de
        // bijdrage is niet aangevraagd") follows from it.
        Realisation::Dropped
    } else if delayed > 0 && done == 0 {
        // (A stop outweighed by delays lands here too.)
        Realisation::Delayed
    } else if delayed > 0 {
        // Work done and work slipped: the outcomes are mixed, partly
        // realised (LABELLING ambiguities, R4). When it is the headline
        // deliverable that slipped, the caller has said so before.
        Realisation::Partial
    } else if partial > 0 && partial * 3 >= done {
        Realisation::Partial
    } else if done > 0 {
        Realisation::Done
    } else if partial > 0 {
        Realisation::Partial
    } else {
        Realisation::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_sentence_of_work_left_among_three_done_is_partial() {
        use Realisation::{Done, Partial};
        let of = |v: &[Realisation]| realisation_from(v.iter().map(|&r| Some(r)));
        assert_eq!(of(&[Done, Done, Done, Partial]), Partial);
        assert_eq!(of(&[Done, Done, Done, Done, Partial]), Done);
    }

    #[test]
    fn a_delay_next_to_work_done_is_partial_and_alone_is_delayed() {
        use Realisation::{Delayed, Done, Partial};
        let of = |v: &[Realisation]| realisation_from(v.iter().map(|&r| Some(r)));
        // Four of five schoolzones rebuilt, the fifth postponed (R4).
        assert_eq!(of(&[Done, Done, Delayed]), Partial);
        assert_eq!(of(&[Done, Delayed, Delayed]), Partial);
        // Nothing done: the delay is the news, also beside work under way.
        assert_eq!(of(&[Delayed]), Delayed);
        assert_eq!(of(&[Delayed, Partial]), Delayed);
    }

    #[test]
    fn what_never_started_and_what_was_ended_without_an_agent_is_dropped() {
        let y = Some(2024);
        for s in [
            "De proef is daarom niet van start gegaan en de bijdrage is vrijgevallen.",
            "De verkenning is daarop in onderling overleg beëindigd.",
        ] {
            assert_eq!(sentence_status(s, y), Some(Realisation::Dropped), "{s}");
        }
        // Not yet, or with a new start: a delay. Someone else ending it
        // is not ours.
        for s in [
            "De bouw is nog niet gestart.",
            "Het programma is niet van start gegaan; we starten in maart 2025.",
        ] {
            assert_eq!(sentence_status(s, y), Some(Realisation::Delayed), "{s}");
        }
        assert_ne!(
            sentence_status("Het Rijk heeft het experiment beëindigd.", y),
            Some(Realisation::Dropped)
        );
    }

    #[test]
    fn a_remainder_left_for_next_year_is_told_from_the_next_step() {
        let y = Some(2023);
        let w = |s: &str| words(s);
        let rest =
            w("De overige zes volgen in 2024, omdat eerst koppelingen moeten worden gebouwd.");
        assert!(dated_later_only(&rest, y) && names_a_remainder(&rest));
        let rest = w("Ook zijn deels de buurtteams getraind. In 2024 volgt de rest.");
        assert!(names_a_remainder(&rest));
        // The next step of what was started is no remainder, and "deels"
        // is read from the words, not from the date.
        let next = w("De verwachting is dat de verbouwing medio 2024 kan worden afgerond.");
        assert!(!names_a_remainder(&next));
        assert!(!dated_later_only(
            &w("De cursus is in 2024 deels gegeven."),
            y
        ));
        assert!(!dated_later_only(&rest, None));
    }

    #[test]
    fn a_target_said_not_met_is_a_shortfall() {
        let y = Some(2025);
        for s in [
            "De wettelijke termijn van acht weken halen we daarmee nog niet.",
            "Door de hogere instroom lukte dat niet bij iedereen.",
            "Het lukte minder goed dan verwacht om jongeren via de scholen te laten doorverwijzen.",
        ] {
            assert_eq!(sentence_status(s, y), Some(Realisation::Partial), "{s}");
        }
        // Not yet achieved is a delay (LABELLING.md), and what help is for
        // says nothing of the work.
        assert_eq!(
            sentence_status("Het is nog niet gelukt de wachttijd te verkorten.", y),
            Some(Realisation::Delayed)
        );
        assert_ne!(
            sentence_status(
                "Het netwerk is bedoeld voor kinderen waarbij dat regionaal niet lukt.",
                y
            ),
            Some(Realisation::Partial)
        );
    }

    #[test]
    fn the_parts_of_the_year_open_with_the_twelve_months() {
        assert!(is_month("januari") && is_month("december"));
        assert!(!is_month("voorjaar") && !is_month("kwartaal"));
    }

    #[test]
    fn a_horizon_after_the_year_is_no_work_left() {
        let y = Some(2024);
        for s in [
            "De nieuwe contracten gaan op 1 januari 2025 in.",
            "De proef loopt door tot de zomer van 2025.",
            "We hebben besloten de straatcoaches ook in 2025 in te zetten.",
        ] {
            assert_ne!(sentence_status(s, y), Some(Realisation::Partial), "{s}");
        }
        // Work set for next year still is.
        for s in [
            "Het plan wordt in maart 2025 vastgesteld.",
            "De andere vier volgen in 2025.",
        ] {
            assert_eq!(sentence_status(s, y), Some(Realisation::Partial), "{s}");
        }
        // Only from next year on: late.
        assert_eq!(
            sentence_status("Drie aanbieders doen pas vanaf 2025 mee.", y),
            Some(Realisation::Delayed)
        );
    }

    #[test]
    fn a_next_step_beside_what_was_done_is_no_work_left() {
        let y = Some(2024);
        for s in [
            "In 2025 breiden we de werkplaats uit met een afdeling elektrotechniek.",
            "In 2025 sluit ook bedrijventerrein Hoge Weide aan bij de stichting.",
        ] {
            assert_eq!(sentence_status(s, y), None, "{s}");
        }
        // What is left of the planned work still is.
        assert_eq!(
            sentence_status("Ook de laatste twee scholen volgen in 2025.", y),
            Some(Realisation::Partial)
        );
    }

    #[test]
    fn no_longer_and_what_was_agreed_are_no_delay_or_stop() {
        let y = Some(2024);
        assert_ne!(
            sentence_status(
                "Het nieuwe veld heeft een infill van kurk; er worden geen rubberkorrels meer gebruikt.",
                y
            ),
            Some(Realisation::Delayed)
        );
        assert_ne!(
            sentence_status(
                "We hebben met de bewoners afgesproken dat de muziek om 23.00 uur stopt.",
                y
            ),
            Some(Realisation::Dropped)
        );
        // A stop decided, or said in the main clause, still is one.
        for s in [
            "We hebben besloten de proef te stoppen.",
            "We zijn in oktober met de proef gestopt.",
        ] {
            assert_eq!(sentence_status(s, y), Some(Realisation::Dropped), "{s}");
        }
    }

    #[test]
    fn a_present_passive_is_no_completion() {
        // How things should go, with "zijn" elsewhere in the sentence.
        assert_eq!(
            sentence_status(
                "Wij vinden het belangrijk dat zij op school gezien worden, zodat zij gewoon kind kunnen zijn.",
                Some(2023)
            ),
            None
        );
        assert_eq!(
            sentence_status("De subsidie werd in mei uitgekeerd.", Some(2023)),
            Some(Realisation::Done)
        );
    }

    #[test]
    fn in_ontwikkeling_is_a_state_only_after_a_copula() {
        let y = Some(2024);
        assert_eq!(
            sentence_status("De agenda is nog in ontwikkeling.", y),
            Some(Realisation::Partial)
        );
        assert_eq!(
            sentence_status(
                "Zo krijgt ieder kind een doorgaande lijn in ontwikkeling en leren.",
                y
            ),
            None
        );
    }

    #[test]
    fn a_participle_without_an_auxiliary_describes() {
        let y = Some(2025);
        assert_eq!(
            sentence_status(
                "Steeds meer jongeren voelen zich somber, gestrest of eenzaam.",
                y
            ),
            None
        );
        assert_eq!(
            sentence_status("De training is op alle scholen gegeven.", y),
            Some(Realisation::Done)
        );
        // A headline of a few words needs none.
        assert_eq!(
            sentence_status("Participatieverordening vastgesteld", y),
            Some(Realisation::Done)
        );
    }

    #[test]
    fn a_strong_participle_after_an_auxiliary_is_done() {
        assert_eq!(
            sentence_status("De plannen zijn in mei besproken met de wijkraad.", None),
            Some(Realisation::Done)
        );
        // Without an auxiliary the same ending is an infinitive or a plural.
        assert_eq!(
            sentence_status("Bewoners bespreken de plannen met de wijkraad.", None),
            None
        );
    }

    #[test]
    fn a_state_of_being_delivered_and_running_since_are_done() {
        for t in [
            "Het meldpunt is open voor alle huurders.",
            "De app is live.",
            "Sinds juni bellen twintig vrijwilligers om de dag mensen boven de tachtig.",
            "Het loket draait goed.",
        ] {
            assert_eq!(
                sentence_status(t, Some(2024)),
                Some(Realisation::Done),
                "{t}"
            );
        }
        // Standing descriptions say nothing of how the work stands.
        for t in [
            "Filmhuis Dalvoorde is een belangrijke culturele voorziening.",
            "Sinds de invoering van de wet moeten gemeenten een verordening hebben.",
        ] {
            assert_eq!(sentence_status(t, Some(2024)), None, "{t}");
        }
    }

    #[test]
    fn an_early_stage_is_the_whole_promise_when_that_stage_was_promised() {
        let w = |t: &str| crate::text::words(t);
        assert_eq!(
            promised_stage("We starten in 2024 met de verbouwing van het wijkcentrum."),
            Some(Stage::Start)
        );
        assert_eq!(
            reported_stage(&w("In 2024 is een start gemaakt met de verbouwing.")),
            Some(Stage::Start)
        );
        assert_eq!(
            promised_stage("Daarnaast bereiden we een experiment met wijkbudgetten voor."),
            Some(Stage::Preparation)
        );
        assert_eq!(
            promised_stage("Ook onderzoeken we met de scholen of een zomerweek zinvol is."),
            Some(Stage::Exploration)
        );
        assert_eq!(promised_stage("In 2024 bouwen we het wijkcentrum."), None);
    }

    #[test]
    fn later_than_planned_but_within_the_year_is_done() {
        for t in [
            "De bouw is op 14 oktober gestart, iets later dan gepland.",
            "Sinds 1 april, een maand later dan gepland, werkt elke boa in een vast gebied.",
        ] {
            assert_eq!(
                sentence_status(t, Some(2024)),
                Some(Realisation::Done),
                "{t}"
            );
        }
        for t in [
            "De oplevering is later dan gepland en volgt in het voorjaar van 2025.",
            "Het CRM is later dan gepland en nog niet in gebruik.",
        ] {
            assert_eq!(
                sentence_status(t, Some(2024)),
                Some(Realisation::Delayed),
                "{t}"
            );
        }
    }

    #[test]
    fn less_than_a_named_figure_is_a_shortfall() {
        assert_eq!(
            sentence_status("Dat is minder dan de veertig die we wilden bereiken.", None),
            Some(Realisation::Partial)
        );
        for t in [
            "De stichting nam 71 aanmeldingen in behandeling, minder dan de verwachte 90.",
            "Het aantal deelnemers was lager dan verwacht.",
            "De ODV heeft 152 van de 180 geplande milieucontroles uitgevoerd.",
            "Inmiddels zijn 19 van de beoogde 25 senioren verhuisd.",
        ] {
            assert_eq!(sentence_status(t, None), Some(Realisation::Partial), "{t}");
        }
        // A part of a whole that was not planned is a figure, not a
        // shortfall.
        assert_ne!(
            sentence_status("Daarmee doen nu 15 van de 20 basisscholen mee.", None),
            Some(Realisation::Partial)
        );
        // A figure without the article is a measure, not a target missed.
        assert_ne!(
            sentence_status("Meldingen zijn in minder dan vijf dagen afgehandeld.", None),
            Some(Realisation::Partial)
        );
    }

    #[test]
    fn statuses() {
        assert_eq!(
            sentence_status("We hebben het verhuurkader vastgesteld.", None),
            Some(Realisation::Done)
        );
        assert_eq!(
            sentence_status("Dat is nog niet gelukt, omdat een locatie ontbrak.", None),
            Some(Realisation::Delayed)
        );
        assert_eq!(
            sentence_status("Het plan is niet vastgesteld.", None),
            Some(Realisation::Delayed)
        );
        assert_eq!(
            sentence_status(
                "De transformatie is op een lager pitje komen staan en wordt later uitgevoerd.",
                None
            ),
            Some(Realisation::Delayed)
        );
        assert_eq!(
            sentence_status(
                "We hebben besloten het project te beëindigen: het is gestopt.",
                None
            ),
            Some(Realisation::Dropped)
        );
        assert_eq!(
            sentence_status("Het Rijk heeft het experiment beëindigd.", None),
            Some(Realisation::Done)
        );
        assert_eq!(
            sentence_status("De pilot met een gezinshuis is niet doorgegaan.", None),
            Some(Realisation::Dropped)
        );
        assert_eq!(
            sentence_status("We hebben de verbouwing voorbereid.", None),
            Some(Realisation::Partial)
        );
        assert_eq!(
            sentence_status(
                "Er deden 34 ondernemers mee, minder dan de beoogde veertig.",
                None
            ),
            Some(Realisation::Partial)
        );
        assert_ne!(
            sentence_status("Dat zijn er twaalf meer dan gepland.", None),
            Some(Realisation::Partial)
        );
    }

    #[test]
    fn a_year_in_a_name_is_no_time_of_action() {
        let y = Some(2024);
        assert_eq!(
            sentence_status(
                "De raad heeft het Verkeersveiligheidsplan 2024-2030 vastgesteld.",
                y
            ),
            Some(Realisation::Done)
        );
        for later in [
            "Het tweede veld wordt in de zomer van 2025 vervangen.",
            "De overige 3 kilometer schuift door naar het voorjaar van 2025 en wordt dan gedaan.",
            "Het restant volgt in Q2 2025.",
        ] {
            assert_ne!(
                sentence_status(later, y),
                Some(Realisation::Done),
                "{later}"
            );
        }
    }

    #[test]
    fn every_form_of_a_stop_or_a_delay_counts() {
        use Realisation::{Delayed, Dropped};
        let y = Some(2023);
        for (s, want) in [
            (
                "Het college heeft daarom besloten af te zien van een kijkdepot.",
                Dropped,
            ),
            (
                "De raad heeft besloten het waterplein niet aan te leggen.",
                Dropped,
            ),
            ("De proef en het onderzoek gaan daarom niet door.", Dropped),
            (
                "Daardoor schuift ook de verhuizing naar de Oude Veiling op.",
                Delayed,
            ),
            ("We hebben de opening een half jaar uitgesteld.", Delayed),
        ] {
            assert_eq!(sentence_status(s, y), Some(want), "{s}");
        }
        // Not a stop: moved to another year; said of something else in a
        // relative clause.
        assert_ne!(
            sentence_status(
                "We hebben besloten de aanbesteding niet in 2023, maar in 2024 te houden.",
                y
            ),
            Some(Dropped)
        );
        assert_ne!(
            sentence_status(
                "De inzet is uitgebreid, betaald uit het budget van de pilot die niet doorging.",
                y
            ),
            Some(Dropped)
        );
    }

    #[test]
    fn going_on_next_year_is_no_work_left() {
        let y = Some(2024);
        for s in [
            "Omdat ouders positief waren, krijgt de zomerweek in 2025 een vervolg.",
            "Het restant blijft beschikbaar voor 2025.",
        ] {
            assert_eq!(sentence_status(s, y), None, "{s}");
        }
        assert_eq!(
            sentence_status("In 2025 ronden we de laatste gesprekken af.", y),
            Some(Realisation::Partial)
        );
    }

    #[test]
    fn every_form_of_a_status_verb_holds_a_piece() {
        let table = include_str!("../../data/lemmas-nl.tsv");
        let wanted: Vec<&str> = DELAYED_VERBS
            .iter()
            .chain(DROPPED_VERBS)
            .chain(CONTINUES)
            .chain(WIDENS)
            .chain(&["doorgaan"])
            .copied()
            .collect();
        // A separable verb split in the sentence shows only its base
        // ("stellen ... uit", "lopen ... uit").
        let bases: Vec<&str> = wanted
            .iter()
            .filter_map(|v| {
                ["uit", "op", "door", "af", "stop", "voort"]
                    .iter()
                    .find_map(|p| v.strip_prefix(p))
                    .filter(|b| b.len() >= 4)
            })
            .collect();
        let wanted: Vec<&str> = wanted.into_iter().chain(bases).collect();
        for line in table.lines() {
            let Some((form, lemma)) = line.split_once('\t') else {
                continue;
            };
            if wanted.contains(&lemma) || wanted.contains(&form) {
                assert!(
                    VERB_PIECES.iter().any(|p| form.contains(p)),
                    "{form} ({lemma}) holds no piece"
                );
            }
        }
    }

    #[test]
    fn a_decision_to_stop_outweighs_what_then_was_not_done() {
        use Realisation::{Delayed, Dropped};
        assert_eq!(
            realisation_from([Some(Dropped), Some(Delayed)].into_iter()),
            Dropped
        );
    }
}
