"""Locate the English rendering of each mention: fuzzy windows, order-aware assignment.

A name is sought among windows of consecutive capitalised tokens (no punctuation inside), of the
length of an accepted form ±1 token, scored with the scorer of ``tables/check.tsv``.  Names
keep their order across a translation, so the candidates of all name mentions are assigned by
a monotone dynamic programme (:func:`assign_in_order`); a term is then sought near the place
the name anchors predict for it (:func:`predict`).  Scores only locate; verdicts are decided
token by token in :mod:`translit.checking.verdicts`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import process

from translit.checking.settings import scorer
from translit.checking.tokens import Token, Tokens, name_key
from translit.data import cached

MAX_CANDIDATES = 8


@dataclass(frozen=True)
class Span:
    """Tokens ``first`` to ``last`` (exclusive) of a text, scored against a mention's forms."""

    first: int
    last: int
    score: float


@cached(maxsize=64)
def windows(tokens: tuple[Token, ...], size: int) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Windows of ``size`` capitalised tokens with only spaces between: their first tokens and
    their keys, in two parallel tuples (the keys go to rapidfuzz in one call)."""
    runs = [0] * (len(tokens) + 1)  # how many such tokens start at each
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].capital:
            runs[i] = 1 + (runs[i + 1] if i + 1 < len(tokens) and tokens[i + 1].joined else 0)
    firsts = tuple(i for i in range(len(tokens) - size + 1) if runs[i] >= size)
    keys = tuple(" ".join(t.key.replace("-", " ") for t in tokens[i : i + size]) for i in firsts)
    return firsts, keys


def name_candidates(tokens: tuple[Token, ...], forms: Sequence[str], floor: float) -> list[Span]:
    """The best non-overlapping windows scoring at least ``floor`` against any form."""
    score = scorer()
    keys = {k for k in map(name_key, forms) if k}
    best: dict[tuple[int, int], float] = {}
    for key in keys:
        n = len(key.split())
        for size in range(max(1, n - 1), n + 2):
            firsts, keyed = windows(tokens, size)
            hits = process.extract(key, keyed, scorer=score, score_cutoff=floor, limit=None)
            for _, value, index in hits:
                first = firsts[index]
                if value and value > best.get((first, first + size), 0.0):
                    best[(first, first + size)] = value
    chosen: list[Span] = []
    for (first, last), value in sorted(best.items(), key=lambda kv: (-kv[1], kv[0][0] - kv[0][1])):
        if all(last <= s.first or first >= s.last for s in chosen):
            chosen.append(Span(first, last, round(value, 1)))
        if len(chosen) == MAX_CANDIDATES:
            break
    return chosen


def extend(tokens: Sequence[Token], span: Span, size: int) -> Span:
    """``span`` widened by up to ``size`` capitalised tokens on each side (no punctuation)."""
    first, last = span.first, span.last
    while first > 0 and span.first - first < size and tokens[first].joined:
        if not tokens[first - 1].capital:
            break
        first -= 1
    while last < len(tokens) and last - span.last < size and tokens[last].joined:
        if not tokens[last].capital:
            break
        last += 1
    return Span(first, last, span.score)


def assign_in_order(candidates: Sequence[Sequence[Span]], floor: float) -> list[Span | None]:
    """One candidate (or none) per mention, positions non-decreasing in mention order,
    maximising the summed score above ``floor`` (longer spans win ties)."""
    flat = [(m, s) for m, spans in enumerate(candidates) for s in spans]
    gain = [s.score - floor + 0.01 * (s.last - s.first) for _, s in flat]
    total = list(gain)
    back: list[int | None] = [None] * len(flat)
    for j, (mj, sj) in enumerate(flat):
        for i in range(j):
            mi, si = flat[i]
            if mi < mj and si.first <= sj.first and total[i] + gain[j] > total[j]:
                total[j], back[j] = total[i] + gain[j], i
    chosen: list[Span | None] = [None] * len(candidates)
    at = max(range(len(flat)), key=total.__getitem__, default=None)
    while at is not None:
        chosen[flat[at][0]] = flat[at][1]
        at = back[at]
    return chosen


def predict(anchors: Sequence[tuple[int, int]], korean_at: int, ratio: float) -> int:
    """The English offset expected for Korean offset ``korean_at``, interpolated between the
    (Korean offset, English offset) ``anchors``; ``ratio`` (English/Korean length) without."""
    if not anchors:
        return round(korean_at * ratio)
    points = sorted(anchors)
    k = bisect.bisect_left(points, (korean_at, -1))
    if k == 0:
        return max(0, points[0][1] - round((points[0][0] - korean_at) * ratio))
    if k == len(points):
        return points[-1][1] + round((korean_at - points[-1][0]) * ratio)
    (k0, e0), (k1, e1) = points[k - 1], points[k]
    return e0 + round((e1 - e0) * (korean_at - k0) / max(1, k1 - k0))


def find_phrase(
    tokens: Sequence[Token], phrase: Sequence[str], same: Callable[[str, str], bool]
) -> list[int]:
    """Token indices where the word keys ``phrase`` occur in ``tokens`` (``same(word, key)``)."""
    n = len(phrase)
    if not n:
        return []
    # ``same`` accepts a key equal to or longer than the word: only tokens sharing its start
    starts = _by_start(tokens).get(phrase[0][:3], ()) if isinstance(tokens, Tokens) else None
    positions = range(len(tokens) - n + 1) if starts is None else starts
    return [
        i
        for i in positions
        if i + n <= len(tokens) and all(same(phrase[k], tokens[i + k].key) for k in range(n))
    ]


@cached(maxsize=16)
def _by_start(tokens: Tokens) -> Mapping[str, tuple[int, ...]]:
    """Token positions by the first one, two and three letters of their key."""
    found: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        for start in {token.key[:1], token.key[:2], token.key[:3]}:
            found.setdefault(start, []).append(i)
    return {k: tuple(v) for k, v in found.items()}
