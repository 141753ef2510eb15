"""Initials in DPRK texts: Russian letters written by their names with a full stop (엔. 에쓰.).

The letter names (``tables/ru_letter_names.tsv``) are spelled by the same rule tables as names,
with all their variants, so both the DPRK and the South Korean spellings of an initial read back.
Where DPRK usage spells a letter's name otherwise than the rules' first spelling (эс: 에쓰, not
에스), the table's ``dprk`` column gives the attested spelling, written for an initial and read.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from translit.data import cached, current
from translit.hangul import jamo
from translit.hangul.text import is_cyrillic
from translit.rules.language import load
from translit.rules.spell import spell, spell_hangul

TABLE = "ru_letter_names.tsv"
DPRK_TABLE = "ru_dprk.rules"
SOUTH_TABLE = "ru_south.rules"


@cached(maxsize=None)
def letter_names() -> Mapping[str, str]:
    """Letter → its name, in Cyrillic (н → эн)."""
    return MappingProxyType({row["letter"]: row["name"] for row in current().tsv(TABLE).rows})


@cached(maxsize=None)
def dprk_letter_names() -> Mapping[str, str]:
    """Letter → the attested DPRK Hangul of its name, where the rules' first spelling is not
    it (с → 에쓰)."""
    rows = current().tsv(TABLE).rows
    return MappingProxyType({row["letter"]: row["dprk"] for row in rows if row.get("dprk")})


@cached(maxsize=None)
def _letters_by_spelling() -> Mapping[str, str]:
    found: dict[str, str] = {spelling: letter for letter, spelling in dprk_letter_names().items()}
    for table in (DPRK_TABLE, SOUTH_TABLE):
        ruleset = load(table)
        for letter, name in letter_names().items():
            for written, _ in spell(ruleset, name):
                found.setdefault(jamo.compose(written), letter)
    return MappingProxyType(found)


def is_initial(word: str) -> bool:
    """Whether a Cyrillic word is an initial (``С.``)."""
    return len(word) == 2 and word.endswith(".") and is_cyrillic(word[0])


def letter_of(spelling: str) -> str | None:
    """The Cyrillic letter whose name is spelled so (에쓰 → с), or ``None``."""
    return _letters_by_spelling().get(spelling)


def initial_of(word: str) -> str | None:
    """The Cyrillic initial (``"с."``) that a Hangul word such as ``에쓰.`` writes, or ``None``."""
    if not word.endswith(".") or len(word) < 2:
        return None
    letter = letter_of(word[:-1])
    return letter + "." if letter else None


def spell_initial(initial: str) -> str:
    """The DPRK Hangul of a Cyrillic initial: its letter's name + ``.`` (``"Н."`` → ``"엔."``),
    in the attested spelling where it departs from the rules (``"С."`` → ``"에쓰."``)."""
    letter = initial[:1].lower()
    attested = dprk_letter_names().get(letter)
    if attested:
        return attested + "."
    return spell_hangul(load(DPRK_TABLE), letter_names().get(letter, letter)) + "."
