"""Is a Hangul word a DPRK transcription of a foreign name?  A score in [0, 1].

Beside the Russian detector (:func:`translit.russian.detect.russian_spelling_score`), a
logistic model over the Latin reader's evidence (:mod:`translit.foreign.reading`): how
frequent a word of the Latin lexicon its best readings are (미겔 → miguel, 앙헬레스 →
angeles), the Latin character model per letter, and the evidence that needs no reading
(syllables likelier in transcriptions than in Korean words, the word as a Korean word).  The
weights are data (the ``latin_*`` rows of ``tables/detect.tsv``), fitted by
``benchmarks/fit_detect.py`` on the development list of foreign names.
"""

from __future__ import annotations

from collections.abc import Mapping

from translit.data import cached
from translit.foreign import reading as latin
from translit.hangul import jamo
from translit.russian.detect import cheap_features, logistic
from translit.russian.detect import weights as table_weights

# each feature of the Latin model and the evidence it weighs
LATIN_FEATURES = {
    "latin_bias": "bias",
    "latin_known": "known",
    "latin_charlm": "charlm",
    "latin_korean": "korean",
    "latin_syllable_llr": "syllable_llr",
    "latin_syllables": "syllables",
}
KNOWN_READINGS = 3  # the readings whose lexicon frequency counts
TOP_ZIPF = 7.0  # the lexicon frequency that counts 1 (higher ones too)


def weights() -> Mapping[str, float]:
    """The Latin model's weights, by the evidence they weigh, from ``tables/detect.tsv``."""
    found = table_weights(tuple(LATIN_FEATURES))
    return {evidence: found[name] for name, evidence in LATIN_FEATURES.items()}


def latin_features(word: str) -> dict[str, float] | None:
    """The evidence that ``word`` spells a name of Latin spelling; ``None`` when the Latin
    reader reads no word so."""
    if not word or not all(jamo.is_syllable(ch) for ch in word):
        return None
    found = latin.word_readings(word)
    if not found:
        return None
    best = found[0]
    zipf = max(latin.lexicon_zipf(r.zipf) for r in found[:KNOWN_READINGS])
    return {
        "known": min(zipf / TOP_ZIPF, 1.0),
        "charlm": latin.model().logprob(best.latin) / (len(best.latin) + 1),
        **cheap_features(word),
    }


def _probability(found: Mapping[str, float]) -> float:
    return logistic(weights(), found)


@cached(maxsize=100_000)
def latin_spelling_score(word: str, at_least: float = 0.0) -> float:
    """How likely ``word`` (Hangul syllables, particles stripped) is a transcribed name of Latin
    spelling; with ``at_least``, a word that cannot reach it whatever its readings give (the
    evidence that needs no reading, with the most a reading could add) gets 0 unread."""
    if not word or not all(jamo.is_syllable(ch) for ch in word):
        return 0.0
    w = weights()
    if at_least > 0 and w["charlm"] >= 0 and w["known"] >= 0:
        best_case = {"known": 1.0, "charlm": 0.0, **cheap_features(word)}
        if _probability(best_case) < at_least:
            return 0.0
    found = latin_features(word)
    return 0.0 if found is None else _probability(found)
