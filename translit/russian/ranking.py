"""Rank Cyrillic reconstructions: rule likelihood × lexicon prior, words of a name jointly.

The weights are data (``tables/ranking.tsv``).  A name's words are ranked together so that a
given name, patronymic and surname agree in gender (Мария Захарова, not Мария Захаров).
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from translit.data import cached, current, lexicon
from translit.errors import TableError
from translit.rules.inverse import Reading
from translit.russian import charmodel
from translit.russian.evidence import Evidence, evidence, in_dictionary
from translit.russian.gazetteer import gazetteer_words

WORD_BEAM = 6
PRESELECT = 40


@dataclass(frozen=True)
class Scored:
    """A reconstruction of one word with its total score."""

    cyrillic: str
    score: float
    evidence: Evidence | None


def weights() -> Mapping[str, float]:
    """Feature weights from ``tables/ranking.tsv``."""
    return current().numbers("ranking.tsv")


@cached(maxsize=None)
def _impossible() -> tuple[re.Pattern[str], ...]:
    problems = []
    found = []
    table = current().tsv("ru_impossible.tsv")
    for row, line in zip(table.rows, table.row_lines, strict=True):
        try:
            found.append(re.compile(row["pattern"]))
        except re.error as exc:
            problems.append(line.problem(f"not a regular expression: {exc}"))
    if problems:
        raise TableError(problems)
    return tuple(found)


def impossible(word: str) -> int:
    """How many letter sequences no Russian word has are in ``word`` (lower-case Cyrillic)."""
    return sum(len(pattern.findall(word)) for pattern in _impossible())


_ROUNDING = 1e-9  # scores summed in another order may differ by this much
_DICTIONARY = ("known_name", "known_word")  # evidence only a word of the dictionary has


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
        + w["impossible"] * impossible(reading.cyrillic)
    )
    return Scored(reading.cyrillic, total, ev)


def rank_word(readings: Sequence[Reading]) -> list[Scored]:
    """The ``WORD_BEAM`` best readings of one word, best first (ties broken alphabetically, for
    determinism), all that ranking a name reads.  Only the ``PRESELECT`` best by the evidence
    that costs no parse (rule likelihood, character model, word frequency, the gazetteer) are
    candidates, so that a public figure's name is never crowded out by readings that merely
    spell well.  They are parsed by the morphological analyser best bound first (that evidence
    plus the most a parse can add, which is little for a word the dictionary lacks) until no
    reading left can enter the best."""
    w = weights()
    model = charmodel.model()
    known = gazetteer_words()
    shape = max(w["name_shape"], 0.0)
    dictionary = shape + sum(max(w[name], 0.0) for name in _DICTIONARY)

    def cheap(r: Reading) -> float:
        plain = r.cyrillic.replace("ё", "е")
        zipf = max(lexicon.russian_zipf(r.cyrillic), lexicon.russian_zipf(plain))
        score = w["rule_logp"] * r.rule_logp + w["charlm"] * model.logprob(r.cyrillic)
        score += w["zipf"] * zipf + w["gazetteer"] * (plain in known)
        return score + w["impossible"] * impossible(r.cyrillic)

    by_cheap = sorted(((cheap(r), r.cyrillic, r) for r in readings), key=lambda c: (-c[0], c[1]))
    bounds = [
        (score + (dictionary if in_dictionary(word) else shape), word, reading)
        for score, word, reading in by_cheap[:PRESELECT]
    ]
    bounds.sort(key=lambda b: (-b[0], b[1]))
    scored: list[Scored] = []
    floor: list[float] = []  # the WORD_BEAM best scores so far, as a min-heap
    for bound, _, reading in bounds:
        if len(floor) == WORD_BEAM and bound + _ROUNDING < floor[0]:
            break  # this and every later reading scores below the best found
        found = score_word(reading)
        scored.append(found)
        if len(floor) < WORD_BEAM:
            heapq.heappush(floor, found.score)
        elif found.score > floor[0]:
            heapq.heapreplace(floor, found.score)
    return sorted(scored, key=lambda s: (-s.score, s.cyrillic))[:WORD_BEAM]


def _gender(s: Scored) -> str | None:
    """The gender of a reading that is a name, patronymic, surname or place."""
    return s.evidence.gender if s.evidence and s.evidence.role else None


def _gender_clashes(words: Sequence[Scored]) -> int:
    genders = {_gender(s) for s in words}
    return int("masc" in genders and "femn" in genders)


class Combination(NamedTuple):
    """One reading per word of a name, and their joint score."""

    words: tuple[Scored, ...]
    score: float


def rank_name(per_word: Sequence[Sequence[Scored]], *, k: int) -> list[Combination]:
    """The ``k`` best combinations of the per-word readings (each word's ``WORD_BEAM`` best),
    best first, found without enumerating them all: combinations come off a heap in order of
    their summed scores, and since a gender clash only lowers a score, the search stops once
    no combination left can beat the ``k``-th found."""
    clash = weights()["gender_clash"]
    pools = [tuple(words[:WORD_BEAM]) for words in per_word]
    if not pools or not all(pools):
        return []
    if len(pools) == 1:  # one word: its readings, already in order, and no clash
        return [Combination((s,), s.score) for s in pools[0][:k]]

    def entry(index: tuple[int, ...]) -> tuple[float, tuple[int, ...], tuple[Scored, ...]]:
        words = tuple(pool[i] for pool, i in zip(pools, index, strict=True))
        return -sum(s.score for s in words), index, words

    start = (0,) * len(pools)
    heap = [entry(start)]
    queued = {start}
    found: list[Combination] = []
    best: list[float] = []  # the k best scores found, as a min-heap
    while heap:
        negative, index, words = heapq.heappop(heap)
        if len(best) >= k and -negative < best[0]:
            break
        score = -negative + clash * _gender_clashes(words)
        found.append(Combination(words, score))
        if len(best) < k:
            heapq.heappush(best, score)
        elif score > best[0]:
            heapq.heapreplace(best, score)
        for n, i in enumerate(index):
            if i + 1 < len(pools[n]):
                nxt = (*index[:n], i + 1, *index[n + 1 :])
                if nxt not in queued:
                    queued.add(nxt)
                    heapq.heappush(heap, entry(nxt))
    found.sort(key=lambda c: (-c.score, [s.cyrillic for s in c.words]))
    return found[:k]


def probabilities(per_word: Sequence[Sequence[Scored]], best: Sequence[Combination]) -> list[float]:
    """The probability of each of ``best`` among all combinations of the per-word readings
    (softmax of the scores, scaled by ``softmax_scale``), with the sum over the combinations in
    closed form: a product of per-word sums, corrected for the combinations with a gender
    clash, which are counted by the genders their words take (inclusion–exclusion)."""
    if not best:
        return []
    w = weights()
    scale, clash = w["softmax_scale"], w["gender_clash"]
    pools = [tuple(words[:WORD_BEAM]) for words in per_word]
    top = [pool[0].score for pool in pools]
    weighed = [
        [(math.exp(scale * (s.score - high)), _gender(s)) for s in pool]
        for pool, high in zip(pools, top, strict=True)
    ]

    def mass(*excluded: str) -> float:
        product = 1.0
        for pool in weighed:
            product *= sum(e for e, gender in pool if gender not in excluded)
        return product

    every = mass()
    clashing = every - mass("femn") - mass("masc") + mass("masc", "femn")
    total = every + (math.exp(scale * clash) - 1) * max(clashing, 0.0)
    offset = sum(top)
    return [math.exp(scale * (c.score - offset)) / total for c in best]


def on_one_scale(probs: Sequence[float]) -> list[float]:
    """The candidates' probabilities on the confidence's scale: the first is its calibrated
    confidence (:func:`calibrated`); the others share the rest in proportion, each scaled no
    higher than the first's own scaling, so that no other candidate outscores the first and
    the scores never sum above 1 ("confidence 0.26; also 0.28" cannot happen)."""
    if not probs:
        return []
    top = calibrated(probs[0])
    rest = sum(probs[1:])
    share = min(top / probs[0], (1 - top) / rest) if rest > 0 else 0.0
    return [top, *(p * share for p in probs[1:])]


def calibrated(p: float) -> float:
    """Map the top candidate's probability to a confidence calibrated on the development list."""
    w = weights()
    p = min(max(p, 1e-9), 1 - 1e-9)
    z = w["calibration_a"] * math.log(p / (1 - p)) + w["calibration_b"]
    return 1 / (1 + math.exp(-z))
