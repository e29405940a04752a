#!/usr/bin/env python3
"""Generates data/lemmas-nl.tsv, the Dutch lemma table spiegel uses before
its Snowball stemmer (src/text/lemmas.rs).

Source: the PyPI package spacy-lookups-data 1.0.5 (MIT licence, Explosion
AI), tables nl_lemma_lookup (form -> lemma) and nl_lemma_exc (per part of
speech). Nothing is downloaded at build or run time; run this script by
hand after `pip download spacy-lookups-data==1.0.5 --no-deps -d /tmp/sld`:

    python3 scripts/lemmas.py /tmp/sld/spacy_lookups_data-1.0.5-py2.py3-none-any.whl

Choices (the pitfalls of lookup tables without context):
- the exception tables by part of speech take precedence over the lookup,
  nouns over adjectives over verbs ("scholen" -> school, not schuilen),
  except that a form shaped like a participle (ge...) takes its verb
  ("genomen" -> nemen, not genoom);
- a verb's bare stem is not mapped to the verb: it is as often a noun
  ("inzet" stays, not inzetten; "wijk" stays, not wijken; "onderwijs" stays,
  not onderwijzen); a form mapped to a verb must look like a verb form;
- a form that is itself a lemma of other forms stays, unless the exception
  tables map it ("kiezen", lemma of "kozen", is not mapped to the noun
  "kies"; "bezocht" still goes to bezoeken);
- forms and lemmas are folded (lower case, no diacritics) as spiegel folds
  text; entries that do not change the word, or hold other than letters,
  are left out; the file is sorted by form, so it can be searched without
  loading it into a map.
"""
import gzip
import json
import sys
import unicodedata
import zipfile


def fold(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def table(z, name):
    with z.open(f"spacy_lookups_data/data/{name}.json.gz") as f:
        return json.loads(gzip.decompress(f.read()))


def bare_stem_of(form, lemma):
    # wijk <- wijken, inzet <- inzetten, onderwijs <- onderwijzen: a verb's
    # bare stem is as often a noun. A form mapped to a verb must look like a
    # verb form: end in -t, -d, -en, -de, -te, or be a participle (ge...).
    if lemma in (form + "en", form + form[-1:] + "en"):
        return True
    alternate = {"s": "z", "f": "v"}.get(form[-1:])
    if alternate and lemma == form[:-1] + alternate + "en":
        return True
    verbal = form.endswith(("t", "d", "en", "de", "te")) or form.startswith("ge")
    return lemma.endswith("en") and not verbal


def main(wheel):
    z = zipfile.ZipFile(wheel)
    lookup = table(z, "nl_lemma_lookup")
    exc = table(z, "nl_lemma_exc")
    out = {}
    from_exc = set()
    for form, lemma in lookup.items():
        out[form] = lemma
    for form in set(exc.get("verb", {})) | set(exc.get("adj", {})) | set(exc.get("noun", {})):
        pick = None
        if form.startswith("ge") and form in exc.get("verb", {}):
            pick = exc["verb"][form][0]
        else:
            for pos in ("noun", "adj", "verb"):
                if form in exc.get(pos, {}):
                    pick = exc[pos][form][0]
                    break
        if pick:
            out[form] = pick
            from_exc.add(form)
    lemmas = {fold(l) for l in out.values()}
    rows = {}
    for form, lemma in out.items():
        f, l = fold(form), fold(lemma)
        if f == l or len(f) < 3 or not f.isalpha() or not l.isalpha():
            continue
        # A form that is itself the lemma of other forms stays ("kiezen" is
        # the verb of "kozen", not only the plural of "kies").
        if bare_stem_of(f, l) or (f in lemmas and form not in from_exc):
            continue
        rows[f] = l
    with open("data/lemmas-nl.tsv", "w", encoding="utf-8") as w:
        for f in sorted(rows, key=lambda s: s.encode()):
            w.write(f"{f}\t{rows[f]}\n")
    print(f"{len(rows)} entries")


if __name__ == "__main__":
    main(sys.argv[1])
