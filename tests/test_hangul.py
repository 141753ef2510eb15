"""Layer 3: the Hangul analysis agrees with the jamo package on all 11,172 syllables; layer 4:
its fast paths agree with the slow ones."""

from __future__ import annotations

import jamo as reference
from hypothesis import given, settings
from hypothesis import strategies as st

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


_JAMO = st.text(
    st.sampled_from(
        [chr(c) for c in range(0x1100, 0x1113)]  # onsets, the silent ㅇ among them
        + [chr(c) for c in range(0x1161, 0x1176)]  # vowels
        + [chr(c) for c in range(0x11A8, 0x11C3)]  # codas
        + ["가", "-", " ", "a"]
    ),
    max_size=12,
)


@settings(max_examples=2000, deadline=None)
@given(_JAMO)
def test_normalizing_jamo_is_composing_and_decomposing_them(text: str) -> None:
    assert jamo.normalize(text) == jamo.to_jamo(jamo.compose(text))


@settings(max_examples=2000, deadline=None)
@given(_JAMO.map(lambda s: s.replace("가", "")))
def test_normalizing_keeps_the_skeleton_that_filters_spellings(text: str) -> None:
    assert jamo.skeleton(jamo.normalize(text)) == jamo.skeleton(text)
    assert jamo.skeleton("\u1105") == jamo.skeleton("\u1105\u1173") != jamo.skeleton("\u1105\u1161")
