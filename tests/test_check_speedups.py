"""The fast paths of ``check`` agree with slow references on real article text: the scanner's
word ends and its test for text that composition leaves alone, the word keys' shortcuts, the
in-order pairing, the index of place names and the test for a Chinese name."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from translit.checking import terms, tokens
from translit.checking.verdicts import pair_indices
from translit.chinese import readings
from translit.chinese.reading import is_chinese_name
from translit.chinese.surnames import surnames
from translit.errors import InputError
from translit.hangul.text import composed_with_offsets
from translit.terms import scanner
from translit.terms.glossary import glossary

PAIRS = sorted((Path(__file__).resolve().parent / "data" / "pairs").glob("*/ko.txt"))
KOREAN = [p.read_text(encoding="utf-8") for p in PAIRS]
ENGLISH = [(p.parent / "en.txt").read_text(encoding="utf-8") for p in PAIRS]


def _words(texts: Sequence[str]) -> list[str]:
    return sorted({t.text for text in texts for t in tokens.tokenize(text)})


def test_the_articles_are_there() -> None:
    assert len(KOREAN) >= 10


def test_composed_text_is_read_without_composing_it() -> None:
    for text in KOREAN:
        assert scanner._composed(text)
        assert composed_with_offsets(text) == (text, tuple(range(len(text) + 1)))
        decomposed = unicodedata.normalize("NFD", text)
        assert not scanner._composed(decomposed)
        found = scanner.find_terms(decomposed)
        assert [m.kind for m in found] == [m.kind for m in scanner.find_terms(text)]


def _word_end(text: str, i: int) -> int:
    """Letters and digits, and a hyphen between two of them, one character at a time."""
    while i < len(text) and (
        text[i].isalnum() or (text[i] == "-" and 0 < i < len(text) - 1 and text[i + 1].isalnum())
    ):
        i += 1
    return i


@pytest.mark.parametrize("extra", ["", "평양-모스크바 -로 로- 1-2 a_b"])
def test_word_ends_and_starts_as_character_by_character(extra: str) -> None:
    for text in [t + extra for t in KOREAN]:
        for i in range(len(text) + 1):
            assert scanner._word_end(text, i) == _word_end(text, i)
        starts = [
            i
            for i, ch in enumerate(text)
            if "\uac00" <= ch <= "\ud7a3" and not (i and text[i - 1].isalnum())
        ]
        assert [m.start() for m in scanner._WORD_START.finditer(text)] == starts


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "'’ʼ`")


def _canon_word(word: str) -> str:
    for pattern, replacement in tokens._spelling():
        word = pattern.sub(replacement, word, count=1)
    return word


def test_word_keys_as_every_rule_makes_them() -> None:
    words = [*_words(ENGLISH), "Ch'oe", "Sŏn-hŭi", "labour", "organisations", "centres"]
    for word in words:
        assert tokens.fold(word) == _fold(word)
        assert tokens.canon_word(word) == _canon_word(word)


def test_tokens_of_a_text_with_no_address_as_with_the_mask() -> None:
    for text in [*ENGLISH, "See www.kcna.kp or mail a@b.kp: Kim Jong Un"]:
        masked = tokens._ADDRESS.sub(lambda m: " " * len(m.group()), text)
        expected = [(m.group(), m.start()) for m in tokens._TOKEN.finditer(masked)]
        assert [(t.text, t.start) for t in tokens.tokenize(text)] == expected


def _pairs_by_carrying(
    n: int, m: int, floor: float, similarity: Callable[[int, int], float]
) -> list[tuple[int, int, float]]:
    """The in-order pairing by a table that carries each cell's pairs along."""
    Pairs = tuple[tuple[int, int, float], ...]
    empty: Pairs = ()
    best: list[list[tuple[float, Pairs]]] = [[(0.0, empty)] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            options: list[tuple[float, Pairs]] = [best[i + 1][j], best[i][j + 1]]
            sim = similarity(i, j)
            if sim >= floor:
                total, pairs = best[i + 1][j + 1]
                options.append((total + sim, ((i, j, sim), *pairs)))
            best[i][j] = max(options, key=lambda o: o[0])
    return list(best[0][0][1])


def _ratios(found: Sequence[str], right: Sequence[str]) -> Callable[[int, int], float]:
    return lambda i, j: fuzz.ratio(found[i], right[j])


def test_in_order_pairing_as_carried_along() -> None:
    keys = [t.key for t in tokens.tokenize(ENGLISH[0])]
    forms = [e.english for e in glossary().entries if e.english][:300]
    for k, form in enumerate(forms):
        right = [t.key for t in tokens.tokenize(form)]
        found = keys[k : k + len(right) + 1]
        similarity = _ratios(found, right)
        for floor in (50.0, 75.0):
            expected = _pairs_by_carrying(len(found), len(right), floor, similarity)
            assert pair_indices(len(found), len(right), floor, similarity) == expected


def _expand(forms: Sequence[str]) -> list[str]:
    """Every place name tried against every form."""
    found = list(forms)
    for form in forms:
        for group in terms._places():
            for name, pattern in group:
                if name.lower() in form.lower() and pattern.search(form):
                    found += [pattern.sub(o, form, count=1) for o, _ in group if o != name]
    return list(dict.fromkeys(found))


def test_place_names_found_by_their_index_as_by_trying_each() -> None:
    for entry in glossary().entries:
        if entry.english:
            forms = (entry.english, *entry.english_variants)
            assert terms._expand(forms) == _expand(forms)


def _is_chinese_name(hangul: str) -> bool:
    """By the best reading :func:`readings` spells out."""
    if not 2 <= len(hangul) <= 3:
        return False
    try:
        found = readings(hangul, k=1)
    except InputError:
        return False
    if not found:
        return False
    known = surnames().get(found[0].surname)
    return found[0].in_lexicon or (known is not None and known.rank is not None)


def test_chinese_names_as_their_best_reading_says() -> None:
    words = {w for text in KOREAN for w in re.findall("[\uac00-\ud7a3]+", text)}
    stems = {w[:n] for w in words for n in (2, 3)} | {"습근평", "리강", "왕이"}
    for stem in sorted(stems):
        assert is_chinese_name(stem) == _is_chinese_name(stem), stem


def test_the_place_index_holds_every_name() -> None:
    names, index = terms._place_names()
    assert sorted(itertools.chain(*index.values())) == list(range(len(names)))
