"""Cyrillic → South Korean Hangul: NIKL's rules (``tables/ru_south.rules``), conventional
forms first, hyphenated parts written solid as NIKL writes them."""

from __future__ import annotations

from translit.rules.language import load
from translit.rules.spell import spell_hangul
from translit.russian.initials import is_initial
from translit.russian.irregulars import irregulars
from translit.russian.latin import latin_forms

TABLE = "ru_south.rules"


def south_spelling(cyrillic: str, *, press: bool = False) -> str:
    """Standard South Korean Hangul for a Cyrillic name (NIKL's), or with ``press`` the form
    the ROK press usually writes where it departs from NIKL (랴브코프 for NIKL's 럅코프)."""
    by_cyrillic = irregulars().by_cyrillic
    entry = by_cyrillic.get(cyrillic.lower())
    if entry:
        return entry.south
    words = []
    ruleset = load(TABLE)
    for word in cyrillic.split():
        known = by_cyrillic.get(word.lower())
        if known:
            words.append(known.south)
        elif is_initial(word):  # South Korean texts write initials in Latin: N. S. 흐루쇼프
            words.append(latin_forms(word).press)
        else:
            words.append(spell_hangul(ruleset, word, second=press).replace("-", ""))
    return " ".join(words)
