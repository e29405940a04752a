//! Synthetic corpora for benchmarks and scale tests: a begroting and its
//! jaarverslag of any size, in the labelled layout, with Dutch report
//! language (reworded titles, past tense, delays, unplanned items). The
//! generator is deterministic: the same seed gives the same texts.

/// A small deterministic generator (xorshift64*), so that the corpora are
/// reproducible without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const SUBJECTS: &[&str] = &[
    "de aanpak van eenzaamheid onder ouderen",
    "het welzijnswerk in de wijken",
    "de toegang tot jeugdhulp",
    "schuldhulpverlening voor jonge gezinnen",
    "de inburgering van nieuwkomers",
    "mantelzorgondersteuning",
    "het preventieprogramma gezonde leefstijl",
    "de wijkteams in het sociaal domein",
    "de huisvesting van kwetsbare inwoners",
    "laaggeletterdheid onder volwassenen",
    "de samenwerking met huisartsen",
    "het aanbod van dagbesteding",
    "de cliëntondersteuning bij de Wmo",
    "armoedebestrijding en koopkracht",
    "sportdeelname van kinderen",
    "de inkoop van hulpmiddelen",
];

const PLACES: &[&str] = &[
    "Noord",
    "Oost",
    "Centrum",
    "Dukenburg",
    "Lindenholt",
    "Hatert",
    "Zuid",
    "West",
];

const PARTNERS: &[&str] = &[
    "de GGD",
    "de welzijnsorganisaties",
    "de woningcorporaties",
    "het onderwijs",
    "de zorgverzekeraar",
    "de huisartsen",
    "vrijwilligersorganisaties",
];

const PLAN_VERBS: &[(&str, &str)] = &[
    ("We starten met", "We zijn gestart met"),
    ("We versterken", "We hebben versterkt:"),
    ("We breiden uit:", "We hebben uitgebreid:"),
    (
        "We ontwikkelen een plan voor",
        "We hebben een plan ontwikkeld voor",
    ),
    ("We evalueren", "We hebben geëvalueerd:"),
    ("We zetten in op", "We verbeterden"),
];

fn plan_sentence(r: &mut Rng, subject: &str, year: i32) -> String {
    match r.below(4) {
        0 => format!(
            "In {year} stellen we samen met {} een uitvoeringsplan vast voor {subject} in {}.",
            r.pick(PARTNERS),
            r.pick(PLACES)
        ),
        1 => format!(
            "We breiden de capaciteit voor {subject} uit met {} fte.",
            1 + r.below(5)
        ),
        2 => format!(
            "We stellen een bijdrage van € {}.000 beschikbaar voor {subject}.",
            50 + r.below(400)
        ),
        _ => format!(
            "Na de zomer van {year} evalueren we met {} de resultaten van {subject}.",
            r.pick(PARTNERS)
        ),
    }
}

fn report_sentence(r: &mut Rng, subject: &str, year: i32) -> String {
    match r.below(5) {
        0 => format!(
            "In {year} hebben we samen met {} het uitvoeringsplan voor {subject} vastgesteld.",
            r.pick(PARTNERS)
        ),
        1 => format!(
            "De capaciteit voor {subject} is met {} fte uitgebreid.",
            1 + r.below(5)
        ),
        2 => format!(
            "De evaluatie van {subject} is vertraagd door personeelstekort en volgt in {}.",
            year + 1
        ),
        3 => format!(
            "Voor {subject} is € {}.000 besteed; het budget is volledig benut.",
            50 + r.below(400)
        ),
        _ => format!(
            "Met {} hebben we in {} afspraken gemaakt over {subject}.",
            r.pick(PARTNERS),
            r.pick(PLACES)
        ),
    }
}

const GROUPS: &[&str] = &[
    "ouderen",
    "jongeren",
    "mantelzorgers",
    "statushouders",
    "gezinnen",
    "kinderen",
    "mensen met een beperking",
    "dak- en thuislozen",
    "vrijwilligers",
    "werkzoekenden",
    "laaggeletterden",
    "alleenstaande ouders",
    "studenten",
    "zzp'ers",
    "nieuwkomers",
];

const SYLLABLES: &[&str] = &[
    "ka", "ve", "lo", "mi", "ran", "do", "sel", "tu", "bri", "na", "vor", "ex", "lin", "pa", "zo",
    "qui", "mer", "an", "del", "ro",
];

/// A made-up project name ("Kavelo", "Brinamer"): real programmes are full
/// of names (Housing First, Welzijn op Recept) that tell activities apart.
fn name(r: &mut Rng) -> String {
    let n = 2 + r.below(2);
    let mut s: String = (0..n).map(|_| r.pick(SYLLABLES)).collect();
    if let Some(f) = s.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    s
}

/// A begroting and its jaarverslag of about `bytes` bytes each.
pub fn pair(bytes: usize, seed: u64, year: i32) -> (String, String) {
    let mut r = Rng(seed.max(1));
    let mut plan = format!("Programmabegroting {year}\n\nWat gaan we daarvoor doen?\n\n");
    let mut report = format!("Jaarverslag {year}\n\nWat hebben we daarvoor gedaan?\n\n");
    let mut k = 0usize;
    while plan.len() < bytes {
        let a = k / 40 + 1;
        if k % 40 == 0 {
            let line = format!(
                "Ambitie {a}. Inwoners doen mee en krijgen de ondersteuning die past ({})\n\n",
                r.pick(PLACES)
            );
            plan.push_str(&line);
            report.push_str(&line);
        }
        if k % 8 == 0 {
            let line = format!(
                "Doel {a}.{}: We versterken {} in {}\n\n",
                k % 40 / 8 + 1,
                r.pick(SUBJECTS),
                r.pick(PLACES)
            );
            plan.push_str(&line);
            report.push_str(&line);
        }
        let subject = format!(
            "{} voor {} in {}: project {} ({k})",
            r.pick(SUBJECTS),
            r.pick(GROUPS),
            r.pick(PLACES),
            name(&mut r)
        );
        let (pv, rv) = PLAN_VERBS[r.below(PLAN_VERBS.len())];
        plan.push_str(&format!("Activiteit: {pv} {subject}\n"));
        let n = 2 + r.below(3);
        for _ in 0..n {
            plan.push_str(&plan_sentence(&mut r, &subject, year));
            plan.push(' ');
        }
        plan.push_str("\n\n");
        // Most activities are reported, some not; some reports are extra.
        if r.below(10) < 8 {
            let title = if r.below(2) == 0 {
                format!("{pv} {subject}")
            } else {
                format!("{rv} {subject}")
            };
            report.push_str(&format!("Activiteit: {title}\n"));
            for _ in 0..(1 + r.below(n)) {
                report.push_str(&report_sentence(&mut r, &subject, year));
                report.push(' ');
            }
            report.push_str("\n\n");
        }
        if r.below(12) == 0 {
            let extra = format!("{} in {} (extra {k})", r.pick(SUBJECTS), r.pick(PLACES));
            report.push_str(&format!(
                "Activiteit: We hebben extra ingezet op {extra}\n{}\n\n",
                report_sentence(&mut r, &extra, year)
            ));
        }
        k += 1;
    }
    (plan, report)
}

/// Writes `n` municipalities' pairs into `dir`, one subfolder each.
pub fn write_corpus(dir: &std::path::Path, n: usize, bytes: usize) -> std::io::Result<()> {
    for i in 0..n {
        let year = 2020 + (i % 5) as i32;
        let (plan, report) = pair(bytes, i as u64 + 1, year);
        let sub = dir.join(format!("gemeente-{i:03}"));
        std::fs::create_dir_all(&sub)?;
        std::fs::write(sub.join(format!("begroting-{year}-sociaal.txt")), plan)?;
        std::fs::write(sub.join(format!("jaarverslag-{year}-sociaal.txt")), report)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_about_the_size_asked() {
        let (p, r) = pair(20_000, 7, 2023);
        assert_eq!((p.clone(), r.clone()), pair(20_000, 7, 2023));
        assert!(p.len() >= 20_000 && p.len() < 22_000, "{}", p.len());
        assert!(r.len() > 10_000);
        assert_ne!(pair(20_000, 8, 2023).0, p);
    }
}
