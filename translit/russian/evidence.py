"""What a real Russian lexicon says about a reconstructed word: the prior of the noisy channel.

Evidence comes from packages that ship their data: wordfreq (how often the word occurs in
Russian text) and pymorphy3 with its OpenCorpora dictionary (whether the word is a known given
name, patronymic, surname or place, and its gender); from the project's gazetteer of Russian
public figures (``tables/ru_gazetteer.tsv``), since officials' surnames are often too rare for
general lexicons; and the character model covers the rest.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pymorphy3

from translit.data import cached, lexicon
from translit.russian import charmodel
from translit.russian.gazetteer import gazetteer_words

NAME_TAGS = ("Name", "Patr", "Surn", "Geox")


@dataclass(frozen=True)
class Evidence:
    """Lexical evidence for one lower-case Cyrillic word."""

    zipf: float  # wordfreq Zipf frequency, the larger of the е and ё spellings
    known_name: bool  # pymorphy3's dictionary has it as a name, patronymic, surname or place
    known_word: bool  # pymorphy3's dictionary has it as some word in the nominative
    gazetteer: bool  # a word of a public figure's name in the gazetteer
    name_shape: bool  # unknown, but its ending makes pymorphy3 guess a name in the nominative
    charlm: float  # character-model log-probability
    role: str | None  # Name, Patr, Surn or Geox, from the best name parse
    gender: str | None  # masc or femn, from the best name parse


@functools.cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def in_dictionary(word: str) -> bool:
    """Whether pymorphy3's dictionary has ``word`` (lower-case Cyrillic, ё or е) in some form:
    without it, ``known_name`` and ``known_word`` are false (a look-up of microseconds, where
    gathering the evidence parses the word)."""
    return bool(_analyzer().word_is_known(word))


@cached(maxsize=50_000)
def evidence(word: str) -> Evidence:
    """Collect the lexical evidence for ``word`` (lower-case Cyrillic)."""
    plain = word.replace("ё", "е")
    zipf = max(lexicon.russian_zipf(word), lexicon.russian_zipf(plain))
    known_name = known_word = name_shape = False
    role = gender = None
    for parse in _analyzer().parse(word):
        tag = parse.tag
        if "nomn" not in tag or "sing" not in tag:  # the form a name is cited in
            continue
        tags = [t for t in NAME_TAGS if t in tag]
        if parse.is_known:
            known_word = True
            known_name = known_name or bool(tags)
        elif tags and parse.score >= 0.3:
            name_shape = True
        if tags and role is None:
            role = tags[0]
            gender = tag.gender if tag.gender in ("masc", "femn") else None
    return Evidence(
        zipf,
        known_name,
        known_word,
        plain in gazetteer_words(),
        name_shape,
        charmodel.model().logprob(word),
        role,
        gender,
    )
