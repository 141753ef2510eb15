"""Pinyin syllables → the English form of a name: ``Xi Jinping``, ``Ouyang Xiu``, ``Mao Anying``.

The surname and the given name are each written as one word, capitalised, without tone marks;
a syllable of the given name that starts with a, o or e after another syllable takes an
apostrophe (``Ai'e``), as the pinyin orthography rules of GB/T 16159 require.  ü is kept in
the pinyin and written u in the English form (``Lü`` → ``Lu``), as the English press writes it.

>>> english_name(("xí",), ("jìn", "píng"))
'Xi Jinping'
>>> english_name(("lǚ",), ("ài", "é"))
"Lu Ai'e"
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

DIAERESIS = "\u0308"


def toneless(syllable: str) -> str:
    """A pinyin syllable without its tone mark (ü kept): ``lǚ`` → ``lü``."""
    if syllable.isascii():
        return syllable  # no tone mark to take off
    decomposed = unicodedata.normalize("NFD", syllable)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch == DIAERESIS)
    return unicodedata.normalize("NFC", kept)


def joined(syllables: Sequence[str]) -> str:
    """Toneless syllables of one word joined, with an apostrophe before a later a, o or e."""
    out = ""
    for index, syllable in enumerate(syllables):
        plain = toneless(syllable)
        out += ("'" if index and plain[:1] in ("a", "o", "e") else "") + plain
    return out


def english_word(syllables: Sequence[str]) -> str:
    """One word of a name in the English form: toneless, ü as u, capitalised."""
    return joined(syllables).replace("ü", "u").capitalize()


def pinyin_word(syllables: Sequence[str]) -> str:
    """One word of a name in pinyin with its tone marks, capitalised: ``Jìnpíng``."""
    out = ""
    for index, syllable in enumerate(syllables):
        apostrophe = index and toneless(syllable)[:1] in ("a", "o", "e")
        out += ("'" if apostrophe else "") + syllable
    return out[:1].upper() + out[1:]


def english_name(surname: Sequence[str], given: Sequence[str]) -> str:
    """``Surname Givenname`` from the pinyin syllables of each part."""
    return f"{_english_word(tuple(surname))} {_english_word(tuple(given))}"


@functools.lru_cache(maxsize=65_536)
def _english_word(syllables: tuple[str, ...]) -> str:
    """:func:`english_word`, once per spelling: the forms of a name share their words."""
    return english_word(syllables)
