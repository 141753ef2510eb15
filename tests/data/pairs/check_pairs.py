#!/usr/bin/env python3
"""Check every pair folder: the four files exist, expect.tsv rows have 4 columns and a known expectation,
every english_fragment of ok/error/flag rows occurs verbatim in en.txt, every korean_fragment in ko.txt.
usage: python3 check_pairs.py [PAIR_DIR ...]   (default: every folder next to this script)"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
dirs = sys.argv[1:] or sorted(os.path.join(here, d) for d in os.listdir(here)
                              if os.path.isdir(os.path.join(here, d)) and not d.startswith(("_", ".")))
bad = 0
for d in dirs:
    name = os.path.basename(d.rstrip("/"))
    files = {f: os.path.join(d, f) for f in ("ko.txt", "en.txt", "source.txt", "expect.tsv")}
    missing = [f for f, p in files.items() if not os.path.exists(p)]
    if missing:
        print(f"{name}: missing {', '.join(missing)}"); bad += 1; continue
    ko = open(files["ko.txt"], encoding="utf-8").read()
    en = open(files["en.txt"], encoding="utf-8").read()
    rows = 0
    for n, line in enumerate(open(files["expect.tsv"], encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        rows += 1
        if len(cols) != 4:
            print(f"{name}:{n}: {len(cols)} columns"); bad += 1; continue
        frag, exp, kfrag, eng = cols
        if exp not in ("ok", "error", "flag", "missing"):
            print(f"{name}:{n}: unknown expectation {exp!r}"); bad += 1
        if exp != "missing" and frag not in en:
            print(f"{name}:{n}: english fragment not in en.txt: {frag!r}"); bad += 1
        if kfrag not in ko:
            print(f"{name}:{n}: korean fragment not in ko.txt: {kfrag!r}"); bad += 1
        if not eng:
            print(f"{name}:{n}: no expected_english"); bad += 1
    print(f"{name}: {rows} rows")
print("all fragments found" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
