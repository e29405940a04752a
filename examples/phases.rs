//! Times the stages of one audit (a profiling aid):
//! `cargo run --release --example phases -- BEGROTING JAARVERSLAG`
#![allow(clippy::print_stdout)]
use spiegel::config::Config;
use std::path::Path;
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, plan, report] = args.as_slice() else {
        anyhow::bail!("usage: phases BEGROTING JAARVERSLAG");
    };
    let cfg = Config::default();
    let t = Instant::now();
    let ps = spiegel::read::read_file(Path::new(plan))?;
    let rs = spiegel::read::read_file(Path::new(report))?;
    println!("read     {:>8.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let p = spiegel::parse::parse(&ps, &cfg.parse_options());
    let r = spiegel::parse::parse(&rs, &cfg.parse_options());
    println!("parse    {:>8.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let analyses = spiegel::analyse::analyse_pair(&p, &r);
    println!("analyse  {:>8.3} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let pairing = spiegel::matching::pair(&p, &r, &analyses, &cfg.matching);
    println!("match    {:>8.3} s", t.elapsed().as_secs_f64());
    // On a synthetic corpus (spiegel::synth) every title ends in its
    // activity number "(k)": how many links join the same number.
    let number = |t: &str| {
        t.rsplit_once('(')
            .map(|(_, n)| n.trim_end_matches(')').to_string())
    };
    let right = pairing
        .links
        .iter()
        .filter(|l| {
            let a = number(&p.activities[l.plan].title);
            a.is_some() && a == number(&r.activities[l.report].title)
        })
        .count();
    println!(
        "links    {} ({} join the same synthetic activity number)",
        pairing.links.len(),
        right
    );
    let t = Instant::now();
    let a = spiegel::judge::judge(p, r, analyses, pairing, &cfg.judging);
    println!(
        "judge    {:>8.3} s  ({} items)",
        t.elapsed().as_secs_f64(),
        a.items.len()
    );
    Ok(())
}
