//! Compiles a sorted key list into an fst file for `scripts/wordlist.py`:
//! `build-fst set KEYS OUT` (one key a line) or `build-fst map KEYS OUT`
//! (key, tab, number). Not part of spiegel itself.

use std::io::{BufRead, BufReader, BufWriter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, kind, input, output] = &args[..] else {
        return Err("usage: build-fst set|map KEYS OUT".into());
    };
    let lines = BufReader::new(std::fs::File::open(input)?).lines();
    let out = BufWriter::new(std::fs::File::create(output)?);
    match kind.as_str() {
        "set" => {
            let mut b = fst::SetBuilder::new(out)?;
            for line in lines {
                b.insert(line?)?;
            }
            b.finish()?;
        }
        "map" => {
            let mut b = fst::MapBuilder::new(out)?;
            for line in lines {
                let line = line?;
                let (k, v) = line.split_once('\t').ok_or("key<TAB>number")?;
                b.insert(k, v.parse::<u64>()?)?;
            }
            b.finish()?;
        }
        _ => return Err("kind is set or map".into()),
    }
    Ok(())
}
