"""How wide the inverse search must be: where the correct reading's prefixes stand in the beam.

    python benchmarks/beam_width.py [--limit N]

For every one-word pair of Hangul word and Cyrillic answer we have — the attested person and
place names of ``dev_names.tsv`` and ``tests/data/names/russian_*.tsv``, the surnames no
dictionary knows (``speed_new_surnames.tsv``) and the first names of ``speed_names.tsv`` — the
DPRK table is searched ``WIDE`` (60 prefixes a position, no spread) and, at each position, the
best prefix of the answer is compared with the best prefix there; the South Korean table the
same way over the South Korean forms of the attested names.  Printed: how far below the best
the answer falls at its worst (quantiles, natural log), and how often the narrow search
(``NARROW``, ``NARROW_SOUTH``) and ``WIDE`` find it.  The spreads are chosen from these figures.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translit.data import Tables  # noqa: E402
from translit.rules import inverse  # noqa: E402
from translit.russian import charmodel, dprk, south  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
NAMED = [SHARED / "dev_names.tsv", *sorted((ROOT / "tests" / "data" / "names").glob("russian_*"))]


def rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def word_pairs(limit: int) -> list[tuple[str, str, str]]:
    """(table, Hangul word, lower-case Cyrillic) of the names whose words line up one to one."""
    attested = [r for path in NAMED for r in rows(path) if r.get("kind") in ("person", "place")]
    whole = [(dprk.TABLE, r["nk_hangul"], r["russian_cyrillic"]) for r in attested]
    whole += [(south.TABLE, r["sk_hangul"], r["russian_cyrillic"]) for r in attested]
    new = rows(SHARED / "speed_new_surnames.tsv") + rows(SHARED / "speed_names.tsv")[:limit]
    whole += [(dprk.TABLE, r["dprk"], r["cyrillic"]) for r in new]
    found = []
    for table, hangul, cyrillic in whole:
        words, answers = hangul.split(), cyrillic.lower().split()
        if len(words) == len(answers):
            found += [
                (table, w, a)
                for w, a in zip(words, answers, strict=True)
                if w and "." not in w and "-" not in w
            ]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=800, help="names of speed_names.tsv")
    args = parser.parse_args()
    narrow = {dprk.TABLE: inverse.NARROW, south.TABLE: inverse.NARROW_SOUTH}
    answer = ""
    worst = [0.0]
    best = inverse._best

    def watched(*a: object, **k: object) -> list[inverse._Hyp]:
        kept = best(*a, **k)  # type: ignore[arg-type]
        own = [h.score for h in kept if answer.startswith(h.cyrillic)]
        if kept and own:
            worst[0] = max(worst[0], kept[0].score - max(own))
        return kept

    pairs = word_pairs(args.limit)
    for table, width in narrow.items():
        gaps: list[float] = []
        words = found_wide = found_narrow = 0
        inverse._best = watched  # type: ignore[assignment]
        with Tables().active():
            model = charmodel.model()
            for _, word, answer in (p for p in pairs if p[0] == table):
                words += 1
                worst[0] = 0.0
                read = inverse.readings(word, table, model, inverse.WIDE)
                if answer in {r.cyrillic for r in read}:
                    found_wide += 1
                    gaps.append(worst[0])
                read = inverse.readings(word, table, model, width)
                found_narrow += answer in {r.cyrillic for r in read}
        inverse._best = best
        gaps.sort()
        print(
            f"{table}: {words:,} words; the answer is read by WIDE for {found_wide:,}, by {width}"
        )
        print(f"  for {found_narrow:,}; how far the answer's best prefix falls below a position's")
        print("  best, at its worst:")
        for q in (0.5, 0.9, 0.99, 0.995, 1.0):
            print(f"  {q:>6.1%} of words within {gaps[min(len(gaps) - 1, int(q * len(gaps)))]:.2f}")


if __name__ == "__main__":
    main()
