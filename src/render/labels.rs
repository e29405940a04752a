//! What users read, in Dutch (default) or English.

use crate::model::{Colour, Realisation, Reason};

fn voornemens(n: usize) -> &'static str {
    if n == 1 {
        "voornemen"
    } else {
        "voornemens"
    }
}

fn intentions(n: usize) -> &'static str {
    if n == 1 {
        "intention"
    } else {
        "intentions"
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn colour(self, c: Colour) -> &'static str {
        match (self, c) {
            (Lang::Nl, Colour::Red) => "Rood",
            (Lang::Nl, Colour::Yellow) => "Geel",
            (Lang::Nl, Colour::Green) => "Groen",
            (Lang::Nl, Colour::Blue) => "Blauw",
            (Lang::En, Colour::Red) => "Red",
            (Lang::En, Colour::Yellow) => "Yellow",
            (Lang::En, Colour::Green) => "Green",
            (Lang::En, Colour::Blue) => "Blue",
        }
    }

    /// The legend text for a colour (seed 001's own words in Dutch).
    pub fn legend(self, c: Colour) -> &'static str {
        match (self, c) {
            (Lang::Nl, Colour::Red) => "Geen voortgangs- en verantwoordingsinformatie opgenomen.",
            (Lang::Nl, Colour::Yellow) => "Opgenomen voortgangs- of verantwoordingsinformatie gaat deels over voornemen uit begroting.",
            (Lang::Nl, Colour::Green) => "Voortgangs- en verantwoordingsinformatie sluit aan op voornemen uit begroting.",
            (Lang::Nl, Colour::Blue) => "In jaarverslag is voortgangs- of verantwoordingsinformatie opgenomen over een activiteit die niet in de begroting is opgenomen.",
            (Lang::En, Colour::Red) => "No progress or accountability information in the annual report.",
            (Lang::En, Colour::Yellow) => "The information reported covers only part of the budget's intention.",
            (Lang::En, Colour::Green) => "The information reported covers the budget's intention.",
            (Lang::En, Colour::Blue) => "The annual report reports on an activity that is not in the budget.",
        }
    }

    /// A confidence band in words.
    pub fn band(self, b: crate::judge::confidence::Band) -> &'static str {
        use crate::judge::confidence::Band;
        match (self, b) {
            (Lang::Nl, Band::High) => "hoog",
            (Lang::Nl, Band::Medium) => "middel",
            (Lang::Nl, Band::Low) => "laag",
            (Lang::En, b) => b.as_str(),
        }
    }

    pub fn realisation(self, r: Realisation) -> &'static str {
        match (self, r) {
            (Lang::Nl, Realisation::Done) => "gerealiseerd",
            (Lang::Nl, Realisation::Partial) => "deels",
            (Lang::Nl, Realisation::Delayed) => "vertraagd",
            (Lang::Nl, Realisation::Dropped) => "gestopt",
            (Lang::Nl, Realisation::Unknown) => "onbekend",
            (Lang::En, r) => r.as_str(),
        }
    }

    /// Why the colour was given, in words.
    pub fn explain(self, reason: &Reason) -> String {
        match (self, reason) {
            (Lang::Nl, Reason::NoReport) => {
                "Geen verantwoording gevonden in het jaarverslag".into()
            }
            (Lang::En, Reason::NoReport) => "No report item answers this activity".into(),
            (Lang::Nl, Reason::EmptyReport) => {
                "Het jaarverslag herhaalt alleen de titel, zonder voortgangsinformatie".into()
            }
            (Lang::En, Reason::EmptyReport) => {
                "The report only repeats the title, without progress information".into()
            }
            (Lang::Nl, Reason::Intentions { accounted, total }) => {
                format!("{accounted} van {total} {} verantwoord", voornemens(*total))
            }
            (Lang::En, Reason::Intentions { accounted, total }) => {
                format!(
                    "{accounted} of {total} {} accounted for",
                    intentions(*total)
                )
            }
            (Lang::Nl, Reason::InPassing { total }) => {
                // Yellow: "0 van N" would read like red.
                if *total == 1 {
                    "Het voornemen is niet volledig verantwoord, maar het verslag raakt het wel"
                        .to_string()
                } else {
                    format!("Geen van de {total} voornemens volledig verantwoord, maar het verslag raakt ze wel")
                }
            }
            (Lang::En, Reason::InPassing { total }) => {
                if *total == 1 {
                    "The intention is not fully accounted for, but the report touches on it"
                        .to_string()
                } else {
                    format!("None of the {total} intentions fully accounted for, but the report touches on them")
                }
            }
            (Lang::Nl, Reason::OffTopic { total }) => {
                format!(
                    "0 van {total} {} verantwoord; het verslag gaat over iets anders",
                    voornemens(*total)
                )
            }
            (Lang::En, Reason::OffTopic { total }) => {
                format!(
                    "0 of {total} {} accounted for; the report is about something else",
                    intentions(*total)
                )
            }
            (Lang::Nl, Reason::NoProgress { total }) => {
                format!("0 van {total} {} verantwoord; het verslag noemt het onderwerp maar geeft geen voortgang", voornemens(*total))
            }
            (Lang::En, Reason::NoProgress { total }) => {
                format!("0 of {total} {} accounted for; the report names the subject but gives no progress", intentions(*total))
            }
            (Lang::Nl, Reason::Unplanned) => "Staat niet in de begroting".into(),
            (Lang::En, Reason::Unplanned) => "Not in the budget".into(),
            (Lang::Nl, Reason::Review { reviewer, reason }) => {
                format!("Besluit van {reviewer}: {reason}")
            }
            (Lang::En, Reason::Review { reviewer, reason }) => {
                format!("Decision by {reviewer}: {reason}")
            }
        }
    }

    /// A layout's name for people ("labelled" is a name for scripts).
    pub fn layout(self, layout: &str) -> String {
        let nl = match layout {
            "labelled" => "met labels",
            "bullets" => "opsomming",
            "headlines" => "kopjes",
            "table" => "tabel",
            "combined" => "plan en verslag in één",
            other => other,
        };
        match self {
            Lang::Nl => nl.to_string(),
            Lang::En => layout.to_string(),
        }
    }

    /// The realisation as shown to people: nothing for a red item, which
    /// reports nothing to realise.
    /// The words before the municipality's own status.
    pub fn own_status_label(self) -> &'static str {
        match self {
            Lang::Nl => "eigen status:",
            Lang::En => "own status:",
        }
    }

    /// The municipality's own status, in the user's language.
    pub fn self_status(self, s: crate::model::SelfStatus) -> &'static str {
        use crate::model::SelfStatus::*;
        match (self, s) {
            (Lang::Nl, Done) => "gereed",
            (Lang::Nl, Running) => "loopt",
            (Lang::Nl, Partial) => "deels",
            (Lang::Nl, Delayed) => "vertraagd",
            (Lang::Nl, Dropped) => "vervallen",
            (Lang::En, Done) => "done",
            (Lang::En, Running) => "running",
            (Lang::En, Partial) => "partial",
            (Lang::En, Delayed) => "delayed",
            (Lang::En, Dropped) => "dropped",
        }
    }

    pub fn realisation_of(self, colour: Colour, r: Realisation) -> &'static str {
        if colour == Colour::Red {
            "—"
        } else {
            self.realisation(r)
        }
    }

    pub fn heading(self, key: Key) -> &'static str {
        use Key::*;
        match (self, key) {
            (Lang::Nl, Colour) => "Kleur",
            (Lang::En, Colour) => "Colour",
            (Lang::Nl, Planned) => "Activiteit (begroting)",
            (Lang::En, Planned) => "Activity (budget)",
            (Lang::Nl, Reported) => "Verantwoording (jaarverslag)",
            (Lang::En, Reported) => "Report item (annual report)",
            (Lang::Nl, Realisation) => "Realisatie",
            (Lang::En, Realisation) => "Realisation",
            (Lang::Nl, Why) => "Toelichting",
            (Lang::En, Why) => "Explanation",
            (Lang::Nl, Ambitie) => "Ambitie",
            (Lang::En, Ambitie) => "Ambition",
            (Lang::Nl, Doel) => "Doel",
            (Lang::En, Doel) => "Goal",
            (Lang::Nl, Summary) => "Samenvatting",
            (Lang::En, Summary) => "Summary",
            (Lang::Nl, Lines) => "regels",
            (Lang::En, Lines) => "lines",
            (Lang::Nl, Line) => "regel",
            (Lang::En, Line) => "line",
            (Lang::Nl, Intentions) => "Voornemens",
            (Lang::En, Intentions) => "Intentions",
            (Lang::Nl, Evidence) => "bewijs",
            (Lang::En, Evidence) => "evidence",
            (Lang::Nl, NotMentioned) => "niet genoemd",
            (Lang::En, NotMentioned) => "not mentioned",
            (Lang::Nl, Plan) => "Begroting",
            (Lang::En, Plan) => "Budget",
            (Lang::Nl, Report) => "Jaarverslag",
            (Lang::En, Report) => "Annual report",
            (Lang::Nl, Legend) => "Legenda",
            (Lang::En, Legend) => "Legend",
            (Lang::Nl, NoItem) => "(geen)",
            (Lang::En, NoItem) => "(none)",
            (Lang::Nl, Warning) => "Let op",
            (Lang::En, Warning) => "Warning",
            (Lang::Nl, NotApplied) => "Besluit niet toegepast",
            (Lang::En, NotApplied) => "Decision not applied",
            (Lang::Nl, Unpaired) => "Niet gekoppeld",
            (Lang::En, Unpaired) => "Not paired",
            (Lang::Nl, Error) => "Fout",
            (Lang::En, Error) => "Error",
            (Lang::Nl, OwnStatus) => "Eigen status",
            (Lang::En, OwnStatus) => "Own status",
            (Lang::Nl, Confidence) => "Zekerheid",
            (Lang::En, Confidence) => "Confidence",
            // The lint's headings.
            (Lang::Nl, Finding) => "Oordeel",
            (Lang::En, Finding) => "Finding",
            (Lang::Nl, Activity) => "Activiteit",
            (Lang::En, Activity) => "Activity",
            (Lang::Nl, Sentence) => "Zin",
            (Lang::En, Sentence) => "Sentence",
            (Lang::Nl, Missing) => "Ontbreekt",
            (Lang::En, Missing) => "Missing",
            (Lang::Nl, Suggestion) => "Suggestie",
            (Lang::En, Suggestion) => "Suggestion",
            (Lang::Nl, PerDoel) => "Per doel",
            (Lang::En, PerDoel) => "Per goal",
            (Lang::Nl, Programme) => "Programma",
            (Lang::En, Programme) => "Programme",
            (Lang::Nl, NoDoel) => "(zonder doel)",
            (Lang::En, NoDoel) => "(no goal)",
            (Lang::Nl, LintTitle) => "Toetsbaarheid van de begroting",
            (Lang::En, LintTitle) => "Can this budget be checked?",
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Key {
    Colour,
    Planned,
    Reported,
    Realisation,
    Why,
    Ambitie,
    Doel,
    Summary,
    Lines,
    Line,
    Intentions,
    Evidence,
    NotMentioned,
    Plan,
    Report,
    Legend,
    NoItem,
    Warning,
    NotApplied,
    Unpaired,
    Error,
    OwnStatus,
    Confidence,
    Finding,
    Activity,
    Sentence,
    Missing,
    Suggestion,
    PerDoel,
    Programme,
    NoDoel,
    LintTitle,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_voornemen_is_singular_and_yellow_does_not_read_like_red() {
        let one = Reason::Intentions {
            accounted: 1,
            total: 1,
        };
        assert_eq!(Lang::Nl.explain(&one), "1 van 1 voornemen verantwoord");
        assert_eq!(Lang::En.explain(&one), "1 of 1 intention accounted for");
        let passing = Lang::Nl.explain(&Reason::InPassing { total: 3 });
        assert!(!passing.starts_with("0 van"), "{passing}");
        assert_eq!(Lang::Nl.layout("labelled"), "met labels");
        assert_eq!(Lang::En.layout("labelled"), "labelled");
        assert_eq!(Lang::Nl.realisation_of(Colour::Red, Realisation::Done), "—");
    }
}
