"""English text as word tokens, and the keys words and names are compared by.

A token is a run of letters with inner hyphens and apostrophes; its key is lower case, with
the possessive, apostrophes and diacritics removed and British spelling reduced to one form by
``tables/english_spelling.tsv`` (defence → defense).  Keys are computed once per text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from translit.data import cached, current

SPELLING = "english_spelling.tsv"
_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-‐][^\W\d_]+)*")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")


@dataclass(frozen=True)
class Token:
    """An English word: ``text == source[start:end]``; ``key`` is lower case, possessive and
    apostrophes removed, British spelling reduced; ``joined`` when only spaces precede it."""

    text: str
    start: int
    end: int
    key: str
    capital: bool
    joined: bool


class Tokens(tuple[Token, ...]):
    """The tokens of one text.  Hashed by identity, so that caches keyed on a long text's
    tokens cost nothing to look up (a tuple would hash every token each time)."""

    __hash__ = object.__hash__

    def __eq__(self, other: object) -> bool:
        return self is other


@cached(maxsize=None)
def _spelling() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = current().tsv(SPELLING)
    return tuple((re.compile(row["from"]), row["to"]) for row in table.rows)


def canon_word(word: str) -> str:
    """One spelling of an English word (``defence`` → ``defense``), by the spelling table."""
    for pattern, replacement in _spelling():
        word = pattern.sub(replacement, word, count=1)
    return word


def fold(text: str) -> str:
    """Lower case without diacritics or apostrophes (Ch'oe Sŏn → choe son)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "'’ʼ`")


@cached(maxsize=65_536)
def word_key(word: str) -> str:
    """The key of one English word (computed once per word and table set)."""
    return canon_word(fold(_POSSESSIVE.sub("", word)))


def name_key(text: str) -> str:
    """The key a name is scored by: folded words, hyphens as spaces."""
    return " ".join(word_key(w) for w in re.split(r"[\s\-‐]+", text) if w)


def letters(text: str) -> str:
    """The letters of a name only: equal keys are the same spelling."""
    return "".join(c for c in fold(text) if c.isalnum())


def tokenize(text: str) -> Tokens:
    """The words of ``text``, addresses (URLs, e-mail) left out."""
    found: list[Token] = []
    masked = _ADDRESS.sub(lambda m: " " * len(m.group()), text)
    for m in _TOKEN.finditer(masked):
        joined = bool(found) and text[found[-1].end : m.start()].isspace()
        word = m.group()
        found.append(Token(word, m.start(), m.end(), word_key(word), word[0].isupper(), joined))
    return Tokens(found)
