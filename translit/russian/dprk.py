"""Cyrillic → DPRK Hangul: a name spelled by ``tables/ru_dprk.rules``, irregulars first."""

from __future__ import annotations

import functools

from translit.hangul import jamo
from translit.rules.language import RuleSet, load
from translit.rules.spell import spell, spell_hangul
from translit.russian.initials import is_initial, spell_initial
from translit.russian.irregulars import irregulars

TABLE = "ru_dprk.rules"


def dprk_spelling(cyrillic: str) -> str:
    """DPRK Hangul for a Cyrillic name, by the rules (the irregulars' spelling first)."""
    entry = irregulars().by_cyrillic.get(cyrillic.lower())
    if entry:
        return entry.dprk[0]
    ruleset = load(TABLE)
    return " ".join(
        spell_initial(w) if is_initial(w) else spell_hangul(ruleset, w) for w in cyrillic.split()
    )


def is_dprk_spelling(hangul_text: str, cyrillic: str) -> bool:
    """Whether the DPRK rules spell ``cyrillic`` as ``hangul_text`` (in one of their variants)."""
    ruleset = load(TABLE)
    spelled = hangul_text.replace("-", " ").split()
    words = cyrillic.lower().replace("-", " ").split()
    return len(spelled) == len(words) and all(
        is_initial(c) or jamo.to_jamo(h) in _spellings(ruleset, c)
        for h, c in zip(spelled, words, strict=True)
    )


@functools.lru_cache(maxsize=65_536)
def _spellings(ruleset: RuleSet, word: str) -> frozenset[str]:
    """Every DPRK spelling of a Cyrillic word, as jamo."""
    return frozenset(written for written, _ in spell(ruleset, word))
