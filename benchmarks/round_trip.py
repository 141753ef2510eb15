"""How many of the project's own Cyrillic → DPRK spellings read back: ``speed_names.tsv``.

    python benchmarks/round_trip.py [--limit N]

Each row of ``../shared/data/speed_names.tsv`` is a Russian name spelled in DPRK Hangul by
``tables/ru_dprk.rules``; ``normalize`` should give the Cyrillic back first, and among its five
candidates (issue 9's target: at least 99.5% in the top five).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translit import InputError, normalize  # noqa: E402

NAMES = ROOT.parent / "shared" / "data" / "speed_names.tsv"


def fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not NAMES.is_file():
        sys.stderr.write(f"{NAMES} not found: the shared data sit beside the project\n")
        return 2
    with NAMES.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))[: args.limit]
    first = top5 = 0
    misses: list[str] = []
    for row in rows:
        try:
            found = [fold(c.cyrillic) for c in normalize(row["dprk"]).candidates[:5]]
        except InputError:
            found = []
        gold = fold(row["cyrillic"])
        first += bool(found) and found[0] == gold
        top5 += gold in found
        if gold not in found and len(misses) < 10:
            misses.append(f"    {row['dprk']} → {found[:1]} (not {row['cyrillic']})")
    n = len(rows)
    print(f"{n} names: Cyrillic top-1 {first / n:.2%}, top-5 {top5 / n:.2%}")
    print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
