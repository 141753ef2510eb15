"""Korean generic words glued to Russian place names: 아무르주 = Амурская область = Amur Oblast.

The generics (``tables/ru_generics.tsv``) say how each form of the phrase is built from the
name; Russian adjectives in -ский come from ``tables/ru_adjectives.tsv``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from translit import tables


@dataclass(frozen=True)
class Generic:
    """A generic word: its DPRK spelling and the patterns of the phrase it makes."""

    dprk: str
    russian: str
    south: str
    english: str

    def cyrillic(self, name: str) -> str:
        """The Russian phrase for a name (given capitalised)."""
        return self.russian.format(
            name=name,
            adj_m=adjective(name, "masc"),
            adj_f=adjective(name, "femn"),
            adj_n=adjective(name, "neut"),
        )


@functools.cache
def generics() -> tuple[Generic, ...]:
    """Every generic, longest DPRK spelling first (변강 before 강)."""
    table = tables.read_tsv("ru_generics.tsv", required=("dprk", "russian", "south", "english"))
    found = [Generic(r["dprk"], r["russian"], r["south"], r["english"]) for r in table.rows]
    return tuple(sorted(found, key=lambda g: -len(g.dprk)))


@functools.cache
def _adjective_rows() -> tuple[tuple[str, str, dict[str, str]], ...]:
    table = tables.read_tsv("ru_adjectives.tsv", required=("masc", "femn", "neut"))
    return tuple(
        (r["ending"], r["strip"], {g: r[g] for g in ("masc", "femn", "neut")}) for r in table.rows
    )


tables.on_overlay_change(generics.cache_clear)
tables.on_overlay_change(_adjective_rows.cache_clear)


def adjective(noun: str, gender: str) -> str:
    """The -ский adjective of a place noun: Курск → Курская (femn)."""
    for ending, strip, suffixes in _adjective_rows():
        if noun.lower().endswith(ending):
            stem = noun[: len(noun) - len(strip)] if strip else noun
            return stem + suffixes[gender]
    return noun


def split_generic(word: str) -> tuple[str, Generic] | None:
    """``(name, generic)`` when ``word`` ends in a generic and something is left before it."""
    for generic in generics():
        if word.endswith(generic.dprk) and len(word) > len(generic.dprk):
            return word[: -len(generic.dprk)], generic
    return None


SAMPLE_APPLIERS = {
    "ru_adjectives.tsv": lambda noun: adjective(noun, "masc"),
}
