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
_NAME_BREAK = re.compile(r"[\s\-‐]+")
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")  # \1, (?P=name), (?(1)…)


@dataclass(frozen=True, slots=True)  # slots: texts make many
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


@cached(maxsize=None)
def _any_spelling() -> re.Pattern[str] | None:
    """A pattern found in a word exactly when one of the spelling table's is; ``None`` when
    joining them would change one (it refers to its own groups or sets a global flag)."""
    sources = [pattern.pattern for pattern, _ in _spelling()]
    if any(_GROUP_REFERENCE.search(source) for source in sources):
        return None
    try:
        return re.compile("|".join(f"(?:{source})" for source in sources))
    except re.error:
        return None


def canon_word(word: str) -> str:
    """One spelling of an English word (``defence`` → ``defense``), by the spelling table."""
    anywhere = _any_spelling()
    if anywhere is not None and not anywhere.search(word):
        return word  # most words: no rule applies
    for pattern, replacement in _spelling():
        word = pattern.sub(replacement, word, count=1)
    return word


def fold(text: str) -> str:
    """Lower case without diacritics or apostrophes (Ch'oe Sŏn → choe son)."""
    if text.isascii():
        return text.lower().replace("'", "").replace("`", "")  # no diacritic to take off
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "'’ʼ`")


@cached(maxsize=65_536)
def word_key(word: str) -> str:
    """The key of one English word (computed once per word and table set)."""
    return canon_word(fold(_POSSESSIVE.sub("", word)))


@cached(maxsize=65_536)
def name_key(text: str) -> str:
    """The key a name is scored by: folded words, hyphens as spaces (computed once per name
    and table set: every span is scored against every form)."""
    return " ".join(word_key(w) for w in _NAME_BREAK.split(text) if w)


@cached(maxsize=65_536)
def letters(text: str) -> str:
    """The letters of a name only: equal keys are the same spelling."""
    return "".join(c for c in fold(text) if c.isalnum())


def _addressed(text: str) -> bool:
    """Whether ``text`` may hold an address: what every one holds is in it (the test is
    cheaper than the pattern, which tries every run of letters)."""
    return "://" in text or "www." in text or "@" in text


def tokenize(text: str) -> Tokens:
    """The words of ``text``, addresses (URLs, e-mail) left out."""
    found: list[Token] = []
    keys: dict[str, str] = {}  # a text repeats its words: each key looked up once
    masked = _ADDRESS.sub(lambda m: " " * len(m.group()), text) if _addressed(text) else text
    for m in _TOKEN.finditer(masked):
        start, end = m.span()
        joined = bool(found) and text[found[-1].end : start].isspace()
        word = m.group()
        key = keys.get(word)
        if key is None:
            key = keys[word] = word_key(word)
        found.append(Token(word, start, end, key, word[0].isupper(), joined))
    return Tokens(found)
