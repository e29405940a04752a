//! What users read, in Dutch (default) or English.

use crate::model::{Colour, Realisation, Reason};

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
                format!("{accounted} van {total} voornemens verantwoord")
            }
            (Lang::En, Reason::Intentions { accounted, total }) => {
                format!("{accounted} of {total} intentions accounted for")
            }
            (Lang::Nl, Reason::InPassing { total }) => {
                format!(
                    "0 van {total} voornemens verantwoord; het verslag raakt ze alleen zijdelings"
                )
            }
            (Lang::En, Reason::InPassing { total }) => {
                format!("0 of {total} intentions accounted for; the report touches them only in passing")
            }
            (Lang::Nl, Reason::OffTopic { total }) => {
                format!("0 van {total} voornemens verantwoord; het verslag gaat over iets anders")
            }
            (Lang::En, Reason::OffTopic { total }) => {
                format!("0 of {total} intentions accounted for; the report is about something else")
            }
            (Lang::Nl, Reason::NoProgress { total }) => {
                format!("0 van {total} voornemens verantwoord; het verslag noemt het onderwerp maar geeft geen voortgang")
            }
            (Lang::En, Reason::NoProgress { total }) => {
                format!("0 of {total} intentions accounted for; the report names the subject but gives no progress")
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
}
