"""One DPRK Hangul word of a foreign name → its Latin readings, ranked (삔또 → pinto).

The readings are the derived inverse of ``tables/foreign_dprk.rules`` (the Latin spellings the
table writes as the word), scored as the Russian ones are: the rule likelihood, a character
model of Latin words, and the word's frequency in the Latin lexicon (wordfreq's English,
Spanish, French, Italian, Portuguese and German lists: the English list counts fully, since the
English press's spelling is sought, the others ``other_language_discount`` lower), with weights
from ``tables/foreign_ranking.tsv``.  A name's language is the lexicon's: the language whose list
knows its words best.

>>> word_readings("까스뜨로")[0].latin
'castro'
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from translit.data import cached, current, lexicon
from translit.rules.charmodel import CharModel
from translit.rules.inverse import Width, readings

TABLE = "foreign_dprk.rules"
WORD_BEAM = 5  # the readings kept of a word
# The lexicon, not the beam, chooses among a word's readings: a beam of 15 within 8 of the best
# reads the development names as one of 30 within 12 does, at half the cost (one of 10 within 6
# loses two of them).
WIDTH = Width(15, 8.0)


@dataclass(frozen=True)
class LatinReading:
    """One Latin reading of a word (lower case, no accents), its score, and its Zipf frequency
    in each language of the Latin lexicon."""

    latin: str
    score: float
    zipf: tuple[float, ...]


def weights() -> Mapping[str, float]:
    """Feature weights from ``tables/foreign_ranking.tsv``."""
    return current().numbers("foreign_ranking.tsv")


@functools.cache
def model() -> CharModel:
    """The character model of Latin words (one per process)."""
    return CharModel("latin_gram_p", float(lexicon.meta()["latin_floor"]))


def languages() -> tuple[str, ...]:
    """The languages of the Latin lexicon, in the order of a reading's ``zipf``."""
    return tuple(lexicon.meta()["latin_languages"])


@cached(maxsize=100_000)
def word_readings(word: str) -> tuple[LatinReading, ...]:
    """The ``WORD_BEAM`` best Latin readings of one Hangul word, best first; ``()`` when the
    table spells no Latin word so."""
    found = readings(word, TABLE, model(), WIDTH)
    w = weights()
    scored = []
    for reading in found:
        zipf = lexicon.latin_zipf(reading.cyrillic)
        best = lexicon_zipf(zipf)
        score = (
            w["rule_logp"] * reading.rule_logp
            + w["charlm"] * model().logprob(reading.cyrillic)
            + w["zipf"] * best
            + (w["known"] if best else 0.0)
        )
        scored.append(LatinReading(reading.cyrillic, score, zipf))
    scored.sort(key=lambda r: (-r.score, r.latin))
    return tuple(scored[:WORD_BEAM])


def lexicon_zipf(zipf: Sequence[float]) -> float:
    """A reading's frequency in the Latin lexicon: the English list's Zipf value, or another
    list's ``other_language_discount`` lower where that is more (0 when no list has it)."""
    if not max(zipf):
        return 0.0
    english = languages().index("en")
    others = max(z for i, z in enumerate(zipf) if i != english)
    return max(zipf[english], others - weights()["other_language_discount"])


def language_probabilities(chosen: Sequence[LatinReading]) -> dict[str, float]:
    """Each language's probability for a name read as ``chosen``: its words' frequencies in
    that language's list (a word it lacks counts as ``unknown_zipf``), uniform prior."""
    floor = weights()["unknown_zipf"]
    logs = [
        sum(math.log(10) * max(r.zipf[i], floor) for r in chosen) for i in range(len(languages()))
    ]
    top = max(logs)
    raw = [math.exp(x - top) for x in logs]
    total = sum(raw)
    return {lang: p / total for lang, p in zip(languages(), raw, strict=True)}
