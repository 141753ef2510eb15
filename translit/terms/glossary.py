"""The DPRK political glossary (``tables/glossary.tsv``) and the link words of its compounds
(``tables/compound_links.tsv``).

The glossary is written once, DPRK form first; the indexes by DPRK form, by South Korean form
and by spacing-insensitive key (DPRK glues words: 정부부수상 = 정부 부수상) are derived here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from translit.data import cached, compact, current
from translit.errors import InputError
from translit.russian.normalize import NameForms

TABLE = "glossary.tsv"
LINKS = "compound_links.tsv"


@dataclass(frozen=True)
class TermEntry:
    """One term in all its forms; ``kind`` is a glossary kind, ``"compound"`` parts aside,
    ``"transcription"`` for the Russian-name fallback, or ``None`` when nothing is known."""

    input: str
    dprk: str | None
    south: str | None
    english: str | None
    english_variants: tuple[str, ...]
    kcna_english: str | None
    kind: str | None
    source: str | None
    note: str | None = None


@dataclass(frozen=True)
class Glossary:
    """The glossary rows and the indexes derived from them (first row wins in each index)."""

    entries: tuple[TermEntry, ...]
    by_dprk: Mapping[str, TermEntry]
    by_south: Mapping[str, TermEntry]


def _entry(row: Mapping[str, str]) -> TermEntry:
    variants = tuple(v.strip() for v in row.get("english_variants", "").split("|") if v.strip())
    return TermEntry(
        input=row["dprk"],
        dprk=row["dprk"],
        south=row.get("south") or None,
        english=row["english"],
        english_variants=variants,
        kcna_english=row.get("kcna_english") or None,
        kind=row["kind"],
        source=row["source"],
        note=row.get("note") or None,
    )


@cached(maxsize=None)
def glossary() -> Glossary:
    """The glossary's entries and the indexes derived from them."""
    entries = [_entry(row) for row in current().tsv(TABLE).rows]
    by_dprk: dict[str, TermEntry] = {}
    by_south: dict[str, TermEntry] = {}
    for entry in entries:
        assert entry.dprk is not None
        by_dprk.setdefault(compact(entry.dprk), entry)
        if entry.south:
            by_south.setdefault(compact(entry.south), entry)
    return Glossary(tuple(entries), MappingProxyType(by_dprk), MappingProxyType(by_south))


@cached(maxsize=None)
def links() -> Mapping[str, tuple[str, str]]:
    """Link words of compounds (겸, 주재): key → (role, English)."""
    table = current().tsv(LINKS)
    return MappingProxyType({compact(r["dprk"]): (r["role"], r["english"]) for r in table.rows})


def lookup(word: str) -> TermEntry | None:
    """The glossary entry for ``word`` in DPRK or South form, spacing ignored; else ``None``."""
    key = compact(word)
    index = glossary()
    found = index.by_dprk.get(key) or index.by_south.get(key)
    return replace(found, input=word) if found is not None else None


def read_name(text: str, read: Callable[[], NameForms]) -> NameForms:
    """``read()``, the forms of the name ``text``, unless ``text`` is a term of the glossary
    that it cannot read or only guesses at (흑해 is the Black Sea, 련방평의회 the Federation
    Council): then an :class:`InputError` that says what the term is."""
    try:
        forms = read()
    except InputError as error:
        raise (_term_error(text) or error) from None
    term = _term_error(text) if forms.source == "backoff" else None
    if term is not None:
        raise term
    return forms


def _term_error(text: str) -> InputError | None:
    entry = lookup(text) if isinstance(text, str) and text.strip() else None
    if entry is None:
        return None
    south = f", South Korean {entry.south}" if entry.south and entry.south != text else ""
    return InputError(
        f"{text!r} is no name but a glossary term ({entry.kind}): {entry.english}{south};"
        " `translit term` gives all its forms",
        text=text,
    )
