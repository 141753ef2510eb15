"""Pinyin → the South Korean Hangul of a Chinese name (习近平: xi jin ping → 시진핑), by NIKL's
table of pinyin initials and finals (``tables/zh_south.tsv``).

>>> south_spelling([("xi",), ("jin", "ping")])
'시진핑'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import cached, current
from translit.errors import InputError, TableError
from translit.hangul.jamo import ONSET_OF, SILENT, decompose, is_syllable, syllable

TABLE = "zh_south.tsv"
_PALATAL = ("j", "q")  # their ㅈ and ㅊ take no y-glide (after_jq)
_U_IS_UMLAUT = ("j", "q", "x")  # pinyin writes their ü as u


@dataclass(frozen=True)
class _Table:
    initials: Mapping[str, str]  # pinyin initial → conjoining onset
    finals: Mapping[str, tuple[str, str]]  # final → (Hangul, Hangul after j and q)
    syllables: Mapping[str, str]  # whole syllable → Hangul


def _hangul(text: str) -> bool:
    return bool(text) and all(is_syllable(ch) for ch in text)


@cached(maxsize=None)
def _table() -> _Table:
    table = current().tsv(TABLE)
    initials: dict[str, str] = {}
    finals: dict[str, tuple[str, str]] = {}
    syllables: dict[str, str] = {}
    problems = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        pinyin, kind, hangul, after = row["pinyin"], row["kind"], row["hangul"], row["after_jq"]
        if kind == "initial" and hangul in ONSET_OF:
            initials[pinyin] = ONSET_OF[hangul]
        elif kind == "final" and _hangul(hangul) and (not after or _hangul(after)):
            if decompose(hangul[0])[0] != SILENT:
                problems.append(line.problem("a final starts with the silent ㅇ"))
            finals[pinyin] = (hangul, after or hangul)
        elif kind == "syllable" and _hangul(hangul):
            syllables[pinyin] = hangul
        else:
            problems.append(line.problem("an initial is one consonant; a final or syllable Hangul"))
    if problems:
        raise TableError(problems)
    return _Table(MappingProxyType(initials), MappingProxyType(finals), MappingProxyType(syllables))


def syllable_hangul(pinyin: str) -> str:
    """One toneless pinyin syllable (``jin``, ``lü``), or a compound surname's syllables written
    as one (``ouyang``), in South Korean Hangul."""
    found = _syllable(pinyin)
    if found is not None:
        return found
    for cut in range(len(pinyin) - 1, 0, -1):  # the longest first syllable that leaves syllables
        head = _syllable(pinyin[:cut])
        if head is not None:
            try:
                return head + syllable_hangul(pinyin[cut:])
            except InputError:
                continue
    raise InputError(f"{pinyin!r} is not a pinyin syllable", text=pinyin)


def _syllable(pinyin: str) -> str | None:
    table = _table()
    if pinyin in table.syllables:
        return table.syllables[pinyin]
    for size in (2, 1):
        initial, final = pinyin[:size], pinyin[size:]
        if initial not in table.initials:
            continue
        if initial in _U_IS_UMLAUT and final.startswith("u"):
            final = "ü" + final[1:]
        if final in table.finals:
            plain, palatal = table.finals[final]
            hangul = palatal if initial in _PALATAL else plain
            _, vowel, coda = decompose(hangul[0])
            return syllable(table.initials[initial], vowel, coda) + hangul[1:]
    return None


def south_spelling(words: Sequence[Sequence[str]]) -> str:
    """A Chinese name's words (each its toneless pinyin syllables) in South Korean Hangul,
    written as one word, as the South Korean press writes Chinese names."""
    return "".join(syllable_hangul(s) for word in words for s in word)
