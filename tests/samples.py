"""The one registry of the tables' ``#: sample:`` lines: table name → the function that applies
that table to a sample's input (test-only code, so it lives here, not in the library)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from translit.checking.causes import word_cause
from translit.checking.settings import setting
from translit.checking.tokens import canon_word, fold
from translit.chinese import english_forms
from translit.chinese.south import south_spelling as zh_south
from translit.chinese.surnames import weights as zh_weights
from translit.data import current
from translit.foreign.reading import weights as foreign_weights
from translit.foreign.south import south_spelling as foreign_south
from translit.korean.dueum import to_dprk, to_south
from translit.korean.names import _press_vowel_forms, _surname, romanize
from translit.korean.surnames import split_name
from translit.rules.language import load
from translit.rules.spell import alternatives, spell_hangul
from translit.russian.backoff import nearest
from translit.russian.detect import weights as detect_weights
from translit.russian.gazetteer import english_by_surname
from translit.russian.generics import adjective
from translit.russian.initials import letter_of
from translit.russian.latin import latin_forms
from translit.russian.normalize import normalize
from translit.russian.ranking import impossible
from translit.russian.ranking import weights as ranking_weights
from translit.terms.scanner import find_terms
from translit.terms.term import term


def romanized(sample: str) -> str:
    """``SYSTEM:NAME`` (or just ``NAME``, in the DPRK system) romanised."""
    system, sep, name = sample.partition(":")
    return romanize(name, system=system) if sep else romanize(sample)  # type: ignore[arg-type]


def press_vowels(name: str) -> str:
    """The hyphenated press-vowel forms of a name, with its KCNA surname."""
    surname, given = split_name(name)
    forms = sorted(f for f in _press_vowel_forms(given) if "-" in f)
    return ", ".join(f"{_surname(surname).dprk} {f}" for f in forms)


def described(text: str) -> str:
    """The matches of ``text`` as ``term +suffix ; term``."""
    return " ; ".join(m.text + "".join(f" +{s}" for s in m.suffixes) for m in find_terms(text))


def shortened(name: str) -> str:
    """The press form of a name without its patronymic."""
    words = name.split()
    short = [f for f in latin_forms(name).variants if len(f.split()) == len(words) - 1]
    return short[0] if short else ""


def cause(text: str) -> str:
    """``RIGHT WRONG HANGUL`` → the explanation of the error."""
    right, wrong, korean = text.split()
    return word_cause(fold(right), fold(wrong), korean).text


def first_variant(name: str) -> str:
    """A word spelled with each letter's first Latin alternative."""
    units = alternatives(load("latin_variants.rules"), name.lower())
    return "".join(u[0] for u in units).capitalize()


APPLIERS: Mapping[str, Callable[[str], str]] = MappingProxyType(
    {
        "check.tsv": setting,
        "compound_links.tsv": lambda word: term(word).english or "",
        "detect.tsv": lambda feature: str(detect_weights()[feature]),
        "countries.tsv": lambda dprk: normalize(dprk).cyrillic,
        "dueum.tsv": to_south,
        "dueum_words.tsv": to_dprk,
        "english_spelling.tsv": canon_word,
        "error_causes.tsv": cause,
        "glossary.tsv": lambda word: term(word).english or "",
        "ko_generics.tsv": lambda word: next(m.entry.english for m in find_terms(word) if m.entry),
        "korean_names_irregular.tsv": romanized,
        "korean_press_vowels.tsv": press_vowels,
        "korean_romanization.tsv": romanized,
        "korean_surnames.tsv": romanized,
        "latin_given_names.tsv": lambda given_name: latin_forms(given_name).press,
        "latin_press.rules": lambda name: latin_forms(name).press,
        "latin_variants.rules": first_variant,
        "ranking.tsv": lambda feature: str(ranking_weights()[feature]),
        "ru_adjectives.tsv": lambda noun: adjective(noun, "masc"),
        "ru_backoff.tsv": lambda word: (nearest(word) or (word, 0.0))[0],
        "ru_dprk.rules": lambda text: spell_hangul(load("ru_dprk.rules"), text),
        "foreign_dprk.rules": lambda text: spell_hangul(load("foreign_dprk.rules"), text),
        "foreign_ranking.tsv": lambda feature: str(foreign_weights()[feature]),
        "foreign_south.tsv": foreign_south,
        "zh_south.tsv": lambda pinyin: zh_south([pinyin.split()]),
        "ru_gazetteer.tsv": lambda surname: english_by_surname(surname) or "",
        "ru_generics.tsv": lambda dprk: normalize(dprk).cyrillic,
        "ru_letter_names.tsv": lambda spelling: (letter_of(spelling) or "").upper(),
        "ru_impossible.tsv": lambda word: str(impossible(word)),
        "ru_lexicon.tsv": lambda dprk: normalize(dprk).cyrillic,
        "ru_patronymics.tsv": shortened,
        "ru_south.rules": lambda text: spell_hangul(load("ru_south.rules"), text),
        "scanner.tsv": described,
        "suffixes.tsv": described,
        "zh_model.tsv": lambda feature: str(zh_weights()[feature]),
        "zh_readings.tsv": lambda name: english_forms(name)[0],
        "zh_surnames.tsv": lambda name: english_forms(name)[0],
    }
)


def samples_of(name: str) -> list[tuple[str, str, str]]:
    """(input, expected, got) of every sample of table ``name`` that fails."""
    apply = APPLIERS[name]
    return [
        (s.input, s.expected, got)
        for s in current().file(name).samples
        if (got := apply(s.input)) != s.expected
    ]
