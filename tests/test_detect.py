"""The detector's gates refuse a word only when its score could not reach the bar: with a bar,
a word scores it exactly when its full evidence does (layer 4: a fast path against the slow
one)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from translit.data import Tables
from translit.origins.detect import latin_spelling_score
from translit.russian.detect import russian_spelling_score

PAIRS = Path(__file__).parent / "data" / "pairs"
BARS = (0.2, 0.6)  # the scanner's bars for a titled and an untitled Russian name


def _words() -> list[str]:
    """The Hangul words of the first article pairs, and their stems less one or two syllables
    (what the scanner asks about)."""
    found: set[str] = set()
    for ko in sorted(PAIRS.glob("*/ko.txt"))[:4]:
        for word in re.findall("[\uac00-\ud7a3]+", ko.read_text(encoding="utf-8")):
            found.update(word[:k] for k in range(max(2, len(word) - 2), len(word) + 1))
    return sorted(found)


@pytest.mark.parametrize("score", [russian_spelling_score, latin_spelling_score])
def test_a_bar_changes_no_verdict(score: Callable[[str, float], float]) -> None:
    words = _words()
    with Tables().active():
        full = {w: score(w, 0.0) for w in words}
        wrong = [
            (w, bar) for w in words for bar in BARS if (score(w, bar) >= bar) != (full[w] >= bar)
        ]
    assert len(words) > 500
    assert not wrong


def test_names_of_latin_spelling_are_told_from_korean_words() -> None:
    # a Cuban ambassador and president in DPRK MFA 2020-01-29 (tests/data/pairs), none of
    # them a Russian spelling the Russian model accepts
    names = ["미겔", "헤쑤스", "바띠스따", "앙헬레스", "베르무데스"]
    korean = ["로동당", "위원장", "대사관", "혁명", "인민"]
    with Tables().active():
        assert all(russian_spelling_score(w) < 0.6 <= latin_spelling_score(w) for w in names)
        assert all(latin_spelling_score(w) < 0.6 for w in korean)
