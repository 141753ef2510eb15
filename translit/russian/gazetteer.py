"""The gazetteer of Russian public figures (``tables/ru_gazetteer.tsv``): their full names in
Cyrillic and their usual English spelling."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from translit.data import cached, current

TABLE = "ru_gazetteer.tsv"


@cached(maxsize=None)
def gazetteer() -> Mapping[str, str]:
    """Full names (lower-case Cyrillic) → their usual English spelling, user rows first."""
    found: dict[str, str] = {}
    for row in current().tsv(TABLE).rows:  # of namesakes, the first listed
        found.setdefault(row["cyrillic"].lower(), row["english"])
    return MappingProxyType(found)


@cached(maxsize=None)
def gazetteer_words() -> frozenset[str]:
    """Every word of every name, ё written е."""
    return frozenset(
        part.replace("ё", "е")
        for name in gazetteer()
        for word in name.split()
        for part in word.split("-")
    )


@cached(maxsize=None)
def _by_surname() -> Mapping[str, str]:
    found: dict[str, str] = {}
    for name, english in gazetteer().items():  # the best-known namesake is listed first
        found.setdefault(name.split()[-1], english)
    return MappingProxyType(found)


def english_by_surname(surname: str) -> str | None:
    """The usual English spelling of the first public figure in the gazetteer with ``surname``."""
    return _by_surname().get(surname.lower())
