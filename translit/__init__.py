"""translit: North Korean (DPRK) spellings of foreign names and terms, normalised.

>>> from translit import normalize, romanize
>>> normalize("제니스 만뚜로브").cyrillic
'Денис Мантуров'
>>> romanize("최선희")
'Choe Son Hui'
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from translit.api import Translit
    from translit.checking.finding import Finding
    from translit.checking.report import Report, check
    from translit.data import Tables, set_overlay
    from translit.errors import InputError, OptionError, TableError, TranslitError, UnreadError
    from translit.korean.dueum import to_dprk, to_south
    from translit.korean.names import is_korean_name, name_variants, romanizations, romanize
    from translit.korean.surnames import split_name
    from translit.origins.normalize import normalize
    from translit.russian.normalize import Candidate, NameForms
    from translit.terms.glossary import TermEntry
    from translit.terms.scanner import Match, find_terms
    from translit.terms.term import term
    from translit.vocabulary import SYSTEMS, VERDICTS, MentionKind, System, Verdict

# Each public name is imported on first use, so that a command loads only the stages it needs.
_WHERE = {
    "Candidate": "translit.russian.normalize",
    "Finding": "translit.checking.finding",
    "InputError": "translit.errors",
    "Match": "translit.terms.scanner",
    "MentionKind": "translit.vocabulary",
    "NameForms": "translit.russian.normalize",
    "OptionError": "translit.errors",
    "Report": "translit.checking.report",
    "SYSTEMS": "translit.vocabulary",
    "System": "translit.vocabulary",
    "TableError": "translit.errors",
    "Tables": "translit.data",
    "TermEntry": "translit.terms.glossary",
    "Translit": "translit.api",
    "TranslitError": "translit.errors",
    "UnreadError": "translit.errors",
    "VERDICTS": "translit.vocabulary",
    "Verdict": "translit.vocabulary",
    "check": "translit.checking.report",
    "find_terms": "translit.terms.scanner",
    "is_korean_name": "translit.korean.names",
    "name_variants": "translit.korean.names",
    "normalize": "translit.origins.normalize",
    "romanizations": "translit.korean.names",
    "romanize": "translit.korean.names",
    "set_overlay": "translit.data",
    "split_name": "translit.korean.surnames",
    "term": "translit.terms.term",
    "to_dprk": "translit.korean.dueum",
    "to_south": "translit.korean.dueum",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'translit' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])


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
    "UnreadError",
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
