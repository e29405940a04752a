//! Layouts as data: the words that mark ambities, doelen, activities, plan
//! and report parts, figures and page furniture. The built-in lists live in
//! `layouts.yaml`; a user extends them for their own municipality under
//! `markers:` in spiegel.yaml, without recompiling.

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Activity words that mark an activity only when a number follows them
/// ("Resultaat 3.1.1 ...").
pub const NUMBERED_ACTIVITY_WORDS: &[&str] = &["resultaat", "beleidsresultaat"];

/// The marker lists, as written in YAML.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MarkerLists {
    pub ambitie: Vec<String>,
    pub doel: Vec<String>,
    pub activiteit: Vec<String>,
    pub plan_parts: Vec<String>,
    pub report_parts: Vec<String>,
    pub finance: Vec<String>,
    pub activities_section: Vec<String>,
    pub developments_section: Vec<String>,
    pub indicators_section: Vec<String>,
    pub furniture: Vec<String>,
    pub sub_background: Vec<String>,
    pub sub_plan: Vec<String>,
    pub sub_report: Vec<String>,
    pub item_attributes: Vec<String>,
    pub status_labels: Vec<String>,
    pub unplanned: Vec<String>,
    pub table_title_columns: Vec<String>,
    pub table_text_columns: Vec<String>,
}

impl MarkerLists {
    fn extend(&mut self, other: &MarkerLists) {
        for (a, b) in [
            (&mut self.ambitie, &other.ambitie),
            (&mut self.doel, &other.doel),
            (&mut self.activiteit, &other.activiteit),
            (&mut self.plan_parts, &other.plan_parts),
            (&mut self.report_parts, &other.report_parts),
            (&mut self.finance, &other.finance),
            (&mut self.activities_section, &other.activities_section),
            (&mut self.developments_section, &other.developments_section),
            (&mut self.indicators_section, &other.indicators_section),
            (&mut self.furniture, &other.furniture),
            (&mut self.sub_background, &other.sub_background),
            (&mut self.sub_plan, &other.sub_plan),
            (&mut self.sub_report, &other.sub_report),
            (&mut self.item_attributes, &other.item_attributes),
            (&mut self.status_labels, &other.status_labels),
            (&mut self.unplanned, &other.unplanned),
            (&mut self.table_title_columns, &other.table_title_columns),
            (&mut self.table_text_columns, &other.table_text_columns),
        ] {
            for x in b {
                if !a.contains(x) {
                    a.push(x.clone());
                }
            }
        }
    }
}

/// Compiled markers.
#[derive(Debug)]
pub struct Markers {
    pub lists: MarkerLists,
    pub ambitie: Regex,
    pub doel: Regex,
    pub activity: Regex,
    pub furniture: Vec<Regex>,
    /// The lists read inside items, folded once.
    pub inner: InnerLists,
}

/// Folded words of the lists that `parts` reads inside items (folding them
/// on every line was most of the parser's time).
#[derive(Debug, Default)]
pub struct InnerLists {
    pub background: Vec<String>,
    pub plan: Vec<String>,
    pub report: Vec<String>,
    pub attributes: Vec<String>,
    pub status: Vec<String>,
    pub unplanned: Vec<String>,
    pub developments: Vec<String>,
    pub indicators: Vec<String>,
    pub table_titles: Vec<String>,
    pub table_texts: Vec<String>,
}

fn folded(words: &[String]) -> Vec<String> {
    words.iter().map(|w| crate::text::fold(w)).collect()
}

fn alternation(words: &[String]) -> String {
    let mut w: Vec<String> = words
        .iter()
        .map(|x| regex::escape(&crate::text::fold(x)))
        .collect();
    // Longest first, so "beleidsdoel" wins over "doel".
    w.sort_by_key(|x| std::cmp::Reverse(x.len()));
    w.join("|")
}

impl Markers {
    /// The built-in markers.
    pub fn builtin() -> &'static Markers {
        static M: OnceLock<Markers> = OnceLock::new();
        M.get_or_init(|| {
            let lists: MarkerLists = serde_yaml::from_str(include_str!("layouts.yaml"))
                .expect("built-in layouts.yaml is valid");
            Markers::compile(lists).expect("built-in markers compile")
        })
    }

    /// The built-in markers extended with a user's lists.
    pub fn extended(extra: &MarkerLists) -> Result<Markers, regex::Error> {
        let mut lists = Markers::builtin().lists.clone();
        lists.extend(extra);
        Markers::compile(lists)
    }

    fn compile(lists: MarkerLists) -> Result<Markers, regex::Error> {
        // "Ambitie:", "Ambitie 8.", "Doel 8.1:", "Thema A", "Activiteit 3:",
        // "Interventie 3 title" (numbered activity markers need no colon;
        // OCR may glue the number to the title: "Maatregel 12Schuldhulp").
        let head = |words: &[String]| {
            format!(
                r"^(?:{})(?:\s*[:.]\s*|\s+(?:\d+(?:\.\d+)*|[a-z])\.?\s*[:.]?\s+)(.+)$",
                alternation(words)
            )
        };
        // One number or several ("Maatregel 6 en 7 ...", "Actie 3/4").
        let numbers = r"\d+(?:\.\d+)*(?:\s*(?:,|en|&|/|-|–)\s*\d+(?:\.\d+)*)*";
        // Words that mark an activity only with its number: "Resultaat
        // 3.1.1 Veilige schoolroutes", never "Resultaat:" (a report's
        // sub-heading).
        let mut all = lists.activiteit.clone();
        all.extend(NUMBERED_ACTIVITY_WORDS.iter().map(|w| w.to_string()));
        let activity = format!(
            r"^(?:{words})(?:\s+(?:{numbers}|[ivx]+)\.?)?\s*(?::\s*|\.\s+)(.+)$|^(?:{all})\s+{numbers}\s*([^\s\d.:].*)$",
            words = alternation(&lists.activiteit),
            all = alternation(&all),
        );
        let furniture = lists
            .furniture
            .iter()
            .map(|f| Regex::new(f))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Markers {
            ambitie: Regex::new(&head(&lists.ambitie))?,
            doel: Regex::new(&head(&lists.doel))?,
            activity: Regex::new(&activity)?,
            furniture,
            inner: InnerLists {
                background: folded(&lists.sub_background),
                plan: folded(&lists.sub_plan),
                report: folded(&lists.sub_report),
                attributes: folded(&lists.item_attributes),
                status: folded(&lists.status_labels),
                unplanned: folded(&lists.unplanned),
                developments: folded(&lists.developments_section),
                indicators: folded(&lists.indicators_section),
                table_titles: folded(&lists.table_title_columns),
                table_texts: folded(&lists.table_text_columns),
            },
            lists,
        })
    }

    /// Whether a (short) line starts with one of the words of a list.
    pub fn starts_with_any(list: &[String], text: &str) -> bool {
        let f = crate::text::fold(text.trim());
        list.iter().any(|w| {
            let w = crate::text::fold(w);
            f == w || f.starts_with(&format!("{w} ")) || f.starts_with(&format!("{w}:"))
        })
    }

    /// Whether a line is exactly one of the words of a list (a heading).
    pub fn is_one_of(list: &[String], text: &str) -> bool {
        let f = crate::text::fold(text.trim().trim_end_matches(':'));
        list.iter().any(|w| crate::text::fold(w) == f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn users_can_add_markers() {
        let extra = MarkerLists {
            activiteit: vec!["Opgave".into()],
            ..Default::default()
        };
        let m = Markers::extended(&extra).unwrap();
        assert!(m.activity.is_match("opgave 4: we bouwen een brug"));
        assert!(m.activity.is_match("activiteit: we bouwen een brug"));
        assert!(!Markers::builtin()
            .activity
            .is_match("opgave 4: we bouwen een brug"));
    }

    #[test]
    fn numbered_markers_keep_their_title() {
        let m = Markers::builtin();
        let c = m
            .activity
            .captures("prestatie 2.1.1 wachttijd verkorten")
            .unwrap();
        assert_eq!(
            c.get(1).or_else(|| c.get(2)).unwrap().as_str(),
            "wachttijd verkorten"
        );
        let c = m
            .activity
            .captures("maatregel 12schuldhulp vroeg erbij")
            .unwrap();
        assert_eq!(
            c.get(1).or_else(|| c.get(2)).unwrap().as_str(),
            "schuldhulp vroeg erbij"
        );
        let c = m.activity.captures("activiteit: integraal pgb").unwrap();
        assert_eq!(
            c.get(1).or_else(|| c.get(2)).unwrap().as_str(),
            "integraal pgb"
        );
    }

    #[test]
    fn bad_regex_is_an_error() {
        let extra = MarkerLists {
            furniture: vec!["(".into()],
            ..Default::default()
        };
        assert!(Markers::extended(&extra).is_err());
    }
}
