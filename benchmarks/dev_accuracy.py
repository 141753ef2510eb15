"""Accuracy of ``normalize`` on the development list, with and without the gazetteer prior.

    python benchmarks/dev_accuracy.py

Most people on the development list are also in ``tables/ru_gazetteer.tsv``; the run without
it estimates accuracy on names nobody listed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.devlist import dev_names, fold  # noqa: E402
from translit import Translit  # noqa: E402


def measure(translit: Translit) -> tuple[float, float, float, list[str]]:
    rows = dev_names("person", "place")
    cyr = south = eng = 0
    misses = []
    for row in rows:
        forms = translit.normalize(row.dprk)
        latin = {forms.latin, *forms.latin_variants, *forms.romanizations.values()}
        cyr += fold(forms.cyrillic) == fold(row.cyrillic)
        south += forms.south == row.south
        eng += row.english in latin
        if fold(forms.cyrillic) != fold(row.cyrillic):
            misses.append(f"{row.dprk} → {forms.cyrillic} (not {row.cyrillic})")
    n = len(rows)
    return cyr / n, south / n, eng / n, misses


def main() -> None:
    print(f"{len(dev_names('person', 'place'))} person and place rows")
    with tempfile.TemporaryDirectory() as off:
        (Path(off) / "ranking.tsv").write_text(
            "#: source: no gazetteer\nfeature\tweight\ngazetteer\t0.0\n", encoding="utf-8"
        )
        runs = {"with the gazetteer": Translit(), "without the gazetteer": Translit(off)}
        for label, translit in runs.items():
            cyr, south, eng, misses = measure(translit)
            print(f"{label:<22} Cyrillic top-1 {cyr:.1%}  South {south:.1%}  English {eng:.1%}")
            for miss in misses:
                print(f"    {miss}")


if __name__ == "__main__":
    main()
