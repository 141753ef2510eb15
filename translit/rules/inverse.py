"""A Hangul spelling → the Cyrillic words a rule table spells so: the table's derived inverse.

The inverse is never written by hand: every rule output becomes a lattice edge back to the
rule's Cyrillic letters.  A beam search walks the lattice over the word's jamo, checking each
rule's context as the Cyrillic grows and scoring prefixes with a character model of the source
language; each complete candidate is then spelled forward again and kept only if the table
really gives the input, with the weight of that spelling as its rule likelihood
P(Hangul | Cyrillic).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple, Protocol

from translit.data import cached
from translit.hangul import jamo
from translit.rules.language import BOUNDARY, Rule, load
from translit.rules.spell import spell

BEAM = 60
MAX_EPSILON_RUN = 1


class PrefixModel(Protocol):
    """What the beam ranks prefixes by: a character model of the source language."""

    @property
    def order(self) -> int: ...

    def extension_logprob(self, prefix: str, added: str) -> float: ...


@dataclass(frozen=True)
class Edge:
    """A rule output read backwards: jamo ``output`` came from Cyrillic ``rule.letters``."""

    output: str
    rule: Rule
    logw: float  # log of the rule's weight for this output


@dataclass(frozen=True)
class Lattice:
    by_first: Mapping[str, tuple[Edge, ...]]
    epsilon: tuple[Edge, ...]
    jamo: frozenset[str]  # every jamo some rule writes: a word with another has no reading


@dataclass(frozen=True)
class Reading:
    """One Cyrillic reconstruction of a Hangul word and the log-likelihood of its spelling."""

    cyrillic: str
    rule_logp: float


class _Hyp(NamedTuple):
    cyrillic: str
    score: float  # rule log-likelihood + character model, the beam's ranking
    logp: float
    pending: tuple[tuple[Rule, int], ...]  # rules whose right context is not yet seen
    epsilons: int


@cached(maxsize=None)
def lattice(table: str) -> Lattice:
    """Index every output of every rule of ``table`` by its first jamo."""
    by_first: dict[str, list[Edge]] = {}
    epsilon: list[Edge] = []
    for rule in load(table).rules:
        for output, weight in rule.outputs:
            if not output:
                epsilon.append(Edge(output, rule, math.log(weight)))
                continue
            forms = [output]
            if jamo.is_onset(output[-1]):  # composing gives a bare onset its ㅡ (ㄹ → 르)
                forms.append(output + jamo.EU)
            for form in forms:
                by_first.setdefault(form[0], []).append(Edge(form, rule, math.log(weight)))
    frozen = {k: tuple(v) for k, v in by_first.items()}
    written = frozenset(ch for edges in frozen.values() for edge in edges for ch in edge.output)
    return Lattice(MappingProxyType(frozen), tuple(epsilon), written)


_MARGIN = 1e-6  # the character model's log-probabilities may exceed 0 by rounding, never this
Arrival = tuple[float, int, _Hyp, "Edge | None"]  # bound, order of arrival, parent, its step


def _best(
    arriving: list[Arrival], silent: list[Edge], model: PrefixModel, beam: int, *, end: bool
) -> list[_Hyp]:
    """The ``beam`` best of the prefixes arriving at a position (a parent and the step that
    extends it; no step: the empty prefix) and of their extensions by a silent rule, best first,
    ties in the order of arrival (then the silent extensions, in the order of their parents).
    At the ``end`` of the word, a prefix whose rules want a letter after it is no reading, and
    takes no place in the beam."""
    queue: list[tuple[float, bool, tuple[int, ...], _Hyp, Edge | None]] = [
        (-bound, False, (0, n), parent, step) for bound, n, parent, step in arriving
    ]
    heapq.heapify(queue)
    kept: list[_Hyp] = []
    while queue and len(kept) < beam:
        _, scored, order, hyp, step = heapq.heappop(queue)
        if scored:
            kept.append(hyp)
            continue
        new = hyp if step is None else _extend(hyp, step, model)
        if new is None or (end and not _complete(new)):
            continue
        heapq.heappush(queue, (-new.score, True, order, new, None))
        if order[0] == 0 and new.epsilons < MAX_EPSILON_RUN:  # an arrival: its silent steps
            for n, silent_step in enumerate(silent):
                bound = new.score + silent_step.logw + _MARGIN
                heapq.heappush(queue, (-bound, False, (1, order[1], n), new, silent_step))
    return kept


def _complete(hyp: _Hyp) -> bool:
    """Whether the rules of ``hyp`` whose right context was pending hold at the word's end."""
    return all(rule.right_matches(hyp.cyrillic, end) for rule, end in hyp.pending)


def _covered(target: str, index: Lattice) -> bool:
    """Whether rule outputs, contexts aside, can spell ``target`` end to end: a test that most
    Korean words fail at once, and that every word with a reading passes."""
    reached = [False] * (len(target) + 1)
    reached[0] = True
    for i in range(len(target)):
        if reached[i]:
            for edge in index.by_first.get(target[i], ()):
                if target.startswith(edge.output, i):
                    reached[i + len(edge.output)] = True
    return reached[-1]


def _extend(hyp: _Hyp, edge: Edge, model: PrefixModel) -> _Hyp | None:
    rule = edge.rule
    start = len(hyp.cyrillic)
    word = hyp.cyrillic + rule.letters
    if rule.left and not rule.left_matches(word, start):
        return None
    pending = []
    for r, end in hyp.pending:
        if not r.right_matches(word, end, complete=False):
            return None
        if end + len(r.right) > len(word):
            pending.append((r, end))
    if rule.right:
        pending.append((rule, len(word)))
    logp = hyp.logp + edge.logw
    lm = model.extension_logprob(hyp.cyrillic[-model.order :], rule.letters)
    epsilons = hyp.epsilons + 1 if not edge.output else 0
    return _Hyp(word, hyp.score + edge.logw + lm, logp, tuple(pending), epsilons)


def readings(word: str, table: str, model: PrefixModel, *, beam: int = BEAM) -> list[Reading]:
    """Every Cyrillic word ``table`` spells as Hangul ``word`` (one word, syllables only).

    The search keeps, at each jamo position, the ``beam`` best prefixes that reach it (ties in
    the order they arrived).  A prefix is scored only when it may still enter its position's
    beam: its score is at most its parent's plus its rule's weight (a character model gives a
    log-probability of at most 0), so prefixes are taken best bound first and the rest are
    never scored."""
    target = jamo.to_jamo(word)
    index = lattice(table)
    if not set(target) <= index.jamo or not _covered(target, index):
        return []
    ruleset = load(table)
    arriving: list[list[Arrival]] = [[] for _ in range(len(target) + 1)]
    arriving[0].append((0.0, 0, _Hyp("", 0.0, 0.0, (), 0), None))
    counter = 1
    kept: list[_Hyp] = []
    for pos in range(len(target) + 1):
        edges = [
            e
            for e in index.by_first.get(target[pos : pos + 1], ())
            if target.startswith(e.output, pos)
        ]
        # an empty output (a doubled letter, a silent sign) must be followed by a letter that
        # some edge here can read: skip the others before they crowd the beam
        following = {e.rule.letters[0] for e in edges} | (
            {BOUNDARY} if pos == len(target) else set()
        )
        silent = [
            e
            for e in index.epsilon
            if not e.rule.right or any(e.rule.right[0].matches(ch) for ch in following)
        ]
        kept = _best(arriving[pos], silent, model, beam, end=pos == len(target))
        if pos == len(target):
            break
        for hyp in kept:
            for edge in edges:
                bound = hyp.score + edge.logw + _MARGIN
                arriving[pos + len(edge.output)].append((bound, counter, hyp, edge))
                counter += 1
    found: dict[str, float] = {}
    for hyp in kept:
        if hyp.cyrillic in found:
            continue
        spelled = {
            jamo.to_jamo(jamo.compose(written)): weight
            for written, weight in reversed(spell(ruleset, hyp.cyrillic))
        }
        if target in spelled:
            found[hyp.cyrillic] = math.log(spelled[target])
    return [Reading(c, lp) for c, lp in found.items()]
