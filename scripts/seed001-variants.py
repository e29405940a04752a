#!/usr/bin/env python3
"""Writes the seed-001 jaarverslag in two other forms the documents take in
the wild, for the reading test (tests/spiegel/layouts.rs):

- variants/jaarverslag-2023-wwz.html: a portal page: the report items'
  titles (taken from the hand labels in gold.yaml, not from spiegel) and the
  "Ambitie:"/"Doel:"/question lines as heading elements, every paragraph one
  <p> on one line, with navigation, a cookie bar and a footer around it;
- variants/jaarverslag-2023-wwz.nobreaks.txt: the text as pdftotext gives
  it from many PDFs, with no blank line anywhere.

Run from the repository root: python3 scripts/seed001-variants.py
"""
import html
import re
import unicodedata
from pathlib import Path

import yaml

root = Path("fixtures/seed001-wwz-2023")
text = (root / "jaarverslag-2023-wwz.txt").read_text(encoding="utf-8").split("\n")
gold = yaml.safe_load((root / "gold.yaml").read_text(encoding="utf-8"))


def key(t):
    t = unicodedata.normalize("NFKD", t).lower()
    t = "".join(c for c in t if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", t).split())


titles = set()
for it in gold["items"]:
    rep = it.get("report") or []
    for r in [rep] if isinstance(rep, str) else rep:
        titles.add(key(r))

out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8"><title>Jaarverslag 2023</title></head><body>',
       '<div class="cookie-banner"><p>Deze site gebruikt cookies.</p><button>Akkoord</button></div>',
       '<nav><ul><li><a href="/">Home</a></li><li><a href="/p1">Programma Bestuur</a></li></ul></nav>', "<main>"]
para = []


def flush():
    if para:
        out.append("<p>" + html.escape(" ".join(para)) + "</p>")
        para.clear()


for line in text:
    t = line.strip()
    if not t:
        flush()
        continue
    if t.startswith(("Ambitie:", "Doel:")) or t.startswith("Wat ") and t.endswith("?"):
        flush()
        out.append("<h2>" + html.escape(t) + "</h2>")
    elif t.startswith("Programma ") or t.startswith("Jaarverslag "):
        flush()
        out.append("<h1>" + html.escape(t) + "</h1>")
    elif key(t) in titles:
        flush()
        out.append("<h3>" + html.escape(t) + "</h3>")
    else:
        # A paragraph wrapped by the PDF: join its lines, re-joining words
        # hyphenated at the line end.
        if para and para[-1].endswith("-") and t[:1].islower():
            para[-1] = para[-1][:-1] + t
        else:
            para.append(t)
flush()
out += ["</main>", "<footer>Deze pagina is gebouwd op 1-3-2024 met de export van 28-2-2024</footer>", "</body></html>"]
variants = root / "variants"
variants.mkdir(exist_ok=True)
(variants / "jaarverslag-2023-wwz.html").write_text("\n".join(out) + "\n", encoding="utf-8")
(variants / "jaarverslag-2023-wwz.nobreaks.txt").write_text(
    "\n".join(l for l in text if l.strip()) + "\n", encoding="utf-8")
