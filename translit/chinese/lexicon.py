"""Whole names in wordfreq's Chinese list, by their Sino-Korean reading (``zh_names.marisa``).

Written by :mod:`translit.chinese.build`: every word of two to four characters that reads as a
name (a surname of the shipped table and a given name; any three-character word), under each
Hangul spelling of its characters' readings, with its Zipf frequency.  Mapped on first use.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import marisa_trie

from translit.errors import TableError, TableProblem

PATH = Path(__file__).resolve().parent / "zh_names.marisa"


@functools.cache
def _trie() -> Any:
    if not PATH.is_file():
        raise TableError([TableProblem(str(PATH), 0, "the derived Chinese name list is missing")])
    found = marisa_trie.BytesTrie()
    found.mmap(str(PATH))
    return found


@functools.lru_cache(maxsize=16_384)
def names_read(hangul: str) -> Mapping[str, float]:
    """The words of the list read ``hangul`` (syllables without spaces) → their Zipf frequency.

    >>> dict(names_read("습근평"))
    {'习近平': 4.48}
    """
    found = {}
    for value in _trie().get(hangul, []):
        word, zipf = value.decode("utf-8").split("\t")
        found[word] = float(zipf)
    return MappingProxyType(found)
