"""Fit the transcription detector (``tables/detect.tsv``) by logistic regression.

    python benchmarks/fit_detect.py

Positives: each word of the DPRK spellings in the development list, and the DPRK spellings
the rules give for the gazetteer's names.  Negatives: the words of the 2023-09-14 article that
are not transcribed names, and the words of the glossary's titles, ministries, terms, events
and parties.
Prints the fitted weights and the detector's accuracy; nothing is written.
"""

from __future__ import annotations

import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.devlist import dev_names  # noqa: E402
from translit.data import current  # noqa: E402
from translit.russian import detect  # noqa: E402
from translit.russian import evidence as evidence_module  # noqa: E402
from translit.russian.dprk import dprk_spelling  # noqa: E402
from translit.terms.glossary import glossary  # noqa: E402

ARTICLE = ROOT.parent / "shared" / "corpus" / "kcna-2023-09-14" / "ko.txt"


def samples() -> list[tuple[dict[str, float], bool]]:
    positives = {w for row in dev_names() for w in re.findall(r"[가-힣]+", row.dprk)}
    for row in current().tsv("ru_gazetteer.tsv").rows:
        positives |= set(re.findall(r"[가-힣]+", dprk_spelling(row["cyrillic"])))
    text = ARTICLE.read_text(encoding="utf-8")
    names = {w for w in re.findall(r"[가-힣]+", text) if any(w.startswith(p) for p in positives)}
    negatives = {w for w in re.findall(r"[가-힣]+", text)} - names - positives
    korean_kinds = {"title", "ministry", "term", "event", "party"}
    for entry in glossary().entries:
        if entry.kind in korean_kinds:
            negatives |= set(re.findall(r"[가-힣]+", entry.dprk or "")) - positives
    data = []
    for words, label in ((positives, True), (negatives, False)):
        for word in sorted(words):
            found = detect.features(word)
            if found is not None:
                data.append((found, label))
    return data


def fit(data: list[tuple[dict[str, float], bool]]) -> dict[str, float]:
    w = {f: 0.0 for f in detect.FEATURES}
    positives = sum(y for _, y in data)
    balance = {True: len(data) / (2 * positives), False: len(data) / (2 * (len(data) - positives))}
    for _ in range(20000):
        grad = dict.fromkeys(w, 0.0)
        for x, y in data:
            p = 1 / (1 + math.exp(-sum(w[f] * x[f] for f in w)))
            for f in w:
                grad[f] += balance[y] * (p - y) * x[f] + 0.001 * w[f]
        for f in w:
            w[f] -= 0.3 * grad[f] / len(data)
    return w


def main() -> None:
    # The positives include the gazetteer's own names: fit "known" on pymorphy3 alone, or the
    # weight would learn that every positive is in the gazetteer.
    evidence_module.gazetteer_words = lambda: frozenset()  # type: ignore[assignment]
    data = samples()
    w = fit(data)
    print(f"{len(data)} words ({sum(y for _, y in data)} transcriptions) the rules can read")
    for f, value in w.items():
        print(f"{f}\t{value:.3f}")
    for label in (True, False):
        group = [x for x, y in data if y == label]
        right = sum((sum(w[f] * x[f] for f in w) > 0) == label for x in group)
        print(
            f"{'transcriptions' if label else 'Korean words'} recognised: {right / len(group):.1%}"
        )


if __name__ == "__main__":
    main()
