"""Word lists derived from packages, shipped compact and memory-mapped (marisa-trie).

This folder holds what used to be read or trained at first use: Russian and English word
frequencies (wordfreq, as Zipf values), the probabilities of a character 4-gram model of
Russian words, the Latin lexicon of foreign names (Zipf values in six languages) and its
character model, Korean word frequencies, the frequency-weighted counts of Hangul syllables in
Korean words, and CLDR's names of countries in Korean, Russian and English (``countries.json``).
:mod:`translit.data.build` writes them from their sources, and a test rebuilds them and
compares every entry.  Each file is mapped on first use, never read whole.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import marisa_trie

from translit.errors import TableError, TableProblem

FOLDER = Path(__file__).resolve().parent
FORMATS = MappingProxyType(
    {
        "ru_zipf": "<H",
        "en_zipf": "<H",
        "ru_gram_p": "<d",
        "latin_zipf": "<6B",  # a Zipf frequency in tenths per language of LATIN_LANGUAGES
        "latin_gram_p": "<d",
        "ko_freq": "<d",
        "ko_syllables": "<d",
    }
)
ORDER = 4  # the character model's: grams of up to 4 letters, ``^`` padding a word's start
START, END = "^", "$"
COUNTRIES = "countries.json"  # CLDR's country names: code → [Korean, Russian, English]


@functools.cache
def trie(name: str) -> Any:
    """The memory-mapped trie ``name`` (one of :data:`FORMATS`)."""
    path = FOLDER / f"{name}.marisa"
    if not path.is_file():
        raise TableError([TableProblem(str(path), 0, "a derived word list is missing")])
    found = marisa_trie.RecordTrie(FORMATS[name])
    found.mmap(str(path))
    return found


def _value(name: str, key: str) -> float:
    found = trie(name).get(key)
    return float(found[0][0]) if found else 0.0


@functools.lru_cache(maxsize=200_000)
def russian_zipf(word: str) -> float:
    """wordfreq's Zipf frequency of a lower-case Russian word (0 when it has none)."""
    return _value("ru_zipf", word) / 100


@functools.lru_cache(maxsize=200_000)
def english_zipf(word: str) -> float:
    """wordfreq's Zipf frequency of a lower-case English word (0 when under the list's floor)."""
    return _value("en_zipf", word) / 100


@functools.lru_cache(maxsize=200_000)
def korean_frequency(word: str) -> float:
    """wordfreq's frequency of a Korean word (0 when it has none)."""
    return _value("ko_freq", word)


def gram_probability(gram: str, model: str = "ru_gram_p") -> float:
    """A character model's probability of ``gram``'s last letter after the ones before it
    (0 when the model never saw the gram): the Russian model's, or ``latin_gram_p``'s."""
    return _value(model, gram)


@functools.lru_cache(maxsize=200_000)
def latin_zipf(word: str) -> tuple[float, ...]:
    """wordfreq's Zipf frequency of a lower-case Latin word without accents in each language of
    ``meta()["latin_languages"]`` (0 where it is under the list's floor)."""
    found = trie("latin_zipf").get(word)
    return tuple(z / 10 for z in found[0]) if found else (0.0,) * len(meta()["latin_languages"])


@functools.cache
def korean_syllables() -> Mapping[str, float]:
    """Hangul syllables in Korean words, weighted by the words' frequency."""
    return MappingProxyType({key: value[0] for key, value in trie("ko_syllables").items()})


@functools.cache
def countries() -> Mapping[str, tuple[str, str, str]]:
    """CLDR's countries by two-letter code: their Korean, Russian and English names."""
    path = FOLDER / COUNTRIES
    if not path.is_file():
        raise TableError([TableProblem(str(path), 0, "a derived word list is missing")])
    found = json.loads(path.read_text(encoding="utf-8"))
    return MappingProxyType({code: (ko, ru, en) for code, (ko, ru, en) in found.items()})


@functools.cache
def meta() -> Mapping[str, Any]:
    """How the files were built: the sources' versions, settings and totals."""
    return MappingProxyType(json.loads((FOLDER / "meta.json").read_text(encoding="utf-8")))
