"""Layer 3: the Hangul analysis agrees with the jamo package on all 11,172 syllables."""

from __future__ import annotations

import jamo as reference

from translit.hangul import jamo
from translit.hangul.jamo import S_BASE, S_LAST


def test_decomposition_agrees_with_the_jamo_package_on_every_syllable() -> None:
    wrong = []
    for code in range(S_BASE, S_LAST + 1):
        ch = chr(code)
        onset, vowel, coda = jamo.decompose(ch)
        expected = tuple(reference.hangul_to_jamo(ch))
        if (onset, vowel, *([coda] if coda else [])) != expected:
            wrong.append(ch)
        if jamo.syllable(onset, vowel, coda) != ch or reference.jamo_to_hangul(*expected) != ch:
            wrong.append(ch)
        if jamo.compose(jamo.to_jamo(ch)) != ch:
            wrong.append(ch)
    assert not wrong
