"""Fit the ranking weights and the confidence calibration on the development list.

    python benchmarks/fit_ranking.py

Prints the accuracy of the weights in ``tables/ranking.tsv``, the best weights of a small grid
(for a human to copy into the table after checking they are not overfitted), and the Platt
calibration (a, b) of the top candidate's probability.  Nothing is written.
"""

from __future__ import annotations

import itertools
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.devlist import dev_names, fold  # noqa: E402
from translit import Translit  # noqa: E402
from translit.rules.inverse import Reading, readings  # noqa: E402
from translit.russian.charmodel import model  # noqa: E402
from translit.russian.evidence import evidence  # noqa: E402
from translit.russian.ranking import weights  # noqa: E402

GRID = {
    "charlm": (0.1, 0.2, 0.3),
    "zipf": (0.5, 1.0, 2.0),
    "known_name": (1.0, 2.0, 4.0),
    "name_shape": (0.0, 0.5, 1.0),
    "gazetteer": (2.0, 4.0, 6.0),
}


def word_pairs() -> list[tuple[str, list[tuple[Reading, object]]]]:
    """(expected word, readings with evidence) for each plain word of the person/place rows."""
    pairs = []
    for row in dev_names("person", "place"):
        words = zip(row.dprk.split(), row.cyrillic.lower().split(), strict=False)
        for hangul_word, cyrillic_word in words:
            found = readings(hangul_word, "ru_dprk.rules", model())
            if found:
                pairs.append((cyrillic_word, [(r, evidence(r.cyrillic)) for r in found]))
    return pairs


def accuracy(pairs: list, weights: dict[str, float]) -> float:
    right = 0
    for expected, scored in pairs:

        def score(item: tuple) -> float:
            reading, ev = item
            return reading.rule_logp + sum(weights[f] * float(getattr(ev, f)) for f in GRID)

        best = max(scored, key=score)[0].cyrillic
        right += fold(best) == fold(expected)
    return right / len(pairs)


def platt(points: list[tuple[float, bool]]) -> tuple[float, float]:
    """Logistic regression of correctness on logit(p), by gradient descent."""
    a, b = 1.0, 0.0
    xs = [math.log(max(p, 1e-9) / max(1 - p, 1e-9)) for p, _ in points]
    for _ in range(5000):
        ga = gb = 0.0
        for x, (_, ok) in zip(xs, points, strict=False):
            q = 1 / (1 + math.exp(-(a * x + b)))
            ga += (q - ok) * x
            gb += q - ok
        a -= 0.01 * ga / len(points)
        b -= 0.01 * gb / len(points)
    return a, b


def main() -> None:
    pairs = word_pairs()
    current = {f: weights()[f] for f in GRID}
    print(f"{len(pairs)} words; current weights {current}: {accuracy(pairs, current):.1%}")
    best = max(
        (dict(zip(GRID, values, strict=False)) for values in itertools.product(*GRID.values())),
        key=lambda w: (accuracy(pairs, w), -sum(abs(w[f] - current[f]) for f in GRID)),
    )
    print(f"best grid weights {best}: {accuracy(pairs, best):.1%}")
    # Calibrate as for names the gazetteer does not know: most of the development list's people
    # are in it, and a calibration fitted with it would be overconfident on unseen names.
    points = []
    with tempfile.TemporaryDirectory() as off:
        (Path(off) / "ranking.tsv").write_text(
            "#: source: no gazetteer\nfeature\tweight\ngazetteer\t0.0\n", encoding="utf-8"
        )
        without = Translit(off)
        for row in dev_names("person", "place"):
            forms = without.normalize(row.dprk)
            if forms.source == "rules":
                raw = forms.candidates[0].score
                points.append((raw, fold(forms.cyrillic) == fold(row.cyrillic)))
    a, b = platt(points)
    right = sum(ok for _, ok in points)
    print(f"calibration over {len(points)} names, gazetteer off: {right} right;")
    print(f"  calibration_a {a:.3f}, calibration_b {b:.3f}")
    for low in (0.5, 0.7, 0.9):
        bucket = [
            ok
            for p, ok in points
            if 1 / (1 + math.exp(-(a * math.log(p / max(1 - p, 1e-9)) + b))) >= low
        ]
        if bucket:
            print(
                f"  confidence ≥ {low}: {len(bucket)} names, {sum(bucket) / len(bucket):.0%} right"
            )


if __name__ == "__main__":
    main()
