//! Prints the best report candidates for each planned activity (for tuning).
use spiegel::config::Config;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let cfg = Config::default();
    let p = spiegel::load(std::path::Path::new(&args[1]), &cfg).unwrap();
    let r = spiegel::load(std::path::Path::new(&args[2]), &cfg).unwrap();
    let m = spiegel::matching::score_matrix(&p, &r);
    for (i, row) in m.iter().enumerate() {
        let mut v: Vec<(usize, f64)> = row.iter().copied().enumerate().collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1));
        let top: Vec<String> = v
            .iter()
            .take(3)
            .map(|(j, s)| {
                format!(
                    "{s:.2} {}",
                    &r.activities[*j].title.chars().take(40).collect::<String>()
                )
            })
            .collect();
        println!("{:.50} => {}", p.activities[i].title, top.join(" | "));
    }
}
