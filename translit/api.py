"""One object over a set of tables: every public function, bound to those tables.

>>> from translit import Translit
>>> Translit().normalize("뿌찐").latin
'Putin'

``Translit("my_tables/")`` reads a user's tables over the shipped ones; two such objects live
side by side in one process, each with its own caches.  The module-level functions of
:mod:`translit` are those of the process default (``TRANSLIT_TABLES``, or
:func:`translit.set_overlay`).
"""

from __future__ import annotations

import os

from translit.checking.report import Report, check
from translit.data import Tables
from translit.korean.dueum import to_dprk, to_south
from translit.korean.names import name_variants, romanize
from translit.origins.normalize import normalize
from translit.russian.normalize import NameForms
from translit.terms.glossary import TermEntry, read_name
from translit.terms.scanner import Match, find_terms
from translit.terms.term import term
from translit.vocabulary import Origin, System


class Translit:
    """The library over one set of tables (the shipped ones, with ``tables`` as overlay)."""

    def __init__(self, tables: str | os.PathLike[str] | Tables | None = None) -> None:
        self.tables = tables if isinstance(tables, Tables) else Tables(tables)

    def __repr__(self) -> str:
        return f"Translit({self.tables!r})"

    def normalize(self, name: str, *, k: int = 5, origin: Origin = "auto") -> NameForms:
        """See :func:`translit.normalize`."""
        with self.tables.active():
            return read_name(name, lambda: normalize(name, k=k, origin=origin))

    def romanize(self, name: str, *, system: System = "dprk") -> str:
        """See :func:`translit.romanize`."""
        with self.tables.active():
            return romanize(name, system=system)

    def name_variants(self, name: str) -> frozenset[str]:
        """See :func:`translit.name_variants`."""
        with self.tables.active():
            return name_variants(name)

    def term(self, word: str) -> TermEntry:
        """See :func:`translit.term`."""
        with self.tables.active():
            return term(word)

    def find_terms(self, text: str) -> list[Match]:
        """See :func:`translit.find_terms`."""
        with self.tables.active():
            return find_terms(text)

    def check(self, korean: str, english: str, *, vocabulary: bool = False) -> Report:
        """See :func:`translit.check`."""
        with self.tables.active():
            return check(korean, english, vocabulary=vocabulary)

    def to_south(self, text: str, *, name: bool = False) -> str:
        """See :func:`translit.to_south`."""
        with self.tables.active():
            return to_south(text, name=name)

    def to_dprk(self, text: str, *, name: bool = False) -> str:
        """See :func:`translit.to_dprk`."""
        with self.tables.active():
            return to_dprk(text, name=name)
