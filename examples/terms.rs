//! Prints how spiegel reads each argument (a tuning aid): its content
//! terms, those of its main clause, whether it is an intention in a
//! budget for `YEAR` (default 2024), and what it says of the work's state
//! in a report for that year:
//! `cargo run --release --example terms -- [--year YEAR] "Een zin." ...`
#![allow(clippy::print_stdout)]

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut year = 2024;
    if args.first().is_some_and(|a| a == "--year") && args.len() >= 2 {
        year = args[1].parse().unwrap_or(year);
        args.drain(..2);
    }
    for s in args {
        let core = spiegel::judge::core_clause(&s);
        println!("{s}");
        println!("  terms:     {:?}", spiegel::text::content_terms(&s));
        println!("  core:      {:?}", spiegel::text::content_terms(&core));
        println!(
            "  intention: {:?}, substantive: {}",
            spiegel::judge::not_an_intention(&s, Some(year), true).map_or("yes", |why| why),
            spiegel::judge::is_substantive(&s, Some(year))
        );
        println!("  verbs:     {:?}", spiegel::text::verb_lemmas(&s));
        println!(
            "  status:    {:?}",
            spiegel::judge::sentence_status(&s, Some(year))
        );
    }
}
