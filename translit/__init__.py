"""translit: North Korean (DPRK) spellings of foreign names and terms, normalised.

>>> from translit import normalize, romanize
>>> normalize("제니스 만뚜로브").cyrillic
'Денис Мантуров'
>>> romanize("최선희")
'Choe Son Hui'
"""

from translit.checker import Report, check
from translit.dueum import to_dprk, to_south
from translit.errors import InputError, OptionError, TableError, TranslitError
from translit.glossary import TermEntry, term
from translit.korean_names import (
    SYSTEMS,
    is_korean_name,
    name_variants,
    romanizations,
    romanize,
    split_name,
)
from translit.normalizer import Candidate, NameForms, normalize
from translit.tables import set_overlay
from translit.terms import Match, find_terms

__all__ = [
    "SYSTEMS",
    "Candidate",
    "InputError",
    "Match",
    "NameForms",
    "OptionError",
    "Report",
    "TableError",
    "TermEntry",
    "TranslitError",
    "check",
    "find_terms",
    "is_korean_name",
    "name_variants",
    "normalize",
    "romanizations",
    "romanize",
    "set_overlay",
    "split_name",
    "term",
    "to_dprk",
    "to_south",
]
__version__ = "0.1.0"
