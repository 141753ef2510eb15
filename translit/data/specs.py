"""One declaration per table: its required columns, its key, its enumerations and numbers.

The key is what a user's row replaces: an overlay row whose key equals a shipped row's takes
its place (``fold`` says how keys compare: exactly, in lower case, or without spaces and
quotation marks).  A key given twice in one file is an error.  ``numbers`` columns must hold
finite numbers; in ``finite`` columns a cell that reads as a number must be finite; an
``alphabets`` column holds only the letters of its alphabet; a ``hangul`` column holds Hangul.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

Fold = Literal["exact", "lower", "compact"]
Alphabet = Literal["russian", "ascii"]
ALPHABETS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "russian": frozenset(
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ -|"
        ),
        "ascii": frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ' -|"),
    }
)
QUOTES = "《》〈〉「」\"'"


@dataclass(frozen=True)
class TableSpec:
    """How one TSV table is validated and merged with a user's copy."""

    key: tuple[str, ...]
    required: tuple[str, ...] = ()
    choices: tuple[tuple[str, frozenset[str]], ...] = ()
    numbers: tuple[str, ...] = ()
    finite: tuple[str, ...] = ()
    fold: Fold = "exact"
    alphabets: tuple[tuple[str, Alphabet], ...] = ()
    hangul: tuple[str, ...] = ()

    def key_of(self, row: Mapping[str, str]) -> tuple[str, ...]:
        return tuple(fold(row.get(column, ""), self.fold) for column in self.key)


def compact(text: str) -> str:
    """The spacing-insensitive key of a term: no whitespace, no quotation marks."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in QUOTES)


def fold(text: str, how: Fold) -> str:
    if how == "lower":
        return text.lower()
    if how == "compact":
        return compact(text)
    return text


def _one_of(column: str, *values: str) -> tuple[str, frozenset[str]]:
    return column, frozenset(values)


YES_NO = ("yes", "no")
GLOSSARY_KINDS = ("title", "org", "ministry", "place", "term", "media", "party", "event")
CAUSE_TESTS = ("letters", "edit", "dropped", "modifier", "missing", "english")

TSV: Mapping[str, TableSpec] = MappingProxyType(
    {
        "check.tsv": TableSpec(("setting",), ("setting", "value"), finite=("value",)),
        "compound_links.tsv": TableSpec(
            ("dprk",),
            ("dprk", "role", "english"),
            (_one_of("role", "conjunction", "preposition"),),
            fold="compact",
        ),
        "detect.tsv": TableSpec(("feature",), ("feature", "weight"), numbers=("weight",)),
        "dueum.tsv": TableSpec(
            ("dprk", "context"),
            ("dprk", "south", "context"),
            (_one_of("context", "initial", "after-vowel-or-n"),),
        ),
        "dueum_words.tsv": TableSpec(
            ("dprk",), ("dprk", "compound"), (_one_of("compound", *YES_NO),)
        ),
        "english_spelling.tsv": TableSpec(("from",), ("from",)),
        "error_causes.tsv": TableSpec(
            ("test", "expected", "found", "hangul"),
            ("test", "explanation"),
            (_one_of("test", *CAUSE_TESTS),),
        ),
        "foreign_ranking.tsv": TableSpec(("feature",), ("feature", "weight"), numbers=("weight",)),
        "foreign_south.tsv": TableSpec(
            ("dprk", "scope"),
            ("dprk", "south", "scope"),
            (_one_of("scope", "onset", "syllable"),),
        ),
        "glossary.tsv": TableSpec(
            ("dprk",),
            ("dprk", "english", "kind", "source"),
            (_one_of("kind", *GLOSSARY_KINDS),),
            fold="compact",
            hangul=("dprk",),
        ),
        "countries.tsv": TableSpec(("dprk",), ("dprk", "code"), hangul=("dprk",)),
        "ko_generics.tsv": TableSpec(
            ("dprk",),
            ("dprk", "english", "kind"),
            (_one_of("kind", *GLOSSARY_KINDS),),
            hangul=("dprk",),
        ),
        "korean_names_irregular.tsv": TableSpec(("hangul",), ("hangul",)),
        "korean_press_vowels.tsv": TableSpec(
            ("mr", "press"), ("mr", "press", "closed"), (_one_of("closed", *YES_NO),)
        ),
        "korean_romanization.tsv": TableSpec(
            ("jamo", "position"),
            ("jamo", "position", "dprk", "mr", "rr"),
            (_one_of("position", "onset", "voiced", "vowel", "coda"),),
        ),
        "korean_surnames.tsv": TableSpec(
            ("hangul",), ("hangul", "dprk_hangul", "rok_hangul", "dprk", "rr", "mr", "press", "tag")
        ),
        "latin_given_names.tsv": TableSpec(
            ("cyrillic",),
            ("cyrillic", "press", "source"),
            fold="lower",
            alphabets=(("cyrillic", "russian"), ("press", "ascii"), ("variants", "ascii")),
        ),
        "ranking.tsv": TableSpec(("feature",), ("feature", "weight"), numbers=("weight",)),
        "ru_adjectives.tsv": TableSpec(("ending",), ("masc", "femn", "neut")),
        "ru_backoff.tsv": TableSpec(("written",), ("written", "read", "cost"), finite=("cost",)),
        "ru_gazetteer.tsv": TableSpec(("cyrillic", "role"), ("cyrillic", "english"), fold="lower"),
        "ru_generics.tsv": TableSpec(
            ("dprk",),
            ("dprk", "russian", "south", "english", "place"),
            choices=(_one_of("place", "after", "before"),),
        ),
        "ru_letter_names.tsv": TableSpec(("letter",), ("letter", "name")),
        "ru_impossible.tsv": TableSpec(("pattern",), ("pattern",)),
        "ru_lexicon.tsv": TableSpec(("dprk",), ("dprk", "cyrillic", "south", "english")),
        "ru_patronymics.tsv": TableSpec(("ending",), ("ending",)),
        "scanner.tsv": TableSpec(("setting",), ("setting", "value"), numbers=("value",)),
        "suffixes.tsv": TableSpec(
            ("suffix",),
            ("suffix", "class", "after"),
            (_one_of("after", "any", "coda", "vowel"),),
        ),
        "zh_model.tsv": TableSpec(("feature",), ("feature", "weight"), numbers=("weight",)),
        "zh_south.tsv": TableSpec(
            ("pinyin", "kind"),
            ("pinyin", "kind", "hangul"),
            (_one_of("kind", "initial", "final", "syllable"),),
        ),
        "zh_readings.tsv": TableSpec(("hanzi", "hangul"), ("hanzi", "hangul"), hangul=("hangul",)),
        "zh_surnames.tsv": TableSpec(
            ("hanzi",),
            ("hanzi", "pinyin", "kind"),
            (_one_of("kind", "single", "compound"),),
            finite=("rank",),
        ),
    }
)
