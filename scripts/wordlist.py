#!/usr/bin/env python3
"""Generates the Dutch word list and word frequencies spiegel uses for its
derivation rules, separable verbs and compound splitter (src/text/words.rs):

- data/words-nl.fst: the set of folded Dutch words of OpenTaal's word list
  (Debian package wdutch, /usr/share/dict/dutch; BSD or CC BY 3.0, BSD
  chosen), lower-case entries of letters only, at least two letters: names
  and abbreviations are left out.
- data/freq-nl.fst: folded word -> frequency in centibels below one (the
  higher, the rarer: 10^(-value/100) is the word's share of running text),
  from the PyPI package wordfreq 3.1.1, list large_nl (data CC BY-SA 4.0),
  for the words that are also in the OpenTaal list. Share-alike: a file of
  its own under its own licence (data/LICENSE-wordfreq).

Nothing is downloaded at build or run time. Run by hand after

    apt-get install wdutch
    pip install msgpack
    pip download wordfreq==3.1.1 --no-deps -d /tmp/wf

as

    python3 scripts/wordlist.py /usr/share/dict/dutch /tmp/wf/wordfreq-3.1.1-py3-none-any.whl

The script writes sorted key lists and has them compiled into fst files by
`cargo run --release --example build-fst` (the fst crate's own format).
"""
import gzip
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

import msgpack


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def main(wordlist, wheel):
    words = set()
    with open(wordlist, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            # Lower case only: names ("Nijmegen") and abbreviations ("AOW")
            # are no parts of derivations or compounds.
            if not w or not w[0].islower():
                continue
            fw = fold(w)
            if len(fw) >= 2 and fw.isalpha() and fw.isascii():
                words.add(fw)
    z = zipfile.ZipFile(wheel)
    data = msgpack.unpackb(
        gzip.decompress(z.read("wordfreq/data/large_nl.msgpack.gz")), raw=False
    )
    assert data[0].get("format") == "cB", data[0]
    freq = {}
    # Bucket i holds the words of frequency 10^(-i/100).
    for cb, bucket in enumerate(data[1:]):
        for w in bucket:
            fw = fold(w)
            if fw in words and fw not in freq:
                freq[fw] = cb
    tmp = tempfile.mkdtemp()
    wpath = os.path.join(tmp, "words.tsv")
    fpath = os.path.join(tmp, "freq.tsv")
    with open(wpath, "w", encoding="utf-8") as w:
        for k in sorted(words, key=lambda s: s.encode()):
            w.write(f"{k}\n")
    with open(fpath, "w", encoding="utf-8") as w:
        for k in sorted(freq, key=lambda s: s.encode()):
            w.write(f"{k}\t{freq[k]}\n")
    build = ["cargo", "run", "--release", "--quiet", "--example", "build-fst", "--"]
    subprocess.run(build + ["set", wpath, "data/words-nl.fst"], check=True)
    subprocess.run(build + ["map", fpath, "data/freq-nl.fst"], check=True)
    print(f"{len(words)} words, {len(freq)} with a frequency")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
