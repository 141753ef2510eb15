"""Fit the transcription detectors (``tables/detect.tsv``) by logistic regression.

    python benchmarks/fit_detect.py

The Russian model.  Positives: each word of the DPRK spellings in the development list, and the
DPRK spellings the rules give for the gazetteer's names.  The Latin model (the ``latin_*``
rows).  Positives: each word of the development list of foreign names
(``tests/data/names/foreign_dev.tsv``) whose origin is not Russian, Chinese or Japanese (the
Latin reader's).  Negatives of both: the words of the 2023-09-14 article that are not
transcribed names, and the words of the glossary's titles, ministries, terms, events and
parties.  Prints the fitted weights and each detector's accuracy; nothing is written; the held-out
list of foreign names is scored too, never fitted.
"""

from __future__ import annotations

import csv
import math
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.devlist import dev_names  # noqa: E402
from translit.data import current  # noqa: E402
from translit.origins import detect as foreign_detect  # noqa: E402
from translit.russian import detect  # noqa: E402
from translit.russian import evidence as evidence_module  # noqa: E402
from translit.russian.dprk import dprk_spelling  # noqa: E402
from translit.terms.glossary import glossary  # noqa: E402

ARTICLE = ROOT.parent / "shared" / "corpus" / "kcna-2023-09-14" / "ko.txt"
NAMES = ROOT / "tests" / "data" / "names"
NOT_LATIN = ("ru", "zh", "ja")  # origins the Latin reader does not read


def foreign_words(file: str) -> set[str]:
    """The words of a list of foreign names whose origin the Latin reader reads."""
    with (NAMES / file).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {
        w
        for row in rows
        if row["origin"] not in NOT_LATIN
        for w in re.findall(r"[가-힣]+", row["nk_hangul"])
    }


def korean_words(positives: set[str]) -> set[str]:
    """Words of the article and the glossary's Korean kinds that are no transcribed name."""
    text = ARTICLE.read_text(encoding="utf-8")
    names = {w for w in re.findall(r"[가-힣]+", text) if any(w.startswith(p) for p in positives)}
    negatives = {w for w in re.findall(r"[가-힣]+", text)} - names - positives
    korean_kinds = {"title", "ministry", "term", "event", "party"}
    for entry in glossary().entries:
        if entry.kind in korean_kinds:
            negatives |= set(re.findall(r"[가-힣]+", entry.dprk or "")) - positives
    return negatives


Features = Callable[[str], "dict[str, float] | None"]


def labelled(
    positives: set[str], negatives: set[str], features: Features
) -> list[tuple[dict[str, float], bool]]:
    data = []
    for words, label in ((positives, True), (negatives, False)):
        for word in sorted(words):
            found = features(word)
            if found is not None:
                data.append((found, label))
    return data


def samples() -> list[tuple[dict[str, float], bool]]:
    positives = {w for row in dev_names() for w in re.findall(r"[가-힣]+", row.dprk)}
    for row in current().tsv("ru_gazetteer.tsv").rows:
        positives |= set(re.findall(r"[가-힣]+", dprk_spelling(row["cyrillic"])))
    return labelled(positives, korean_words(positives), detect.features)


def latin_samples(file: str) -> list[tuple[dict[str, float], bool]]:
    positives = foreign_words(file)
    return labelled(positives, korean_words(positives), foreign_detect.latin_features)


def fit(data: list[tuple[dict[str, float], bool]], features: Sequence[str]) -> dict[str, float]:
    w = {f: 0.0 for f in features}
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
    w = fit(data, detect.FEATURES)
    print(f"{len(data)} words ({sum(y for _, y in data)} transcriptions) the rules can read")
    show(w, data, "")
    data = latin_samples("foreign_dev.tsv")
    w = fit(data, list(foreign_detect.LATIN_FEATURES.values()))
    print(f"{len(data)} words ({sum(y for _, y in data)} foreign) the Latin rules can read")
    show(w, data, "latin_")
    print("held out (foreign_heldout.tsv):")
    score(w, latin_samples("foreign_heldout.tsv"))


def show(w: dict[str, float], data: list[tuple[dict[str, float], bool]], prefix: str) -> None:
    for f, value in w.items():
        print(f"{prefix}{f}\t{value:.3f}")
    score(w, data)


def score(w: dict[str, float], data: list[tuple[dict[str, float], bool]]) -> None:
    for label in (True, False):
        group = [x for x, y in data if y == label]
        right = sum((sum(w[f] * x[f] for f in w) > 0) == label for x in group)
        print(
            f"{'transcriptions' if label else 'Korean words'} recognised: {right / len(group):.1%}"
        )


if __name__ == "__main__":
    main()
