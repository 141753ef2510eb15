"""Which function applies each table to its ``#: sample:`` lines (for the one sample test).

Each module that interprets tables exports ``SAMPLE_APPLIERS``: table file name → a function
from a sample's input to the output the sample expects.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping

MODULES = (
    "translit.normalizer",
    "translit.generics",
    "translit.initials",
    "translit.ranking",
    "translit.lexicon_prior",
    "translit.detect",
    "translit.latin",
    "translit.korean_names",
    "translit.dueum",
    "translit.glossary",
    "translit.terms",
    "translit.align",
    "translit.verdicts",
)


def appliers() -> Mapping[str, Callable[[str], str]]:
    """Every table name with the function that applies it."""
    found: dict[str, Callable[[str], str]] = {}
    for name in MODULES:
        found.update(importlib.import_module(name).SAMPLE_APPLIERS)
    return found
