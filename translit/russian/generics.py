"""Korean generic words glued to Russian place names: 아무르주 = Амурская область = Amur Oblast,
동부씨비리 = Восточная Сибирь = Eastern Siberia.

The generics (``tables/ru_generics.tsv``) say how each form of the phrase is built from the
name; Russian adjectives in -ский come from ``tables/ru_adjectives.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass

from translit.data import cached, current
from translit.russian.evidence import evidence


@dataclass(frozen=True)
class Generic:
    """A generic word: its DPRK spelling and the patterns of the phrase it makes."""

    dprk: str
    russian: str  # a pattern, or one per gender of the name (masculine | feminine | neuter)
    south: str
    english: str
    before: bool  # glued before the name (동부씨비리), not after it (아무르주)

    def cyrillic(self, name: str) -> str:
        """The Russian phrase for a name (given capitalised)."""
        patterns = self.russian.split(" | ")
        if len(patterns) == 3:  # an adjective agreeing with the name: Восточная Сибирь
            gender = evidence(name.lower()).gender or "masc"
            pattern = patterns[("masc", "femn", "neut").index(gender)]
        else:
            pattern = self.russian
        return pattern.format(
            name=name,
            adj_m=adjective(name, "masc"),
            adj_f=adjective(name, "femn"),
            adj_n=adjective(name, "neut"),
        )


@cached(maxsize=None)
def generics() -> tuple[Generic, ...]:
    """Every generic, longest DPRK spelling first (변강 before 강)."""
    table = current().tsv("ru_generics.tsv")
    found = [
        Generic(r["dprk"], r["russian"], r["south"], r["english"], r["place"] == "before")
        for r in table.rows
    ]
    return tuple(sorted(found, key=lambda g: -len(g.dprk)))


@cached(maxsize=None)
def _adjective_rows() -> tuple[tuple[str, str, dict[str, str]], ...]:
    table = current().tsv("ru_adjectives.tsv")
    return tuple(
        (r["ending"], r["strip"], {g: r[g] for g in ("masc", "femn", "neut")}) for r in table.rows
    )


def adjective(noun: str, gender: str) -> str:
    """The -ский adjective of a place noun: Курск → Курская (femn)."""
    for ending, strip, suffixes in _adjective_rows():
        if noun.lower().endswith(ending):
            stem = noun[: len(noun) - len(strip)] if strip else noun
            return stem + suffixes[gender]
    return noun


def nouns_of(word: str, gender: str) -> list[str]:
    """The place nouns whose adjective of ``gender`` is ``word`` (Курская → Курск, Кур):
    every row of the adjective table read backwards, kept when it reads forwards again."""
    found: list[str] = []
    for ending, strip, suffixes in _adjective_rows():
        suffix = suffixes[gender]
        if word.lower().endswith(suffix) and len(word) > len(suffix):
            noun = word[: len(word) - len(suffix)] + strip
            if noun.lower().endswith(ending) and adjective(noun, gender) == word:
                found.append(noun)
    return list(dict.fromkeys(found))


_SLOTS = {"adj_m": "masc", "adj_f": "femn", "adj_n": "neut"}


def read_phrase(cyrillic: str) -> list[tuple[str, Generic]]:
    """The (place noun, generic) readings of a Russian place phrase: Амурская область →
    (Амур, 주) and (Амурск, 주); a generic whose phrase is the bare name is never read so."""
    found: list[tuple[str, Generic]] = []
    for generic in generics():
        slot = next((s for s in (*_SLOTS, "name") if "{" + s + "}" in generic.russian), None)
        if slot is None or generic.russian == "{name}" or " | " in generic.russian:
            continue
        head, _, tail = generic.russian.partition("{" + slot + "}")
        if not (cyrillic.startswith(head) and cyrillic.endswith(tail)):
            continue
        word = cyrillic[len(head) : len(cyrillic) - len(tail)]
        if not word or " " in word:
            continue
        nouns = nouns_of(word, _SLOTS[slot]) if slot in _SLOTS else [word]
        found.extend((noun, generic) for noun in nouns)
    return found


def split_generic(word: str, *, alone: bool) -> tuple[str, Generic] | None:
    """``(name, generic)`` when ``word`` ends in a generic glued after a name, or, when it is
    the name's only word (``alone``), begins with one glued before it, and something is left."""
    for generic in generics():
        if len(word) <= len(generic.dprk):
            continue
        if generic.before and alone and word.startswith(generic.dprk):
            return word[len(generic.dprk) :], generic
        if not generic.before and word.endswith(generic.dprk):
            return word[: -len(generic.dprk)], generic
    return None
