"""Input text: script detection, NFC and the checks a name must pass, composed offsets."""

from __future__ import annotations

import unicodedata

from translit.errors import InputError
from translit.hangul.jamo import is_coda, is_jamo, is_onset, is_syllable, is_vowel, syllable

COMBINING_MARKS = {"\u0300", "\u0301"}  # stress marks in Russian text


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def composed_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` composed as NFC composes it (conjoining jamo into syllables, a letter and its
    combining marks into one), and for each character of the result, plus its end, the offset
    it came from in ``text``."""
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(text):
        if i + 1 < len(text) and is_onset(text[i]) and is_vowel(text[i + 1]):
            coda = text[i + 2] if i + 2 < len(text) and is_coda(text[i + 2]) else ""
            origin.append(i)
            out.append(syllable(text[i], text[i + 1], coda))
            i += 3 if coda else 2
            continue
        end = i + 1
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        cluster = unicodedata.normalize("NFC", text[i:end]) if end > i + 1 else text[i]
        origin.extend(min(i + k, end - 1) for k in range(len(cluster)))
        out.append(cluster)
        i = end
    origin.append(len(text))
    return "".join(out), tuple(origin)


def script_of(text: str) -> str:
    """``"hangul"``, ``"cyrillic"``, ``"mixed"`` or ``"other"`` for the letters of ``text``."""
    hangul = any(is_syllable(ch) or is_jamo(ch) for ch in text)
    cyrillic = any(is_cyrillic(ch) for ch in text)
    latin = any(ch.isalpha() and ch.isascii() for ch in text)
    if sum((hangul, cyrillic, latin)) > 1:
        return "mixed"
    if hangul:
        return "hangul"
    if cyrillic:
        return "cyrillic"
    return "other"


def clean(text: str, *, limit: int = 1000) -> str:
    """NFC-normalise and check one name; raise :class:`InputError` saying what is wrong.

    Decomposed (NFD) syllables are recomposed; bare compatibility jamo (ㅃㅜ) are refused,
    since they cannot be told apart from abbreviations.
    """
    if len(text) > limit:
        raise InputError(f"input too long: {len(text)} characters, the limit is {limit}")
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if ch not in COMBINING_MARKS)
    text = " ".join(text.split())
    if not text:
        raise InputError("empty input", text=text)
    for index, ch in enumerate(text):
        if is_jamo(ch):
            raise InputError(
                f"bare jamo {ch!r} (U+{ord(ch):04X}): write whole syllables", text=text, index=index
            )
        if unicodedata.category(ch) in {"Cc", "Cs", "Co", "Cn"}:
            raise InputError(
                f"control or unassigned character U+{ord(ch):04X}", text=text, index=index
            )
    return text
