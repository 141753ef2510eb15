"""Tables as data: reading, validation, user overlays, and the :class:`Tables` object."""

from translit.data import lexicon
from translit.data.files import Line, Sample
from translit.data.specs import compact
from translit.data.store import TableFile, Tables, TsvTable, cached, current, set_overlay

__all__ = [
    "Line",
    "Sample",
    "TableFile",
    "Tables",
    "TsvTable",
    "cached",
    "compact",
    "current",
    "lexicon",
    "set_overlay",
]
