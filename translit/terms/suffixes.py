"""Particles, honorifics and title pieces glued after a name or term (``tables/suffixes.tsv``),
and splitting a glued tail into a chain of them (김정은|동지|와)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import cached, current
from translit.hangul import jamo

TABLE = "suffixes.tsv"
CONTEXT_CLASSES = frozenset({"honorific", "title"})


@dataclass(frozen=True)
class Suffix:
    text: str
    cls: str
    after: str


@cached(maxsize=None)
def suffixes() -> Mapping[str, Suffix]:
    table = current().tsv(TABLE)
    return MappingProxyType(
        {r["suffix"]: Suffix(r["suffix"], r["class"], r["after"]) for r in table.rows}
    )


def _fits(suffix: Suffix, before: str) -> bool:
    if suffix.after == "any" or not jamo.is_syllable(before):
        return suffix.after == "any"
    has_coda = bool(jamo.decompose(before)[2])
    return has_coda == (suffix.after == "coda")


@cached(maxsize=65_536)
def split_suffixes(tail: str, before: str) -> tuple[str, ...] | None:
    """``tail`` as a chain of suffixes, each fitting the syllable before it; else ``None``."""
    if not tail:
        return ()
    for size in range(len(tail), 0, -1):
        found = suffixes().get(tail[:size])
        if found is not None and _fits(found, before):
            rest = split_suffixes(tail[size:], tail[size - 1])
            if rest is not None:
                return (tail[:size], *rest)
    return None
