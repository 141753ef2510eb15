"""Attested irregular forms (``tables/ru_lexicon.tsv``): conventional DPRK, South Korean and
English forms that the rules cannot give (로씨야 / 러시아 / Russia, 쏘련); and the world's
countries by CLDR's names (스위스 / Швейцария / Switzerland)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import cached, compact, current, lexicon

TABLE = "ru_lexicon.tsv"
COUNTRIES = "countries.tsv"
GLOSSARY = "glossary.tsv"


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
    for entry in _countries():
        for spelling in entry.dprk:
            by_dprk.setdefault(spelling, entry)
        by_cyrillic.setdefault(entry.cyrillic.lower(), entry)
    return Irregulars(MappingProxyType(by_dprk), MappingProxyType(by_cyrillic))


def _countries() -> list[Irregular]:
    """CLDR's countries (``lexicon.countries``) under their DPRK spellings: CLDR's Korean name
    (스위스: DPRK and South agree), a glossary place whose English is CLDR's English name
    (까자흐스딴 Kazakhstan), and the spellings of ``tables/countries.tsv``."""
    names = lexicon.countries()
    by_english = {en: code for code, (_, _, en) in names.items()}
    spellings: dict[str, list[str]] = {code: [compact(ko)] for code, (ko, _, _) in names.items()}
    for row in current().tsv(GLOSSARY).rows:  # the table, read here: terms/ is a later stage
        english = [row["english"], *row.get("english_variants", "").split("|")]
        codes = [by_english.get(e.strip()) for e in english] if row["kind"] == "place" else []
        code = next((c for c in codes if c is not None), None)
        if code is not None:
            spellings[code].append(compact(row["dprk"]))
    for row in current().tsv(COUNTRIES).rows:
        if row["code"] in spellings:
            spellings[row["code"]].append(compact(row["dprk"]))
    return [
        Irregular(tuple(dict.fromkeys(spellings[code])), ru, ko, en, "place")
        for code, (ko, ru, en) in names.items()
    ]
