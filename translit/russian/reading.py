"""One Hangul word → its Cyrillic readings, ranked: irregulars, initials, hyphenated parts, and
the inverses of the DPRK and (at a cost) the South Korean rule tables.

Readings are computed once per word and tables, failures included, and shared by the
detector of running text and by :func:`translit.russian.normalize.normalize`; the likely
vocabulary's were computed ahead of time (:mod:`translit.russian.known_words`).
"""

from __future__ import annotations

from translit.data import cached
from translit.rules.inverse import NARROW, NARROW_SOUTH, WIDE, Reading, readings
from translit.russian import charmodel, dprk, known_words, south
from translit.russian.initials import initial_of
from translit.russian.irregulars import irregulars
from translit.russian.ranking import WORD_BEAM, Scored, rank_name, rank_word, weights


@cached(maxsize=100_000)
def dprk_search(word: str, wide: bool = False) -> tuple[Reading, ...]:
    """The DPRK rules read backwards over ``word`` (the lattice search, or the ``wide`` one),
    unranked."""
    return tuple(readings(word, dprk.TABLE, charmodel.model(), WIDE if wide else NARROW))


@cached(maxsize=100_000)
def dprk_readings(word: str, wide: bool = False) -> tuple[Scored, ...]:
    """Readings of ``word`` by the DPRK rules alone, best first (for a known word, the first
    few)."""
    known = known_words.lookup(word)
    if known is not None:
        return known[1]
    return tuple(rank_word(dprk_search(word, wide)))


@cached(maxsize=100_000)
def ranked_readings(word: str, wide: bool = False) -> tuple[Scored, ...]:
    """Readings by the DPRK rules and, at a cost, by the South Korean ones (푸틴, 라브로프), since
    South Korean copies of DPRK texts re-spell names; each ranked, then merged (for a known
    word, the ``WORD_BEAM`` best, all that ranking a name reads).  The likely vocabulary was
    read by the wide search ahead of time; another word that neither reads is searched again
    that way, since its readings were crowded out."""
    known = known_words.lookup(word)
    if known is not None:
        return known[0]
    found = {s.cyrillic: s for s in dprk_readings(word, wide)}
    best = next(iter(found.values()), None)
    ev = best.evidence if best else None
    if ev is not None and (ev.known_name or ev.gazetteer):  # a known name: no need to look on
        return tuple(found.values())
    cost = weights()["south_reading"]
    width = WIDE if wide else NARROW_SOUTH
    for s in rank_word(readings(word, south.TABLE, charmodel.model(), width)):
        if s.cyrillic not in found:
            found[s.cyrillic] = Scored(s.cyrillic, s.score + cost, s.evidence)
    if not found and not wide:
        return ranked_readings(word, True)
    return tuple(sorted(found.values(), key=lambda s: (-s.score, s.cyrillic)))


@cached(maxsize=100_000)
def word_readings(word: str) -> tuple[Scored, ...]:
    """Readings of one word of a name: an irregular, an initial (엔.), or each of its hyphenated
    parts read and ranked jointly; ``()`` when nothing reads it."""
    entry = irregulars().by_dprk.get(word)
    if entry is not None:
        return (Scored(entry.cyrillic.lower(), 0.0, None),)
    if word.endswith("."):
        initial = initial_of(word)
        return (Scored(initial, 0.0, None),) if initial else ()
    parts = [ranked_readings(part) for part in word.split("-")]
    if any(not p for p in parts):
        return ()
    if len(parts) == 1:  # what ranking one part jointly gives
        return parts[0][:WORD_BEAM]
    return tuple(
        Scored("-".join(s.cyrillic for s in combo), total, combo[0].evidence)
        for combo, total in rank_name(parts, k=WORD_BEAM)
    )
