"""Is a Hangul word a DPRK transcription of a Russian word?  A score in [0, 1].

A logistic model over evidence the pipeline already has: whether the DPRK rules can spell any
Russian word this way at all (most Korean words use vowels and codas the rules never write:
ㅓ ㅕ ㅐ, coda ㅇ), how good the best reconstruction is (pymorphy3 knows it as a name; the
character model), how much likelier its syllables are in DPRK transcriptions than in Korean
words (syllable models derived from the rules' spellings of the gazetteer and from wordfreq's
Korean list), and whether the word less up to two syllables of particles is a common Korean word.
The weights are data (``tables/detect.tsv``), fitted by ``benchmarks/fit_detect.py``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from translit.data import cached, current, lexicon
from translit.errors import TableError, TableProblem
from translit.hangul import jamo
from translit.russian import charmodel, known_words
from translit.russian.dprk import dprk_spelling
from translit.russian.gazetteer import gazetteer
from translit.russian.reading import dprk_readings, dprk_search

FEATURES = ("bias", "known", "charlm", "korean", "syllable_llr", "syllables")


def weights(features: tuple[str, ...] = FEATURES) -> Mapping[str, float]:
    """The weights of ``tables/detect.tsv`` (the Russian model's ``features`` unless others
    are named), every one of ``features`` present."""
    found = current().numbers("detect.tsv")
    missing = [f for f in features if f not in found]
    if missing:
        problem = TableProblem(current().file("detect.tsv").path, 0, "missing feature(s)")
        raise TableError([replace(problem, message=f"missing feature(s): {', '.join(missing)}")])
    return found


def korean_zipf(word: str) -> float:
    """The Zipf frequency of ``word`` as a Korean word, particles of up to two syllables off."""
    best = max(
        (lexicon.korean_frequency(word[:k]) for k in range(max(2, len(word) - 2), len(word) + 1)),
        default=0.0,
    )
    return math.log10(best) + 9 if best else 0.0


@dataclass(frozen=True)
class SyllableModel:
    """Smoothed log-probabilities of Hangul syllables in one kind of text."""

    counts: Mapping[str, float]
    total: float

    def logprob(self, syllable: str) -> float:
        smoothing = self.total / 1000
        return math.log(
            (self.counts.get(syllable, 0.0) + smoothing) / (self.total + smoothing * 11172)
        )


def _model(counts: Counter[str]) -> SyllableModel:
    return SyllableModel(MappingProxyType(dict(counts)), float(sum(counts.values())))


def transcribed_syllables() -> Counter[str]:
    """The syllables of DPRK transcriptions: the rules' spellings of the gazetteer's names."""
    found: Counter[str] = Counter()
    for name in gazetteer():
        found.update(ch for ch in dprk_spelling(name) if jamo.is_syllable(ch))
    return found


@cached(maxsize=None)
def _syllable_models() -> tuple[SyllableModel, SyllableModel]:
    """Syllables in DPRK transcriptions and in Korean (wordfreq's Korean words, weighted by
    frequency); the first counted ahead of time with the known words, where they hold."""
    shipped = known_words.transcribed_syllables()
    transcribed = Counter(shipped) if shipped is not None else transcribed_syllables()
    korean = SyllableModel(lexicon.korean_syllables(), lexicon.meta()["ko_syllables_total"])
    return _model(transcribed), korean


@cached(maxsize=100_000)
def cheap_features(word: str) -> Mapping[str, float]:
    """The evidence that needs no reading of the word (once per word: the threshold test and the
    full evidence both use it)."""
    transcribed, korean = _syllable_models()
    return MappingProxyType(
        {
            "bias": 1.0,
            "syllables": float(len(word)),
            "korean": korean_zipf(word) / 7,
            "syllable_llr": sum(transcribed.logprob(ch) - korean.logprob(ch) for ch in word)
            / len(word),
        }
    )


def features(word: str) -> dict[str, float] | None:
    """The evidence about ``word``; ``None`` when no Russian word is spelled so."""
    if not word or not all(jamo.is_syllable(ch) for ch in word):
        return None
    readings = dprk_readings(word)
    if not readings:
        return None
    best = readings[0]
    ev = best.evidence
    known = any(
        r.evidence is not None and (r.evidence.known_name or r.evidence.gazetteer)
        for r in readings[:3]
    )
    return {
        "known": float(known),
        "charlm": (ev.charlm if ev else 0.0) / (len(best.cyrillic) + 1),
        **cheap_features(word),
    }


def logistic(w: Mapping[str, float], found: Mapping[str, float]) -> float:
    """A logistic model's probability: the weights ``w`` of the evidence ``found``."""
    return 1 / (1 + math.exp(-sum(w[name] * value for name, value in found.items())))


def _probability(found: Mapping[str, float]) -> float:
    return logistic(weights(), found)


@cached(maxsize=100_000)
def russian_spelling_score(word: str, at_least: float = 0.0) -> float:
    """How likely ``word`` (Hangul syllables, particles stripped) is a transcribed Russian word.

    With ``at_least``, a word that cannot reach that score whatever its readings (the evidence
    that needs no reading, with the best the readings could add) gets 0 without being read:
    running text is mostly Korean words, and reading one costs a lattice search.  Nor is a
    word's reading ranked (a dictionary look-up of each) when the best character model among
    its readings cannot reach it."""
    if not word or not all(jamo.is_syllable(ch) for ch in word):
        return 0.0
    w = weights()
    if at_least > 0 and w["charlm"] >= 0:  # the character model's evidence is at most 0
        best_case = {"known": float(w["known"] > 0), "charlm": 0.0, **cheap_features(word)}
        if _probability(best_case) < at_least:
            return 0.0
        if known_words.lookup(word) is None:  # a known word's readings are ranked already
            searched = dprk_search(word)
            if not searched:
                return 0.0
            model = charmodel.model()
            charlm = (model.logprob(r.cyrillic) / (len(r.cyrillic) + 1) for r in searched)
            best_case["charlm"] = max(charlm)
            if _probability(best_case) < at_least:
                return 0.0
    found = features(word)
    return 0.0 if found is None else _probability(found)
