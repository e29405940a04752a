//! Unit tests of the parser on small texts written for each rule.

use super::*;

fn doc(path: &str, text: &str) -> Document {
    let src = SourceText {
        path: path.to_string(),
        encoding: "utf-8".into(),
        lines: text
            .lines()
            .enumerate()
            .map(|(i, l)| Line {
                no: i + 1,
                text: l.to_string(),
                breaks: Vec::new(),
            })
            .collect(),
        heading_levels: Vec::new(),
        inferred_levels: Vec::new(),
    };
    parse(&src, &ParseOptions::default())
}

fn titles(d: &Document) -> Vec<&str> {
    d.activities.iter().map(|a| a.title.as_str()).collect()
}

#[test]
fn a_bullet_starting_with_a_number_is_an_item() {
    let d = doc(
        "jaarverslag-2024.txt",
        "Doel: Minder armoede\n\n- We helpen huishoudens met schulden\nDe schuldhulp is uitgebreid.\n\n- 430 huishoudens kregen hulp van de energiefixers\nZij bespaarden gemiddeld 200 euro.\n",
    );
    assert_eq!(
        titles(&d),
        vec![
            "We helpen huishoudens met schulden",
            "430 huishoudens kregen hulp van de energiefixers"
        ]
    );
    // Not the first item's evidence.
    assert!(!d.activities[0].body_text().contains("430"));
}

#[test]
fn a_numbered_sub_bullet_after_a_colon_stays_text() {
    let d = doc(
        "begroting-2025.txt",
        "Doel: Wijken die werken\n\n- We versterken de wijkteams\nDit doen we zo:\n- 3 nieuwe wijkteams starten in het voorjaar\n- we werven 12 medewerkers\n\n- We openen een wijkloket\nIn Oost komt een loket.\n",
    );
    assert_eq!(
        titles(&d),
        vec!["We versterken de wijkteams", "We openen een wijkloket"]
    );
    assert!(d.activities[0].body_text().contains("3 nieuwe wijkteams"));
}

#[test]
fn the_last_heading_keeps_its_one_line() {
    let d = doc(
        "jaarverslag-2023-sport.txt",
        "Doel: Meer inwoners bewegen\nWe hebben twee nieuwe beweegtuinen geopend\nIn Noord en Zuid staat nu een beweegtuin.\nWe zijn gestart met beweeglessen voor ouderen\nElke week doen er veertig ouderen mee.\n",
    );
    assert_eq!(d.activities.len(), 2);
    assert!(d.activities[1].body_text().contains("veertig"));
}

#[test]
fn a_mirrored_item_keeps_the_budget_text_out_of_its_account() {
    let d = doc(
        "jaarverslag-2023.txt",
        "Doel: Genoeg woningen\n\nWe bouwen 600 woningen\nStatus: vertraagd\nWat hadden we gepland?\nIn 2023 bouwen we 600 woningen in drie wijken.\nWat hebben we gedaan?\nEr zijn 482 woningen opgeleverd.\n",
    );
    let a = &d.activities[0];
    assert_eq!(a.title, "We bouwen 600 woningen");
    assert_eq!(a.body_text().trim(), "Er zijn 482 woningen opgeleverd.");
    assert_eq!(
        a.self_reported.as_ref().map(|s| s.status),
        Some(crate::model::SelfStatus::Delayed)
    );
    assert!(a
        .parts
        .iter()
        .any(|p| p.role == crate::model::PartRole::Plan));
}

#[test]
fn background_in_a_plan_is_not_plan_text() {
    let d = doc(
        "begroting-2023.txt",
        "Maatregel 4Taal en geld\nWaarom\nVeel inwoners lezen moeilijk.\nWat gaan we doen\nWe starten twee taalcafés.\nBudget: EUR 20.000\nTrekker: Bibliotheek\n",
    );
    let a = &d.activities[0];
    assert_eq!(a.title, "Taal en geld");
    assert_eq!(a.numbers, vec!["4".to_string()]);
    assert!(!a.body_text().contains("lezen moeilijk"));
    assert!(a.body_text().contains("taalcafés"));
    assert!(a
        .attributes
        .iter()
        .any(|(k, v)| k == "Budget" && v == "EUR 20.000"));
}

#[test]
fn bare_numbers_in_the_doelen_scheme_are_doelen_and_padded_numbers_run_on() {
    let d = doc(
        "begroting-2025.txt",
        "Doel 1.1 Veilige buurten\nAfspraak 1.01: Buurtpreventie\nWe ondersteunen de buurtapps in zeven wijken.\n1.02 - Aanpak ondermijning:\nTerug naar navigatie - 1.02 - Aanpak ondermijning:\nWe toetsen vergunningen vaker.\n1.2 Minder inbraken\nInbraken dalen, fietsdiefstal stijgt.\n1.10 We actualiseren in 2025 het crisisplan en oefenen het met alle medewerkers die een rol hebben\nHet crisisplan dateert van 2019.\n",
    );
    assert_eq!(
        titles(&d),
        vec![
            "Buurtpreventie",
            "Aanpak ondermijning:",
            "We actualiseren in 2025 het crisisplan en oefenen het met alle medewerkers die een rol hebben"
        ]
    );
    let doelen: Vec<&str> = d.doelen.iter().map(|x| x.title.as_str()).collect();
    assert_eq!(doelen, vec!["Veilige buurten", "Minder inbraken"]);
    assert_eq!(d.activities[2].numbers, vec!["1.10".to_string()]);
    assert_eq!(d.activities[2].doel, Some(1));
}

#[test]
fn a_developments_section_holds_no_activities() {
    let d = doc(
        "begroting-2024.txt",
        "Doel 7.1 Meer sporten\n\n- We openen de sporthal\nDe hal gaat in het voorjaar open.\n\nOntwikkelingen\n\n- Energiekosten sportaccommodaties\nDe energieprijzen blijven hoog.\n\nDoel 7.2 Gezond leven\n\n- We starten de valpreventie\nIn 2024 beginnen acht groepen.\n",
    );
    assert_eq!(
        titles(&d),
        vec!["We openen de sporthal", "We starten de valpreventie"]
    );
}

#[test]
fn table_rows_and_cells_are_not_items() {
    // A table printed one cell per line, and one printed as rows.
    let d = doc(
        "jaarverslag-2024.txt",
        "Wat hebben we bereikt?\nIndicator\nRealisatie 2024\nBereik voorschoolse educatie onder peuters\n78% (2022)\n86%\n\nIndicator Nulmeting Streefwaarde 2024 Bron\nWekelijkse sporters (% inwoners) 54% (2022) 57% Monitor\nLeden sportverenigingen 12.480 (2022) 12.800 Enquete\nBezoekers zwembad 176.000 (2022) 180.000 Exploitant\n\nWat hebben we daarvoor gedaan?\n\nVoorschoolse educatie uitgebreid\nIn 2024 bereikten we 86 procent van de peuters.\n",
    );
    assert_eq!(titles(&d), vec!["Voorschoolse educatie uitgebreid"]);
}

#[test]
fn the_title_field_is_the_one_whose_value_changes_and_a_page_ends_a_money_section() {
    let page = |title: &str, text: &str| {
        format!("Home\nProgramma's\nZoeken in de jaarstukken\nZoeken\nProject\n{title}\nJaar\n2024\nOmschrijving (toelichting)\n{text}\nStatus\ngereed\nTerug naar overzicht\nDeze pagina is gebouwd op 17-04-2025 met de export van 16-04-2025\n")
    };
    let text = format!(
        "Home\nProgramma's\nZoeken in de jaarstukken\nZoeken\nWat heeft het gekost?\nDeze pagina is gebouwd op 17-04-2025 met de export van 16-04-2025\n{}{}{}",
        page("Sporthal De Meent", "De sporthal is in april geopend."),
        page("Open Club", "Zes verenigingen kregen een startbudget."),
        page("Wandelpad langs de Linde", "Het pad van 4,5 kilometer is aangelegd.")
    );
    let d = doc("jaarverslag-2024.txt", &text);
    assert_eq!(
        titles(&d),
        vec!["Sporthal De Meent", "Open Club", "Wandelpad langs de Linde"]
    );
}

#[test]
fn without_blank_lines_a_headline_shows_where_the_line_before_broke() {
    // pdftotext, no blank lines: a paragraph ending without a period, a
    // full-width headline over a sentence, and a numbered title wrapped
    // onto a short line.
    let para = "Het jongerenwerk heeft in 2023 met scholen gesproken over het mentaal welbevinden van\nde jeugd en een brede enquete uitgezet onder jongeren over hun wensen voor ontmoeten,\nwat heeft geleid tot de organisatie van een jongerenfeest";
    let text = format!(
        "Doel: Jongeren doen mee\n{para}\nWe doen mee aan het Voorloperstraject Rijke Schooldag en doorontwikkeling brede scholen\nIn 2023 is het eerste naschoolse aanbod gerealiseerd met de rijkssubsidie van het traject.\nHet doel van dit traject is een programma van sport, cultuur en huiswerkbegeleiding voor\nalle kinderen van de brede scholen in de wijken Hatert, Dukenburg en Lindenholt samen.\n2.1.2 Vernieuwing bedrijventerrein De Hoeven\nDe herinrichting van het terrein is in het najaar van 2023 klaar gekomen en de wegen zijn nieuw.\n2.1.3 Samenwerking tussen het mkb en het beroepsonderwijs in de regio Lindenwaard\nOost-Betuwe\nMet het opleidingscentrum en twaalf technische bedrijven is in september een leerwerkplaats\ngeopend in een leegstaande hal op bedrijventerrein De Hoeven aan de rand van de stad.\n"
    );
    let d = doc("jaarverslag-2023.txt", &text);
    let t = titles(&d);
    assert!(
        t.contains(&"We doen mee aan het Voorloperstraject Rijke Schooldag en doorontwikkeling brede scholen"),
        "{t:?}"
    );
    assert!(
        t.contains(&"Samenwerking tussen het mkb en het beroepsonderwijs in de regio Lindenwaard Oost-Betuwe"),
        "{t:?}"
    );
    assert!(!t.contains(&"Oost-Betuwe"), "{t:?}");
}

#[test]
fn a_heading_that_other_pages_sit_under_is_an_overview_not_an_item() {
    // Pages saved one after another from a portal: the landing page
    // "Projecten" is a level in every project page's breadcrumb.
    let page = |crumb: &str, title: &str, body: &str| {
        format!("Home > Jaarverslag 2024 > {crumb}\n{title}\n{body}\n\n")
    };
    let text = [
        page(
            "Projecten",
            "Projecten",
            "Op deze pagina vindt u de grote projecten uit de begroting en hoe het daarmee staat.",
        ),
        page(
            "Projecten > Herinrichting Marktplein",
            "Herinrichting Marktplein",
            "Het ontwerp is in maart vastgesteld en het werk is in september gegund.",
        ),
        page(
            "Projecten > Nieuwbouw sporthal",
            "Nieuwbouw sporthal",
            "De sporthal is in november opgeleverd en in gebruik genomen.",
        ),
    ]
    .concat();
    let d = doc("jaarverslag-2024.txt", &text);
    assert_eq!(
        titles(&d),
        ["Herinrichting Marktplein", "Nieuwbouw sporthal"],
        "{:?}",
        d.skipped
    );
}

#[test]
fn a_line_whose_sentence_ends_on_the_next_line_is_no_title() {
    // pdftotext: "... 6 procent meer dan in" / "2022. Het aantal ..." under a
    // section heading is the first line of a paragraph.
    assert!(ends_a_sentence("2022. Het aantal overnachtingen steeg."));
    assert!(ends_a_sentence("gemeente, en daarna de regio."));
    assert!(!ends_a_sentence("2.3. Meer bezoekers"));
    assert!(!ends_a_sentence("1. De eerste stap"));
    assert!(!ends_a_sentence("Het centrum trok meer bezoekers."));
    let text = "2.3 Een levendig centrum\nWat hebben we bereikt?\nHet centrum trok in 2023 volgens de telcamera's 2,9 miljoen bezoekers, 6 procent meer dan in\n2022. Het aantal overnachtingen in de gemeente steeg naar 118.000 en dat is een record.\nWat hebben we daarvoor gedaan?\n2.3.1 Citymarketing en evenementen\nDe stichting organiseerde met een gemeentelijke subsidie de zomerfestivals op de Brink en de\nwintermarkt. Nieuw was een gezamenlijke agendawebsite voor alle evenementen in de gemeente.\nDe Lampionnenoptocht ging niet door omdat er te weinig vrijwilligers waren dit jaar.\n2.3.2 Vernieuwing van de weekmarkt\nDe zaterdagmarkt is in mei verhuisd naar de Brink. De kramen staan nu in twee rijen met een\nlooppad in het midden en er zijn stroompunten voor de vis- en kaaskramen in de straat.\nHet aantal vaste standplaatsen is gegroeid van 38 naar 44 en de markt trekt meer bezoekers.\n";
    let d = doc("jaarverslag-2023.txt", text);
    assert_eq!(
        titles(&d),
        [
            "Citymarketing en evenementen",
            "Vernieuwing van de weekmarkt"
        ]
    );
}

#[test]
fn a_paragraph_ending_without_a_period_still_ends_before_a_new_sentence() {
    // pdftotext, no blank lines: the paragraph before the headline lost its
    // period; "We investeren ..." cannot go on with its sentence. And a
    // headline as wide as the column is one when a clause-opening word
    // ("Vanwege ...") starts the line under it.
    let text = "Doel: Jongeren doen mee\nWe versterken jongerenparticipatie\nHet jongerenwerk heeft met scholen gesproken over het mentaal welbevinden van de\njeugd. Ook is er een brede enquete uitgezet onder jongeren gericht op hun wensen rond\nontmoeten, wat onder andere heeft geleid tot de organisatie van een jongerenfeest\nWe investeren in de samenwerking jongerenwerk en voortgezet onderwijs\nZoals eerder aangegeven, heeft het lectoraat in 2023 een onderzoek afgerond naar de\nmeerwaarde van het jongerenwerk binnen het voortgezet onderwijs in de regio. Het\ntotaal aantal jeugdigen dat niet thuis woont is gedaald.\nWe gaan samen met de regiogemeenten verder met de transformatie van de gezinshuizen\nVanwege landelijke ontwikkelingen is de transformatie van de gezinshuiszorg op een\nlager pitje komen te staan. We hebben geinvesteerd in de verwerving van jeugdhulp.\n";
    let d = doc("jaarverslag-2023.txt", text);
    assert_eq!(
        titles(&d),
        [
            "We versterken jongerenparticipatie",
            "We investeren in de samenwerking jongerenwerk en voortgezet onderwijs",
            "We gaan samen met de regiogemeenten verder met de transformatie van de gezinshuizen",
        ],
        "{:?}",
        d.skipped
    );
}

#[test]
fn a_sentence_headline_wrapped_onto_two_lines_after_a_paragraph_heads_an_item() {
    // A budget headed by one sentence per activity (three after a heading
    // or a blank line show the style); before the third headline the blank
    // line is missing, but the paragraph ended short of the column.
    let text = "6.1 Schone lucht\nWat gaan we daarvoor doen?\nWe planten 500 bomen in de wijken.\nBomen vangen fijnstof af, geven schaduw en maken een straat prettiger om in\nte wonen. Samen met bewoners kiezen we in het voorjaar de plekken waar de\nnieuwe bomen komen.\n\nWe breiden de milieuzone voor vrachtverkeer uit.\nSinds 2022 mogen oude dieselvrachtwagens niet meer het centrum in. Vanaf 1\njuli 2025 geldt dat ook voor de Havenweg en het bedrijventerrein De Kade.\nTransporteurs krijgen een half jaar om zich voor te bereiden en kunnen een\nontheffing aanvragen.\nWe stellen samen met de buurgemeenten een regionale aanpak op om de\noverlast van houtrook in de winter te verminderen.\nBij windstil weer blijft de rook van houtkachels en vuurkorven soms in hele\nbuurten hangen. Omdat de gemeente zelf weinig regels kan stellen, zoeken we\nde samenwerking met de omgevingsdienst en de gemeenten om ons heen voor dit.\n\nWe openen een kringloopplein bij de milieustraat.\nBij de milieustraat komt een overdekt plein waar inwoners spullen kunnen\nbrengen die nog bruikbaar zijn. Een kringloopbedrijf verkoopt ze door aan\ninwoners die ze goed kunnen gebruiken.\n";
    let d = doc("begroting-2025.txt", text);
    assert_eq!(
        titles(&d),
        [
            "We planten 500 bomen in de wijken",
            "We breiden de milieuzone voor vrachtverkeer uit",
            "We stellen samen met de buurgemeenten een regionale aanpak op om de overlast van houtrook in de winter te verminderen",
            "We openen een kringloopplein bij de milieustraat",
        ],
        "{:?}",
        d.skipped
    );
}

#[test]
fn a_marked_title_wrapped_at_the_column_keeps_its_last_words_and_indicators_end_the_item() {
    // pdftotext of a narrow column: "Prestatie 5.2.2 ... Park Ter" / "Weide";
    // the indicator table after the last activity is no part of it.
    let text = "Doel 5.2 Water om van te genieten\nPrestatie 5.2.1 Natuurvriendelijke oevers langs\nde Brekel\nSamen met het waterschap leggen we 1,2\nkilometer natuurvriendelijke oever aan langs de\nBrekel, tussen de Molenbrug en de sluis. Het\nwaterschap betaalt de helft van de kosten.\nPrestatie 5.2.2 Een waterspeelplek in Park Ter\nWeide\nKinderen en ouders vragen al jaren om een plek\nin het park waar met water gespeeld kan worden.\nIn het voorjaar ontwerpen we de waterspeelplek\nsamen met kinderen van de basisscholen in de\nbuurt. In de zomer van 2025 leggen we de\nspeelplek aan.\nIndicatoren\nIndicator\nBron\nRapportcijfer onderhoud openbare ruimte\nBewonersenquete\n6,4\n7,0\n";
    let d = doc("begroting-2025.txt", text);
    assert_eq!(
        titles(&d),
        [
            "Natuurvriendelijke oevers langs de Brekel",
            "Een waterspeelplek in Park Ter Weide"
        ]
    );
    let last = &d.activities[1];
    assert!(last.span.end_line <= 15, "{:?}", last.span);
}

#[test]
fn garbled_contents_leaders_and_unmarked_measures_in_an_ocr_report() {
    // OCR: contents leaders read as ".,.. .. .:." and measures without a
    // number, told by the sub-heading that opens the numbered ones.
    let text = "Inhoud\nMaatregel 1 Beeldkwaliteit ..,.. .. .:. .. ... 4\nBaggeren van vijvers ……………… 9\n\nDoel: Schoon water\n\nMaatregel 14 Rioolvervanging Molenwijk uitgesteld\n\nWat hebben we gedaan?\nDe aanbesteding is mislukt; we starten in 2026.\n\nStand van zaken: vertraagd\n\nBaggeren van vijvers\n\nWat hebben we gedaan?\n\nIn februari en maart zijn zes vijvers gebaggerd.\n\nMaatregel 15 Rioleringsplan vastgesteld\n\nWat hebben we gedaan?\nDe raad heeft het plan op 11 december vastgesteld.\n";
    let d = doc("jaarverslag-2025.txt", text);
    assert_eq!(
        titles(&d),
        [
            "Rioolvervanging Molenwijk uitgesteld",
            "Baggeren van vijvers",
            "Rioleringsplan vastgesteld"
        ],
        "{:?}",
        d.skipped
    );
}

#[test]
fn a_question_that_recurs_in_every_item_is_a_sub_heading_not_a_running_header() {
    // "Wat wilden we?" heads the restated plan of every measure and "Wat
    // hebben we gedaan?" its account: neither ends the measure.
    let item = |n: usize, t: &str, plan: &str, done: &str| {
        format!(
            "Maatregel {n} {t}\n\nWat wilden we?\n\n{plan}\n\nWat hebben we gedaan?\n\n{done}\n\n"
        )
    };
    let text = [
        "Doel: Veilige bruggen\n\n".to_string(),
        item(
            1,
            "Inspectie van bruggen",
            "De bruggen inspecteren.",
            "Een ingenieursbureau heeft veertien bruggen geinspecteerd.",
        ),
        item(
            2,
            "Herstel kademuur",
            "Een herstelplan opstellen.",
            "Het herstelplan is in oktober opgesteld.",
        ),
        item(
            3,
            "Nieuwe leuningen",
            "Leuningen vervangen.",
            "De leuningen van drie bruggen zijn vervangen.",
        ),
    ]
    .concat();
    let d = doc("jaarverslag-2025.txt", &text);
    assert_eq!(
        titles(&d),
        [
            "Inspectie van bruggen",
            "Herstel kademuur",
            "Nieuwe leuningen"
        ]
    );
    let body: String = d.activities[0]
        .body
        .iter()
        .map(|l| l.text.as_str())
        .collect();
    assert!(body.contains("veertien bruggen"), "{body}");
}

#[test]
fn a_page_break_inside_a_sentence_does_not_end_it() {
    let d = doc(
        "begroting-2024.txt",
        "Maatregel 1 Buurtsportcoaches\nWat gaan we doen\nSinds 2019 werken er coaches. In 2024 breiden we de\n\n61\n\nformatie uit met 2 fte, die we inzetten in Oosterweide.\n\nMaatregel 2 Bewegen op Recept\nWat gaan we doen\nWe starten een proef.\n",
    );
    let sentences = crate::text::split_sentences("begroting-2024.txt", &d.activities[0].body);
    let texts: Vec<&str> = sentences.iter().map(|s| s.text.as_str()).collect();
    assert!(
        texts.contains(
            &"In 2024 breiden we de formatie uit met 2 fte, die we inzetten in Oosterweide."
        ),
        "{texts:?}"
    );
    // A sentence that ended before the break stays apart.
    let d = doc(
        "begroting-2024.txt",
        "Maatregel 1 Buurtsportcoaches\nWat gaan we doen\nIn 2024 breiden we de formatie uit.\n\n61\n\nDe coaches werken in de wijken.\n\nMaatregel 2 Bewegen op Recept\nWat gaan we doen\nWe starten een proef.\n",
    );
    let body = &d.activities[0].body;
    assert!(body.iter().any(|l| l.text.trim().is_empty()), "{body:?}");
}

#[test]
fn a_title_page_is_no_item() {
    let d = doc(
        "jaarverslag-2025.txt",
        "GEMEENTE RIJSTERBURG\n\nJaarstukken 2025\n\nDeel 1 Jaarverslag - programmaverantwoording\n\nAangeboden aan de gemeenteraad op 19 mei 2026\n\nVastgesteld door het college op 15 april 2026\n\n3.01 We hebben het accountmanagement uitgebreid\nPer 1 maart is een derde accountmanager in dienst getreden.\n\n3.02 We hebben de regeldruk verminderd\nTwee regels zijn geschrapt.\n\n3.03 We hebben de markt verplaatst\nDe markt staat sinds mei op het Kerkplein.\n",
    );
    let t = titles(&d);
    assert!(
        !t.iter()
            .any(|x| x.contains("Aangeboden") || x.contains("Deel 1") || x.contains("Vastgesteld")),
        "{t:?}"
    );
    assert!(
        t.contains(&"We hebben het accountmanagement uitgebreid"),
        "{t:?}"
    );
}

#[test]
fn ocr_measures_that_lost_their_number_or_share_one_heading() {
    // The scheme's items open with "Uitvoering" and close with "Resultaat";
    // one whose number OCR lost keeps its marker word, one has only its
    // "Resultaat", and one heading answers two measures.
    let text = "Thema A Zorg\n\nMaatregel 1 Inkoop huishoudelijke hulp\nUitvoering\nDe nieuwe contracten zijn op 1 januari ingegaan.\nResultaat\nAlle cliënten hebben een aanbieder.\n\nMaatregel Wmo-consulenten in de wijk\nStand van zaken\nDe consulenten werken sinds maart in drie wijken.\n\nMaatregel 6 en 7 Vroegsignalering en snelle hulp bij schulden\nUitvoering\nWe kregen 412 signalen van betalingsachterstanden.\n\nBeschut werk\nResultaat\nEind 2023 hadden 33 inwoners een beschutte werkplek.\n";
    let d = doc("jaarverslag-2023.txt", text);
    assert_eq!(
        titles(&d),
        [
            "Inkoop huishoudelijke hulp",
            "Wmo-consulenten in de wijk",
            "Vroegsignalering en snelle hulp bij schulden",
            "Beschut werk",
        ],
        "{:?}",
        d.skipped
    );
    assert_eq!(d.activities[2].numbers, ["6", "7"]);
    // "Beschut werk" is an item of its own, not a second "Resultaat" of
    // the measure before it.
    assert!(
        d.activities[2].span.end_line < 16,
        "{:?}",
        d.activities[2].span
    );
}

#[test]
fn a_recurring_indicators_heading_ends_the_item_before_it() {
    // "Indicatoren" under every doel recurs like a running head; its table
    // is still no part of the activity before it.
    let doel = |d: &str, title: &str, text: &str| {
        format!("Doel: {d}\n\n{title}\n{text}\n\nIndicatoren\nIndicator\tBron\tRealisatie 2022\tBegroting 2024\nAantal {d}\tGemeente\t238\t320\n\n")
    };
    let text = [
        doel(
            "Meer woningen",
            "We stellen een nieuwe woonvisie op",
            "In de eerste helft van 2024 laten we een woningbehoefteonderzoek uitvoeren.",
        ),
        doel(
            "Betaalbaar wonen",
            "We zetten de starterslening voort",
            "In 2024 verstrekken we 40 startersleningen.",
        ),
        doel(
            "Passend wonen",
            "We huisvesten statushouders",
            "In 2024 huisvesten we 64 statushouders.",
        ),
    ]
    .concat();
    let d = doc("begroting-2024.txt", &text);
    let woonvisie = d
        .activities
        .iter()
        .find(|a| a.title.contains("woonvisie"))
        .expect("the woonvisie is an item");
    assert!(woonvisie.span.end_line < 6, "{:?}", woonvisie.span);
    assert!(
        !woonvisie.body.iter().any(|l| l.text.contains("Aantal")),
        "{:?}",
        woonvisie.body
    );
}

#[test]
fn a_theme_over_headlines_is_a_section_and_two_words_of_what_was_done_head_an_item() {
    // Themes stand over headlines with a blank line between; a headline
    // stands over its paragraph with or without one. "Participatieverordening
    // vastgesteld" says what was done: an item, not a theme.
    let para = "De raad heeft op 18 juni de participatieverordening vastgesteld. Dat was later dan gepland,\nomdat we de uitkomsten van de sessies met het inwonerspanel zorgvuldig wilden verwerken.\n";
    let text = format!(
        "Samen besturen\n\nRaad vergadert vanaf 2025 in een nieuwe cyclus\nIn het voorjaar heeft een adviesbureau de vergaderstructuur van de raad geëvalueerd en\nde raad heeft het voorstel voor een nieuwe cyclus op 12 november vastgesteld.\n\nParticipatieverordening vastgesteld\n\n{para}\nVeilige informatie en sterke regio\n\nMinder medewerkers trappen in nep-phishingmail\nIn maart en november hebben we een phishingsimulatie gehouden onder alle medewerkers van\nde gemeente; bij de tweede klikte nog maar 4% van de medewerkers op de link in de mail.\n"
    );
    let d = doc("jaarverslag-2024.txt", &text);
    assert_eq!(
        titles(&d),
        [
            "Raad vergadert vanaf 2025 in een nieuwe cyclus",
            "Participatieverordening vastgesteld",
            "Minder medewerkers trappen in nep-phishingmail"
        ]
    );
}

#[test]
fn a_status_symbol_before_a_title_is_the_items_own_status() {
    // The legend explains the symbols (lowercase text after them: no
    // items); "Leeswijzer" introduces the programme.
    let text = "Leeswijzer\nBij elke activiteit geven we met een symbool aan hoe ver de uitvoering is gekomen:\n[gerealiseerd] de activiteit is uitgevoerd zoals in de begroting is voorgenomen\n[deels / vertraagd] de activiteit is voor een deel uitgevoerd\n\nDoel 1.1 Veilige kernen\n\n[gerealiseerd] Meer boa's in de wijk\nOp 1 mei zijn twee nieuwe boa's begonnen, waarmee het team op de beoogde formatie kwam.\n\n[deels / vertraagd] Vervanging camera's centrum\nIn oktober zijn negen van de veertien camera's vervangen; de overige vijf volgen in 2026.\n";
    let d = doc("jaarverslag-2025.txt", text);
    assert_eq!(
        titles(&d),
        ["Meer boa's in de wijk", "Vervanging camera's centrum"]
    );
    let own: Vec<_> = d
        .activities
        .iter()
        .map(|a| {
            a.self_reported
                .as_ref()
                .map(|s| (s.status, s.text.as_str()))
        })
        .collect();
    assert_eq!(
        own,
        [
            Some((crate::model::SelfStatus::Done, "[gerealiseerd]")),
            Some((crate::model::SelfStatus::Partial, "[deels / vertraagd]"))
        ]
    );
}

#[test]
fn a_prose_plan_with_a_title_block_and_additive_bullet_lists() {
    let text = "Programma 1\nDienstverlening en burgerzaken\n\nPortefeuillehouders\nBurgemeester A. de Vries: burgerzaken\nWethouder B. Kaya: dienstverlening\n\nWat is het programma?\nDit programma gaat over het contact met inwoners.\n\nOnze ambitie\nWe willen een gemeente zijn die bereikbaar is.\n\nDoel 1: Inwoners worden goed geholpen\n\nWat gaan we daarvoor doen?\nNieuwe dienstverleningsvisie\nIn 2023 stellen we een nieuwe visie op.\n\nKlachtenafhandeling\nIn 2023 passen we de klachtenregeling aan.\n\nDaarnaast:\n• Alle medewerkers volgen in 2023 een training in het schrijven op taalniveau B1.\n\n• We gaan één dag per maand met een mobiel loket naar de\nkernen.\n";
    let d = doc("begroting-2023.txt", text);
    assert_eq!(
        d.programme.as_deref(),
        Some("Dienstverlening en burgerzaken")
    );
    assert_eq!(
        titles(&d),
        vec![
            "Nieuwe dienstverleningsvisie",
            "Klachtenafhandeling",
            "Alle medewerkers volgen in 2023 een training in het schrijven op taalniveau B1",
            "We gaan één dag per maand met een mobiel loket naar de kernen",
        ]
    );
    // The list is no part of the item above it.
    assert!(!d.activities[1].body_text().contains("loket"));
}

#[test]
fn a_w_question_under_a_title_is_its_part_not_an_item() {
    let text = "Doel 1: Goed geholpen\n\nPublieksbalie op afspraak\nWat is er gerealiseerd?\nHet werken op afspraak is geëvalueerd.\nStatus: gereed\n";
    let d = doc("jaarverslag-2023.txt", text);
    assert_eq!(titles(&d), vec!["Publieksbalie op afspraak"]);
    assert!(d.activities[0].body_text().contains("geëvalueerd"));
}

#[test]
fn under_the_activities_question_a_short_heading_over_its_paragraph_is_an_item() {
    let text = "Portefeuillehouders\nTerug naar navigatie - Portefeuillehouders\nWethouder A. de Vries: sport\nWethouder B. Kaya: cultuur\n\nDoel 2.1 Meer inwoners sporten\n\nWat gaan we daarvoor doen?\nUitvoering lokaal sportakkoord\nIn 2024 voeren we het sportakkoord uit met 34 partijen en een budget van € 40.000 per jaar.\n\nEvenementenbeleid\n\nIn 2024 actualiseren we het evenementenbeleid, met duidelijke regels voor geluid en afval.\n\nZwemvaardigheid\nAlle kinderen krijgen in 2024 schoolzwemmen in groep 5 en groep 6 van de basisschool.\n";
    let d = doc("begroting-2024.txt", text);
    assert_eq!(
        titles(&d),
        vec![
            "Uitvoering lokaal sportakkoord",
            "Evenementenbeleid",
            "Zwemvaardigheid"
        ]
    );
}

#[test]
fn rules_between_table_rows_part_no_rows() {
    let text = "Doel 3.1 Goede scholen\n\nNr | Activiteit | Wat hebben we gedaan? | Status\n------------------------------\n3.1.1 | Nieuwbouw IKC De Kortehoeve | De aanbesteding is in maart afgerond en de bouw is in mei gestart. | Loopt\n------------------------------\n3.1.2 | Renovatie Sluisdamschool | Het ontwerp is nog niet klaar door asbest in de kelder van de school. | Vertraagd\n";
    let d = doc("jaarverslag-2025.txt", text);
    assert_eq!(
        titles(&d),
        vec!["Nieuwbouw IKC De Kortehoeve", "Renovatie Sluisdamschool"]
    );
}

#[test]
fn bracketed_statuses_that_recur_and_a_numbered_title_with_years_are_read() {
    let mut text = String::from("Doel 4.1 Minder restafval\n\n");
    for (n, t) in [
        (1, "Invoering diftar"),
        (2, "Omgekeerd inzamelen"),
        (3, "Aanpak zwerfafval"),
    ] {
        text.push_str(&format!(
            "4.1.{n} {t}\nHet werk is in 2023 volgens plan uitgevoerd door de gemeente en de\ninzamelaar, samen met de bewoners van alle vijf de kernen.\n(deels gerealiseerd)\n\n"
        ));
    }
    text.push_str("4.1.4 Actieplan geluid 2023-2028\nHet college heeft het actieplan in juni vastgesteld en naar de provincie\ngestuurd, die het in september heeft goedgekeurd.\n");
    let d = doc("jaarverslag-2023.txt", &text);
    assert_eq!(
        titles(&d),
        vec![
            "Invoering diftar",
            "Omgekeerd inzamelen",
            "Aanpak zwerfafval",
            "Actieplan geluid 2023-2028"
        ]
    );
    assert!(d.activities[..3].iter().all(|a| a
        .self_reported
        .as_ref()
        .is_some_and(|s| s.status == crate::model::SelfStatus::Partial)));
}

#[test]
fn a_cross_reference_and_the_heading_of_unplanned_items_mark_no_item_unplanned() {
    let text = "Doel 2.2 Voorbereid op crises\n\n2.2.1 Crisisorganisatie en bevolkingszorg\nWat hebben we gedaan?\nHet crisisplan is op 17 juni vastgesteld. Zie ook Stroomstoring Ekelveen onder Niet begroot, wel gedaan.\nStatus: Gereed\n\n2.2.5 Werving brandweervrijwilligers\nWat hebben we gedaan?\nDe campagne leverde elf aanmeldingen op.\nStatus: Loopt door\n\nNiet begroot, wel gedaan\nTerug naar navigatie - Niet begroot, wel gedaan\n\nStroomstoring Ekelveen\nWat hebben we gedaan?\nOp 17 maart viel ruim negen uur de stroom uit.\nStatus: Gereed\n";
    let d = doc("jaarverslag-2025.txt", text);
    assert_eq!(
        titles(&d),
        vec![
            "Crisisorganisatie en bevolkingszorg",
            "Werving brandweervrijwilligers",
            "Stroomstoring Ekelveen"
        ]
    );
    assert!(
        !d.activities[0].unplanned && !d.activities[1].unplanned,
        "{:?}",
        d.activities
    );
}

#[test]
fn heading_elements_outrank_inferred_headings_below_them() {
    // Three headed items, each with a bold "Toelichting op ..." lead under
    // it (inferred one level down): the headed ones are the items.
    let text = "Doel: Veilige wijken\n\nMeer boa's in de wijk\nStatus: gerealiseerd\nToelichting op de boa's\nEr zijn twee boa's bijgekomen.\n\nCameratoezicht centrum\nStatus: gerealiseerd\nToelichting op de camera's\nDe camera's hangen sinds mei.\n\nBuurtpreventie\nStatus: deels gerealiseerd\nToelichting op buurtpreventie\nEr zijn drie nieuwe groepen.\n";
    let lines: Vec<Line> = text
        .lines()
        .enumerate()
        .map(|(i, l)| Line {
            no: i + 1,
            text: l.to_string(),
            breaks: Vec::new(),
        })
        .collect();
    let heading_levels = vec![(3, 4), (5, 5), (8, 4), (10, 5), (13, 4), (15, 5)];
    let src = SourceText {
        path: "jaarverslag-2024.html".into(),
        encoding: "html".into(),
        lines,
        heading_levels,
        inferred_levels: vec![5, 10, 15],
    };
    let d = parse(&src, &ParseOptions::default());
    assert_eq!(
        titles(&d),
        vec![
            "Meer boa's in de wijk",
            "Cameratoezicht centrum",
            "Buurtpreventie"
        ]
    );
    // Were the bold leads heading elements, the deeper level would be the
    // items' (what the parser did before it told the two apart).
    let mut src2 = src.clone();
    src2.inferred_levels.clear();
    let d2 = parse(&src2, &ParseOptions::default());
    assert_ne!(
        titles(&d2),
        titles(&d),
        "without the flag the deeper level wins"
    );
}

#[test]
fn a_lettered_item_opens_with_its_title_sentence_under_a_numbered_doel() {
    let d = doc(
        "begroting-2025.txt",
        "1.1 Veilige en leefbare kernen\n\nWat willen we bereiken?\nInwoners voelen zich veilig.\n\nWat gaan we doen in 2025?\n\
         a. We stellen het Integraal Veiligheidsplan vast. Het huidige plan\n   loopt af. We houden drie inwonersavonden.\n\
         b. We zetten de aanpak van jeugdoverlast voort. Vanaf april gaat een\n   straatteam de straat op.\n\
         c. We breiden het cameratoezicht uit. Er komen twee camera's.\n\n\
         1.2 Weerbaar tegen ondermijning\n\nWat willen we bereiken?\nOndermijning wordt herkend.\n\nWat gaan we doen in 2025?\n\
         a. We trainen 60 medewerkers.\n",
    );
    assert_eq!(
        titles(&d),
        vec![
            "We stellen het Integraal Veiligheidsplan vast",
            "We zetten de aanpak van jeugdoverlast voort",
            "We breiden het cameratoezicht uit",
            "We trainen 60 medewerkers",
        ]
    );
    let doelen: Vec<&str> = d.doelen.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(
        doelen,
        ["Veilige en leefbare kernen", "Weerbaar tegen ondermijning"]
    );
    // The rest of the first line is the item's text.
    assert!(d.activities[0].body[0].text.starts_with("Het huidige plan"));
    // A lettered line in running text that does not open with a capital
    // is no item.
    assert!(matches!(
        lines::classify("a. van de drie kernen"),
        LineKind::Text
    ));
}

#[test]
fn a_doel_field_under_each_title_and_a_legend_are_no_headings() {
    let mut text = String::from(
        "Legenda\nAfgerond - Het speerpunt is uitgevoerd.\nOp schema - Het speerpunt loopt.\n\nAfgerond (4)\n\n",
    );
    for (t, d) in [
        ("Isolatie in Ravensbosch", "7.1 Minder energieverbruik"),
        ("Klimaatagenda vastgesteld", "7.2 Klimaatbestendig"),
        ("Zonnepark Hooge Kamp", "7.1 Minder energieverbruik"),
        ("Warmtenet aangesloten", "7.2 Klimaatbestendig"),
    ] {
        text.push_str(&format!(
            "{t}\nDoel: {d}\n\nIn 2024 is het werk gedaan en zijn de woningen klaar.\n\nTerug naar overzicht\n\n"
        ));
    }
    let d = doc("jaarverslag-2024.txt", &text);
    assert_eq!(
        titles(&d),
        vec![
            "Isolatie in Ravensbosch",
            "Klimaatagenda vastgesteld",
            "Zonnepark Hooge Kamp",
            "Warmtenet aangesloten"
        ]
    );
    assert!(d.doelen.is_empty(), "{:?}", d.doelen);
    assert!(d
        .skipped
        .iter()
        .any(|s| s.reason == "legenda" && s.text.starts_with("Afgerond - Het")));
}

#[test]
fn paragraphs_opening_with_a_run_in_title_are_items() {
    let d = doc(
        "jaarverslag-2025.txt",
        "Doel 3.1.1 Mantelzorgers houden het vol\nWat hebben we gedaan?\n\
         Mantelzorgwaardering. In 2025 ontvingen 1.840 mantelzorgers de waardering, die dit\njaar € 125 bedroeg.\n\n\
         Logeerhuis De Pastorie. De opening is uitgesteld naar februari 2026.\n\n\
         Zie mij ook: In het najaar volgden mentoren de training.\n\n\
         Dat is gelukt. De scholen melden dat mentoren vaker in gesprek gaan.\n\n\
         Overige ontwikkelingen\n\n\
         Aanpak zorgfraude. Samen met de regio zijn we gestart met een aanpak.\n",
    );
    assert_eq!(
        titles(&d),
        vec![
            "Mantelzorgwaardering",
            "Logeerhuis De Pastorie",
            "Zie mij ook",
            "Aanpak zorgfraude"
        ]
    );
    // A sentence is no run-in title; it is the text of the item above.
    assert!(d.activities[2]
        .body
        .iter()
        .any(|l| l.text.starts_with("Dat is gelukt")));
    assert!(d.activities[0].body[0]
        .text
        .starts_with("In 2025 ontvingen"));
}

/// A pdftotext plan whose goals are marked with an activity word
/// ("Speerpunt 6.1") over the goals question, and whose activities are
/// unnumbered title lines right over their paragraphs, one wrapped.
const SPEERPUNTEN: &str = "Programma 6 Milieu en klimaat

Portefeuillehouders: wethouder R. Kuipers (afval en grondstoffen, milieu) en wethouder
J.H. Oosting (klimaatadaptatie, bodem)

Inleiding
Veenstede wil een schone, gezonde en klimaatbestendige gemeente zijn. In dit programma
staan de afvalinzameling en het grondstoffenbeleid, de aanpassing aan het veranderende
klimaat, de zorg voor een schone bodem en het toezicht op de handhaving van de regels.
Een groot deel van het werk doen we samen met partners in de regio Veenstreek.

Speerpunt 6.1 Minder restafval, meer grondstoffen

Wat willen we bereiken?
We willen dat inwoners hun afval beter scheiden, zodat er minder restafval overblijft en
meer grondstoffen opnieuw worden gebruikt. Ons doel is 120 kg restafval per inwoner.

Wat gaan we daarvoor doen?
Omgekeerd inzamelen in de hoogbouw
In 2025 voeren we omgekeerd inzamelen ook in voor de hoogbouw in Veenstede-Zuid en Nieuw-
Leeuwe. De Afvalstoffendienst plaatst daarvoor 46 ondergrondse containers voor restafval.
Uitbreiding van de milieustraat Brummelo met een
kringloopplein
De ARV zal in 2025 de milieustraat aan de Industrieweg in Brummelo verbouwen. Er komt een
kringloopplein waar bezoekers bruikbare spullen afgeven voordat ze hun afval storten.
Proef met inzameling van luiers
Luiers en incontinentiemateriaal maken ongeveer 8% van ons restafval uit. In 2025 starten
we samen met de ARV een proef met het apart inzamelen van luiers bij kinderdagverblijven.

Speerpunt 6.2 Veenstede klimaatbestendig

Wat willen we bereiken?
We willen dat Veenstede in 2050 klimaatbestendig en waterrobuust is ingericht, zoals dat
is afgesproken in het Deltaplan Ruimtelijke Adaptatie, samen met het waterschap.

Wat gaan we daarvoor doen?
Uitvoeringsagenda klimaatadaptatie
De uitkomsten van de risicodialogen verwerken we in een uitvoeringsagenda die we in het
voorjaar samen met waterschap Oude Dief vaststellen, met een bijdrage van het Rijk erbij.
";

#[test]
fn a_marked_heading_over_the_goals_question_is_a_doel() {
    let d = doc("begroting-2025-milieu.txt", SPEERPUNTEN);
    let doelen: Vec<&str> = d.doelen.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(
        doelen,
        [
            "Minder restafval, meer grondstoffen",
            "Veenstede klimaatbestendig"
        ]
    );
    assert_eq!(
        titles(&d),
        [
            "Omgekeerd inzamelen in de hoogbouw",
            "Uitbreiding van de milieustraat Brummelo met een kringloopplein",
            "Proef met inzameling van luiers",
            "Uitvoeringsagenda klimaatadaptatie"
        ]
    );
    assert_eq!(d.activities[3].doel, Some(1));
    assert!(d.activities.iter().all(|a| a.doel.is_some()));
}

#[test]
fn a_headline_before_the_first_doel_heads_the_introduction() {
    let text = "Verbonden partijen
De Afvalstoffendienst Regio Veenstreek en de Omgevingsdienst Veenstreek zijn gemeenschappelijke regelingen van de gemeenten in de regio.

Doel: Minder restafval

Wat gaan we daarvoor doen?

Proef met inzameling van luiers
In 2025 starten we samen met de ARV een proef met het apart inzamelen van luiers bij vijf kinderdagverblijven.
";
    let d = doc("begroting-2025-milieu.txt", text);
    assert_eq!(titles(&d), ["Proef met inzameling van luiers"]);
    assert!(
        d.skipped
            .iter()
            .any(|s| s.reason == "tekst voor het eerste doel" && s.text == "Verbonden partijen"),
        "{:#?}",
        d.skipped
    );
    // Without doelen holding the activities, such a headline is an item.
    let d = doc(
        "begroting-2025-milieu.txt",
        &text.replace("Doel: Minder restafval\n\n", ""),
    );
    assert_eq!(titles(&d)[0], "Verbonden partijen");
}

#[test]
fn a_numbered_heading_over_numbered_rows_is_their_doel() {
    let text = "## 2.1 Inwoners met een laag inkomen kunnen rondkomen

Het aantal huishoudens met een Lindewaardpas steeg van 2.450 naar 2.740 in het afgelopen jaar.

Nr | Activiteit | Wat hebben we gedaan? | Status
2.1.1 | Inkomensgrens naar 130% | Per 1 januari is de inkomensgrens van de minimaregelingen verhoogd naar 130%. | Gerealiseerd
2.1.2 | Digitale Lindewaardpas | Sinds 1 mei is de Lindewaardpas beschikbaar in de app van de stadspas. | Gerealiseerd

## 2.2 Minder inwoners met schulden

Door de vroegsignalering kregen we veel meer signalen binnen dan in het jaar daarvoor.

Nr | Activiteit | Wat hebben we gedaan? | Status
2.2.1 | Sociaal invorderen | We hebben de werkwijze sociaal invorderen ingevoerd bij de belastingen. | Gerealiseerd
";
    let d = doc("jaarverslag-2024-armoede.txt", &text.replace("## ", ""));
    let doelen: Vec<&str> = d.doelen.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(
        doelen,
        [
            "Inwoners met een laag inkomen kunnen rondkomen",
            "Minder inwoners met schulden"
        ]
    );
    assert_eq!(
        titles(&d),
        [
            "Inkomensgrens naar 130%",
            "Digitale Lindewaardpas",
            "Sociaal invorderen"
        ]
    );
    // The Nr column is the rows' number, not an attribute.
    assert_eq!(d.activities[1].numbers, ["2.1.2"]);
    assert!(d.activities[1].attributes.iter().all(|(k, _)| k != "Nr"));
    assert_eq!(
        d.activities.iter().map(|a| a.doel).collect::<Vec<_>>(),
        [Some(0), Some(0), Some(1)]
    );
}
