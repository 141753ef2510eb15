"""Chinese characters by their Sino-Korean reading: the derived list and the extra readings.

``zh_chars.tsv`` (written by :mod:`translit.chinese.build` from the hanja package, pypinyin and
wordfreq) gives each simplified character its traditional forms, Korean readings, pinyin
readings (the usual one first), its Zipf frequency in Chinese text and how many given names of
wordfreq's full names use it.  ``tables/zh_readings.tsv`` adds readings the hanja package lacks.
Both are read on first use; the index of characters by reading lives with the current tables.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from translit.data import cached, current
from translit.errors import TableError, TableProblem
from translit.hangul.jamo import is_syllable

FOLDER = Path(__file__).resolve().parent
CHARS = FOLDER / "zh_chars.tsv"
READINGS = "zh_readings.tsv"


@dataclass(frozen=True)
class Character:
    """One simplified character of the derived list."""

    char: str
    traditional: str
    hangul: tuple[str, ...]
    pinyin: tuple[str, ...]
    zipf: float
    given: float


@functools.cache
def characters() -> Mapping[str, Character]:
    """Every character of ``zh_chars.tsv`` by its simplified form."""
    if not CHARS.is_file():
        raise TableError([TableProblem(str(CHARS), 0, "the derived Chinese list is missing")])
    lines = CHARS.read_text(encoding="utf-8").splitlines()
    found: dict[str, Character] = {}
    for line in lines[1:]:
        char, trad, hangul, pinyin, zipf, given = line.split("\t")
        readings, pinyins = tuple(hangul.split(",")), tuple(pinyin.split(","))
        found[char] = Character(char, trad, readings, pinyins, float(zipf), float(given))
    return MappingProxyType(found)


@functools.cache
def simplified_of() -> Mapping[str, str]:
    """Traditional character → its simplified form, as the derived list has them."""
    found = {trad: c.char for c in characters().values() for trad in c.traditional}
    return MappingProxyType(found)


@cached(maxsize=None)
def by_reading() -> Mapping[str, tuple[Character, ...]]:
    """Hangul syllable → the characters read so: the derived list's readings and the table's."""
    index: dict[str, dict[str, Character]] = {}
    for c in characters().values():
        for hangul in c.hangul:
            index.setdefault(hangul, {})[c.char] = c
    table = current().tsv(READINGS)
    problems = []
    known = characters()
    for row, line in zip(table.rows, table.row_lines, strict=True):
        hangul = row["hangul"]
        char = simplified_of().get(row["hanzi"], row["hanzi"])
        if len(hangul) != 1 or not is_syllable(hangul):
            problems.append(line.problem(f"hangul {hangul!r} is not one Hangul syllable"))
        elif char not in known:
            problems.append(line.problem(f"{row['hanzi']!r} is not in the derived character list"))
        else:
            index.setdefault(hangul, {})[char] = known[char]
    if problems:
        raise TableError(problems)
    return MappingProxyType({k: tuple(v.values()) for k, v in index.items()})
