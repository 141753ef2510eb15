"""Hangul syllables as position-aware jamo and back, and the tables' Hangul notation.

Inside translit a Hangul word is a string of *conjoining* jamo that keeps onset and coda apart
(U+1100 onsets, U+1161 vowels, U+11A8 codas) with the silent onset ㅇ left out, so that 로씨야 is
``로씨ᅣ``.  Rule tables write Hangul in a readable notation instead (see :func:`parse_notation`).
"""

from __future__ import annotations

S_BASE, S_LAST = 0xAC00, 0xD7A3
L_BASE, V_BASE, T_BASE = 0x1100, 0x1161, 0x11A7
V_COUNT, T_COUNT = 21, 28
SILENT = "\u110b"  # onset ㅇ
EU = "\u1173"  # vowel ㅡ

_COMPAT_ONSETS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_COMPAT_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_COMPAT_CODAS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
ONSET_OF = {c: chr(L_BASE + i) for i, c in enumerate(_COMPAT_ONSETS)}
VOWEL_OF = {c: chr(V_BASE + i) for i, c in enumerate(_COMPAT_VOWELS)}
CODA_OF = {c: chr(T_BASE + 1 + i) for i, c in enumerate(_COMPAT_CODAS)}
ONSET_TO_CODA = {ONSET_OF[c]: CODA_OF[c] for c in _COMPAT_ONSETS if c in CODA_OF}
CODA_TO_ONSET = {v: k for k, v in ONSET_TO_CODA.items()}


def is_syllable(ch: str) -> bool:
    return S_BASE <= ord(ch) <= S_LAST


def is_onset(ch: str) -> bool:
    return 0x1100 <= ord(ch) <= 0x1112


def is_vowel(ch: str) -> bool:
    return 0x1161 <= ord(ch) <= 0x1175


def is_coda(ch: str) -> bool:
    return 0x11A8 <= ord(ch) <= 0x11C2


def is_jamo(ch: str) -> bool:
    return "\u1100" <= ch <= "\u11ff" or "\u3131" <= ch <= "\u318e" or "\ua960" <= ch <= "\ua97f"


def decompose(syllable: str) -> tuple[str, str, str]:
    """Split one Hangul syllable into (onset, vowel, coda); the coda may be ``""``."""
    index = ord(syllable) - S_BASE
    onset, rest = divmod(index, V_COUNT * T_COUNT)
    vowel, coda = divmod(rest, T_COUNT)
    return chr(L_BASE + onset), chr(V_BASE + vowel), chr(T_BASE + coda) if coda else ""


def syllable(onset: str, vowel: str, coda: str = "") -> str:
    """Compose one Hangul syllable from conjoining jamo."""
    t = ord(coda) - T_BASE if coda else 0
    return chr(S_BASE + ((ord(onset) - L_BASE) * V_COUNT + ord(vowel) - V_BASE) * T_COUNT + t)


def to_jamo(word: str) -> str:
    """Hangul syllables to the internal jamo string (silent ㅇ dropped); other characters kept."""
    out: list[str] = []
    for ch in word:
        if is_syllable(ch):
            onset, vowel, coda = decompose(ch)
            if onset != SILENT:
                out.append(onset)
            out.append(vowel)
            out.append(coda)
        else:
            out.append(ch)
    return "".join(out)


def compose(jamo: str) -> str:
    """The internal jamo string back to Hangul syllables.

    A vowel with no onset gets the silent ㅇ; an onset with no vowel gets ㅡ; a coda that has no
    open syllable to close becomes an onset with ㅡ.  Other characters pass through.
    """
    out: list[str] = []
    open_syllable = False  # the last syllable in ``out`` ends in a vowel and may take a coda
    i, n = 0, len(jamo)
    while i < n:
        ch = jamo[i]
        if is_onset(ch) or is_vowel(ch):
            onset = ch if is_onset(ch) else SILENT
            j = i + 1 if is_onset(ch) else i
            vowel = jamo[j] if j < n and is_vowel(jamo[j]) else ""
            if not vowel:
                out.append(syllable(onset, EU))
                open_syllable = True
                i += 1
                continue
            out.append(syllable(onset, vowel))
            open_syllable = True
            i = j + 1
        elif is_coda(ch):
            if open_syllable:
                onset, vowel, _ = decompose(out[-1])
                out[-1] = syllable(onset, vowel, ch)
                open_syllable = False
            else:
                out.append(syllable(CODA_TO_ONSET.get(ch, SILENT), EU))
                open_syllable = True
            i += 1
        else:
            out.append(ch)
            open_syllable = False
            i += 1
    return "".join(out)


def normalize(jamo: str) -> str:
    """``to_jamo(compose(jamo))`` without composing syllables: a bare onset takes ㅡ, a coda
    with no open syllable to close becomes an onset with ㅡ, the silent ㅇ is dropped."""
    out: list[str] = []
    open_syllable = False
    i, n = 0, len(jamo)
    while i < n:
        ch = jamo[i]
        if is_onset(ch):
            if ch != SILENT:
                out.append(ch)
            if i + 1 < n and is_vowel(jamo[i + 1]):
                out.append(jamo[i + 1])
                i += 1
            else:
                out.append(EU)
            open_syllable = True
        elif is_vowel(ch):
            out.append(ch)
            open_syllable = True
        elif is_coda(ch) and open_syllable:
            out.append(ch)
            open_syllable = False
        elif is_coda(ch):
            onset = CODA_TO_ONSET.get(ch, SILENT)
            out.append(EU if onset == SILENT else onset + EU)
            open_syllable = True
        else:
            out.append(to_jamo(ch))
            open_syllable = False
        i += 1
    return "".join(out)


# what normalize cannot change: onsets and vowels other than ㅡ, a coda as its onset (a coda with
# none, and the silent ㅇ, left out)
_SKELETON = str.maketrans(
    {
        SILENT: None,
        EU: None,
        **{chr(c): CODA_TO_ONSET.get(chr(c)) for c in range(0x11A8, 0x11C3)},
        **{k: None for k, v in CODA_TO_ONSET.items() if v == SILENT},
    }
)


def skeleton(jamo: str) -> str:
    """What :func:`normalize` keeps of a string of conjoining jamo, cheaply: two strings whose
    normal forms are equal have equal skeletons (a filter before normalising)."""
    return jamo.translate(_SKELETON)


def parse_notation(text: str) -> str:
    """Read the tables' Hangul notation into internal jamo.

    ``크`` is a whole syllable (onset ㅋ + ㅡ), ``ㄲ`` a bare onset, ``ㅏ`` a bare vowel, ``-ㄱ`` a
    coda closing the previous syllable; ``∅`` is nothing.  ``-ㄹㄹ`` is coda ㄹ then onset ㄹ.
    """
    if text == "∅":
        return ""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "-" and i + 1 < len(text) and text[i + 1] in CODA_OF:
            out.append(CODA_OF[text[i + 1]])
            i += 2
            continue
        if is_syllable(ch):
            out.append(to_jamo(ch))
        elif ch in ONSET_OF:
            out.append(ONSET_OF[ch])
        elif ch in VOWEL_OF:
            out.append(VOWEL_OF[ch])
        else:
            raise ValueError(f"{ch!r} is not Hangul notation (syllable, ㄱ, ㅏ, -ㄱ or ∅)")
        i += 1
    return "".join(out)
