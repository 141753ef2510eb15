"""Rank Cyrillic reconstructions: rule likelihood × lexicon prior, words of a name jointly.

The weights are data (``tables/ranking.tsv``).  A name's words are ranked together so that a
given name, patronymic and surname agree in gender (Мария Захарова, not Мария Захаров).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from translit.data import current
from translit.rules.inverse import Reading
from translit.russian import charmodel
from translit.russian.evidence import Evidence, evidence

WORD_BEAM = 6
PRESELECT = 40
MAX_COMBINATIONS = 400


@dataclass(frozen=True)
class Scored:
    """A reconstruction of one word with its total score."""

    cyrillic: str
    score: float
    evidence: Evidence | None


def weights() -> Mapping[str, float]:
    """Feature weights from ``tables/ranking.tsv``."""
    return current().numbers("ranking.tsv")


def score_word(reading: Reading) -> Scored:
    """The noisy-channel score of one reconstructed word."""
    w = weights()
    ev = evidence(reading.cyrillic)
    total = (
        w["rule_logp"] * reading.rule_logp
        + w["charlm"] * ev.charlm
        + w["zipf"] * ev.zipf
        + w["known_name"] * ev.known_name
        + w["known_word"] * ev.known_word
        + w["gazetteer"] * ev.gazetteer
        + w["name_shape"] * ev.name_shape
    )
    return Scored(reading.cyrillic, total, ev)


def rank_word(readings: Sequence[Reading]) -> list[Scored]:
    """Readings of one word, best first (ties broken alphabetically, for determinism).  Only the
    ``PRESELECT`` best by rule likelihood and character model are looked up in the lexicons."""
    w = weights()
    model = charmodel.model()
    cheap = sorted(
        readings,
        key=lambda r: (
            -(w["rule_logp"] * r.rule_logp + w["charlm"] * model.logprob(r.cyrillic)),
            r.cyrillic,
        ),
    )
    scored = (score_word(r) for r in cheap[:PRESELECT])
    return sorted(scored, key=lambda s: (-s.score, s.cyrillic))


def _gender_clashes(words: Sequence[Scored]) -> int:
    genders = {s.evidence.gender for s in words if s.evidence and s.evidence.role}
    return int("masc" in genders and "femn" in genders)


class Combination(NamedTuple):
    """One reading per word of a name, and their joint score."""

    words: tuple[Scored, ...]
    score: float


def rank_name(per_word: Sequence[Sequence[Scored]], *, k: int) -> list[Combination]:
    """The ``k`` best combinations of per-word readings (all with ``k=0``), best first."""
    clash = weights()["gender_clash"]
    pools = [list(words[:WORD_BEAM]) for words in per_word]
    combos: list[Combination] = []
    for combo in itertools.islice(itertools.product(*pools), MAX_COMBINATIONS):
        total = sum(s.score for s in combo) + clash * _gender_clashes(combo)
        combos.append(Combination(combo, total))
    combos.sort(key=lambda c: (-c.score, [s.cyrillic for s in c.words]))
    return combos[:k] if k else combos


def probabilities(scores: Sequence[float]) -> list[float]:
    """Softmax of scores, scaled by ``softmax_scale``."""
    if not scores:
        return []
    scale = weights()["softmax_scale"]
    top = max(scores)
    exps = [math.exp(scale * (s - top)) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def calibrated(p: float) -> float:
    """Map the top candidate's probability to a confidence calibrated on the development list."""
    w = weights()
    p = min(max(p, 1e-9), 1 - 1e-9)
    z = w["calibration_a"] * math.log(p / (1 - p)) + w["calibration_b"]
    return 1 / (1 + math.exp(-z))
