"""Attested irregular forms (``tables/ru_lexicon.tsv``): conventional DPRK, South Korean and
English forms that the rules cannot give (로씨야 / 러시아 / Russia, 쏘련)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import cached, current

TABLE = "ru_lexicon.tsv"


@dataclass(frozen=True)
class Irregular:
    """One attested irregular: its DPRK spellings (the usual first) and its other forms."""

    dprk: tuple[str, ...]
    cyrillic: str
    south: str
    english: str
    kind: str


@dataclass(frozen=True)
class Irregulars:
    """The irregulars indexed by DPRK spelling and by lower-case Cyrillic."""

    by_dprk: Mapping[str, Irregular]
    by_cyrillic: Mapping[str, Irregular]


@cached(maxsize=None)
def irregulars() -> Irregulars:
    """The table's rows, indexed; user rows first, so they win."""
    by_dprk: dict[str, Irregular] = {}
    by_cyrillic: dict[str, Irregular] = {}
    for row in current().tsv(TABLE).rows:
        spellings = tuple(s.strip() for s in row["dprk"].split("|"))
        entry = Irregular(spellings, row["cyrillic"], row["south"], row["english"], row["kind"])
        for spelling in spellings:
            by_dprk.setdefault(spelling, entry)
        by_cyrillic.setdefault(row["cyrillic"].lower(), entry)
    return Irregulars(MappingProxyType(by_dprk), MappingProxyType(by_cyrillic))
