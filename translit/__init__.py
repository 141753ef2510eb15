"""translit: North Korean (DPRK) spellings of foreign names and terms, normalised.

>>> from translit import normalize, romanize
>>> normalize("제니스 만뚜로브").cyrillic
'Денис Мантуров'
>>> romanize("최선희")
'Choe Son Hui'
"""

from translit.api import Translit
from translit.check.finding import Finding
from translit.check.report import Report, check
from translit.data import Tables, set_overlay
from translit.errors import InputError, OptionError, TableError, TranslitError
from translit.korean.dueum import to_dprk, to_south
from translit.korean.names import is_korean_name, name_variants, romanizations, romanize
from translit.korean.surnames import split_name
from translit.russian.normalize import Candidate, NameForms, normalize
from translit.terms.glossary import TermEntry
from translit.terms.scanner import Match, find_terms
from translit.terms.term import term
from translit.vocabulary import SYSTEMS, VERDICTS, MentionKind, System, Verdict

__all__ = [
    "SYSTEMS",
    "VERDICTS",
    "Candidate",
    "Finding",
    "InputError",
    "Match",
    "MentionKind",
    "NameForms",
    "OptionError",
    "Report",
    "System",
    "TableError",
    "Tables",
    "TermEntry",
    "Translit",
    "TranslitError",
    "Verdict",
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
__version__ = "0.2.0"
